import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens';
import { extractFigures } from './extract';
import { fold } from '../text/fold';
import { writtenApart } from '../concepts';

const words = (text: string): string[] => tokenize(fold(text), 'fr', text).filter((t) => t.kind === 'w').map((t) => t.t);

describe('homographs the concept table writes with their accents (written for this test)', () => {
  it('tells "élevé" (high) from "élève" (a pupil), and reads a text without accents as the table\'s form', () => {
    expect(writtenApart('eleve', 'élevé')).toBe(true);
    expect(writtenApart('eleve', 'élève')).toBe(false);
    expect(writtenApart('eleve', 'eleve')).toBe(false);
    // A word the table writes without accents meets any accents.
    expect(writtenApart('blesses', 'blessés')).toBe(false);
    expect(words('Un niveau élevé, des élèves, des eleves.')).toEqual(['un', 'niveau', 'élevé', 'des', 'eleves', 'des', 'eleves']);
  });
  it('counts no pupils in animals raised ("élevés"), and still counts pupils', () => {
    const counts = (text: string) => extractFigures(text, 'fr', {}).map((f) => f.countsKey[0]);
    expect(counts('Sur 300 élevés en plein air, 40 ont été abattus.')).not.toContain('student');
    expect(counts('Quelque 300 élèves ont été évacués.')).toEqual(['student']);
    expect(counts('Quelque 300 eleves ont ete evacues.')).toEqual(['student']);
  });
});
