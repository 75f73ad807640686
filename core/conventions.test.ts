/**
 * The project's own rules, checked: the engine in core/ is pure TypeScript that runs unchanged in
 * node, the background service worker and Firefox's background page.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO_ROOT } from '../cli/corpus-files';

const CORE = join(REPO_ROOT, 'core');
/** The re-export of the node-only loaders (moved to cli/corpus-files.ts) kept for the engine's tests only. */
const NODE_ONLY = new Set(['corpus/node.ts']);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) ? [p] : [];
  });
}

describe('core/ stays pure', () => {
  const files = sources(CORE).filter((f) => !NODE_ONLY.has(relative(CORE, f)));
  it.each(files.map((f) => [relative(REPO_ROOT, f), f]))('%s uses no DOM, extension, UI or node API', (_name, file) => {
    const src = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(src).not.toMatch(/from ['"](?:wxt|#imports|webextension-polyfill|preact|node:|fs|path|linkedom)/);
    expect(src).not.toMatch(/\b(?:process|document|window|browser|chrome)\s*\./);
  });
});
