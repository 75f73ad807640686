import { describe, expect, it } from 'vitest';
import { fig, verdicts } from '../../test/support/figure-probes';

describe('French "prochain(e)s" before the counted noun (unit47)', () => {
  it('reads the noun after it, as English reads the noun after "next N"', () => {
    expect(fig('Le contrat court sur les cinq prochaines années.', 'fr', 'cinq').unit).toBe('years');
    expect(fig('Les secours resteront mobilisés pendant les 48 prochaines heures.', 'fr', '48').unit).toBe('hours');
    expect(fig('Le chantier durera encore les 30 prochains jours.', 'fr', '30').unit).toBe('days');
  });
  it('keeps "prochains" as the counted word when a verb follows it', () => {
    expect(fig('Les trois prochains seront livrés en mars.', 'fr', 'trois').countsKey[0]).not.toBe('number');
  });
});

describe('a count of seasons (unit47)', () => {
  it('is one noun in both languages', () => {
    expect(fig('Il a joué sept saisons au club.', 'fr', 'sept').countsKey[0]).toBe('season');
    expect(fig('He played seven seasons at the club.', 'en', 'seven').countsKey[0]).toBe('season');
    expect(verdicts("L'entraîneur s'est engagé pour cinq saisons avec le club.", 'fr',
      'The coach has committed to the club for five seasons.', 'en')).toEqual(['agrees']);
  });
  it('meets a length in years of the same value, and no other', () => {
    expect(verdicts("L'attaquant a passé sept saisons au club de la capitale.", 'fr',
      'The striker spent seven years at the capital club.', 'en')).toEqual(['agrees']);
    expect(verdicts("L'attaquant a passé sept saisons au club de la capitale.", 'fr',
      'The striker spent five years at the capital club.', 'en')).toEqual([]);
    expect(verdicts("L'attaquant a passé sept saisons au club.", 'fr', 'The striker, aged seven, joined the club.', 'en')).toEqual([]);
  });
});

describe('a rank of a thing that comes one after another against a count of it (unit47)', () => {
  it('agrees with a count of the noun it ranks at the same value, in both languages', () => {
    expect(verdicts('Le club a remporté samedi son quatrième titre européen.', 'fr',
      'The club has now won four European titles.', 'en')).toEqual(['agrees']);
    expect(verdicts('The club won its fourth European title on Saturday.', 'en',
      'Le club compte désormais quatre titres européens.', 'fr')).toEqual(['agrees']);
    expect(verdicts('Le volcan est entré dans sa cinquième éruption depuis décembre.', 'fr',
      'The volcano has seen five eruptions since December.', 'en')).toEqual(['agrees']);
  });
  it('meets no count of another value, another noun, or of one', () => {
    expect(verdicts('Le volcan est entré dans sa sixième éruption depuis décembre.', 'fr',
      'The volcano has seen five eruptions since December.', 'en')).toEqual([]);
    expect(verdicts('Le volcan est entré dans sa cinquième éruption depuis décembre.', 'fr',
      'Five villages have been evacuated since December near the volcano.', 'en')).toEqual([]);
    expect(verdicts('The club won its first European title on Saturday.', 'en',
      'Le club compte désormais 1 titre européen.', 'fr')).toEqual([]);
  });
});

describe('a lower-case "m" glued to an amount after a currency sign (unit47)', () => {
  it('is a million of that currency, not metres', () => {
    const f = fig('The firm raised $5m from investors.', 'en', '5m');
    expect([f.unit, f.low]).toEqual(['dollar', 5e6]);
    expect(fig('He will receive a bonus of over £85m, reports said.', 'en', '85m').unit).toBe('pound');
    expect(verdicts('Le club devra verser 55 millions d\'euros au joueur.', 'fr', 'The club must pay the player €55m.', 'en')).toEqual(['agrees']);
  });
  it('stays metres without a sign', () => {
    expect(fig('The tower is 85m tall.', 'en', '85m').unit).toBe('m');
  });
});

describe('a rank against a count of times (unit47 review)', () => {
  it('meets "N times" when the rank is an occurrence', () => {
    expect(verdicts('It is the third time the city has raised prices.', 'en',
      'The city has raised prices three times this year.', 'en')).toEqual(['agrees']);
  });
  it('meets no "N times" of a rank that is no occurrence and shares no doing, nor a factor', () => {
    expect(verdicts('Prices rose for the third month in a row in the city.', 'en',
      'Prices in the city are now three times higher than last year.', 'en')).toEqual([]);
    expect(verdicts('He married his third wife in Paris on Sunday.', 'en', 'He was arrested in Paris three times.', 'en')).toEqual([]);
    expect(verdicts('She finished second in the race on Sunday in Paris.', 'en',
      'She has won the race in Paris two times.', 'en')).toEqual([]);
    expect(verdicts('The city council rejected the plan for the fourth year in a row.', 'en',
      'The city council rejected the plan four times.', 'en')).toEqual([]);
    expect(verdicts('It is the third time the city has raised prices.', 'en',
      'Prices in the city are now three times higher than last year.', 'en')).toEqual([]);
  });
});

describe('a position rank against a count of its noun (unit47 review)', () => {
  it('stays apart without a holder before the rank or a count told as it stands', () => {
    expect(verdicts('The fire started on the fourth floor of the building.', 'en', 'The building has four floors.', 'en')).toEqual([]);
    expect(verdicts("Le feu a pris au quatrième étage de l'immeuble, rue de Rivoli.", 'fr',
      'The fire broke out in a building of four floors on the rue de Rivoli.', 'en')).toEqual([]);
    expect(verdicts("L'attaque a eu lieu dans le 11e arrondissement de la ville.", 'fr',
      'Police closed 11 arrondissements of the city.', 'en')).toEqual([]);
  });
  it('meets the count when the rank has a holder', () => {
    expect(verdicts('The club won its fourth European title on Saturday.', 'en',
      'The club won four European titles.', 'en')).toEqual(['agrees']);
  });
});
