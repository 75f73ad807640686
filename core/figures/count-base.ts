/**
 * What counts.ts shares with its parts: the clause around a number, concepts at a token (multi-word
 * forms included), proper names, and the kinds of people counted.
 */
import { lookupTok, type Tok } from './tokens';
import { perList, perToken } from './token-memo';
import { STOPWORDS } from '../text/words';
import { concept, conceptIds, inPhraseTail, phrasesStartingWith, type Concept } from '../concepts/index';
import { hasSenses, lookupAt } from '../concepts/senses';
import { isMonthName } from './dates';
import { MONTH_ABBREVIATIONS } from '../dates/day';
import { fold } from '../text/fold';

/** How far (in tokens) the clause around a number is read for nations, places and actions. Clauses in
 * news sentences rarely run longer; past that, words usually belong to another statement. */
export const WINDOW_LEFT = 14;
const WINDOW_RIGHT = 24;
/** Quotation marks (fold writes every kind as '"'). */
export const QUOTE = '"';
/**
 * Does a quotation open before token i0 on its line and stay open there (an odd number of marks)? The one quote test
 * of the figures: a mark right after the number closes the quotation the figure is said in (count-head: « plus d'un
 * million » de manifestants), and a quoted "now" is the speaker's, not the writer's (moment.ts toldAsOfWriting).
 */
export function insideQuote(toks: Tok[], i0: number): boolean {
  let n = 0;
  for (let k = i0 - 1; k >= 0; k--) {
    if (toks[k].t === QUOTE) n++;
    if (toks[k].nl) break;
  }
  return n % 2 === 1;
}
export const BOUNDARY = new Set(['.', '!', '?', ';', '(', ')', '\u2026']);
/** Entities that are people (concept flag `people`: soldiers, inhabitants, hostages...): roles such as killed
 * or wounded are said of them only. */
export const PEOPLE_CATS: ReadonlySet<string> = new Set(conceptIds('entity').filter((id) => concept(id)?.people));
/** Concepts found at token k, including multi-word names; returns the concept and tokens used. Read once per token
 * (`perToken`): every figure of a clause reads the clause's tokens again. */
export const conceptAt: (toks: Tok[], k: number) => { c: Concept; len: number } | null = perToken(readConceptAt);

function readConceptAt(toks: Tok[], k: number): { c: Concept; len: number } | null {
  const t = toks[k];
  if (t.kind !== 'w' && t.kind !== 'd') return null;
  const own = phraseAt(toks, k);
  if (own) return own;
  if (t.kind !== 'w') return null;
  if (afterReflexive(toks, k)) return null;
  // "Guinée" in "Papouasie-Nouvelle-Guinée", "Guinea" in "Papua New Guinea": a word inside a longer name of a nation
  // or place is that name's; a clause cut inside the name reads the whole name, never its last part as a name of its own.
  const outer = longerPlaceNameOver(toks, k);
  if (outer) return outer;
  // A word of two senses ("strike" by workers or by an army) is read with its neighbours.
  const c = hasSenses(t.t) ? lookupAt((q) => toks[q]?.t, k) : lookupTok(t);
  return c ? { c, len: 1 } : null;
}

/**
 * Is the word at k glued to an elided French reflexive "s'" ("s'élève", "s'élevait", "s'établit")? "s'" is "se" (a
 * verb follows) or "si" (only before "il"/"ils", pronouns): no noun of the table follows it, so a verb that shares its
 * letters with one ("s'élève à 3 milliards", where "élève" is also a pupil) names no concept. The three tokens must
 * touch, and the "s" must start its word: English "it's" + a word is spaced, and "workers's" has letters before it.
 */
function afterReflexive(toks: Tok[], k: number): boolean {
  const ap = toks[k - 1];
  const s = toks[k - 2];
  if (!ap || !s || ap.t !== "'" || s.t !== 's' || s.end !== ap.start || ap.end !== toks[k].start) return false;
  const before = toks[k - 3];
  return !before || before.end !== s.start;
}

