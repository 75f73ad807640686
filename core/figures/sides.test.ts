import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';
import { oneFacility, speakerDoes } from './sides';

const doer = (text: string, lang: 'fr' | 'en'): boolean[] => extractFigures(text, lang).map((f) => speakerDoes(text, f));

describe('speakerDoes: a count of the speaker\'s own doing', () => {
  it('reads a pronoun or possessive taking the speaker up again before the number as its own decision', () => {
    expect(doer('Acme said it would cut 4,700 jobs.', 'en')).toEqual([true]);
    expect(doer('Acme a annoncé la fermeture de ses usines, entraînant la suppression de 1 254 emplois.', 'fr')).toEqual([true]);
  });
  it('does not read "il y a" nor a possessive before a noun of counting as a doer: both sides observe that count', () => {
    expect(doer("La préfecture a indiqué qu'il y avait 50 000 manifestants.", 'fr')).toEqual([false]);
    expect(doer('The union said their count showed 80,000 marchers.', 'en')).toEqual([false]);
    expect(doer('Le syndicat a indiqué que son décompte atteignait 80 000 manifestants.', 'fr')).toEqual([false]);
    expect(doer('La CGT a indiqué que son propre décompte atteignait 80 000 manifestants.', 'fr')).toEqual([false]);
    expect(doer('The union said its own tally reached 80,000 marchers.', 'en')).toEqual([false]);
  });
});

/** Whether the figure of the text written `value` is read as one hospital's count (oneFacility). */
const facility = (text: string, lang: 'fr' | 'en', value: string): boolean | undefined => {
  const f = extractFigures(text, lang).find((x) => x.text.includes(value));
  return f && oneFacility(text, f);
};

describe("oneFacility: a hospital's own count, not a hospital named beside a whole count", () => {
  it('reads a hospital that speaks for the count as its holder', () => {
    expect(facility('A spokesman for the central hospital said 15 people had died in the strikes.', 'en', '15')).toBe(true);
    expect(facility("Un porte-parole de l'hôpital central a annoncé la mort de 15 personnes.", 'fr', '15')).toBe(true);
  });
  it('does not read hospitals in the plural as one facility: they are the whole count\'s sources', () => {
    expect(facility('After checking with all hospitals, the minister said 12 people had died.', 'en', '12')).toBe(false);
    expect(facility('Après vérification auprès de tous les hôpitaux, le ministre a fait état de 12 morts.', 'fr', '12')).toBe(false);
  });
  it('does not read a hospital followed by a word of the total or the toll as the holder of the count', () => {
    expect(facility('A woman injured in the crash died in the hospital on Sunday, bringing the total to 14.', 'en', '14')).toBe(false);
    expect(facility("Un blessé est mort à l'hôpital central et le bilan s'élève désormais à 14 morts.", 'fr', '14')).toBe(false);
  });
  it('does not read a hospital followed by a word of the total or the toll as the holder, with no word of dying in the sentence', () => {
    expect(facility('A spokesman for the hospital said the total rose to 14.', 'en', '14')).toBe(false);
    expect(facility("Après un point de l'hôpital central, le bilan s'élève à 14 morts.", 'fr', '14')).toBe(false);
  });
  it("reads a toll that refers back to the hospital as the hospital's own", () => {
    expect(facility('A spokesman for the central hospital said the death toll there had risen to 15.', 'en', '15')).toBe(true);
    expect(facility("Selon le directeur de l'hôpital central, le bilan de l'établissement atteignait 15 morts.", 'fr', '15')).toBe(true);
  });
  it('reads one hospital as the holder even when hospitals in the plural are named after it', () => {
    expect(facility("Le directeur de l'hôpital central, en lien avec les autres hôpitaux, a annoncé 15 morts.", 'fr', '15')).toBe(true);
  });
  it('reads a noun of the dead before the hospital as no death at the hospital: the hospital still holds the count', () => {
    expect(facility('The dead at the central hospital numbered 15, a doctor said.', 'en', '15')).toBe(true);
    expect(facility("Les morts de l'hôpital central sont au nombre de 15.", 'fr', '15')).toBe(true);
  });
  it('does not read the hospital where someone died as the holder of the count that follows', () => {
    expect(facility("Une femme est décédée à l'hôpital, a annoncé le parquet, l'attaque ayant fait 299 blessés.", 'fr', '299')).toBe(false);
    expect(facility('An elderly man died in hospital, officials said, as the storm left 30 people injured.', 'en', '30')).toBe(false);
  });
});
