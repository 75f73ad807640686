import { describe, expect, it } from 'vitest';
import { speakerOf } from './test-speakers';


// speaker37: a body that arrests people or records cases gives the number of its own act.
describe('a speaker group counts what it arrests or records', () => {
  it('reads the group before an arrest verb, in both languages', () => {
    expect(speakerOf('Police have arrested four men suspected of looting shops.', 'four', 'en')).toMatch(/^[Pp]olice$/);
    expect(speakerOf('In the capital, city police arrested 45 people overnight.', '45', 'en')).toMatch(/police/);
    expect(speakerOf('La police nationale a interpellé 17 personnes pendant la nuit.', '17', 'fr')).toMatch(/police/);
    expect(speakerOf("Dans le nord, la police régionale a appréhendé 12 suspects.", '12', 'fr')).toMatch(/police/);
  });

  it('reads the group before a verb of recording', () => {
    expect(speakerOf('The regional health agency had recorded 230 cases by Monday.', '230', 'en')).toMatch(/agency/);
    expect(speakerOf("Le ministère de la Santé a enregistré 64 nouveaux cas.", '64', 'fr')).toMatch(/ministère/);
  });

  it('gives way to a sayer of the whole sentence, and never counts a figure before the verb', () => {
    expect(speakerOf('Police arrested 52 people, the interior ministry said.', '52', 'en')).toMatch(/ministry/);
    expect(speakerOf('The flood killed 9 people, and police arrested 3 looters.', '9', 'en')).toBeUndefined();
  });

  it("never counts a figure of a clause after the verb's object", () => {
    expect(speakerOf('Police arrested 3 men after a shooting that killed 12 people.', '12', 'en')).toBeUndefined();
    expect(speakerOf("La police a interpellé 3 hommes après une fusillade qui a fait 12 morts.", '12', 'fr')).toBeUndefined();
  });

  it('never takes a country that records what happens in it, nor a passive without its agent', () => {
    expect(speakerOf('Portugal has so far recorded 31 deaths from the heat.', '31', 'en')).toBeUndefined();
    expect(speakerOf("La Belgique a enregistré une inflation de 4,2 % en mars.", '4,2 %', 'fr')).toBeUndefined();
    expect(speakerOf('Eight people were arrested on Sunday.', 'Eight', 'en')).toBeUndefined();
  });
});
