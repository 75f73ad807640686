import { describe, expect, it, vi } from 'vitest';

// The browser's i18n serving nothing: what Chromium did for pages of an extension whose welcome
// page was closed while loading.
vi.mock('webextension-polyfill', () => ({ default: { i18n: { getMessage: () => '', getUILanguage: () => 'en-US' } } }));

const { t, uiLang, englishMessage } = await import('./i18n');

describe('t() without browser messages', () => {
  it('falls back to the bundled English, placeholders filled', () => {
    expect(t('verdictMany', 3)).toBe('3 sources cover this story');
    expect(t('importIndexing', 5, 2)).toBe(englishMessage('importIndexing', ['5', '2']));
    expect(t('importIndexing', 5, 2)).toContain('5');
    expect(t('importIndexing', 5, 2)).toContain('2');
  });
  it('formats numbers in English then, to match the labels', () => {
    expect(uiLang()).toBe('en');
  });
  it('shows an unknown key as itself', () => {
    expect(t('noSuchKey')).toBe('noSuchKey');
  });
});

describe('cached formatters', () => {
  it('one per kind: a publication day and a figure\'s date keep their own formats', async () => {
    const { formatDay, formatInteger, formatPercent } = await import('./i18n');
    const { formatBound } = await import('./figureText');
    expect(formatBound('2025-03-03', 'date')).toBe('March 3, 2025');
    expect(formatDay('2025-03-03')).toBe('Mar 3, 2025');
    expect(formatBound('2025-03-03', 'date')).toBe('March 3, 2025');
    expect([formatInteger(12000), formatPercent(0.634), formatInteger(3)]).toEqual(['12,000', '63%', '3']);
  });
});
