/**
 * Dev probe (session 11, passlex; kept for the next reader): word links learned per comparison from
 * the page and its sources in the other language, as core/passages/README.md "Session 11 (passlex)"
 * describes. Tried in the engine (each link key replacing its two words in the sentence bags of
 * crosslang.ts, counted as both) and reverted: the per-comparison data is too small (README). This
 * prints, for each same-story devset page, the links learned against its corpus's other-language
 * articles. Variants: default anchor co-occurrence (positions agreeing, over chance); CTX=1 context
 * vectors (Rapp 1999) alone; L_BOTH=1 both; L_POS=1 L_CHANCE=0 the first version (no position, no
 * chance test).
 * Usage: npx tsx scripts/dev/learned-links-probe.ts [story]
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadTxtCorpus, REPO_ROOT } from '../../core/corpus/node';
import { analyse, type Analysis } from '../../core/passages/tokens';
import { crossCandidates, keyCounts, keyWeight, sentenceBags, type KeyCounts, type SentenceBags } from '../../core/passages/crosslang';

/** Anchor pairs a link's two words must share: a word pair seen together once is chance (two
 *  sentences of one statement also share its incidental words). */
const LINK_MIN_COUNT = Number(process.env.L_COUNT ?? 2);
/** Dice of a link's co-occurrence over the anchor pairs (2 x pairs with both / pairs with each): a
 *  word and its translation occur in the same anchor pairs, a word and its neighbour only in some. */
const LINK_MIN_DICE = Number(process.env.L_DICE ?? 0.5);
/** Sources of the other language learned over, the first candidates (most seeds first): learning
 *  runs every cross-language comparison once more, so it is bounded whatever the corpus size. */
const LINK_MAX_SOURCES = 20;
/** How far apart (in shares of their sentence or clause) a link's two words may stand in an anchor
 *  pair: French and English news sentences keep the order of their statements (who, did what, to
 *  what), so a word and its translation stand at about the same place, a word and a stray neighbour
 *  anywhere. */
const LINK_POSITION_SLACK = Number(process.env.L_POS ?? 0.2);
/** Times its chance expectation (pairs with each word, multiplied, over all anchor pairs) a link's
 *  co-occurrence must reach: frequent words of both texts meet in many pairs by chance alone. */
const LINK_OVER_CHANCE = Number(process.env.L_CHANCE ?? 2);
/** Score and shared keys of an anchor pair. */
const LINK_ANCHOR_SCORE = Number(process.env.LA_SCORE ?? 0.12);
const LINK_ANCHOR_SHARED = Number(process.env.LA_SHARED ?? 3);

interface LearnedLinks {
  page: Map<string, string>;
  src: Map<string, string>;
  counts: KeyCounts;
  /** The links, best first: [page key, source key, co-occurrences, Dice] (for probes and tests). */
  links: Array<[string, string, number, number]>;
}

/** A key that a learned link may bridge: a cognate prefix or a short word (crosslang.ts's `p:` and
 *  `w:` keys), not a concept, number, age or speaker, which already meet across languages. */
const learnable = (k: string): boolean => k.startsWith('p:') || k.startsWith('w:');

/** The learnable keys of a word span (a sentence or a clause) kept by `keep`, each at the relative
 *  place (0 first word, 1 last) where it first occurs. */
function placed(b: SentenceBags, [w0, w1]: [number, number], keep: (k: string) => boolean): Map<string, number> {
  const out = new Map<string, number>();
  const span = Math.max(1, w1 - w0);
  for (let w = w0; w <= w1; w++) for (const k of b.wordKeys[w]) if (learnable(k) && keep(k) && !out.has(k)) out.set(k, (w - w0) / span);
  return out;
}

/** Links learned over the sentence pairs crossCandidates finds (engine thresholds) between the page
 *  and each source: page words absent from every source, source words absent from the page. */
