/**
 * The figures the engine reads in one file whose text contains a given string: value, key, speaker,
 * time word, moment. A tool for core/figures work. Usage: tsx scripts/dev/figure-at.ts <file> <fr|en> <published|-> <text>
 */
import { readFileSync } from 'node:fs';
import { extractFigures } from '../../core/figures/index';
import type { Lang } from '../../core/types';

const [file, lang, published, needle] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
for (const f of extractFigures(text, lang as Lang, { published: published === '-' ? undefined : published })) {
  if (needle && !f.text.includes(needle)) continue;
  console.log(`"${f.text}" ${f.low}..${f.high} ${f.qualifier} ${f.unit} [${f.countsKey.join(' ')}] by=${f.saidBy ?? '-'} when=${f.when ?? '-'} moment=${f.moment ?? '-'} names{${(f.names ?? []).join(',')}}`);
}
