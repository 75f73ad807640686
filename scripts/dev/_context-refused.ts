/**
 * Shared by exact-value-context.ts and repeated-value-context.ts: every pair of a page figure and a corpus figure over
 * the development set that tell one exact value in one unit and that the comparison refuses for want of shared
 * context, classed against the gold (gold: one key; rel: keys the gold relates; cross: other keys; nongold: a side not
 * in the gold; neg: a page of another story). The two scripts tabulate these pairs by different features.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFigures, matchDetail } from '../../core/figures/index';
import { asYearOf, inUnitOf } from '../../core/figures/unit-scales';
import type { Figure } from '../../core/figures/types';
import { devsetStories, isGoldFigure } from './devset-stories';

export const exactValue = (f: Figure): boolean => typeof f.low === 'number' && f.low === f.high && f.qualifier !== 'vague';
// Maps, not plain objects: a unit name is read from the text ('w:' nouns) and must not meet an Object property.
export type Row = Map<string, number>;
export const bump = (r: Row, c: string): void => { r.set(c, (r.get(c) ?? 0) + 1); };
export const CLASS_COLUMNS = ['gold', 'rel', 'cross', 'nongold', 'neg'];

type GoldFigure = { key: string };
export interface RefusedPair {
  story: string; page: string; lang: string; source: string;
  f: Figure; g0: Figure; md: ReturnType<typeof matchDetail>; cls: string;
  fg?: GoldFigure; gg?: GoldFigure;
  /** The story's corpus articles with their figures (for counts over the corpus). */
  cdocs: { id: string; figures: Figure[] }[];
}

export function* contextRefusedPairs(wanted?: Set<string>): Generator<RefusedPair> {
  for (const s of devsetStories()) {
    if (wanted && !wanted.has(s.story)) continue;
    const related = new Set(((s.gold as { related_keys?: [string, string][] }).related_keys ?? []).flatMap(([x, y]) => [`${x}|${y}`, `${y}|${x}`]));
    const goldOf = (doc: string, f: Figure) => s.gold.figures.find((g) => g.doc === doc && isGoldFigure(f, g));
    const cdocs = s.corpus.map((d) => ({ id: d.id, figures: extractFigures(d.text, d.lang, { ignore: d.ignore, published: d.published }) }));
    const cgold = cdocs.map((d) => d.figures.map((f) => goldOf(`corpus/${d.id}`, f)));
    for (const p of s.pages) {
      const text = readFileSync(join(s.dir, 'pages', p.id), 'utf8');
      const pf = extractFigures(text, p.lang ?? 'fr', { published: p.published });
      for (const f of pf) {
        if (!exactValue(f)) continue;
        const fg = p.sameStory ? goldOf(`pages/${p.id}`, f) : undefined;
        for (let di = 0; di < cdocs.length; di++) {
          const d = cdocs[di];
          for (let gi = 0; gi < d.figures.length; gi++) {
            const g0 = d.figures[gi];
            if (!exactValue(g0)) continue;
            const gu = inUnitOf(f, g0);
            if (gu.low !== f.low || gu.high !== f.high) continue;
            const a = asYearOf(f, gu) ?? f, b = asYearOf(gu, f) ?? gu;
            const md = matchDetail(a, b);
            if (md.reason !== 'context') continue;
            const gg = cgold[di][gi];
            const cls = !p.sameStory ? 'neg' : !fg || !gg ? 'nongold' : fg.key === gg.key ? 'gold' : related.has(`${fg.key}|${gg.key}`) ? 'rel' : 'cross';
            yield { story: s.story, page: p.id, lang: p.lang ?? 'fr', source: d.id, f, g0, md, cls, fg, gg, cdocs };
          }
        }
      }
    }
  }
}
