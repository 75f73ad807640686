import { describe, expect, it } from 'vitest';
import { extractFigures, matchDetail } from './index';
import type { Lang } from '../types';

// Sentences written for these tests (ctx36); the country and the office are invented.
const at = (text: string, lang: Lang, q: string, published = '2025-06-12') => {
  const f = extractFigures(text, lang, { published }).find((x) => x.text === q || x.text.replace(/\s/g, ' ').startsWith(q));
  if (!f) throw new Error(`no figure "${q}" in: ${text}`);
  return f;
};

describe('the period a rate is measured over (ratePeriods)', () => {
  const annualEn = at('Consumer prices rose at an annual rate of 41.2% in May, the statistics office said.', 'en', '41.2%');
  const annualFr = at("La hausse des prix à la consommation a atteint 38,5 % sur douze mois en mai, selon l'office.", 'fr', '38,5 %');
  const yoyFr = at('En glissement annuel, la hausse des prix atteint 38,5 % en mai.', 'fr', '38,5 %');
  const monthlyFr = at('La hausse des prix à la consommation a atteint 3,1 % en rythme mensuel en mai.', 'fr', '3,1 %');
  const monthlyEn = at('Monthly inflation slowed to 3.4% in May, the statistics office said.', 'en', '3.4%');
  it('one annual rate told in two languages meets: the period is a shared word', () => {
    expect(matchDetail(annualEn, annualFr)).toMatchObject({ match: 'same' });
    expect(matchDetail(annualEn, yoyFr)).toMatchObject({ match: 'same' });
  });
  it('an annual rate and a monthly rate are two counts, never compared', () => {
    expect(matchDetail(annualEn, monthlyFr)).toMatchObject({ match: null, reason: 'period' });
    expect(matchDetail(monthlyEn, annualFr)).toMatchObject({ match: null, reason: 'period' });
  });
  it('two monthly rates are not set apart by their period', () => {
    expect(matchDetail(monthlyEn, monthlyFr).reason).not.toBe('period');
  });
  it("the period of another count of the clause is not the figure's", () => {
    const both = 'Monthly inflation slowed to 3.4% in May, while the annual rate reached 41.2%.';
    const m = at(both, 'en', '3.4%');
    const y = at(both, 'en', '41.2%');
    expect(matchDetail(m, annualFr)).toMatchObject({ match: null, reason: 'period' });
    expect(matchDetail(y, monthlyFr)).toMatchObject({ match: null, reason: 'period' });
  });
  it('a rate with no period said is not set apart from one with a period', () => {
    const bare = at('Inflation reached 41.2% in May, the statistics office said.', 'en', '41.2%');
    expect(matchDetail(bare, annualFr).reason).not.toBe('period');
    expect(matchDetail(bare, monthlyFr).reason).not.toBe('period');
  });
  it('the masculine "taux annuel" (per-year) is the period of "annual rate"', () => {
    const tauxAnnuel = at("Le taux annuel d'inflation a atteint 41,2 % en mai.", 'fr', '41,2 %');
    expect(matchDetail(tauxAnnuel, monthlyEn)).toMatchObject({ match: null, reason: 'period' });
  });
});
