/**
 * Find a quote in a text: exact first, then approximate (Myers' bit-parallel algorithm from
 * approx-string-match), each candidate scored on the quote, its context and its position, as
 * Hypothesis does. Pure string code: no DOM.
 */
import approxSearch from 'approx-string-match';

export interface QuoteContext {
  prefix?: string;
  suffix?: string;
  /** Expected start offset in `text`. */
  hint?: number;
}

export interface QuoteMatch {
  start: number;
  end: number;
  /** 0..1, weighted as below. */
  score: number;
}

// Hypothesis' weights: the quote itself dominates, context decides between repeats, the
// position only breaks ties (it is a hint from a different text, so it is approximate).
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const MAX_SCORE = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/** Up to half the quote may differ (Hypothesis); more than this and nearly anything matches. */
const MAX_ERROR_RATE = 0.5;
/** Myers' cost grows with the error budget (k/32 words per text char): cap it for long quotes. */
const MAX_ERRORS = 64;
/**
 * Below this combined score an approximate match is a guess: e.g. a half-wrong quote whose
 * context does not match either. An exact quote with wrong context still scores ~0.56.
 */
const MIN_SCORE = 0.5;
/**
 * Our quotes come from this very page's extracted text, so a true match differs little (white
 * space, a footnote marker, an edited word). A looser approximate match is kept only when the
 * context around it agrees: otherwise it is some other sentence sharing a few words.
 */
const STRONG_QUOTE = 0.75;
const STRONG_CONTEXT = 0.75;
/** Shorter quotes are only matched exactly: a few errors in 3 characters matches anywhere. */
const MIN_APPROX_LENGTH = 8;
/** Quotes longer than this are matched by their two ends, so the cost does not grow with length. */
export const LONG_QUOTE = 256;
/** Length of the head and tail matched for a long quote. */
const END_CHARS = 64;
/** A long quote's matched span may be this much shorter or longer than the quote (0.5 = ±50%). */
const LONG_SPAN_SLACK = 0.5;

interface Candidate { start: number; end: number; errors: number }

function search(text: string, pattern: string, maxErrors: number): Candidate[] {
  // approx-string-match has no fast path for exact hits; indexOf is far cheaper.
  const exact: Candidate[] = [];
  for (let i = text.indexOf(pattern); i !== -1; i = text.indexOf(pattern, i + 1)) {
    exact.push({ start: i, end: i + pattern.length, errors: 0 });
  }
  if (exact.length || maxErrors < 1) return exact;
  return approxSearch(text, pattern, maxErrors);
}

/** 0..1 similarity of `str` to the best place in `text` (a short slice next to a candidate). */
function contextScore(text: string, str: string): number {
  if (!str || !text) return 0;
  const m = search(text, str, str.length);
  return m.length ? 1 - m[0]!.errors / str.length : 0;
}

function best(text: string, quote: string, ctx: QuoteContext, candidates: Candidate[]): QuoteMatch | null {
  let top: QuoteMatch | null = null;
  for (const c of candidates) {
    const quoteScore = 1 - c.errors / quote.length;
    const prefixScore = ctx.prefix ? contextScore(text.slice(Math.max(0, c.start - ctx.prefix.length), c.start), ctx.prefix) : 1;
    const suffixScore = ctx.suffix ? contextScore(text.slice(c.end, c.end + ctx.suffix.length), ctx.suffix) : 1;
    const posScore = ctx.hint === undefined || !text.length ? 1 : 1 - Math.abs(c.start - ctx.hint) / text.length;
    const ctxScores = [ctx.prefix ? prefixScore : -1, ctx.suffix ? suffixScore : -1].filter((x) => x >= 0);
    const ctxSupport = ctxScores.length ? ctxScores.reduce((a, b) => a + b) / ctxScores.length : 0;
    if (quoteScore < STRONG_QUOTE && ctxSupport < STRONG_CONTEXT) continue;
    const score = (QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore + POSITION_WEIGHT * posScore) / MAX_SCORE;
    if (!top || score > top.score) top = { start: c.start, end: c.end, score };
  }
  return top && top.score >= MIN_SCORE ? top : null;
}

function maxErrorsFor(len: number): number {
  return len < MIN_APPROX_LENGTH ? 0 : Math.min(MAX_ERRORS, Math.floor(len * MAX_ERROR_RATE));
}

export function matchQuote(text: string, quote: string, ctx: QuoteContext = {}): QuoteMatch | null {
  if (!quote) return null;
  if (quote.length <= LONG_QUOTE) return best(text, quote, ctx, search(text, quote, maxErrorsFor(quote.length)));

  const exact = search(text, quote, 0);
  if (exact.length) return best(text, quote, ctx, exact);
  // A long quote that differs somewhere: find its head (with the prefix as context), then its
  // tail (with the suffix) where the quote's length says it should end.
  const head = matchQuote(text, quote.slice(0, END_CHARS), { prefix: ctx.prefix, hint: ctx.hint });
  if (!head) return null;
  const minEnd = head.start + Math.floor(quote.length * (1 - LONG_SPAN_SLACK));
  const maxEnd = head.start + Math.ceil(quote.length * (1 + LONG_SPAN_SLACK));
  const from = Math.max(head.end, minEnd - END_CHARS);
  // Room after the window for the suffix, which scores the tail.
  const window = text.slice(from, maxEnd + (ctx.suffix?.length ?? 0));
  const tail = matchQuote(window, quote.slice(-END_CHARS), { suffix: ctx.suffix, hint: head.start + quote.length - END_CHARS - from });
  if (!tail) return null;
  return { start: head.start, end: from + tail.end, score: (head.score + tail.score) / 2 };
}
