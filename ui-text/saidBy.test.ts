import { describe, expect, it, vi } from 'vitest';

const ui = vi.hoisted(() => ({ lang: 'fr' }));
vi.mock('./i18n', () => ({
  uiLang: () => ui.lang,
  t: (key: string, who: string) => (key === 'saidByQuoted' ? `selon « ${who} »` : `selon ${who}`),
}));

import { saidByText } from './saidBy';

describe('saidByText', () => {
  it('writes a speaker of the UI language as it is', () => {
    ui.lang = 'fr';
    expect(saidByText('la CGT', 'fr')).toBe('selon la CGT');
  });
  it('quotes a speaker written in another language than the UI', () => {
    ui.lang = 'fr-FR';
    expect(saidByText('the unions', 'en')).toBe('selon « the unions »');
  });
  it('leaves a speaker of unknown language unquoted', () => {
    ui.lang = 'fr';
    expect(saidByText('the unions', undefined)).toBe('selon the unions');
  });
  it('compares languages by their primary subtag', () => {
    ui.lang = 'en-US';
    expect(saidByText('the unions', 'en-GB')).toBe('selon the unions');
  });
});
