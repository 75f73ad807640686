import { describe, expect, it } from 'vitest';
import { fig, verdicts } from '../../test/support/figure-probes';

describe('a bare value after a verb of reaching counts what its clause subject counts, however long the subject (unit48)', () => {
  it('reads a toll whose subject carries an aside or a long complement, in both languages', () => {
    const en = 'The death toll from the powerful storm, which hit the coast late on Monday night in the middle of the holiday season, rose to 17 on Wednesday.';
    expect(fig(en, 'en', '17').countsKey).toContain('killed');
    const fr = "Le nombre de victimes des violentes inondations qui ont frappé les villages de la vallée, dans le sud du pays, s'élève à au moins 41.";
    expect(fig(fr, 'fr', '41').unit).toBe('people');
  });
  it('reads a people role or a people noun opening the sentence, and the antecedent of a relative pronoun', () => {
    expect(fig('Deaths from the heavy rains earlier this week in the northern provinces rose to five, officials said.', 'en', 'five').countsKey).toContain('killed');
    expect(fig('The census showed a small rise in the population, which stood at 2.4 million at the start of the year.', 'en', '2.4 million').unit).toBe('people');
    expect(fig("La hausse a touché toute la population, qui s'élevait à 2,4 millions l'an dernier.", 'fr', '2,4 millions').unit).toBe('people');
  });
  it('meets the same count told with its noun, across languages', () => {
    expect(verdicts('The death toll from the storm, which hit the coast and the islands late on Monday night in the middle of the holiday season, rose to 17.', 'en',
      'La tempête a fait 17 morts sur la côte.', 'fr')).toEqual(['agrees']);
  });
  it('reads no subject past a clause of its own, nor a people noun after a comma', () => {
    const en = 'The death toll from the storm has not been updated since Monday, officials said, while the river level in the northern town rose to 12.';
    expect(fig(en, 'en', '12').countsKey).not.toContain('killed');
    expect(fig('The storm hit the coast on Monday, residents fled and the water level rose to 4.', 'en', '4').unit).toBe('number');
    expect(fig('Prices for the basic goods in the shops of the capital and of the provinces rose to 40 last year.', 'en', '40').unit).toBe('number');
  });
});
