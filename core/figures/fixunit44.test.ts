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

describe('"another N" is an increment, not the level (fix-unit44)', () => {
  it('marks a count after "another" / "un autre" as a change and never lets it differ with a day\'s count', () => {
    const page = 'Since dawn another 15 boats have landed, with about another thousand migrants on board, officials said.';
    expect(fig(page, 'en', 'thousand').countsKey).toContain('change');
    expect(fig('Depuis l\'aube, un autre millier de migrants est arrivé sur l\'île.', 'fr', 'millier').countsKey).toContain('change');
    const src = 'Les autorités ont annoncé l\'arrivée de plus de 4000 migrants en une seule journée sur l\'île.';
    expect(verdicts(page, 'en', src, 'fr')).not.toContain('differs');
    // Without the word, the same count is a level of its own and still meets the day's count.
    expect(fig('Since dawn about a thousand migrants have landed, officials said.', 'en', 'thousand').countsKey).not.toContain('change');
    // A sum after "another" is the next item of a list of sums, no increment of one count.
    expect(fig('Wages took 70 billion euros. Another 45 billion euros was paid in insurance.', 'en', '45').countsKey).not.toContain('change');
  });
});

describe('in coordinated clauses each figure takes its own subject\'s names (fix-unit44)', () => {
  it('keeps the next clause\'s name off a joined range', () => {
    const page = "La candidate de l'opposition Marta Lindqvist obtient elle entre 30,5 % et 32,5 % des voix et Pavel Ostrowski Novak entre 8,1 % et 9,4 % des voix.";
    const first = fig(page, 'fr', '30,5');
    expect(first.names ?? []).not.toContain('ostrowski');
    expect(fig(page, 'fr', '8,1').names ?? []).toContain('ostrowski');
    const src = 'Pavel Ostrowski of the Liberal Union came in third place with figures of between 8.1 and 9.4 per cent.';
    expect(verdicts(page, 'fr', src, 'en')).not.toContain('differs');
  });
});

describe('a sample is how a count was made, not who gives it (fix-unit44)', () => {
  it('keeps "selon un échantillon statistique" from being the speaker', () => {
    const s = "L'Office national de la statistique (ONS) a indiqué que Mme Lindqvist avait obtenu entre 50,3 % et 52,7 % des voix, selon un échantillon statistique. Son rival Pavel Novak obtient lui entre 20,6 % et 22,6 % des voix.";
    expect(fig(s, 'fr', '50,3').saidBy).toBe('ONS');
    expect(fig(s, 'fr', '20,6').saidBy).not.toMatch(/chantillon/);
  });
});
