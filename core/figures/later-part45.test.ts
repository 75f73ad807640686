import { describe, expect, it } from 'vitest';
import { compareFigures, extractFigures } from './index';
import type { Lang } from '../types';

// Sentences written for this test (related45).
const doc = (text: string, lang: Lang, published?: string) => ({ text, lang, published, figures: extractFigures(text, lang, { published }) });
const verdicts = (page: ReturnType<typeof doc>, src: ReturnType<typeof doc>, q: string) =>
  compareFigures(page, [{ id: 's', ...src }]).find((r) => r.page.text === q)?.comparisons.map((c) => c.verdict) ?? [];

describe('a later count a little below an earlier one of another scope', () => {
  it('reads a later count that names no scope as the count revised, not as a part of an earlier count of a named event', () => {
    const earlier = doc('The Lyon fire: 40 dead and 119 injured in a new toll.', 'en', '2025-10-29');
    expect(verdicts(doc('The fire left 116 people injured, the police said.', 'en', '2025-10-30'), earlier, '116')).toEqual(['updated']);
  });
  it('still reads a later count of a named event below an earlier count that names none as a part', () => {
    const earlier = doc('The fire left 119 people injured, the police said.', 'en', '2025-10-29');
    expect(verdicts(doc('The Lyon fire: 40 dead and 100 injured in a new toll.', 'en', '2025-10-30'), earlier, '100')).toEqual(['related']);
  });
});
