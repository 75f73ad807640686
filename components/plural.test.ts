import { describe, expect, it, vi } from 'vitest';

/** The UI language the fake browser serves: '' falls back to the bundled English. */
const ui = vi.hoisted(() => ({ lang: 'en' }));
vi.mock('webextension-polyfill', async () => {
  const { fakeGetMessage } = await import('../test/support/fake-i18n');
  return { default: { i18n: { getMessage: fakeGetMessage(() => ui.lang) } } };
});
const { tCount } = await import('./plural');

describe('tCount', () => {
  it('English: singular for 1 only', () => {
    ui.lang = 'en';
    expect(tCount(1, 'importDoneOne', 'importDone')).toBe('Imported 1 article.');
    expect(tCount(0, 'importDoneOne', 'importDone')).toBe('Imported 0 articles.');
    expect(tCount(12, 'importDoneOne', 'importDone')).toBe('Imported 12 articles.');
    expect(tCount(1, 'moreComparisonsOne', 'moreComparisons')).toBe('…and 1 more source value');
  });

  it('French: singular for 0 and 1, as French counts', () => {
    ui.lang = 'fr';
    expect(tCount(1, 'importDoneOne', 'importDone')).toBe('1 article importé.');
    expect(tCount(0, 'importDoneOne', 'importDone')).toBe('0 article importé.');
    expect(tCount(2, 'importDoneOne', 'importDone')).toBe('2 articles importés.');
    expect(tCount(1, 'moreCounterpartsOne', 'moreCounterparts')).toBe('… et dans 1 autre source');
    expect(tCount(3, 'moreSourcesOne', 'moreSources')).toBe('… et 3 autres sources sur cette histoire dans votre corpus.');
  });
});
