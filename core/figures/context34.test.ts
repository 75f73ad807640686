import { describe, expect, it } from 'vitest';
import { extractFigures, matchDetail } from './index';
import type { Lang } from '../types';

// Sentences written for these tests (ctx34); the names are invented.
const at = (text: string, lang: Lang, q: string, published: string) => {
  const f = extractFigures(text, lang, { published }).find((x) => x.text === q);
  if (!f) throw new Error(`no figure "${q}" in: ${text}`);
  return f;
};

describe('one past year on both sides (onePastYear)', () => {
  const one = 'The last movement of this size took place in 1987, historians said.';
  const two = 'No movement had closed the harbours since 1987, the spokesman added.';
  it('a year long before both articles meets with one shared word', () => {
    const a = at(one, 'en', '1987', '2025-03-04');
    const b = at(two, 'en', '1987', '2025-03-05');
    expect(a.unit).toBe('year');
    expect(matchDetail(a, b).match).toBe('same');
  });
  it('not a year of the articles\' own time, the year of many counts', () => {
    const a = at(one.replace('1987', '2024'), 'en', '2024', '2025-03-04');
    const b = at(two.replace('1987', '2024'), 'en', '2024', '2025-03-05');
    expect(matchDetail(a, b).reason).toBe('context');
  });
});
