/**
 * Dev probe for passage precision (session 9): every passage reported on the devset (each same-story page
 * against its story's whole corpus, "given the story") and on the seeds (leave-one-out over the bundled
 * corpus), labelled gold / adjT (adjudicated true) / adjF (adjudicated false, with the reason) / unadj
 * (seeds: gold / false), with both spans, the sentences around them and, for the stem pipeline, the
 * judge's measures. One JSON line each, to test a precision rule against every label at once.
 * Usage: npx tsx scripts/dev/passage-precision-probe.ts > out.jsonl
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setPassageDebug } from '../../core/passages/judge';
import { addDocument, createPassageIndex, findPassages } from '../../core/passages/index';
import type { RawMatch } from '../../core/passages/merge';
import type { Passage } from '../../core/types';
import { DEVSET } from '../eval/devset';
import { goldPairs, loadCorpus } from '../eval/passages';
import { devsetStories, ov } from './_devset-passages';

interface Adj { page: string; doc: string; pageStart: number; pageEnd: number; docStart: number; docEnd: number; verdict: boolean; reason: string }
let seen = new Map<Passage, { m: RawMatch; info: number; density: number }>();
setPassageDebug((d) => {
  if (d.p && d.m) seen.set(d.p as Passage, d as never);
});
/** The text of the line-bounded sentence(s) around [s, e). */
function around(text: string, s: number, e: number): string {
  const stop = /[.!?\n]/;
  let a = s;
  while (a > 0 && !stop.test(text[a - 1])) a--;
  let b = e;
  while (b < text.length && !stop.test(text[b])) b++;
  return text.slice(a, Math.min(text.length, b + 1)).replace(/\n/g, ' ');
}
function row(x: Passage, pageText: string, srcText: string) {
  const d = seen.get(x);
  return {
    kind: x.kind, score: x.score, translated: !!x.translated,
    ps: x.page.start, pe: x.page.end, ss: x.source.start, se: x.source.end,
    pt: x.page.text.replace(/\n/g, ' '), st: x.source.text.replace(/\n/g, ' '),
    pctx: around(pageText, x.page.start, x.page.end), sctx: around(srcText, x.source.start, x.source.end),
    ...(d ? { aligned: d.m.aligned, info: +d.info.toFixed(2), density: +d.density.toFixed(2) } : {}),
  };
}
for (const { story, corpus, gold, pages } of devsetStories()) {
  const f = join(DEVSET, story, 'passages-adjudicated.json');
  const adjud: Adj[] = existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : [];
  for (const { id, lang, doc, text, passages } of pages()) {
    for (const x of passages) {
      const src = `corpus/${x.source.id}`;
      const sdoc = corpus.find((c) => c.id === x.source.id)!;
      const ok = gold.some((g) => g.members.some((m) => m.doc === doc && ov(m, x.page.start, x.page.end)) && g.members.some((m) => m.doc === src && ov(m, x.source.start, x.source.end)));
      const hits = adjud.filter((a) => a.page === doc && a.doc === src && ov({ start: a.pageStart, end: a.pageEnd }, x.page.start, x.page.end) && ov({ start: a.docStart, end: a.docEnd }, x.source.start, x.source.end));
      const label = ok ? 'gold' : hits.some((a) => a.verdict) ? 'adjT' : hits.length ? 'adjF' : 'unadj';
      console.log(JSON.stringify({ set: 'devset', story, lang, cross: sdoc.lang !== lang, page: id, src: x.source.id, label, reason: hits.find((a) => !a.verdict)?.reason, ...row(x, text, sdoc.text) }));
    }
  }
}
const docs = loadCorpus();
const sg = goldPairs(JSON.parse(readFileSync(join(DEVSET, '..', '..', '..', '..', 'shared', 'gold', 'seed-passages.json'), 'utf8')));
for (const page of docs) {
  const others = docs.filter((d) => d !== page);
  const index = createPassageIndex();
  for (const d of others) addDocument(index, d);
  seen = new Map();
  for (const x of findPassages(index, { title: page.title, lang: page.lang, text: page.text })) {
    const ok = sg.some((g) => g.page.doc === page.id && g.src.doc === x.source.id && ov(g.page, x.page.start, x.page.end) && ov(g.src, x.source.start, x.source.end));
    const gk = sg.find((g) => g.page.doc === page.id && g.src.doc === x.source.id && ov(g.page, x.page.start, x.page.end) && ov(g.src, x.source.start, x.source.end))?.kind;
    console.log(JSON.stringify({ set: 'seeds', story: 'seeds', lang: page.lang, cross: false, page: page.id, src: x.source.id, label: ok ? 'gold' : 'false', goldKind: gk, ...row(x, page.text, others.find((o) => o.id === x.source.id)!.text) }));
  }
}
