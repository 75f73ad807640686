// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { CorpusEntry } from '../messaging/protocol';
import fr from '../public/_locales/fr/messages.json';

// The browser serving the French messages, as in a French Firefox or Chromium.
vi.mock('webextension-polyfill', () => ({
  default: { i18n: { getMessage: (key: string) => (fr as Record<string, { message: string }>)[key]?.message.replace(/\$[A-Z]+\$/g, '') ?? '' } },
}));
const { formatDay } = await import('../ui-text/i18n');
const { CorpusList } = await import('./CorpusList');

const entry = (id: string, published?: string): CorpusEntry => ({ id, title: id, lang: 'fr', bundled: true, hidden: false, chars: 1200, published });

describe('publication days in French', () => {
  it('formats the day as written, in the UI language', () => {
    expect(formatDay('2024-10-28')).toBe('28 oct. 2024');
    expect(formatDay('2024-12-04')).toBe('4 déc. 2024');
  });
  it('the corpus list shows each article\'s day, or "date inconnue"', () => {
    const root = document.createElement('div');
    act(() => render(<CorpusList entries={[entry('a', '2024-10-21'), entry('b')]} />, root));
    const rows = [...root.querySelectorAll('.source-strength')].map((r) => r.textContent);
    expect(rows[0]).toContain('21 oct. 2024');
    expect(rows[1]).toContain('date inconnue');
  });
});
