import type { Tok } from './tokens';

/**
 * A reading of the token at `k` made once per token list: every figure of a clause reads the clause's tokens again
 * (its frame, segment, places, event, time words), so each token is read once. Token lists are never changed after
 * `tokenize`; what a reading returns is shared, so callers only read it.
 */
export function perToken<T>(read: (toks: Tok[], k: number) => T): (toks: Tok[], k: number) => T {
  const memos = new WeakMap<Tok[], Array<T | undefined>>();
  // The last list asked for and its memo: a page's extraction asks about one list, so the WeakMap is looked up
  // only when the list changes (its look-ups were 3.7% of English extraction's instructions, session 17). This holds
  // one token list alive after its page is read, until the next one: a page's worth of memory at most.
  let lastToks: Tok[] | undefined;
  let lastMemo: Array<T | undefined> = [];
  return (toks, k) => {
    let memo = lastMemo;
    if (toks !== lastToks) {
      let found = memos.get(toks);
      if (!found) { found = new Array(toks.length); memos.set(toks, found); }
      memo = found;
      lastToks = toks;
      lastMemo = found;
    }
    let hit = memo[k];
    if (hit === undefined) { hit = read(toks, k); memo[k] = hit; }
    return hit as T;
  };
}

/**
 * A reading of a whole token list made once per list, for readings that walk the list: a look-back to the start of
 * a sentence made for every number walks the whole sentence each time, which on one sentence of thousands of items
 * (a table or a list flattened to text, "1, 2, 3, …") made extraction quadratic (perf48: 8,000 comma-separated
 * numbers took 43 s). Same caching as perToken; the reading is shared, callers only read it.
 */
export function perList<T>(build: (toks: Tok[]) => T): (toks: Tok[]) => T {
  const memos = new WeakMap<Tok[], T>();
  let lastToks: Tok[] | undefined;
  let lastMemo: T | undefined;
  return (toks) => {
    if (toks === lastToks) return lastMemo as T;
    let found = memos.get(toks);
    if (found === undefined) { found = build(toks); memos.set(toks, found); }
    lastToks = toks;
    lastMemo = found;
    return found;
  };
}
