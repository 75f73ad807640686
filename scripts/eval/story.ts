/**
 * Same-story accuracy: leave-one-out over the bundled corpus, the story fixtures (texts we wrote,
 * French and English, with hard negatives), and every real page of ../shared/pages/readability
 * (none of them is on the story: each must get a "no").
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadBundledCorpus, REPO_ROOT, SHARED_DIR } from '../../cli/corpus-files';
import { StoryIndex } from '../../core/story/index';
import { guessLang } from '../../core/text/lang';
import { extractFromHtml } from '../../extract/article';
import { pageHtmlFromFile } from '../../cli/readerable-html';

export default async function evalStory(): Promise<void> {
  console.log('\n## Same story');
  const corpus = loadBundledCorpus();

  let looPairs = 0;
  let looFound = 0;
  let looWrong = 0;
  for (const page of corpus) {
    const idx = new StoryIndex();
    for (const d of corpus) if (d.id !== page.id) idx.add(d);
    const found = idx.match(page);
    looPairs += corpus.length - 1;
    looFound += found.length;
    looWrong += found.filter((s) => s.id === page.id).length;
  }
  console.log(`leave-one-out: ${looFound}/${looPairs} same-story pairs found, ${looWrong} self-matches`);

  const idx = new StoryIndex();
  for (const d of corpus) idx.add(d);
  const dir = join(REPO_ROOT, 'test', 'fixtures', 'story');
  const cases: Record<string, boolean> = JSON.parse(readFileSync(join(dir, 'expectations.json'), 'utf8')).cases;
  const rows: string[] = [];
  let right = 0;
  for (const [file, expected] of Object.entries(cases)) {
    const text = readFileSync(join(dir, file), 'utf8');
    const title = text.split('\n', 1)[0];
    const lang = guessLang(text);
    const all = idx.match({ title, text: text.slice(title.length + 1), lang }, { threshold: 0 });
    const got = idx.match({ title, text: text.slice(title.length + 1), lang }).length > 0;
    if (got === expected) right++;
    rows.push(`  ${got === expected ? 'ok ' : 'BAD'} ${lang} ${expected ? 'same' : 'diff'}  best ${(all[0]?.score ?? 0).toFixed(2)}  ${file}`);
  }
  console.log(`fixtures (ours, FR+EN, hard negatives): ${right}/${Object.keys(cases).length} right`);
  console.log(rows.join('\n'));

  const pagesDir = join(SHARED_DIR, 'pages', 'readability');
  if (!existsSync(pagesDir)) {
    console.log('real pages: skipped (../shared/pages/readability is absent)');
    return;
  }
  let pages = 0;
  let articles = 0;
  let falsePositives = 0;
  const extractMs: number[] = [];
  for (const name of readdirSync(pagesDir).sort()) {
    const file = join(pagesDir, name, 'source.html');
    if (!existsSync(file)) continue;
    pages++;
    const html = readFileSync(file, 'utf8');
    const t0 = performance.now();
    const serialized = pageHtmlFromFile(html);
    const art = serialized === null ? null : extractFromHtml(serialized);
    extractMs.push(performance.now() - t0);
    if (!art) continue;
    articles++;
    const found = idx.match(art);
    if (found.length) {
      falsePositives++;
      console.log(`  false positive: ${name} -> ${found.map((s) => `${s.id}=${s.score}`).join(', ')}`);
    }
  }
  extractMs.sort((a, b) => a - b);
  console.log(`real pages: ${pages} visited, ${articles} read as articles, ${falsePositives} wrongly judged on the story (check + serialise + extract median ${extractMs[extractMs.length >> 1].toFixed(1)} ms)`);
}
