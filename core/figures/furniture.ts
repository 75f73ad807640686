/**
 * Page furniture: numbers that belong to the page, not to the story. Comment and share counters
 * ("12 commentaires", "3 shares") are caught by their noun (counts.ts, the concept table's cue 'furniture'); this
 * module catches what the line around a number gives away:
 * - the words just before it: copyright lines, publication and update stamps, reading times;
 * - the start of its line: read-more links, photo and video labels;
 * - the whole line: a stamp made only of a date and a time ("Jun 06, 2024, 05:10 PM", "22:57 24.02.04");
 * - the end of its line: a photo caption closed by its credit ("... le 3 mars 2024. - Jean DUPONT / AFP"):
 *   its figures are kept (the bundled gold counts a caption's date) but not salient;
 * - an agency dateline before the text ("ABC-09 juin 2024: ...").
 * And yearAsModifier: a year that names an event ("his 2017 election victory") is a year, not a count.
 */
import type { Lang } from '../types';
import type { Tok } from './tokens';
import { monthNumber } from '../dates/day';
import { inDateline } from '../text/dateline';
import { TABLES, has } from './number-words';
import { DURATION_UNITS } from './unit-sets';
import { STOPWORDS } from '../text/words';

/** How far back on the same line the giveaway words are looked for. Stamps are short ("Publié le 3 mars 2024 à 10h"). */
const LOOKBACK_CHARS = 40;
/** How far a line is looked for around a figure: furniture lines are short, and a bound keeps the check linear. */
const LINE_WINDOW = 2000;
/** A date-and-time stamp fits on a short line ("Sunday, 07 July 2024 03:38 PM EDT" is 33). */
const STAMP_MAX_CHARS = 60;
/** A caption is a sentence or two; an article's paragraph that ends with an agency tag is longer. */
const CAPTION_MAX_CHARS = 400;
/** The line breaks between a picture's alternative text and its caption line: a blank line between them,
 * "\n\n", up to "\r\n\r\n" in text that kept Windows line ends. */
const CAPTION_GAP_CHARS = 4;

// Folded text (no accents, lower case).
const BEFORE = /(?:©|\(c\)|copyright|publiee?s? le|publiee?s?|mis a jour le|mis a jour|modifie le|modifie a|updated|published|posted|last modified|temps de lecture|reading time|lecture :?)\s*(?:le |on |:\s*)?([\w .:/-]*)$/;
/** Between a stamp's word and its number, only a stamp's words stand ("Publié le lundi 3 mars 2024 à 10h", "Publié par
 * Jean Dupont le 3"): a sentence's own words there ("Le syndicat a publié son décompte : 80 000 manifestants") make the
 * number the story's. Besides STAMP_WORDS and months: the byline's "par" / "by" (the name itself is capitalised). */
const BYLINE_WORDS = new Set(['par', 'by']);
const AFTER = /^\s*(?:min(?:utes?)? (?:de lecture|read)|min read|minutes? read)/;
/** A reading time whose unit is glued to its number ("5-minute read", "5-min read"): the figure's own text ends with
 * the hyphened unit, and "read" follows it as a word of its own, not "read-aloud" (folded). */
const GLUED_MINUTES = /-min(?:ute)?s?$/;
const READ_AFTER = /^\s*read(?![\w-])/;
/** A French reading time's line: the figure's text ends with its unit, and only "de lecture" follows it to the line's
 * end ("5 minutes de lecture"); a sentence reads on ("20 minutes de lecture par jour"). Folded. */
const MINUTES_END = /\bmin(?:ute)?s?$/;
const READING_TIME_TAIL_FR = /^\s*de lecture\s*[.:]?\s*(?:\n|$)/;
/** How far after the figure "read" / "de lecture" and the line's end are looked for: " de lecture" and a line break
 * take 12 characters; 24 leaves room for spaces. */
const READ_AFTER_CHARS = 24;

