import { describe, expect, it } from 'vitest';
import { fig, verdicts } from '../../test/support/figure-probes';

describe("a train's cars are its wagons (unit40)", () => {
  it('reads cars counted in a rail sentence as wagons, in both languages', () => {
    expect(fig('About 40 cars derailed near the station on Sunday.', 'en').unit).toBe('w:wagon');
    expect(fig('A 120-car freight train stopped outside the town.', 'en', '120').unit).toBe('w:wagon');
    expect(fig('Twelve of the forty derailed cars were carrying fuel.', 'en', 'Twelve').unit).toBe('w:wagon');
    expect(fig('Environ 40 voitures du train ont quitté les rails.', 'fr').unit).toBe('w:wagon');
    expect(fig('Une quarantaine de wagons ont déraillé.', 'fr').unit).toBe('w:wagon');
  });
  it('keeps road cars vehicles outside a rail story', () => {
    expect(fig('Police said 40 cars were towed after the parade.', 'en').unit).toBe('vehicles');
    expect(fig('A 3-car crash closed the road for an hour.', 'en', '3').unit).toBe('vehicles');
    expect(fig('Quelque 40 voitures ont été incendiées dans la nuit.', 'fr').unit).toBe('vehicles');
  });
  it('keeps road cars vehicles when a rail word in their sentence does not govern them', () => {
    for (const text of ['About 40 cars were stuck at the level crossing as the train passed.', 'The train station car park holds 400 cars.', 'Some 300 cars were damaged in the flood, the railway said.']) {
      expect(fig(text, 'en', '0')?.unit, text).toBe('vehicles');
    }
  });
  it('keeps a count of cars naming its own whole a vehicle in a rail story', () => {
    const text = 'Le train de 18 heures a déraillé. Le trafic ferroviaire est coupé après le déraillement. Quelque 40 voitures ont été incendiées dans la nuit par des émeutiers.';
    expect(fig(text, 'fr', '40').unit).toBe('vehicles');
    const rail = 'Le train a déraillé. Le trafic ferroviaire est coupé. A freight train derailed on Feb. 3, damaging about 50 cars.';
    expect(fig(rail, 'en', '50').unit).toBe('w:wagon');
  });
  it('reads rails and a derailment verb as rail words', () => {
    expect(fig('About 30 cars left the rails near the bridge.', 'en', '30').unit).toBe('w:wagon');
    expect(fig('Une trentaine de voitures ont déraillé près du pont.', 'fr', 'trentaine').unit).toBe('w:wagon');
  });
  it("reads a car of a rail story as a wagon though its sentence names no train", () => {
    const text = 'A freight train derailed on Friday. The railway closed the line after the derailment. Five of the cars carried fuel.';
    expect(fig(text, 'en', 'Five').unit).toBe('w:wagon');
    expect(fig('Le train a déraillé. Le trafic ferroviaire est coupé après le déraillement. Trois des voitures transportaient du carburant.', 'fr', 'Trois').unit).toBe('w:wagon');
  });
  it('compares French wagons with English cars of a train', () => {
    expect(verdicts('Environ 40 wagons du train de marchandises ont déraillé.', 'fr', 'About 40 cars of the freight train derailed.', 'en')).toContain('agrees');
  });
});
