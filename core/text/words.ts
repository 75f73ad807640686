import { fold } from './fold';

/** One word of a text, with its offsets in the original string (UTF-16 indices). */
export interface Word {
  /** Original spelling, `text.slice(start, end)`. */
  raw: string;
  /** Folded spelling (lower case, no accents, elision removed: "l'armée" -> "armee"). */
  norm: string;
  start: number;
  end: number;
  /** The original starts with an upper-case letter. */
  capitalized: boolean;
}

// Letters, digits and marks, with inner apostrophes and hyphens, and dots or commas between digits
// ("10.000", "1,5"): a number is one word, so no span taken from words starts inside one.
const WORD = /[\p{L}\p{N}\p{M}]+(?:(?:['\u2019\-]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{N}\p{M}]+)*/gu;

// French elided articles and pronouns glued by an apostrophe: the word after them is the content.
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)'(?=[\p{L}\p{N}])/u;

/** Split a text into words with exact offsets. Never throws; empty input gives []. */
export function words(text: string): Word[] {
  const folded = fold(text);
  const out: Word[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(folded)) !== null) {
    let start = m.index;
    let norm = m[0];
    // Only a word with an apostrophe can be elided (the test is most of the loop's cost otherwise).
    const el = norm.includes("'") ? ELISION.exec(norm) : null;
    if (el) {
      start += el[0].length;
      norm = norm.slice(el[0].length);
    }
    const end = m.index + m[0].length;
    const raw = text.slice(start, end);
    const first = raw.charAt(0);
    out.push({ raw, norm, start, end, capitalized: first !== first.toLowerCase() });
  }
  return out;
}

/** French and English function words: they carry no topic. */
export const STOPWORDS = new Set(
  (
    // French
    'a au aux avec ce ces cet cette celle celui ceux dans de des du elle elles en entre et eux il ils je la le les leur leurs lui ma mais me meme mes moi mon ne ni nos notre nous on ou par pas pour qu que qui sa sans se ses si son sur ta te tes toi ton tu un une vos votre vous y ete etre est sont etait etaient sera serait ont avait avaient aura aurait fait faire plus moins tres aussi ainsi alors apres avant deja encore depuis lors selon dont donc car comme tout tous toute toutes autre autres cela ca ceci sous vers chez contre pendant leurs quelque quelques ces cet ici la-bas ' +
    'aujourd hui puis tandis lorsque quand comment pourquoi ou-bien non oui peu beaucoup trop bien cependant toutefois notamment egalement desormais ' +
    // English
    'the a an and or but of to in on at by for with from as is are was were be been being has have had do does did not no this that these those it its he she they them his her their we our you your i me my which who whom whose what when where why how than then there here also into over under about after before during between through while would could should will can may might must shall said says'
  ).split(/\s+/).filter(Boolean),
);
