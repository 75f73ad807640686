import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';
import { speakerDoes } from './sides';

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
