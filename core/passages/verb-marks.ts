/**
 * Does a run of words carry a verb? A crude mark from word forms, no tagger (session 25, passprec25).
 *
 * A claim has a predicate: "the bridge collapsed", "le bilan s'est alourdi", "X will step down". A run of words
 * with no verb is a noun phrase: a name with its title ("X, the head of the agency's mission"), a place ("the
 * collapse of the bridge in the province of Y"), a headline's topic. fragment-claims.ts `verblessPiece` reads a short
 * piece of a sentence with no verb mark as such a phrase (translated pairs only, translations.ts).
 *
 * The marks err towards finding a verb: an auxiliary, a modal or a reporting verb of the text's language, an English
 * "-ed" form or common irregular past, a French finite ending ("-ait", "-ent", "-era", "-ont") or past participle
 * ("-é", "-ée"). Nouns that end so ("hundred", "société", "armée") are read as verbs, which only keeps a pair the
 * rule would have dropped; present-tense forms with no such mark ("wins", "agree", "tends") are missed, which is why
 * the rule asks a piece short and a small part of its sentences as well. Words written as names (Analysis.wordNames)
 * are never verbs ("Marie" is no participle). General grammar only: no word of any story.
 */
import type { Analysis } from './tokens';

/** English auxiliaries, modals and reporting verbs: any of them makes a clause of the words around it. */
const ENGLISH_VERBS: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'will', 'would', 'can', 'could',
  'may', 'might', 'must', 'shall', 'should', 'do', 'does', 'did', 'says', 'said', 'say', 'told', 'tells',
  // Common irregular pasts (no "-ed" ending) a news sentence states its fact with.
  'struck', 'hit', 'left', 'made', 'took', 'came', 'went', 'fell', 'rose', 'won', 'lost', 'led', 'met', 'saw', 'began',
  'became', 'gave', 'found', 'held', 'kept', 'spoke', 'wrote', 'brought', 'sent', 'built', 'cut', 'put', 'set', 'ran',
  'got', 'paid', 'sold', 'thought', 'knew', 'grew', 'drew', 'flew', 'broke', 'chose', 'drove', 'fought', 'caught',
  'stood', 'withdrew', 'shut', 'spread', 'sought', 'swept', 'fled', 'hid', 'bore', 'tore', 'rang', 'sank', 'shook',
  'threw', 'blew', 'remains', 'remain', 'continues', 'continue',
]);
/** French auxiliaries, modals and common verbs whose forms carry no regular ending below. */
const FRENCH_VERBS: ReadonlySet<string> = new Set([
  'est', 'sont', 'a', 'ont', 'était', 'étaient', 'sera', 'seront', 'serait', 'seraient', 'fut', 'furent', 'avait',
  'avaient', 'aura', 'auront', 'été', 'être', 'avoir', 'va', 'vont', 'doit', 'doivent', 'peut', 'peuvent', 'fait',
  'font', 'dit', 'reste', 'restent',
]);
/** Shortest word read by an ending: shorter words ending so are mostly function words or nouns ("red", "nez"). */
const MIN_ENDING_WORD = 5;
/** An English past form. */
const ENGLISH_PAST = /ed$/;
/** A French finite form (imperfect, present plural, future, conditional) or past participle; "-ment" adverbs and
 *  nouns are not verbs. */
const FRENCH_FINITE = /(?:ait|aient|ent|era|eront|erait|ont|é|ée|és|ées)$/;
const FRENCH_NOT_VERB = /ment$/;

/** Does the word `w` of `a` look like a verb of the text's language? */
function isVerbWord(a: Analysis, w: number): boolean {
  if (a.wordNames[w]) return false;
  // The written word (lower case, accents kept: the folded norms lose the participle's "é"), elision removed.
  const word = a.text.slice(a.wordStarts[w], a.wordEnds[w]).toLowerCase().replace(/^[a-z]{1,2}['’ʼ]/, '');
  if (a.lang === 'fr') {
    if (FRENCH_VERBS.has(word)) return true;
    return word.length >= MIN_ENDING_WORD && FRENCH_FINITE.test(word) && !FRENCH_NOT_VERB.test(word);
  }
  if (ENGLISH_VERBS.has(word)) return true;
  return word.length >= MIN_ENDING_WORD && ENGLISH_PAST.test(word);
}

/** Does one of the words [w0, w1] of `a` carry a verb mark? A text of another language than French or English (or of
 *  none given) is read as having one: the rule built on it then drops nothing. */
export function hasVerbMark(a: Analysis, w0: number, w1: number): boolean {
  if (a.lang !== 'fr' && a.lang !== 'en') return true;
  for (let w = w0; w <= w1; w++) if (isVerbWord(a, w)) return true;
  return false;
}
