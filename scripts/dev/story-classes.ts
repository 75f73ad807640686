/**
 * Dev probe (kept for the next reader of these misses): where the score of a page–source pair goes, by feature class and by language pair.
 * For every devset page and every article of its story's corpus (all of them are on the story), the
 * overlap as StoryIndex.match computes it before dates and counts (the page's core, or across languages
 * its 40 strongest crossing features; the entry's core, or its crossing part), split into:
 * - shared: what each class adds to the score (sum of min(page share, entry share));
 * - page: each class's share of the page's mass; entry: of the entry's mass.
 * Means per pair of languages (page>entry), positives only unless `neg` is given. Also the mean core
 * sizes. `npx tsx scripts/dev/story-classes.ts [neg] [best]` (best: only each page's best entry).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadTxtCorpus, REPO_ROOT } from '../../core/corpus/node';
import { extractFeatures } from '../../core/story/features';
import { storyCore, storyDoc } from '../../core/story/index';
import { concept } from '../../core/concepts/index';
import type { Lang } from '../../core/types';
import { crosses, shares } from './_story-shares';

const neg = process.argv.includes('neg');
const onlyBest = process.argv.includes('best');
const root = join(REPO_ROOT, 'test', 'fixtures', 'devset');
function cls(k: string): string {
  if (k.startsWith('c:')) return concept(k.slice(2))?.type === 'nation' ? 'nation' : 'concept';
  return { p: 'name', n: 'number', k: 'count', d: 'day', t: 'term' }[k[0]] ?? '?';
}
const CLASSES = ['name', 'nation', 'concept', 'number', 'count', 'day', 'term'];
/** Mass each key loses (page-only) or leaves unmet (entry-only), summed over pairs, per language pair. */
const lost = new Map<string, Map<string, number>>();
const bump = (pair: string, key: string, v: number): void => {
  const m = lost.get(pair) ?? new Map<string, number>();
  m.set(key, (m.get(key) ?? 0) + v);
  lost.set(pair, m);
};
type Acc = { n: number; score: number; shared: Record<string, number>; page: Record<string, number>; entry: Record<string, number>; pageSize: number; entrySize: number; sharedN: number };
const acc = new Map<string, Acc>();
const zero = (): Record<string, number> => Object.fromEntries(CLASSES.map((c) => [c, 0]));
for (const story of readdirSync(root).sort()) {
  if (!existsSync(join(root, story, 'pages', 'manifest.json'))) continue;
  const corpus = loadTxtCorpus(join(root, story, 'corpus')).map((d) => ({ d, sd: storyDoc(d) }));
  const pages = JSON.parse(readFileSync(join(root, story, 'pages', 'manifest.json'), 'utf8')).articles as Array<{ id: string; lang?: Lang; sameStory: boolean }>;
  for (const p of pages) {
    if (p.sameStory === neg) continue;
    const text = readFileSync(join(root, story, 'pages', p.id), 'utf8');
    const lang = p.lang ?? 'fr';
    const feats = extractFeatures({ title: text.split('\n', 1)[0].trim(), text, lang });
    const rows: Array<{ score: number; ps: Map<string, number>; ds: Map<string, number>; pair: string }> = [];
    for (const { d, sd } of corpus) {
      const cross = d.lang !== lang;
      const ps = shares(cross ? storyCore(feats.filter((f) => crosses(f.key))) : storyCore(feats), cross);
      let best: { score: number; ds: Map<string, number> } | undefined;
      for (const part of sd.parts) {
        const ds = shares(part, cross);
        let s = 0;
        for (const [k, v] of ps) if (ds.has(k)) s += Math.min(v, ds.get(k)!);
        if (!best || s > best.score) best = { score: s, ds };
      }
      rows.push({ score: best!.score, ps, ds: best!.ds, pair: `${lang}>${d.lang}` });
    }
    rows.sort((a, b) => b.score - a.score);
    for (const r of onlyBest ? rows.slice(0, 1) : rows) {
      for (const key of [r.pair, `${story} ${r.pair}`]) {
        const a = acc.get(key) ?? { n: 0, score: 0, shared: zero(), page: zero(), entry: zero(), pageSize: 0, entrySize: 0, sharedN: 0 };
        a.n++;
        a.score += r.score;
        a.pageSize += r.ps.size;
        a.entrySize += r.ds.size;
        for (const [k, v] of r.ps) {
          a.page[cls(k)] += v;
          if (r.ds.has(k)) { a.shared[cls(k)] += Math.min(v, r.ds.get(k)!); a.sharedN++; }
        }
        for (const [k, v] of r.ds) a.entry[cls(k)] += v;
        if (!key.includes(' ')) {
          for (const [k, v] of r.ps) if (!r.ds.has(k)) bump(`${key} page-only`, `${story}:${k}`, v);
          for (const [k, v] of r.ds) if (!r.ps.has(k)) bump(`${key} entry-only`, `${story}:${k}`, v);
        }
        acc.set(key, a);
      }
    }
  }
}
const f = (x: number): string => x.toFixed(3);
console.log(`${neg ? 'negatives' : 'positives'}, ${onlyBest ? 'best entry' : 'all entries'}; per class: shared / page / entry`);
for (const [key, a] of [...acc].sort((x, y) => (x[0].includes(' ') ? 1 : 0) - (y[0].includes(' ') ? 1 : 0) || (x[0] < y[0] ? -1 : 1))) {
  const parts = CLASSES.map((c) => `${c} ${f(a.shared[c] / a.n)}/${f(a.page[c] / a.n)}/${f(a.entry[c] / a.n)}`);
  console.log(`${key.padEnd(20)} n=${String(a.n).padStart(3)} score ${f(a.score / a.n)} sizes ${(a.pageSize / a.n).toFixed(0)}/${(a.entrySize / a.n).toFixed(0)} shared ${(a.sharedN / a.n).toFixed(1)} | ${parts.join(' | ')}`);
}
if (process.argv.includes('lost')) {
  for (const [pair, m] of [...lost].sort()) {
    console.log(`\n${pair}: ` + [...m].sort((a, b) => b[1] - a[1]).slice(0, 60).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', '));
  }
}
