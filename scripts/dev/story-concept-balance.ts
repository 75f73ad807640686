/**
 * Dev probe (kept for the next reader of these misses): does the concept table read French and English news alike? For every concept the story
 * features read (c:<id>), its rate per 1,000 words in the devset's French texts and in its English texts
 * (corpora and pages of every story, the held-out set never). A concept far more frequent in one language
 * has forms that language uses and the other's list lacks (or a form read too widely): its mass meets
 * nothing across languages. `npx tsx scripts/dev/story-concept-balance.ts [min-rate]`.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../core/corpus/node';
import { extractFeatures } from '../../core/story/features';
import { words } from '../../core/text/words';
import { guessLang } from '../../core/text/lang';

const root = join(REPO_ROOT, 'test', 'fixtures', 'devset');
// Per story, so that a topic one language covers more (the budget in English) is not read as a gap of the table.
const perStory = new Map<string, { count: Record<string, Map<string, number>>; nwords: Record<string, number> }>();
let count: Record<string, Map<string, number>> = { fr: new Map(), en: new Map() };
let nwords: Record<string, number> = { fr: 0, en: 0 };
const example: Record<string, Map<string, Map<string, number>>> = { fr: new Map(), en: new Map() };
for (const story of readdirSync(root).sort().filter((s) => existsSync(join(root, s, 'corpus')))) {
  count = { fr: new Map(), en: new Map() };
  nwords = { fr: 0, en: 0 };
  perStory.set(story, { count, nwords });
  for (const sub of ['corpus', 'pages']) {
    const dir = join(root, story, sub);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      const text = readFileSync(join(dir, f), 'utf8');
      const lang = guessLang(text);
      nwords[lang] += words(text).length;
      // Weight 1 per mention: read the text as body only (no title, no lead weight would be 2).
      for (const ft of extractFeatures({ title: '', text, lang })) {
        if (!ft.key.startsWith('c:')) continue;
        const mentions = ft.weight; // body 1, lead 2: close enough to a count for a balance
        count[lang].set(ft.key, (count[lang].get(ft.key) ?? 0) + mentions);
        const ex = example[lang].get(ft.key) ?? new Map<string, number>();
        ex.set(ft.display.toLowerCase(), (ex.get(ft.display.toLowerCase()) ?? 0) + 1);
        example[lang].set(ft.key, ex);
      }
    }
  }
}
const min = Number(process.argv[2] ?? 0.3);
const allKeys = new Set<string>();
for (const { count: c } of perStory.values()) for (const k of [...c.fr.keys(), ...c.en.keys()]) allKeys.add(k);
const rows = [...allKeys].map((k) => {
  // Mean rates over the stories, and the mean of each story's log ratio (the table's gap, topics apart).
  let fr = 0, en = 0, ratio = 0, n = 0;
  for (const { count: c, nwords: w } of perStory.values()) {
    const a = (1000 * (c.fr.get(k) ?? 0)) / w.fr;
    const b = (1000 * (c.en.get(k) ?? 0)) / w.en;
    if (a + b === 0) continue;
    fr += a; en += b; ratio += Math.log2((a + 0.1) / (b + 0.1)); n++;
  }
  return { k, fr: fr / perStory.size, en: en / perStory.size, ratio: ratio / n, n };
}).filter((r) => Math.max(r.fr, r.en) >= min).sort((a, b) => Math.abs(b.ratio) - Math.abs(a.ratio));
console.log('rate per 1,000 words (mean over stories); mean log2 ratio fr/en over the stories naming it');
const top = (lang: 'fr' | 'en', k: string): string => [...(example[lang].get(k) ?? new Map())].sort((a, b) => b[1] - a[1]).slice(0, 4).map((e) => e[0]).join('/');
for (const r of rows.slice(0, 40)) console.log(`${r.k.padEnd(24)} fr ${r.fr.toFixed(2)} en ${r.en.toFixed(2)} ratio ${r.ratio.toFixed(1)} (${r.n})  fr: ${top('fr', r.k)}  en: ${top('en', r.k)}`);
