/**
 * A count given as the exception of a whole ("tous sauf 31 étaient des X non autorisés", "all but 12 were
 * unregistered", "à l'exception de 5"): the words of its clause tell what the rest of the whole is, not what the
 * count is, so its frame (the count key, read from that clause) names the others. Two such values are never a plain
 * disagreement nor one count moving: the count itself is left unsaid. Read from the words just before the number only
 * (sentence structure, no story's words).
 */
import type { Figure } from './types';
import { fold } from '../text/fold';

/** "all but 12", "everyone but 3": the whole is in the words themselves. "but" alone is not one ("but 12 were ..."),
 * nor "none but 12" / "nobody but": "none but 12 survived" says exactly 12 survived, a plain count. */
const WHOLE_BUT = /(?:^|[^\p{L}])(?:all|everyone|every one|everybody) but\s+$/u;
/** Words an exception's number follows at once: "tous sauf 31", "hormis 4", "à l'exception de 5", "all except 3",
 * "except for 2", "apart from 7", "other than 9", "save for 3". Each also says "besides" or "before" in a plain
 * count ("employs 1,200 people apart from 300 contractors", "save for 3 years"), so a whole must be named just
 * before it (WHOLE_NEAR). Read on folded text. */
const EXCEPTION_WORD = /(?:^|[^\p{L}])(?:sauf|hormis|excepte|exceptes|exceptees?|a l'exception d(?:e|u|es|')|except(?: for)?|apart from|other than|save for)\s+$/u;
/** "à part 3": read before folding, with its accent, so the English "a part 3 times" is never one. */
const A_PART = /(?:^|[^\p{L}])à part\s+$/u;
/** The whole an exception is taken from, among the last words before the exception word: "tous les élèves, à
 * l'exception de", "every passenger except for", "personne sauf", "no one other than". General quantifiers only; up to
 * three words between (a noun and its article or adjective, the comma is not a word). */
const WHOLE_NEAR = /(?:^|[^\p{L}])(?:tous|toutes|tout le monde|personne|rien|aucun|aucune|all|every|everyone|everybody|each|no one|nobody|nothing|none)(?:[^\p{L}]+\p{L}+){0,3}[^\p{L}]*$/u;
/** Characters before a number read for its exception word and its whole: "tous les élèves, à l'exception de" with
 * its spaces, and a little more. */
const EXCEPTION_WINDOW = 60;
/** A four-digit year ("all except 2019 saw 300 deaths") names a period, never a counted exception. */
const YEAR = /^(?:1[89]|20)\d\d(?![\d.,]\d)/;

/** Whether the figure's number is the exception of a whole its clause describes (see the module comment). */
export function exceptionCount(text: string, f: Figure): boolean {
  if (YEAR.test(text.slice(f.start, f.start + 6))) return false;
  const raw = text.slice(Math.max(0, f.start - EXCEPTION_WINDOW), f.start);
  const before = fold(raw);
  if (WHOLE_BUT.test(before)) return true;
  const word = EXCEPTION_WORD.exec(before) ?? A_PART.exec(raw.toLowerCase());
  return word !== null && WHOLE_NEAR.test(before.slice(0, word.index + 1));
}
