/**
 * Page furniture: numbers that belong to the page, not to the story. Comment and share counters
 * ("12 commentaires", "3 shares") are caught by their noun (counts.ts, lexicon 'furniture'); this
 * module catches what the words just before a number give away: copyright lines, publication and
 * update stamps, reading times.
 */

/** How far back on the same line the giveaway words are looked for. Stamps are short ("Publié le 3 mars 2024 à 10h"). */
const LOOKBACK_CHARS = 40;

// Folded text (no accents, lower case).
const BEFORE = /(?:©|\(c\)|copyright|publie le|publie|mis a jour le|mis a jour|modifie le|updated|published|posted|last modified|temps de lecture|lecture :?)\s*(?:le |on |:\s*)?[\w .:/-]*$/;
const AFTER = /^\s*(?:min(?:utes?)? (?:de lecture|read)|min read|minutes? read)/;

/** Lines that link elsewhere or caption a picture: every number on them belongs to the page. */
const LINE_START = /^\s*(?:[>»•|-]\s*)?(?:a lire aussi|lire aussi|a lire|lire la suite|voir aussi|read more|read also|see also|related|more on this|photo|photos|credit|video|en images|diaporama|galerie|listen|ecouter)\b/;

/** Is the figure at [start, end) of the folded text page furniture? */
export function isFurniture(folded: string, start: number, end: number): boolean {
  const lineStart = folded.lastIndexOf('\n', start - 1) + 1;
  if (LINE_START.test(folded.slice(lineStart, lineStart + 40))) return true;
  const before = folded.slice(Math.max(lineStart, start - LOOKBACK_CHARS), start);
  if (BEFORE.test(before)) return true;
  return AFTER.test(folded.slice(end, end + 24));
}
