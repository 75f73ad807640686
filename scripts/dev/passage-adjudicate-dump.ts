/**
 * Dev tool for the passage adjudication (test/fixtures/devset/ADJUDICATION.md): every passage the engine
 * reports on the devset (pages given the story) that the gold does not pair, with both full spans, doc
 * names and offsets, mixed with N gold page-corpus pairs picked at random (seeded), shuffled, so that the
 * adjudicator judges them blind. Writes <out>/items.jsonl (no provenance) and <out>/key.jsonl (which
 * items are gold), to be opened only after judging.
 * With --new, passages already covered by an entry of <story>/passages-adjudicated.json (true or false:
 * same page and source, overlapping spans, as the eval matches them) are left out, so that after an engine
 * change only the never-judged passages are judged, and old verdicts are not revisited.
 * With --e2e, the passages the engine reports end to end (Engine.compare, as `npm run eval` scores its
 * end-to-end precision) are added where they differ from the given-the-story ones.
 * With --story=a,b, only those stories are read (their unpaired passages and the gold pairs mixed in), so
 * that the gold pairs hidden among one story's passages come from the same story and have their shape.
 * With --holdout, the held-out set's stories are read instead (a measurement for the blind adjudication: nobody tunes
 * on it); the folder read is printed first. Only this script takes the flag: the other dev tools read the devset.
 * Usage: npx tsx scripts/dev/passage-adjudicate-dump.ts <outDir> [N=20] [seed=7] [--new] [--e2e] [--story=a,b] [--holdout]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { devsetStories, ov } from './_devset-passages';
import { DEVSET as DEVSET_DIR, HOLDOUT } from '../eval/devset';
import { Engine } from '../../core/engine';

const DEVSET = process.argv.includes('--holdout') ? HOLDOUT : DEVSET_DIR;
console.log(`reading ${DEVSET}`);

const onlyNew = process.argv.includes('--new');
const endToEnd = process.argv.includes('--e2e');
const onlyStories = process.argv.find((a) => a.startsWith('--story='))?.slice('--story='.length).split(',');
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const out = args[0];
if (!out) throw new Error('usage: passage-adjudicate-dump.ts <outDir> [N] [seed] [--new]');
const N = Number(args[1] ?? 20);
let seed = Number(args[2] ?? 7);
interface Judged { page: string; pageStart: number; pageEnd: number; doc: string; docStart: number; docEnd: number }
const judged = (story: string): Judged[] => {
  const f = join(DEVSET, story, 'passages-adjudicated.json');
  return onlyNew && existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) as Judged[] : [];
};
const rnd = (): number => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
interface Item { story: string; page: string; pageStart: number; pageEnd: number; pageQuote: string; doc: string; docStart: number; docEnd: number; docQuote: string }
const fps: Item[] = [];
const golds: Item[] = [];
let skipped = 0;
for (const { story, corpus, gold, pages } of devsetStories(DEVSET)) {
  if (onlyStories && !onlyStories.includes(story)) continue;
  const done = judged(story);
  const engine = endToEnd ? new Engine(corpus) : null;
  for (const g of gold) {
    const pairs = g.pairs ?? g.members.flatMap((_, i) => g.members.map((__, j) => [i, j] as [number, number]).filter(([x, y]) => x < y));
    for (const [i, j] of pairs) {
      let a = g.members[i], b = g.members[j];
      if (b.doc.startsWith('pages/')) [a, b] = [b, a];
      if (!a.doc.startsWith('pages/') || !b.doc.startsWith('corpus/')) continue;
      golds.push({ story, page: a.doc.slice(6), pageStart: a.start, pageEnd: a.end, pageQuote: a.quote, doc: b.doc.slice(7), docStart: b.start, docEnd: b.end, docQuote: b.quote });
    }
  }
  for (const { id, doc, text, lang, published, passages } of pages()) {
    const e2e = engine ? engine.compare({ title: text.split('\n', 1)[0].trim(), lang, text, published }).passages : [];
    const fresh = e2e.filter((x) => !passages.some((y) => y.source.id === x.source.id && ov(y.page, x.page.start, x.page.end) && ov(y.source, x.source.start, x.source.end)));
    for (const x of [...passages, ...fresh]) {
      const src = `corpus/${x.source.id}`;
      const ok = gold.some((g) => g.members.some((m) => m.doc === doc && ov(m, x.page.start, x.page.end)) && g.members.some((m) => m.doc === src && ov(m, x.source.start, x.source.end)));
      if (ok) continue;
      if (done.some((a) => a.page === doc && a.doc === src && ov({ start: a.pageStart, end: a.pageEnd }, x.page.start, x.page.end) && ov({ start: a.docStart, end: a.docEnd }, x.source.start, x.source.end))) { skipped++; continue; }
      fps.push({ story, page: id, pageStart: x.page.start, pageEnd: x.page.end, pageQuote: x.page.text, doc: x.source.id, docStart: x.source.start, docEnd: x.source.end, docQuote: x.source.text });
    }
  }
}
const pick: Item[] = [];
const pool = [...golds];
for (let i = 0; i < N && pool.length; i++) pick.push(pool.splice(Math.floor(rnd() * pool.length), 1)[0]);
const all = [...fps.map((x) => ({ x, gold: false })), ...pick.map((x) => ({ x, gold: true }))];
for (let i = all.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [all[i], all[j]] = [all[j], all[i]]; }
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'items.jsonl'), all.map(({ x }, i) => JSON.stringify({ n: i, ...x })).join('\n') + '\n');
writeFileSync(join(out, 'key.jsonl'), all.map(({ gold }, i) => JSON.stringify({ n: i, gold })).join('\n') + '\n');
console.error(`${fps.length} unpaired reported passages${onlyNew ? ` (${skipped} already adjudicated left out)` : ''}, ${pick.length} gold pairs (of ${golds.length}), ${all.length} items`);
