/**
 * Normalisation for comparison that keeps a map back to the original offsets.
 *
 * fold() already handles case, accents, apostrophes, quotes, no-break spaces and dashes without
 * changing length. What changes length is done here, with a map:
 * - ligatures expand (œ -> oe, æ -> ae, ß -> ss, ﬁ -> fi): "cœur" must meet "coeur";
 * - runs of white space and punctuation collapse to one space, and the ends are trimmed, so that
 *   "« Bonjour » ," and "Bonjour," compare equal;
 * - invisible characters (soft hyphen, zero-width spaces and joiners, BOM) vanish: they come from
 *   web pages and break exact matches without being seen.
 */
import { fold } from './fold';

export interface Normalized {
  /** The normalised text. */
  text: string;
  /**
   * map[i] is the offset in the original of the character that produced normalised character i;
   * map[text.length] is the original length, so an end offset maps too.
   */
  map: number[];
}

const LIGATURES: Record<string, string | undefined> = {
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
};

const INVISIBLE = /[\u00AD\u200B\u200C\u200D\u2060\uFEFF]/;
// Everything that is not a letter, digit or mark separates words. The apostrophe and the hyphen
// stay: they are inside words ("aujourd'hui", "nord-coréennes").
const SEPARATOR = /[^\p{L}\p{N}\p{M}'-]/u;

/** Expand ligatures in an already folded word (no offsets kept: for keys, not for spans). */
export function expandLigatures(s: string): string {
  return /[œæß\uFB00-\uFB04]/.test(s) ? s.replace(/[œæß\uFB00-\uFB04]/g, (c) => LIGATURES[c] ?? c) : s;
}

/** Normalise a text for comparison, keeping the offset map. Never throws. */
export function normalize(text: string): Normalized {
  const folded = fold(text);
  let out = '';
  const map: number[] = [];
  let pendingSpace = -1; // original offset of the first separator of the current run, or -1
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i];
    if (INVISIBLE.test(ch)) continue;
    // Lone surrogates and astral characters are kept as they are (two units, two map entries).
    if (SEPARATOR.test(ch) && !(ch >= '\uD800' && ch <= '\uDFFF')) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0) {
      if (out.length > 0) {
        out += ' ';
        map.push(pendingSpace);
      }
      pendingSpace = -1;
    }
    const lig = Object.prototype.hasOwnProperty.call(LIGATURES, ch) ? LIGATURES[ch] : undefined;
    if (lig) {
      for (let k = 0; k < lig.length; k++) {
        out += lig[k];
        map.push(i);
      }
    } else {
      out += ch;
      map.push(i);
    }
  }
  map.push(text.length);
  return { text: out, map };
}

/**
 * Map a [start, end) range of the normalised text back to the original, so that the original slice
 * covers exactly the characters that produced it.
 */
export function toOriginalRange(n: Normalized, start: number, end: number): [number, number] {
  const s = Math.max(0, Math.min(start, n.text.length));
  const e = Math.max(s, Math.min(end, n.text.length));
  if (e === s) return [n.map[s], n.map[s]];
  const last = n.map[e - 1];
  // The last character may be a surrogate pair's first unit in the original; end after the unit(s)
  // that produced it: the next original offset of a different character, or last + 1.
  return [n.map[s], last + 1];
}
