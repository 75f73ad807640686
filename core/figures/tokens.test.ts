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

describe('an apostrophe between digits groups thousands, Swiss usage (written for this test, units20)', () => {
  const digits = (text: string, lang: 'fr' | 'en') => tokenize(fold(text), lang, text).filter((t) => t.kind === 'd').map((t) => t.v);
  it('reads "33\'000" and "1’250’000" as one number, in both languages', () => {
    expect(digits("Une grève de quelque 33'000 employés.", 'fr')).toEqual([33000]);
    expect(digits('Le canton compte 1’250’000 habitants.', 'fr')).toEqual([1250000]);
    expect(digits("Some 12'500 people attended.", 'en')).toEqual([12500]);
  });
  it('keeps two numbers apart when the apostrophe is not followed by three digits', () => {
    expect(digits("Il mesure 5'10 et pèse 70 kg.", 'fr')).toEqual([5, 10, 70]);
  });
});
