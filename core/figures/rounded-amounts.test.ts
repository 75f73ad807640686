import { describe, expect, it } from 'vitest';
import { extractFigures, matchDetail } from './index';
import type { Lang } from '../types';

// Sentences written for these tests; the names are invented. Each side is read on another day, so that no rule of
// one day (oneDayExactValue) lets a pair through: only the words the two clauses share and the two values decide.
const at = (text: string, lang: Lang, q: string, published: string) => {
  const f = extractFigures(text, lang, { published }).find((x) => x.text === q);
  if (!f) throw new Error(`no figure "${q}" in: ${text}`);
  return f;
};
const fr = (text: string, q: string) => at(text, 'fr', q, '2025-06-02');
const en = (text: string, q: string) => at(text, 'en', q, '2025-06-05');

describe('one amount in millions rounded two ways asks one shared word, as one value does (+rounded)', () => {
  const precise = fr('Le tribunal a condamné le groupe Varnel à payer 212,47 millions de dollars.', '212,47 millions');
  it('"$212M" and "212.4 million" (cut) and "212,5 millions" (rounded) meet "212,47 millions" on one shared word', () => {
    for (const [text, q] of [['A judge ordered Varnel to return $212M.', '212M'],
      ['A judge ordered Varnel to return $212.4 million.', '212.4 million']] as const) {
      expect(matchDetail(en(text, q), precise)).toMatchObject({ match: 'same' });
    }
    expect(matchDetail(fr('Le groupe Varnel devra rendre 212,5 millions de dollars.', '212,5 millions'), precise).match).toBe('same');
  });
  it('still asks that one word: no shared word, no comparison', () => {
    expect(matchDetail(en('Shares worth $212M changed hands last year.', '212M'), precise)).toMatchObject({ match: null, reason: 'context', bar: 'unit+rounded' });
  });
  it('not two amounts further apart than a rounding', () => {
    expect(matchDetail(en('A judge ordered Varnel to return $220 million.', '220 million'), precise)).toMatchObject({ match: null, reason: 'context', bar: 'unit' });
  });
  it('not a range, whose middle only is near the amount', () => {
    const range = fr('Le groupe Varnel devra rendre entre 200 et 225 millions de dollars.', 'entre 200 et 225 millions');
    expect(matchDetail(range, en('A judge ordered Varnel to return $212.4 million.', '212.4 million'))).toMatchObject({ match: null, reason: 'context', bar: 'unit' });
  });
});
