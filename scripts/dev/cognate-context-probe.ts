/**
 * Where the cognate bridge of figures (core/figures/cognate-context.ts) fires on the development set's gold pairs
 * (session 20, cognates20): per story, the expected figure pairs whose two clauses share at least one word by its
 * cognate key only, and what matchDetail decides of them; with a story and 'show', the word pairs that met. A tool,
 * not a measure. Usage: tsx scripts/dev/cognate-context-probe.ts [story,story...|all] [show]
 */
import { matchDetail } from '../../core/figures/index';
import { cognatePairs } from '../../core/figures/cognate-context';
import { devsetStories, goldPairs } from './devset-stories';

const [storyArg, show] = process.argv.slice(2);
const wanted = storyArg && storyArg !== 'all' ? new Set(storyArg.split(',')) : undefined;
for (const s of devsetStories()) {
  if (wanted && !wanted.has(s.story)) continue;
  let pairs = 0;
  let bridged = 0;
  const reasons: Record<string, number> = {};
  for (const { pf, i, g, want, got } of goldPairs(s)) {
    pairs++;
    if (i < 0 || !g) continue;
    const n = cognatePairs(pf[i], g, new Set());
    if (!n) continue;
    bridged++;
    const r = `${matchDetail(pf[i], g).reason}${got === want ? '+right' : ''}`;
    reasons[r] = (reasons[r] ?? 0) + 1;
    if (show) console.log(`  ${want}/${got} ${pf[i].cognates?.map((e) => e.join(' ')).join(',')}  ||  ${g.cognates?.map((e) => e.join(' ')).join(',')}`);
  }
  console.log(`${s.story}\tpairs ${pairs}\tbridged ${bridged}\t${JSON.stringify(reasons)}`);
}
