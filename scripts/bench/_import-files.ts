/**
 * The corpus as the import files a reader would pick (the export format, cut into parts), written to a
 * fresh temporary folder: the browser benches import them through the options page.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportCorpusParts } from '../../storage/exchange';

export function writeImportFiles(articles: Parameters<typeof exportCorpusParts>[0], prefix: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return (articles.length ? exportCorpusParts(articles) : []).map((text, i) => {
    const p = join(dir, `part-${i + 1}.json`);
    writeFileSync(p, text);
    return p;
  });
}
