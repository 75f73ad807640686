/**
 * The cognate bridge of figures (session 20, cognates20): a word of a clause that the concept table does not know
 * keeps its stem in each language ("w:rejet" / "w:reject", "w:approuv" / "w:approv", "w:machin" / "w:machinist") and
 * never met its translation. Its cognate key (core/concepts/cognates.ts: one Latin word's French and English forms
 * read alike by the regular correspondences of the two languages, false friends kept apart) is kept beside the
 * clause's context, and two clauses that hold one key in two words count it as one word they share
 * (match.ts `sharedContext`). Since lexicon46 a word also keeps its inflection key (cognates.ts cognateKeys: "i:" and
 * the word less its inflection, "sentence" / "sentenced"), which meets only another word's inflection key.
 */
import { cognateKey, cognateKeys } from '../concepts/cognates';
import { concept, conceptIds, type ConceptType } from '../concepts/index';
import { stem } from '../text/stem';
import { fold } from '../text/fold';
import data from '../concepts/concepts.json';
import background from '../story/background.json';
import { listedWordToken, unknownNoun } from './count-head';
import type { Figure } from './types';

/** The entries of a clause's word of the context token `token` ("w:<stem>") for its figure's `cognates`: [key, token]
 * for each of its keys (cognateKeys: its cognate key and its inflection key; kept as pairs, not joined into one string
 * to be split again: fixrev20a), none when the word has no key or is no plain word. */
export function clauseCognate(word: string, token: string): Array<[string, string]> {
  if (!token.startsWith('w:')) return [];
  return cognateKeys(word).map((key) => [key, token]);
}

/** A figure's cognate entries read once per array: key -> the context tokens of its words. */
const parsed = new WeakMap<Array<[string, string]>, Map<string, string[]>>();
function keysOf(cognates: Array<[string, string]>): Map<string, string[]> {
  let m = parsed.get(cognates);
  if (!m) {
    m = new Map();
    for (const [key, token] of cognates) m.set(key, [...(m.get(key) ?? []), token]);
    parsed.set(cognates, m);
  }
  return m;
}

/** The context tokens of `a` that meet a word of `b` by their cognate key only: words of two spellings ("w:rejet" /
 * "w:reject") with one key, neither token written in the other clause (a word both clauses write alike is counted as
 * shared already). Each token of either side is used once; `used` holds those the caller's own rule paired already
 * (match.ts: a common beginning), and gets the tokens paired here. */
export function cognatePairs(a: Figure, b: Figure, used: Set<string>, setA?: ReadonlySet<string>, setB?: ReadonlySet<string>): number {
  if (!a.cognates?.length || !b.cognates?.length || !a.context || !b.context) return 0;
  const KB = keysOf(b.cognates);
  // The two contexts as sets: the caller's (match.ts reads each context's set once per array), else made here.
  const inA = setA ?? new Set(a.context);
  const inB = setB ?? new Set(b.context);
  let n = 0;
  for (const [key, xs] of keysOf(a.cognates)) {
    const ys = KB.get(key);
    if (!ys) continue;
    for (const x of xs) {
      if (inB.has(x) || used.has(x)) continue;
      const y = ys.find((z) => !inA.has(z) && !used.has(z));
      if (!y) continue;
      used.add(x);
      used.add(y);
      n++;
    }
  }
  return n;
}

/** The counted noun's entry for its figure's `headCognate`: [key, "w:<stem>"] when the noun at the head's end is one
 * the table does not know and is the figure's category ("312 cardinaux": ["al:cardin", "w:cardinau"]); else
 * undefined. */
export function countedCognate(word: string | undefined, category: string | undefined): [string, string] | undefined {
  if (!word || !category?.startsWith('w:') || unknownNoun(word) !== category) return undefined;
  const key = cognateKey(word);
  return key ? [key, category] : undefined;
}

/** Are the counted nouns `u` and `v` of `a` and `b` (units or categories, "w:<stem>") one noun by its cognate key? Only
 * while each is still the noun its key was read from (ellipsis.ts and others may give a figure another's noun). */
export function oneCountedCognate(a: Figure, b: Figure, u: string, v: string): boolean {
  const [ha, hb] = [a.headCognate, b.headCognate];
  if (!ha || !hb || !u.startsWith('w:') || !v.startsWith('w:')) return false;
  return ha[0] === hb[0] && ha[1] === u && hb[1] === v;
}

/** Letters the stem of a word the table does not know must have to be read as an unlisted form of a concept's word:
 * six, as match.ts's common beginning (COGNATE_MIN): the stemmer cuts English and French words to short stems that
 * other words share ("secur-ity" / "secur-ed", "estim-ate" / "estim-é"). Five gave the same devset numbers. */
const VARIANT_STEM_MIN = 6;
/** Concept types an unlisted form may be read as: the words of what is counted, what befell it, what was done, the topic,
 * and the bilingual list. Not a modifier, a scope, a unit or a nation, which matchDetail compares as parts of the key
 * already ("including" would be the scope `part`). */
const VARIANT_TYPES: ConceptType[] = ['entity', 'role', 'action', 'topic', 'word'];
/** The context token of a concept id as counts.ts writes it: a word of the bilingual list as "w:<id>" (unknownNoun),
 * any other concept as its id. */
export const contextToken = (id: string, type: ConceptType): string => (type === 'word' ? listedWordToken(id) : id);
let byStem: Map<string, string[]> | undefined;
/** Stem of a one-word form of the table -> the context tokens of its concepts, built once. One stemmer serves both
 * languages, so a form's stem may also be that of another language's word ("électeurs" / "electric", "effectifs" /
 * "effective", "maintenant" / "maintenance"): a context token keeps no language, so a stem one language's forms give
 * is refused when an everyday word of the other language (core/story/background.json) has it too and none of the
 * concept's forms of that language does (fixrev22b; rev22b counted 82 such English words and 153 French ones). */
