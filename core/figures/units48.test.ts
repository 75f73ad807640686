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
  });
  it('reads no people noun as the subject past a verb of saying, "that / que" or a clause after an aside (rev48b 1)', () => {
    expect(fig('Residents of the town said the water level rose to 4 on Monday.', 'en', '4').unit).toBe('number');
    expect(fig('Police said the temperature in the capital hit 40 on Monday.', 'en', '40').unit).toBe('number');
    expect(fig('Migrants crossing the border told reporters the wait had grown to 12.', 'en', '12').unit).toBe('number');
    expect(fig('Residents said the magnitude of the quake rose to 7.5.', 'en', '7.5').countsKey).not.toContain('inhabitant');
    expect(fig('Voters in the district, who turned out on Sunday, saw the price index rise to 40.', 'en', '40').unit).toBe('number');
    expect(fig('The storm hit the coast, and residents said the water level rose to 4.', 'en', '4').unit).toBe('number');
    expect(fig('Les habitants ont dit que le niveau de la rivière est monté à 4.', 'fr', '4').unit).toBe('number');
  });
  it('still reads the toll when a verb of saying stands in an aside', () => {
    expect(fig('The death toll, officials said, rose to 40.', 'en', '40').countsKey).toContain('killed');
    expect(fig('Officials said the death toll rose to 40.', 'en', '40').countsKey).toContain('killed');
    expect(fig("Le bilan, ont indiqué les autorités, s'élève à 40.", 'fr', '40').countsKey).toContain('killed');
  });
  it('passes a clause opener whose clause a comma closed before the verb (rev48b 2)', () => {
    expect(fig('The toll, when the rescuers left, stood at 40.', 'en', '40').countsKey).toContain('killed');
    expect(fig('The death toll, while the rescuers searched the rubble, stood at 40.', 'en', '40').countsKey).toContain('killed');
    expect(fig("Le bilan, alors que les secouristes fouillaient les décombres, s'élevait à 40.", 'fr', '40').countsKey).toContain('killed');
    expect(fig("Le bilan, provisoire mais lourd, s'élève à 30.", 'fr', '30').countsKey).toContain('killed');
  });
  it('reads nothing when the stretch between the last comma and the verb holds its own subject (rev48b 3)', () => {
    const en = 'The death toll in the remote mountain region in the far north of the country, which lies far from the capital, where the river rose to 4 on Monday, climbed to 9.';
    expect(fig(en, 'en', '4').countsKey).not.toContain('killed');
    const fr = "Le bilan dans la région montagneuse et isolée de l'extrême nord du pays, qui se trouve très loin de la capitale, où le niveau de la rivière est monté à 4 lundi, s'élève à 9.";
    expect(fig(fr, 'fr', '4').countsKey).not.toContain('killed');
  });
  it('reads "though" and "alors" as adverbs when they are (rev48b 7; read so before too, by the toll\'s other look-back: a guard)', () => {
    expect(fig('The toll, though, has risen to 40.', 'en', '40').countsKey).toContain('killed');
    expect(fig("Le bilan s'élevait alors à 30.", 'fr', '30').countsKey).toContain('killed');
  });
  it('reads "number of those" after a long aside as the short form does (rev48b 4)', () => {
    expect(fig('The number of those killed in the storm, which hit the coast late on Monday night in the middle of the holiday season, rose to 17.', 'en', '17').countsKey)
      .toEqual(fig('The number of those killed in the storm rose to 17.', 'en', '17').countsKey);
  });
});
