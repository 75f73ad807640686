/**
 * In-page highlighting for the content script: anchor quote selectors in the live page, draw
 * marks (CSS Custom Highlight API, or wrapped text where ::highlight() is unsupported), show hover
 * cards, and remove every trace on clear(). DOM only, no extension API: wiring lives in
 * entrypoints/content, which would do roughly
 *   const hl = createHighlighter(document, { sourceTextLength: article.text.length });
 *   hl.apply(marks);            // on the background's answer; apply() replaces earlier marks
 *   hl.scrollTo(id);            // when the popup asks
 *   ctx.onInvalidated(() => hl.destroy());   // and hl.clear() when highlights are turned off
 * quoteSelector() is pure and builds selectors from extracted-text offsets (background side).
 */
export { createHighlighter, supportsHighlightApi } from './highlighter';
export { anchorAll, anchorInIndex, type AnchorOptions } from './anchor';
export { matchQuote, type QuoteContext, type QuoteMatch } from './match-quote';
export { buildTextIndex, normalizeSpace, rangeFromOffsets, type TextIndex } from './text-index';
export { quoteSelector, CONTEXT_CHARS } from './selector';
export type * from './types';