/** The multi-word form of the concept table that starts at token k, longest first, else null. */
function phraseAt(toks: Tok[], k: number): { c: Concept; len: number } | null {
  for (const { seq, c } of phrasesStartingWith(toks[k].t)) {
    if (k + seq.length > toks.length) continue;
    let ok = true;
    for (let q = 1; q < seq.length; q++) if (toks[k + q].t !== seq[q]) { ok = false; break; }
    if (ok) return { c, len: seq.length };
  }
  return null;
}
/** Tokens back from a word where the longer name holding it may start: "papouasie - nouvelle - guinee" is five
 * tokens, the longest nation or place names of the table are no longer. */
const NAME_PHRASE_BACK = 5;
/** The multi-word name of a nation or place that starts before token k and runs over it, with the tokens of it left
 * from k on; else null. */
function longerPlaceNameOver(toks: Tok[], k: number): { c: Concept; len: number } | null {
  // Every word token reaches here: one set look-up spares the scan back for words no multi-word form holds.
  if (!inPhraseTail(toks[k].t)) return null;
  for (let q = k - 1; q >= 0 && q >= k - NAME_PHRASE_BACK; q--) {
    if (toks[q + 1].nl) return null;
    const hit = phraseAt(toks, q);
    if (hit && q + hit.len > k && (hit.c.type === 'nation' || hit.c.place)) return { c: hit.c, len: q + hit.len - k };
  }
  return null;
}

/** The months' cuts written with a point ("Sept. 13", "7 févr. 2024"), folded as tokens are ("fevr", "dec"): the list
 *  the sentence splitter reads (core/text/segment.ts, dates/day.ts MONTH_ABBREVIATIONS). Only cuts: a whole name
 *  ("in March. 2024 saw ...", "June. 103 of them") ends a sentence as often as it precedes a day. */
const MONTH_CUTS: ReadonlySet<string> = new Set(MONTH_ABBREVIATIONS.map(fold));
/** Is token k a month's cut written with its point ("Sept.", "févr.")? */
export function monthCutAt(toks: Tok[], k: number): boolean {
  const t = toks[k];
  return t.kind === 'w' && MONTH_CUTS.has(t.t) && toks[k + 1]?.t === '.' && toks[k + 1].start === t.end;
}
/** Years a month's cut may precede ("févr. 2024"): four digits of the calendar's recent centuries, as a dated report
 *  gives them; a larger or smaller number after the point opens a sentence. */
const CUT_YEAR_MIN = 1000;
const CUT_YEAR_MAX = 2999;
/** Days a month's cut may precede ("Sept. 13"). */
const MAX_DAY = 31;

/** Is token k a single letter inside a run of initials, a point glued to it and another letter glued to that point
 *  on one side ("U.S.", "a.m.", "J.-C."), or a capital with its point before a name ("M. Dupont")? A letter alone
 *  before a sentence's point ("Plan B.", "vitamin D.", "rose 2 m.") is not. */
export function initialAt(toks: Tok[], k: number): boolean {
  const t = toks[k];
  if (!t || t.kind !== 'w' || t.t.length !== 1) return false;
  const glued = (x: Tok | undefined, y: Tok | undefined): boolean => !!x && !!y && x.end === y.start;
  const letter = (x: Tok | undefined): boolean => !!x && x.kind === 'w' && x.t.length === 1;
  const after = toks[k + 1]?.t === '.' && glued(t, toks[k + 1]) && glued(toks[k + 1], toks[k + 2])
    && (letter(toks[k + 2]) || toks[k + 2].t === '-');
  const before = toks[k - 1]?.t === '.' && glued(toks[k - 1], t) && glued(toks[k - 2], toks[k - 1])
    && letter(toks[k - 2]);
  const afterDash = toks[k - 1]?.t === '-' && glued(toks[k - 1], t) && toks[k - 2]?.t === '.' && glued(toks[k - 2], toks[k - 1]);
  // A capital with its point before a capitalised word is a title or a name's initial ("pour M. Jalili", "John F.
  // Kennedy"): the French "M." read as a word was a metre (fix44a: one more cross-key pair in the devset).
  const title = !!t.cap && toks[k + 1]?.t === '.' && glued(t, toks[k + 1]) && !!toks[k + 2]?.cap && !toks[k + 2].nl;
  return after || before || afterDash || title;
}

