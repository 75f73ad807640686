import type { Tok } from './tokens';

/**
 * A reading of the token at `k` made once per token list: every figure of a clause reads the clause's tokens again
 * (its frame, segment, places, event, time words), so each token is read once. Token lists are never changed after
 * `tokenize`; what a reading returns is shared, so callers only read it.
 */
export function perToken<T>(read: (toks: Tok[], k: number) => T): (toks: Tok[], k: number) => T {
  const memos = new WeakMap<Tok[], Array<T | undefined>>();
  return (toks, k) => {
    let memo = memos.get(toks);
    if (!memo) { memo = new Array(toks.length); memos.set(toks, memo); }
    let hit = memo[k];
    if (hit === undefined) { hit = read(toks, k); memo[k] = hit; }
    return hit as T;
  };
}
