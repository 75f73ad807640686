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

// fixctx36: the review's cases, sentences written for these tests.
describe('which words say a rate period (fixctx36)', () => {
  const ctx = (text: string, lang: Lang, q: string) => at(text, lang, q).context ?? [];
  it('the periods are read: positive checks', () => {
    expect(ctx('Monthly inflation slowed to 0.6% in March.', 'en', '0.6%')).toContain('period-1m');
    expect(ctx("L'inflation a atteint 7,2 % sur douze mois en mars.", 'fr', '7,2 %')).toContain('period-12m');
    expect(ctx("Le taux annuel d'inflation a atteint 7,2 % en mars.", 'fr', '7,2 %')).toContain('period-12m');
  });
  it('a per-year word of another count of the clause is not the period', () => {
    const c = ctx("L'inflation mensuelle a ralenti à 0,6 % en mars, tandis que le taux annuel a atteint 7,2 %.", 'fr', '0,6 %');
    expect(c).toContain('period-1m');
    expect(c).not.toContain('period-12m');
    const m = at("L'inflation mensuelle a ralenti à 0,6 % en mars, tandis que le taux annuel a atteint 7,2 %.", 'fr', '0,6 %');
    const annualEn = at('Consumer prices rose at an annual rate of 7.2% in March.', 'en', '7.2%');
    expect(matchDetail(m, annualEn)).toMatchObject({ match: null, reason: 'period' });
  });
  it('a period phrase of another segment gives none of its words', () => {
    const f = at("L'inflation a atteint 1,1 % en mars, soit 14 % en rythme annuel.", 'fr', '1,1 %');
    expect(f.context ?? []).not.toContain('period-12m');
    expect(f.context ?? []).not.toContain('per-year');
    expect(f.countsKey).not.toContain('per-year');
  });
  it('"a year earlier" is a moment, not an annual rate', () => {
    const c = ctx('Monthly inflation was 0.6% in March, against 0.5% a year earlier.', 'en', '0.6%');
    expect(c).toContain('period-1m');
    expect(c).not.toContain('period-12m');
    const text = 'Monthly inflation was 0.6% in March, against 0.5% a year earlier.';
    const annualEn = at('Consumer prices rose at an annual rate of 7.2% in March.', 'en', '7.2%');
    const monthlyFr = at("L'inflation mensuelle a atteint 0,5 % en mars.", 'fr', '0,5 %');
    expect(matchDetail(at(text, 'en', '0.6%'), annualEn)).toMatchObject({ match: null, reason: 'period' });
    expect(matchDetail(at(text, 'en', '0.5%'), monthlyFr).reason).not.toBe('period');
  });
  it('a period word of another noun is no period', () => {
    expect(ctx('At its annual meeting, the group said sales rose 9% in March.', 'en', '9%')).not.toContain('period-12m');
    const copies = at('Le mensuel a vendu 85 000 exemplaires en mars.', 'fr', '85 000');
    const monthlyRate = at('Monthly inflation slowed to 0.6% in March.', 'en', '0.6%');
    expect(matchDetail(copies, monthlyRate).reason).not.toBe('period');
  });
  it('twelve months told with digits', () => {
    expect(ctx('The 12-month inflation rate was 7.2% in March.', 'en', '7.2%')).toContain('period-12m');
    expect(ctx("L'inflation sur les 12 derniers mois a atteint 7,2 % en mars.", 'fr', '7,2 %')).toContain('period-12m');
  });
});

describe('a unit word of the period phrase (periodUnits, fixctx36)', () => {
  it('is recorded when the phrase gave it, not when the clause says it apart', () => {
    const yoy = at('Prices rose 7.2% year-on-year in March.', 'en', '7.2%');
    expect(yoy.context).toContain('period-12m');
    expect(yoy.periodUnits ?? []).toContain(yoy.context!.find((c) => c === 'years') ?? 'years');
    const apart = at('Annual inflation reached 7.2% in March, up from 5.1% over the previous years.', 'en', '7.2%');
    expect(apart.context).toContain('period-12m');
    expect(apart.periodUnits ?? []).toHaveLength(0);
  });
});
