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

  it("each of the reader's articles has a date input, named for it, that sets and clears its day; bundled ones have none", () => {
    const root = document.createElement('div');
    document.body.appendChild(root);
    const set: Array<[string, string | null]> = [];
    const entries = [entry('a', 'Séisme au Maroc', true), { ...entry('c', 'Retraites : la mobilisation', false), published: '2023-01-31' }, entry('d', 'Sans date', false)];
    act(() => render(<CorpusList entries={entries} onRemove={() => undefined} onSetPublished={(id, day) => set.push([id, day])} />, root));
    const inputs = [...root.querySelectorAll('input[type=date]')] as HTMLInputElement[];
    expect(inputs.map((i) => i.getAttribute('aria-label'))).toEqual(['Publication date of “Retraites : la mobilisation”', 'Publication date of “Sans date”']);
    expect(inputs.map((i) => i.value)).toEqual(['2023-01-31', '']);
    act(() => {
      inputs[1]!.value = '2024-12-20';
      inputs[1]!.dispatchEvent(new Event('change', { bubbles: true }));
      inputs[0]!.value = '';
      inputs[0]!.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(set).toEqual([['d', '2024-12-20'], ['c', null]]);
  });
});