function stemConcepts(): Map<string, string[]> {
  if (byStem) return byStem;
  byStem = new Map();
  const everyday = { fr: everydayStems(background.fr), en: everydayStems(background.en) };
  const byId = new Map<string, { fr?: string; en?: string }>();
  for (const c of (data as { concepts: Array<{ id: string; fr?: string; en?: string }> }).concepts) byId.set(c.id, c);
  for (const type of VARIANT_TYPES) {
    for (const id of conceptIds(type)) {
      const token = contextToken(id, type);
      const raw = byId.get(id);
      const stems = { fr: formStems(raw?.fr), en: formStems(raw?.en) };
      for (const [lang, other] of [['fr', 'en'], ['en', 'fr']] as const) {
        for (const s of stems[lang]) {
          if (s.length < VARIANT_STEM_MIN || (everyday[other].has(s) && !stems[other].has(s))) continue;
          const list = byStem.get(s) ?? [];
          if (!list.includes(token)) list.push(token);
          byStem.set(s, list);
        }
      }
    }
  }
  return byStem;
}
/** The stems of a concept's one-word forms of one language as concepts.json lists them. */
function formStems(list: string | undefined): Set<string> {
  const out = new Set<string>();
  for (const form of (list ?? '').split(/\s+/)) if (form && !/[_\s'-]/.test(form)) out.add(stem(fold(form).toLowerCase()));
  return out;
}
/** A language's everyday words (the background list) by their first VARIANT_STEM_MIN letters, with a test of whether
 * one of them has a given stem: only the few words that begin with the stem are stemmed (stemming the whole list
 * cost about 100 ms at the first comparison). */
function everydayStems(list: string): { has(s: string): boolean } {
  const byStart = new Map<string, string[]>();
  for (const w of list.split(' ')) {
    if (w.length < VARIANT_STEM_MIN) continue;
    const k = w.slice(0, VARIANT_STEM_MIN);
    const bucket = byStart.get(k);
    if (bucket) bucket.push(w);
    else byStart.set(k, [w]);
  }
  return { has: (s) => (byStart.get(s.slice(0, VARIANT_STEM_MIN)) ?? []).some((w) => w.startsWith(s) && stem(w) === s) };
}

/** The concepts an unknown word's context token ("w:<stem>") is an unlisted form of: the table lists some forms of a
 * word, the stemmer reads the others to the same stem ("licencier" / "licenciés", "supprimant" / "supprimer"). None
 * for a word of the bilingual list (its token is its id, not a stem). */
export function variantConcepts(token: string): readonly string[] {
  if (!token.startsWith('w:')) return NO_TOKENS;
  const s = token.slice(2);
  if (s.length < VARIANT_STEM_MIN || concept(`w-${s}`)?.type === 'word') return NO_TOKENS;
  return stemConcepts().get(s) ?? NO_TOKENS;
}
const NO_TOKENS: string[] = [];

/** The words of `a`'s clause the table does not know that are unlisted forms of a concept `b`'s clause holds
 * (variantConcepts), neither written in the other clause; `skip` holds tokens never counted (the counted nouns), `used`
 * those paired already, and gets the tokens paired here. */
export function variantPairs(A: ReadonlySet<string>, B: ReadonlySet<string>, skip: ReadonlySet<string>, used: Set<string>): number {
  let n = 0;
  for (const x of A) {
    if (B.has(x) || used.has(x)) continue;
    const t = variantConcepts(x).find((y) => B.has(y) && !A.has(y) && !used.has(y) && !skip.has(y));
    if (!t) continue;
    used.add(x);
    used.add(t);
    n++;
  }
  return n;
}

/** The word tokens a context holds as phrases: those counts.ts read whole, written as the concept's id ("w-percent",
 * "w-revenue" of "chiffre d'affaires" read with its elided article), each as "w:<id>". Not a phrase whose words stand
 * anywhere in the clause ("le chiffre publié ... les affaires"): fixrev22b dropped that test, word order matters. */
const heldMemo = new WeakMap<ReadonlySet<string>, string[]>();
export function phraseTokens(A: ReadonlySet<string>): string[] {
  let held = heldMemo.get(A);
  if (held) return held;
  held = [];
  for (const x of A) if (x.startsWith('w-') && concept(x)?.type === 'word') held.push(contextToken(x, 'word'));
  heldMemo.set(A, held);
  return held;
}

/** Words of the bilingual list one clause holds as a phrase and the other as a word ("chiffre d'affaires" / "revenue",
 * "per cent" / "pourcent"). Not a word both hold as phrases: written alike, its id is counted as shared already, whatever
 * else one of them writes (fixrev22b); not a word of `skip` (the counted nouns, never context, as variantPairs). */
export function phrasePairs(A: ReadonlySet<string>, B: ReadonlySet<string>, skip: ReadonlySet<string>, used: Set<string>): number {
  const PA = phraseTokens(A);
  const PB = phraseTokens(B);
  let n = 0;
  for (const [X, P, Y, Q] of [[A, PA, B, PB], [B, PB, A, PA]] as const) {
    for (const t of P) {
      if (X.has(t) || !Y.has(t) || Q.includes(t) || used.has(t) || skip.has(t)) continue;
      used.add(t);
      n++;
    }
  }
  return n;
}
