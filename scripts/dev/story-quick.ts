/**
 * Dev probe: every devset page's best same-story score, read from its text alone (dated by its address or dateline)
 * and with its manifest's day, as `npm run eval`'s story section reads them, in a few seconds; then the bundled
 * corpus's leave-one-out lowest pair and its fixtures' scores. One line per page, to diff before and after a change.
 * `npx tsx scripts/dev/story-quick.ts > /tmp/a.txt`
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadTxtCorpus, loadBundledCorpus, REPO_ROOT } from '../../core/corpus/node';
import { StoryIndex } from '../../core/story/index';
import { datelineDay } from '../../core/dates/dateline';
import { urlDay } from '../../core/dates/url';
import type { Lang } from '../../core/types';
import { guessLang } from '../../core/text/lang';

const root = join(REPO_ROOT, 'test', 'fixtures', 'devset');
for (const story of readdirSync(root).sort()) {
  if (!existsSync(join(root, story, 'pages', 'manifest.json'))) continue;
  const idx = StoryIndex.of(loadTxtCorpus(join(root, story, 'corpus')));
  const pages = JSON.parse(readFileSync(join(root, story, 'pages', 'manifest.json'), 'utf8')).articles as Array<{ id: string; lang?: Lang; sameStory: boolean; url?: string; published?: string }>;
  for (const p of pages) {
    const text = readFileSync(join(root, story, 'pages', p.id), 'utf8');
    const lang = p.lang ?? 'fr';
    const title = text.split('\n', 1)[0].trim();
    const undated = idx.match({ title, text, lang, published: urlDay(p.url) ?? datelineDay(text, lang) ?? undefined }, { threshold: -Infinity })[0];
    const dated = p.published ? idx.match({ title, text, lang, published: p.published }, { threshold: -Infinity })[0] : undated;
    console.log(`${story} ${lang} ${p.sameStory ? 'same' : 'diff'} ${(undated?.score ?? 0).toFixed(3)} ${(dated?.score ?? 0).toFixed(3)} ${p.id} ${dated?.id ?? '-'}`);
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
