import { describe, expect, it } from 'vitest';
import { extractFigures, matchDetail } from './index';

// Sentences written for these tests: a place said on one side only, the other article placing no name at all.
describe('a count placed on one side, the other article placing no name', () => {
  // Article A is set in Valcourt (named three times after a preposition); article B names no place and no nation.
  const setIn = 'Incendie à Valcourt\nÀ Valcourt, le feu a fait 41 morts. Les secours restent mobilisés à Valcourt. Le maire de Valcourt a parlé.';
  const placed = extractFigures(setIn, 'fr').find((f) => f.text.includes('41'))!;
  const figureOf = (text: string) => extractFigures(text, 'en').find((f) => /38/.test(f.text))!;

  it('is one count: the placeless article tells the story whole, and the other article is set in its place', () => {
    const placeless = figureOf('Deadly blaze\nThe death toll rose to 38 on Saturday, rescuers said. Families waited for news all night.');
    expect(placed.countsKey).toContain('loc:valcurt');
    expect(placeless.setting).toBeUndefined();
    expect(placeless.lead).toBeUndefined();
    expect(placeless.placeless).toBe(true);
    expect(matchDetail(placeless, placed).match).toBe('same');
  });

  it('is still one count when the article names a nation once, in passing', () => {
    const once = figureOf('Deadly blaze\nThe death toll rose to 38 on Saturday, rescuers said. The fire was the worst in Portugal this year.');
    expect(once.placeless).toBe(true);
    expect(matchDetail(once, placed).match).toBe('same');
  });

  it('is two counts when the article names its nation again and again: its count may be the nation\'s whole', () => {
    const national = figureOf('Fires across Portugal\nThe death toll rose to 38 on Saturday, rescuers said. Portugal has asked for help, and more fires are burning in Portugal.');
    expect(national.placeless).toBeUndefined();
    expect(matchDetail(national, placed).reason).toBe('places');
  });

  it('is two counts when the article places another name', () => {
    const elsewhere = figureOf('Deadly blaze\nThe death toll rose to 38 on Saturday in Brennac, rescuers said.');
    expect(elsewhere.placeless).toBeUndefined();
    expect(matchDetail(elsewhere, placed).reason).toBe('places');
  });
});
