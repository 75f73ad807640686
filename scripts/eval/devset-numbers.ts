/**
 * Number reading on the development set (test/fixtures/devset, see its README), apart from comparison:
 * - gold figures extracted at all and shown (salient), whatever their value;
 * - approximate amounts: gold figures whose qualifier is `vague` ("des centaines de", "dozens of") or
 *   `about` ("une quarantaine de", "environ 700"): how many are extracted with the gold interval
 *   (both bounds) and how many also with the gold qualifier;
 * - page furniture: gold `not_figures` ("Reading time: 5 min", captions, bylines) that come out as
 *   figures anyway, all of them and those the popup would show (salient).
 * Each document is read alone, with its manifest's language and publication date.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractFigures, type Figure } from '../../core/figures/index';
import type { Bound, Lang } from '../../core/types';
import { DEVSET, type GoldFigure } from './devset';

interface NotFigure { doc: string; quote: string; start: number; end: number }
interface Entry { id: string; lang?: Lang; published?: string }

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
const sameBound = (a: Bound, b: Bound): boolean =>
  a === b || (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)));
const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(0)}% (${n}/${d})` : 'n/a');

function loadDocs(dir: string): Map<string, { text: string; figures: Figure[] }> {
  const docs = new Map<string, { text: string; figures: Figure[] }>();
  for (const part of ['corpus', 'pages']) {
    const manifest = join(dir, part, 'manifest.json');
    if (!existsSync(manifest)) continue;
    for (const a of (JSON.parse(readFileSync(manifest, 'utf8')) as { articles: Entry[] }).articles) {
      const text = readFileSync(join(dir, part, a.id), 'utf8');
      docs.set(`${part}/${a.id}`, { text, figures: extractFigures(text, a.lang ?? 'fr', { published: a.published }) });
    }
  }
  return docs;
}

/** Where a gold quote sits: its offsets, or (when the gold leaves them at 0) its first occurrence. */
function spanOf(text: string, g: { quote: string; start: number; end: number }): { start: number; end: number } {
  if (g.end > g.start) return g;
  const at = text.indexOf(g.quote);
  return { start: at, end: at < 0 ? -1 : at + g.quote.length };
}

export default function run(): void {
  console.log('\n## Development set: approximate amounts and page furniture (each document read alone)');
  if (!existsSync(DEVSET)) { console.log('  no development set'); return; }
  const t = { gold: 0, goldFound: 0, vague: 0, vagueInterval: 0, vagueQualifier: 0, about: 0, aboutInterval: 0, aboutQualifier: 0, furniture: 0, furnitureOut: 0, furnitureSalient: 0 };
  const misses: string[] = [];
  /** Gold figures not extracted, or extracted but not salient. */
  const notShown: string[] = [];
  for (const name of readdirSync(DEVSET).sort()) {
    const dir = join(DEVSET, name);
    const goldPath = join(dir, 'gold-figures.json');
    if (!existsSync(goldPath)) continue;
    const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { figures: GoldFigure[]; not_figures?: NotFigure[] };
    const docs = loadDocs(dir);
    for (const g of gold.figures) {
      const doc = docs.get(g.doc);
      if (!doc) continue;
      t.gold++;
      if (doc.figures.some((f) => overlaps(f, g) && f.salient !== false)) t.goldFound++;
      else {
        const near = doc.figures.filter((f) => overlaps(f, g));
        notShown.push(`${name}/${g.doc} ${g.unit} "${g.quote}" (${g.low}..${g.high} ${g.qualifier}): ${near.length ? `not salient ${near.map((f) => `"${f.text}" (${f.unit})`).join('; ')}` : 'not extracted'}`);
      }
      if (g.qualifier !== 'vague' && g.qualifier !== 'about') continue;
      const q = g.qualifier;
      t[q]++;
      const cands = doc.figures.filter((f) => overlaps(f, g));
      const right = cands.find((f) => sameBound(f.low, g.low) && sameBound(f.high, g.high));
      if (right) t[`${q}Interval`]++;
      if (right && right.qualifier === q) t[`${q}Qualifier`]++;
      if (!right) misses.push(`${q} ${name}/${g.doc} "${g.quote}" gold ${g.low}..${g.high}, got ${cands.map((f) => `"${f.text}" ${f.low}..${f.high} ${f.qualifier}`).join('; ') || 'nothing'}`);
    }
    for (const nf of gold.not_figures ?? []) {
      const doc = docs.get(nf.doc);
      if (!doc) continue;
      t.furniture++;
      const span = spanOf(doc.text, nf);
      const out = doc.figures.filter((f) => overlaps(f, span));
      if (out.length) t.furnitureOut++;
      if (out.some((f) => f.salient !== false)) {
        t.furnitureSalient++;
        misses.push(`furniture ${name}/${nf.doc} "${nf.quote}" read as ${out.map((f) => `"${f.text}" (${f.unit})`).join('; ')}`);
      }
    }
  }
  console.log(`  gold figures extracted and shown (salient): ${pct(t.goldFound, t.gold)}`);
  console.log(`  vague gold figures ("des centaines de"): right interval ${pct(t.vagueInterval, t.vague)}, right qualifier too ${pct(t.vagueQualifier, t.vague)}`);
  console.log(`  about gold figures ("une quarantaine", "environ 700"): right interval ${pct(t.aboutInterval, t.about)}, right qualifier too ${pct(t.aboutQualifier, t.about)}`);
  console.log(`  page furniture (gold not_figures) extracted: ${t.furnitureOut}/${t.furniture}, shown as salient ${t.furnitureSalient}/${t.furniture}`);
  if (process.env.DEVSET_VERBOSE) for (const m of misses) console.log(`    ${m}`);
  if (process.env.DEVSET_VERBOSE) for (const m of notShown) console.log(`    not shown ${m}`);
}
