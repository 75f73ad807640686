/**
 * Whose a count is: the party or name that holds seats or votes ("le NFP arrive en tête avec 180 sièges"),
 * and the rivals named after a word of ranking, which are not.
 */
import type { Tok } from './tokens';
import { STOPWORDS } from '../text/words';
import { concept, lookup, partyPhrasesStartingWith } from '../concepts/index';
import { BOUNDARY, conceptAt, writtenLower, SENTENCE_END } from './count-base';
import { inInstitutionName } from './count-places';

/** Words of ranking after a count ("juste devant X", "derrière X", "ahead of X", "behind X", "against 32
 * for X", "followed by X", "suivi par X"): the names after them are the rivals', not the count's holder. */
export const RIVAL_WORDS = new Set(['devant', 'derriere', 'devancant', 'contre', 'ahead', 'behind', 'against', 'versus', 'vs', 'followed', 'suivi', 'suivie', 'suivis']);
/** Words that open a clause of contrast after a count ("…, while Y won 143", "…, tandis que Y …"):
 * the names after them belong to that clause's subject. */
export const CONTRAST_WORDS = new Set(['while', 'whereas', 'tandis']);
export const isPartyId = (n: string): boolean => concept(n)?.type === 'party';
/**
 * A party of the concept table named at token k ("Rassemblement national", "National Rally", "RN"):
 * a phrase whose first word is capitalised, or one word written as a name inside its sentence
 * ("la coalition Ensemble") or as an acronym. The name wins over its words' own concepts: "Rally" is
 * no march, "Front" no war.
 */
export function partyAt(toks: Tok[], k: number): { id: string; len: number } | undefined {
  const t = toks[k];
  if (!t || t.kind !== 'w' || !t.cap) return undefined;
  for (const { seq, c } of partyPhrasesStartingWith(t.t)) {
    if (k + seq.length <= toks.length && seq.every((w, q) => toks[k + q].t === w)) return { id: c.id, len: seq.length };
  }
  const c = lookup(t.t, 'party');
  if (!c) return undefined;
  const prev = toks[k - 1];
  const opens = k === 0 || t.nl || (prev.kind === 'p' && (BOUNDARY.has(prev.t) || prev.t === ':' || prev.t === '"'));
  return t.upper || !opens ? { id: c.id, len: 1 } : undefined;
}
/** How far back (tokens) a party's name may stand as the subject whose count follows: "Le Rassemblement
 * national de X et Y, allié à certains membres d'un autre parti, décroche 143 sièges" (a sentence's
 * subject, its complements and a relative clause). */
const PARTY_HOLDER_LOOKBACK = 24;
/** The party named last before token i0 in its sentence, else undefined: "X won 8.7 million votes, or
 * 32.05%" (both X's), "X won 182 seats and Y 168" (the nearest is the holder). */
export function partyBefore(toks: Tok[], i0: number): string | undefined {
  let found: string | undefined;
  for (let k = i0 - 1; k >= 0 && k >= i0 - PARTY_HOLDER_LOOKBACK; k--) {
    if (SENTENCE_END.has(toks[k].t) || toks[k + 1]?.nl) return found;
    const p = partyAt(toks, k);
    if (p) found = p.id;
    if (found && !p) return found;
  }
  return found;
}

/** Tokens between "avec / with" and the name of the holder before it ("le NFP arrive en tête avec"):
 * a verb and its complement. Further back, a name is more often another clause's. */
const HOLDER_LOOKBACK = 6;
/** Tokens one holder's name may span, an acronym in parentheses and lower-case words inside included
 * ("Nouveau Front populaire (NFP)", "Les Républicains"). */
const HOLDER_NAME_SPAN = 7;
const holderWord = (toks: Tok[], k: number): boolean => {
  const t = toks[k];
  return !!t && t.kind === 'w' && !!t.cap && !t.nl && (t.t.length >= 3 || !!t.upper) && !STOPWORDS.has(t.t) && !conceptAt(toks, k) && !writtenLower(toks, t.t) && !inInstitutionName(toks, k);
};
/** The name tokens of the holder named just before token w (within its sentence), else none. */
export function holderNameBefore(toks: Tok[], w: number): number[] {
  let p = w - 1;
  while (p >= 0 && p >= w - HOLDER_LOOKBACK && !holderWord(toks, p)) {
    if (SENTENCE_END.has(toks[p].t) || toks[p].t === ',' || toks[p + 1]?.nl) return [];
    p--;
  }
  if (p < 0 || p < w - HOLDER_LOOKBACK) return [];
  const out: number[] = [];
  for (let k = p; k >= 0 && k > p - HOLDER_NAME_SPAN; k--) {
    const t = toks[k];
    if (holderWord(toks, k)) { out.push(k); continue; }
    if (t.t === '(' || t.t === ')' || (t.kind === 'w' && !t.cap && !STOPWORDS.has(t.t) && !conceptAt(toks, k) && holderWord(toks, k - 1))) continue;
    break;
  }
  return out;
}