function learnLinks(pa: Analysis, sources: Analysis[], counts: KeyCounts): LearnedLinks | null {
  const srcs = sources.slice(0, LINK_MAX_SOURCES);
  if (srcs.length === 0) return null;
  const pb = sentenceBags(pa);
  const pageKeys = new Set<string>();
  for (const bag of pb.keys) for (const k of bag) if (learnable(k)) pageKeys.add(k);
  const srcKeys = new Set<string>();
  for (const sa of srcs) for (const bag of sentenceBags(sa).keys) for (const k of bag) if (learnable(k)) srcKeys.add(k);
  const cP = new Map<string, number>();
  const cS = new Map<string, number>();
  const cPS = new Map<string, number>();
  let n = 0;
  const inc = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);
  for (const sa of srcs) {
    const sb = sentenceBags(sa);
    const usedP = new Set<number>();
    const usedS = new Set<number>();
    for (const c of crossCandidates(pa, sa, LINK_ANCHOR_SCORE, LINK_ANCHOR_SHARED, counts, LINK_ANCHOR_SCORE, 0, 0)) {
      if (usedP.has(c.p) || usedS.has(c.s)) continue;
      usedP.add(c.p);
      usedS.add(c.s);
      n++;
      const P = placed(pb, c.pageWords, (k) => !srcKeys.has(k));
      const S = placed(sb, c.srcWords, (k) => !pageKeys.has(k));
      for (const kp of P.keys()) inc(cP, kp);
      for (const ks of S.keys()) inc(cS, ks);
      for (const [kp, xp] of P) for (const [ks, xs] of S) if (Math.abs(xp - xs) <= LINK_POSITION_SLACK) inc(cPS, `${kp}\t${ks}`);
    }
  }
  const scored: Array<[string, string, number, number]> = [];
  for (const [pair, together] of cPS) {
    if (together < LINK_MIN_COUNT) continue;
    const [kp, ks] = pair.split('\t');
    const [a, b] = [cP.get(kp)!, cS.get(ks)!];
    const dice = (2 * together) / (a + b);
    if (dice >= LINK_MIN_DICE && together >= LINK_OVER_CHANCE * ((a * b) / n)) scored.push([kp, ks, together, dice]);
  }
  if (LINK_BOTH) {
    const ctx = contextScores(pa, srcs, counts);
    return competitive(scored.filter(([kp, ks]) => ctx.has(`${kp}\t${ks}`)), counts);
  }
  return competitive(scored, counts);
}

/** Competitive linking: candidate links best first, each word linked at most once. */
function competitive(scored: Array<[string, string, number, number]>, counts: KeyCounts): LearnedLinks | null {
  scored.sort((a, b) => b[3] - a[3] || b[2] - a[2] || (a[0] + a[1] < b[0] + b[1] ? -1 : 1));
  const page = new Map<string, string>();
  const src = new Map<string, string>();
  const links: Array<[string, string, number, number]> = [];
  for (const x of scored) {
    const [kp, ks] = x;
    if (page.has(kp) || src.has(ks)) continue;
    const link = `l:${kp}=${ks}`;
    page.set(kp, link);
    src.set(ks, link);
    links.push(x);
  }
  if (links.length === 0) return null;
  const linkDf = new Map<string, number>();
  for (const [kp, ks] of links) linkDf.set(`l:${kp}=${ks}`, (counts.df.get(kp) ?? 0) + (counts.df.get(ks) ?? 0));
  const linkedCounts: KeyCounts = {
    df: { get: (k: string) => (k.charCodeAt(0) === 108 && k.charCodeAt(1) === 58 ? linkDf.get(k) : counts.df.get(k)) },
    total: counts.total,
  };
  return { page, src, counts: linkedCounts, links };
}


/** Anchor links must also agree by context (contextScores). */
const LINK_BOTH = !!process.env.L_BOTH;
/** Cosine a link's two context vectors must reach (contextLinks). */
const LINK_MIN_COSINE = Number(process.env.L_COS ?? 0.5);
/** Sentences a word must occur in, on its side, to have a context vector worth comparing. */
const LINK_MIN_SENTENCES = Number(process.env.L_MINSENT ?? 2);
/** Largest ratio between a link's two words' shares of their texts' sentences: a word and its
 *  translation are about as frequent in two tellings of one story. */
const LINK_MAX_FREQ_RATIO = Number(process.env.L_FREQ ?? 3);

/**
 * Links from context vectors (Rapp 1999, Fung and Yee 1998: a word and its translation occur beside
 * the translations of the same words): each page word absent from the sources and each source word
 * absent from the page is described by the keys both texts share (names, numbers, concepts,
 * cognates) found in its sentences, each weighed as crosslang.ts weighs it; the pairs whose vectors
 * agree best are linked, competitively.
 */
function contextLinks(pa: Analysis, sources: Analysis[], counts: KeyCounts): LearnedLinks | null {
  const srcs = sources.slice(0, LINK_MAX_SOURCES);
  if (srcs.length === 0) return null;
  return competitive([...contextScores(pa, srcs, counts).values()], counts);
}

