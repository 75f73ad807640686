/**
 * The figures of the development set's 'unit' misses (figure-causes.ts) whose unit is 'number' (the counted noun not
 * found) beside the other side's unit, each once, with the words before and after it: which structures lose the
 * counted noun, and in how many stories (session 25). A tool for working on core/figures, not a measure.
 * Usage: tsx scripts/dev/unit-number-probe.ts [story,story...]
 */
import { matchDetail } from '../../core/figures/index';
import { devsetStories, goldPairs } from './devset-stories';

const [storyArg] = process.argv.slice(2);
const wanted = storyArg && storyArg !== 'all' ? new Set(storyArg.split(',')) : undefined;
const seen = new Set<string>();
for (const s of devsetStories()) {
  if (wanted && !wanted.has(s.story)) continue;
  for (const { p, text, want, got, pf, i, g, src } of goldPairs(s)) {
    if (got === want || i < 0 || !g) continue;
    const md = matchDetail(pf[i], g);
    if (md.reason !== 'unit' && md.reason !== 'never') continue;
    for (const [f, t, other, id, lang] of [[pf[i], text, g, p.id, p.lang ?? 'fr'], [g, src.text, pf[i], src.id, src.lang]] as const) {
      if (f.unit !== 'number') continue;
      const k = `${s.story}/${id}/${f.start}`;
      if (seen.has(k)) continue;
      seen.add(k);
      const before = t.slice(Math.max(0, f.start - 60), f.start).replace(/\s+/g, ' ');
      const after = t.slice(f.end, f.end + 50).replace(/\s+/g, ' ');
      console.log(`${s.story}\t${lang}\t${other.unit}\t…${before}[[${f.text}]]${after}…`);
    }
  }
}
