/**
 * Dev probe: do French pages score lower than English ones because of their language, or because of the
 * route and the pages? Each devset story's corpus and same-story pages are pooled (every one is on the
 * story) and every ordered pair is scored, so each pair of languages is measured on the same documents:
 * - `match`: the score StoryIndex.match gives (same language: the whole core, words included; across
 *   languages: the features that cross), undated;
 * - `crossing`: both sides' 40 strongest crossing features only, one route for every pair, split by class
 *   (shared share / the first side's mass).
 * Then, per language of a document, its core's share of plain words (t:) and their count.
 * `npx tsx scripts/dev/story-lang-gap.ts`
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadTxtCorpus, REPO_ROOT } from '../../core/corpus/node';
import { extractFeatures } from '../../core/story/features';
import { storyCore, storyDoc, StoryIndex } from '../../core/story/index';
import { concept } from '../../core/concepts/index';
import type { Lang } from '../../core/types';
import { crosses } from './_story-shares';

type Doc = { id: string; title: string; text: string; lang: Lang };
const cls = (k: string): string => (k.startsWith('c:') ? (concept(k.slice(2))?.type === 'nation' ? 'nation' : 'concept') : ({ p: 'name', n: 'number', k: 'count', d: 'day' } as Record<string, string>)[k[0]]);
const CLASSES = ['name', 'nation', 'concept', 'number', 'count', 'day'];
const root = join(REPO_ROOT, 'test', 'fixtures', 'devset');
const mean = (xs: number[]): string => (xs.length ? (xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(3) : 'n/a');
const terms: Record<string, { share: number; n: number; docs: number }> = { fr: { share: 0, n: 0, docs: 0 }, en: { share: 0, n: 0, docs: 0 } };
for (const story of readdirSync(root).sort().filter((s) => existsSync(join(root, s, 'corpus')))) {
  const docs: Doc[] = loadTxtCorpus(join(root, story, 'corpus'));
  const pages = JSON.parse(readFileSync(join(root, story, 'pages', 'manifest.json'), 'utf8')).articles as Array<{ id: string; lang?: Lang; sameStory: boolean }>;
  for (const p of pages.filter((x) => x.sameStory)) {
    const text = readFileSync(join(root, story, 'pages', p.id), 'utf8');
    docs.push({ id: `page/${p.id}`, title: text.split('\n', 1)[0].trim(), text, lang: p.lang ?? 'fr' });
  }
  const idx = StoryIndex.of(docs);
  const crossing = docs.map((d) => {
    const core = storyCore(extractFeatures(d).filter((f) => crosses(f.key)));
    const total = core.reduce((a, e) => a + e[1], 0) || 1;
    return new Map(core.map(([k, s]) => [k, s / total] as const));
  });
  const rows: Record<string, { match: number[]; crossing: number[]; shared: Record<string, number>; mass: Record<string, number> }> = {};
  docs.forEach((d, i) => {
    const core = storyDoc(d).parts[0];
    const total = core.reduce((a, e) => a + e[1], 0) || 1;
    const t = terms[d.lang];
    t.docs++;
    for (const [k, s] of core) if (!crosses(k)) { t.share += s / total; t.n++; }
    const scored = new Map(idx.match({ ...d, selfId: d.id }, { threshold: -Infinity }).map((s) => [s.id, s.score] as const));
    docs.forEach((e, j) => {
      if (i === j) return;
      const r = (rows[`${d.lang}>${e.lang}`] ??= { match: [], crossing: [], shared: {}, mass: {} });
      r.match.push(scored.get(e.id) ?? 0);
      let sum = 0;
      for (const [k, v] of crossing[i]) {
        r.mass[cls(k)] = (r.mass[cls(k)] ?? 0) + v;
        const w = crossing[j].get(k);
        if (w === undefined) continue;
        sum += Math.min(v, w);
        r.shared[cls(k)] = (r.shared[cls(k)] ?? 0) + Math.min(v, w);
      }
      r.crossing.push(sum);
    });
  });
  for (const [pair, r] of Object.entries(rows).sort()) {
    const n = r.match.length;
    console.log(`${story.padEnd(9)} ${pair} n=${String(n).padStart(3)} match ${mean(r.match)} crossing ${mean(r.crossing)} | ${CLASSES.map((c) => `${c} ${((r.shared[c] ?? 0) / n).toFixed(3)}/${((r.mass[c] ?? 0) / n).toFixed(2)}`).join(' ')}`);
  }
}
for (const [lang, t] of Object.entries(terms)) console.log(`${lang} documents: plain words (t:) hold ${(t.share / t.docs).toFixed(3)} of the core's mass, ${(t.n / t.docs).toFixed(1)} of its 40 places`);
