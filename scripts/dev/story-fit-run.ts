/**
 * Dev probe (story46): every devset page's best same-story score with its manifest's day (story-quick's dated column),
 * plus the bundled corpus's leave-one-out lowest pair and fixtures, for one setting of the story weights given as JSON in
 * STORY_FIT (`{"cw":{"topic":0.5},"k":{"tally":1}}`), read by core/story/index.ts through a temporary hook that is never
 * committed (core/ reads no globals): spread `...((globalThis as any).__FIT_CW ?? {})` at the end of CLASS_WEIGHT, and
 * read COUNT_CONFLICT_WEIGHT and TALLY_SHARED_WEIGHT from `(globalThis as any).__FIT_K` (conflict, tally), defaulting to 1.
 * Without the hook every setting gives the committed weights' scores.
 * `STORY_FIT='{...}' npx tsx scripts/dev/story-fit-run.ts > out.txt`; session 46 ran it once per setting and selected
 * by leave-one-story-out cross-validation (docs/process/story46-weights.txt). Development set only.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const fit = JSON.parse(process.env.STORY_FIT ?? '{}');
(globalThis as any).__FIT_CW = fit.cw ?? {};
(globalThis as any).__FIT_K = fit.k ?? {};
const { loadTxtCorpus, loadBundledCorpus, REPO_ROOT } = await import('../../core/corpus/node');
const { StoryIndex } = await import('../../core/story/index');
const { datelineDay } = await import('../../core/dates/dateline');
const { urlDay } = await import('../../core/dates/url');
const { guessLang } = await import('../../core/text/lang');

const root = join(REPO_ROOT, 'test', 'fixtures', 'devset');
for (const story of readdirSync(root).sort()) {
  if (!existsSync(join(root, story, 'pages', 'manifest.json'))) continue;
  const idx = StoryIndex.of(loadTxtCorpus(join(root, story, 'corpus')));
  const pages = JSON.parse(readFileSync(join(root, story, 'pages', 'manifest.json'), 'utf8')).articles as Array<{ id: string; lang?: 'fr' | 'en'; sameStory: boolean; url?: string; published?: string }>;
  for (const p of pages) {
    const text = readFileSync(join(root, story, 'pages', p.id), 'utf8');
    const lang = p.lang ?? 'fr';
    const title = text.split('\n', 1)[0].trim();
    const published = p.published ?? urlDay(p.url) ?? datelineDay(text, lang) ?? undefined;
    const dated = idx.match({ title, text, lang, published }, { threshold: -Infinity })[0];
    console.log(`${story} ${lang} ${p.sameStory ? 'same' : 'diff'} ${(dated?.score ?? 0).toFixed(4)} ${p.id}`);
  }
}
const corpus = loadBundledCorpus();
let looMin = Infinity;
for (const page of corpus) {
  const idx = StoryIndex.of(corpus.filter((d) => d.id !== page.id));
  for (const s of idx.match(page, { threshold: -Infinity })) looMin = Math.min(looMin, s.score);
}
console.log(`bundled-loo x x ${looMin.toFixed(4)} lowest-pair`);
const idx = StoryIndex.of(corpus);
const dir = join(REPO_ROOT, 'test', 'fixtures', 'story');
const cases: Record<string, boolean> = JSON.parse(readFileSync(join(dir, 'expectations.json'), 'utf8')).cases;
for (const [file, expected] of Object.entries(cases)) {
  const text = readFileSync(join(dir, file), 'utf8');
  const title = text.split('\n', 1)[0];
  const lang = guessLang(text);
  const b = idx.match({ title, text: text.slice(title.length + 1), lang }, { threshold: -Infinity })[0];
  console.log(`bundled ${lang} ${expected ? 'same' : 'diff'} ${(b?.score ?? 0).toFixed(4)} ${file}`);
}
