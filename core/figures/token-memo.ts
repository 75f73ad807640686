import type { Tok } from './tokens';

/**
 * A reading of the token at `k` made once per token list: every figure of a clause reads the clause's tokens again
 * (its frame, segment, places, event, time words), so each token is read once. Token lists are never changed after
 * `tokenize`; what a reading returns is shared, so callers only read it.
 */
export function perToken<T>(read: (toks: Tok[], k: number) => T): (toks: Tok[], k: number) => T {
  const memos = new WeakMap<Tok[], Array<T | undefined>>();
  // The last list asked about, in front of the WeakMap: one text's figures ask thousands of times in a row about
  // its one token list, and a comparison is cheaper than a WeakMap lookup. Holds one list alive until the next text.
  let lastToks: Tok[] | undefined;
  let lastMemo: Array<T | undefined> = [];
  return (toks, k) => {
    let memo = toks === lastToks ? lastMemo : memos.get(toks);
    if (!memo) { memo = new Array(toks.length); memos.set(toks, memo); }
    lastToks = toks;
    lastMemo = memo;
    let hit = memo[k];
    if (hit === undefined) { hit = read(toks, k); memo[k] = hit; }
    return hit as T;
  };
}
