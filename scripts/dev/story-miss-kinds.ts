/**
 * Dev probe (story42): the development set's same-story pages under the bar and its negatives over it, each with
 * what kind of page it is (language against the corpus's, length) and, for its best corpus entry, the raw overlap by
 * feature class as story-classes.ts reads it (before dates, counts and cognates), and the shared keys that carry it.
 * Reads a story-quick.ts output for the scores (dated column): `npx tsx scripts/dev/story-miss-kinds.ts /tmp/sq.txt`;
 * `STORY_NEG_FROM=0.25` also lists the negatives from 0.25 up.
 * Development set only: never reads the held-out set.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTxtCorpus, REPO_ROOT } from '../../core/corpus/node';
import { extractFeatures } from '../../core/story/features';
import { storyCore, storyDoc } from '../../core/story/index';
import { SAME_STORY_THRESHOLD } from '../../core/story/threshold';
import { concept } from '../../core/concepts/index';
import type { Lang } from '../../core/types';
import { crosses, shares } from './_story-shares';

const root = join(REPO_ROOT, 'test', 'fixtures', 'devset');
const CLASSES = ['name', 'nation', 'concept', 'number', 'count', 'day', 'term'];
function cls(k: string): string {
  if (k.startsWith('c:')) return concept(k.slice(2))?.type === 'nation' ? 'nation' : 'concept';
  return { p: 'name', n: 'number', k: 'count', d: 'day', t: 'term' }[k[0]] ?? '?';
}
const rows = readFileSync(process.argv[2], 'utf8').split('\n').map((l) => l.split(' ')).filter((r) => r.length >= 6 && r[0] !== 'bundled' && (r[2] === 'same' || r[2] === 'diff'));
// Negatives from STORY_NEG_FROM (default: the bar) up: those just under it are the ones a lifted score would carry over.
const negFrom = Number(process.env.STORY_NEG_FROM ?? SAME_STORY_THRESHOLD);
const wanted = rows.filter((r) => (r[2] === 'same' && +r[4] < SAME_STORY_THRESHOLD) || (r[2] === 'diff' && +r[4] >= negFrom));
const corpora = new Map<string, Array<{ lang: Lang; parts: Array<Array<[string, number]>> }>>();
for (const [story, langS, kind, , dated, id] of wanted) {
  const lang = langS as Lang;
  if (!corpora.has(story)) corpora.set(story, loadTxtCorpus(join(root, story, 'corpus')).map((d) => ({ lang: d.lang, parts: storyDoc(d).parts })));
  const corpus = corpora.get(story)!;
  const text = readFileSync(join(root, story, 'pages', id), 'utf8');
  const feats = extractFeatures({ title: text.split('\n', 1)[0].trim(), text, lang });
  const corpusLang = corpus.filter((d) => d.lang === 'en').length * 2 > corpus.length ? 'en' : 'fr';
  let best = { score: -1, by: {} as Record<string, number>, keys: [] as string[] };
  for (const d of corpus) {
    const cross = d.lang !== lang;
    const ps = shares(cross ? storyCore(feats.filter((f) => crosses(f.key))) : storyCore(feats), cross);
    for (const part of d.parts) {
      const ds = shares(part, cross);
      let s = 0;
      const by: Record<string, number> = Object.fromEntries(CLASSES.map((c) => [c, 0]));
      const keys: Array<[string, number]> = [];
      for (const [k, v] of ps) if (ds.has(k)) { const m = Math.min(v, ds.get(k)!); s += m; by[cls(k)] += m; keys.push([k, m]); }
      if (s > best.score) best = { score: s, by, keys: keys.sort((a, b) => b[1] - a[1]).map(([k]) => k) };
    }
  }
  const by = CLASSES.map((c) => `${c.slice(0, 4)} ${best.by[c].toFixed(2)}`).join(' ');
  console.log(`${kind} ${story} ${lang}${lang === corpusLang ? '=' : '>'}${corpusLang} ${dated} chars ${text.length} raw ${best.score.toFixed(2)} | ${by} | ${best.keys.slice(0, 8).join(' ')} | ${id}`);
}