/**
 * Is the point at token k an abbreviation's inside a sentence rather than the end of one (context44)? "the deadliest
 * wildfire in the U.S. in over a century", "at 7 a.m. local time", "41.91 p.c. of the vote", "which began Sept. 13":
 * cut at such a point, a figure's clause lost every word on the far side of the abbreviation, and two reports of one
 * figure shared too little context to be compared. Read from the tokens alone, the point glued to the word before it:
 * - a point with a single letter glued after it ("U.S", "a.m", "J.-C") is inside the abbreviation;
 * - the last point of single letters ("U.S.", "a.m.", "D.C.") goes on when a lower-case word or a comma follows it,
 *   or a number that a unit or no word follows ("i.e. 20 years", "603 U.S. 593 (2024)"): a number and a counted noun
 *   ("the U.S. 40 soldiers died") open a sentence as often;
 * - a month's cut (MONTH_CUTS, the sentence splitter's list) goes on before its day or a year ("Sept. 13", "le 7
 *   févr. 2024"), whatever its case.
 * These are the sentence splitter's rules (core/text/segment.ts) but one, on purpose: never before a capitalised word,
 * where the splitter runs on past "Dr.", "M." or "U.S.". "... in the U.S. The company said" opens a sentence, and a
 * name read past a title's point ("Dr. X", "M. Y", "U.S. District Judge X") is a name the other report seldom gives,
 * which the names test then reads as two holders (measured, context44, as core/figures/README.md says: that wider
 * variant gave right +6 only, sbf -3, magdeburg fr -2, algeria en -1, fedcut en -1). A line break after the point ends the
 * clause.
 */
export function abbreviationPoint(toks: Tok[], k: number): boolean {
  const p = toks[k];
  const w = toks[k - 1];
  const next = toks[k + 1];
  if (p.t !== '.' || !w || w.kind !== 'w' || w.end !== p.start || !next || next.nl) return false;
  const single = w.t.length === 1;
  if (next.start === p.end) return single && ((next.kind === 'w' && next.t.length === 1) || next.t === '-');
  if (!single) {
    if (!MONTH_CUTS.has(w.t) || next.kind !== 'd' || next.ord || !Number.isInteger(next.v)) return false;
    return (next.v >= 1 && next.v <= MAX_DAY) || (next.v >= CUT_YEAR_MIN && next.v <= CUT_YEAR_MAX);
  }
  // The last of two single letters or more, each with its point: "U.S.", "a.m.".
  const initials = toks[k - 2]?.t === '.' && toks[k - 2].end === w.start && toks[k - 3]?.kind === 'w' && toks[k - 3].t.length === 1;
  if (!initials) return false;
  if (next.kind === 'd') {
    const after = toks[k + 2];
    return !after || after.nl || after.kind !== 'w' || !!lookupTok(after, 'unit');
  }
  return next.t === ',' || (next.kind === 'w' && !next.cap);
}

/** Clause bounds around tokens [i0, i1): stop at sentence punctuation and line breaks, not at an abbreviation's point
 * inside a sentence (abbreviationPoint). */
export function clause(toks: Tok[], i0: number, i1: number): [number, number] {
  let a = i0;
  while (a > 0 && i0 - a < WINDOW_LEFT && !(BOUNDARY.has(toks[a - 1].t) && !abbreviationPoint(toks, a - 1)) && !toks[a].nl) a--;
  let b = i1;
  while (b < toks.length && b - i1 < WINDOW_RIGHT && !(BOUNDARY.has(toks[b].t) && !abbreviationPoint(toks, b)) && !toks[b].nl) b++;
  return [a, b];
}

/**
 * The clause of a figure that stands alone in parentheses after what it qualifies ("51,2 milliards de dollars (+66 %)",
 * "turnout (64.7%)"): a bracket holding the figure's number and unit only, no word of its own, is an aside on the
 * clause before it, which says what the figure measures; read alone, it tells nothing, and the same figure told in a
 * sentence of its own ("data center revenue rose 66%") shares no word with it. The clause before the opening bracket,
 * joined to the bracket; the clause itself otherwise. A bracket with a word or another number of its own ("(dont 3
 * enfants)", "(+66 % sur un an)", "(2021 : 10,4 %)") keeps its own clause: that word or year says what it adds.
 */
