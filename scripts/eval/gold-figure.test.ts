/** The eval's figure matcher: which engine figure stands for a gold figure, so a date inside a longer gold span is not it. */
import { describe, expect, it } from 'vitest';
import { isGoldFigure } from './devset';

const text = 'Le plan prévoit 3 000 postes en moins en 2026, a-t-il dit.';
const gold = (quote: string) => ({ quote, start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

describe('isGoldFigure', () => {
  it("takes the engine figure that covers the gold quote's number", () => {
    expect(isGoldFigure(at('3 000 postes'), gold('3 000 postes en moins en 2026'))).toBe(true);
  });
  it('refuses a later number inside the gold span', () => {
    expect(isGoldFigure(at('2026'), gold('3 000 postes en moins en 2026'))).toBe(false);
  });
  it('takes a number written in words before the first digit', () => {
    const t = "plus d'un million de personnes ont manifesté ce jeudi 18 septembre";
    const g = { quote: t, start: 0, end: t.length };
    expect(isGoldFigure({ start: 0, end: 17 }, g)).toBe(true);
    expect(isGoldFigure({ start: t.indexOf('18'), end: t.length }, g)).toBe(true);
    expect(isGoldFigure({ start: t.indexOf('septembre'), end: t.length }, g)).toBe(false);
  });
  it('matches a quote without digits on its whole span', () => {
    expect(isGoldFigure({ start: 5, end: 9 }, { quote: 'trois morts', start: 0, end: 11 })).toBe(true);
    expect(isGoldFigure({ start: 11, end: 14 }, { quote: 'trois morts', start: 0, end: 11 })).toBe(false);
  });
});
