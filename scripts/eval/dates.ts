/**
 * Publication dates, measured three ways (printed, never asserted):
 * (a) the 90 saved real pages of ../shared/pages/readability, those whose expected-metadata.json
 *     gives a `publishedTime`: the day the extension reads (the CLI's path: the cheap article check,
 *     the serialisation, the background's extraction) against that time's written day. Pages the
 *     extension does not take for articles are read by the metadata reader alone, and counted apart.
 *     Also: on the pages whose metadata gives a day, does the day of their canonical address (when it
 *     has one) agree? (The address is read only when the metadata gives none.)
 * (b) the development set's pages (test/fixtures/devset/<story>/pages, manifest `published`): only
 *     their text and address were saved, so this measures the address then the dateline (as the
 *     extension reads a page without metadata), and the dateline alone. A second line adds what the engine does
 *     for a page still undated (core/engine.ts): the story index matches it against the story's corpus (undated,
 *     as the engine matches it), and the day its lead names near the matched sources' days dates it (storyDay).
 * (c) the gold's `relative_dates` (../shared/gold/seed-figures.json), resolved by resolveMoment
 *     against the bundled manifest's days, against the spans resolved by hand in
 *     test/fixtures/relative-dates.json.
 * Skips with a message what needs ../shared when it is absent.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import JSDOMParser from '@mozilla/readability/JSDOMParser.js';
import { loadBundledCorpus, REPO_ROOT, SHARED_DIR } from '../../cli/corpus-files';
import { pageHtmlFromFile } from '../../cli/readerable-html';
import { serializeForExtraction } from '../../extract/serialize';
import { extractFromHtml } from '../../extract/article';
import { publishedFromMetadata } from '../../extract/published';
import { dayOf } from '../../core/dates/day';
import { datelineDay, storyDay } from '../../core/dates/dateline';
import { loadTxtCorpus } from '../../core/corpus/node';
import { StoryIndex } from '../../core/story/index';
import { urlDay } from '../../core/dates/url';
import { resolveMoment } from '../../core/figures/moment';
import { lookup, phrasesStartingWith } from '../../core/concepts/index';
import { fold } from '../../core/text/fold';
import { parseHTML } from 'linkedom';
import type { Lang } from '../../core/types';

const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');

function readabilityPages(): void {
  const dir = join(SHARED_DIR, 'pages', 'readability');
  if (!existsSync(dir)) {
    console.log('(a) real pages: skipped (../shared/pages/readability is absent)');
    return;
  }
  let withDate = 0;
  let articles = 0;
  let right = 0;
  let metaOnly = 0;
  let metaOnlyRight = 0;
  const misses: string[] = [];
  const unjudged: string[] = [];
  let urlDated = 0;
  let urlAgrees = 0;
  const urlDisagrees: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const metaFile = join(dir, name, 'expected-metadata.json');
    const source = join(dir, name, 'source.html');
    if (!existsSync(metaFile) || !existsSync(source)) continue;
    const expectedRaw = (JSON.parse(readFileSync(metaFile, 'utf8')) as { publishedTime?: string | null }).publishedTime;
    const html = readFileSync(source, 'utf8');
    if (!expectedRaw) {
      // No expected date to judge against: list what we read, for a reader to check by eye.
      const serialized = pageHtmlFromFile(html);
      const day = serialized === null ? undefined : extractFromHtml(serialized)?.published;
      if (day) unjudged.push(`${name} ${day}`);
      continue;
    }
    withDate++;
    const expected = dayOf(expectedRaw);
    const canonical = /<link[^>]*\brel=["']canonical["'][^>]*>/i.exec(html)?.[0].match(/\bhref=["']([^"']+)/i)?.[1];
    const fromUrl = urlDay(canonical);
    if (fromUrl) {
      urlDated++;
      if (fromUrl === expected) urlAgrees++;
      else urlDisagrees.push(`${name} (address ${fromUrl}, metadata ${expected})`);
    }
    const serialized = pageHtmlFromFile(html);
    const article = serialized === null ? null : extractFromHtml(serialized);
    let got: string | null | undefined;
    let how: string;
    if (article) {
      articles++;
      got = article.published ?? null;
      how = 'article';
      if (got === expected) right++;
    } else {
      // Not an article for the extension: the metadata reader alone, on the same serialisation.
      const { document } = parseHTML(html);
      const doc = new JSDOMParser().parse(serializeForExtraction(document as unknown as Document), 'http://localhost/') as Document;
      got = publishedFromMetadata(doc);
      how = 'not an article, metadata only';
      metaOnly++;
      if (got === expected) metaOnlyRight++;
    }
    if (got !== expected) misses.push(`    ${name}: expected ${expectedRaw} (${expected ?? 'unreadable'}), got ${got ?? 'none'} [${how}]`);
  }
  console.log(`(a) real pages with a publishedTime: ${withDate}; read as articles ${articles}, dated right ${right} (${pct(right, articles)}); not articles ${metaOnly}, metadata reader right ${metaOnlyRight}`);
  console.log(`    all ${withDate} pages: ${right + metaOnlyRight} dated right (${pct(right + metaOnlyRight, withDate)})`);
  if (misses.length) console.log(`    misses:\n${misses.join('\n')}`);
  console.log(`    their canonical address gives a day on ${urlDated}: the metadata's day on ${urlAgrees}${urlDisagrees.length ? `; not on ${urlDisagrees.join(', ')}` : ''}`);
  console.log(`    pages without a publishedTime that we date (not judged; check by eye): ${unjudged.length}\n      ${unjudged.join(', ')}`);
}

function devsetPages(): void {
  const root = join(REPO_ROOT, 'test', 'fixtures', 'devset');
  let dated = 0;
  let right = 0;
  let wrong = 0;
  let none = 0;
  let datelineRight = 0;
  let datelineWrong = 0;
  const misses: string[] = [];
  // With the engine's last step (storyDay near the matched sources' days): totals, and where that step spoke.
  let storyRight = 0, storyWrong = 0, storyNone = 0, ruleRight = 0, ruleWrong = 0;
  const ruleRows: string[] = [];
  for (const story of readdirSync(root).sort()) {
    const manifestFile = join(root, story, 'pages', 'manifest.json');
    if (!existsSync(manifestFile)) continue;
    const m = JSON.parse(readFileSync(manifestFile, 'utf8')) as { articles: Array<{ id: string; lang?: Lang; published?: string; url?: string }> };
    const corpus = loadTxtCorpus(join(root, story, 'corpus'));
    const index = StoryIndex.of(corpus);
    const dayOfDoc = new Map(corpus.map((d) => [d.id, d.published]));
    for (const a of m.articles) {
      if (!a.published) continue;
      dated++;
      const text = readFileSync(join(root, story, 'pages', a.id), 'utf8');
      const fromDateline = datelineDay(text, a.lang);
      if (fromDateline === a.published) datelineRight++;
      else if (fromDateline) datelineWrong++;
      const got = urlDay(a.url) ?? fromDateline;
      if (got === a.published) right++;
      else if (got) {
        wrong++;
        misses.push(`    WRONG ${story}/${a.id}: expected ${a.published}, got ${got}`);
      } else {
        none++;
        misses.push(`    none  ${story}/${a.id}: expected ${a.published}`);
      }
      let full = got;
      if (!full) {
        const sources = index.match({ title: text.split('\n', 1)[0].trim(), lang: a.lang ?? 'fr', text });
        full = sources.length ? storyDay(text, sources.map((s) => dayOfDoc.get(s.id))) : null;
        if (full) {
          if (full === a.published) ruleRight++; else ruleWrong++;
          ruleRows.push(`    ${full === a.published ? 'right' : 'WRONG'} ${story}/${a.id}: expected ${a.published}, got ${full} (lead near the sources' days)`);
        }
      }
      if (full === a.published) storyRight++;
      else if (full) storyWrong++;
      else storyNone++;
    }
  }
  console.log(`(b) devset pages with a known date (text and address only): ${dated}; address then dateline: dated right ${right} (${pct(right, dated)}), wrong ${wrong}, undated ${none}; dateline alone: right ${datelineRight}, wrong ${datelineWrong}`);
  if (misses.length) console.log(misses.join('\n'));
  console.log(`(b) then, as the engine dates a page still undated (the lead's day near its matched sources' days): dated right ${storyRight} (${pct(storyRight, dated)}), wrong ${storyWrong}, undated ${storyNone}; that step spoke on ${ruleRight + ruleWrong}: right ${ruleRight}, wrong ${ruleWrong}`);
  if (ruleRows.length) console.log(ruleRows.join('\n'));
}

function relativeDates(): void {
  const goldFile = join(SHARED_DIR, 'gold', 'seed-figures.json');
  if (!existsSync(goldFile)) {
    console.log('(c) relative dates: skipped (../shared/gold is absent)');
    return;
  }
  const gold = (JSON.parse(readFileSync(goldFile, 'utf8')) as { relative_dates?: Array<{ doc: string; quote: string }> }).relative_dates ?? [];
  const spans = (JSON.parse(readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'relative-dates.json'), 'utf8')) as { dates: Array<{ doc: string; quote: string; from: string; to: string }> }).dates;
  const published = new Map(loadBundledCorpus().map((d) => [d.id, d.published]));
  let right = 0;
  const rows: string[] = [];
  for (const g of gold) {
    const span = spans.find((s) => s.doc === g.doc && s.quote === g.quote);
    // The time word as the figures engine reads it: the concept table's `time` entries.
    const words = fold(g.quote).split(/[^a-z']+/).filter(Boolean);
    const phrase = words.map((w, i) => phrasesStartingWith(w).find((p) => p.c.type === 'time' && p.seq.every((x, j) => words[i + j] === x))?.c.id).find(Boolean);
    const when = phrase ?? words.map((w) => lookup(w, 'time')?.id).find(Boolean);
    const got = resolveMoment(when, published.get(g.doc));
    const ok = !!span && !!got && got >= span.from && got <= span.to;
    if (ok) right++;
    rows.push(`    ${ok ? 'ok ' : 'BAD'} ${g.doc.slice(0, 3)} "${g.quote}" -> ${got ?? 'none'} (time word ${when ?? 'none'}; expected ${span ? (span.from === span.to ? span.from : `${span.from}..${span.to}`) : 'not resolved by hand'})`);
  }
  console.log(`(c) gold relative dates resolved right by resolveMoment: ${right}/${gold.length}`);
  console.log(rows.join('\n'));
}

export default async function evalDates(): Promise<void> {
  console.log('\n## Publication dates');
  readabilityPages();
  devsetPages();
  relativeDates();
}
