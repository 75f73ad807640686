/** Same-key gold pairs of the development set that occasion.ts sets apart (each a likely loss: two readings of one count
 * told as two occasions), per story, with both frames. A tool for core/figures/occasion.ts, not a measure. Usage: tsx scripts/dev/occasion-ab.ts [stories] */
import { devsetStories, goldPairs } from './devset-stories';
import { occasionsApart } from '../../core/figures/occasion';
const wanted = process.argv[2] ? new Set(process.argv[2].split(',')) : undefined;
let n = 0, withOcc = 0;
for (const s of devsetStories()) {
  if (wanted && !wanted.has(s.story)) continue;
  for (const { p, pg, want, got, pf, i, g } of goldPairs(s)) {
    const f = i >= 0 ? pf[i] : undefined;
    if (!f || !g) continue;
    if (f.occasion || g.occasion) withOcc++;
    if (occasionsApart(f, g)) { n++; console.log(`${s.story} ${p.id} key=${pg.key} want=${want} got=${got} | "${f.text}" ${f.occasion} w=${f.when} m=${f.moment} | "${g.text}" ${g.occasion} w=${g.when} m=${g.moment}`); }
  }
}
console.log(`same-key pairs set apart: ${n}; pairs with an occasion read: ${withOcc}`);
