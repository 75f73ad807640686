/**
 * Same-story accuracy, on one scale for every story and both languages:
 * - the bundled corpus: leave-one-out, the story fixtures (texts we wrote, French and English, with
 *   hard negatives), and every real page of ../shared/pages/readability (none of them is on the story);
 * - the development set (test/fixtures/devset/<story>/): each story's corpus against its same-story
 *   pages and hard negatives.
 * Per story and page language it prints recall, false matches, the lowest positive and the highest
 * negative best score; then, over everything, the margin between them and a leave-one-story-out check
 * of the threshold (a threshold chosen on the other stories, applied to the held-out one).
 * `STORY_VERBOSE=1` lists every page with its best score and why.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadBundledCorpus, loadTxtCorpus, REPO_ROOT, SHARED_DIR } from '../../core/corpus/node';
import { StoryIndex, SAME_STORY_THRESHOLD } from '../../core/story/index';
import { guessLang } from '../../core/text/lang';
import { extractFromHtml } from '../../extract/article';
import { pageHtmlFromFile } from '../../cli/readerable-html';
import type { Lang, SourceMatch } from '../../core/types';

/** `best` is the page's best score read from its text alone; `dated` the same with the page's known publication day. */
interface Scored { story: string; lang: Lang; page: string; same: boolean; best: number; dated: number; why: string[] }

const verbose = !!process.env.STORY_VERBOSE;

function best(idx: StoryIndex, page: { title: string; text: string; lang: Lang; selfId?: string; published?: string }): SourceMatch | undefined {
  return idx.match(page, { threshold: -Infinity })[0];
}

function bundled(scored: Scored[]): void {
  const corpus = loadBundledCorpus();
  let looPairs = 0;
  let looFound = 0;
  let looWrong = 0;
  let looMin = Infinity;
  for (const page of corpus) {
    const idx = StoryIndex.of(corpus.filter((d) => d.id !== page.id));
    const found = idx.match(page);
    looPairs += corpus.length - 1;
    looFound += found.length;
    looWrong += found.filter((s) => s.id === page.id).length;
    for (const s of idx.match(page, { threshold: -Infinity })) looMin = Math.min(looMin, s.score);
  }
  console.log(`bundled leave-one-out: ${looFound}/${looPairs} same-story pairs found, ${looWrong} self-matches, lowest pair ${looMin.toFixed(3)}`);

  const idx = StoryIndex.of(corpus);
  const dir = join(REPO_ROOT, 'test', 'fixtures', 'story');
  const cases: Record<string, boolean> = JSON.parse(readFileSync(join(dir, 'expectations.json'), 'utf8')).cases;
  let right = 0;
  for (const [file, expected] of Object.entries(cases)) {
    const text = readFileSync(join(dir, file), 'utf8');
    const title = text.split('\n', 1)[0];
    const lang = guessLang(text);
    const page = { title, text: text.slice(title.length + 1), lang };
    const got = idx.match(page).length > 0;
    if (got === expected) right++;
    const b = best(idx, page);
    scored.push({ story: 'bundled', lang, page: file, same: expected, best: b?.score ?? 0, dated: b?.score ?? 0, why: b?.why ?? [] });
  }
  console.log(`bundled fixtures (ours, FR+EN, hard negatives): ${right}/${Object.keys(cases).length} right`);

  const pagesDir = join(SHARED_DIR, 'pages', 'readability');
  if (!existsSync(pagesDir) || process.env.STORY_REAL === '0') {
    console.log('real pages: skipped');
    return;
  }
  let pages = 0;
  let articles = 0;
  let falsePositives = 0;
  for (const name of readdirSync(pagesDir).sort()) {
    const file = join(pagesDir, name, 'source.html');
    if (!existsSync(file)) continue;
    pages++;
    const serialized = pageHtmlFromFile(readFileSync(file, 'utf8'));
    const art = serialized === null ? null : extractFromHtml(serialized);
    if (!art) continue;
    articles++;
    const found = idx.match(art);
    if (found.length) {
      falsePositives++;
      console.log(`  false positive: ${name} -> ${found.map((s) => `${s.id}=${s.score}`).join(', ')}`);
    }
    // A real page keeps the date its metadata gives (the extension reads it the same way).
    const b = best(idx, art);
    scored.push({ story: 'real', lang: art.lang, page: name, same: false, best: b?.score ?? 0, dated: b?.score ?? 0, why: b?.why ?? [] });
  }
  console.log(`real pages: ${pages} visited, ${articles} read as articles, ${falsePositives} wrongly judged on the story`);
}

