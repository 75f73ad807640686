import { describe, expect, it, vi } from 'vitest';

const ui = vi.hoisted(() => ({ lang: 'en' }));
vi.mock('webextension-polyfill', async () => {
  const { fakeGetMessage } = await import('../test/support/fake-i18n');
  return { default: { i18n: { getMessage: fakeGetMessage(() => ui.lang) } } };
});
const { yearNote } = await import('./figureYear');

describe('yearNote', () => {
  it.each([
    ['en', '2026', '2025-07-15', 'for 2026'],
    ['en', '2003', '2025-07-15', 'in 2003'],
    ['en', '2026', null, 'in 2026'],
    ['fr', '2026', '2025-07-15', 'pour 2026'],
    ['fr', '2003', '2025-07-15', 'en 2003'],
  ])('%s: %s against an article of %s reads "%s"', (lang, year, published, expected) => {
    ui.lang = lang;
    expect(yearNote(year, published)).toBe(expected);
  });

  it('says nothing without a year', () => {
    expect(yearNote(undefined, '2025-07-15')).toBeNull();
  });
});
