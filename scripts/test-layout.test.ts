/**
 * Unit tests sit beside the code they test, and vitest runs every one of them: a test file outside
 * vitest.config.ts's `include` would never run and never fail. End-to-end suites (test/e2e) have
 * their own config.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO_ROOT } from '../cli/corpus-files';

const SKIP = new Set(['node_modules', '.git', '.output', '.wxt', 'test-results', 'dist']);

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (SKIP.has(e.name)) return [];
    const p = join(dir, e.name);
    if (e.isDirectory()) return testFiles(p);
    return /\.test\.tsx?$/.test(e.name) ? [relative(REPO_ROOT, p)] : [];
  });
}

describe('test layout', () => {
  const config = readFileSync(join(REPO_ROOT, 'vitest.config.ts'), 'utf8');
  const folders = /\{([a-z,-]+)\}\/\*\*\/\*\.test\.\{ts,tsx\}/.exec(config)?.[1].split(',') ?? [];

  it('vitest.config.ts names its folders, each of which exists', () => {
    expect(folders.length).toBeGreaterThan(5);
    expect(folders.filter((f) => !existsSync(join(REPO_ROOT, f)))).toEqual([]);
  });

  it('every unit test file is in one of them (e2e suites apart)', () => {
    const files = testFiles(REPO_ROOT).filter((f) => !f.startsWith('test/e2e/'));
    expect(files.length).toBeGreaterThan(30);
    expect(files.filter((f) => !folders.includes(f.split('/')[0]))).toEqual([]);
  });
});
