/**
 * Dev probe (time33): for each timeline that mixes two gold keys, the joins that built it (buildTimeline's onJoin),
 * each with the two sides' gold keys, verdict, values, names, scope and speakers: a join between two gold keys is a
 * direct bridge ("BRIDGE"), one with a side the gold does not list may be a chain through a third point ("VIA").
 * Ends with a tally of bridges by verdict and by how the sides' names stand (both named and disjoint, sharing one,
 * one side unnamed, none). Usage: tsx scripts/dev/timeline-joins.ts [story,story]
 */
import { compareFigures, extractFigures } from '../../core/figures/index';
import { buildTimeline, withMoments, type DatedText } from '../../core/figures/timeline';
import type { Figure } from '../../core/figures/types';
import { scopeOf } from '../../core/figures/scope';
import type { Lang } from '../../core/types';
import { isGoldFigure } from '../eval/devset';
import { RISING_STORIES, risingStory } from '../eval/timeline';

const tally = new Map<string, number>();
const add = (k: string): void => { tally.set(k, (tally.get(k) ?? 0) + 1); };
const namesRel = (a: Figure, b: Figure): string => !a.names?.length && !b.names?.length ? 'no names' : !a.names?.length || !b.names?.length ? 'one side named'
  : a.names.some((n) => b.names!.includes(n)) ? 'names shared' : 'names disjoint';
for (const name of process.argv[2] ? process.argv[2].split(',') : RISING_STORIES) {
  const { gold, pages, sources } = risingStory(name);
  for (const p of pages) {
    const page: DatedText & { lang: Lang } = { id: 'page', text: p.text, lang: p.lang, published: p.published, figures: extractFigures(p.text, p.lang, { published: p.published }) };
    const reports = withMoments(compareFigures(page, sources), page, sources);
    const joins: Array<{ a: { doc: DatedText; figure: Figure }; b: { doc: DatedText; figure: Figure }; v: string }> = [];
    const tls = buildTimeline(page, reports, sources, (a, b, v) => joins.push({ a, b, v }));
    const goldOf = (src: string, span: { start: number; end: number }) => gold.figures.find((g) => g.doc === (src === 'page' ? `pages/${p.id}` : `corpus/${src}`) && isGoldFigure(span, g));
    for (const tl of tls) {
      const keys = new Set(tl.points.map((x) => goldOf(x.source, x)?.key).filter(Boolean));
      if (keys.size < 2) continue;
      console.log(`\n== ${name} ${p.id} "${tl.counts}" ${[...keys].join(', ')}`);
      for (const x of tl.points) console.log(`  point ${x.source} "${x.text}" @${x.moment} [${goldOf(x.source, x)?.key}] :: ${x.sentence.slice(0, 160)}`);
      const pts = new Set(tl.points.map((x) => `${x.source}:${x.start}`));
      // The joins of this timeline: those with a side among its points, grown to a fixed point over the joins' sides.
      const members = new Set(pts);
      let grew = true;
      const mine = new Set<number>();
      while (grew) {
        grew = false;
        joins.forEach((j, i) => {
          const ka = `${j.a.doc.id}:${j.a.figure.start}`, kb = `${j.b.doc.id}:${j.b.figure.start}`;
          if (!mine.has(i) && (members.has(ka) || members.has(kb))) { mine.add(i); members.add(ka); members.add(kb); grew = true; }
        });
      }
      for (const i of mine) {
        const { a, b, v } = joins[i];
        const ga = goldOf(a.doc.id, a.figure)?.key, gb = goldOf(b.doc.id, b.figure)?.key;
        const kind = ga && gb ? (ga === gb ? 'same' : 'BRIDGE') : 'VIA';
        const rel = namesRel(a.figure, b.figure);
        if (kind === 'BRIDGE') { add(`bridge ${v}`); add(`bridge ${rel}`); add(`bridge scope ${scopeOf(a.figure) || scopeOf(b.figure) ? 'set' : 'none'}`); }
        if (kind !== 'same') console.log(`  ${kind} ${v} "${a.figure.text}"@${a.figure.moment}[${ga}] n=${a.figure.names ?? '-'} s=${scopeOf(a.figure)} by=${a.figure.saidBy ?? '-'} ~ ${b.doc.id.slice(0, 24)} "${b.figure.text}"@${b.figure.moment}[${gb}] n=${b.figure.names ?? '-'} s=${scopeOf(b.figure)} by=${b.figure.saidBy ?? '-'} (${rel})`);
      }
    }
  }
}
console.log('\n' + [...tally].sort((x, y) => y[1] - x[1]).map(([k, v]) => `${k}: ${v}`).join('\n'));
