import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';
import { tokenize } from './tokens';
import { fold } from '../text/fold';
import { BOUNDARY, SENTENCE_END, clauseStartOf, sentenceStartOf } from './count-base';

/** The walk back token by token these look-ups replace (perf48), as it was written. */
function walkedSentenceStart(toks: ReturnType<typeof tokenize>, k: number): number {
  while (k > 0 && !toks[k].nl && !SENTENCE_END.has(toks[k - 1].t)) k--;
  return k;
}
function walkedClauseStart(toks: ReturnType<typeof tokenize>, k: number): number {
  while (k > 0 && !SENTENCE_END.has(toks[k - 1].t) && !BOUNDARY.has(toks[k - 1].t) && !toks[k].nl) k--;
  return k;
}

describe('perf48: sentence and clause starts built once per token list give what the walk back gave', () => {
  const text = 'Among the 40 guests, 12 left early; the rest (about 20) stayed. A second line follows!\nNew line, 3 items? Yes.';
  const toks = tokenize(fold(text), 'en', text);
  it('at every token', () => {
    expect(toks.length).toBeGreaterThan(20);
    for (let k = 0; k < toks.length; k++) {
      expect(sentenceStartOf(toks, k)).toBe(walkedSentenceStart(toks, k));
      expect(clauseStartOf(toks, k)).toBe(walkedClauseStart(toks, k));
    }
  });
  it('a clause starts after a semicolon, a sentence does not', () => {
    const k = toks.findIndex((t) => t.t === 'rest');
    expect(clauseStartOf(toks, k)).toBeGreaterThan(sentenceStartOf(toks, k));
  });
});

/** Reading 8 times as many items may take at most this many times as long: linear growth gives 8 at most, less with
 * the fixed costs (2,000 -> 16,000 numbers: 1.3 s -> 9.7 s after perf48), the quadratic walks gave far more (2,000 ->
 * 16,000 went 3.6 s -> 93 s before, a ratio of 26 on a loaded machine, about 60 on a quiet one; 1,000 -> 8,000 gave
 * only about 15 under vitest, too close to 8 to tell apart, hence the larger list). 16 leaves twice linear's ratio
 * for a loaded machine's noise (2 cores shared by several helpers) while the quadratic path fails. */
const GROWTH_BOUND = 16;

/** One sentence listing n numbers, as a table flattened to text gives. */
const list = (n: number) => 'The table lists ' + Array.from({ length: n }, (_, i) => String(i + 1)).join(', ') + '.';
function timed(text: string): { ms: number; figures: number } {
  const t0 = performance.now();
  const figures = extractFigures(text, 'en').length;
  return { ms: performance.now() - t0, figures };
}

describe('perf48: one sentence of thousands of comma-separated items is read in time linear in its length', () => {
  it('2,000 then 16,000 numbers', () => {
    timed(list(300)); // the first call compiles the patterns
    const small = timed(list(2000));
    const large = timed(list(16000));
    expect(small.figures).toBeGreaterThan(1800);
    expect(large.figures).toBeGreaterThan(15000);
    expect(large.ms).toBeLessThan(GROWTH_BOUND * small.ms);
  }, 400_000);
});
