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
import { datelineDay } from '../../core/dates/dateline';
import { urlDay } from '../../core/dates/url';
import { extractFromHtml } from '../../extract/article';
import { pageHtmlFromFile } from '../../cli/readerable-html';
import type { Lang, SourceMatch } from '../../core/types';

/** `best` is the page's best score read from its text alone; `dated` the same with the page's known publication day. */
interface Scored { story: string; lang: Lang; page: string; same: boolean; best: number; dated: number; why: readonly string[]; lead?: string; scores?: number[]; pair?: string }

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
    scored.push({ story: 'bundled', lang, page: file, same: expected, best: b?.score ?? 0, dated: b?.score ?? 0, why: b?.why ?? [], pair: b && `${lang}>${corpus.find((d) => d.id === b.id)!.lang}` });
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

/** The day the extension reads for a page without a metadata date: its address's, else its dateline's. */
function textDay(text: string, lang: Lang, url?: string): string | undefined {
  return urlDay(url) ?? datelineDay(text, lang) ?? undefined;
}

function devset(scored: Scored[]): void {
  const root = join(REPO_ROOT, 'test', 'fixtures', 'devset');
  if (!existsSync(root)) return;
  for (const name of readdirSync(root).sort()) {
    const dir = join(root, name);
    if (!existsSync(join(dir, 'pages', 'manifest.json'))) continue;
    const docs = loadTxtCorpus(join(dir, 'corpus'));
    const idx = StoryIndex.of(docs);
    const pages = (JSON.parse(readFileSync(join(dir, 'pages', 'manifest.json'), 'utf8')) as { articles: Array<{ id: string; lang?: Lang; sameStory: boolean; published?: string; url?: string }> }).articles;
    for (const p of pages) {
      const text = readFileSync(join(dir, 'pages', p.id), 'utf8');
      const lang: Lang = p.lang ?? 'fr';
      // Devset pages are stored as text: the headline score knows only the days the extension reads when a
      // page has no date in its metadata: the day in its address, else its dateline (extract/published.ts,
      // extract/article.ts). The manifest's `published` was read by hand from the page; the dated score is
      // what a page with a metadata date gets.
      const title = text.split('\n', 1)[0].trim();
      const all = idx.match({ title, text, lang, published: textDay(text, lang, p.url) }, { threshold: -Infinity });
      const b = all[0];
      const dated = p.published ? best(idx, { title, text, lang, published: p.published }) : b;
      const lead = text.slice(title.length).replace(/\s+/g, ' ').trim().slice(0, 160);
      scored.push({ story: name, lang, page: p.id, same: p.sameStory, best: b?.score ?? 0, dated: dated?.score ?? 0, why: b?.why ?? [], lead: `${title} | ${lead}`, scores: all.map((s) => s.score), pair: b && `${lang}>${docs.find((d) => d.id === b.id)!.lang}` });
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

/**
 * One corpus holding every story (the devset corpora and the bundled one), as a reader's corpus grows:
 * each devset page must find its own story's sources and no other story's.
 */
function pooled(T: number): void {
  const root = join(REPO_ROOT, 'test', 'fixtures', 'devset');
  if (!existsSync(root)) return;
  const idx = StoryIndex.of(loadBundledCorpus().map((d) => ({ ...d, id: `bundled/${d.id}` })));
  const stories = readdirSync(root).sort().filter((n) => existsSync(join(root, n, 'pages', 'manifest.json')));
  for (const name of stories) for (const d of loadTxtCorpus(join(root, name, 'corpus'))) idx.add({ ...d, id: `${name}/${d.id}` });
  const t: Record<string, { pos: number; found: number; pages: number; crossStory: number }> = {};
  for (const name of stories) {
    const pages = (JSON.parse(readFileSync(join(root, name, 'pages', 'manifest.json'), 'utf8')) as { articles: Array<{ id: string; lang?: Lang; sameStory: boolean; url?: string }> }).articles;
    for (const p of pages) {
      const text = readFileSync(join(root, name, 'pages', p.id), 'utf8');
      const lang: Lang = p.lang ?? 'fr';
      const found = idx.match({ title: text.split('\n', 1)[0].trim(), text, lang, published: textDay(text, lang, p.url) }, { threshold: T });
      const L = (t[lang] ??= { pos: 0, found: 0, pages: 0, crossStory: 0 });
      L.pages++;
      if (p.sameStory) {
        L.pos++;
        if (found.some((s) => s.id.startsWith(`${name}/`))) L.found++;
      }
      if (found.some((s) => !s.id.startsWith(`${name}/`))) {
        L.crossStory++;
        if (verbose) console.log(`    other story: ${name} ${p.id} -> ${found.filter((s) => !s.id.startsWith(`${name}/`)).map((s) => `${s.id}=${s.score}`).join(', ')}`);
      }
    }
  }
  console.log(`\none corpus of all stories (bundled + devset corpora), threshold ${T}, pages read from their text alone (dated by their address or dateline if any):`);
  for (const [lang, L] of Object.entries(t)) console.log(`  ${lang} pages: own story found ${L.found}/${L.pos}, pages matching another story's source ${L.crossStory}/${L.pages}`);
}

const q = (xs: number[], f: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(f * xs.length))];

/** The score distributions of same-story pages and hard negatives (the real pages apart), per page language. */
function distributions(scored: Scored[]): void {
  const fmt = (xs: number[]): string => (xs.length ? `min ${q(xs, 0).toFixed(2)}, 10% ${q(xs, 0.1).toFixed(2)}, median ${q(xs, 0.5).toFixed(2)}, 90% ${q(xs, 0.9).toFixed(2)}, max ${q(xs, 1).toFixed(2)}` : 'none');
  for (const lang of ['fr', 'en'] as const) {
    const rows = scored.filter((r) => r.lang === lang);
    const pos = rows.filter((r) => r.same).map((r) => r.best);
    const hard = rows.filter((r) => !r.same && r.story !== 'real').map((r) => r.best);
    const real = rows.filter((r) => r.story === 'real').map((r) => r.best);
    console.log(`  ${lang} distributions: positives (${pos.length}) ${fmt(pos)}; hard negatives (${hard.length}) ${fmt(hard)}; real pages (${real.length}) ${fmt(real)}`);
  }
  // One scale for every pair of languages: a French page against English sources should score as an English one does.
  for (const pair of ['fr>fr', 'fr>en', 'en>fr', 'en>en']) {
    const rows = scored.filter((r) => r.pair === pair && r.story !== 'real');
    if (!rows.length) continue;
    const pos = rows.filter((r) => r.same).map((r) => r.best);
    const hard = rows.filter((r) => !r.same).map((r) => r.best);
    console.log(`  page > best source ${pair}: positives (${pos.length}) ${fmt(pos)}; hard negatives (${hard.length}) ${fmt(hard)}`);
  }
}

/**
 * Every corpus article of a devset story is on that story, so each same-story page should list all of
 * them: the pairs found say how many sources a reader sees, which a page's best score alone does not.
 */
function sourcePairs(scored: Scored[], T: number): void {
  for (const lang of ['fr', 'en'] as const) {
    const rows = scored.filter((r) => r.lang === lang && r.same && r.scores);
    const found = rows.reduce((a, r) => a + r.scores!.filter((s) => s >= T).length, 0);
    const total = rows.reduce((a, r) => a + r.scores!.length, 0);
    console.log(`  ${lang} same-story pages: page-source pairs found ${found}/${total} (every devset corpus article is on its story)`);
  }
}

/** The ten pages furthest on the wrong side of the threshold (or nearest to it), with their text. */
function worst(scored: Scored[], T: number): void {
  const rows = scored.filter((r) => r.lead).map((r) => ({ r, off: r.same ? T - r.best : r.best - T })).sort((a, b) => b.off - a.off).slice(0, 10);
  console.log('  ten worst (furthest on the wrong side of the threshold, or nearest to it):');
  for (const { r, off } of rows) console.log(`    ${off > 0 ? 'miss' : 'near'} ${r.story} ${r.lang} ${r.same ? 'same' : 'diff'} ${r.best.toFixed(3)} ${r.page}: "${r.lead}" [${r.why.join(', ')}]`);
}

export default async function evalStory(): Promise<void> {
  console.log('\n## Same story');
  const scored: Scored[] = [];
  bundled(scored);
  devset(scored);
  const T = SAME_STORY_THRESHOLD;
  console.log(`one scale, threshold ${T} (best score of each page over its corpus; devset pages read from their text alone, dated by their address or dateline if any):`);
  table(scored, T);
  distributions(scored);
  sourcePairs(scored, T);
  worst(scored, T);
  pooled(T);
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
