/**
 * Content stems of folded words: function words dropped, light stemming (core/text/stem.ts), and the
 * single words that name a referent of the shared bilingual concept table (core/concepts) in another
 * way mapped to the stems of its usual French name: "Washington" gives the stems of "États-Unis",
 * "Pékin" and "Beijing" those of "Chine", "troupes" and "militaires" that of
 * "soldats", "ONU" those of "Nations unies". A reworded passage still meets, and no story's words are
 * involved: the table holds general news vocabulary (nations with their capitals, organisations, the
 * people news counts).
 *
 * Only single words are mapped; a multi-word name keeps its own stems ("États-Unis" -> "etat",
 * "uni"), which the mapped word's stems equal. Measured on the seeds (leave-one-out): mapping the
 * adjectives and names to one concept token instead (a nation's adjective and its name alike) made
 * every restatement of a story's headline fact align (a sentence that names the troops' nation again),
 * precision 89% -> 70%.
 */
import { expandLigatures } from '../text/normalize';
import { fold } from '../text/fold';
import { stem } from '../text/stem';
import { conceptsOf, type Concept, type ConceptType } from '../concepts/index';
import data from '../concepts/concepts.json';
import { PEOPLE_CATS } from '../figures/counts';

/**
 * Concept types whose single-word forms are mapped: nations and the people news counts (the figures'
 * PEOPLE_CATS: soldiers, inhabitants, hostages) are what reworded passages swap. Other entities keep
 * their words: places would map to stock words ("province" to "régions", "communes" to "villes") and
 * lose their weight (measured: two close pairs of the disaster story lost); `word` for the organisations of the general vocabulary (a `word` concept
 * without a label, "santé"/"health", keeps its own stem: canonicalStems below).
 */
export const STEM_CONCEPT_TYPES: ReadonlySet<ConceptType> = new Set<ConceptType>(['nation', 'entity', 'word']);

/** Words that are part of a multi-word form of the table ("états" of "États-Unis", "nations" of
 *  "Nations unies") are not mapped on their own: inside such a name they name something else
 *  ("États-Unis" is not "pays unis"). */
const PHRASE_WORDS: ReadonlySet<string> = new Set(
  (data.concepts as Array<{ fr: string; en: string }>).flatMap((c) =>
    `${c.fr} ${c.en}`.split(/\s+/).filter((f) => /[_-]/.test(f)).flatMap((f) => f.split(/[_-]/)),
  ),
);

/** Stems of a word without concept mapping. */
function plainStems(w: string, stopwords: Set<string>): string[] {
  if (w.length === 0 || stopwords.has(w)) return [];
  // Single letters (the "t" of "a-t-il") carry nothing; single digits do.
  if (w.length === 1 && !/\p{N}/u.test(w)) return [];
  return [stem(w)];
}

const canonical = new Map<string, string[]>();
/** Stems of a concept's usual French name: a nation's place ("en Chine"), else its label;
 *  [] when it has neither (the word keeps its own stem). */
function canonicalStems(c: Concept, stopwords: Set<string>): string[] {
  let s = canonical.get(c.id);
  if (!s) {
    const name = c.place?.fr ?? c.label?.fr;
    s = name ? fold(name).split(/[^\p{L}\p{N}]+/u).flatMap((p) => plainStems(p, stopwords)) : [];
    canonical.set(c.id, s);
  }
  return s;
}

/** A nation's adjective ("américain", "Russian": the stem of its label) keeps its own stem: read as
 *  the country ("États-Unis") it made a restatement of the seeds align ("continuer à soutenir l'Ukraine
 *  ... américain" / "États-Unis ... continuent de soutenir l'Ukraine"; precision 89% -> 87%). */
function isDemonym(w: string, c: Concept): boolean {
  if (c.type !== 'nation' || !c.label) return false;
  const st = stem(w);
  return [c.label.fr, c.label.en].some((l) => fold(l).split(/[^\p{L}]+/u).some((x) => x && stem(x) === st));
}

/** The concept a word stands for, if its stems are mapped. */
function mappedConcept(w: string): Concept | undefined {
  if (PHRASE_WORDS.has(w)) return undefined;
  const c = conceptsOf(w).find((x) => STEM_CONCEPT_TYPES.has(x.type) && (x.type !== 'entity' || PEOPLE_CATS.has(x.id)));
  return c && !isDemonym(w, c) ? c : undefined;
}

/** Content stems of one folded word part (no hyphen or apostrophe); [] for function words. */
export function contentStems(part: string, stopwords: Set<string>): string[] {
  const w = expandLigatures(part);
  if (w.length === 0 || stopwords.has(w)) return [];
  const c = mappedConcept(w);
  if (c) {
    const s = canonicalStems(c, stopwords);
    if (s.length) return s;
  }
  return plainStems(w, stopwords);
}

const SOLDIER = conceptsOf('soldats').find((c) => c.type === 'entity');

/**
 * Stems of "hommes"/"men" in a sentence that speaks of war (a `military` cue of the concept table:
 * "troupes", "front", "armée", "war"...): soldiers, as the figures read them ("12.000 hommes" sent to
 * fight are "12.000 soldats"). Null for any other word. Measured on the seeds: without it the troop
 * figure's paraphrases ("entre 10.000 et 12.000 hommes" / "jusqu'à 12.000 soldats") are lost.
 */
export function soldierStems(part: string, stopwords: Set<string>): string[] | null {
  const c = conceptsOf(expandLigatures(part)).find((x) => x.type === 'entity');
  if (!c || c.id !== 'man' || !SOLDIER) return null;
  return canonicalStems(SOLDIER, stopwords);
}
