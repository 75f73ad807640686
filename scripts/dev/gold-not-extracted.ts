/**
 * Every gold figure of the development set that extractFigures does not return (no engine figure is that gold figure
 * as the eval decides it, isGoldFigure), with its story, document, language, unit and the text around it (extract46).
 * A tool for working on extraction and its filters, not a measure: the figure pairs these losses cost are
 * figure-causes.ts' `not-extracted`. Never reads the held-out set.
 * Then the gold `not_figures` the engine reads as figures (lines "not-figure"), as scripts/eval/devset-numbers.ts counts
 * them: a new reading must not bring page furniture in.
 * usage: npx tsx scripts/dev/gold-not-extracted.ts [story,story...|all]   (one line per lost gold figure, then counts)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFigures } from '../../core/figures/index';
import { devsetStories, isGoldFigure } from './devset-stories';

const arg = process.argv[2];
const wanted = arg && arg !== 'all' ? new Set(arg.split(',')) : undefined;
let lost = 0, all = 0, nfOut = 0, nfSalient = 0, nfAll = 0;
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
for (const s of devsetStories()) {
  if (wanted && !wanted.has(s.story)) continue;
  const docs = new Map<string, { text: string; lang: 'fr' | 'en'; published?: string; ignore?: Array<[number, number]> }>();
  for (const d of s.corpus) docs.set(`corpus/${d.id}`, { text: d.text, lang: d.lang, published: d.published, ignore: d.ignore });
  for (const p of s.pages) docs.set(`pages/${p.id}`, { text: '', lang: p.lang ?? 'fr', published: p.published });
  const figsOf = new Map<string, ReturnType<typeof extractFigures>>();
  for (const g of s.gold.figures) {
    const d = docs.get(g.doc);
    if (!d) continue;
    if (!d.text) d.text = readFileSync(join(s.dir, g.doc), 'utf8');
    let f = figsOf.get(g.doc);
    if (!f) figsOf.set(g.doc, (f = extractFigures(d.text, d.lang, { ignore: d.ignore, published: d.published })));
    all++;
    if (f.some((x) => isGoldFigure(x, g))) continue;
    lost++;
    const around = d.text.slice(Math.max(0, g.start - 50), g.end + 50).replace(/\s+/g, ' ');
    console.log(`${s.story}\t${d.lang}\t${g.doc}\t${g.unit}\t"${g.quote}"\t…${around}…`);
  }
  for (const nf of (s.gold as { not_figures?: Array<{ doc: string; quote: string; start: number; end: number }> }).not_figures ?? []) {
    const d = docs.get(nf.doc);
    if (!d) continue;
    if (!d.text) d.text = readFileSync(join(s.dir, nf.doc), 'utf8');
    let f = figsOf.get(nf.doc);
    if (!f) figsOf.set(nf.doc, (f = extractFigures(d.text, d.lang, { ignore: d.ignore, published: d.published })));
    nfAll++;
    const found = d.text.indexOf(nf.quote);
    // A quote with no offsets that is not in the text cannot be placed: leave it out rather than match at -1.
    if (!(nf.end > nf.start) && found < 0) continue;
    const at = nf.end > nf.start ? nf : { start: found, end: found + nf.quote.length };
    const out = f.filter((x) => overlaps(x, at));
    if (!out.length) continue;
    nfOut++;
    if (out.some((x) => x.salient !== false)) nfSalient++;
    console.log(`not-figure\t${s.story}\t${d.lang}\t${nf.doc}\t"${nf.quote}"\tread as ${out.map((x) => `"${x.text}" ${x.unit}${x.salient === false ? ' (not salient)' : ''}`).join('; ')}`);
  }
}
console.log(`not_figures read as figures ${nfOut} of ${nfAll}, salient ${nfSalient}`);
console.log(`lost ${lost} of ${all} gold figures`);
