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

/** The key of a folded word by the rules only, before false friends: "class:root", or ":stem"; '' when too short. */
function ruleKey(w: string): string {
  for (const [e, cls] of ENDINGS) {
    if (w.length - e.length < ROOT_MIN || !w.endsWith(e)) continue;
    let root = w.slice(0, w.length - e.length);
    // "move-ment" / "mouv-ement": English keeps the verb's mute "e" before "-ment" where French writes "-ement", and a
    // root too short for "-ement" ("mov") is cut at "-ment" with its "e" ("move"): the "e" is the ending's.
    if (cls === 'ment' && root.endsWith('e')) root = root.slice(0, -1);
    return `${cls}:${spelling(root)}`;
  }
  let s = spelling(stem(w));
  // A final mute "e" that one language writes and the other drops, once the stemmer has left it.
  if (s.length > KEY_MIN && s.endsWith('e')) s = s.slice(0, -1);
  return s.length >= KEY_MIN ? `:${s}` : '';
}

/** Inflections taken off a word for its inflection key, longest first: the English and French endings of number,
 * gender, tense and participle, never a derivational ending. */
const INFLECTIONS = ['ings', 'ing', 'ies', 'ied', 'ees', 'ee', 'es', 'ed', 's', 'x'];

/** The key of a folded word with its inflection only taken off (INFLECTIONS, then a final mute "e"), the letters read
 * as ruleKey reads them, or '' when it is ruleKey's own stem key or too short (KEY_MIN). The stemmer takes off the
 * longest ending it knows, and a word's bare form often ends in a longer one than its inflected forms do: "sentence"
 * loses "-ence" ("sent") where "sentenced" loses "-ed" ("sentenc"), "limit" loses "-it" where "limits" loses "-s",
 * "offer" and "employer" lose "-er" where "offered" and "employers" lose "-ed" and "-s". Read with its inflection
 * only, each form is "sentenc", "limit", "offer", "employer": one word in two forms, whatever the language. */
export function inflectionKey(w: string): string {
  let s = w;
  for (const e of INFLECTIONS) {
    if (s.length - e.length < KEY_MIN || !s.endsWith(e)) continue;
    s = s.slice(0, s.length - e.length) + (e === 'ies' || e === 'ied' ? 'y' : '');
    break;
  }
  s = spelling(s);
  if (s.length > KEY_MIN && s.endsWith('e')) s = s.slice(0, -1);
  return s.length >= KEY_MIN ? `:${s}` : '';
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

/** Are two folded words one word written in two languages or two forms? (Used by the tests only: the engine compares
 * keys, cognate-context.ts.) */
export function sameCognate(x: string, y: string): boolean {
  if (x === y) return true;
  const k = cognateKey(x);
  return k !== '' && k === cognateKey(y);
}
