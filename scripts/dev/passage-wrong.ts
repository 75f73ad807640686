/**
 * Dev probe (kept for the next reader of these misses): the passages the engine reports on the devset (given the story) that are wrong even
 * after adjudication: not a gold pair and not a pair the adjudicator judged true
 * (<story>/passages-adjudicated.json). One JSON line each, with the adjudicator's reason when the pair
 * was judged false (`adj: false`) or `adj: null` when it was reported after the adjudication, and the
 * judge's measures (aligned, info, density, side density) for passages of the stem pipeline.
 * Usage: npx tsx scripts/dev/passage-wrong.ts > out.jsonl
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setPassageDebug } from '../../core/passages/judge';
import type { Passage } from '../../core/types';
import { DEVSET } from '../eval/devset';
import { devsetStories, ov } from './_devset-passages';

interface Adj { page: string; doc: string; pageStart: number; pageEnd: number; docStart: number; docEnd: number; verdict: boolean; reason: string }
const measures = new Map<Passage, Record<string, unknown>>();
setPassageDebug((d) => {
  if (d.p) measures.set(d.p as Passage, { aligned: (d.m as { aligned: boolean }).aligned, info: +(d.info as number).toFixed(2), density: +(d.density as number).toFixed(2) });
});
const all = process.argv.includes('--all');
for (const { story, gold, pages } of devsetStories()) {
  const f = join(DEVSET, story, 'passages-adjudicated.json');
  const adjud: Adj[] = existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : [];
  for (const { id, lang, doc, passages } of pages()) {
    for (const x of passages) {
      const src = `corpus/${x.source.id}`;
      const ok = gold.some((g) => g.members.some((m) => m.doc === doc && ov(m, x.page.start, x.page.end)) && g.members.some((m) => m.doc === src && ov(m, x.source.start, x.source.end)));
      const hits = adjud.filter((a) => a.page === doc && a.doc === src && ov({ start: a.pageStart, end: a.pageEnd }, x.page.start, x.page.end) && ov({ start: a.docStart, end: a.docEnd }, x.source.start, x.source.end));
      const adjTrue = hits.some((a) => a.verdict);
      if (!all && (ok || adjTrue)) continue;
      const pageGold = gold.filter((g) => g.members.some((m) => m.doc === doc && ov(m, x.page.start, x.page.end))).map((g) => g.id);
      console.log(JSON.stringify({ story, page: id, lang, src: x.source.id, kind: x.kind, score: x.score, x: !!x.translated, ok, adj: hits.length ? adjTrue : null, reason: hits.find((a) => !a.verdict)?.reason, ...measures.get(x), pageGold, ps: x.page.start, ss: x.source.start, pt: x.page.text.replace(/\n/g, ' ').slice(0, 300), st: x.source.text.replace(/\n/g, ' ').slice(0, 300) }));
    }
  }
}
