/**
 * Facts of one token that every figure near it asks for again (speed20): a page's figures each read their clause's
 * tokens (describeCounts' context loop, holdersOf, the time words around them), so a clause of n tokens and m figures
 * asked the same rule about each token m times. Each fact here is the rule's own answer, read once per token list
 * (`perToken`) and shared: callers only read what they get. The rules themselves stay where they are (count-holders.ts,
 * count-places.ts); this module only keeps their answers, so what any rule decides is unchanged.
 *
 * Every reading is a pure function of the token list and the index: token lists are never changed after `tokenize`,
 * and the tables the rules read are fixed at load. The rules are called through closures, not taken as values at load:
 * count-holders.ts and count-places.ts import this module too, and a cycle of imports may load this one first.
 */
import type { Tok } from './tokens';
import { perToken } from './token-memo';
import { partyAt as readPartyAt } from './count-holders';
import { isPlaceName as readPlaceName } from './count-places';

/** perToken takes `undefined` for "not read yet": a rule's "none" is kept as null and given back as undefined. */
const partyMemo = perToken((toks, k) => readPartyAt(toks, k) ?? null);

/** count-holders.ts `partyAt`, read once per token. */
export function partyAt(toks: Tok[], k: number): { id: string; len: number } | undefined {
  return partyMemo(toks, k) ?? undefined;
}

/** count-places.ts `isPlaceName`, read once per token (it reads up to a name's length of tokens each side). */
export const isPlaceName: (toks: Tok[], k: number) => boolean = perToken((toks, k) => readPlaceName(toks, k));
