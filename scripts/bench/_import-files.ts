/**
 * The corpus as the import files a reader would pick (the export format, cut into parts), written to a
 * fresh temporary folder: the browser benches import them through the options page.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportCorpusParts } from '../../storage/exchange';
import { loadBundledCorpus } from '../../cli/corpus-files';
import { syntheticArticles } from '../../test/support/synthetic-articles';
import { idForText } from '../../storage/text-id';

/**
 * `count` synthetic articles from the bundled texts, as stored articles (id, added time, no ignored
 * ranges); `publishedOf(i)`, when given, dates the i-th. Seed 11 keeps every browser bench on one corpus.
 */
export function syntheticStoredArticles(count: number, publishedOf?: (i: number) => string) {
  if (count === 0) return [];
  const bundled = loadBundledCorpus();
  return syntheticArticles(bundled.map((d) => d.text), count, { seed: 11 }).map((a, i) => ({
    ...a,
    id: idForText(a.text),
    addedAt: 1_700_000_000_000 + i,
    ignore: [] as Array<[number, number]>,
    ...(publishedOf ? { published: publishedOf(i) } : {}),
  }));
}

export function writeImportFiles(articles: Parameters<typeof exportCorpusParts>[0], prefix: string): string[] {
  // No articles, no files: no folder either, so there is none to clean.
  if (!articles.length) return [];
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return exportCorpusParts(articles).map((text, i) => {
    const p = join(dir, `part-${i + 1}.json`);
    writeFileSync(p, text);
    return p;
  });
}
