/**
 * Session 45 (related45): the expected figure pairs compareFigures calls `related` (figure-causes.ts refused:related)
 * with the rule that set it (as related-classes.ts), and, for each, why each side has or lacks a moment: its article
 * undated ('nodate'), a year of its own ('year'), no moment in a dated article ('none': pluperfect, before a clause),
 * else its own day ('own', a time word or a date) or its article's day ('art'). Tallied as rule, gold verdict and the
 * two sides' moment kinds, so that the class "a moment read on one side only" can be split by its cause. A tool, not a
 * measure. Usage: tsx scripts/dev/related-sides.ts [story,story...|all] [-v]
 */
import { matchDetail } from '../../core/figures/index';
import { matchKeys } from '../../core/figures/match';
import { decideVerdict, UPDATED_MAX_RATIO, UPDATED_MIN_JACCARD } from '../../core/figures/compare';
import type { Figure } from '../../core/figures/types';
import { isEvent, oneFacility, sameProjection } from '../../core/figures/sides';
import { ratio } from '../../core/figures/intervals';
import { jaccard } from '../../core/figures/compare';
import { fallsBelow, LATER_PART_MAX_SHARE, scopeOf } from '../../core/figures/scope';
import { devsetStories, goldPairs } from './devset-stories';

const [storyArg, verbose] = process.argv.slice(2);
const wanted = storyArg && storyArg !== 'all' ? new Set(storyArg.split(',')) : undefined;
const table: Record<string, number> = {};
const add = (k: string): void => { table[k] = (table[k] ?? 0) + 1; };
const kind = (f: Figure, published: string | undefined): string => !published ? 'nodate' : f.moment ? (f.ownDay ? 'own' : 'art') : f.year ? 'year' : 'none';
const sentence = (text: string, f: Figure): string => {
  const a = Math.max(text.lastIndexOf('. ', f.start), text.lastIndexOf('\n', f.start)) + 1;
  const e = text.indexOf('. ', f.end);
  return text.slice(a, e < 0 ? Math.min(text.length, f.end + 200) : Math.min(e + 1, f.end + 250)).replace(/\s+/g, ' ').trim();
};
for (const s of devsetStories()) {
  if (wanted && !wanted.has(s.story)) continue;
  for (const { p, text, pf, i, g, src, want, got } of goldPairs(s)) {
    if (got === want || i < 0 || !g || got !== 'related') continue;
    const f = pf[i];
    if (matchDetail(f, g).reason !== 'ok') continue;
    // The match kind compareFigures gives the pair (not always 'same': a 'related' match never reaches the update tests).
    const m = matchKeys(f, g);
    if (!m) continue;
    const d = decideVerdict(f, g, m, { text, published: p.published, lang: p.lang ?? 'fr', figures: pf }, { text: src.text, published: src.published, lang: src.lang, figures: src.figures });
    const rule = d ? d.rule : 'dropped';
    const kp = kind(f, p.published), ks = kind(g, src.published);
    // For the rule 'moments': which test of an update the pair failed (compare.ts decideVerdict, in its order).
    let why = rule !== 'moments' ? '' : jaccard(f, g, true) < UPDATED_MIN_JACCARD ? ' jaccard' : ratio(f, g) > UPDATED_MAX_RATIO ? ' ratio' : isEvent(f) && !sameProjection(f, g) ? ' event' : oneFacility(text, f) !== oneFacility(src.text, g) ? ' facility' : ' ?';
    // For the rule 'part' (both moments known): which side is later and which scope each names ('-' none).
    // The later side is the one decideVerdict's moments (weekdayMoments, not the figures' own f.moment) made later.
    if (rule === 'part' && d?.later) {
      const [later, earlier] = d.later === 'page' ? [f, g] : [g, f];
      why = ` later:${scopeOf(later) ? 'scoped' : '-'} earlier:${scopeOf(earlier) ? 'scoped' : '-'}${scopeOf(f) === scopeOf(g) ? ' one-scope' : ''}${fallsBelow(later, earlier, LATER_PART_MAX_SHARE) ? ' far' : ''}`;
    }
    const k = `${rule}${why} want:${want} ${[kp, ks].sort().join('/')}`;
    add(k);
    if (verbose) console.log(`${s.story} ${k} page=${p.published ?? '-'} src=${src.published ?? '-'}\n   P "${f.text}" [${f.countsKey.join(' ')}] m=${f.moment ?? '-'} y=${f.year ?? '-'} when=${f.when ?? '-'} ${f.saidBy ? `by ${f.saidBy}` : ''} :: ${sentence(text, f)}\n   S "${g.text}" [${g.countsKey.join(' ')}] m=${g.moment ?? '-'} y=${g.year ?? '-'} when=${g.when ?? '-'} ${g.saidBy ? `by ${g.saidBy}` : ''} :: ${sentence(src.text, g)}`);
  }
}
for (const [k, v] of Object.entries(table).sort((a, b) => b[1] - a[1])) console.log(`${v}\t${k}`);
