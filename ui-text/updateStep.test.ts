import { describe, expect, it, vi } from 'vitest';

const ui = vi.hoisted(() => ({ lang: 'en' }));
vi.mock('webextension-polyfill', async () => {
  const { fakeGetMessage } = await import('../test/support/fake-i18n');
  return { default: { i18n: { getMessage: fakeGetMessage(() => ui.lang) } } };
});
const { dayRange, updateStep, updateStepText } = await import('./updateStep');

describe('dayRange', () => {
  it.each([
    ['en', '2025-03-03', '2025-03-04', '3 to 4 March'],
    ['en', '2025-02-27', '2025-03-02', '27 February to 2 March'],
    ['en', '2024-12-30', '2025-01-02', '30 December 2024 to 2 January 2025'],
    ['fr', '2025-03-03', '2025-03-04', 'du 3 au 4 mars'],
    ['fr', '2025-02-27', '2025-03-02', 'du 27 février au 2 mars'],
    ['fr', '2024-12-30', '2025-01-02', 'du 30 décembre 2024 au 2 janvier 2025'],
  ])('%s %s..%s', (lang, from, to, expected) => {
    ui.lang = lang;
    expect(dayRange(from, to)).toBe(expected);
  });
});

describe('updateStep', () => {
  const f = { page: { start: 0, end: 3, text: '180' }, low: 180, high: 180, qualifier: 'exact' as const, unit: 'people', counts: 'people killed', comparisons: [] };
  const c = { source: { id: 's', start: 0, end: 3, text: '120' }, low: 120, high: null, qualifier: 'at-least' as const, verdict: 'updated' as const };
  it('goes from the older value to the newer, with both days when known', () => {
    ui.lang = 'en';
    expect(updateStepText(updateStep({ ...f, moment: '2025-03-04' }, { ...c, newer: 'page', moment: '2025-03-03' })!)).toBe('at least 120 → 180, 3 to 4 March');
    expect(updateStepText(updateStep(f, { ...c, newer: 'source' })!)).toBe('180 → at least 120');
  });
  it('says a vague amount in its own words', () => {
    ui.lang = 'en';
    const vague = { ...c, source: { ...c.source, text: 'des milliers' }, low: 2000, qualifier: 'vague' as const, newer: 'page' as const };
    expect(updateStepText(updateStep(f, vague)!)).toBe('des milliers → 180');
  });
  it('is null for any other verdict', () => {
    expect(updateStep(f, { ...c, verdict: 'overlaps' })).toBeNull();
  });
});
