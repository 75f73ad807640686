/**
 * Dev probe: words spelled alike in French and English (a disease, a drug, a technical term) that a page and a corpus
 * article in the other language both give as plain words (t:), which never meet across languages. For every devset
 * page, its best cross-language entries: the shared spellings with each side's specificity.
 * `npx tsx scripts/dev/story-samespell.ts [filter]`
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadTxtCorpus, REPO_ROOT } from '../../core/corpus/node';
import { extractFeatures } from '../../core/story/features';
import { storyDoc } from '../../core/story/index';
import { rarity } from '../../core/story/background';
import type { Lang } from '../../core/types';

const filter = process.argv[2] ?? '';
const root = join(REPO_ROOT, 'test', 'fixtures', 'devset');
for (const story of readdirSync(root).sort()) {
  if (!existsSync(join(root, story, 'pages', 'manifest.json'))) continue;
  const corpus = loadTxtCorpus(join(root, story, 'corpus'));
  const docs = corpus.map((d) => storyDoc(d));
  const pages = JSON.parse(readFileSync(join(root, story, 'pages', 'manifest.json'), 'utf8')).articles as Array<{ id: string; lang?: Lang; sameStory: boolean }>;
  for (const p of pages) {
    if (filter && !`${story}/${p.id}`.includes(filter)) continue;
    const text = readFileSync(join(root, story, 'pages', p.id), 'utf8');
    const lang = p.lang ?? 'fr';
    const feats = extractFeatures({ title: text.split('\n', 1)[0].trim(), text, lang });
    const terms = new Map(feats.filter((f) => f.key.startsWith('t:')).map((f) => [f.key.slice(5), f] as const));
    const hits = new Map<string, number>();
    let nOther = 0;
    for (const d of docs) {
      if (d.lang === lang) continue;
      nOther++;
      for (const [key, sal] of d.parts[0]) {
        if (!key.startsWith('t:')) continue;
        const f = terms.get(key.slice(5));
        if (f) hits.set(key.slice(5), (hits.get(key.slice(5)) ?? 0) + 1);
      }
    }
    if (!hits.size) continue;
    const other: Lang = lang === 'en' ? 'fr' : 'en';
    console.log(`${story} ${p.id} ${p.sameStory ? 'same' : 'DIFF'} (${nOther} docs in ${other}): ` + [...hits].sort((a, b) => b[1] - a[1]).map(([w, n]) => `${w}x${n} (${rarity(w, lang).toFixed(2)}/${rarity(w, other).toFixed(2)})`).join(', '));
  }
}
