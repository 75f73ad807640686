/**
 * A number that is part of a name, not a count (session 33, pass33).
 *
 * A number written right after a name, with only a space between, names a thing of a series rather than counting
 * anything: a model ("<Maker> 737", "<Model> 9"), a flight or a line ("Flight 1282", "Ligne 14"), an article of a
 * law ("Article 49.3"). Two texts of one story repeat such a designation in every sentence about its object, whatever
 * they say of it; read as a count, it made the passage rules see a shared count where the two texts only name the
 * same thing: a verbless noun phrase naming the object paired with every source naming it (fragment-claims.ts), a
 * clause naming it paired with every clause of a source naming it (count-pairs.ts). A count comes before what it
 * counts ("171 passengers", "the 171 aircraft"), or after a verb or a preposition ("carrying 171", "of 171"), not
 * after a name.
 * Structure only: the capital of the word before (Analysis.wordNames, a word the text capitalises inside a sentence),
 * the gap between, and the line's title case (a title-case headline capitalises its verbs: "Toll Passes 2,700" is a
 * count). No word of any story.
 */
import type { Analysis } from './tokens';
import { subheads } from '../text/title-case';
import { lookup } from '../concepts/index';
import { monthNumber } from '../dates/day';

/** A number written in digits, with decimals or a hyphenated suffix ("737", "49.3", "787-8"), and no thousands
 *  separator: a designation is written as a code, a count of thousands as "2,000" or "2 000". */
const CODE_NUMBER = /^\d+(?:[.-]\d+)*$/;
/** A year written as four digits: a date, which the passage rules read as one (claim-anchors.ts writtenAsYear). */
const YEAR_WORD = /^(?:19|20)\d\d$/;
/** What may stand between the name and its number: spaces only (a comma or a colon ends the name: "X, 59", "Paris :
 *  300 personnes"). */
const NAME_GAP = /^[ \u00a0\u2009\u202f]+$/;

/** The line of `text` holding offset `at`. */
function lineAt(text: string, at: number): string {
  const s = text.lastIndexOf('\n', at - 1) + 1;
  const e = text.indexOf('\n', at);
  return text.slice(s, e < 0 ? text.length : e);
}

/** Is word `w` of `a` a number that is part of a name: written as a code (CODE_NUMBER), right after a name with only
 *  spaces between, outside a line in title case (whose capitals mark no names)? A capitalised month before it makes a
 *  date ("May 31"), a currency's code an amount ("USD 10"): the concept table's units and the months are general
 *  vocabulary. */
export function isDesignation(a: Analysis, w: number): boolean {
  if (w <= 0 || !a.wordNames[w - 1]) return false;
  const before = a.wordNorms[w - 1];
  if (monthNumber(before) > 0 || lookup(before, 'unit')) return false;
  const word = a.text.slice(a.wordStarts[w], a.wordEnds[w]);
  // A year after a name ("Paris 2024", "Euro 2024") dates an event: the year rules of the passage modules read it.
  if (!CODE_NUMBER.test(word) || YEAR_WORD.test(word)) return false;
  if (!NAME_GAP.test(a.text.slice(a.wordEnds[w - 1], a.wordStarts[w]))) return false;
  return subheads(lineAt(a.text, a.wordStarts[w]), a.lang === 'en' ? 'en' : 'fr').length === 0;
}
