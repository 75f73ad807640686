import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

// Sentences written for these tests (units26): what a figure counts when the counted noun is not next to the number.
const fig = (text: string, lang: 'fr' | 'en', q: string) => extractFigures(text, lang).find((f) => f.text === q)!;

describe('"from X to Y" / "de X à Y" with the counted noun before (units26)', () => {
  it('gives both values the noun after "number of / nombre de", in both languages', () => {
    const s = 'The number of seats held by the greens fell from 31 to 24 in the vote.';
    expect(fig(s, 'en', '31').unit).toBe('seats');
    expect(fig(s, 'en', '24').unit).toBe('seats');
    const f = 'Le nombre de sièges des écologistes est passé de 31 à 24 lors du scrutin.';
    expect(fig(f, 'fr', '31').unit).toBe('seats');
    expect(fig(f, 'fr', '24').unit).toBe('seats');
  });
  it('gives both values the subject noun of the verb of change, and reads them as two results, not a projected range', () => {
    const a = fig('The liberals saw their seat tally climb from 12 to 19.', 'en', '12');
    const b = fig('The liberals saw their seat tally climb from 12 to 19.', 'en', '19');
    expect(a.unit).toBe('seats');
    expect(b.unit).toBe('seats');
    expect(a.countsKey).not.toContain('projection');
    // A range of seats with its noun after it is still a projection.
    expect(fig('Polls give the party from 120 to 150 seats.', 'en', 'from 120 to 150').countsKey).toContain('projection');
  });
  it('leaves a lone "from X" alone, and a noun another clause names', () => {
    expect(fig('Twelve came from 40 villages.', 'en', '40').unit).not.toBe('seats');
    expect(fig('Il a perdu son siège; la cote est passée de 12 à 19.', 'fr', '12').unit).toBe('number');
  });
});
