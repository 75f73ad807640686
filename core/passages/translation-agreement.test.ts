import { describe, expect, it } from 'vitest';
import type { Passage } from '../types';
import { strayTranslations, type TranslatedPair } from './translation-agreement';

/** A translated passage of page span [0, 40) from source `id`, scoring `score`. */
const pass = (id: string, score: number, start = 0): Passage => ({
  kind: 'paraphrase',
  score,
  page: { start, end: start + 40, text: 'x'.repeat(40) },
  source: { id, start: 0, end: 10, text: 'y'.repeat(10) },
  translated: true,
});
const w = (): number => 1;

describe('strayTranslations (one page statement, its translations agree)', () => {
  it('drops a weak partner whose source sentence tells something else than the best one', () => {
    const best: TranslatedPair = { p: pass('a', 0.4), keys: ['#2', 'c:hospital', 'p:medi', 'c:w-good'], quoted: false };
    const stray: TranslatedPair = { p: pass('b', 0.15), keys: ['c:t-army', 'p:comm', 'c:killed'], quoted: false };
    expect([...strayTranslations([best, stray], w)]).toEqual([stray.p]);
  });
  it('keeps a weak partner that restates the best one, a quote, a close second, or when none is strong', () => {
    const best: TranslatedPair = { p: pass('a', 0.4), keys: ['#2', 'c:hospital', 'p:medi', 'c:w-good'], quoted: false };
    const restates: TranslatedPair = { p: pass('b', 0.15), keys: ['p:medi', 'c:w-good', 'c:t-army'], quoted: false };
    const quote: TranslatedPair = { p: pass('c', 0.15), keys: ['c:w-work', 'c:nation'], quoted: true };
    const second: TranslatedPair = { p: pass('d', 0.3), keys: ['c:w-work', 'c:nation'], quoted: false };
    expect(strayTranslations([best, restates, quote, second], w).size).toBe(0);
    const weakBest: TranslatedPair = { p: pass('a', 0.2), keys: ['#2'], quoted: false };
    const other: TranslatedPair = { p: pass('b', 0.1), keys: ['c:killed'], quoted: false };
    expect(strayTranslations([weakBest, other], w).size).toBe(0);
  });
  it('compares only partners of one page span', () => {
    const best: TranslatedPair = { p: pass('a', 0.4), keys: ['#2'], quoted: false };
    const elsewhere: TranslatedPair = { p: pass('b', 0.1, 100), keys: ['c:killed'], quoted: false };
    expect(strayTranslations([best, elsewhere], w).size).toBe(0);
  });
});
