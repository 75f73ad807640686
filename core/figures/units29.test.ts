import { describe, expect, it } from 'vitest';
import { compareFigures, extractFigures } from './index';
import type { Lang } from '../types';

// Sentences written for these tests (unit29): nouns of people and of shops the table lacked, read as the same count in
// both languages.
const doc = (text: string, lang: Lang) => ({ text, lang, figures: extractFigures(text, lang) });
const verdicts = (page: ReturnType<typeof doc>, src: ReturnType<typeof doc>, q: string) =>
  compareFigures(page, [{ id: 's', ...src }]).find((r) => r.page.text === q)?.comparisons.map((c) => c.verdict) ?? [];

describe('nouns of people the table lacked (unit29)', () => {
  it('reads fans and colleagues as people', () => {
    for (const [t, lang] of [['Quelque 45 000 supporters ont envahi la place.', 'fr'], ['About 45,000 fans packed the square.', 'en'],
      ['Ses 120 collègues ont cessé le travail.', 'fr'], ['Two colleagues were hurt.', 'en']] as const) {
      expect(extractFigures(t, lang)[0]?.unit).toBe('people');
    }
    expect(verdicts(doc('About 45,000 people packed the square after the match.', 'en'),
      doc('Quelque 45 000 supporters ont envahi la place après le match.', 'fr'), 'About 45,000')).toEqual(['agrees']);
  });
});

describe('shops and warehouses in two languages (unit29)', () => {
  it('compares hypermarkets and warehouses across languages, and keeps the two apart', () => {
    const fr = doc('Le distributeur va fermer quatre hypermarchés et deux entrepôts en région.', 'fr');
    const en = doc('The retailer will close four hypermarkets and two warehouses in the region.', 'en');
    expect(verdicts(en, fr, 'four')).toEqual(['agrees']);
    expect(verdicts(en, fr, 'two')).toEqual(['agrees']);
    expect(verdicts(doc('The retailer will close four warehouses in the region.', 'en'), doc('Le distributeur va fermer quatre hypermarchés en région.', 'fr'), 'four')).toEqual([]);
  });
});
