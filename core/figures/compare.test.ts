import { describe, expect, it } from 'vitest';
import { compareFigures, extractFigures } from './index';
import type { Lang } from '../types';

const doc = (text: string, lang: Lang, published?: string) => ({ text, lang, figures: extractFigures(text, lang, { published }) });
const verdicts = (page: ReturnType<typeof doc>, src: ReturnType<typeof doc>, q: string) =>
  compareFigures(page, [{ id: 's', ...src }]).find((r) => r.page.text === q)?.comparisons.map((c) => c.verdict) ?? [];

describe('compareFigures', () => {
  it('compares counts of a topic noun across languages with no other shared word', () => {
    const fr = doc('Le gouvernement propose de supprimer deux jours fériés.', 'fr');
    const en = doc('The plan would scrap two public holidays.', 'en');
    expect(verdicts(fr, en, 'deux')).toEqual(['agrees']);
  });
});
