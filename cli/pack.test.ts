import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePackArgs, runPack } from './pack';
import { parseImport } from '../storage/exchange';
import { REPO_ROOT } from './corpus-files';
import { UsageError } from './usage';

const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'import');

describe('recoupe pack', () => {
  it('packs a folder of article files into a version-2 file that the extension imports', () => {
    const r = runPack({ dir: FIXTURES }, Date.UTC(2026, 0, 2));
    expect(r.file).not.toBeNull();
    const json = JSON.parse(r.file!);
    expect([json.format, json.version]).toEqual(['recoupe-corpus', 2]);
    const articles = parseImport(r.file!);
    expect(articles.map((a) => [a.title, a.lang, a.published ?? null])).toEqual([
      ["Baltimore's Key Bridge collapses after a container ship loses power", 'en', null],
      ["À Baltimore, le pont Key s'effondre après une collision", 'fr', '2024-03-26'],
      ['Effondrement du pont Key à Baltimore : six ouvriers portés disparus', 'fr', '2024-03-27'],
    ]);
    expect(articles.every((a) => a.addedAt === Date.UTC(2026, 0, 2))).toBe(true);
    expect([r.articles, r.duplicates]).toEqual([3, 1]);
  });

  it('names each bad file with its problem', () => {
    const { errors } = runPack({ dir: FIXTURES });
    expect(errors).toEqual([
      'blank.txt: the file is empty',
      expect.stringMatching(/^figures\.csv: not a file Recoupe reads: it takes \.txt, \.html, \.htm, \.md, \.markdown$/),
      expect.stringMatching(/^home-page\.html: not an article/),
      'notes.txt: not readable text: save it as UTF-8',
    ]);
  });

  it('writes to -o, and gives no file when nothing could be packed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'recoupe-pack-'));
    const out = join(dir, 'out.json');
    writeFileSync(join(dir, 'a.txt'), readFileSync(join(FIXTURES, 'key-bridge-en.txt')));
    expect(runPack({ dir, out }).articles).toBe(1);
    expect(parseImport(readFileSync(out, 'utf8'))).toHaveLength(1);
    const empty = mkdtempSync(join(tmpdir(), 'recoupe-pack-'));
    writeFileSync(join(empty, 'blank.txt'), '  ');
    expect(runPack({ dir: empty })).toMatchObject({ file: null, errors: ['blank.txt: the file is empty', expect.stringMatching(/^no article could be packed/)] });
  });

  it('reads its arguments', () => {
    expect(parsePackArgs(['d', '-o', 'x.json'])).toEqual({ dir: 'd', out: 'x.json' });
    expect(parsePackArgs(['d'])).toEqual({ dir: 'd', out: undefined });
    for (const bad of [[], ['d', '-o'], ['d', '--zip'], ['d', 'e']]) expect(() => parsePackArgs(bad)).toThrow(UsageError);
  });
});
