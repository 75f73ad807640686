/**
 * Orthographic cognates: one Latin word written in French and in English ("rejet" / "reject", "contrat" /
 * "contract", "approuvé" / "approved", "machinistes" / "machinists", "officielle" / "official") that the concept
 * table does not list. Each folded word reads to a key by the regular correspondences of the two languages
 * (cognates.json): a derivational ending of one class in both ("-iste" / "-ist", "-ique" / "-ic", "-eur" / "-or")
 * leaves its root and the class, any other word is its stem (core/text/stem.ts takes off inflections); then the
 * letters the two languages write differently ("ct" / "t", "ouv" / "ov", "qu" / "c", "z" / "s") and doubled letters
 * read alike. Two words of one key are one word. The class keeps apart words of one root and two derivations
 * ("traitement" / "traitor", "général" / "generous", "départ" / "department"). Short stems are no keys (KEY_MIN):
 * they are shared by unrelated words. False friends, one spelling and two meanings in the two languages, are listed
 * in cognates.json: their key is no key, so "actuel" / "actual", "librairie" / "library", "scrutin" / "scrutiny"
 * never meet.
 *
 * Beside it, a word's inflection key (inflectionKey, "i:" and the word less its inflection only: "sentenced" /
 * "sentence" read "i:sentenc" where the stemmer cuts "sentenc" / "sent"): two forms of one word the stemmer splits.
 * Inflection keys meet only each other, never a stem or class key (review rev46a 1); a figure's clause word keeps both
 * (cognateKeys).
 *
 * A function of the shared concept layer: figures read it (core/figures/counts.ts keeps the keys of a clause's words
 * the table does not know; core/figures/match.ts counts those two clauses share). Passages could read it the same
 * way, from a word's folded form, memoised per word. Every look-up goes through a Map.
 */
import data from './cognates.json';
import { stem } from '../text/stem';

/** Letters a key read from a stem (no derivational ending) must keep: five, the length of "rejet" / "reject" once
 * "ct" is "t". Four-letter stems join unrelated words of the two languages ("atac" of "attaque", "banc", "publ"). */
export const KEY_MIN = 5;
/** Letters a root must keep, as written, when a derivational ending is taken off: four ("sect-eur" / "sect-or",
 * "milit-aire" / "milit-ary"), so that "hôtel", "total", "valeur" and "acteur" keep their ending and meet only as
 * stems (three-letter roots join "val-eur", worth, and "val-or", courage). */
const ROOT_MIN = 4;

/** Each derivational ending and its class, longest first. */
const ENDINGS: Array<[string, string]> = Object.entries(data.endings as Record<string, string[]>)
  .flatMap(([cls, forms]) => forms.map((e) => [e, cls] as [string, string]))
  .sort((a, b) => b[0].length - a[0].length);

/** Spelling correspondences, applied in order, each everywhere in the root or stem, or at its end only (written with
 * a final "$": "contract" / "contrat", "reject" / "rejet", while "bactéries" / "batteries" keep their "ct"). */
const LETTERS: Array<{ from: string; to: string; end: boolean }> = data.letters.map(([from, to]) => (
  from.endsWith('$') ? { from: from.slice(0, -1), to, end: true } : { from, to, end: false }));

/** A root or a stem with the letters French and English write differently, and doubled letters, read alike. */
function spelling(s: string): string {
  for (const { from, to, end } of LETTERS) {
    if (end) { if (s.endsWith(from)) s = s.slice(0, s.length - from.length) + to; } else if (s.includes(from)) s = s.split(from).join(to);
  }
  // Doubled consonants: French and English double different ones ("approuver" / "approve", "adresse" / "address").
  // Not vowels: "carton" and "cartoon" are two words.
  return s.replace(/([^aeiou])\1+/g, '$1');
}

/** The derivational ending a folded word ends in and its class, with its root as written, or undefined (a stem). */
function derivation(w: string): { cls: string; root: string } | undefined {
  for (const [e, cls] of ENDINGS) {
    if (w.length - e.length < ROOT_MIN || !w.endsWith(e)) continue;
    return { cls, root: w.slice(0, w.length - e.length) };
  }
  return undefined;
}

/** A stem read as a key's letters (spelling), less a final mute "e" that one language writes and the other drops once
 * the stemmer (or inflectionKey) has left it; ruleKey and inflectionKey read their stems the same way. */
function stemLetters(s: string): string {
  s = spelling(s);
  return s.length > KEY_MIN && s.endsWith('e') ? s.slice(0, -1) : s;
}

/** The key of a folded word by the rules only, before false friends: "class:root", or ":stem"; '' when too short. */
function ruleKey(w: string): string {
  const d = derivation(w);
  if (d) {
    let root = d.root;
    // "move-ment" / "mouv-ement": English keeps the verb's mute "e" before "-ment" where French writes "-ement", and a
    // root too short for "-ement" ("mov") is cut at "-ment" with its "e" ("move"): the "e" is the ending's.
    if (d.cls === 'ment' && root.endsWith('e')) root = root.slice(0, -1);
    return `${d.cls}:${spelling(root)}`;
  }
  const s = stemLetters(stem(w));
  return s.length >= KEY_MIN ? `:${s}` : '';
}

