/**
 * Every expected figure pair of the named stories, one line each: story, key, page, source, gold verdict, engine
 * verdict and the two figures' texts (session 43). Run it before and after a change and `diff` the two outputs to
 * see which pairs moved, both ways (figure-causes.ts counts them, this names them). A tool, not a measure.
 * Usage: tsx scripts/dev/pair-states.ts story[,story...]
 */
import { devsetStories, goldPairs } from './devset-stories';

const wanted = new Set((process.argv[2] ?? '').split(',').filter(Boolean));
for (const s of devsetStories()) {
  if (wanted.size && !wanted.has(s.story)) continue;
  for (const { p, pg, sg, want, got, pf, i, g } of goldPairs(s)) {
    const mark = got === want ? 'RIGHT' : 'miss ';
    console.log(`${mark} ${s.story} ${pg.key} ${p.id} ${sg.doc} want=${want} got=${got} "${i >= 0 ? pf[i].text : '-'}" ${i >= 0 ? pf[i].unit : ''} / "${g?.text ?? '-'}" ${g?.unit ?? ''}`);
  }
}
