import { describe, expect, it } from 'vitest';
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
