import { describe, expect, it } from 'vitest';
import { extractFigures, matchDetail } from './index';
import type { Lang } from '../types';

// Sentences written for these tests (ctx37); the names are invented. Each side is read on another day, so that no
// rule of one day (oneDayExactValue) lets the pair through: only the words the two clauses share decide.
const at = (text: string, lang: Lang, q: string, published: string) => {
  const f = extractFigures(text, lang, { published }).find((x) => x.text === q);
  if (!f) throw new Error(`no figure "${q}" in: ${text}`);
  return f;
};
const fr = (text: string, q: string) => at(text, 'fr', q, '2025-06-02');
const en = (text: string, q: string) => at(text, 'en', q, '2025-06-05');

describe('the words of a count told in stages meet across languages (w-count, ctx37)', () => {
  const counting = en('Counting covered 62% on Tuesday night.', '62%');
  it('"dépouillement", "décompte" and "comptage" are the count that "counting" tells', () => {
    for (const noun of ['Le dépouillement', 'Le décompte', 'Le comptage']) {
      const f = fr(`${noun} portait sur 62 % mardi soir.`, '62 %');
      expect(f.context).toContain('w:count');
      expect(matchDetail(f, counting).match).toBe('same');
    }
  });
  it('still refuses a share whose clause tells no count', () => {
    const other = fr('La sécheresse touchait 62 % mardi soir.', '62 %');
    expect(matchDetail(other, counting)).toMatchObject({ match: null, reason: 'context' });
  });
});

describe('a polling station, "bureau de vote", is one word in both languages (w-poll-station, ctx37)', () => {
  const bureaux = fr('Des observateurs ont signalé des fraudes dans 14 % des bureaux de vote.', '14 %');
  it('"polling stations" and "precincts" meet "bureaux de vote"', () => {
    expect(matchDetail(bureaux, en('Irregularities were flagged at 14% of polling stations.', '14%')).match).toBe('same');
    expect(matchDetail(bureaux, en('Irregularities were flagged at 14% of precincts.', '14%')).match).toBe('same');
  });
  it('not a share of another place', () => {
    const communes = fr('Des observateurs ont signalé des fraudes dans 14 % des communes.', '14 %');
    expect(matchDetail(communes, en('Irregularities were flagged at 14% of polling stations.', '14%'))).toMatchObject({ match: null, reason: 'context' });
  });
});

describe('the time an office is held: "mandat" / "term" (w-term, ctx37)', () => {
  const mandat = fr('Le président sortant entame un nouveau mandat de cinq ans.', 'cinq ans');
  it('meets "term" and "mandate"', () => {
    expect(mandat.context).toContain('w:term');
    expect(matchDetail(mandat, en('The incumbent was sworn in for a new five-year term.', 'five-year')).match).toBe('same');
    expect(matchDetail(mandat, en('The board gave the incumbent a five-year mandate.', 'five-year')).match).toBe('same');
  });
  it('not another span of five years', () => {
    expect(matchDetail(mandat, en('The incumbent will stay in prison for five years.', 'five years'))).toMatchObject({ match: null, reason: 'context' });
  });
});

describe('the source one clause names as its speaker, named in the other clause (speakerNamedIn, ctx37)', () => {
  const said = fr('Le président sortant obtient 52 %, selon l\'agence Veltrani.', '52 %');
  it('is a word both clauses share when they tell one number', () => {
    expect(said.saidBy).toContain('Veltrani');
    expect(matchDetail(said, en('The Veltrani agency gave the incumbent 52% on Sunday.', '52%')).match).toBe('same');
  });
  it('not another source, nor two numbers', () => {
    expect(matchDetail(said, en('The Dorsani agency gave the incumbent 52% on Sunday.', '52%'))).toMatchObject({ match: null, reason: 'context' });
    expect(matchDetail(said, en('The Veltrani agency gave the incumbent 48% on Sunday.', '48%'))).toMatchObject({ match: null, reason: 'context' });
  });
});
