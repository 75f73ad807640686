/**
 * Content-derived ids: the same text always gets the same id, which is how adding an article
 * twice is recognised. Synchronous (not crypto.subtle) because file parsing is synchronous and
 * ids are needed there too.
 */

/** Prefix of ids the reader's own articles get, so they never collide with bundled file names. */
export const OWN_ID_PREFIX = 'own_';

/**
 * 64 bits from two independent 32-bit FNV-1a style passes (different seeds and multipliers). With
 * 20,000 articles the chance of any collision is about 1 in 10^11: plenty for dedupe, and this is
 * not a security boundary (an import cannot overwrite by collision; it is skipped as a duplicate).
 */
export function textHash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  // Final avalanche, so texts differing only in their last characters still differ in every hex digit.
  h1 = Math.imul(h1 ^ (h1 >>> 16), 0x85ebca6b);
  h1 = Math.imul(h1 ^ (h1 >>> 13), 0xc2b2ae35);
  h1 ^= h1 >>> 16;
  h2 = Math.imul(h2 ^ (h2 >>> 16), 0x85ebca6b);
  h2 = Math.imul(h2 ^ (h2 >>> 13), 0xc2b2ae35);
  h2 ^= h2 >>> 16;
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

export function idForText(text: string): string {
  return OWN_ID_PREFIX + textHash(text);
}
