import { describe, expect, it } from 'vitest';
import { speakerOf } from './test-speakers';


// speaker37: "selon les résultats portant sur 95 % des bulletins": a group ending on a present participle before "sur"
// is unfinished (what the results bear on follows), never a speaker; the sayer after the figure speaks.
describe('a role never ends on a present participle before "sur"', () => {
  it('reads no "résultats portant" and leaves the sentence to its sayer', () => {
    const fr = "Selon les résultats portant sur 80% des bulletins, la candidate obtient 41% des voix, rapporte l'agence publique Nordpresse.";
    expect(speakerOf(fr, '41%', 'fr') ?? '').not.toMatch(/portant/);
    expect(speakerOf(fr, '41%', 'fr')).toMatch(/Nordpresse/);
  });

  it('still ends a role before "sur" on a noun', () => {
    expect(speakerOf("Selon le responsable sur place, 30 maisons sont détruites.", '30', 'fr')).toMatch(/responsable/);
    // Nouns in -ant are no participles: the role stops at "sur" (a near-miss of the -ant rule this replaces).
    expect(speakerOf("Selon le correspondant sur place, 30 maisons sont détruites.", '30', 'fr')).toMatch(/correspondant$/);
    expect(speakerOf("Selon un habitant sur place, 12 immeubles sont touchés.", '12', 'fr')).toMatch(/habitant$/);
    expect(speakerOf("Selon les chiffres reposant sur 70 % des bureaux, la liste obtient 38 %, rapporte l'agence Nordpresse.", '38 %', 'fr') ?? '').not.toMatch(/reposant/);
  });
});
