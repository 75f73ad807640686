import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';
import type { Lang } from '../types';

// Sentences written for these tests (unit34).
const fig = (text: string, lang: Lang, q: string) => extractFigures(text, lang).find((f) => f.text.includes(q));
const unitOf = (text: string, lang: Lang, q: string) => fig(text, lang, q)?.unit;

describe('nouns of people the table lacked (unit34)', () => {
  it('reads French "adversaires" as opponents, not a noun of its own', () => {
    const f = fig('Le président sortant affronte cinq adversaires.', 'fr', 'cinq');
    expect(f?.unit).toBe('people');
    expect(f?.countsKey[0]?.startsWith('w:')).toBe(false);
  });
});
