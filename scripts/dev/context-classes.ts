/**
 * The expected figure pairs refused for context (matchDetail reason 'context'), classed by what keeps them apart
 * (session 21, context21): the need class (a weak unit: a date, a time, a duration; a unit with no counted noun: km,
 * percent, euros; a generic noun: people, an unknown noun), the page language against the source's, whether the values
 * agree, how many context words the two clauses share as written, and whether one clause is near empty (two words or
 * fewer). A tool, not a measure. Usage: tsx scripts/dev/context-classes.ts [story,story...|all] [show]
 */
import { matchDetail, intervalVerdict } from '../../core/figures/index';
import { WEAK_UNITS } from '../../core/figures/match';
import type { Figure } from '../../core/figures/types';
import { devsetStories, goldPairs } from './devset-stories';

const [storyArg, show] = process.argv.slice(2);
const wanted = storyArg && storyArg !== 'all' ? new Set(storyArg.split(',')) : undefined;
const table: Record<string, number> = {};
const add = (k: string): void => { table[k] = (table[k] ?? 0) + 1; };
const needClass = (f: Figure): string => WEAK_UNITS.has(f.unit) ? 'weak' : f.countsKey[0] === f.unit ? 'unitOnly' : 'generic';
for (const s of devsetStories()) {
  if (wanted && !wanted.has(s.story)) continue;
  for (const { p, pf, i, g, src, want, got } of goldPairs(s)) {
    if (got === want || i < 0 || !g) continue;
    const f = pf[i];
    if (matchDetail(f, g).reason !== 'context') continue;
    const langs = `${p.lang ?? 'fr'}-${src.lang}`;
    const cross = (p.lang ?? 'fr') !== src.lang ? 'cross' : 'same';
    const A = new Set(f.context ?? []);
    const shared = (g.context ?? []).filter((x) => A.has(x) && x !== f.countsKey[0]).length;
    const tiny = (f.context ?? []).length <= 2 || (g.context ?? []).length <= 2 ? 'tiny' : 'full';
    const agree = intervalVerdict(f, g) === 'agrees' ? 'agree' : 'other';
    add(`need:${needClass(f)}`); add(`lang:${cross}`); add(`agree:${agree}`); add(`shared:${shared}`); add(`ctx:${tiny}`);
    add(`${needClass(f)} ${cross} ${agree} ${tiny}`);
    add(`unit:${f.unit}`);
    add(`${s.story} ${langs}`);
    if (show) console.log(`${s.story} ${want} ${needClass(f)} ${cross} ${agree} sh=${shared} | "${f.text}" ${f.unit} [${f.countsKey.join(' ')}] {${(f.context ?? []).join(' ')}} | "${g.text}" [${g.countsKey.join(' ')}] {${(g.context ?? []).join(' ')}}`);
  }
}
for (const [k, v] of Object.entries(table).sort((a, b) => a[0].localeCompare(b[0]))) console.log(`${k}\t${v}`);
