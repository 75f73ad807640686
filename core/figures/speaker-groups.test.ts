import { describe, expect, it } from 'vitest';
import { pronounSays } from './speaker-groups';

// speed40: pronounSays skips the French pattern on a stretch holding none of the letters its pronouns are written with;
// every form of pronoun the pattern reads must still be found, and a stretch without one must give -1.
describe('pronounSays (French)', () => {
  it.each([
    ['Le bilan atteint 40 morts, précise-t-il.', 'il'],
    ['Le bilan atteint 40 morts, a-t-elle ajouté.', 'elle'],
    ['Le bilan atteint 40 morts, ont-ils indiqué.', 'ils'],
    ['Selon lui, 40 personnes sont mortes.', 'lui'],
    ["D'après eux, 40 personnes sont mortes.", 'eux'],
    ['Il a précisé que 40 personnes sont mortes.', 'Il'],
    ['Elles estiment à 40 le nombre de morts.', 'Elles'],
    ['Le bilan, fait-elle savoir, atteint 40 morts.', 'elle'],
  ])('finds the pronoun in %s', (seg, pronoun) => {
    const at = pronounSays(seg, 'fr');
    expect(at).toBeGreaterThanOrEqual(0);
    expect(seg.slice(at)).toContain(pronoun);
  });
  it('gives -1 to a stretch without a pronoun of saying', () => {
    expect(pronounSays('Le ministère a recensé 40 morts dans la région.', 'fr')).toBe(-1);
    expect(pronounSays('Le maire compte 40 morts et des dizaines de blessés.', 'fr')).toBe(-1);
  });
});
