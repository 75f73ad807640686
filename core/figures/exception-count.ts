/**
 * A count given as the exception of a whole ("tous sauf 31 étaient des X non autorisés", "all but 12 were
 * unregistered", "à l'exception de 5"): the words of its clause tell what the rest of the whole is, not what the
 * count is, so its frame (the count key, read from that clause) names the others. Two such values are never a plain
 * disagreement nor one count moving: the count itself is left unsaid. Read from the words just before the number only
 * (sentence structure, no story's words).
 */
import type { Figure } from './types';
import { fold } from '../text/fold';

/** Words an exception's number follows at once: "tous sauf 31", "hormis 4", "à l'exception de 5", "all but 12",
 * "all except 3", "except for 2", "apart from 7", "other than 9", "save for 3". "but" alone is not one ("but 12 were
 * ..."): only after "all", "everyone", "every one", "everybody". Never after "none" / "nobody": "none but 12
 * survived" says exactly 12 survived, a plain count. */
const EXCEPTION_BEFORE = /(?:^|[^\p{L}])(?:sauf|hormis|excepte|exceptes|exceptees?|a l'exception d(?:e|u|es|')|a part|(?:all|everyone|every one|everybody) but|except(?: for)?|apart from|other than|save for)\s+$/u;
/** Characters before a number read for its exception word: "à l'exception des" with its space, and a little more. */
const EXCEPTION_WINDOW = 24;

/** Whether the figure's number is the exception of a whole its clause describes (see the module comment). */
export function exceptionCount(text: string, f: Figure): boolean {
  return EXCEPTION_BEFORE.test(fold(text.slice(Math.max(0, f.start - EXCEPTION_WINDOW), f.start)));
}
