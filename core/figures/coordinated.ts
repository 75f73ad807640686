/**
 * Members of one coordination: two values of one unit joined by "et / and / ou / or" or a comma alone ("les séismes de
 * magnitude 7,7 et 6,4", "2,000 and 3,500 people in the two towns"). Each counts one member of the plural its sentence
 * names; when one member agrees with a count of the other article, that count is its member's, and the other member
 * beside it is another thing, not a disagreement (compare.ts). Pure.
 */
import { fold } from '../text/fold';
import type { Figure } from './types';

/** What may stand between two members: a link word, a comma, spaces (text folded). */
const LINK = /^\s*(?:,\s*)?(?:et|and|ou|or)?\s*$/;
/** Longest text between two members: "7,7 et 6,4" (four characters), "2,000, and 3,500". Further, two values are more
 * often two phrases. */
const LINK_MAX = 8;

/** The figures of `figures` coordinated with f (same unit, only a link between them), in text order. */
export function coordinatedWith(f: Figure, figures: readonly Figure[], text: string): Figure[] {
  const out: Figure[] = [];
  for (const g of figures) {
    if (g === f || g.unit !== f.unit) continue;
    const [a, b] = g.start < f.start ? [g, f] : [f, g];
    const between = text.slice(a.end, b.start);
    if (between.length > 0 && between.length <= LINK_MAX && between.trim() !== '' && LINK.test(fold(between))) out.push(g);
  }
  return out;
}
