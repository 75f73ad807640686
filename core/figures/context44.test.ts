import { describe, expect, it } from 'vitest';
import { extractFigures, matchDetail } from './index';
import { readEn as en, readFr as fr } from './test-two-days';

// Sentences written for these tests; the names are invented.

/** The context words of the figure whose text is `q` in an English sentence. */
const ctx = (text: string, q: string): string[] => {
  const f = extractFigures(text, 'en', { published: '2025-06-05' }).find((x) => x.text === q);
  if (!f) throw new Error(`no figure "${q}" in: ${text}`);
  return f.context ?? [];
};

describe('an abbreviation\'s point inside a sentence does not cut a figure\'s clause (context44)', () => {
  it('reads past the last point of "U.S." when a lower-case word follows', () => {
    expect(ctx('Floods in the U.S. in the spring killed 40 people.', '40')).toContain('t-flood');
  });
  it('reads past "a.m." and keeps its letters out of the context (the "m" is no metre)', () => {
    const words = ctx('The storm hit at 6 a.m. and 30 homes were destroyed.', '30');
    expect(words).toContain('t-storm');
    expect(words).not.toContain('m');
  });
  it('reads past a short month\'s point before its day, and the month\'s short name is no word of context', () => {
    const words = ctx('The strike, which began Sept. 13 after workers rejected the offer, costs $1 billion a month.', '1 billion');
    expect(words).toContain('w:begin');
    expect(words).not.toContain('w:sept');
  });
  it('still stops at a point a capitalised word follows: a new sentence, or a name the other report may not give', () => {
    expect(ctx('Officials in the U.S. Senate approved 12 bills.', '12')).not.toContain('w:official');
    expect(ctx('Prices rose in the U.S. The company said 12 stores closed.', '12')).not.toContain('w:rose');
  });
  it('lets one figure told in both languages share the words the abbreviation cut off', () => {
    const century = en('The fire was the deadliest wildfire in the U.S. in over a century.', 'over a');
    const siecle = fr("C'est l'incendie le plus meurtrier aux États-Unis depuis plus d'un siècle.", "plus d'un");
    expect(matchDetail(century, siecle).reason).not.toBe('context');
    expect(matchDetail(siecle, century).reason).not.toBe('context');
  });
});

describe('the abbreviation\'s point, as the review of context44 read it (fix44a)', () => {
  const frCtx = (text: string, q: string): string[] => {
    const f = extractFigures(text, 'fr', { published: '2025-06-05' }).find((x) => x.text === q);
    if (!f) throw new Error(`no figure "${q}" in: ${text}`);
    return f.context ?? [];
  };
  it('stops at a whole month name\'s point: only a month\'s cut runs on to a day or a year', () => {
    expect(ctx('The bill passed in March. 2024 saw 40 people hurt in clashes.', '40')).not.toContain('w:bill');
    expect(ctx('Sales fell in June. 103 of the shops closed after the storm.', '103')).not.toContain('w:sales');
  });
  it('runs past a French month\'s cut in lower case before its year, and the cut is no word of context', () => {
    const words = frCtx('Le scrutin a eu lieu le 7 févr. 2024 et 40 personnes ont été blessées.', '40');
    expect(words).toContain('t-election');
    expect(words).not.toContain('w:fevr');
  });
  it('stops at the point of initials before a number and its counted noun, not before a number and its unit', () => {
    expect(ctx('Troops left the U.S. 40 soldiers died in the clashes.', '40')).not.toContain('w:left');
    expect(ctx('He was given the maximum, i.e. 20 years in prison.', '20 years')).toContain('w:maximum');
  });
  it('keeps a single letter before a sentence\'s point as a word: only letters inside initials are skipped', () => {
    expect(ctx('Rescuers pulled 40 people from water 2 m.', '40')).toContain('m');
    expect(ctx('The storm hit at 6 a.m. and 30 homes were destroyed.', '30')).not.toContain('m');
  });
});

describe('a title\'s letter before a name is no word of context (fix44a)', () => {
  it('reads the French "M." before a name as a title, not as metres', () => {
    const f = extractFigures('Il a obtenu 54 % des voix contre 44 % pour M. Durand.', 'fr', { published: '2025-06-05' }).find((x) => x.text === '44 %');
    expect(f?.context ?? []).not.toContain('m');
  });
});