function devset(scored: Scored[]): void {
  const root = join(REPO_ROOT, 'test', 'fixtures', 'devset');
  if (!existsSync(root)) return;
  for (const name of readdirSync(root).sort()) {
    const dir = join(root, name);
    if (!existsSync(join(dir, 'pages', 'manifest.json'))) continue;
    const idx = StoryIndex.of(loadTxtCorpus(join(dir, 'corpus')));
    const pages = (JSON.parse(readFileSync(join(dir, 'pages', 'manifest.json'), 'utf8')) as { articles: Array<{ id: string; lang?: Lang; sameStory: boolean; published?: string }> }).articles;
    for (const p of pages) {
      const text = readFileSync(join(dir, 'pages', p.id), 'utf8');
      const lang: Lang = p.lang ?? 'fr';
      // Devset pages are stored as text: the headline score does not know their day (the manifest's
      // `published` was read by hand from the page); the dated score is what a page with a metadata date gets.
      const title = text.split('\n', 1)[0].trim();
      const b = best(idx, { title, text, lang });
      const dated = p.published ? best(idx, { title, text, lang, published: p.published }) : b;
      scored.push({ story: name, lang, page: p.id, same: p.sameStory, best: b?.score ?? 0, dated: dated?.score ?? 0, why: b?.why ?? [] });
    }
  }
}

function summary(rows: Scored[], threshold: number): { tp: number; pos: number; fp: number; neg: number; minPos: number; maxNeg: number } {
  const pos = rows.filter((r) => r.same);
  const neg = rows.filter((r) => !r.same);
  return {
    tp: pos.filter((r) => r.best >= threshold).length,
    pos: pos.length,
    fp: neg.filter((r) => r.best >= threshold).length,
    neg: neg.length,
    minPos: Math.min(...pos.map((r) => r.best)),
    maxNeg: Math.max(...neg.map((r) => r.best)),
  };
}

const f2 = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');

function line(label: string, rows: Scored[], threshold: number): string {
  const s = summary(rows, threshold);
  const precision = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1;
  return `  ${label.padEnd(18)} recall ${s.tp}/${s.pos}, false matches ${s.fp}/${s.neg}, precision ${precision.toFixed(2)}, lowest positive ${f2(s.minPos)}, highest negative ${f2(s.maxNeg)}, margin ${f2(s.minPos - s.maxNeg)}`;
}

/** The threshold halfway between the highest negative and the lowest positive above it. */
function calibrate(rows: Scored[]): number {
  const s = summary(rows, 0);
  return s.minPos > s.maxNeg ? (s.minPos + s.maxNeg) / 2 : s.maxNeg + 1e-6;
}

export default async function evalStory(): Promise<void> {
  console.log('\n## Same story');
  const scored: Scored[] = [];
  bundled(scored);
  devset(scored);
  const T = SAME_STORY_THRESHOLD;
  console.log(`one scale, threshold ${T} (best score of each page over its corpus; devset pages read from their text alone, day unknown):`);
  table(scored, T);
  console.log(`\nif the page's metadata date is known (devset pages given their manifest's \`published\`), threshold ${T}:`);
  table(scored.map((r) => ({ ...r, best: r.dated })), T, false);
}

function table(scored: Scored[], T: number, details = true): void {
  const stories = [...new Set(scored.map((r) => r.story))];
  for (const story of stories) for (const lang of ['fr', 'en'] as const) {
    const rows = scored.filter((r) => r.story === story && r.lang === lang);
    if (rows.length) console.log(line(`${story} ${lang}`, rows, T));
  }
  for (const lang of ['fr', 'en'] as const) console.log(line(`all ${lang}`, scored.filter((r) => r.lang === lang), T));
  console.log(line('all', scored, T));
  const dev = scored.filter((r) => r.story !== 'real' && r.story !== 'bundled');
  console.log(line('devset only', dev, T));
  // Leave one story out: calibrate on the others (the real pages always count as negatives), test on it.
  const held: string[] = [];
  for (const story of stories.filter((s) => s !== 'real')) {
    const t = calibrate(scored.filter((r) => r.story !== story));
    const s = summary(scored.filter((r) => r.story === story), t);
    held.push(`${story} t=${t.toFixed(3)} ${s.tp}/${s.pos} found, ${s.fp}/${s.neg} false`);
  }
  const pos = scored.filter((r) => r.same).map((r) => r.best);
  const neg = scored.filter((r) => !r.same).map((r) => r.best);
  let auc = 0;
  for (const a of pos) for (const b of neg) auc += a > b ? 1 : a === b ? 0.5 : 0;
  const cut = [...pos, ...neg].map((t) => ({ t, errors: pos.filter((x) => x < t).length + neg.filter((x) => x >= t).length })).sort((a, b) => a.errors - b.errors)[0];
  console.log(`  ranking: AUC ${(auc / (pos.length * neg.length)).toFixed(3)} (${pos.length} positives, ${neg.length} negatives); fewest errors at one threshold: ${cut.errors} at ${cut.t.toFixed(3)}`);
  if (!details) return;
  console.log(`  leave-one-story-out thresholds: ${held.join('; ')}`);
  const wrong = scored.filter((r) => r.same !== r.best >= T).sort((a, b) => a.best - b.best);
  for (const r of verbose ? scored : wrong) console.log(`    ${r.same === r.best >= T ? 'ok ' : 'BAD'} ${r.story} ${r.lang} ${r.same ? 'same' : 'diff'} ${r.best.toFixed(3)} ${r.page}  [${r.why.join(', ')}]`);
}
