/**
 * Every figure of the development set whose key holds a rate's "per" noun (rates.ts: `per:<key>`), with its text and
 * the words after it, and the counts by "per" key: to see what the rate reader reads as a rate in both languages
 * (rate47). A tool for core/figures/rates.ts, not a measure. Usage: tsx scripts/dev/rate-keys.ts [story|all]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFigures } from '../../core/figures/index';
import { PER_PREFIX } from '../../core/figures/rates';
import { devsetStories } from './devset-stories';

const counts = new Map<string, number>();
for (const s of devsetStories(process.argv[2])) {
  const docs = [
    // The same options as the eval's reading (devset-stories.ts goldUpdates): a corpus text's ignored spans and its day.
    ...s.corpus.map((d) => ({ id: d.id, text: d.text, lang: d.lang, opts: { ignore: d.ignore, published: d.published } })),
    ...s.pages.map((p) => ({ id: p.id, text: readFileSync(join(s.dir, 'pages', p.id), 'utf8'), lang: p.lang ?? ('fr' as const), opts: { published: p.published } })),
  ];
  for (const d of docs) {
    for (const f of extractFigures(d.text, d.lang, d.opts)) {
      const per = f.countsKey.find((k) => k.startsWith(PER_PREFIX));
      if (!per) continue;
      counts.set(per, (counts.get(per) ?? 0) + 1);
      console.log(`${s.story} ${d.lang} ${d.id}: "${f.text}" [${f.countsKey.join(' ')}] ${d.text.slice(f.end, f.end + 40).replace(/\s+/g, ' ')}`);
    }
  }
}
for (const [k, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`${n}\t${k}`);
