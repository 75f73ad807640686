import { describe, expect, it } from 'vitest';
import type { Lang } from '../types';
import { compareFigures, extractFigures } from './index';

// Sentences written for these tests (cat42): ranks of a title and of a half-year meet across French and English
// (concepts.json w-title, w-half), and a rank of another noun still does not.
const doc = (text: string, lang: Lang) => ({ text, lang, figures: extractFigures(text, lang) });
const verdicts = (page: ReturnType<typeof doc>, src: ReturnType<typeof doc>, q: string) =>
  compareFigures(page, [{ id: 's', ...src }]).find((r) => r.page.text === q)?.comparisons.map((c) => c.verdict) ?? [];

describe('the nouns of a title and of a half-year ranked across two languages (cat42)', () => {
  it('meets "son troisième titre" and "his third title"', () => {
    expect(verdicts(doc('La nageuse Lena Marsh a remporté dimanche à Rome son troisième titre mondial.', 'fr'),
      doc('Swimmer Lena Marsh won her third world title in Rome on Sunday.', 'en'), 'troisième')).toEqual(['agrees']);
  });
  it('meets "au premier semestre" and "in the first half"', () => {
    expect(verdicts(doc('Le groupe Valdor nommera son nouveau directeur général au premier semestre 2026.', 'fr'),
      doc('Valdor will name its new chief executive in the first half of 2026.', 'en'), 'premier')).toEqual(['agrees']);
  });
  it('keeps a title apart from another ranked noun', () => {
    expect(verdicts(doc('La nageuse Lena Marsh a remporté dimanche à Rome son troisième titre mondial.', 'fr'),
      doc('Swimmer Lena Marsh won her third race in Rome on Sunday.', 'en'), 'troisième')).toEqual([]);
  });
});
