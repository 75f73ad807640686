import { describe, expect, it } from 'vitest';
import { fig, verdicts } from '../../test/support/figure-probes';

describe('an earlier estimate against a reported result (fix-unit44)', () => {
  it('marks the value analysts estimated in French as their expectation, not a result', () => {
    const page = 'Les analystes avaient estimé les hausses de salaires à environ 3,2 % cette année.';
    expect(fig(page, 'fr', '3,2').countsKey).toContain('consensus');
    const src = 'Companies offered to raise wages by an average of 4.7 pct this year, according to the first tally.';
    expect(verdicts(page, 'fr', src, 'en')).not.toContain('differs');
  });
});