export function clauseWithAside(toks: Tok[], i0: number, i1: number, headEnd: number): [number, number] {
  const [a, b] = clause(toks, i0, i1);
  if (a < 1 || toks[a - 1].t !== '(' || toks[b]?.t !== ')') return [a, b];
  for (let k = a; k < b; k++) if ((k < i0 || k >= headEnd) && (toks[k].kind === 'w' || toks[k].kind === 'd')) return [a, b];
  const [host] = clause(toks, a - 1, a - 1);
  return host < a - 1 ? [host, b] : [a, b];
}

export const isNumberTok = (t: Tok | undefined): boolean => !!t && t.kind === 'd';
/** Largest day of a month: a digit number up to this next to a month's name is a day ("le 7 mars", "March 7"). */
const MAX_MONTH_DAY = 31;
/**
 * A digit number at k that can be a count of its own: not an ordinal ("au 1er tour", "the 3rd district") and
 * not a day of a month ("le 7 mars", "on March 7"). Only such a number starts another figure's segment of a
 * clause: "33 % au 1er tour" keeps its round, "500 000 manifestants le 7 mars à Lyon" its place.
 */
export function isCountNumber(toks: Tok[], k: number): boolean {
  const t = toks[k];
  if (!isNumberTok(t) || t.ord) return false;
  if (!Number.isInteger(t.v) || t.v < 1 || t.v > MAX_MONTH_DAY) return true;
  const month = (m: Tok | undefined): boolean => !!m && m.kind === 'w' && isMonthName(m.t, !!m.cap);
  // "le 7 mars", "7 March", "the 7th of March", "March 7".
  return !(month(toks[k + 1]) || (toks[k + 1]?.t === 'of' && month(toks[k + 2])) || month(toks[k - 1]));
}
/** Words the text also writes in lower case ("En direct", "Read More"): capitalised, but not names. */
let lowerFor: Tok[] | null = null;
let lowerSeen = new Set<string>();
export function writtenLower(toks: Tok[], w: string): boolean {
  if (lowerFor !== toks) {
    lowerSeen = new Set();
    for (const t of toks) if (t.kind === 'w' && !t.cap) lowerSeen.add(t.t);
    lowerFor = toks;
  }
  return lowerSeen.has(w);
}

/** A proper name at k: capitalised inside a sentence, never written in lower case by the same text. */
export function isName(toks: Tok[], k: number): boolean {
  const t = toks[k];
  // Two capitals are an acronym ("RN", "UE"): a name; two letters otherwise are mostly function words.
  if (!t.cap || (t.t.length < 3 && !t.upper) || k === 0 || t.nl) return false;
  const prev = toks[k - 1];
  if (prev.kind === 'p' && (BOUNDARY.has(prev.t) || prev.t === ':' || prev.t === '"')) return false;
  // A month written short before its day ("Feb. 11", "Sept 12") is a date's word, not a name.
  const next = toks[k + 1]?.t === '.' ? toks[k + 2] : toks[k + 1];
  if (isMonthName(t.t, true) && next?.kind === 'd' && !next.nl) return false;
  return !writtenLower(toks, t.t) && !STOPWORDS.has(t.t);
}

/** Tokens that end a sentence (the clause's own ends are counts.ts's segment rules). */
export const SENTENCE_END = new Set(['.', '!', '?']);

/** For each token, the first token of its sentence: token 0, a token at the head of its line, or one after a
 * sentence's end. Built once per token list (perf48): callers walked back token by token for every figure, which
 * on one long sentence (a list or a table flattened to text) was quadratic. */
const sentenceStarts = perList((toks: Tok[]) => {
  const starts = new Int32Array(toks.length);
  for (let k = 1; k < toks.length; k++) starts[k] = toks[k].nl || SENTENCE_END.has(toks[k - 1].t) ? k : starts[k - 1];
  return starts;
});
/** The first token of the sentence of token k (see sentenceStarts). */
export const sentenceStartOf = (toks: Tok[], k: number): number => sentenceStarts(toks)[k];

/** For each token, the first token of its clause: as sentenceStarts, also after a BOUNDARY (a semicolon, a
 * parenthesis). Built once per token list, for the same reason. */