/** Inflections taken off a word for its inflection key, longest first: the English and French endings of number,
 * gender, tense and participle ("-x": "réseaux", "-ies" / "-ied": "studies", "-ings"), and "-ee(s)", the French
 * feminine participle ("limitée", "estimées"). The key does not know the language: in English "-ee" is a derivational
 * ending, so "employee" reads as "employ" and "employed", and "committee" as "committed" ("i:comit"; review rev46a 3).
 * Kept for the French participles; a known false join. */
const INFLECTIONS = ['ings', 'ing', 'ies', 'ied', 'ees', 'ee', 'es', 'ed', 's', 'x'];
/** Prefix of inflection keys: they meet other inflection keys only, never a stem key (":stem") or a class key
 * ("ique:publ"). A stem key is what the stemmer leaves, an inflection key a whole word less its inflection; a word
 * read one way and another word read the other way are two words ("prize" / "prise": stem "priz" would not meet, but
 * "pris" of "prise" met "prize" less "e"; review rev46a 1). */
const INFLECTION_PREFIX = 'i:';

/** The inflection key of a folded word: "i:" and the word with its inflection only taken off (INFLECTIONS, then a final
 * mute "e"), the letters read as ruleKey reads them. '' when the word less its inflection ends in a derivational ending
 * (ruleKey's class key reads it, and its class keeps words of one root apart: "nouvel" / "novel", "commissions" /
 * "commissioner"); when its inflection cannot come off without leaving fewer than KEY_MIN letters ("tyres", "filed":
 * the word with its ending left on would meet unrelated words through its spelling, "tirés"); when the key is shorter
 * than KEY_MIN; and when nothing came off and the key is not longer than KEY_MIN (a bare five-letter word is no
 * inflected form, and two such words meet by chance: "prize" / "prise", "since" / "sincere" less "e"). A form that
 * lost its inflection may keep five letters ("studied" / "studies" read "studi", "limits" / "limited" "limit").
 * The stemmer takes off the longest ending it knows, and a word's bare form often ends in a longer one than its
 * inflected forms do: "sentence" loses "-ence" ("sent") where "sentenced" loses "-ed" ("sentenc"), "employer" loses
 * "-er" where "employers" loses "-s". Read with its inflection only, each form is "sentenc", "employer": one word in
 * two forms, whatever the language. */
export function inflectionKey(w: string): string {
  let s = w;
  let inflected = false;
  for (const e of INFLECTIONS) {
    if (!s.endsWith(e)) continue;
    // "-ies" / "-ied" give back the "y" of "study" / "party".
    const rest = s.slice(0, s.length - e.length) + (e === 'ies' || e === 'ied' ? 'y' : '');
    if (rest.length < KEY_MIN) return '';
    s = rest;
    inflected = true;
    break;
  }
  if (derivation(s)) return '';
  s = stemLetters(s);
  return s.length >= KEY_MIN && (inflected || s.length > KEY_MIN) ? `${INFLECTION_PREFIX}${s}` : '';
}

/** Keys of the false friends (cognates.json `falseFriends`), each word and its plural, by the rules and by their
 * inflection (inflectionKey: "blessé" / "blessed" read "bless" both): such a key is no key, for these words and any
 * other that reads to it. */
const FALSE_KEYS = new Set<string>();
for (const pair of data.falseFriends) for (const w of pair) for (const f of [w, w + 's']) { FALSE_KEYS.add(ruleKey(f)); FALSE_KEYS.add(inflectionKey(f)); }
FALSE_KEYS.delete('');

const KEYS = new Map<string, string>();
/** Words kept at most before KEYS starts again: a page has a few thousand distinct words; a bound on what a
 * background that runs for days holds. */
const KEYS_MAX = 50_000;

/** The cognate key of a folded word (lower case, no accents), or '' when it has none (too short, a false friend's). */
export function cognateKey(word: string): string {
  let k = KEYS.get(word);
  if (k !== undefined) return k;
  k = ruleKey(word);
  if (FALSE_KEYS.has(k)) k = '';
  if (KEYS.size >= KEYS_MAX) KEYS.clear();
  KEYS.set(word, k);
  return k;
}

const KEYS2 = new Map<string, readonly string[]>();
/** A folded word's keys for comparing clauses: its cognate key (cognateKey) and, when it is another, its inflection key
 * (inflectionKey), neither a false friend's; none when it has neither. Two clauses' words meet when they hold one key
 * (core/figures/cognate-context.ts). */
export function cognateKeys(word: string): readonly string[] {
  let ks = KEYS2.get(word);
  if (ks !== undefined) return ks;
  const k = cognateKey(word);
  const i = inflectionKey(word);
  ks = [k, i].filter((x, j, all) => x !== '' && !FALSE_KEYS.has(x) && all.indexOf(x) === j);
  if (KEYS2.size >= KEYS_MAX) KEYS2.clear();
  KEYS2.set(word, ks);
  return ks;
}

/** Are two folded words one word written in two languages or two forms: the same word, or one of their keys
 * (cognateKeys) in common, as cognate-context.ts counts clauses' words? (Used by the tests and dev scripts only: the
 * engine compares keys.) */
export function sameCognate(x: string, y: string): boolean {
  if (x === y) return true;
  const ky = cognateKeys(y);
  return cognateKeys(x).some((k) => ky.includes(k));
}
