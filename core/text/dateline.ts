/**
 * A news dateline: the place, perhaps the day, and perhaps the agency a wire report opens with, before a
 * dash or a colon ("PARIS, 3 déc. (AFP) -", "KYIV, Ukraine (AP) —", "Seoul (Reuters) -", "DIA-07 juillet
 * 2024:"). It says where and by whom the story was filed, not what it reports. One module owns its
 * vocabulary (the months, the dashes, how far into its line it runs, the words it may hold) and the four
 * readings the engine makes of it:
 * - datelineCredit: the agency's span, kept out of the story's names (story features);
 * - datelineLead: is the text before a date on its line a dateline's place (the publication day, dates);
 * - inDateline: does a figure stand in a dateline, between its place and its closing dash (furniture);
 * - datelineEndWord: the last word of the dateline opening a sentence, whose words are not keyed (passages).
 * The readings differ where their readers measured different needs; each difference is a named option or
 * form below, with the reason, so that one reader's form is not another's by accident.
 */
import { EN_MONTHS, FR_MONTH_ABBREVIATIONS, FR_MONTH_SPELLINGS, MONTH_ABBREVIATIONS } from '../dates/day';
import { fold } from './fold';

/**
 * How far into its line a dateline's place (and agency) runs before the date or the figure: "PARIS, ", "DIA-",
 * "WASHINGTON (AFP) - " (19 characters) fit with room for a longer place; a longer prefix is a sentence's.
 */
export const DATELINE_PREFIX_CHARS = 40;

/** The dashes a dateline closes with, as regex class content: hyphen, en dash, em dash. */
const DASHES = '\\-\u2013\u2014';

/**
 * A month's name as a dateline writes it, in either language and any case ("Oct.", "octobre", "JUILLET", "fév."):
 * a whole word that is a month's name (accented or not: "février", "fevrier") or one of its cuts (accented or not:
 * "févr", "fevr", "fév", "Sept"), perhaps with a period. Whole forms only: a word that merely opens with a month's
 * letters ("Marseille", "Novice", "Mayor") is none. Regex source (no flags needed: each letter carries both cases),
 * longest forms first so that "septembre" is not read as "sept" and a rest.
 */
const MONTH_FORMS = [...new Set([
  ...FR_MONTH_SPELLINGS,
  ...EN_MONTHS,
  ...FR_MONTH_ABBREVIATIONS,
  ...MONTH_ABBREVIATIONS,
].flatMap((m) => [m, fold(m)]))].sort((a, b) => b.length - a.length);
export const DATELINE_MONTH = `(?:${MONTH_FORMS.map((m) => [...m].map((c) => `[${c}${c.toUpperCase()}]`).join('')).join('|')})\\.?(?!\\p{L})`;
/** A dateline's day: a day of the month and a month, either way round ("20 octobre", "Oct. 21"), perhaps a year. */
const DATELINE_DAY = String.raw`(?:\d{1,2}[ \u00A0]${DATELINE_MONTH}|${DATELINE_MONTH}[ \u00A0]\d{1,2})(?:,[ \u00A0]\d{4})?`;

/**
 * A wire's credit in a dateline: the outlet named between the place (and day) a report opens with and its first
 * sentence, "SEATTLE (AP) —", "MADRID, 20 octobre (EUROPA PRESS) -", "Lisbon, Oct. 21, 2025 (Lusa) -", "EREVAN, 22
 * JUILLET, ARMENPRESS:". Read from structure only: the place in capitals or followed by a day (a parenthesis after a
 * place in ordinary case, "Belgrade (Serbie)", "Hathras (UP)", is the place's region), the credit then in brackets
 * closed by a dash or a colon, or after a comma and closed by a colon only after a day: without one, "KYIV, UKRAINE:"
 * is a place and its country.
 */
const DATELINE_CREDIT = new RegExp(
  String.raw`^(?:\p{Lu}[\p{Lu} .'-]*\p{Lu}(?:,[ \u00A0][\p{L} .'-]{2,30})?(?:,[ \u00A0]${DATELINE_DAY})?` +
    String.raw`[ \u00A0]\(([^()\n]{2,30})\)[ \u00A0]*[${DASHES}:]|\p{Lu}[\p{L} .'-]{1,30}(?:,[ \u00A0][\p{L} .'-]{2,30})?,[ \u00A0]${DATELINE_DAY}` +
    String.raw`(?:[ \u00A0]\(([^()\n]{2,30})\)[ \u00A0]*[${DASHES}:]|,[ \u00A0](\p{Lu}[\p{Lu}\d -]{1,29}):))`,
  'u',
);
/** How many of the body's first lines a dateline may open (the title's copy and a byline before it). */
const DATELINE_CREDIT_LINES = 3;

