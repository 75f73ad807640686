/**
 * The contract between the background (which knows what to mark) and the in-page highlighter
 * (which finds it in the live DOM). Selectors are W3C-style text quote selectors: the page text
 * the reader sees may differ from the extracted text, so we carry context, not DOM paths.
 */

/** A passage or figure to find in the live page, quoted from the extracted article text. */
export interface QuoteSelector {
  exact: string;
  /** Up to ~32 characters of extracted text just before `exact` (disambiguates repeated quotes). */
  prefix: string;
  /** Up to ~32 characters of extracted text just after `exact`. */
  suffix: string;
  /** position hint: start offset in the extracted article text */
  start?: number;
}

export type MarkKind =
  | 'passage-verbatim'
  | 'passage-close'
  | 'passage-paraphrase'
  | 'figure-differs'
  | 'figure-overlaps'
  | 'figure-agrees'
  | 'figure-related'
  | 'figure-updated';

export interface CardItem {
  /** Source title, or who says it. */
  label: string;
  /** The source passage or figure sentence. */
  text: string;
  /** e.g. the verdict. */
  note?: string;
}

/** Plain text only: it is always inserted with textContent, never parsed as HTML. */
export interface CardContent {
  heading: string;
  items: CardItem[];
}

export interface MarkRequest {
  id: string;
  kind: MarkKind;
  selector: QuoteSelector;
  /** plain-text card content: what the other sources say */
  card: CardContent;
  /**
   * Anchored but not drawn, and no card: a figure the popup folds (a date, a small number). The
   * page stays quiet about it, yet a click on it in the popup still scrolls there and flashes it.
   */
  quiet?: boolean;
}

/**
 * 'highlight-api': CSS Custom Highlight API, the page DOM is untouched.
 * 'wrap': text is wrapped in <recoupe-mark> elements (browsers without ::highlight()).
 * 'auto': the API when ::highlight() styling is supported, else wrap.
 */
export type HighlightMode = 'auto' | 'highlight-api' | 'wrap';

export interface HighlighterOptions {
  mode?: HighlightMode;
  /**
   * Length of the extracted article text the selectors' `start` hints refer to; hints are scaled
   * by domTextLength / sourceTextLength. Without it hints are used as they are.
   */
  sourceTextLength?: number;
}

export interface ApplyResult {
  anchored: string[];
  missed: string[];
}

export interface Highlighter {
  /** The mode actually in use ('auto' resolved). */
  readonly mode: 'highlight-api' | 'wrap';
  /** Replaces the current marks with these. */
  apply(marks: MarkRequest[]): ApplyResult;
  /**
   * The same, with the page's text indexed in slices and `pause` between them, so a large page is
   * not held; resolves with nothing anchored if another apply (or destroy) came meanwhile.
   */
  applyInSlices(marks: MarkRequest[], pause: () => Promise<void>): Promise<ApplyResult>;
  /** Removes every trace: highlights, style element, wrappers, card host, listeners, timers. */
  clear(): void;
  /** Scrolls smoothly to the mark and flashes it; false when the id is not anchored. */
  scrollTo(id: string): boolean;
  /** clear(), and apply() does nothing afterwards. */
  destroy(): void;
}
