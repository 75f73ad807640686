/**
 * Throwaway probe for the same-language judge: every merged match of a devset page against a source in
 * its own language (pages against their whole corpus, "given the story"), with the judge's measures
 * and a few measures of what it shares that is specific, labelled as eval counts it: `gold` (a gold
 * group has members overlapping both sides), `adj` (adjudicated true), `adjF` (adjudicated false),
 * `-` (neither), and whether the engine reports it. One JSON line per match.
 * Usage: npx tsx scripts/dev/passage-judge-probe.ts > matches.jsonl
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadTxtCorpus, REPO_ROOT } from '../../core/corpus/node';
import { addDocument, createPassageIndex, findPassages } from '../../core/passages/index';
import { measure, sentenceRarity, specificCount, toPassage } from '../../core/passages/judge';
import { analyse, type ContentToken } from '../../core/passages/tokens';
import { analysisOf } from '../../core/passages/store';
import { findSeeds } from '../../core/passages/seed';
import { rawMatches } from '../../core/passages/candidates';
import { mergeMatches } from '../../core/passages/merge';
import { STOCK_FACTOR } from '../../core/passages/banality';
import { matchedWords } from '../../core/passages/banality';
import type { Analysis } from '../../core/passages/tokens';
import type { RawMatch } from '../../core/passages/merge';
import type { PassageIndex } from '../../core/passages/store';

const DEVSET = join(REPO_ROOT, 'test', 'fixtures', 'devset');
interface Span { start: number; end: number }
const ov = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const cut = (x: string): string => x.slice(0, 100).replace(/\n/g, ' ');

for (const story of readdirSync(DEVSET).sort()) {
  if (!existsSync(join(DEVSET, story, 'corpus'))) continue;
  const corpus = loadTxtCorpus(join(DEVSET, story, 'corpus'));
  const raw = JSON.parse(readFileSync(join(DEVSET, story, 'gold-passages.json'), 'utf8'));
  const gold: Array<{ members: Array<Span & { doc: string }> }> = Array.isArray(raw) ? raw : raw.groups;
  const adjFile = join(DEVSET, story, 'passages-adjudicated.json');
  const adjud: Array<{ page: string; doc: string; pageStart: number; pageEnd: number; docStart: number; docEnd: number; verdict: boolean }> = existsSync(adjFile) ? JSON.parse(readFileSync(adjFile, 'utf8')) : [];
  const pages = JSON.parse(readFileSync(join(DEVSET, story, 'pages', 'manifest.json'), 'utf8')).articles as Array<{ id: string; lang?: 'fr' | 'en'; sameStory: boolean; published?: string }>;
  const index = createPassageIndex();
  for (const d of corpus) addDocument(index, d);
  const ids = corpus.map((d) => d.id);
  const nDocs = corpus.length;
  for (const pg of pages) {
    if (!pg.sameStory) continue;
    const text = readFileSync(join(DEVSET, story, 'pages', pg.id), 'utf8');
    const lang = pg.lang ?? 'fr';
    const rows: Array<{ m: RawMatch; info: number; density: number; sideDensity: number; specific: number; pa: Analysis; sa: Analysis; slot: number }> = [];
    const idx: PassageIndex = index;
    const found = findPassages(index, { title: text.split('\n', 1)[0], lang, text, published: pg.published }, { sourceIds: ids });
    // Every merged match, also those under the minimum of matched words (judgeMatches skips their measures).
    const pa = analyse(text, [], lang);
    const allowed = new Set(ids.map((id) => index.slotOf.get(id)!));
    const seeds = findSeeds(index, pa, (s) => allowed.has(s));
    const rarityOf = sentenceRarity(index, pa);
    const weight = (tok: ContentToken): number => rarityOf(tok.sid) * (tok.stock ? STOCK_FACTOR : 1);
    for (const slot of allowed) {
      const sa = analysisOf(index, slot);
      for (const m of mergeMatches(rawMatches(slot, pa, sa, seeds.get(slot) ?? [], index.config.k, rarityOf, true)))
        rows.push({ m, ...measure(m, pa, weight, sa), specific: specificCount(m, pa), pa, sa, slot });
    }
    const doc = `pages/${pg.id}`;
    for (const r of rows) {
      const src = idx.slots[r.slot]!;
      if (src.lang !== lang) continue;
      const p = toPassage(idx, r.slot, r.pa, r.sa, r.m, text);
      const isGold = gold.some((g) => g.members.some((m) => m.doc === doc && ov(m, p.page)) && g.members.some((m) => m.doc === `corpus/${src.id}` && ov(m, p.source)));
      const adj = adjud.find((a) => a.page === doc && a.doc === `corpus/${src.id}` && ov({ start: a.pageStart, end: a.pageEnd }, p.page) && ov({ start: a.docStart, end: a.docEnd }, p.source));
      const label = isGold ? 'gold' : adj ? (adj.verdict ? 'adj' : 'adjF') : '-';
      const reported = found.some((x) => x.source.id === src.id && x.page.start === p.page.start && x.page.end === p.page.end && x.source.start === p.source.start);
      const toks = [...new Set(r.m.pageToks)].map((t) => r.pa.tokens[t]);
      const stems = [...new Set(toks.map((t) => t.stem))];
      const figs = stems.filter((s) => /^\d/.test(s) && !/^(19|20)\d\d$/.test(s) && (s.length >= 3 || s.includes('.')));
      const nums = stems.filter((s) => /^\d/.test(s));
      const plain = toks.filter((t) => !t.stock && !/^\d/.test(t.stem));
      const plainStems = [...new Set(plain.map((t) => t.stem))];
      const dfs = plainStems.map((s) => (idx.df.get(s) ?? 0) / nDocs);
      const names = [...new Set(toks.filter((t) => t.stock && /^\p{Lu}/u.test(text.slice(t.start, t.end))).map((t) => t.stem))];
      const rareDf = dfs.filter((f) => f <= 0.5).length;
      const figDf = figs.map((s) => (idx.df.get(s) ?? 0));
      const plainDf = plainStems.map((s) => (idx.df.get(s) ?? 0));
      const nameDf = names.map((s) => (idx.df.get(s) ?? 0));
      const smallNums = nums.filter((s) => !figs.includes(s) && !/^(19|20)\d\d$/.test(s)).length;
      console.log(JSON.stringify({
        story, page: pg.id, lang, src: src.id, label, reported, kind: p.kind, aligned: r.m.aligned,
        words: matchedWords(r.pa.tokens, [...new Set(r.m.pageToks)]), info: +r.info.toFixed(2), density: +r.density.toFixed(2),
        side: +r.sideDensity.toFixed(2), specific: r.specific, figs: figs.length, nums: nums.length, names: names.length, plain: plainStems.length, rareDf, figDf, plainDf, nameDf, smallNums, nDocs,
        stems: stems.join(' '), pq: cut(p.page.text), sq: cut(p.source.text),
      }));
    }
  }
}