/**
 * The [start, end) of the credit in a dateline opening one of the text's first DATELINE_CREDIT_LINES lines, if
 * any. `isRegion(bracket, from)` tells a bracket that names a place ("BEIRUT (Lebanon) —", "GOMA (RDC) -"): the
 * region of the place before it, not a credit (the caller knows the places; `from` is where the bracket ends).
 * Only the first line that reads as a dateline is looked at.
 */
export function datelineCredit(text: string, isRegion: (bracket: string, from: number) => boolean): [number, number] | undefined {
  let at = 0;
  for (let line = 0; line < DATELINE_CREDIT_LINES && at < text.length; line++) {
    const end = text.indexOf('\n', at);
    const m = DATELINE_CREDIT.exec(text.slice(at, end < 0 ? text.length : end));
    if (m) {
      const credit = m[1] ?? m[2] ?? m[3];
      const start = at + m.index + m[0].lastIndexOf(credit);
      if (credit === m[3] || !isRegion(credit, start + credit.length)) return [start, start + credit.length];
      return undefined;
    }
    if (end < 0) break;
    at = end + 1;
  }
  return undefined;
}

/**
 * How strictly the text before a date or a figure on its line is read as a dateline's place:
 * - 'uncased': any prefix without a lower-case letter ("PARIS, ", "DIA-", "WASHINGTON (AFP) - ", "12:05 - ", or
 *   nothing; "WASHINGTON (Reuters) - " is refused for its lower case). The publication-day reader takes it: the
 *   date itself, with its year, is the evidence, and a stamp opens with digits and signs as often as a place.
 * - 'place': a place in capitals (perhaps hyphenated: "SAINT-DENIS, ", "ÉTATS-UNIS - "), perhaps an agency in
 *   capitals in brackets (perhaps of several words: "(EUROPA PRESS)"), then a dash or a comma ("DIA-", "PARIS, ",
 *   "PARIS (AFP) -"). The furniture reader takes it: any number may follow, so only a place's shape makes it a
 *   dateline's day rather than the story's count.
 */
export type DatelineLeadForm = 'uncased' | 'place';
/** An agency in capitals in brackets, of one word or several ("(AFP)", "(EUROPA PRESS)"). Regex source. */
const CAPITALS_AGENCY = String.raw`\(\p{Lu}+(?: \p{Lu}+)*\)`;
const PLACE_LEAD = new RegExp(String.raw`^\s*\p{Lu}[\p{Lu}'’ -]*\p{Lu}\s*(?:${CAPITALS_AGENCY})?\s*[${DASHES},]\s*$`, 'u');
const LOWER = /\p{Ll}/u;

/** Is text[lineStart, start) (original case) a dateline's lead, within DATELINE_PREFIX_CHARS, of the given form? */
export function datelineLead(text: string, lineStart: number, start: number, form: DatelineLeadForm): boolean {
  if (start - lineStart > DATELINE_PREFIX_CHARS) return false;
  const lead = text.slice(lineStart, start);
  return form === 'uncased' ? !LOWER.test(lead) : PLACE_LEAD.test(lead);
}

/** How far after a dateline's day its close is looked for: an agency's bracket and the dash ("(Reuters) -"). */
const CLOSE_REACH = 20;
/** What closes a dateline after its day: perhaps the agency in brackets, of one capitalised word or several
 *  ("(Reuters)", "(EUROPA PRESS)"), then a colon or a dash. Original case. */
const DAY_CLOSE = new RegExp(String.raw`^\s*(?:\(\p{Lu}\p{L}*(?: \p{Lu}\p{L}*)*\)\s*)?[:${DASHES}]`, 'u');

/**
 * Does the figure at [start, end) of its line (starting at `lineStart`) stand in an agency dateline: a place in
 * capitals before it ('place' lead) and a colon or a dash after it ("DIA-14 mars 2023: ...", "PARIS, 3 (AFP) -")?
 */
export function inDateline(text: string, lineStart: number, start: number, end: number): boolean {
  return datelineLead(text, lineStart, start, 'place') && DAY_CLOSE.test(text.slice(end, end + CLOSE_REACH));
}

