/**
 * Node-only corpus loading (CLI, eval, bench, build, tests). Kept out of the engine (core/) so the
 * extension bundles never pull in `node:fs`.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyDirManifest, corpusFromManifest } from '../core/corpus/manifest';
import type { CorpusDoc } from '../core/types';
import { guessLang } from '../core/text/lang';

/**
 * The package's root: the nearest folder above this module holding package.json. This module runs
 * from its source (cli/) and from the CLI bundle (cli/dist/), at different depths.
 */
export const REPO_ROOT = packageRoot(dirname(fileURLToPath(import.meta.url)));

function packageRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}
export const BUNDLED_CORPUS_DIR = join(REPO_ROOT, 'assets', 'corpus');
/** ../shared beside the repository: gold annotations, peer specs, real pages. May be absent. */
export const SHARED_DIR = join(REPO_ROOT, '..', 'shared');

export function sharedAvailable(): boolean {
  return existsSync(join(SHARED_DIR, 'gold')) && existsSync(join(SHARED_DIR, 'corpus'));
}

export function loadBundledCorpus(dir = BUNDLED_CORPUS_DIR): CorpusDoc[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const texts: Record<string, string> = {};
  for (const f of readdirSync(dir)) if (f.endsWith('.txt')) texts[f] = readFileSync(join(dir, f), 'utf8');
  return corpusFromManifest(manifest, texts);
}

/**
 * A `--corpus <dir>` folder: every .txt file is one article, its first line the title. No
 * furniture ranges are known for such files.
 */
export function loadTxtCorpus(dir: string): CorpusDoc[] {
  const docs = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const title = text.split('\n', 1)[0].trim();
      return { id: basename(f), title, lang: guessLang(text), text, ignore: [] } as CorpusDoc;
    });
  // <dir>/manifest.json, when present, gives titles, languages, dates and furniture ranges (ARCHITECTURE.md).
  const manifest = join(dir, 'manifest.json');
  return existsSync(manifest) ? applyDirManifest(docs, JSON.parse(readFileSync(manifest, 'utf8'))) : docs;
}
