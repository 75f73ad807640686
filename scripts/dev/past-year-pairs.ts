/**
 * Pairs of one calendar year told as a figure on both sides (unit 'year', one value), over every two corpus articles of
 * the development set (fixctx34): how many matchDetail calls 'same' within one story and across two stories, and how
 * many of them the past-year bar (core/figures/match.ts onePastYear) lowered. A pair of two stories is seldom one
 * thing; its count is the cost of a looser bar. A tool, not a measure. Usage: tsx scripts/dev/past-year-pairs.ts [show]
 */
import { extractFigures, matchDetail } from '../../core/figures/index';
import { devsetStories } from './devset-stories';

const show = process.argv[2] === 'show';
const byValue = new Map<number, { story: string; doc: string; f: ReturnType<typeof extractFigures>[number] }[]>();
for (const s of devsetStories()) {
  for (const d of s.corpus) {
    for (const f of extractFigures(d.text, d.lang, { ignore: d.ignore, published: d.published })) {
      if (f.unit !== 'year' || typeof f.low !== 'number' || f.low !== f.high) continue;
      const list = byValue.get(f.low) ?? [];
      list.push({ story: s.story, doc: `${s.story}/${d.id}`, f });
      byValue.set(f.low, list);
    }
  }
}
let within = 0, across = 0, pairs = 0;
const perStory: Record<string, number> = {};
for (const list of byValue.values()) {
  for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
    const x = list[i], y = list[j];
    if (x.doc === y.doc) continue;
    pairs++;
    if (matchDetail(x.f, y.f).match !== 'same') continue;
    if (x.story === y.story) { within++; perStory[x.story] = (perStory[x.story] ?? 0) + 1; continue; }
    across++;
    if (show) console.log(`${x.story} "${x.f.text}" {${x.f.context?.join(' ')}} | ${y.story} "${y.f.text}" {${y.f.context?.join(' ')}}`);
  }
}
console.log(`year pairs ${pairs}; same within one story ${within}; same across two stories ${across}`);
console.log(Object.entries(perStory).sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${k} ${v}`).join(', '));
