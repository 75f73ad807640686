import { describe, expect, it } from 'vitest';
import { compareFigures, extractFigures } from './index';
import { exceptionCount } from './exception-count';
import type { Lang } from '../types';

// Sentences written for these tests.
const DAY = '2025-03-04';
const doc = (text: string, lang: Lang) => ({ text, lang, published: DAY, figures: extractFigures(text, lang, { published: DAY }) });
const at = (d: ReturnType<typeof doc>, low: number) => d.figures.find((f) => f.low === low)!;
const verdictOf = (page: ReturnType<typeof doc>, src: ReturnType<typeof doc>, p: number, s: number) =>
  compareFigures(page, [{ id: 's', ...src }])[page.figures.indexOf(at(page, p))].comparisons.find((c) => c.low === s)?.verdict;

describe('exceptionCount', () => {
  it('reads a number after "sauf", "à l\'exception de", "all but", "except for" as a whole\'s exception', () => {
    for (const [text, lang] of [
      ['Selon deux responsables à Lyon, tous sauf 12 étaient des pèlerins non autorisés.', 'fr'],
      ["Tous les élèves, à l'exception de 12, ont été évacués.", 'fr'],
      ['All but 12 were unregistered pilgrims, two officials said.', 'en'],
      ['Every passenger except for 12 was rescued.', 'en'],
      ['Tout le monde à part 12 a voté.', 'fr'],
    ] as [string, Lang][]) {
      const d = doc(text, lang);
      expect(exceptionCount(text, at(d, 12)), text).toBe(true);
    }
  });
  it('leaves a plain count, and a number after a plain "but", alone', () => {
    for (const [text, lang] of [
      ['Selon deux responsables à Lyon, 12 pèlerins étaient non autorisés.', 'fr'],
      ['Rescuers searched all night, but 12 pilgrims are still missing.', 'en'],
      // "none but 12" says exactly 12: a plain count, not the exception of a whole.
      ['None but 12 passengers survived the crash.', 'en'],
      // An exception word with no whole before it says "before" or "besides", and a year is never the exception.
      ['Families save for 12 years before the trip.', 'en'],
      ['The firm employs 1,200 people apart from 12 contractors.', 'en'],
      ['He played a part 12 times last season.', 'en'],
      ['Il a joué, à part 12 matchs, toute la saison.', 'fr'],
    ] as [string, Lang][]) {
      const d = doc(text, lang);
      expect(exceptionCount(text, at(d, 12)), text).toBe(false);
    }
  });
  it('never reads a year after an exception word as the exception', () => {
    const text = 'All except 2019 saw 300 deaths.';
    const d = doc(text, 'en');
    for (const f of d.figures.filter((g) => text.slice(g.start, g.end).includes('2019'))) expect(exceptionCount(text, f)).toBe(false);
    expect(exceptionCount(text, { ...d.figures[0], start: text.indexOf('2019'), end: text.indexOf('2019') + 4 })).toBe(false);
  });
  it('never calls an exception differs against another speaker\'s count', () => {
    const src = doc('The minister said in an interview with state television that 30 pilgrims were receiving treatment in hospitals.', 'en');
    expect(verdictOf(doc('Selon deux responsables à Lyon, tous sauf 12 étaient des pèlerins non autorisés.', 'fr'), src, 12, 30)).toBe('related');
    // The same two speakers with a plain count stay a disagreement: the rule reads the exception only.
    expect(verdictOf(doc('Selon deux responsables à Lyon, 12 pèlerins étaient soignés dans les hôpitaux.', 'fr'), src, 12, 30)).toBe('differs');
  });
  it('lets two exceptions of one whole disagree', () => {
    expect(verdictOf(doc('All but 31 of the pilgrims who died were unregistered, the ministry said.', 'en'), doc('All but 29 of the pilgrims who died were unregistered, officials said.', 'en'), 31, 29)).toBe('differs');
  });
  it('reads "none but 12 survived" as exactly 12, a count that can differ', () => {
    expect(verdictOf(doc('None but 12 passengers survived the crash, the airline said.', 'en'), doc('Only 30 passengers survived the crash, officials said.', 'en'), 12, 30)).toBe('differs');
  });
});
