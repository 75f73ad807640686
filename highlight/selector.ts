/**
 * Building a quote selector from a span of the extracted article text (pure: usable by the
 * background, which has the text, as well as by tests).
 */
import type { QuoteSelector } from './types';

/** Hypothesis stores 32 characters each side: enough to tell repeats apart, cheap to score. */
export const CONTEXT_CHARS = 32;

export function quoteSelector(text: string, start: number, end: number, context = CONTEXT_CHARS): QuoteSelector {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - context), start),
    suffix: text.slice(end, end + context),
    start,
  };
}
