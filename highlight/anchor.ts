/**
 * Anchoring: quote selectors (from the extracted article text) -> DOM Ranges in the live page.
 * One text index per batch; each selector is matched in the whitespace-normalised page text.
 */
import { matchQuote } from './match-quote';
import { buildTextIndex, normalizeSpace, rangeFromOffsets, type TextIndex } from './text-index';
import type { QuoteSelector } from './types';

export interface AnchorOptions {
  /** Length of the text the `start` hints refer to; hints are scaled to the page text's length. */
  sourceTextLength?: number;
}

export function anchorInIndex(idx: TextIndex, sel: QuoteSelector, opts: AnchorOptions = {}): Range | null {
  const exact = normalizeSpace(sel.exact).trim();
  if (!exact) return null;
  let hint: number | undefined;
  if (typeof sel.start === 'number') {
    hint = opts.sourceTextLength ? Math.round((sel.start / opts.sourceTextLength) * idx.text.length) : sel.start;
  }
  // Prefix and suffix keep their inner edge space: it says whether the quote starts a word.
  const m = matchQuote(idx.text, exact, {
    prefix: normalizeSpace(sel.prefix ?? '').trimStart(),
    suffix: normalizeSpace(sel.suffix ?? '').trimEnd(),
    hint,
  });
  return m ? rangeFromOffsets(idx, m.start, m.end) : null;
}

/** Anchors every selector against one index of `root` (document.body by default), or the one given. */
export function anchorAll(doc: Document, selectors: QuoteSelector[], opts: AnchorOptions & { root?: Node; index?: TextIndex } = {}): Array<Range | null> {
  const root = opts.root ?? doc.body;
  if (!root && !opts.index) return selectors.map(() => null);
  const idx = opts.index ?? buildTextIndex(root!);
  return selectors.map((s) => anchorInIndex(idx, s, opts));
}
