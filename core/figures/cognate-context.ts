/**
 * The cognate bridge of figures (session 20, cognates20): a word of a clause that the concept table does not know
 * keeps its stem in each language ("w:rejet" / "w:reject", "w:approuv" / "w:approv", "w:machin" / "w:machinist") and
 * never met its translation. Its cognate key (core/concepts/cognates.ts: one Latin word's French and English forms
 * read alike by the regular correspondences of the two languages, false friends kept apart) is kept beside the
 * clause's context, and two clauses that hold one key in two words count it as one word they share
 * (match.ts `sharedContext`).
 */
import { cognateKey } from '../concepts/cognates';
import { unknownNoun } from './count-head';
import type { Figure } from './types';

/** The entry of a clause's word of the context token `token` ("w:<stem>") for its figure's `cognates`: [key, token]
 * (kept as a pair, not joined into one string to be split again: fixrev20a), or undefined when the word has no key or
 * is no plain word. */
export function clauseCognate(word: string, token: string): [string, string] | undefined {
  if (!token.startsWith('w:')) return undefined;
  const key = cognateKey(word);
  return key ? [key, token] : undefined;
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
export function cognatePairs(a: Figure, b: Figure, used: Set<string>): number {
  if (!a.cognates?.length || !b.cognates?.length || !a.context || !b.context) return 0;
  const KB = keysOf(b.cognates);
  const inA = new Set(a.context);
  const inB = new Set(b.context);
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
