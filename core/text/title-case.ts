/**
 * Title case: how a headline or a body's subhead capitalises its words, so that its capitals are not read as names.
 * Read by core/story (a title's and the body's subheads' words) and core/passages (claim-anchors.ts: whether a span's
 * capitals mark names). Moved here from core/story/features.ts (session 24) so that core/passages does not import
 * core/story: text reading both engines share belongs to core/text.
 */
import { words, STOPWORDS } from './words';
import type { Lang } from '../types';

/** In a title where most words are capitalised (English title case), capitals do not mark names. */
const TITLE_CASE_RATIO = 0.6;
/**
 * A lower-case word this long in an English title shows it is no title case: house styles that capitalise content words
 * leave only short function words ("in", "of", "to", "with", "from", "over") in lower case, and the stopword list
 * does not hold every one of them.
 */
const TITLE_CASE_LOWER_WORD = 5;
/**
 * English prepositions and conjunctions of TITLE_CASE_LOWER_WORD letters or more that title-case house styles leave in
 * lower case as they do "in" or "of" ("Fire Spreads across Hills", "Talks Resume without Union Leaders"): function
 * words of any headline, so they say nothing of its case. A closed class: the list is the class.
 */
const TITLE_CASE_FUNCTION_WORDS = new Set([
  'about', 'above', 'across', 'after', 'against', 'along', 'alongside', 'amid', 'amidst', 'among', 'amongst', 'around',
  'before', 'behind', 'below', 'beneath', 'beside', 'besides', 'between', 'beyond', 'despite', 'during', 'except',
  'inside', 'into', 'onto', 'outside', 'over', 'past', 'since', 'through', 'throughout', 'toward', 'towards', 'under',
  'underneath', 'until', 'unless', 'upon', 'versus', 'while', 'whilst', 'within', 'without', 'because', 'although',
  'though', 'whether',
]);

/**
 * French articles, prepositions and conjunctions that a French headline writes in lower case after its first word
 * (sentence case). A closed class: the list is the class, less the elided forms ("L'", "d'"), which open a word.
 */
const FRENCH_TITLE_FUNCTION_WORDS = new Set([
  'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'au', 'aux', 'et', 'ou', 'sur', 'sous', 'pour', 'par', 'dans',
  'avec', 'sans', 'chez', 'vers', 'entre', 'en', 'à',
]);
/**
 * A French title is in title case when at least this many of its function words follow its first word, every one is
 * capitalised, and no word after the first is in lower case (looksTitleCase). A name holds one article ("Le Morvan",
 * "La Ferté"), and two names can hold two: a sentence-case title with two such names ("Paule Le Morvan à La Ferté")
 * still writes its other words, "à", a verb, in lower case.
 */
const FRENCH_TITLE_CASE_MIN_FUNCTION_WORDS = 2;

/**
 * English headlines capitalise every content word (title case); French ones do not (only the first word and names
 * take a capital), so a French title with many capitals is most often a title full of names ("Michelin-Cholet
 * (Maine-et-Loire) : le ministre hué", "La CFDT signe le PSE chez Michelin"), whose capitals mark them. Some French
 * sites copy the English style and capitalise every word, their articles and conjunctions too ("La Grève Des Dockers
 * Et Son Coût Pour Les Ports"): every word capitalised, articles and all, is read as English title case.
 */
export function looksTitleCase(title: string, lang: Lang): boolean {
  if (lang !== 'en') {
    // A word after an elided article ("L’impact") takes its capital on the article, not on itself.
    const rest = words(title).slice(1).filter((w) => /^\p{L}/u.test(w.raw) && !/['’ʼ]$/u.test(title.slice(0, w.start)));
    const fn = rest.filter((w) => FRENCH_TITLE_FUNCTION_WORDS.has(w.raw.toLowerCase()));
    return fn.length >= FRENCH_TITLE_CASE_MIN_FUNCTION_WORDS && rest.every((w) => w.capitalized);
  }
  const ws = words(title).filter((w) => /^\p{L}/u.test(w.raw) && !STOPWORDS.has(w.norm));
  if (ws.length < 3) return false;
  // Title case leaves no content word in lower case: "Key Bridge in Baltimore collapses, 6 presumed dead" is a
  // sentence-case title full of names, whose capitals mark them.
  if (ws.some((w) => !w.capitalized && !TITLE_CASE_FUNCTION_WORDS.has(w.raw.toLowerCase()) && w.norm.length >= TITLE_CASE_LOWER_WORD)) return false;
  return ws.filter((w) => w.capitalized).length / ws.length >= TITLE_CASE_RATIO;
}

/** A line that ends a sentence (or a quote, a parenthesis) is prose; a subhead ends with none of these. */
const PROSE_LINE_END = /[.!?;:,"”'’)»…]$/;

/**
 * The body's subheads written in title case ("Schools Shut, Landmarks Close Early in France"): lines that end no
 * sentence and look as a title-case headline does (looksTitleCase). Their capitals mark no names, as a title-case
 * title's do not: read as names, "Shut", "Early", "Grapples" took a share of the core as large as a place's.
 */
export function subheads(text: string, lang: Lang): Array<[number, number]> {
  if (lang !== 'en') return [];
  const out: Array<[number, number]> = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (t && !PROSE_LINE_END.test(t) && looksTitleCase(t, lang)) out.push([start, start + line.length]);
    start += line.length + 1;
  }
  return out;
}
