/**
 * Dev probe (kept for the next reader of these misses): every same-language passage the engine reports, on the devset (given the story,
 * labelled gold / adjudicated true / adjudicated false / not adjudicated) and on the seeds
 * (leave-one-out over the bundled corpus, labelled gold or not), with the judge's measures and, per
 * matched page word, its stem, whether it is a name or stock word, its sentence rarity and the share
 * of the sources (same language) that use it. One JSON line each, to study what separates a claim
 * from a fragment of the story's vocabulary on both gold sets at once.
 * Usage: npx tsx scripts/dev/passage-features.ts > out.jsonl
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setPassageDebug } from '../../core/passages/judge';
import { addDocument, createPassageIndex, findPassages } from '../../core/passages/index';
import type { Analysis } from '../../core/passages/tokens';
import type { RawMatch } from '../../core/passages/merge';
import type { Passage } from '../../core/types';
import { DEVSET } from '../eval/devset';
import { isFigureStem } from '../../core/passages/figure-values';
import { goldPairs, loadCorpus } from '../eval/passages';
import { devsetStories, ov } from './_devset-passages';

interface Adj { page: string; doc: string; pageStart: number; pageEnd: number; docStart: number; docEnd: number; verdict: boolean }
let seen = new Map<Passage, { m: RawMatch; info: number; density: number; pa: Analysis; sa: Analysis }>();
setPassageDebug((d) => {
  if (d.p && d.m) seen.set(d.p as Passage, d as never);
});
const sdf = (as: Analysis[]) => {
  const df = new Map<number, number>();
  for (const a of as) for (const sid of new Set(a.tokens.map((t) => t.sid))) df.set(sid, (df.get(sid) ?? 0) + 1);
  return (sid: number) => (df.get(sid) ?? 0) / Math.max(1, as.length);
};
function feats(x: Passage, share: (sid: number) => number) {
  const d = seen.get(x);
  if (!d) return null;
  const { m, pa, sa } = d;
  const toks = [...new Set(m.pageToks)].map((t) => pa.tokens[t]);
  const sentCover = (a: Analysis, f: number, l: number) => {
    const s = a.tokens[f].sent;
    const [t0, t1] = a.sentTokens[s];
    return +((Math.min(l + 1, t1) - f) / (t1 - t0)).toFixed(2);
  };
  // Figures (3+ digits or decimals, years aside) of the sentences the match spans, on each side.
  const sentFigs = (a: Analysis, f: number, l: number) => {
    const [t0] = a.sentTokens[a.tokens[f].sent];
    const [, t1] = a.sentTokens[a.tokens[l].sent];
    const out = new Set<string>();
    for (let t = t0; t < t1; t++) if (isFigureStem(a.tokens[t].stem) && !/^(19|20)\d\d$/.test(a.tokens[t].stem)) out.add(a.tokens[t].stem);
    return [...out];
  };
  return {
    pFigs: sentFigs(pa, m.pageFirst, m.pageLast), sFigs: sentFigs(sa, m.srcFirst, m.srcLast),
    aligned: m.aligned, info: +d.info.toFixed(2), density: +d.density.toFixed(2),
    pageSpan: m.pageLast - m.pageFirst + 1, srcSpan: m.srcLast - m.srcFirst + 1,
    pCover: sentCover(pa, m.pageFirst, m.pageLast), sCover: sentCover(sa, m.srcFirst, m.srcLast),
    toks: toks.map((t) => `${t.stem}${t.stock ? '*' : ''}:${share(t.sid).toFixed(2)}`),
  };
}
const all: string[] = [];
for (const { story, corpus, gold, pages } of devsetStories()) {
  const f = join(DEVSET, story, 'passages-adjudicated.json');
  const adjud: Adj[] = existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : [];
  for (const { id, lang, doc, passages } of pages()) {
    const same = corpus.filter((d) => d.lang === lang);
    if (!same.length) continue;
    const { analyse } = await import('../../core/passages/tokens');
    const share = sdf(same.map((d) => analyse(d.text, d.ignore ?? [], d.lang)));
    for (const x of passages) {
      if (x.translated) continue;
      const src = `corpus/${x.source.id}`;
      if (corpus.find((d) => d.id === x.source.id)!.lang !== lang) continue;
      const ok = gold.some((g) => g.members.some((m) => m.doc === doc && ov(m, x.page.start, x.page.end)) && g.members.some((m) => m.doc === src && ov(m, x.source.start, x.source.end)));
      const hits = adjud.filter((a) => a.page === doc && a.doc === src && ov({ start: a.pageStart, end: a.pageEnd }, x.page.start, x.page.end) && ov({ start: a.docStart, end: a.docEnd }, x.source.start, x.source.end));
      const label = ok ? 'gold' : hits.some((a) => a.verdict) ? 'adjT' : hits.length ? 'adjF' : 'unadj';
      console.log(JSON.stringify({ set: 'devset', story, page: id, src: x.source.id, label, kind: x.kind, score: x.score, ...feats(x, share), pt: x.page.text.replace(/\n/g, ' ').slice(0, 150), st: x.source.text.replace(/\n/g, ' ').slice(0, 150) }));
    }
  }
}
// Seeds: leave-one-out over the bundled corpus.
const docs = loadCorpus();
const gold = goldPairs(JSON.parse(readFileSync(join(DEVSET, '..', '..', '..', '..', 'shared', 'gold', 'seed-passages.json'), 'utf8')));
const { analyse } = await import('../../core/passages/tokens');
for (const page of docs) {
  const others = docs.filter((d) => d !== page);
  const index = createPassageIndex();
  for (const d of others) addDocument(index, d);
  seen = new Map();
  const share = sdf(others.map((d) => analyse(d.text, d.ignore ?? [], d.lang)));
  for (const x of findPassages(index, { title: page.title, lang: page.lang, text: page.text })) {
    const ok = gold.some((g) => g.page.doc === page.id && g.src.doc === x.source.id && ov(g.page, x.page.start, x.page.end) && ov(g.src, x.source.start, x.source.end));
    console.log(JSON.stringify({ set: 'seeds', story: 'seeds', page: page.id, src: x.source.id, label: ok ? 'gold' : 'false', kind: x.kind, score: x.score, ...feats(x, share), pt: x.page.text.replace(/\n/g, ' ').slice(0, 150), st: x.source.text.replace(/\n/g, ' ').slice(0, 150) }));
  }
}
void all;
