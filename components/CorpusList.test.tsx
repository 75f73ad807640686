// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { CorpusEntry } from '../messaging/protocol';

// Outside an extension there is no browser.i18n: t() then falls back to the bundled English.
vi.mock('webextension-polyfill', () => ({ default: { i18n: { getMessage: () => '' } } }));
const { CorpusList } = await import('./CorpusList');

const entry = (id: string, title: string, bundled: boolean, hidden = false): CorpusEntry => ({ id, title, lang: 'fr', bundled, hidden, chars: 2000 });

describe('CorpusList', () => {
  it("names the article in each row's button for screen readers, the visible word first", () => {
    const root = document.createElement('div');
    document.body.appendChild(root);
    const entries = [entry('a', 'Séisme au Maroc : le bilan s’alourdit', true), entry('b', 'Budget 2026 : les pistes du gouvernement', true, true), entry('c', 'Retraites : la mobilisation du 31 janvier', false)];
    act(() => render(<CorpusList entries={entries} onRemove={() => undefined} onToggleHidden={() => undefined} />, root));
    const buttons = [...root.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['Hide', 'Show', 'Remove']);
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual(entries.map((e, i) => `${['Hide', 'Show', 'Remove'][i]} ${e.title}`));
  });
});
