import { describe, expect, it } from 'vitest';
import { matchDetail } from './index';
import { readEn as en, readFr as fr } from './test-two-days';

// Sentences written for these tests; the names are invented.

describe('one word kept as two stems counts as one shared word when one value is told (context45)', () => {
  // "limit" stems to "lim", "limits" and "limites" to "limit": one word, two stems.
  it('lets "the limit" meet "les limites" beside one value told on both sides', () => {
    const a = en('The limit was set at 1.5%.', '1.5%');
    const b = fr('Les limites sont fixées à 1,5 %.', '1,5 %');
    expect(a.context).toContain('w:lim');
    expect(b.context).toContain('w:limit');
    // Without the rule the two share no word, and one value told on both sides still asks one (SAME_VALUE_MIN_CONTEXT).
    expect(matchDetail(a, b).reason).not.toBe('context');
    expect(matchDetail(b, a).reason).not.toBe('context');
  });
  it('does not count it across two values (the bar of a word met through a rule, not written alike)', () => {
    const a = en('The limit was set at 1.5%.', '1.5%');
    const b = en('The limits were set at 2.5%.', '2.5%');
    expect(a.context).toContain('w:lim');
    expect(b.context).toContain('w:limit');
    const m = matchDetail(a, b);
    expect(m.reason).toBe('context');
    expect(m.shared).toBe(0);
  });
  it('does not join two stems more than two letters apart', () => {
    const a = en('The port was 1.5%.', '1.5%');
    const b = en('The portion was 1.5%.', '1.5%');
    expect(a.context).toContain('w:port');
    expect(b.context).toContain('w:portion');
    expect(matchDetail(a, b).reason).toBe('context');
  });
});
