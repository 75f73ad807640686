/**
 * Dev probe (kept for the next reader of these misses): every gold passage pair the engine misses on the devset (pages against their whole
 * corpus, "given the story", counted as scripts/eval/devset.ts counts them: one per page member and
 * source), with the stage that loses it. One JSON line per miss, then a table of counts.
 * Within a language (the stages of find.ts):
 * - `no-candidate`: no raw match (aligned seed chain or sentence window) covers both members;
 * - `judge-weight`: a raw match does, judgeMatches drops it (matched words, weight, density);
 * - `fragment`: dropFragments drops it (it overlaps a stronger match);
 * - `judge-rule`: judgePassages drops it (negation, figures that disagree, side density);
 * - `select`: selectCounterparts drops it (a restatement of a chosen match).
 * Across languages (crosslang.ts):
 * - `no-shared-key`, `figures-apart` (both give figures, none shared), `lengths` (lengths beyond
 *   CROSS_MAX_LENGTH_RATIO and no clause), `few-keys` (fewer than CROSS_MIN_SHARED), `low-score` (under the threshold),
 *   `rule` (title, weak pair, figures apart, lengths), `lost` (crossMatches pairs one of the two
 *   sentences with another), `shadowed` (the page span already has a same-words passage of this source).
 * Each miss also says whether the engine reports the page member with another text of this source
 * (`wrongCounterpart`).
 * Usage: npx tsx scripts/dev/passage-misses.ts > misses.jsonl
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadTxtCorpus, REPO_ROOT } from '../../core/corpus/node';
import { addDocument, createPassageIndex, findPassages } from '../../core/passages/index';
import { analyse, stemOf, type Analysis } from '../../core/passages/tokens';
import { wordsWorth } from '../../core/passages/banality';
import { analysisOf } from '../../core/passages/store';
import { findSeeds } from '../../core/passages/seed';
import { rawMatches } from '../../core/passages/candidates';
import { judgeMatches, judgePassages, sentenceRarity, toPassage } from '../../core/passages/judge';
import { dropFragments, selectCounterparts } from '../../core/passages/select';
import { crossCandidates, crossMatches, keyCounts, sentenceBags, CROSS_MIN_SHARED, CROSS_MIN_SCORE } from '../../core/passages/crosslang';
import { expectedCounterparts } from '../eval/devset';

const DEVSET = join(REPO_ROOT, 'test', 'fixtures', 'devset');
interface M { doc: string; start: number; end: number; quote: string }
interface G { id: string; kind: string; members: M[]; pairs?: Array<[number, number]> }
interface Span { start: number; end: number }
const ov = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const tally = new Map<string, number>();
const cut = (x: string): string => x.slice(0, 110).replace(/\n/g, ' ');

/** Why no sentence window (paraphrase.ts) pairs the sentences of a within-language miss: the
 *  distinct stems they share (figures counting wordsWorth), the tight-span score, and the rank of
 *  the source sentence among the page sentence's candidates by shared count. */
function windowProbe(pa: Analysis, sa: Analysis, a: Span, bs: Span[], w: (sid: number) => number): Record<string, unknown> {
  const sentIn = (an: Analysis, m: Span): number[] => an.sentences.map((s, i) => (ov(s, m) ? i : -1)).filter((i) => i >= 0);
  const sids = (an: Analysis, s: number): number[] => an.tokens.slice(an.sentTokens[s][0], an.sentTokens[s][1]).map((t) => t.sid);
  const tight = (an: Analysis, s: number, shared: Set<number>): number => {
    const ids = sids(an, s);
    const f = ids.findIndex((x) => shared.has(x));
    let l = -1;
    ids.forEach((x, i) => { if (shared.has(x)) l = i; });
    return f < 0 ? 0 : [...new Set(ids.slice(f, l + 1))].reduce((t, x) => t + w(x), 0);
  };
  let best: Record<string, unknown> = {};
  let bestScore = -1;
  for (const p of sentIn(pa, a)) {
    const pset = new Set(sids(pa, p));
    const counts = sa.sentences.map((_, s) => [...new Set(sids(sa, s))].filter((x) => pset.has(x)).reduce((t, x) => t + wordsWorth(stemOf(x)), 0));
    for (const s of bs.flatMap((b) => sentIn(sa, b))) {
      const shared = new Set(sids(sa, s).filter((x) => pset.has(x)));
      const sw = [...shared].reduce((t, x) => t + w(x), 0);
      const score = sw / Math.sqrt(tight(pa, p, shared) * tight(sa, s, shared) || 1);
      const rank = counts.filter((c) => c > counts[s]).length;
      if (score > bestScore) {
        bestScore = score;
        best = { shared: counts[s], stems: [...shared].map(stemOf), score: +score.toFixed(2), rank, pageLen: pset.size };
      }
    }
  }
  return best;
}

