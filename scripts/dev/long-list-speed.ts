/**
 * How figure extraction's time grows with one long sentence (perf48): a table flattened to text, "The table lists 1, 2,
 * 3, …", read at 1,000 to 16,000 items. Linear growth doubles the time with the items; the walks back to a sentence's
 * start that perf48 replaced made 2,000 -> 16,000 go 3.6 s -> 93 s (after: 1.3 s -> 9.7 s, load 7-17). A measure, not a
 * test: timings on a shared machine are noise for a bound (the guide keeps speed in scripts that print numbers).
 * Usage: npx tsx scripts/dev/long-list-speed.ts [max items, default 16000]
 */
import { extractFigures } from '../../core/figures/index';

const max = Number(process.argv[2] ?? 16000);
const list = (n: number) => 'The table lists ' + Array.from({ length: n }, (_, i) => String(i + 1)).join(', ') + '.';
extractFigures(list(300), 'en'); // the first call compiles the patterns
for (let n = 1000; n <= max; n *= 2) {
  const t0 = performance.now();
  const figures = extractFigures(list(n), 'en').length;
  console.log(`${n} items: ${figures} figures in ${((performance.now() - t0) / 1000).toFixed(2)} s`);
}
