import { describe, expect, it } from 'vitest';
import { extractFigures } from './extract';

// Sentences written for these tests.
const fig = (text: string, lang: 'fr' | 'en', q: string) => extractFigures(text, lang).find((f) => f.text === q)!;

describe('two speakers\' values of one count in one sentence', () => {
  it('gives the generic second count what the first one did', () => {
    const text = 'Le cortège a rassemblé 40 000 manifestants selon les syndicats (et 9 000 personnes selon la préfecture), sous la pluie.';
    expect(fig(text, 'fr', '9 000').countsKey).toContain('demonstrate');
  });
  it('leaves a count of another sentence alone', () => {
    expect(fig('40,000 marched, the unions said. 9,000 people live there, the mayor said.', 'en', '9,000').countsKey).not.toContain('demonstrate');
  });
});