/** Most words a dateline runs before its dash ("Saint-Denis de la Réunion, France | AFP | mercredi
 *  02/04/2025 -" is 9 words; a longer run before a dash is a sentence). */
export const DATELINE_MAX_WORDS = 10;
/** Lower-case words a dateline may hold between its names ("Saint-Denis de la Réunion"). */
const DATELINE_JOINERS = new Set(['de', 'la', 'le', 'du', 'des', 'of', 'the']);
/** A dash set between spaces, which ends a dateline read word by word ("BERLIN (AP) —", "MADRID --", "Brussels –"):
 *  one of DASHES, or the double hyphen a typewriter's copy writes for a dash. Not a colon: inside a sentence's first
 *  words, "Name: ..." is a speaker or a heading more often than a place. */
const SPACED_DASH = new RegExp(String.raw`(^|\s)(--|[${DASHES}])(\s|$)`);
/** Only these may stand between a dateline's words: spaces, commas, slashes, bars and brackets. */
const WORD_GAP = /^[\s,/|()]*$/;
/** A word a period may close inside a dateline: a month or its cut ("3 déc. (AFP)", "Oct. 21"), whatever case. */
const MONTH_WORD = new RegExp(`^${DATELINE_MONTH}$`, 'u');
/** A word in capitals, which a period may close inside a dateline ("WASHINGTON D.C. (AP)"): an initial, not an end. */
const CAPITALS_WORD = /^(?=.*\p{Lu})[^\p{Ll}]*$/u;

/** A text cut into words: each word's start and end in the text, and its normalised form. */
export interface DatelineWords {
  wordStarts: ArrayLike<number>;
  wordEnds: ArrayLike<number>;
  wordNorms: ArrayLike<string>;
}

/**
 * The last word of the dateline opening the sentence `sent` at word `w0`, or -1: a run of at most
 * DATELINE_MAX_WORDS words, each capitalised, a number, a time word (`isTimeWord`: a weekday, a month), a month's
 * cut ("déc") or a joiner (DATELINE_JOINERS), with only commas, slashes, bars and balanced brackets between them
 * (and a period after a month or a word in capitals: "3 déc. (AFP)", "Oct. 21"), ending at a
 * dash between spaces that a capital or a quote follows ("BELGRADE – On Saturday...", "PARIS, 3 avril
 * (Reuters) - Le..."). A name before an apposition ("Marie Dupont – who...") is followed by a lower-case word.
 * It reads one sentence: the sentence splitter (segment.ts) keeps a month's cut in its sentence before a digit or
 * an agency's bracket and dash, so "PARIS, 3 déc. (AFP) - Le..." and "WASHINGTON, Oct. 21 (AP) — The..." reach it whole.
 */
export function datelineEndWord(a: DatelineWords, w0: number, sent: { start: number; end: number; text: string }, isTimeWord: (norm: string) => boolean): number {
  let depth = 0;
  for (let w = w0; w < a.wordNorms.length && w - w0 < DATELINE_MAX_WORDS && a.wordStarts[w] < sent.end; w++) {
    const first = sent.text.charAt(a.wordStarts[w] - sent.start);
    const norm = a.wordNorms[w];
    const word = sent.text.slice(a.wordStarts[w] - sent.start, a.wordEnds[w] - sent.start);
    const month = isTimeWord(norm) || MONTH_WORD.test(word);
    const allowed = first !== first.toLowerCase() || /\d/.test(first) || DATELINE_JOINERS.has(norm) || month;
    if (!allowed) return -1;
    const gapEnd = w + 1 < a.wordNorms.length && a.wordStarts[w + 1] < sent.end ? a.wordStarts[w + 1] : sent.end;
    const gapAll = sent.text.slice(a.wordEnds[w] - sent.start, gapEnd - sent.start);
    // A period closes a month's cut or a capital's initial, not the dateline ("3 déc. (AFP) -", "Oct. 21 (AP) —").
    const gap = gapAll.startsWith('.') && (month || CAPITALS_WORD.test(word)) ? gapAll.slice(1) : gapAll;
    for (const ch of gap) depth += ch === '(' ? 1 : ch === ')' ? -1 : 0;
    if (SPACED_DASH.test(gap)) {
      const next = sent.text.charAt(gapEnd - sent.start);
      return depth === 0 && next !== '' && (next !== next.toLowerCase() || '«“"\''.includes(next)) ? w : -1;
    }
    if (!WORD_GAP.test(gap)) return -1;
  }
  return -1;
}
