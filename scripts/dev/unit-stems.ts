/**
 * Which counted nouns keep gold pairs of the development set apart on their unit (unit40): for every expected figure
 * pair whose two figures are both extracted and that matchDetail refuses on the unit ('unit', 'never'), the two units
 * side by side, counted by pairs and stories, the ones where a side is a word stem (`w:`) first. A `w:` unit on one
 * side only is a counted noun the concept table does not hold that cannot meet its translation. A tool for working
 * on the concept data, not a measure. Usage: tsx scripts/dev/unit-stems.ts [story,story...]
 */
import { matchDetail } from '../../core/figures/index';
import { asYearOf, inUnitOf } from '../../core/figures/unit-scales';
import { devsetStories, goldPairs } from './devset-stories';

const [storyArg] = process.argv.slice(2);
const wanted = storyArg && storyArg !== 'all' ? new Set(storyArg.split(',')) : undefined;
const rows = new Map<string, { pairs: number; stories: Set<string>; ex: string }>();
let stemPairs = 0;
let unitPairs = 0;
for (const s of devsetStories()) {
  if (wanted && !wanted.has(s.story)) continue;
  for (const { p, want, got, pf, i, g } of goldPairs(s)) {
    if (got === want || i < 0 || !g) continue;
    const gu = inUnitOf(pf[i], g);
    const md = matchDetail(asYearOf(pf[i], gu) ?? pf[i], asYearOf(gu, pf[i]) ?? gu);
    if (md.reason !== 'unit' && md.reason !== 'never') continue;
    unitPairs++;
    const a = pf[i].unit;
    const b = g.unit;
    if (a.startsWith('w:') || b.startsWith('w:')) stemPairs++;
    const k = `${p.lang ?? 'fr'} page ${a}  |  corpus ${b}`;
    const r = rows.get(k) ?? { pairs: 0, stories: new Set<string>(), ex: `"${pf[i].text}" / "${g.text}"` };
    r.pairs++;
    r.stories.add(s.story);
    rows.set(k, r);
  }
}
console.log(`pairs refused on the unit: ${unitPairs}, with a w: unit on a side: ${stemPairs}`);
const list = [...rows].sort((x, y) => Number(y[0].includes('w:')) - Number(x[0].includes('w:')) || y[1].pairs - x[1].pairs);
for (const [k, v] of list) console.log(`${v.pairs}\t${v.stories.size}\t${k}\t${[...v.stories].join(',')}\t${v.ex}`);
