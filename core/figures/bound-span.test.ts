import { describe, expect, it } from 'vitest';
import { extractFigures } from './extract';

const one = (text: string, lang: 'fr' | 'en') => extractFigures(text, lang).map((f) => ({ low: f.low, high: f.high, unit: f.unit, qualifier: f.qualifier }));

describe('an article after a bound word and before a span of time is the number one', () => {
  it('reads "nearly a week" and "almost a month" at the end of a sentence', () => {
    expect(one('The search lasted nearly a week before the team gave up.', 'en')).toEqual([{ low: 1, high: 1, unit: 'weeks', qualifier: 'about' }]);
    expect(one('The walkout lasted almost a month.', 'en')[0]).toMatchObject({ low: 1, unit: 'months' });
  });
  it('reads "près d\'une semaine" as about one week', () => {
    expect(one("Les recherches ont duré près d'une semaine avant l'abandon.", 'fr')).toEqual([{ low: 1, high: 1, unit: 'weeks', qualifier: 'about' }]);
  });
  it('reads a century or a decade after a bound as one of it, in both languages', () => {
    expect(one('The bridge had stood for over a century.', 'en')[0]).toMatchObject({ low: 1, high: null, unit: 'w:century' });
    expect(one('It was the worst flood in more than a decade.', 'en')[0]).toMatchObject({ low: 1, high: null, unit: 'w:decade' });
    expect(one("Le pont tenait debout depuis plus d'un siècle.", 'fr')[0]).toMatchObject({ low: 1, high: null, unit: 'w:century' });
  });
  it('reads no number where the noun after the article is no span of time', () => {
    expect(one("Le car s'est arrêté près d'un hôpital.", 'fr')).toEqual([]);
    expect(one('The truck drove over a bridge.', 'en')).toEqual([]);
    expect(one('The trial lasted a week.', 'en')).toEqual([]);
  });
  it('keeps "twenty-one" and "vingt et un" whole numbers', () => {
    expect(one('Twenty-one buildings burned.', 'en')[0]).toMatchObject({ low: 21 });
    expect(one('Vingt et un bâtiments ont brûlé.', 'fr')[0]).toMatchObject({ low: 21 });
  });
});
