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
import { TABLES, has } from '../figures/number-words';
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

/** Does the word `w` of `a` look like a verb of the text's language? Exported for the dev probe scripts/dev/predicate-probe.ts. */
export function isVerbWord(a: Analysis, w: number): boolean {
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

/** French infinitives that end in "-re": the ending alone would read nouns ("guerre", "ordre", "centre", "ministre"),
 *  so the common ones a news sentence builds a purpose or a decision with are listed. General grammar only. */
const FRENCH_RE_INFINITIVES: ReadonlySet<string> = new Set([
  'faire', 'dire', 'prendre', 'mettre', 'rendre', 'vivre', 'suivre', 'attendre', 'répondre', 'défendre', 'vendre',
  'perdre', 'permettre', 'admettre', 'soumettre', 'reprendre', 'comprendre', 'apprendre', 'atteindre', 'éteindre',
  'rejoindre', 'produire', 'réduire', 'conduire', 'construire', 'détruire', 'reconstruire', 'introduire', 'combattre',
  'battre', 'abattre', 'élire', 'lire', 'écrire', 'inscrire', 'décrire', 'interdire', 'poursuivre', 'extraire',
  'descendre', 'étendre', 'entendre', 'résoudre', 'connaître', 'reconnaître', 'paraître', 'disparaître', 'croire',
  'boire', 'naître', 'plaire', 'conclure', 'exclure', 'inclure', 'rompre', 'interrompre', 'convaincre', 'vaincre',
]);
/** French prepositions that open an infinitive clause ("décidé de fermer", "prêt à signer", "pour réduire", "sans
 *  attendre"); "à" is read on the written word (it folds to the verb "a"). */
const FRENCH_INFINITIVE_OPENERS: ReadonlySet<string> = new Set(['de', 'à', 'pour', 'sans']);
/** A French infinitive in "-er" or "-ir" ("envoyer", "fournir"); nouns so ending ("premier", "avenir") are rare right
 *  after an infinitive's preposition, and reading one as a verb only keeps a pair. */
const FRENCH_INFINITIVE = /(?:er|ir)$/;
/** Words in "-er" or "-ir" of closed classes that follow "de / à" in news: months and ordinals of rank ("de janvier
 * et de février", "de premier rang"). Written forms, lower case. */
const FRENCH_NOT_INFINITIVE: ReadonlySet<string> = new Set(['janvier', 'février', 'fevrier', 'premier', 'dernier']);
/** English words after "to" that make it a preposition, not an infinitive's mark: determiners, pronouns and
 *  quantity words ("to the court", "to them", "to about 40"). Closed-class words only. */
const ENGLISH_NOT_INFINITIVE: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'this', 'that', 'these', 'those', 'them',
  'him', 'us', 'me', 'it', 'you', 'some', 'any', 'all', 'each', 'every', 'no', 'more', 'most', 'less', 'about',
  'around', 'nearly', 'almost', 'over', 'under', 'up', 'as', 'be', 'date', 'which', 'whom', 'what', 'where', 'whether',
  'how',
]);
/** A number word after "to" ("from five to nine seats", "to twenty") is a quantity, not a verb. */
const englishNumberWord = (w: string): boolean => has(TABLES.en.units, w) || has(TABLES.en.mult, w);

/** The written word `w` of `a`, lower case, accents kept. */
function rawLower(a: Analysis, w: number): string {
  return a.text.slice(a.wordStarts[w], a.wordEnds[w]).toLowerCase();
}

/** Is the word `w` of `a` an infinitive with the word that marks it: "to" before an English verb ("decided to send",
 *  "plans to cut"), an elided "d'" or a preposition (FRENCH_INFINITIVE_OPENERS) before a French one ("la décision
 *  d'envoyer", "pour fournir", "afin de réduire")? An infinitive clause states what someone does, wants or decides of
 *  the story's actors: a run of words holding one is a claim, not a noun phrase (session 42: "la décision de X
 *  d'envoyer des milliers de soldats", a seed's gold paraphrase, read as verbless). Not for one word alone (hasVerbMark
 *  with w0 = w1, opposed-counts.ts, designations.ts): an infinitive heads no clause of its own there. */
function isInfinitive(a: Analysis, w: number): boolean {
  if (w === 0 || a.wordNames[w]) return false;
  const word = rawLower(a, w);
  if (a.lang === 'fr') {
    if (!(FRENCH_RE_INFINITIVES.has(word) || (word.length >= MIN_ENDING_WORD && FRENCH_INFINITIVE.test(word)))) return false;
    if (FRENCH_NOT_INFINITIVE.has(word)) return false;
    // The elided "d'" is written before the word, outside it (tokens.ts); an elided article ("à l'étranger") makes it
    // a noun.
    const elided = a.text.slice(Math.max(0, a.wordStarts[w] - 2), a.wordStarts[w]);
    if (/[dD]['’ʼ]$/.test(elided)) return true;
    if (/[lL]['’ʼ]$/.test(elided)) return false;
    return FRENCH_INFINITIVE_OPENERS.has(rawLower(a, w - 1));
  }
  if (rawLower(a, w - 1) !== 'to' || ENGLISH_NOT_INFINITIVE.has(word) || englishNumberWord(word) || /^\d/.test(word)) return false;
  // A plural noun after "to" ("to investors"), not a base form ("to pass", "to focus" keep theirs).
  return !/[^su]s$/.test(word);
}

/** Does one of the words [w0, w1] of `a` carry a verb mark (hasVerbMark) or hold an infinitive clause (isInfinitive)?
 *  For a run of words read as a claim or a noun phrase (fragment-claims.ts). */
export function hasPredicateMark(a: Analysis, w0: number, w1: number): boolean {
  if (hasVerbMark(a, w0, w1)) return true;
  for (let w = w0; w <= w1; w++) if (isInfinitive(a, w)) return true;
  return false;
}

/** Does one of the words [w0, w1] of `a` carry a verb mark? A text of another language than French or English (or of
 *  none given) is read as having one: the rule built on it then drops nothing. */
export function hasVerbMark(a: Analysis, w0: number, w1: number): boolean {
  if (a.lang !== 'fr' && a.lang !== 'en') return true;
  for (let w = w0; w <= w1; w++) if (isVerbWord(a, w)) return true;
  return false;
}
