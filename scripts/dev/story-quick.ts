/**
 * Dev probe: every devset page's best same-story score, read from its text alone (dated by its address or dateline)
 * and with its manifest's day, as `npm run eval`'s story section reads them, in a few seconds; then the bundled
 * corpus's leave-one-out lowest pair and its fixtures' scores. One line per page, to diff before and after a change.
 * `npx tsx scripts/dev/story-quick.ts > /tmp/a.txt`
 *
 * `--verdict` adds a last column to each devset line, `in` or `out`: whether the dated page matches at the default
 * threshold (`idx.match(page).length > 0`), as the eval counts it. The scores are rounded to 3 decimals by
 * `StoryIndex.match`, so a page at 0.3495 prints 0.350 and is still `out`: count recall from this column, not from the
 * scores (session 46's fit counted from the rounded scores and read one page as passing that does not).
 *
 * STORY_FIT='{"cw":{"date":1.0},"k":{"conflict":0.5}}' sets one setting of the story weights for a fit (session 46,
 * `docs/process/scripts/story-fit-cv.py`): the JSON is put on `globalThis.__FIT_CW` (class weights) and
 * `globalThis.__FIT_K` (conflict, tally) before core/ is loaded. core/ reads no globals: the fit needs a temporary
 * hook in core/story/index.ts, never committed (spread `...((globalThis as any).__FIT_CW ?? {})` at the end of
 * CLASS_WEIGHT; read COUNT_CONFLICT_WEIGHT and TALLY_SHARED_WEIGHT from `(globalThis as any).__FIT_K`, defaulting
 * to 1). Without the hook every setting would print the committed weights' scores, so the probe stops with an error
 * when STORY_FIT names a setting and core/ did not read it.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../core/types';

const verdict = process.argv.includes('--verdict');
const fit = JSON.parse(process.env.STORY_FIT || '{}') as { cw?: Record<string, number>; k?: Record<string, number> };
const fitRead = { cw: false, k: false };
// Getters, not plain values: they record whether core/ read the setting, so a run without the hook fails loudly.
Object.defineProperty(globalThis, '__FIT_CW', { configurable: true, get: () => ((fitRead.cw = true), fit.cw ?? {}) });
Object.defineProperty(globalThis, '__FIT_K', { configurable: true, get: () => ((fitRead.k = true), fit.k ?? {}) });
// Imported after the globals are set: the hook reads them when core/story/index.ts is evaluated.
const { loadTxtCorpus, loadBundledCorpus, REPO_ROOT } = await import('../../core/corpus/node');
const { StoryIndex } = await import('../../core/story/index');
const { datelineDay } = await import('../../core/dates/dateline');
const { urlDay } = await import('../../core/dates/url');
const { guessLang } = await import('../../core/text/lang');
const unread = [fit.cw && Object.keys(fit.cw).length && !fitRead.cw ? 'cw' : '', fit.k && Object.keys(fit.k).length && !fitRead.k ? 'k' : ''].filter(Boolean);
if (unread.length) {
  throw new Error(`STORY_FIT sets ${unread.join(' and ')} but core/story/index.ts never read globalThis.__FIT_${unread[0].toUpperCase()}: add the temporary hook described in this script's header (never commit it); without it every setting prints the committed weights`);
}

const root = join(REPO_ROOT, 'test', 'fixtures', 'devset');
for (const story of readdirSync(root).sort()) {
  if (!existsSync(join(root, story, 'pages', 'manifest.json'))) continue;
  const idx = StoryIndex.of(loadTxtCorpus(join(root, story, 'corpus')));
  const pages = JSON.parse(readFileSync(join(root, story, 'pages', 'manifest.json'), 'utf8')).articles as Array<{ id: string; lang?: Lang; sameStory: boolean; url?: string; published?: string }>;
  for (const p of pages) {
    const text = readFileSync(join(root, story, 'pages', p.id), 'utf8');
    const lang = p.lang ?? 'fr';
    const title = text.split('\n', 1)[0].trim();
    const undatedPage = { title, text, lang, published: urlDay(p.url) ?? datelineDay(text, lang) ?? undefined };
    const datedPage = p.published ? { title, text, lang, published: p.published } : undatedPage;
    const undated = idx.match(undatedPage, { threshold: -Infinity })[0];
    const dated = p.published ? idx.match(datedPage, { threshold: -Infinity })[0] : undated;
    const shown = verdict ? ` ${idx.match(datedPage).length > 0 ? 'in' : 'out'}` : '';
    console.log(`${story} ${lang} ${p.sameStory ? 'same' : 'diff'} ${(undated?.score ?? 0).toFixed(3)} ${(dated?.score ?? 0).toFixed(3)} ${p.id} ${dated?.id ?? '-'}${shown}`);
  }
}
const corpus = loadBundledCorpus();
let looMin = Infinity;
for (const page of corpus) {
  const idx = StoryIndex.of(corpus.filter((d) => d.id !== page.id));
  for (const s of idx.match(page, { threshold: -Infinity })) looMin = Math.min(looMin, s.score);
}
console.log(`bundled leave-one-out lowest pair ${looMin.toFixed(3)}`);
const idx = StoryIndex.of(corpus);
const dir = join(REPO_ROOT, 'test', 'fixtures', 'story');
const cases: Record<string, boolean> = JSON.parse(readFileSync(join(dir, 'expectations.json'), 'utf8')).cases;
for (const [file, expected] of Object.entries(cases)) {
  const text = readFileSync(join(dir, file), 'utf8');
  const title = text.split('\n', 1)[0];
  const lang = guessLang(text);
  const b = idx.match({ title, text: text.slice(title.length + 1), lang }, { threshold: -Infinity })[0];
  console.log(`bundled ${lang} ${expected ? 'same' : 'diff'} ${(b?.score ?? 0).toFixed(3)} ${file}`);
}