for (const story of readdirSync(DEVSET).sort()) {
  if (process.env.DEVSET_STORY && story !== process.env.DEVSET_STORY) continue;
  if (!existsSync(join(DEVSET, story, 'corpus'))) continue;
  const corpus = loadTxtCorpus(join(DEVSET, story, 'corpus'));
  const raw = JSON.parse(readFileSync(join(DEVSET, story, 'gold-passages.json'), 'utf8'));
  const gold: G[] = Array.isArray(raw) ? raw : raw.groups;
  const pages = JSON.parse(readFileSync(join(DEVSET, story, 'pages', 'manifest.json'), 'utf8')).articles as Array<{ id: string; lang?: 'fr' | 'en'; sameStory: boolean; published?: string }>;
  const index = createPassageIndex();
  for (const d of corpus) addDocument(index, d);
  const ids = corpus.map((d) => d.id);
  for (const pg of pages) {
    if (!pg.sameStory) continue;
    const text = readFileSync(join(DEVSET, story, 'pages', pg.id), 'utf8');
    const lang = pg.lang ?? 'fr';
    const found = findPassages(index, { title: text.split('\n', 1)[0], lang, text, published: pg.published }, { sourceIds: ids });
    const doc = `pages/${pg.id}`;
    const pa = analyse(text, [], lang);
    const allowed = new Set(ids.map((id) => index.slotOf.get(id)!));
    const seeds = findSeeds(index, pa, (s) => allowed.has(s));
    const rarityOf = sentenceRarity(index, pa);
    const others = corpus.filter((d) => d.lang !== lang).map((d) => analysisOf(index, index.slotOf.get(d.id)!));
    const counts = keyCounts([pa, ...others]);
    for (const g of gold) {
      for (const { a, bs } of expectedCounterparts(g, doc)) {
        const srcId = bs[0].doc.slice(7);
        const hit = (p: { page: Span; source: Span }): boolean => ov(p.page, a) && bs.some((b) => ov(p.source, b));
        if (found.some((x) => x.source.id === srcId && hit(x))) continue;
        const slot = index.slotOf.get(srcId)!;
        const sa = analysisOf(index, slot);
        const cross = corpus.find((d) => d.id === srcId)!.lang !== lang;
        const wrongCounterpart = found.some((x) => x.source.id === srcId && ov(x.page, a));
        let cause: string;
        let detail: Record<string, unknown> = {};
        if (!cross) {
          const rawM = rawMatches(slot, pa, sa, seeds.get(slot) ?? [], index.config.k, rarityOf, true);
          const asP = (m: (typeof rawM)[number]) => toPassage(index, slot, pa, sa, m, text);
          const judged = judgeMatches(rawM, pa, rarityOf, sa);
          const distinct = dropFragments([...judged]);
          const passed = judgePassages(distinct, index, slot, pa, sa, text);
          const chosen = selectCounterparts([...passed], pa, sa);
          if (!rawM.some((m) => hit(asP(m)))) cause = 'no-candidate';
          else if (!judged.some((j) => hit(asP(j.m)))) {
            cause = 'judge-weight';
            const m = rawM.find((m) => hit(asP(m)))!;
            detail = { aligned: m.aligned, pageToks: m.pageToks.length };
          } else if (!distinct.some((j) => hit(asP(j.m)))) cause = 'fragment';
          else if (!passed.some((j) => hit(j.p))) cause = 'judge-rule';
          else if (!chosen.some((j) => hit(j.p))) cause = 'select';
          else cause = 'reported?';
          if (cause === 'no-candidate' || cause === 'judge-weight') detail = { ...detail, window: windowProbe(pa, sa, a, bs, rarityOf) };
        } else {
          const pb = sentenceBags(pa), sb = sentenceBags(sa);
          const sentIn = (an: Analysis, m: Span): number[] => an.sentences.map((s, i) => (ov(s, m) ? i : -1)).filter((i) => i >= 0);
          const ps = sentIn(pa, a);
          const ss = bs.flatMap((b) => sentIn(sa, b));
          const relaxed = crossCandidates(pa, sa, 0, 1, counts, 0, 0, 0).filter((c) => ps.includes(c.p) && ss.includes(c.s));
          const strict = crossCandidates(pa, sa, CROSS_MIN_SCORE, CROSS_MIN_SHARED, counts).filter((c) => ps.includes(c.p) && ss.includes(c.s));
          const best = relaxed.sort((x, y) => y.score - x.score)[0];
          const matches = crossMatches(pa, sa, counts);
          const wspan = (an: Analysis, [w0, w1]: [number, number]): Span => ({ start: an.wordStarts[w0], end: an.wordEnds[w1] });
          const took = matches.some((x) => ov(wspan(pa, x.pageWords), a) && bs.some((b) => ov(wspan(sa, x.srcWords), b)));
          // No candidate even with every threshold at zero: no key shared, or the pair fails on
          // lengths (beyond CROSS_MAX_LENGTH_RATIO with no clause) or on figures all different.
          const fig = (k: string): boolean => k.startsWith('#') && (k.length >= 4 || k.includes('.'));
          let maxShared = 0;
          let apart = false;
          for (const p of ps) for (const s of ss) {
            const sh = pb.keys[p].filter((k) => sb.keys[s].includes(k)).length;
            if (sh > maxShared) maxShared = sh;
            const fa = pb.keys[p].filter(fig), fb = sb.keys[s].filter(fig);
            if (sh > 0 && fa.length && fb.length && !fa.some((k) => fb.includes(k))) apart = true;
          }
          if (!best) cause = maxShared === 0 ? 'no-shared-key' : apart ? 'figures-apart' : 'lengths';
          else if (best.shared < CROSS_MIN_SHARED && !strict.length) cause = 'few-keys';
          else if (!strict.length) cause = best.score < CROSS_MIN_SCORE ? 'low-score' : 'rule';
          else if (!took) cause = 'lost';
          else cause = 'shadowed';
          if (best) detail = { score: +best.score.toFixed(3), keys: best.keys, pk: pb.keys[best.p], sk: sb.keys[best.s] };
        }
        tally.set(`${cross ? 'x' : '='} ${cause}`, (tally.get(`${cross ? 'x' : '='} ${cause}`) ?? 0) + 1);
        console.log(JSON.stringify({ story, page: pg.id, lang, src: srcId, gid: g.id, kind: g.kind, cross, cause, wrongCounterpart, ...detail, pq: cut(a.quote), sq: cut(bs[0].quote) }));
      }
    }
  }
}
for (const [k, v] of [...tally].sort()) console.error(`${k}\t${v}`);
