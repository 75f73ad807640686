/**
 * One shared, internalized copy of each word (speed19). A word sliced from a page is a new string; every `===`
 * against a rule's word and every Set or Map look-up then compares characters (V8's StringEqual builtin, 11% of
 * English figure extraction's instructions in session 17's callgrind counts). V8 internalizes property names, so the
 * copy a one-key object's `Object.keys` returns is the table's own: two internalized strings are compared by
 * pointer. The table keeps each word once; it is cleared when it reaches INTERN_MAX, so a long run over many pages
 * holds a bounded vocabulary (a cleared word is internalized again on its next use, at the cost of one look-up).
 */
const TABLE = new Map<string, string>();
/** A news page has a few thousand distinct words; a corpus run keeps this many before starting again. */
const INTERN_MAX = 100_000;
/** Strings that are array indices as property names ("12") come back from Object.keys as new number strings. */
const INDEX_LIKE = /^(?:0|[1-9]\d*)$/;

/** The table's copy of `s` (equal to it), made on first use. */
export function intern(s: string): string {
  let hit = TABLE.get(s);
  if (hit !== undefined) return hit;
  if (INDEX_LIKE.test(s)) return s;
  if (TABLE.size >= INTERN_MAX) TABLE.clear();
  // No prototype: "__proto__" is then a key like any other, not the object's prototype.
  const holder = Object.create(null) as Record<string, true>;
  holder[s] = true;
  hit = Object.keys(holder)[0] ?? s;
  TABLE.set(hit, hit);
  return hit;
}
