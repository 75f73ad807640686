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

/**
 * A person's key as an age keeps it (fix-cat42): "n:<surname>", or "n:<surname>/<given>" when the text gives the
 * first name too. Two relatives often share a surname in one story (a man and his father, a couple), so the surname
 * alone cannot tell two people apart; the first name can, and a writer who leaves it out ("Vidal, 20,") names no one
 * else.
 */
const GIVEN_SEP = '/';
export function personKey(surname: string, given?: string): string {
  return given && given !== surname ? `n:${surname}${GIVEN_SEP}${given}` : `n:${surname}`;
}
/** The surname of a person's key ("n:vidal/lucas" -> "vidal"), or the key without its prefix for any other "n:" key. */
export function surnameOfKey(key: string): string {
  const s = key.startsWith('n:') ? key.slice(2) : key;
  const i = s.indexOf(GIVEN_SEP);
  return i < 0 ? s : s.slice(0, i);
}
/** Do two owners of a count name one person: equal keys, or two person keys of one surname where at most one side
 * gives a first name, or both give the same one. */
export function sameOwnerKey(a: string, b: string): boolean {
  if (a === b) return true;
  if (!a.startsWith('n:') || !b.startsWith('n:') || surnameOfKey(a) !== surnameOfKey(b)) return false;
  return !a.includes(GIVEN_SEP) || !b.includes(GIVEN_SEP);
}
