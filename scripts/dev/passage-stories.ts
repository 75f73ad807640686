/**
 * Dev probe: the passage numbers of `npm run eval` (devset, given the story: every same-story page
 * against its story's whole corpus), per story and page language, in a few seconds of CPU instead of
 * the whole eval: recall (gold pairs found / expected, counted as scripts/eval/devset.ts counts them),
 * cross-language recall, precision (reported right / reported) and the right ones counting the
 * adjudicated pairs. LOG=1 also prints each missed gold pair (MISS) and each unlisted reported one
 * (FALSE), one line each, to diff two versions.
 * Usage: npx tsx scripts/dev/passage-stories.ts [> out.txt]
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { devsetStories } from './_devset-passages';
import { expectedCounterparts, DEVSET } from '../eval/devset';
const ov = (m: { start: number; end: number }, s: { start: number; end: number }): boolean => m.start < s.end && s.start < m.end;
const T: Record<string, number> = {};
const add = (k: string, n = 1) => (T[k] = (T[k] ?? 0) + n);
const lines: string[] = [];
const log: string[] = [];
for (const st of devsetStories()) {
  const langOf = new Map(st.corpus.map((d) => [`corpus/${d.id}`, d.lang]));
  const adjF = join(DEVSET, st.story, 'passages-adjudicated.json');
  const adj = existsSync(adjF) ? JSON.parse(readFileSync(adjF, 'utf8')).filter((a: any) => a.verdict) : null;
  for (const pg of st.pages()) {
    langOf.set(pg.doc, pg.lang);
    const k = `${st.story} ${pg.lang}`;
    const L: Record<string, number> = {};
    const a2 = (x: string) => { L[x] = (L[x] ?? 0) + 1; add(x); add(`${k}|${x}`); };
    for (const g of st.gold) for (const { a, bs } of expectedCounterparts(g, pg.doc)) {
      const b = bs[0]; const cross = langOf.get(a.doc) !== langOf.get(b.doc);
      a2('gp'); if (cross) a2('gpx');
      const hit = pg.passages.some((x) => ov(x.page, a) && `corpus/${x.source.id}` === b.doc && bs.some((y) => ov(x.source, y)));
      if (hit) { a2('found'); if (cross) a2('xfound'); } else log.push(`MISS${cross ? ' x' : ''} ${st.story} ${g.id} ${pg.id} / ${b.doc.slice(7)}: "${a.quote.slice(0, 110)}" / "${b.quote.slice(0, 110)}"`);
    }
    for (const x of pg.passages) {
      a2('rep');
      const ok = st.gold.some((g) => g.members.some((m) => m.doc === pg.doc && ov(m, x.page)) && g.members.some((m) => m.doc === `corpus/${x.source.id}` && ov(m, x.source)));
      if (ok) a2('right');
      const aj = !ok && adj?.some((a: any) => a.page === pg.doc && a.doc === `corpus/${x.source.id}` && ov({ start: a.pageStart, end: a.pageEnd }, x.page) && ov({ start: a.docStart, end: a.docEnd }, x.source));
      if (ok || aj) a2('rightAdj');
      if (!ok) log.push(`FALSE${x.translated ? ' x' : ''}${aj ? ' (adj true)' : ''} ${st.story} ${pg.id} [${x.kind} ${x.score}] "${x.page.text.slice(0, 110).replace(/\n/g, ' ')}" / ${x.source.id}: "${x.source.text.slice(0, 110).replace(/\n/g, ' ')}"`);
    }
  }
}
const keys = [...new Set(Object.keys(T).filter((k) => k.includes('|')).map((k) => k.split('|')[0]))].sort();
for (const k of keys) { const g = (x: string) => T[`${k}|${x}`] ?? 0; console.log(`${k.padEnd(16)} recall ${g('found')}/${g('gp')} x ${g('xfound')}/${g('gpx')} prec ${g('right')}/${g('rep')} adj ${g('rightAdj')}`); }
console.log(`TOTAL recall ${T.found}/${T.gp} x ${T.xfound}/${T.gpx} prec ${T.right}/${T.rep} adj ${T.rightAdj}`);
if (process.env.LOG) for (const l of log) console.log(l);
