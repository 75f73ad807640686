/**
 * Elided counted nouns: "87 000 manifestants à Paris et 1,272 million dans toute la France", "Half a
 * million people marched in Paris, according to the CGT. Police said it was 87,000." The second number
 * counts what the first does; news writing drops the noun rather than repeat it, most of all when two
 * speakers give two values. A number that counts nothing named takes the frame of the figure just
 * before it, keeping the places its own clause names.
 */
import type { Figure } from './types';
import { concept, conceptsOf, type Concept } from '../concepts/index';
import { fold } from '../text/fold';
import { STOPWORDS } from '../text/words';
import { findDates, isDayName, isMonthName } from './dates';
import { ISO_DAY } from './moment';
import { AUXILIARIES, MONEY_UNITS } from './count-head';
import { NOT_COUNTED_UNITS, SCALE_CEILING } from './unit-sets';
import { THRESHOLD_MODIFIER } from './threshold';

/** How far back (characters) the antecedent may end: about two short sentences. Further away, a bare
 * number more often counts something else of the paragraph. */
const ELLIPSIS_MAX_CHARS = 200;
/** The two values must be of one order of magnitude, give or take two: "87 000" and "1,272 million" (15x)
 * are one count told in two places; "7" after "1,2 million" is a day or a rank, not a crowd. */
const ELLIPSIS_MAX_RATIO = 100;
/** How far back (characters) the count a list of places details may stand before the line that opens
 * the list ("La CGT a avancé 2,8 millions de manifestants. […] Les chiffres des manifestants par ville :"):
 * a short paragraph; further, the list more often details another count. */
const LIST_ANTECEDENT_MAX_CHARS = 600;
/** A list item: a capitalised label of one to three words and a colon opening the line ("Lyon : 45 000 (CGT)",
 * "Le Havre : 40 000"). */
const LIST_ITEM = /^[ \t]*\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2} ?:/u;
/** A list item's label and colon alone before its value ("Labour: 410", "Reform UK : 13"): LIST_ITEM up to the value. */
const LIST_LABEL_ONLY = new RegExp(`${LIST_ITEM.source}[ \\t]*$`, 'u');
/** How many items of a list must restate counts of one kind before an item of no told value takes their frame: two.
 * One item says only that its own value was told; a label after it may count another thing ("Labour: 410 /
 * Turnout: 60"). Two of one kind make the list a table of that count. */
const LIST_FRAME_MIN_ITEMS = 2;
/** Is a list item's label a day or a month ("Monday: 12", "Mars : 40")? Such a list counts by time, and a day's
 * value is no member of the list of parties or places above it. */
function dateLabel(label: string): boolean {
  return fold(label).split(/[^\p{L}]+/u).some((w) => w && (isDayName(w) || isMonthName(w, true)));
}
/** The line that opens a list ends with a colon ("Le point sur les chiffres des manifestants :"). */
const LIST_OPENER = /:\s*$/;

/**
 * A bare number in a list of places ("Marseille : 205 000 (CGT) / 40 000 selon la police") counts what
 * the line opening the list names, when that is what the count just before it counts: "les chiffres
 * des manifestants en France :" after "2,8 millions de manifestants". The antecedent is that count.
 */
function listAntecedent(f: Figure, a: Figure, text: string): [number, number] | null {
  const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
  if (!LIST_ITEM.test(text.slice(lineStart, f.start))) return null;
  // Up from the item: other items and blank lines, then the opening line.
  const lines = text.slice(a.end, lineStart).split('\n');
  let k = lines.length - 1;
  while (k > 0 && (lines[k].trim() === '' || LIST_ITEM.test(lines[k]))) k--;
  if (k <= 0 || !LIST_OPENER.test(lines[k])) return null;
  const openerAt = a.end + lines.slice(0, k).reduce((n, l) => n + l.length + 1, 0);
  if (openerAt - a.end > LIST_ANTECEDENT_MAX_CHARS) return null;
  const key = new Set(a.countsKey);
  const names = fold(lines[k]).split(/[^\p{L}]+/u).some((w) => w && conceptsOf(w).some((c) => key.has(c.id) || (c.means && key.has(c.means.entity) && (!c.means.action || key.has(c.means.action)))));
  return names ? [openerAt, openerAt + lines[k].length] : null;
}

/** Units that are themselves the whole frame, or say nothing of what is counted: never an antecedent. */
const NOT_ANTECEDENT = NOT_COUNTED_UNITS;
/** Durations tell when or how long, around a count rather than in its place: "Twelve days earlier, the CGT
 * counted 400,000", "Marseilles set a 20-year record, with 40,000". One whose value is not of the bare
 * number's order is passed over, to the count before it. */
const DURATIONS = new Set(['days', 'weeks', 'months', 'years', 'hours', 'minutes', 'seconds']);
/** A duration whose number is its article ("an hour", "a week", "une semaine", "un an"; word-numbers.ts
 * articleOfBoundSpan): never the frame of a bare number after it (resolveEllipses). */
