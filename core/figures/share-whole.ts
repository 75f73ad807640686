/**
 * The whole a share is of: the noun after "of" / "de" right behind a percentage ("99 % de l'approvisionnement",
 * "about 60% of demand", "12 per cent of the vote"). Two percentages are one count only when they are shares of one
 * whole; the count's key holds no such noun (a percentage has no counted noun of its own), so two shares of two
 * wholes said of one day by two speakers were set against each other. Pure: reads the text after the figure only.
 */
import type { Figure } from './types';
import { fold } from '../text/fold';
import { unknownNoun } from './count-head';

/** Letters two wholes' words must share from their start to be one word written in two languages or two forms
 * ("demand" / "demande", "electricity" / "électricité"): the six of match.ts's cognates. */
const WHOLE_COGNATE_MIN = 6;
/** Characters read after a percentage for "of" / "de", a determiner and the noun: enough for "de l'ensemble des". */
const WHOLE_WINDOW = 40;
/** "of" / "de" and the determiners that may follow it before the whole's noun, folded. */
const OF = /^\s*(?:%|percent|per\s+cent|pour\s+cent)?\s*(?:(?:of|de|du|des)(?!\p{L})|d['’])\s*(?:(?:the|its|their|his|her|all|this|that|these|those|la|le|les|l['’]|ses|leur|leurs|son|sa|ce|cet|cette|ces)\s+|l['’]\s*)?([\p{L}]{3,})/u;
/** Words after "de" / "of" that are no whole: "10 % de plus", "5 % de moins". */
const NOT_WHOLE = new Set(['plus', 'moins', 'more', 'less']);

/** The whole's key (the bilingual word list's id, else the word's stem), or undefined when the figure is no
 * percentage or no "of" follows it. */
export function shareWhole(text: string, f: Figure): string | undefined {
  if (f.unit !== 'percent') return undefined;
  const m = OF.exec(fold(text.slice(f.end, f.end + WHOLE_WINDOW)).toLowerCase());
  return m && !NOT_WHOLE.has(m[1]) ? unknownNoun(m[1]) : undefined;
}

/** Two shares whose wholes are both said and are not one word: shares of two things, never set against each other. */
export function wholesApart(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b || a === b) return false;
  const x = a.slice(2);
  const y = b.slice(2);
  const n = Math.min(x.length, y.length, WHOLE_COGNATE_MIN);
  return x.slice(0, n) !== y.slice(0, n);
}
