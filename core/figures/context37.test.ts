import { describe, expect, it } from 'vitest';
import { matchDetail } from './index';
import { readEn as en, readFr as fr } from './test-two-days';

// Sentences written for these tests; the names are invented. Each side is read on another day, so that no
// rule of one day (oneDayExactValue) lets the pair through: only the words the two clauses share decide.

describe('the words of a count told in stages meet across languages (w-count)', () => {
  const counting = en('The count covered 62% on Tuesday night.', '62%');
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

describe('a polling station, "bureau de vote", is one word in both languages (w-poll-station)', () => {
  const bureaux = fr('Des observateurs ont signalé des fraudes dans 14 % des bureaux de vote.', '14 %');
  it('"polling stations" meet "bureaux de vote"', () => {
    expect(matchDetail(bureaux, en('Irregularities were flagged at 14% of polling stations.', '14%')).match).toBe('same');
  });
  it('not a police precinct', () => {
    expect(matchDetail(bureaux, en('Complaints rose 14% at the police precinct.', '14%'))).toMatchObject({ match: null, reason: 'context' });
  });
  it('not a share of another place', () => {
    const communes = fr('Des observateurs ont signalé des fraudes dans 14 % des communes.', '14 %');
    expect(matchDetail(communes, en('Irregularities were flagged at 14% of polling stations.', '14%'))).toMatchObject({ match: null, reason: 'context' });
  });
});

describe('"mandat" (the time an office is held) is not every "term"', () => {
  const mandat = fr('Le président sortant entame un nouveau mandat de cinq ans.', 'cinq ans');
  it('refuses a prison term and a long-term deal', () => {
    expect(matchDetail(mandat, en('The incumbent was handed a five-year prison term.', 'five-year'))).toMatchObject({ match: null, reason: 'context' });
    expect(matchDetail(mandat, en('The incumbent signed a long-term deal for five years.', 'five years'))).toMatchObject({ match: null, reason: 'context' });
  });
  it('not another span of five years', () => {
    expect(matchDetail(mandat, en('The incumbent will stay in prison for five years.', 'five years'))).toMatchObject({ match: null, reason: 'context' });
  });
});

describe('two figures do not meet on their source alone', () => {
  it('refuses a figure of another thing told by the same company, leader or agency', () => {
    const pairs: [string, string, string, string][] = [
      ['Les ventes ont bondi de 20 %, selon Tesla.', '20 %', 'Shares of Tesla fell 20% on Monday.', '20%'],
      ['Le chômage atteint 8 %, selon le président Velmar.', '8 %', 'Support for Velmar fell to 8% on Monday.', '8%'],
      ["La participation atteint 52 %, selon l'agence Veltrani.", '52 %', 'The Veltrani agency gave the incumbent 52% on Sunday.', '52%'],
    ];
    for (const [f, fq, e, eq] of pairs) expect(matchDetail(fr(f, fq), en(e, eq)).match, f).toBeNull();
  });
});
