/**
 * What is too common to be a matching passage: the measures find.ts applies, after the systems that
 * do this at scale.
 * - passim drops n-grams seen in more than 100 documents: a shingle with more postings than
 *   `banalPostingLimit` gives no seed (it is a formula of the genre, and skipping it is also what keeps
 *   a 10,000-article query fast);
 * - a passage must match at least MIN_MATCHED_TOKENS content words: the stock phrases of war
 *   coverage ("le ministre de l'Intérieur", "Conseil de sécurité des Nations unies")
 *   are four content words or fewer;
 * - TextPAIR keeps a list of banalities: STOCK_STEMS and names count little (STOCK_FACTOR) and a
 *   passage needs MIN_SPECIFIC_WORDS words outside them;
 * - Churnalism ranks by density as well as length: matched stems are weighted by their `rarity` over
 *   the sentences of the query's sources and the page (store.ts queryStats), so the story's everyday
 *   words (a flood story's "pluies", "secours", "sinistrés") weigh little.
 */

import { contentStems } from './content-stems';
import { STOPWORDS } from '../text/words';
import { isFigureStem } from './figure-values';
import { SCALE_WORDS } from '../text/number-words';

/**
 * Stock words of news copy, TextPAIR's "banalities" at the word level: titles and institutions
 * ("le président ukrainien", "secrétaire général", "Conseil de sécurité"), reporting verbs
 * ("a déclaré", "a affirmé"), dates ("lundi", "octobre") and the words every war story uses
 * ("guerre", "conflit"). Generic across stories, not specific to the bundled corpus: they all occur
 * in any agency dispatch. A passage needs MIN_SPECIFIC_WORDS matched words outside this list and
 * outside names.
 */
const STOCK_WORDS = (
  'president presidente presidence secretaire general generale ministre ministere chef porte-parole gouvernement ' +
  'conseil securite nations unies etats unis union europeenne directeur responsable responsables ' +
  'declare declarer declaration affirme affirmer assure indique annonce annoncer souligne ajoute estime explique ' +
  'rapporte precise dit dire selon cours ' +
  'guerre conflit pays region ville ' +
  'lundi mardi mercredi jeudi vendredi samedi dimanche semaine mois annee ans jour jours hier demain matin soir ' +
  'janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre ' +
  'russe ukrainien americain francais europeen ' +
  'said says told president minister secretary general war country monday tuesday wednesday thursday friday saturday sunday'
)
  .split(/\s+/)
  .filter(Boolean);
// Through contentStems, so that a stock nation word ("russe") is stocked as the concept it maps to.
export const STOCK_STEMS = new Set(STOCK_WORDS.flatMap((w) => w.split('-').flatMap((p) => contentStems(p, STOPWORDS))));

/** Two matched words of their own (a verb and its object, a noun and its adjective) make a statement;
 *  one is a name with a title ("lundi le secrétaire général de l'Otan Mark Rutte"). */
export const MIN_SPECIFIC_WORDS = 2;

/** passim's threshold: an n-gram in more than 100 documents is boilerplate, not a shared passage. */
export const BANAL_POSTINGS = 100;
/** For small corpora the absolute limit never triggers; a shingle in over half of a 20+ article
 *  corpus is also a formula. */
export const BANAL_FRACTION = 0.5;
const BANAL_FRACTION_MIN_DOCS = 20;

export function banalPostingLimit(docCount: number): number {
  if (docCount < BANAL_FRACTION_MIN_DOCS) return BANAL_POSTINGS;
  return Math.min(BANAL_POSTINGS, Math.max(10, Math.floor(docCount * BANAL_FRACTION)));
}

/** A value of three digits or more ("50 000" = "50.000", one token since numbers are single words)
 *  counts as this many matched words toward MIN_MATCHED_TOKENS and the paraphrase minimum: it pins a
 *  fact the way a noun and its modifier do. Before numbers were one word, "12.000" was two tokens
 *  ("12", "000") and the seeds' gold pairs on troop counts passed the minimums through the "000";
 *  measured: 1 loses them (paraphrase 70% -> 59%). */
export const NUMBER_WORDS_WORTH = 2;

/** Stems of the scale words ("million", "milliards", "billion"): "2,5 millions" names an amount, not
 *  of what, so a scale word is no counted noun (story-vocabulary.ts pinnedByFigure). Measured on the
 *  devset when values with decimals came to count two words: 4 pairs fewer, 3 of them a value and its
 *  scale alone ("2,5 millions" / "2,5 millions"), 1 gold (protest fr, given the story). */
export const SCALE_STEMS = new Set([...SCALE_WORDS].flatMap((w) => contentStems(w, STOPWORDS)));

/** How many matched words one stem is worth (see NUMBER_WORDS_WORTH). */
export function wordsWorth(stem: string): number {
  // Most stems are words: a first character that is no digit settles it without the regex (called
  // for every matched and spanned token).
  const c = stem.charCodeAt(0);
  if (!(c >= 48 && c <= 57)) return 1;
  // A value with decimals ("66.63" per cent, "36.5", "2.8" million) pins a fact as a value of three
  // digits does: the judge's figure tests read both as figures (figure-values.ts isFigureStem), so
  // the minimums count them alike.
  return isFigureStem(stem) ? NUMBER_WORDS_WORTH : 1;
}

/** Matched words of a list of tokens, a value counting NUMBER_WORDS_WORTH. */
export function matchedWords(tokens: ReadonlyArray<{ stem: string }>, toks: number[]): number {
  let n = 0;
  for (const t of toks) n += wordsWorth(tokens[t].stem);
  return n;
}

/** Matched words of a list of tokens, each token counted once (as `matchedWords` of its distinct
 *  members): an increasing list, which alignments and merged matches are, has no repeats to drop. */
export function distinctMatchedWords(tokens: ReadonlyArray<{ stem: string }>, toks: number[]): number {
  for (let i = 1; i < toks.length; i++) if (toks[i] <= toks[i - 1]) return matchedWords(tokens, [...new Set(toks)]);
  return matchedWords(tokens, toks);
}

/** Stock phrases run to four content words ("président ukrainien Volodymyr Zelensky"): five is the
 *  smallest match that says something of its own. */
export const MIN_MATCHED_TOKENS = 5;

/**
 * Rarity of a stem, 0..1, from the number of sentences (of the corpus and the page) it occurs in:
 * 1 for a stem in one sentence, near 0 for one in most sentences. Sentences, not articles, because a
 * corpus about one story has the story's words in every article but not in every sentence.
 */
export function rarity(sentencesWithStem: number, sentences: number): number {
  if (sentences <= 1) return 1;
  const idf = Math.log((sentences + 1) / (sentencesWithStem + 1));
  return Math.max(0, Math.min(1, idf / Math.log((sentences + 1) / 2)));
}

/** Names and stock words count for a quarter of their rarity: "Mark Rutte" is rare in a sentence
 *  count but says nothing a passage shares beyond who is speaking. */
export const STOCK_FACTOR = 0.25;
