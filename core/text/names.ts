/**
 * Spelling-folded keys for proper names, so that transliterations meet across languages and outlets:
 * "Netanyahou"/"Netanyahu" and "Haouz"/"Hauz" share one key.
 * Input is a folded word (lower case, no accents).
 */
export function nameKey(norm: string): string {
  let key = KEYS.get(norm);
  if (key !== undefined) return key;
  key = norm
    .replace(/ou/g, 'u')
    .replace(/([a-z])\1+/g, '$1')
    .replace(/y/g, 'i')
    .replace(/(?<=..)e$/, '');
  if (KEYS.size >= KEYS_MAX) KEYS.clear();
  KEYS.set(norm, key);
  return key;
}

/** Each name's key, made once (speed19): figure extraction asks it of every name in each figure's clause, four
 * regex replacements each time (about 2% of English extraction's CPU profile). */
const KEYS = new Map<string, string>();
/** A bound on the memo over a long run of pages: names are many, but a page has a few hundred. */
const KEYS_MAX = 50_000;