const clauseStarts = perList((toks: Tok[]) => {
  const starts = new Int32Array(toks.length);
  for (let k = 1; k < toks.length; k++) {
    const prev = toks[k - 1].t;
    starts[k] = toks[k].nl || SENTENCE_END.has(prev) || BOUNDARY.has(prev) ? k : starts[k - 1];
  }
  return starts;
});
/** The first token of the clause of token k (see clauseStarts). */
export const clauseStartOf = (toks: Tok[], k: number): number => clauseStarts(toks)[k];

/** Conjunctions that open a clause of time ("when", "lorsque", elided "lorsqu'", "quand"), folded tokens: one list for
 * the event clause after a toll (moment.ts) and the recalled event before a harm participle (count-segment.ts). */
export const TIME_CLAUSE_WORDS: readonly string[] = ['lorsque', 'lorsqu', 'quand', 'when'];

/** The sentence [s, e) around token k: from after the last full stop or line break before it to the next one, each
 * side at most `reach` tokens away (a text with no full stop is one sentence, and a caller reading every figure's
 * sentence must not walk it all for each). */
export function sentenceAround(toks: Tok[], k: number, reach = Infinity): [number, number] {
  let s = k;
  while (s > 0 && k - s < reach && !SENTENCE_END.has(toks[s - 1].t) && !toks[s].nl) s--;
  let e = k;
  while (e < toks.length && e - k < reach && !SENTENCE_END.has(toks[e].t) && !(e > k && toks[e].nl)) e++;
  return [s, e];
}

/**
 * What happened, as the sentence before the one of token i0 tells it, in the same paragraph: "… marquée
 * par cette mobilisation record contre la réforme. On n'avait plus vu ça depuis dix ans, 2 millions et
 * demi de personnes dans les rues …" counts people who marched, which only the sentence before says.
 * The concept ids of its actions. For the first sentence of a paragraph, the sentence after (actionsOfLead).
 */
export function actionsOfSentenceBefore(toks: Tok[], i0: number): string[] {
  // Sentence bounds from lists built once, actions read once per sentence (perf48): walked again for every figure,
  // a sentence of thousands of counts ("3 people, 4 people, …") was quadratic.
  const s = sentenceStartOf(toks, i0);
  if (s === 0 || toks[s].nl) return actionsOfLead(toks, i0);
  return actionsOfSentenceEndingAt(toks, s);
}
/** The actions of the sentence that ends before token s (a sentence's first token), read once per sentence. */
const actionsOfSentenceEndingAt = perToken((toks, s) => actionsIn(toks, sentenceStartOf(toks, s - 1), s));

/** For each token k (and toks.length), the first token at or after k that is a sentence's end or heads its line,
 * else toks.length: built once per token list, so a walk to the end of a sentence is one look-up (perf48). */
const sentenceStops = perList((toks: Tok[]) => {
  const stops = new Int32Array(toks.length + 1);
  stops[toks.length] = toks.length;
  for (let k = toks.length - 1; k >= 0; k--) stops[k] = toks[k].nl || SENTENCE_END.has(toks[k].t) ? k : stops[k + 1];
  return stops;
});

/** A sentence that opens its paragraph ("From 500,000 to over a million people. While the union counted …
 * during the march …"), or a heading line, sums up what the next sentence tells: its people take what happened
 * from that sentence (the rest of its paragraph, or the paragraph the heading titles). */
function actionsOfLead(toks: Tok[], i0: number): string[] {
  let e = sentenceStops(toks)[i0 + 1];
  if (e < toks.length && SENTENCE_END.has(toks[e].t)) e++;
  if (e >= toks.length) return [];
  return actionsOfSentenceAt(toks, e);
}
/** The actions from token e to the next sentence's end or line's head, read once per e. */
const actionsOfSentenceAt = perToken((toks, e) => actionsIn(toks, e, sentenceStops(toks)[e + 1]));

/** The concept ids of the actions between tokens p and s (one id once; actions that say why are left). */
function actionsIn(toks: Tok[], p: number, s: number): string[] {
  const out: string[] = [];
  for (let k = p; k < s; k++) {
    const hit = conceptAt(toks, k);
    if (!hit) continue;
    if (hit.c.type === 'action' && !hit.c.weak && !out.includes(hit.c.id)) out.push(hit.c.id);
    k += hit.len - 1;
  }
  return out;
}
