import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './corpus-files';
import { readPage, runCompare } from './compare';

const PAGE = join(REPO_ROOT, 'test', 'fixtures', 'pages', 'fr-koursk-article.html');

function withHead(extra: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'recoupe-dates-'));
  const file = join(dir, 'page.html');
  writeFileSync(file, readFileSync(PAGE, 'utf8').replace('</head>', `${extra}</head>`));
  return file;
}

describe('compare: the page\'s publication date', () => {
  it('comes from the .html page\'s metadata, and --published overrides it', () => {
    const file = withHead('<meta property="article:published_time" content="2024-12-20T21:30:00-05:00">');
    expect(runCompare({ file, json: true }).published).toBe('2024-12-20');
    expect(runCompare({ file, json: true, published: '2024-12-22' }).published).toBe('2024-12-22');
  });

  it('is null when the page says nothing, and each source carries its manifest date', () => {
    const r = runCompare({ file: PAGE, json: true });
    expect(r.published).toBeNull();
    expect(r.sources.length).toBeGreaterThan(0);
    for (const s of r.sources) expect(s.published).toMatch(/^2024-\d{2}-\d{2}$/);
  });

  it('a page dated after its sources gives more updates than undated, and no more differs', () => {
    const verdicts = (published?: string) => runCompare({ file: PAGE, json: true, published }).figures.flatMap((f) => f.comparisons.map((c) => c.verdict));
    const undated = verdicts();
    const dated = verdicts('2024-12-20');
    // Undated, only a date in a figure's own sentence gives it a moment; dated, every figure has one.
    expect(dated.filter((v) => v === 'updated').length).toBeGreaterThan(undated.filter((v) => v === 'updated').length);
    expect(dated.filter((v) => v === 'differs').length).toBeLessThanOrEqual(undated.filter((v) => v === 'differs').length);
  });

  it('reads a dateline at the top of a .txt article', () => {
    const dir = mkdtempSync(join(tmpdir(), 'recoupe-dates-'));
    const file = join(dir, 'a.txt');
    writeFileSync(file, 'Un titre\nPARIS, 4 décembre 2024 (AFP) - Le secrétaire général a parlé.\n');
    expect(readPage(file).published).toBe('2024-12-04');
    writeFileSync(file, 'Un titre\nLe secrétaire général a parlé mercredi.\n');
    expect(readPage(file).published).toBeUndefined();
  });
});
