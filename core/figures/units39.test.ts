import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';
import { inUnitOf } from './unit-scales';
import { fig, verdicts } from '../../test/support/figure-probes';

describe('areas, lengths and durations read in their own unit (unit39)', () => {
  it('reads an area as an area, not a length followed by a 2', () => {
    for (const [text, lang] of [
      ['Plus de 300 km2 de forêt ont brûlé dans la région.', 'fr'],
      ['Plus de 300 km² de forêt ont brûlé dans la région.', 'fr'],
      ['Trois cents kilomètres carrés de forêt ont brûlé.', 'fr'],
      ['More than 300 square kilometres of forest burned in the region.', 'en'],
      ['About 300 sq km of forest burned.', 'en'],
    ] as const) {
      const fs = extractFigures(text, lang);
      expect(fs.map((f) => f.unit), text).toEqual(['km2']);
      expect(fs[0].low).toBe(300);
    }
  });
  it('keeps a length glued to a digit that is no square apart', () => {
    const fs = extractFigures('The road runs 12 km from the town, 3 km2 of it paved.', 'en');
    expect(fs.map((f) => f.unit)).toEqual(['km', 'km2']);
    const glued = extractFigures('The region burned 600 km2023 records show.', 'en');
    expect(glued.map((f) => f.unit)).not.toContain('km2');
  });
  it('reads no area in a capital M2 after a number (fix-unit39)', () => {
    expect(extractFigures('Take line 14 M2 station exit.', 'en').map((f) => f.unit)).not.toContain('m2');
  });
  it('reads French square miles as square miles (fix-unit39)', () => {
    const f = fig('Le feu a brûlé 230 miles carrés de forêt.', 'fr');
    expect(f.unit).toBe('sq-miles');
    expect(f.low).toBe(230);
  });
  it('reads acres as acres, not as hectares', () => {
    expect(fig('The fire has burned 2,100 acres since Tuesday.', 'en').unit).toBe('acres');
    expect(fig('Le feu a brûlé 850 hectares depuis mardi.', 'fr').unit).toBe('hectares');
  });
  it('reads French feet as a distance from a thing, and still as plants', () => {
    expect(fig("Les débris ont été retrouvés à 900 pieds de la coque du navire.", 'fr').unit).toBe('feet');
    expect(fig("La police a saisi 500 pieds de cannabis dans la serre.", 'fr').unit).not.toBe('feet');
  });
  it('reads no feet after the verb "a" nor after "de la" before a kind of plant (fix-unit39)', () => {
    for (const text of ['Le domaine a 10 000 pieds de vigne.', 'Le jardin a 300 pieds de tomates.',
      'Les gendarmes ont saisi 500 pieds de la variété skunk.', "Il a planté 2 000 pieds de l'espèce locale."]) {
      expect(extractFigures(text, 'fr').map((f) => f.unit), text).not.toContain('feet');
    }
    expect(fig("L'épave repose à 400 pieds de la surface.", 'fr').unit).toBe('feet');
    expect(fig("Les débris gisaient 300 pieds de la rive.", 'fr').unit).toBe('feet');
  });
  it('reads hours and minutes after an event as a duration, at a moment as a clock time', () => {
    const d = fig("Le bateau a perdu le contact avec l'équipe 2 h 10 plus tard.", 'fr');
    expect(d.unit).toBe('minutes');
    expect(d.low).toBe(130);
    expect(fig('Le train est parti à 2 h 10 du matin.', 'fr').unit).toBe('time');
    expect(fig('The crew lost contact 2h10 into the flight.', 'en').unit).toBe('minutes');
  });
  it('reads a clock time after "après / after", past half a day, after "scheduled for" or before a zone (fix-unit39)', () => {
    for (const [text, lang] of [
      ['Il est arrivé 1 h 10 après minuit.', 'fr'],
      ['La séance a repris 14 h 30 après une suspension.', 'fr'],
      ['Les secours sont arrivés 23 h 15 après le naufrage.', 'fr'],
      ['The vote is scheduled for 14h30 on Tuesday.', 'en'],
      ['The meeting was set for 9h00 GMT.', 'en'],
    ] as const) {
      expect(extractFigures(text, lang).map((f) => f.unit), text).toEqual(['time']);
    }
  });
  it('reads an approximate duration as about (fix-unit39)', () => {
    const d = fig('Le bateau a coulé environ 1 h 45 plus tard.', 'fr');
    expect(d.unit).toBe('minutes');
    expect(d.low).toBe(105);
    expect(d.qualifier).toBe('about');
  });
});

describe('one measure in two systems (unit39)', () => {
  it('converts a length, an area and a speed given in the other system when the values are one', () => {
    const m = fig('The wreck lies 488 meters from the shore.', 'en');
    const ft = fig('The wreck lies 1,600 feet from the shore.', 'en');
    const conv = inUnitOf(m, ft);
    expect(conv.unit).toBe('m');
    expect(conv.low).toBe(488);
    const ha = fig('The fire has burned 850 hectares of forest.', 'en');
    const ac = fig('The fire has burned 2,100 acres of forest.', 'en');
    expect(inUnitOf(ha, ac).low).toBe(850);
    const kmh = fig('Winds reached 193 km/h on the coast.', 'en');
    const mph = fig('Winds reached 120 mph on the coast.', 'en');
    expect(inUnitOf(kmh, mph).unit).toBe('km/h');
  });
  it('leaves two values of two systems that are no conversion of each other unconverted', () => {
    const m = fig('The wreck lies 488 meters from the shore.', 'en');
    const ft = fig('The wreck lies 2,600 feet from the shore.', 'en');
    expect(inUnitOf(m, ft).unit).toBe('feet');
  });
  it('says a conversion agrees, and never that two systems differ', () => {
    expect(verdicts('Debris was found 1,600 feet from the bow of the wreck.', 'en', 'Des débris ont été retrouvés à 488 mètres de la proue de l’épave.', 'fr')).toEqual(['agrees']);
  });
  it('compares two units of one system exactly: a gap is a gap (fix-unit39)', () => {
    expect(verdicts('The race is 10 km long.', 'en', 'La course fait 10 400 mètres de long.', 'fr')).not.toContain('agrees');
    const km = fig('The race is 10 km long.', 'en');
    const m = fig('The race is 10,400 metres long.', 'en');
    expect(inUnitOf(km, m).low).toBe(10.4);
  });
});
