/**
 * `recoupe pack <dir> [-o corpus.json]`: the extension's import format (version 2) from a folder
 * of article files (.txt, .html, .md), each read by storage/file-article.ts exactly as the options
 * page reads a dropped file, so the packed file imports with the same titles, languages and dates.
 * Bad files are named on stderr, one line each; packing goes on with the others.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { dedupeArticles, readArticleFile, type FileResult } from '../storage/file-article';
import { exportCorpus } from '../storage/exchange';
import { UsageError } from './usage';

export interface PackArgs {
  dir: string;
  /** Output file; stdout when absent. */
  out?: string;
}

export interface PackResult {
  /** The import file's text, or null when no article could be packed. */
  file: string | null;
  articles: number;
  /** Copies of an article packed under another file name. */
  duplicates: number;
  /** One line per bad file, for stderr. */
  errors: string[];
}

export function parsePackArgs(argv: string[]): PackArgs {
  let dir: string | undefined;
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-o' || a === '--output') {
      out = argv[++i];
      if (!out) throw new UsageError(`${a} needs a file name`);
    } else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
    else if (dir === undefined) dir = a;
    else throw new UsageError(`unexpected argument ${a}`);
  }
  if (!dir) throw new UsageError('pack needs a folder: recoupe pack <dir> [-o corpus.json]');
  return { dir, out };
}

const parseHtml = (html: string) => parseHTML(html).document as unknown as Document;

/** Packs the folder's files (not its subfolders, not hidden files), in name order. */
export function runPack(args: PackArgs, now = Date.now()): PackResult {
  const dir = resolve(args.dir);
  if (!statSync(dir).isDirectory()) throw new Error(`not a folder: ${dir}`);
  const names = readdirSync(dir)
    .filter((n) => !n.startsWith('.') && statSync(join(dir, n)).isFile())
    .sort();
  const results: FileResult[] = names.map((name) => {
    try {
      return readArticleFile(name, new Uint8Array(readFileSync(join(dir, name))), { parseHtml, now });
    } catch (e) {
      return { name, ok: false, code: 'encoding', message: `could not be read (${e instanceof Error ? e.message : String(e)})` };
    }
  });
  const errors = results.flatMap((r) => (r.ok ? [] : [`${r.name}: ${r.message}`]));
  const { articles, skipped } = dedupeArticles(results);
  if (articles.length === 0) {
    errors.push(names.length === 0 ? `no files in ${dir}` : `no article could be packed from ${dir}`);
    return { file: null, articles: 0, duplicates: skipped, errors };
  }
  const file = exportCorpus(articles, new Date(now)) + '\n';
  if (args.out) writeFileSync(resolve(args.out), file);
  return { file, articles: articles.length, duplicates: skipped, errors };
}
