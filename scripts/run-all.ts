/**
 * Runs every `*.ts` file of one folder (scripts/eval or scripts/bench) in name order, each printing
 * its own numbers. Each area of the engine owns its file, so adding a measure never edits another's.
 */
import { readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const folder = process.argv[2];
if (!folder) throw new Error('usage: tsx scripts/run-all.ts <eval|bench> [filter]');
const filter = process.argv[3];
const dir = join(dirname(fileURLToPath(import.meta.url)), folder);
const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.startsWith('_')).sort();
for (const f of files) {
  if (filter && !f.includes(filter)) continue;
  const mod = await import(pathToFileURL(join(dir, f)).href);
  if (typeof mod.default === 'function') await mod.default();
}
