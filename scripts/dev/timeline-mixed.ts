/**
 * Dev probe: for each timeline that mixes two gold keys, the comparisons that joined its points
 * (page figure, source figure, verdict, newer, moments, gold keys). Usage: tsx scripts/dev/timeline-mixed.ts [story]
 */
import { RISING_STORIES, pageTimelines, risingStory } from '../eval/timeline';
import { isGoldFigure } from './devset-stories';

for (const name of process.argv[2] ? [process.argv[2]] : RISING_STORIES) {
  const { gold, pages, sources } = risingStory(name);
  for (const p of pages) {
    const { reports, timelines: tls } = pageTimelines(p.text, p.lang, p.published, sources);
    const goldOf = (src: string, span: { start: number; end: number }) => gold.figures.find((g) => g.doc === (src === 'page' ? `pages/${p.id}` : `corpus/${src}`) && isGoldFigure(span, g));
    for (const tl of tls) {
      const keys = new Set(tl.points.map((x) => goldOf(x.source, x)?.key).filter(Boolean));
      if (keys.size < 2) continue;
      console.log(`\n== ${name} ${p.id} "${tl.counts}" ${[...keys].join(', ')}`);
      for (const x of tl.points) console.log(`  point ${x.source} "${x.text}" @${x.moment} [${goldOf(x.source, x)?.key}] :: ${x.sentence.slice(0, 200)}`);
      const inTl = new Set(tl.points.map((x) => `${x.source}:${x.start}`));
      for (const r of reports) {
        for (const c of r.comparisons) {
          if (!['agrees', 'overlaps', 'updated'].includes(c.verdict)) continue;
          if (!inTl.has(`page:${r.page.start}`) && !inTl.has(`${c.source.id}:${c.source.start}`)) continue;
          const a = goldOf('page', r.page)?.key, b = goldOf(c.source.id, c.source)?.key;
          if (a && b && a !== b) console.log(`  EDGE ${c.verdict} newer=${c.newer} page "${r.page.text}"@${r.moment} [${a}] ~ ${c.source.id} "${c.source.text}"@${c.moment} [${b}]`);
        }
      }
    }
  }
}