/** Lines that link elsewhere or caption a picture: every number on them belongs to the page. */
const LINE_START = /^\s*(?:[>»•|-]\s*)?(?:a lire aussi|lire aussi|a lire egalement|lire egalement|a lire|lire la suite|voir aussi|sur le meme sujet|read more|read also|also read|see also|related|more on this|photo|photos|credit|video|en images|diaporama|galerie|listen|ecouter|rating)\b/;
/** A line that is only a reading time: "2 min", "5 min." (folded). */
const READING_TIME_LINE = /^\s*\d{1,2}\s*min\.?\s*$/;
/** An embedded post's signature before its date: "— Jane Doe (@janedoe) January 31, 2023" (folded). */
const POST_SIGNATURE = /\(@\w+\)[\w ,.]*$/;

/** Words a date-and-time stamp is made of besides digits and months (folded). */
const STAMP_WORDS = new Set([
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'am', 'pm', 'h', 'a', 'at', 'le', 'on', 'the', 'er',
  'gmt', 'utc', 'cet', 'cest', 'bst', 'edt', 'est', 'pdt', 'pst', 'cdt', 'cst',
]);
const LETTERS = /\p{L}+/gu;

/**
 * A photo credit closing a caption, after the caption's last sentence: "- Alain DUPONT / AFP",
 * "REUTERS/Reuters TV", "(Jean Dupont / MAXPPP)", "Jane Doe via Associated Press". Original case.
 */
