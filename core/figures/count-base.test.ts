import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';
import type { Lang } from '../types';

/** The context of the figure whose low bound is `value`; throws when no such figure is read, so no test passes on a
 * figure that is missing. */
function contextOf(text: string, lang: Lang, value: number): string[] {
  const f = extractFigures(text, lang).find((g) => g.low === value);
  if (!f) throw new Error(`no figure ${value} in: ${text}`);
  return f.context ?? [];
}

describe('a word glued to a reflexive "s\'" names no concept (count-base.ts afterReflexive)', () => {
  it('reads "s\'élève à" as the verb, not the pupil', () => {
    expect(contextOf("La facture de la rénovation s'élève à 48 millions d'euros.", 'fr', 48e6)).not.toContain('student');
    expect(contextOf("Le montant des aides s'élèvera à 12 millions d'euros.", 'fr', 12e6)).not.toContain('student');
  });
  it('still reads the noun where no reflexive stands before it', () => {
    expect(contextOf('La cantine des élèves a coûté 3 millions d\'euros.', 'fr', 3e6)).toContain('student');
    expect(contextOf('The canteen for pupils cost 3 million dollars.', 'en', 3e6)).toContain('student');
  });
  it('leaves an English word after a spaced "it\'s" alone', () => {
    expect(contextOf("It's students who paid 40 dollars each, the union said.", 'en', 40)).toContain('student');
  });
});