/** The context-vector candidate links (contextLinks), by "page key\tsource key". */
function contextScores(pa: Analysis, srcs: Analysis[], counts: KeyCounts): Map<string, [string, string, number, number]> {
  const w = keyWeight(counts);
  const pBags = sentenceBags(pa).keys;
  const sBags = srcs.flatMap((sa) => sentenceBags(sa).keys);
  const pAll = new Set(pBags.flat());
  const sAll = new Set(sBags.flat());
  const bridge = (k: string): boolean => pAll.has(k) && sAll.has(k);
  const vectors = (bags: string[][], own: (k: string) => boolean): Map<string, Map<string, number>> => {
    const v = new Map<string, Map<string, number>>();
    const df = new Map<string, number>();
    for (const bag of bags) for (const k of bag) if (learnable(k) && own(k)) df.set(k, (df.get(k) ?? 0) + 1);
    for (const bag of bags) {
      const ctx = bag.filter(bridge);
      for (const k of bag) {
        if (!learnable(k) || !own(k) || (df.get(k) ?? 0) < LINK_MIN_SENTENCES) continue;
        let m = v.get(k);
        if (!m) v.set(k, (m = new Map()));
        for (const b of ctx) m.set(b, (m.get(b) ?? 0) + w(b));
      }
    }
    return v;
  };
  const pv = vectors(pBags, (k) => !sAll.has(k));
  const sv = vectors(sBags, (k) => !pAll.has(k));
  const norm = (m: Map<string, number>): number => Math.sqrt([...m.values()].reduce((x, y) => x + y * y, 0));
  const byBridge = new Map<string, Array<[string, number]>>();
  const sNorm = new Map<string, number>();
  const sFreq = new Map<string, number>();
  for (const [ks, m] of sv) {
    sNorm.set(ks, norm(m));
    for (const [b, x] of m) {
      const l = byBridge.get(b);
      if (l) l.push([ks, x]);
      else byBridge.set(b, [[ks, x]]);
    }
  }
  for (const bag of sBags) for (const k of bag) if (sv.has(k)) sFreq.set(k, (sFreq.get(k) ?? 0) + 1 / sBags.length);
  const pFreq = new Map<string, number>();
  for (const bag of pBags) for (const k of bag) if (pv.has(k)) pFreq.set(k, (pFreq.get(k) ?? 0) + 1 / pBags.length);
  const scored = new Map<string, [string, string, number, number]>();
  for (const [kp, m] of pv) {
    const dot = new Map<string, number>();
    for (const [b, x] of m) for (const [ks, y] of byBridge.get(b) ?? []) dot.set(ks, (dot.get(ks) ?? 0) + x * y);
    const np = norm(m);
    for (const [ks, d] of dot) {
      const cos = d / (np * sNorm.get(ks)!);
      const [fp, fs] = [pFreq.get(kp)!, sFreq.get(ks)!];
      if (cos >= LINK_MIN_COSINE && Math.max(fp, fs) <= LINK_MAX_FREQ_RATIO * Math.min(fp, fs)) scored.set(`${kp}\t${ks}`, [kp, ks, Math.round(fp * pBags.length), cos]);
    }
  }
  return scored;
}

const DEVSET = join(REPO_ROOT, 'test', 'fixtures', 'devset');
const only = process.argv[2];
for (const story of readdirSync(DEVSET).sort()) {
  if (only && story !== only) continue;
  if (!existsSync(join(DEVSET, story, 'corpus'))) continue;
  const corpus = loadTxtCorpus(join(DEVSET, story, 'corpus'));
  const pages = JSON.parse(readFileSync(join(DEVSET, story, 'pages', 'manifest.json'), 'utf8')).articles as Array<{ id: string; lang?: 'fr' | 'en'; sameStory: boolean }>;
  const an = new Map(corpus.map((d) => [d.id, analyse(d.text, d.ignore ?? [], d.lang)]));
  for (const pg of pages) {
    if (!pg.sameStory) continue;
    const lang = pg.lang ?? 'fr';
    const others = corpus.filter((d) => d.lang !== lang).map((d) => an.get(d.id)!);
    if (others.length === 0) continue;
    const pa = analyse(readFileSync(join(DEVSET, story, 'pages', pg.id), 'utf8'), [], lang);
    const t0 = performance.now();
    const l = (process.env.CTX ? contextLinks : learnLinks)(pa, others, keyCounts([pa, ...others]));
    const ms = performance.now() - t0;
    console.log(`${story} ${pg.id} (${lang}) ${ms.toFixed(1)} ms: ${(l?.links ?? []).map(([a, b, n, d]) => `${a.slice(2)}=${b.slice(2)}(${n},${d.toFixed(2)})`).join(' ')}`);
  }
}