const CREDIT_TAIL = /[.!?»”")]\s+(?:[-–—]\s+)?\(?([^.!?()]{2,70})\)?\s*$/u;
const CAP_WORDS = /\p{Lu}[\p{L}'’-]*/gu;

/**
 * Is the figure at [start, end) page furniture? 'page': the page's own (a stamp, a link, a dateline),
 * never a figure; 'caption': a photo caption's, kept but not worth a reader's check; null: the story's.
 * `folded` is fold(text) (same length).
 */
export function furnitureOf(text: string, folded: string, start: number, end: number): 'page' | 'caption' | null {
  return isPageFurniture(text, folded, start, end) ? 'page' : isCaption(text, folded, start, end) ? 'caption' : null;
}

/** Where the line of `pos` starts, looked for at most LINE_WINDOW back; -1 when farther. */
function lineStartOf(folded: string, pos: number): number {
  const from = Math.max(0, pos - LINE_WINDOW);
  const nl = folded.slice(from, pos).lastIndexOf('\n');
  return nl >= 0 ? from + nl + 1 : from === 0 ? 0 : -1;
}

function isPageFurniture(text: string, folded: string, start: number, end: number): boolean {
  const near = lineStartOf(folded, start);
  const nearStart = near >= 0;
  const lineStart = nearStart ? near : start - LINE_WINDOW;
  if (nearStart && LINE_START.test(folded.slice(lineStart, lineStart + 40))) return true;
  const before = folded.slice(Math.max(lineStart, start - LOOKBACK_CHARS), start);
  const stamp = BEFORE.exec(before);
  // A byline's name is a stamp's only on a line of its own ("Publié par Jeanne Martin le 3 mars"), not in a sentence
  // ("A tally published by Reuters: 80,000 protesters").
  const ownLine = !!stamp && before.length === start - lineStart && before.slice(0, stamp.index).trim() === '';
  const from = Math.max(lineStart, start - LOOKBACK_CHARS);
  if ((stamp && onlyStampWords(text.slice(start - stamp[1].length, start), stamp[1], ownLine) && !participleOfSentence(text.slice(lineStart, from + stamp.index), text.charAt(from + stamp.index)))
    || POST_SIGNATURE.test(before)) return true;
  const after = folded.slice(end, end + READ_AFTER_CHARS);
  if (AFTER.test(after)) return true;
  if (GLUED_MINUTES.test(folded.slice(start, end)) && READ_AFTER.test(after)) return true;
  if (MINUTES_END.test(folded.slice(start, end)) && READING_TIME_TAIL_FR.test(after)) return true;
  if (!nearStart) return false;
  const nl = folded.slice(end, end + LINE_WINDOW).indexOf('\n');
  const lineEnd = nl < 0 ? Math.min(folded.length, end + LINE_WINDOW) : end + nl;
  const lineLength = lineEnd - lineStart;
  // A stamp is a line of its own in a longer text; a text that is only a date and a time is not furniture.
  const wholeText = lineStart === 0 && lineEnd === folded.length;
  if (!wholeText && READING_TIME_LINE.test(folded.slice(lineStart, lineEnd))) return true;
  if (lineLength <= STAMP_MAX_CHARS && !wholeText && isStamp(folded.slice(lineStart, lineEnd))) return true;
  // An agency dateline's day ("DIA-14 mars 2024: ...", "PARIS, 3 (AFP) -"): a place in capitals before it, a colon or
  // a dash after it (text/dateline.ts inDateline).
  return inDateline(text, lineStart, start, end);
}

/**
 * Is the figure on a line that ends with a photo credit, or on the caption's copy just before it (a
 * picture's alternative text, then its caption: "Des manifestants à Paris, le 31 janvier." then
 * "Des manifestants à Paris, le 31 janvier. - Jean DUPONT / AFP")?
 */
function isCaption(text: string, folded: string, start: number, end: number): boolean {
  const lineStart = lineStartOf(folded, start);
  if (lineStart < 0 || end - lineStart > CAPTION_MAX_CHARS) return false;
  const nl = folded.slice(end, lineStart + CAPTION_MAX_CHARS + 1).indexOf('\n');
  const lineEnd = nl < 0 ? Math.min(folded.length, lineStart + CAPTION_MAX_CHARS + 1) : end + nl;
  if (lineEnd - lineStart > CAPTION_MAX_CHARS) return false;
  const line = text.slice(lineStart, lineEnd);
  if (endsWithCredit(line)) return true;
  // The next line that is not blank repeats this one and ends with a credit.
  const rest = text.slice(lineEnd, lineEnd + 2 * CAPTION_MAX_CHARS + CAPTION_GAP_CHARS);
  const next = /^\s*\n([^\n]*)/.exec(rest);
  return !!next && line.trim().length > 0 && next[1].startsWith(line.trim()) && next[1].length > line.trim().length && endsWithCredit(next[1]);
}

/* A sentence's determiner and noun on the line, right before a stamp's participle ("Dans un communiqué publié mardi 29
 * avril", "a report published on Monday"): the participle is the noun's, and the day is the story's. A stamp's word
 * opens its line, follows a byline's name or a separator ("Jean Dupont | Publié le", "Article publié le 3 mars"). */
/** An auxiliary before the participle makes a passive that tells when a text was published ("Since the last bulletin
 * was published on 11 October", "l'article a été publié le"): a stamp of a publication, the gold's `not_figures`. */
const AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'été', 'est', 'a', 'sont', 'était', 'étaient', 'sera']);
/** A line that opens with a demonstrative and a noun of the page before the participle ("Cet article publié le 3
 * mars", "Cette page publiée le", "This story published on"): the demonstrative points at the page itself, and the line
 * is its stamp. A demonstrative before another noun points back into the story ("Ce rapport publié lundi montre que"):
 * the nouns are the words pages call themselves, general to every news page. */
const PAGE_DEICTIC_LINE = /^\s*(?:ce|cet|cette|this)\s+(?:article|page|contenu|billet|post|story|tribune|chronique|newsletter|blog)\s+$/iu;
/** Determiners that open a sentence's noun phrase before the participle ("un communiqué publié", "a report
 * published", "l'étude publiée"); a byline's words have none ("Jane Doe, senior correspondent Published", "La rédaction
 * web publié le"). Lower-cased original. */
