/**
 * The `recoupe` command as a reader runs it (cli/bin.mjs, which runs the bundle): the contract's
 * exit codes (1 bad input, 2 bad usage), --help and --version, the same JSON as the sources give,
 * and a bundle that needs nothing but node at run time.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { runCompare } from './compare';
import { REPO_ROOT } from './corpus-files';

const BIN = join(REPO_ROOT, 'cli', 'bin.mjs');
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: REPO_ROOT, timeout: 60000 });

describe('recoupe (the bundled command)', () => {
  beforeAll(() => {
    // Builds the bundle when missing or older than the sources, as a reader's first run would.
    expect(run('--version').status).toBe(0);
  }, 60000);

  it('--help prints the usage on stdout, --version the package version', () => {
    const help = run('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^usage: recoupe compare <article\.txt\|article\.html> \[--corpus <dir>\] \[--published YYYY-MM-DD\] \[--json\]/);
    expect(help.stdout).toContain('recoupe figures --jsonl');
    expect(help.stdout).toContain('recoupe pack <dir> [-o corpus.json]');
    const version = run('--version');
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).version);
  });

  it.each([[[]], [['frobnicate']], [['compare']], [['compare', 'a.txt', '--bogus']], [['compare', 'a.txt', 'b.txt']], [['compare', 'a.txt', '--corpus']], [['figures']], [['pack']], [['pack', 'dir', '-o']]])(
    'bad usage %j: exit 2, usage on stderr, nothing on stdout',
    (args) => {
      const r = run(...args);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^recoupe: .+\nusage: recoupe compare/);
    },
  );

  it('bad input (no such file): exit 1, one line on stderr', () => {
    const r = run('compare', 'no-such-article.txt', '--json');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^recoupe: no such file: .*no-such-article\.txt\n$/);
  });

  it.each(['assets/corpus/002_4027edace8388f66.txt', 'test/fixtures/pages/fr-003-article.html'])('compare %s --json: one JSON object, the same as the sources give', (file) => {
    const r = run('compare', file, '--json');
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const got = JSON.parse(r.stdout);
    expect(got.sameStory).toBe(true);
    expect(got).toEqual(JSON.parse(JSON.stringify(runCompare({ file: join(REPO_ROOT, file), json: true }))));
  });

  it('pack: the import file on stdout, one stderr line per bad file; exit 1 when nothing was packed', () => {
    const r = run('pack', 'test/fixtures/import');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ format: 'recoupe-corpus', version: 2 });
    expect(r.stderr).toMatch(/^recoupe: blank\.txt: the file is empty\n/);
    expect(r.stderr.trim().split('\n')).toHaveLength(5); // four bad files, one duplicate left out
    const empty = mkdtempSync(join(tmpdir(), 'recoupe-pack-'));
    const none = run('pack', empty);
    expect([none.status, none.stdout, none.stderr]).toEqual([1, '', `recoupe: no files in ${empty}\n`]);
  });

  it('figures --jsonl answers each line', () => {
    const r = spawnSync(process.execPath, [BIN, 'figures', '--jsonl'], { input: '{"text":"12 000 soldats","lang":"fr"}\nnope\n', encoding: 'utf8' });
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0].figures[0]).toMatchObject({ low: 12000, high: 12000, unit: 'people' });
    expect(lines[1]).toHaveProperty('error');
  });

  it('the bundle leaves nothing but node built-ins to run time (an install without devDependencies runs it)', () => {
    const { external } = JSON.parse(readFileSync(join(REPO_ROOT, 'cli', 'dist', 'build.json'), 'utf8')) as { external: string[] };
    // Two optional packages are require()d inside try/catch, with a fallback when absent: linkedom's
    // `canvas` and CSSOM's `cssstyle` (both unused: the CLI never draws nor computes styles).
    const OPTIONAL = ['canvas', 'cssstyle'];
    expect(external.filter((s) => !builtinModules.includes(s.replace(/^node:/, '')) && !OPTIONAL.includes(s))).toEqual([]);
    expect(external).toContain('node:fs');
  });
});
