import { describe, expect, it } from 'vitest';
import { extractFigures } from './extract';
import { matchDetail } from './match';

const at = (text: string, lang: 'fr' | 'en', needle: string) => extractFigures(text, lang).find((f) => f.text.includes(needle));

describe('week labels', () => {
  it('reads a number after a period noun as a week, not a count', () => {
    const figs = extractFigures('Entre les semaines 11 et 14, neuf décès ont été enregistrés.', 'fr');
    const w = figs.find((f) => f.unit === 'week');
    expect(w).toMatchObject({ text: 'semaines 11 et 14', low: 11, high: 14 });
    expect(figs.filter((f) => f.unit === 'people').map((f) => f.low)).toEqual([9]);
  });
  it('reads the capital short form glued to its digits, and not a lower-case one', () => {
    expect(at('Il y a eu 1 784 cas en S18.', 'fr', 'S18')?.unit).toBe('week');
    expect(extractFigures('The 18s were sold out.', 'en').some((f) => f.unit === 'week')).toBe(false);
  });
  it('scopes a count to the one week told right after or right before it', () => {
    const text = 'En semaine 19, 1 266 cas confirmés signalés contre 1 784 en S18.';
    expect(at(text, 'fr', '1 266')?.week).toBe(19);
    expect(at(text, 'fr', '1 784')?.week).toBe(18);
    // A span of weeks is a count's reach, not one week.
    expect(at('Neuf décès survenus entre les semaines 11 et 14.', 'fr', 'Neuf')?.week).toBeUndefined();
  });
  it('keeps two weeks\' counts apart, and a count with no week beside either', () => {
    const a = at('In week 12, 5,832 cases were confirmed.', 'en', '5,832')!;
    const b = at('In week 13, 7,210 cases were confirmed.', 'en', '7,210')!;
    const c = at('Overall, 7,210 cases were confirmed.', 'en', '7,210')!;
    expect(matchDetail(a, b).reason).toBe('week');
    expect(matchDetail(b, c).reason).not.toBe('week');
  });
});
