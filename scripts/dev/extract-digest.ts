/**
 * One digest of extractFigures' whole output over every text the repository keeps for it: each devset corpus
 * article and page (its language and publication day), the bundled French articles, the story fixtures, the
 * figure fixtures and both figure-bench texts (scripts/bench/figures.ts, one 20,000-character page each). A
 * speed change must leave it unchanged (speed19). Never reads test/fixtures/holdout/.
 * usage: npx tsx scripts/dev/extract-digest.ts [core folder, default ./core]   (VERBOSE=1: a digest per group)
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { devsetTexts } from './_devset-texts';

const ROOT = process.cwd();
const CORE = resolve(process.argv[2] ?? join(ROOT, 'core'));
const { extractFigures } = await import(join(CORE, 'figures', 'index.ts'));

type Text = { name: string; text: string; lang: 'fr' | 'en'; published?: string };
const groups: Record<string, Text[]> = { devset: [], bundled: [], story: [], figures: [], bench: [] };

groups.devset.push(...devsetTexts(ROOT));
const bundledDir = join(ROOT, 'assets', 'corpus');
const bundled = readdirSync(bundledDir).filter((f) => f.endsWith('.txt')).sort();
for (const f of bundled) groups.bundled.push({ name: f, text: readFileSync(join(bundledDir, f), 'utf8'), lang: 'fr' });
const storyDir = join(ROOT, 'test', 'fixtures', 'story');
for (const f of readdirSync(storyDir).filter((f) => f.endsWith('.txt')).sort()) {
  groups.story.push({ name: f, text: readFileSync(join(storyDir, f), 'utf8'), lang: f.includes('en-') ? 'en' : 'fr' });
}
const figDir = join(ROOT, 'test', 'fixtures', 'figures');
const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]);
if (existsSync(figDir)) for (const f of walk(figDir).filter((f) => f.endsWith('.txt')).sort()) {
  groups.figures.push({ name: f, text: readFileSync(f, 'utf8'), lang: /(^|[/_-])en[/_.-]/.test(f.slice(figDir.length)) ? 'en' : 'fr' });
}
const EN_SAMPLE =
  'More than 600,000 Russian soldiers have been killed or wounded, NATO chief Mark Rutte said on Monday. ' +
  'North Korea has sent between 10,000 and 12,000 troops to Russia, according to South Korean intelligence, ' +
  'and some 1,500 special forces were already there by October 27. Up to 12,000 may follow; about 3.5 million ' +
  'people fled, and twenty-one villages were hit within 7 km of Pokrovsk at around 10 p.m.\n';
const page = (seed: string): string => { let p = ''; while (p.length < 20_000) p += seed; return p; };
groups.bench.push({ name: 'en', text: page(EN_SAMPLE), lang: 'en' });
groups.bench.push({ name: 'fr', text: page(groups.bundled.map((t) => t.text).join('\n') + '\n'), lang: 'fr' });

const all = createHash('sha1');
let figures = 0;
let texts = 0;
for (const [g, list] of Object.entries(groups)) {
  const h = createHash('sha1');
  for (const t of list) {
    // Both languages for every text: a rule of the other language's path must not move either.
    for (const lang of [t.lang, t.lang === 'en' ? 'fr' : 'en'] as const) {
      const out = extractFigures(t.text, lang, t.published ? { published: t.published } : {});
      figures += out.length;
      const s = JSON.stringify([t.name, lang, out]);
      h.update(s);
      all.update(s);
    }
    texts++;
  }
  if (process.env.VERBOSE) console.log(`${g}: ${list.length} texts ${h.digest('hex').slice(0, 12)}`);
}
console.log(`extraction digest ${all.digest('hex').slice(0, 12)} (${texts} texts, both languages each, ${figures} figures)`);
