/**
 * Dev probe (time34): the timeline lines of scripts/eval/timeline.ts (manifest dating only) for some rising-count
 * stories, without the moments and text-dating lines, so that a change to core/figures/timeline.ts can be measured
 * in a few minutes (about 5 on 2 cores): per story, timelines, timelines mixing two gold keys (and of them those mixing
 * keys the gold does not relate), gold counts at two dates with a timeline;
 * then the totals. Updates are not counted: timeline.ts does not change a verdict. The counting below is a copy of
 * evalStory's timeline counting in scripts/eval/timeline.ts (mixing, gold counts at two dates): a change there must be
 * made here too, or the two disagree. Usage: tsx scripts/dev/timeline-ab.ts [story,story]
 */
import { isGoldFigure } from '../eval/devset';
import { RISING_STORIES, pageTimelines, risingStory } from '../eval/timeline';

const total = { timelines: 0, mixed: 0, unrelated: 0, goldTimelines: 0, found: 0 };
for (const name of process.argv[2] ? process.argv[2].split(',') : RISING_STORIES) {
  const { corpus, gold, pages, sources } = risingStory(name);
  const publishedOf = new Map<string, string | undefined>();
  for (const d of corpus) publishedOf.set(`corpus/${d.id}`, d.published);
  for (const p of pages) publishedOf.set(`pages/${p.id}`, p.published);
  const figs = gold.figures.map((f) => ({ ...f, when: f.moment ?? publishedOf.get(f.doc) }));
  const t = { timelines: 0, mixed: 0, unrelated: 0, goldTimelines: 0, found: 0 };
  // Keys the gold relates (as scripts/eval/timeline.ts reads them): a mix of only such keys is counted apart.
  const relatedKeys = new Set((gold.related_keys ?? []).flatMap(([x, y]) => [`${x}|${y}`, `${y}|${x}`]));
  for (const p of pages) {
    const { timelines } = pageTimelines(p.text, p.lang, p.published, sources);
    const doc = `pages/${p.id}`;
    const goldOf = (source: string, span: { start: number; end: number }) => figs.find((g) => g.doc === (source === 'page' ? doc : `corpus/${source}`) && isGoldFigure(span, g));
    for (const tl of timelines) {
      t.timelines++;
      const ks = [...new Set(tl.points.map((x) => goldOf(x.source, x)?.key).filter((k): k is string => !!k))];
      if (ks.length > 1) t.mixed++;
      if (ks.some((a, i) => ks.slice(i + 1).some((b) => !relatedKeys.has(`${a}|${b}`)))) t.unrelated++;
    }
    for (const key of new Set(figs.filter((g) => g.doc === doc).map((g) => g.key))) {
      const whens = new Set(figs.filter((g) => g.key === key && (g.doc === doc || g.doc.startsWith('corpus/')) && g.when).map((g) => g.when));
      if (whens.size < 2) continue;
      t.goldTimelines++;
      if (timelines.some((tl) => new Set(tl.points.filter((x) => goldOf(x.source, x)?.key === key).map((x) => x.moment)).size >= 2)) t.found++;
    }
  }
  console.log(`${name}: timelines ${t.timelines}, mixing ${t.mixed} (unrelated ${t.unrelated}), gold counts with a timeline ${t.found}/${t.goldTimelines}`);
  for (const k of Object.keys(total) as Array<keyof typeof total>) total[k] += t[k];
}
console.log(`TOTAL: timelines ${total.timelines}, mixing ${total.mixed} (unrelated ${total.unrelated}), gold counts with a timeline ${total.found}/${total.goldTimelines}`);