const NOUN_DETERMINERS = new Set(['un', 'une', 'le', 'la', 'les', 'l', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'du', 'des', 'au', 'aux',
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our']);
/** The last two words before the participle, the determiner's and the noun's ("un communiqué ", "l'étude "). */
const DETERMINER_NOUN_END = /(?:^|[^\p{L}])(\p{L}+)(?:\s+|['’])(\p{L}[\p{L}-]*)\s+$/u;
/** Is the participle (its first letter `participleHead`, original case) a sentence's, after a determiner and a noun in
 * lower case ("Dans un communiqué publié mardi 29 avril")? A stamp's participle opens with a capital ("Jane Doe | Publié
 * le") or follows words with no determiner (a byline's name or a desk's title). */
function participleOfSentence(lineBefore: string, participleHead: string): boolean {
  if (!/^\p{Ll}/u.test(participleHead)) return false;
  if (PAGE_DEICTIC_LINE.test(lineBefore)) return false;
  const d = DETERMINER_NOUN_END.exec(lineBefore);
  return !!d && NOUN_DETERMINERS.has(d[1].toLowerCase()) && /^\p{Ll}/u.test(d[2]) && !AUXILIARIES.has(d[2]);
}

/** Are the words of a stamp's tail (`folded`, and `original`, the same span unfolded) all a stamp's, a month, or, on
 * a byline's own line, "par" / "by" and a capitalised name? */
function onlyStampWords(original: string, folded: string, byline: boolean): boolean {
  const words = folded.match(LETTERS) ?? [];
  const cased = original.match(LETTERS) ?? [];
  return words.every((w, i) => STAMP_WORDS.has(w) || monthNumber(w) > 0 || (byline && (BYLINE_WORDS.has(w) || /^\p{Lu}/u.test(cased[i] ?? ''))));
}

/** A clock time ("05:10", "10h30") and a day (a month word, "24.02.04", a year) make a stamp. */
const CLOCK = /\b\d{1,2}[:h]\d{2}\b/;
const NUMERIC_DAY = /\b(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4})\b/;

/** A line of a date and a time, and nothing but weekdays and clock words around them: a publication or update stamp. */
function isStamp(line: string): boolean {
  if (!CLOCK.test(line)) return false;
  let month = false;
  for (const w of line.match(LETTERS) ?? []) {
    if (monthNumber(w)) month = true;
    else if (!STAMP_WORDS.has(w)) return false;
  }
  return month || NUMERIC_DAY.test(line.replace(CLOCK, ' '));
}

/** Does the line end with a photo credit (a name and an agency around a slash, or "via" an agency)? */
function endsWithCredit(line: string): boolean {
  const m = CREDIT_TAIL.exec(line);
  if (!m) return false;
  const credit = m[1];
  const slash = credit.indexOf('/');
  if (slash >= 0) {
    // "AFP/Reuters" alone tags an agency story; a photo credit names the photographer too.
    const left = credit.slice(0, slash).match(CAP_WORDS)?.length ?? 0;
    const right = credit.slice(slash + 1).match(CAP_WORDS)?.length ?? 0;
    return left >= 1 && right >= 1 && left + right >= 3;
  }
  const via = /^((?:\p{Lu}[\p{L}'’-]*\s+){2,3})via\s+\p{Lu}/u.exec(credit.trim());
  return !!via;
}

/** Words before an English year that make it a name's part, not a count: "his 2017 election". */
const YEAR_DETERMINERS = new Set(['the', 'his', 'her', 'its', 'their', 'our', 'your', 'my', 'this', 'that', 'a', 'an', 's']);
/** English plurals that do not end in s: a count may stand before them ("the 2000 people"). */
const PLURALS_WITHOUT_S = new Set(['people', 'men', 'women', 'children', 'police', 'staff', 'personnel', 'cattle', 'sheep', 'fish', 'deer', 'aircraft', 'crew', 'youth', 'feet', 'data', 'media', 'militia', 'clergy', 'livestock', 'infantry', 'cavalry', 'fleet']);

/**
 * An English four-digit number between a determiner and a singular noun ("his 2017 election victory",
 * "the 2024 budget"): a year naming an event, since a count of more than one takes a plural noun.
 * Token i0 is the number, i1 the token after it.
 */
export function yearAsModifier(toks: Tok[], i0: number, i1: number, lang: Lang): boolean {
  if (lang !== 'en') return false;
  const before = toks[i0 - 1];
  const after = toks[i1];
  if (!before || !after || before.kind !== 'w' || after.kind !== 'w' || after.nl || toks[i0].nl) return false;
  if (!YEAR_DETERMINERS.has(before.t) || (before.t === 's' && toks[i0 - 2]?.t !== "'")) return false;
  const w = after.t;
  if (after.cap || w.length < 3 || PLURALS_WITHOUT_S.has(w)) return false;
  return !w.endsWith('s') || w.endsWith('ss');
}

/** Words after a name-and-number that go on with a list of names: "France 24, RFI et LCP". */
const LIST_JOINERS = new Set([',', 'et', 'and', 'ou', 'or']);

/**
 * A number that is part of a name in a list of names ("France 24, RFI et LCP", "Apollo 11 and Soyuz 19"):
 * digits right after a capitalised word inside a sentence, then a list joiner and another capitalised word.
 * Token i0 is the number (one digit token), i1 the token after it.
 */
export function numberInName(toks: Tok[], i0: number, i1: number): boolean {
  const num = toks[i0];
  const name = toks[i0 - 1];
  const before = toks[i0 - 2];
  const joiner = toks[i1];
  const next = toks[i1 + 1];
  if (i1 - i0 !== 1 || num.kind !== 'd' || num.nl || !name || name.kind !== 'w' || !name.cap || name.upper) return false;
  // A capitalised word that opens a sentence or a line is no name; a month and its day are a date.
  if (monthNumber(name.t)) return false;
  if (!before || name.nl || (before.kind === 'p' && /[.!?:«"]/.test(before.t))) return false;
  return !!joiner && !!next && LIST_JOINERS.has(joiner.t) && !joiner.nl && next.kind === 'w' && !!next.cap;
}


/** Is the word a number word of one or more ("six F-16 jets", "trois Rafale"): it may count the models after it. */
const countWord = (t: string): boolean => [TABLES.en, TABLES.fr].some((tb) => has(tb.units, t) && tb.units[t] >= 1);
/** Does the token t count the model named right after it ("101 Boeing", "six F-16")? */
const countBefore = (t: Tok | undefined): boolean => !!t && !t.nl && ((t.kind === 'd' && !t.ord) || (t.kind === 'w' && countWord(t.t)));
/** Singular forms of the duration units: a number before them is a span ("8 PM 12 hour shifts"), not a model's code. */
const DURATION_SINGULARS = new Set([...DURATION_UNITS].map((u) => u.slice(0, -1)));
/**
 * May a name and the whole number one space after it ("Falcon 9", "Boeing 737") be a model and its code? Only when a
 * maker's name stands before the model's (inner), the code has a glued tail ("737-800"), a lower-case noun that
 * is no function word and no duration follows ("2 Falcon 9 rockets"), or a capitalised suffix with no number after
 * it ("un Boeing 737 Max"). Else a name, a count, and a name again is a
 * score or a table ("Argentina 3 Brazil 1", "Labour 412 Conservatives 121"), and an all-caps short word, a plural or
 * a unit before the number ("8 PM 12 hours", "3 Oscars 20 years", "3 Euros 50 cents") is no model's name.
 */
function spacedCodeFits(toks: Tok[], name: Tok, q: number, e: number, inner: boolean): boolean {
  if (inner || e > q + 1) return true;
  if (name.upper || (/s$/.test(name.t) && !/ss$/.test(name.t))) return false;
  const noun = toks[e];
  if (!noun || noun.kind !== 'w' || noun.nl) return false;
  // "un Boeing 737 Max": a capitalised word right after the code is the model's suffix, unless a number follows it
  // (a score or a table goes on: "Brazil 1 Chile 0", "Greens 310 Liberals 95").
  if (noun.cap) return toks[e + 1]?.kind !== 'd';
  if (STOPWORDS.has(noun.t)) return false;
  return !DURATION_UNITS.has(noun.t) && !DURATION_SINGULARS.has(noun.t);
}
/**
 * Where a model's name and code that start at token k end ("Boeing 737-800", "F-16", "A400M", "Falcon 9", "MiG-29s"),
 * else -1: a capitalised word (not a month: "March 12" is a date), then digits glued to it (right after it or by a
 * hyphen) or after one space (spacedCodeFits), and the tokens glued after those digits ("-800", "M", "s"). Read only
 * after a count (modelAfterCount): a name and digits alone are as often a name and a count ("Paris 12", "France 24").
 */
export function modelEnd(toks: Tok[], k: number, inner = false): number {
  const name = toks[k];
  if (!name || name.kind !== 'w' || !name.cap || name.nl || monthNumber(name.t) > 0) return -1;
  let q = k + 1;
  if (toks[q]?.t === '-' && toks[q].start === name.end && !toks[q].nl) q++;
  const code = toks[q];
  // A maker's name before the model's ("Sikorsky S-70", "Airbus A320"): one more capitalised word, then the code.
  if (q === k + 1 && !inner && code?.kind === 'w' && code.start !== name.end) return modelEnd(toks, q, true);
  if (!code || code.kind !== 'd' || code.nl || code.ord) return -1;
  // A spaced code is a name's number only when it is whole digits (not "Boeing 2.5 billion").
  const spaced = q === k + 1 && code.start !== name.end;
  if (spaced && !/^\d+$/.test(code.t)) return -1;
  let e = q + 1;
  while (e < toks.length && toks[e].start === toks[e - 1].end && !toks[e].nl && (toks[e].kind === 'd' || toks[e].kind === 'w' || toks[e].t === '-')) e++;
  if (spaced && !spacedCodeFits(toks, name, q, e, inner)) return -1;
  return e;
}
/** A model's name and code right after a count (a digit number or a number word) at k - 1: where it ends, else -1. */
export function modelAfterCount(toks: Tok[], k: number): number {
  return countBefore(toks[k - 1]) ? modelEnd(toks, k) : -1;
}
/**
 * Is the number at token i0 the code of a model that a count before its name counts ("101 Boeing 737-800 aircraft",
 * "six F-16 fighter jets", "3 A400M aircraft", "2 Falcon 9 rockets")? Then it is part of the name, no figure: read as
 * one it counted the noun after the model ("737-800 aircraft", "16 aircraft") beside the true count.
 */
export function numberInModel(toks: Tok[], i0: number): boolean {
  // The glued run the number is in ("737-800", "F-16", "A400M"): its name is its first token, or the word before it.
  let j = i0;
  while (j > 0 && toks[j - 1].end === toks[j].start && !toks[j].nl) j--;
  for (const k of [j, j - 1]) {
    if (k < 1 || k >= i0) continue;
    const e = modelAfterCount(toks, k);
    if (e > i0) return true;
  }
  return false;
}

/**
 * A counter's noun ("followers", "abonnés", "views", "comments", "images": concepts.json cue `furniture`) after a
 * number inside a sentence of the story: "boasts more than 8.5 million followers on the platform", "accumulant plus de
 * 550 000 abonnés grâce à ses vidéos", "Over 300 comments on the bill have been submitted", "24 et 30 images par
 * seconde". A page's counter stands alone on its line or beside another counter ("12 comments", "3 shares 12
 * comments"); the story's is read on, after its noun, by a lower-case word of its clause, and has a word before it on
 * its line. extract46: 5 gold figures of 5 stories, both languages, were dropped as counters.
 */
export function counterInSentence(toks: Tok[], i0: number, i1: number): boolean {
  const before = toks[i0 - 1], noun = toks[i1], after = toks[i1 + 1];
  if (!before || toks[i0].nl || before.kind !== 'w' || !noun || noun.nl) return false;
  if (counterLink(toks, i0) || counterOfPage(toks, i0, i1)) return false;
  return !!after && !after.nl && after.kind === 'w' && !after.cap && !after.upper;
}

/** Possessives of the page's own voice right before a counter: "Join our 50,000 followers", "Rejoignez nos 120 000
 * abonnés". Folded. */
const PAGE_POSSESSIVES = new Set(['our', 'nos', 'notre']);
/** Demonstratives and nouns a page calls itself by ("sur cet article", "on this story"): general to every news page. */
const PAGE_DEMONSTRATIVES = new Set(['ce', 'cet', 'cette', 'this']);
const PAGE_NOUNS = new Set(['article', 'page', 'story', 'post', 'billet', 'contenu', 'video']);
/** Openings of a line that only present what follows ("Il y a 12 commentaires", "There are 12 comments"). Folded. */
const PRESENTATIVES: ReadonlyArray<readonly string[]> = [['il', 'y', 'a'], ['there', 'are'], ['there', 'is']];
/**
 * Does the counter at i0..i1 point at the page itself: the page's possessive before it ("our 50,000 followers"), a
 * demonstrative and a noun of the page later on its line ("12 commentaires sur cet article"), or a presentative that
 * opens its line right before it ("There are 12 comments")? A sentence of the story that reads on after a counter's
 * noun is then still the page's furniture.
 */
function counterOfPage(toks: Tok[], i0: number, i1: number): boolean {
  if (PAGE_POSSESSIVES.has(toks[i0 - 1]?.t ?? '')) return true;
  for (let k = i1 + 1; k + 1 < toks.length && !toks[k].nl && !toks[k + 1].nl; k++) {
    if (PAGE_DEMONSTRATIVES.has(toks[k].t) && PAGE_NOUNS.has(toks[k + 1].t)) return true;
  }
  return PRESENTATIVES.some((words) => {
    const k = i0 - words.length;
    return k >= 0 && (k === 0 || toks[k].nl) && words.every((w, n) => toks[k + n].t === w && (n === 0 || !toks[k + n].nl));
  });
}

/** Determiners between a link's verb and its counter: "Lire les 12 commentaires", "Read all 12 comments", "View the 3
 * replies". Folded. */
const LINK_DETERMINERS = new Set(['les', 'tous', 'the', 'all']);
/** How many determiners a link may set before its counter: "Lire tous les 12 commentaires" has two. */
const LINK_DETERMINERS_MAX = 2;
/**
 * Does the counter at i0 stand on a link of the page: its line opens with one word that is no grammar word (a verb
 * telling the reader what to do: "Lire", "Voir", "Read", "View") and a determiner or two, then the number ("Lire les 12
 * commentaires sur cet article", "Read all 12 comments on this story")? A sentence of the story has its subject or a
 * preposition there ("Sur les 400 000 abonnés de la chaîne", "The 12 comments on the bill").
 */
function counterLink(toks: Tok[], i0: number): boolean {
  let k = i0 - 1;
  while (k > 0 && i0 - k <= LINK_DETERMINERS_MAX && !toks[k].nl && LINK_DETERMINERS.has(toks[k].t)) k--;
  if (k === i0 - 1 || toks[k + 1].nl) return false;
  const first = toks[k];
  return !!first && first.kind === 'w' && (first.nl || k === 0) && !STOPWORDS.has(first.t);
}