const ARTICLE_SPAN = /^(?:an?|une?)\s/iu;
/** Antecedents kept to look back over (durations passed over): a count, then a duration or two. */
const ANTECEDENTS_KEPT = 3;

const magnitude = (f: Figure): number | null => {
  const v = typeof f.low === 'number' ? f.low : typeof f.high === 'number' ? f.high : null;
  return v === null || v <= 0 ? null : v;
};

/** A share of a count ("Plus de la moitié des morts", "a third of the victims") names the count's noun
 * but is no size of it: the places it is then detailed over ("à Al-Haouz (1 293) et à Taroudant (452)")
 * may be any number. */
const isShare = (a: Figure): boolean => a.unit !== 'percent' && typeof a.low === 'number' && a.low > 0 && a.low < 1;

/**
 * Does the sentence of `f`, after the one `a` ends in, open on a name of its own ("Marseilles set a 20-year
 * record, with 40,000", after "45,000 demonstrators in Lyon")? It is about that name: the count before is
 * another place's, or another holder's. A word the text also writes in lower case, a stop word, a word of
 * the concept table ("Police said it was 87,000"), a number ("Twelve days earlier") or the figure's speaker
 * is no such name.
 */
function opensOnOwnName(f: Figure, a: Figure, text: string, figures: readonly Figure[]): boolean {
  let s = f.start;
  while (s > a.end && !/[.!?\n]/.test(text[s - 1])) s--;
  if (s <= a.end) return false;
  const m = /^[\s"“«(]*(\p{Lu}[\p{L}'’-]+)/u.exec(text.slice(s, f.start));
  if (!m) return false;
  const at = s + m[0].length - m[1].length;
  const w = fold(m[1]).toLowerCase().replace(/['’].*$/, '');
  if (STOPWORDS.has(w) || conceptsOf(w).length || f.saidBy?.includes(m[1])) return false;
  if (figures.some((g) => g.start <= at && at < g.end)) return false;
  return !new RegExp(`(?<![\\p{L}])${m[1].toLowerCase()}(?![\\p{L}])`, 'u').test(text);
}

/** A number in parentheses right after a name: an item of a list by place or holder ("à Al-Haouz (1.293)",
 * "Marseille (40,000)", "Nouveau Front populaire (172 à 192)", "X et alliés (132 à 152)": a capitalised word
 * and up to three more). */
const NAMED_ITEM = /\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,3}\s*\($/u;
/** How far before a number (characters) its item's name is looked for: one long name and its parenthesis. */
const NAMED_ITEM_CHARS = 40;

/** Is the bare number `f` (value `x`) of the order of the antecedent `a` (ELLIPSIS_MAX_RATIO), or an item
 * of a list detailing the count `a` is a share of? A share's value says nothing of its count's size. */
function fits(f: Figure, x: number, a: Figure, text: string): boolean {
  const y = magnitude(a);
  if (y === null) return false;
  if (isShare(a)) return NAMED_ITEM.test(text.slice(Math.max(0, f.start - NAMED_ITEM_CHARS), f.start));
  // "a magnitude 7.4 earthquake … has risen to 10", "a quake of magnitude 7.2 …, stranding hundreds": a value of a
  // graded scale passes its unit on only to a value within the scale (unit-sets.ts SCALE_CEILING), one of the same
  // shape; above it, or vague, the number counts something else.
  const ceiling = SCALE_CEILING.get(a.unit);
  if (ceiling !== undefined && (f.qualifier === 'vague' || !(x < ceiling) || (typeof f.high === 'number' && !(f.high < ceiling)))) return false;
  return Math.max(x, y) / Math.min(x, y) <= ELLIPSIS_MAX_RATIO;
}

/** How far back (characters) the noun a list of named items counts may stand when no count comes before
 * the list: the list's own sentence and the one before it, even across a paragraph break ("… pour élire leurs
 * députés …\n\nLes premières estimations sont : X (172 à 192), Y (150 à 170)"). */
const TOPIC_MAX_CHARS = 250;

/**
 * The counted noun of an item of a named list that no count precedes ("Les estimations sont : X (172 à 192),
 * Y (150 à 170)"): the nearest noun of a counted thing (an entity of the concept table) written without a
 * number before the list, in its sentence or the one before; no count may stand between (its noun is the
 * antecedent's business).
 */
function topicEntity(f: Figure, text: string, figures: readonly Figure[]): Concept | undefined {
  let from = Math.max(0, f.start - TOPIC_MAX_CHARS);
  for (const g of figures) if (g.end <= f.start && g.end > from && !NOT_ANTECEDENT.has(g.unit)) from = g.end;
  const span = fold(text.slice(from, f.start));
  // Sentences: stop at the end of the one before the list's.
  const ends = [...span.matchAll(/[.!?](?=\s)/g)].map((m) => m.index ?? 0);
  const start = ends.length >= 2 ? ends[ends.length - 2] : 0;
  const words = [...span.slice(start).matchAll(/\p{L}+/gu)];
  for (let k = words.length - 1; k >= 0; k--) {
    const c = conceptsOf(words[k][0].toLowerCase()).find((x) => x.type === 'entity');
    if (c) return c;
  }
  return undefined;
}

/** Gives an item of a named list its topic's counted noun (topicEntity), keeping its own places and modifiers. */
function namedItemOfTopic(f: Figure, text: string, figures: readonly Figure[]): boolean {
  const c = topicEntity(f, text, figures);
  if (!c) return false;
  const own = f.countsKey.filter((k) => k !== 'number');
  // "150 to 180 seats": a range of what has one outcome is a projection, as counts.ts reads it.
  if (c.rangeIsProjection && f.low !== f.high && !own.includes('projection')) own.push('projection');
  const frame = [c.means?.entity ?? c.id, ...(c.means?.action ? [c.means.action] : []), ...(c.means?.role ? [c.means.role] : [])];
  f.countsKey = [...new Set([...frame, ...own])];
  f.unit = c.people ? 'people' : c.label?.en.replace(/ people$/, '') ?? c.id;
  f.counts = c.label?.en ?? c.id;
  f.context = [...new Set([...(f.context ?? []), c.id])];
  f.salient = true;
  return true;
}

/** What a bare number says of itself and keeps when it takes its antecedent's noun, and never takes from it: a
 * modifier of its own segment (concepts flag `ownSegment`: the rest of a whole, "dans le reste du pays", read by
 * counts.ts; where the counted were, "241 à bord et 29 au sol"), a difference ("7,000 more than", counts.ts
 * `change`), a threshold ("loin du seuil des 289", threshold.ts: "the 577-member Assembly" after "289 seats needed" is
 * no threshold). */
const ownScope = (k: string): boolean => k === 'change' || k === THRESHOLD_MODIFIER || !!concept(k)?.ownSegment;
/** What may stand between the two members of an alternative or a span whose counted noun is written once,
 * after the second ("500 000 à plus d'un million de manifestants", "\"500,000\" to \"more than a million\"
 * people", "20 ou 30 blessés"): a link word, quotation marks and spaces (text folded). "et / and" is left out:
 * "500 and 1,000 people" is more often two counts than one span. */
const MEMBER_LINK = /^[\s"]*(?:to|a|ou|or|-|\u2013)[\s"]*$/;

/**
 * The first member of a span or an alternative counts what the second does: a bare number right before "to / à
 * / ou / or / -" and a number with a counted noun ("From 500,000 to over a million people") takes that figure's
 * frame. Read before the count before it (resolveEllipses): the noun written after the member, in its own
 * phrase, is nearer than any antecedent. Values of one order only (ELLIPSIS_MAX_RATIO), as for an ellipsis.
 */
export function resolveSpanMembers(figures: Figure[], text: string): void {
  for (let k = 0; k + 1 < figures.length; k++) {
    const f = figures[k];
    const g = figures[k + 1];
    if (f.countsKey[0] !== 'number' || f.unit !== 'number' || g.countsKey[0] === 'number' || NOT_ANTECEDENT.has(g.unit) || g.start < f.end) continue;
    if (!MEMBER_LINK.test(fold(text.slice(f.end, g.start)))) continue;
    const x = magnitude(f);
    const y = magnitude(g);
    if (x === null || y === null || Math.max(x, y) / Math.min(x, y) > ELLIPSIS_MAX_RATIO) continue;
    f.countsKey = [...g.countsKey];
    f.unit = g.unit;
    f.counts = g.counts;
    f.context = [...new Set([...(f.context ?? []), g.countsKey[0]])];
    f.salient = g.salient;
  }
}

/** The count a part was taken from: the nearest figure before it with the part's counted thing, no part of its
 * own and a value no smaller than the part's ("plus de 506 000 manifestants (55 000 à Paris, 451 789 hors
 * capitale)": not the other part, 55 000). */
function wholeBefore(part: Figure, figures: readonly Figure[]): Figure | undefined {
  const p = magnitude(part);
  for (let k = figures.indexOf(part) - 1; k >= 0; k--) {
    const g = figures[k];
    if (g.countsKey[0] !== part.countsKey[0] || g.unit !== part.unit || g.countsKey.includes('part')) continue;
    const w = magnitude(g);
    if (p !== null && w !== null && w >= p) return g;
  }
  return undefined;
}

/** A demonstrative right before a number ("ces 2,4 millions", "these 400", "those 12"): the count is one told before. */
const DEMONSTRATIVE_BEFORE = /(?:^|[^\p{L}])(?:ces|these|those)\s+$/iu;
/** A definite article right before a bare number ("les 300 millions", "the 300 million"): it points back to a count
 * told before less surely than a demonstrative ("the 400 block", "the 5 in favour"), so it is read only within the
 * number's paragraph, to the nearest figure of its value, whatever that one counts (articleValueBefore). */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:les|the)\s+$/iu;
/** A letter or digit glued after the number: part of another word ("the 90s", "les 33es"), no count. */
const GLUED_AFTER = /^[\p{L}\p{N}]/u;
/** Characters read before a number for its demonstrative: the word and its space. */
const DEMONSTRATIVE_CHARS = 8;
/** A pronoun that stands for a noun given before the number (unit31): the French clitic "en" before the number's verb
 * ("Le texte en a obtenu 295", "qui en a réuni 4,2 millions", "on en comptait 87", "d'en supprimer trois"), or a
 * partitive pronoun after it ("410 d'entre eux", "1,8 million d'entre elles", "300 of them"). The writer points back
 * to the count or the noun told before, even past a paragraph break (a short paragraph of one sentence, as news
 * writes), so the number counts what that noun counts. "en" is the pronoun only before a verb: an auxiliary of the
 * past (a participle may follow) or a verb by its ending ("comptait", "supprimer"); "en France", "en moyenne",
 * "en 2024" are no pronoun. */
/** Set phrases with "en" that is no pronoun, whose next word ends as a verb does ("en fait", "en particulier",
 * "en premier", "en hiver", "en janvier", "en clair"): "Les grévistes étaient en fait 300" counts no noun told before. */
const EN_SET_PHRASES = ['fait', 'particulier', 'premier', 'dernier', 'entier', 'hiver', 'janvier', 'fevrier', 'clair'];
const CLITIC_EN_BEFORE = new RegExp(String.raw`(?:^|[\s'’])en\s+(?:(?:a|ont|avait|avaient|aura|auront|aurait|auraient|est|sont|etait|etaient)(?:\s+[\p{L}-]+)?|(?!(?:${EN_SET_PHRASES.join('|')})\s)[\p{L}]+(?:ait|aient|er|ir))\s+$`, 'u');
/** Characters read before a number for its clitic and verb: "en avaient recense ". */
const CLITIC_EN_CHARS = 32;
const PARTITIVE_AFTER = /^\s*(?:d['’]entre\s+(?:eux|elles)|of\s+them)\b/u;
/** Characters read after a number for its partitive pronoun. */
const PARTITIVE_CHARS = 16;
/** Which pronoun for a noun given before stands with the bare number `f`: a partitive (PARTITIVE_AFTER: the number is
 * a part of the count before, "410 d'entre eux" of 450, so it keeps the modifier `part`), the clitic "en"
 * (CLITIC_EN_BEFORE: the count itself), or none. */
function pronounOfNounBefore(f: Figure, folded: string, lang: 'fr' | 'en'): 'partitive' | 'clitic' | undefined {
  if (PARTITIVE_AFTER.test(folded.slice(f.end, f.end + PARTITIVE_CHARS))) return 'partitive';
  return lang === 'fr' && CLITIC_EN_BEFORE.test(folded.slice(Math.max(0, f.start - CLITIC_EN_CHARS), f.start)) ? 'clitic' : undefined;
}
/** The nearest figure before `f` in the text with its value (a bound's or not) and a counted thing of its own, else undefined. */
function sameValueBefore(f: Figure, figures: readonly Figure[]): Figure | undefined {
  for (let k = figures.indexOf(f) - 1; k >= 0; k--) {
    const g = figures[k];
    if (g.end > f.start || g.countsKey[0] === 'number' || NOT_ANTECEDENT.has(g.unit)) continue;
    // One value, whatever bound either gives it ("pas moins de 2,4 millions" … "ces 2,4 millions").
    if (magnitude(g) === magnitude(f)) return g;
  }
  return undefined;
}

/** The least value of a list item that restates a count told before it (listedValueBefore): ten. Below it one value
 * is shared by too many things of one text (a day, a rank, two or three of anything) for the value alone to say which
 * count the item restates; a smaller item takes the frame of the item above it, as any item of a list does. */
const LIST_RESTATED_MIN = 10;

/** The count a bare item of a list restates ("Here's the full poll:\nLabour: 410\nConservatives: 131" after "taking
 * 410 seats … only 131 seats"): a list that sums up the text gives again, label by label, counts its sentences told
 * with their noun. The nearest figure before it in the text with its value (sameValueBefore), for an item of
 * LIST_RESTATED_MIN or more on a line that opens on a label and a colon (LIST_ITEM); else undefined. Read before the
 * count just before the list, which the list may only follow ("Labour slipped some 5 points in polls" is no seat). */
function listedValueBefore(f: Figure, prev: Figure | undefined, figures: readonly Figure[], text: string, restated: Map<Figure, Figure>, toldItems: Map<Figure, number>): Figure | undefined {
  const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
  // The item's value right after its label ("Labour: 410"), not a second value of its line ("Lyon : 45 000 (CGT) /
  // 25 000 selon la police"), which the line's own words frame.
  const label = text.slice(lineStart, f.start);
  if (!LIST_LABEL_ONLY.test(label)) return undefined;
  const x = magnitude(f);
  let told = x !== null && x >= LIST_RESTATED_MIN && f.low === f.high ? sameValueBefore(f, figures) : undefined;
  // A value of another item of a list ("Nice : 25 000 (CGT)" above "Lyon : 45 000 (CGT) / 25 000") is another
  // label's count: only a count told in a sentence is restated.
  if (told && LIST_ITEM.test(text.slice(text.lastIndexOf('\n', told.start - 1) + 1, told.start))) told = undefined;
  // "SNP: 10" under "Reform UK: 13", which restated "13 seats": an item on the line right below a restated item is
  // of its list, and counts what the list's first restated item counts ("Labour: 410" of "410 seats"): not the
  // modifiers of the count the item above restated ("forecast to win 13 seats"), which are that count's own.
  const first = prev && !text.slice(prev.end, lineStart - 1).includes('\n') ? restated.get(prev) : undefined;
  const frame = told && first ? first : told;
  // Items of the list so far that restated a count of the frame's kind themselves (LIST_FRAME_MIN_ITEMS).
  const above = first && prev ? toldItems.get(prev) ?? 0 : 0;
  const own = told && (!first || told.countsKey[0] === first.countsKey[0]) ? 1 : 0;
  if (frame) {
    restated.set(f, frame);
    toldItems.set(f, above + own);
    return told;
  }
  // An item of no told value takes the frame only of a list of at least two such items, and never under a day's or
  // a month's label (LIST_FRAME_MIN_ITEMS, dateLabel): "Labour: 410 / Turnout: 60", "Monday: 12 / Tuesday: 40".
  if (!first || above < LIST_FRAME_MIN_ITEMS || dateLabel(label.replace(/:\s*$/, ''))) return undefined;
  restated.set(f, first);
  toldItems.set(f, above);
  return first;
}

/** The figure a bare number after a definite article restates: the nearest figure before it in its paragraph, if it
 * has the number's value and a counted thing of its own. The nearest of that value, bare or not: "The vote was 5-4:
 * the 5 in favour" restates the bare 5 of the vote, not five soldiers told before it. */
function articleValueBefore(f: Figure, figures: readonly Figure[], text: string): Figure | undefined {
  if (GLUED_AFTER.test(text.slice(f.end, f.end + 1))) return undefined;
  const x = magnitude(f);
  for (let k = figures.indexOf(f) - 1; k >= 0; k--) {
    const g = figures[k];
    if (g.end > f.start) continue;
    if (text.slice(g.end, f.start).includes('\n')) return undefined;
    // A duration qualifies a noun or a time ("a three-hour flight … the three will head"): never what "the three" is.
    if (magnitude(g) !== x || DURATIONS.has(g.unit)) continue;
    return g.countsKey[0] === 'number' || NOT_ANTECEDENT.has(g.unit) ? undefined : g;
  }
  return undefined;
}

/** Characters between an amount and the bracket that restates it: its unit's words ("bln rubles (", "milliards de
 * roubles (soit"), no more than a short phrase. */
const RESTATE_GAP_CHARS = 40;
/** What stands between an amount and the restatement after it: words of its unit and one opening bracket, the
 * bracket's lead words after it ("(about", "(soit environ"); no clause mark. */
const RESTATE_GAP = /^[\p{L}\s'’-]*\(\s*[\p{L}\s]*\p{Sc}?$/u;
/** What closes a restatement: its unit's word or two (at most RESTATE_CLOSE_CHARS characters), then the bracket. */
const RESTATE_CLOSE_CHARS = 20;
const RESTATE_CLOSE = new RegExp(`^[\\p{L}\\s.]{0,${RESTATE_CLOSE_CHARS}}\\)`, 'u');
/** Measures of one dimension, one set each: an amount restated in another unit of its own dimension ("120 miles (193
 * km)") is the same quantity; a count in brackets ("5 billion dollars (to 40 firms)") is another thing counted. */
const MEASURE_DIMENSIONS: readonly ReadonlySet<string>[] = [
  MONEY_UNITS,
  new Set(['km', 'm', 'cm', 'mm', 'feet', 'inches', 'miles']),
  new Set(['kg', 'tonnes']),
  new Set(['litres', 'ml']),
  new Set(['celsius', 'fahrenheit']),
];
const sameDimension = (u: string, v: string): boolean => MEASURE_DIMENSIONS.some((d) => d.has(u) && d.has(v));
/**
 * Is f the amount a told before it restated in another unit of its dimension, in brackets right after it ("90 bn
 * roubles ($1 bn)", "120 miles (193 km)", "40 milliards d'euros (44 milliards de dollars)")? The same amount
 * converted, not a count of its own.
 */
export function restatesIn(a: Figure, f: Figure, text: string): boolean {
  if (a.unit === f.unit || !sameDimension(a.unit, f.unit) || f.start < a.end || f.start - a.end > RESTATE_GAP_CHARS) return false;
  return RESTATE_GAP.test(text.slice(a.end, f.start)) && RESTATE_CLOSE.test(text.slice(f.end, f.end + RESTATE_CLOSE_CHARS + 1));
}

/** What joins a count to a bare number that opens its own clause in the same sentence: "et / and" after any words, no
 * sentence end (text folded). */
const JOINED_CLAUSE = /^[^.!?;:\n]*(?:^|[\s,])(?:et|and)\s+(?:(?:plus|moins|pres|environ|more|less|nearly|about|some|over|at least|au moins|than|de|d'|que)\s+)*$/;
/** The verb of a bare number's own clause, right after it: an auxiliary and a participle or adjective ("ont été
 * touchées", "were moved", "have experienced", "sont blessés"), text folded. */
const OWN_PREDICATE = new RegExp(`^\\s+(?:${[...AUXILIARIES].join('|')})\\s+(?:ete\\s+|been\\s+)?[a-z]{3,}`);
/** How far after a bare number its own clause's auxiliary and participle are looked for: "ont été touchées" and
 * "have been displaced" with their spaces fit well inside it, a verb further on belongs to another clause. */
const OWN_PREDICATE_CHARS = 40;
/** Is the bare number f the subject of its own verb (OWN_PREDICATE), in a clause joined by "et / and" to the one of
 * the count a, in one sentence? */
function ownPredicateJoined(a: Figure, f: Figure, text: string): boolean {
  if (f.start < a.end || f.start - a.end > ELLIPSIS_MAX_CHARS) return false;
  return JOINED_CLAUSE.test(fold(text.slice(a.end, f.start))) && OWN_PREDICATE.test(fold(text.slice(f.end, f.end + OWN_PREDICATE_CHARS)));
}

/** Resolves, in place, figures whose countsKey is the bare 'number' (figures in text order). */
export function resolveEllipses(figures: Figure[], text: string, placed: ReadonlySet<Figure>, lang?: 'fr' | 'en'): void {
  let folded: string | undefined;
  /** Candidate antecedents, nearest last. */
  const recent: Figure[] = [];
  const setAntecedent = (f: Figure): void => { recent.push(f); if (recent.length > ANTECEDENTS_KEPT) recent.shift(); };
  let before: Figure | undefined;
  /** List items read as restating a count told before, each with its list's first restated count (listedValueBefore). */
  const restated = new Map<Figure, Figure>();
  /** For each such item, how many items of its list down to it restated a count of the list's kind themselves. */
  const toldItems = new Map<Figure, number>();
  for (const f of figures) {
    const prev = before;
    before = f;
    if (f.countsKey[0] !== 'number' || f.unit !== 'number') {
      // An age is one person's ("Noa Argamani, 26"): never the frame of the next number. Nor is an amount restated in
      // another unit in brackets ("90 bn roubles ($1 bn). Of that, wages were 60 bn"): the text counts in the unit it
      // converts from, and a bare amount after it is in that unit.
      if (!NOT_ANTECEDENT.has(f.unit) && f.countsKey[0] !== 'age' && !(prev && restatesIn(prev, f, text))) setAntecedent(f);
      continue;
    }
    const x = magnitude(f);
    if (x === null) continue;
    // "Ces 2,4 millions représentent…", "These 400 were…": a demonstrative before a bare number points back to a count
    // the text told already; the one of the same value is it, however far before (units21).
    const lead = text.slice(Math.max(0, f.start - DEMONSTRATIVE_CHARS), f.start);
    const told = DEMONSTRATIVE_BEFORE.test(lead) ? sameValueBefore(f, figures)
      : ARTICLE_BEFORE.test(lead) ? articleValueBefore(f, figures, text) : listedValueBefore(f, prev, figures, text, restated, toldItems);
    if (told) {
      f.countsKey = [...told.countsKey];
      f.unit = told.unit;
      f.counts = told.counts;
      f.context = [...new Set([...(f.context ?? []), told.countsKey[0]])];
      f.salient = told.salient;
      setAntecedent(f);
      continue;
    }
    // "Au total, 137 personnes sont mortes et 16 000 ont été touchées", "35 people were killed and more than 270,000
    // have been displaced": a bare number that is the subject of its own verb, joined by "et / and" to a count of
    // people in one sentence, counts people too, what its own verb says of them, never the first count's fate
    // (unit46). Any order of values: a toll and the many it affected differ by far more than an elided count does
    // (ELLIPSIS_MAX_RATIO).
    const people = recent[recent.length - 1];
    if (people && people.unit === 'people' && ownPredicateJoined(people, f, text)) {
      const doing = f.countsKey.slice(1);
      f.countsKey = [people.countsKey[0], ...doing];
      f.unit = people.unit;
      f.counts = concept(people.countsKey[0])?.label?.en ?? people.unit;
      f.context = [...new Set([...(f.context ?? []), people.countsKey[0]])];
      f.salient = people.salient;
      setAntecedent(f);
      continue;
    }
    // The nearest count before, passing over durations of another order ("Twelve days earlier, ... 400,000") and shares.
    let a: Figure | undefined;
    let near = false;
    let opener: [number, number] | null = null;
    // A pronoun for a noun told before reaches past a paragraph break (pronounOfNounBefore), never further than a bare
    // number may.
    const pronoun = lang !== undefined ? pronounOfNounBefore(f, folded ??= fold(text), lang) : undefined;
    // The partitive's `part` is read with the antecedent below; kept only if the number gets one (or a topic).
    const addedPart = pronoun === 'partitive' && !f.countsKey.includes('part');
    if (addedPart) f.countsKey = [...f.countsKey, 'part'];
    for (let k = recent.length - 1; k >= 0; k--) {
      const c = recent[k];
      near = f.start - c.end <= ELLIPSIS_MAX_CHARS && (pronoun !== undefined || !text.slice(c.end, f.start).includes('\n'));
      opener = near || k < recent.length - 1 ? null : listAntecedent(f, c, text);
      if (!near && !opener) break;
      // "After four rounds and barely 24 hours, white smoke rose. The cardinals agreed by at least 89": a duration
      // is the frame of a bare number of its own sentence only ("48 hours in Paris, 24 in Lyon"); a sentence later,
      // the number counts what its own sentence tells (its noun elided or said before the number), not hours, nor
      // what a count before the duration counts: left bare.
      if (DURATIONS.has(c.unit) && /[.!?]\s/.test(text.slice(c.end, f.start))) break;
      // "followed an hour later by one of 5.2", "pendant une semaine, puis 3": a length told by its article names its
      // noun once, in the singular, as a span of the story; a writer who elides a noun elides one written after a
      // number. The bare number after it counts what the count before the span counts: passed over.
      if (DURATIONS.has(c.unit) && ARTICLE_SPAN.test(c.text)) continue;
      // A list details its count place by place: its items may be any fraction of it.
      if (opener || fits(f, x, c, text)) { a = c; break; }
      // A share ("plus d'une circonscription sur deux", "a third of them") says no size either: "39 sont issus du
      // parti X, arrivé en tête dans plus d'une circonscription sur deux, et 31 étaient soutenus par Y" counts
      // what the count before the share counts.
      if (!DURATIONS.has(c.unit) && !isShare(c)) break;
    }
    if (!a) {
      // The list's next items take this one's frame, as any bare number after a count does.
      // "Il n'a jamais fermé d'usine, il menaçait d'en supprimer trois": the pronoun's noun was told with no number.
      const named = (NAMED_ITEM.test(text.slice(Math.max(0, f.start - NAMED_ITEM_CHARS), f.start)) || pronoun !== undefined)
        && namedItemOfTopic(f, text, figures);
      if (named) setAntecedent(f);
      // A partitive with nothing it is a part of is no part of anything known: left bare, as it was.
      else if (addedPart) f.countsKey = f.countsKey.filter((k) => k !== 'part');
      continue;
    }
    const listed = !!opener;
    // A named sub-event ("ev:", count-event.ts) scopes a count as a place does.
    const scoped = (k: string): boolean => k.startsWith('loc:') || k.startsWith('ev:');
    const ownPlaces = f.countsKey.filter(scoped);
    // A sentence about a name of its own, and no place given with the number: whose count it is, unknown.
    if (!listed && !ownPlaces.length && !placed.has(f) && opensOnOwnName(f, a, text, figures)) continue;
    // "... et 1,272 million dans toute la France": a place of its own, even one that is a nation, ends the antecedent's.
    // A part's place is the part's own: a number after it with no place of its own is not of that place,
    // and may be the whole again by another speaker ("1,1 million, dont 80 000 à Paris, tandis que la CGT
    // revendiquait plus de deux millions") or another part: left unread.
    if (a.countsKey.includes('part') && !f.countsKey.includes('part') && !ownPlaces.length && !placed.has(f)) {
      // But a value no smaller than the whole the part was taken from is no other part: it is that whole again,
      // by another speaker ("plus de 506 000 manifestants (55 000 à Paris, 451 789 hors capitale), contre la
      // revendication de la CGT de « plus d'un million »"): it counts what the whole counts.
      const whole = wholeBefore(a, figures);
      const w = whole ? magnitude(whole) : null;
      if (!whole || w === null || f.start - whole.end > ELLIPSIS_MAX_CHARS) continue;
      // Another part is listed in the part's own sentence ("dont 80 000 à Paris et 20 000 à Lyon"); a smaller value a
      // sentence later is the whole told again for another moment ("… faisait état de 207 décès, dont 204 dans la
      // région. Hier, on en comptait 205."), when it is of the whole's order (fits).
      if (x < w && (!/[.!?]\s/.test(text.slice(a.end, f.start)) || !fits(f, x, whole, text))) continue;
      a = whole;
    }
    // "55 000 à Paris et 451 789 dans le reste du pays": the rest of a whole is the complement of the antecedent's
    // place, never in it (counts.ts counts it as placed); the scope is the number's own and is never passed on to
    // the next number.
    // "12 in France, 5 in Spain": a nation the number's own words name, that the antecedent does not, is its place in
    // place of the antecedent's places and nations (each item of a list of nations is its own nation's count).
    const ownNations = f.countsKey.filter((k) => concept(k)?.type === 'nation');
    const ownNation = ownNations.some((k) => !a.countsKey.includes(k));
    const places = ownPlaces.length || placed.has(f) || ownNation ? ownPlaces : a.countsKey.filter(scoped);
    // A part ("dont 300") belongs to its own clause, not to the count it is a part of; so do the rest of a whole and
    // a difference ("45 000 à Lyon, 7 000 de plus que le 19 janvier": the number's own, never its antecedent's).
    let frame = a.countsKey.filter((k) => !scoped(k) && k !== 'part' && !ownScope(k));
    const ownScopes = f.countsKey.filter(ownScope);
    // A listed place narrows the count: the nation the whole was counted over ("dans toute la France") is not its scope.
    if (listed && ownPlaces.length) frame = frame.filter((k, i) => i === 0 || concept(k)?.type !== 'nation');
    if (ownNation) {
      frame = frame.filter((k, i) => i === 0 || concept(k)?.type !== 'nation');
      for (const k of ownNations) if (!frame.includes(k)) frame.push(k);
    }
    // "132 000 salariés dans le monde dont 19 000 en France": a part keeps the nation its own words name.
    if (f.countsKey.includes('part')) for (const k of f.countsKey) if (concept(k)?.type === 'nation' && !frame.includes(k)) frame.push(k);
    // "the abolition of two public holidays. There are 11 in total": a total said after a part is the
    // whole of what the part was taken from; it keeps the counted thing, not what happened to the part.
    const whole = !!f.context?.includes('total') && !a.context?.includes('total');
    if (whole) frame = [frame[0], 'total'];
    // "57,01 milliards de dollars, contre 54,92 milliards attendus": a forecast the number's own words say (counts.ts
    // forecastParticiple) is its own, whatever its antecedent was.
    const forecast = f.countsKey.includes('projection') && !frame.includes('projection') ? ['projection'] : [];
    f.countsKey = [...frame, ...places, ...(f.countsKey.includes('part') ? ['part'] : []), ...ownScopes, ...forecast];
    f.unit = a.unit;
    const samePlaces = places.length === a.countsKey.filter(scoped).length && places.every((p) => a.countsKey.includes(p));
    f.counts = whole ? `${concept(frame[0])?.label?.en ?? frame[0].replace(/^(?:t-|w:)/, '').replace(/-/g, ' ')} in total` : samePlaces ? a.counts : a.counts.replace(/ in .*$/, '');
    f.context = [...new Set([...(f.context ?? []), a.countsKey[0]])];
    f.salient = a.salient;
    // "suivi de cinq répliques, dont l'une de 5,2", "three aftershocks, the strongest 5.4": a value with decimals counts
    // no whole things; after a count of events measured on a scale of their own (concept `measure`), it is one
    // event's measure, in that scale's unit (units21), as count-head.ts reads "une réplique de 5,2".
    const measure = concept(frame[0])?.measure;
    if (measure && !Number.isInteger(x)) {
      f.countsKey = [measure, ...places, ...ownScopes];
      f.unit = measure;
      f.counts = concept(measure)?.label?.en ?? measure;
    }
    // "Between 25,000 and 45,000 in Lyon. ... in Marseille (40,000), Nantes (28,000)": a list of bare
    // numbers details one count item by item; each resolved item is the next one's antecedent, so the
    // list is read to its end, one short step at a time. A list of lines keeps the count its opener
    // details (listAntecedent reads the lines up from the item to it).
    if (!listed) setAntecedent(f);
    // "Le 19 janvier, … 1,1 million de manifestants, dont 80 000 à Paris": told in one sentence, the elided
    // count is of the antecedent's day unless it names its own time.
    const oneSentence = !/[.!?]/.test(text.slice(a.end, f.start));
    if (a.moment && !f.when && !f.year && oneSentence) f.moment = a.moment;
    // "supprimera 3 000 postes en 2027, dont 800 en France": a part of a target is of the target's year, not
    // of the article's day (it would read as an update of a measured value).
    if (a.year && !f.when && !f.year && oneSentence) {
      f.year = a.year;
      delete f.moment;
    }
    // "Le point sur les chiffres des manifestants le 31 janvier 2023 :": the day the list opener names is its items'.
    if (opener && !f.when && !f.year) {
      // Dates are read after this step; the opener is read for one here, in either language's words.
      const line = fold(text.slice(opener[0], opener[1]));
      const days = (['fr', 'en'] as const).flatMap((l) => findDates(line, l)).map((d) => d.low).filter((d): d is string => typeof d === 'string' && ISO_DAY.test(d));
      if (days.length && days.every((d) => d === days[0])) f.moment = days[0];
    }
  }
}
