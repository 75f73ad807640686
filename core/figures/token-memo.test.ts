import { describe, expect, it } from 'vitest';
import { perToken } from './token-memo';
import { tokenize } from './tokens';

describe('perToken', () => {
  it('reads each token of a list once, and each list apart, when lists alternate', () => {
    let reads = 0;
    const upper = perToken((toks, k) => { reads++; return toks[k].t.toUpperCase(); });
    const a = tokenize('one two three', 'en');
    const b = tokenize('four five', 'en');
    expect([upper(a, 0), upper(b, 0), upper(a, 2), upper(b, 1), upper(a, 0), upper(b, 0)])
      .toEqual(['ONE', 'FOUR', 'THREE', 'FIVE', 'ONE', 'FOUR']);
    expect(reads).toBe(4);
  });
});
