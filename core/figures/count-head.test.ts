import { describe, expect, it } from 'vitest';
import { extractFigures, matchDetail } from './index';

// Sentences written for these tests (units21).
const fig = (text: string, lang: 'fr' | 'en', q: string) => extractFigures(text, lang).find((f) => f.text === q)!;

describe('what a count counts: the head of a compound, a noun family (units21)', () => {
  it('reads the last noun of an English compound after a name as the counted noun', () => {
    const named = fig('The bad patch crashed 2.4 million Linux servers overnight.', 'en', '2.4 million');
    const plain = fig('The bad patch crashed 2.4 million servers overnight.', 'en', '2.4 million');
    expect(named.unit).toBe(plain.unit);
    // A title capitalises every word: the same reading.
    expect(fig('Bad Patch Crashes 2.4 Million Linux Servers', 'en', '2.4 Million').unit).toBe(plain.unit);
    // A name followed by a participle or a verb is the counted people themselves.
    expect(fig('About 300 Palestinians killed in the strikes.', 'en', 'About 300').unit).toBe('people');
    // A lower-case plural before another plural ends its phrase (a relative clause without "that").
    expect(fig('The 12 reforms lawmakers passed were repealed.', 'en', '12').countsKey[0]).toBe('t-reform');
  });

  it('gives computers, devices and machines of both languages one counted noun', () => {
    const units = [
      fig('The faulty update disabled 3.1 million computers.', 'en', '3.1 million'),
      fig('The faulty update disabled 3.1 million Apple devices.', 'en', '3.1 million'),
      fig('La mise à jour a bloqué 3,1 millions d\'ordinateurs.', 'fr', '3,1 millions'),
      fig('La mise à jour a bloqué 3,1 millions de machines.', 'fr', '3,1 millions'),
    ].map((f) => f.unit);
    expect(new Set(units).size).toBe(1);
    expect(units[0]).toBe('w:computer');
    // Another noun keeps its own unit.
    expect(fig('The faulty update disabled 3.1 million phones.', 'en', '3.1 million').unit).not.toBe('w:computer');
  });

  it('reads a magnitude glued to its value in a title, and not a capitalised name so glued', () => {
    expect(fig('Strong 5.8-Magnitude Quake Shakes The Coast', 'en', '5.8').unit).toBe('magnitude');
    expect(fig('a strong 5.8-magnitude quake shook the coast', 'en', '5.8').unit).toBe('magnitude');
    expect(fig('He bought 12 7-Eleven coffees.', 'en', '7').unit).not.toBe('magnitude');
  });

  it('no longer refuses the two languages\' counts of one set of machines on their unit', () => {
    const en = fig('The outage hit 3.1 million computers on Friday.', 'en', '3.1 million');
    const fr = fig('La panne a touché 3,1 millions de machines vendredi.', 'fr', '3,1 millions');
    expect(matchDetail(en, fr).reason).not.toBe('unit');
    expect(matchDetail(en, fig('The outage hit 3.1 million phones on Friday.', 'en', '3.1 million')).reason).toBe('unit');
  });

  it('reads French "pourcent" written in one word as a percentage', () => {
    expect(fig('La panne a touché moins d\'un pourcent des machines.', 'fr', 'moins d\'un pourcent').unit).toBe('percent');
    expect(fig('Cela représente 3 pourcent des ventes.', 'fr', '3 pourcent').unit).toBe('percent');
  });
});
