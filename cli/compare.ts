/**
 * `recoupe compare <article.txt|article.html> [--corpus <dir>] [--published YYYY-MM-DD] [--json]`
 * .txt: the whole file is the article (its first line the title). .html: extracted exactly as the
 * extension extracts it (Readability over the parsed document, then block text). The page's date:
 * `--published`, else the .html page's own metadata, else a dateline at the top of the text, else null.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { Engine } from '../core/engine';
import { loadBundledCorpus, loadTxtCorpus } from './corpus-files';
import { guessLang } from '../core/text/lang';
import { datelineDay } from '../core/dates/dateline';
import { extractFromHtml } from '../extract/article';
import { pageHtmlFromFile } from './readerable-html';
import type { CompareResult, PageInput, SourceMatch } from '../core/types';
import { UsageError } from './usage';

export interface CompareArgs {
  file: string;
  corpus?: string;
  /** The page's publication date (YYYY-MM-DD), overriding what the page says. */
  published?: string;
  json: boolean;
}

export function parseCompareArgs(argv: string[]): CompareArgs {
  let file: string | undefined;
  let corpus: string | undefined;
  let json = false;
  let published: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') json = true;
    else if (a === '--corpus') {
      corpus = argv[++i];
      if (!corpus) throw new UsageError('--corpus needs a folder');
    } else if (a === '--published') {
      published = argv[++i];
      if (!published || !/^\d{4}-\d{2}-\d{2}$/.test(published) || Number.isNaN(Date.parse(published))) throw new UsageError('--published needs a date as YYYY-MM-DD');
    } else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else if (file === undefined) file = a;
    else throw new UsageError(`unexpected argument ${a}`);
  }
  if (!file) throw new UsageError('compare needs a file: recoupe compare <article.txt|article.html>');
  return { file, corpus, published, json };
}

export function readPage(file: string): PageInput & { html: boolean } {
  const ext = extname(file).toLowerCase();
  const raw = readFileSync(file, 'utf8');
  if (ext === '.html' || ext === '.htm') {
    const serialized = pageHtmlFromFile(raw);
    const art = serialized === null ? null : extractFromHtml(serialized);
    if (!art) return { title: '', lang: guessLang(raw), text: '', html: true };
    return { ...art, html: true };
  }
  const title = raw.split('\n', 1)[0].trim();
  const lang = guessLang(raw);
  const published = datelineDay(raw, lang);
  return published ? { title, lang, text: raw, published, html: false } : { title, lang, text: raw, html: false };
}

/** The `--json` object: the engine's result with the page's and each source's date (null when unknown). */
export type CompareOutput = Omit<CompareResult, 'sources' | 'published'> & {
  published: string | null;
  sources: Array<Omit<SourceMatch, 'published'> & { published: string | null }>;
  text?: string;
};

export function runCompare(args: CompareArgs): CompareOutput {
  const path = resolve(args.file);
  statSync(path); // a clear ENOENT before any work
  const docs = args.corpus ? loadTxtCorpus(resolve(args.corpus)) : loadBundledCorpus();
  const engine = new Engine(docs);
  const page = readPage(path);
  // A corpus article given as the page is not its own source.
  const selfId = engine.has(basename(path)) && engine.get(basename(path))!.text === page.text ? basename(path) : undefined;
  const published = args.published ?? page.published;
  const result = engine.compare({ title: page.title, lang: page.lang, text: page.text, selfId, published });
  const withDates = {
    sameStory: result.sameStory,
    // The page's own day, else the one its lead names near its sources' days (the engine's storyDay).
    published: result.published ?? null,
    sources: result.sources.map((s) => ({ ...s, published: s.published ?? null })),
    passages: result.passages,
    figures: result.figures,
    timeline: result.timeline,
  };
  return page.html ? { ...withDates, text: page.text } : withDates;
}

export function formatHuman(r: CompareOutput): string {
  if (!r.sameStory) return 'No source in the corpus covers this story.\n';
  const lines = [`${r.sources.length} source(s) cover this story${r.published ? ` (page published ${r.published})` : ''}:`];
  for (const s of r.sources) lines.push(`  ${(s.score * 100).toFixed(0).padStart(3)}%  ${s.title}  [${s.id}${s.published ? `, ${s.published}` : ''}]\n        why: ${s.why.join(', ')}`);
  if (r.passages.length) lines.push(`${r.passages.length} matching passage(s)`);
  if (r.figures.length) lines.push(`${r.figures.length} figure(s)`);
  return lines.join('\n') + '\n';
}
