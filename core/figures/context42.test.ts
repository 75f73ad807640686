import { describe, expect, it } from 'vitest';
import { matchDetail } from './index';
import { readEn as en, readFr as fr } from './test-two-days';

// Sentences written for these tests; the names are invented. Each side is read on another day, so that no rule of one
// day lets the pair through: only the words the two clauses share decide.

describe('"semestre" is the half of a year that English calls "half" (ctx42, w-half)', () => {
  const semestre = fr('Le conseil nommera un nouveau directeur au cours du premier semestre 2027.', '2027');
  it('"premier semestre 2027" meets "the first half of 2027"', () => {
    expect(semestre.context).toContain('w:half');
    expect(matchDetail(semestre, en('Corvalis expects to name a new chief executive in the first half of 2027.', '2027')).reason).not.toBe('context');
    expect(matchDetail(en('Corvalis expects to name a new chief executive in the first half of 2027.', '2027'), semestre).reason).not.toBe('context');
  });
  it('still refuses the other half of the year: the half alone is one shared word of the two a year needs', () => {
    const second = en('Corvalis expects to name a new chief executive in the second half of 2027.', '2027');
    expect(matchDetail(semestre, second)).toMatchObject({ match: null, reason: 'context' });
    expect(matchDetail(second, semestre)).toMatchObject({ match: null, reason: 'context' });
  });
});
