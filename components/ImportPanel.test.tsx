// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportProgress } from '../messaging/protocol';
import type { StoredArticle } from '../storage/article';

vi.mock('webextension-polyfill', () => ({ default: { i18n: { getMessage: () => '' } } }));

/** The background's side, scripted: progress steps, then an outcome or a wait for cancel. */
const background = vi.hoisted(() => ({
  sent: [] as StoredArticle[][],
  cancelled: 0,
  steps: [] as ImportProgress[],
  finish: null as null | ((r: { ok: true; added: number; skipped: number } | { ok: false; code: 'cancelled'; message: string }) => void),
}));
vi.mock('./importFiles', async (original) => ({
  ...(await original<typeof import('./importFiles')>()),
  startImport: (articles: StoredArticle[], onProgress: (p: ImportProgress) => void) => {
    background.sent.push(articles);
    background.steps.forEach(onProgress);
    return {
      done: new Promise((resolve) => (background.finish = resolve)),
      cancel: () => {
        background.cancelled += 1;
        background.finish?.({ ok: false, code: 'cancelled', message: 'import cancelled: nothing was saved' });
      },
    };
  },
}));
const { ImportPanel } = await import('./ImportPanel');

const DIR = join(__dirname, '..', 'test', 'fixtures', 'import');
const fixture = (name: string) => new File([readFileSync(join(DIR, name))], name);

async function choose(root: HTMLElement, files: File[]): Promise<void> {
  const input = root.querySelector<HTMLInputElement>('[data-testid=import-input]')!;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change'));
    await new Promise((r) => setTimeout(r, 50));
  });
}

function mount(onImported = vi.fn()) {
  const root = document.createElement('div');
  document.body.appendChild(root);
  act(() => render(<ImportPanel onImported={onImported} />, root));
  return { root, onImported };
}

describe('ImportPanel', () => {
  it('imports the good files, lists each bad one, shows progress, then the counts', async () => {
    background.sent.length = 0;
    background.steps = [{ phase: 'indexing', done: 1, total: 2 }];
    const { root, onImported } = mount();
    await choose(root, [fixture('key-bridge-en.txt'), fixture('blank.txt'), fixture('pont-key-fr.md'), fixture('key-bridge-en-copy.txt'), fixture('figures.csv')]);
    expect(background.sent.map((list) => list.map((a) => a.lang))).toEqual([['en', 'fr']]);
    expect(root.querySelector('progress')?.getAttribute('value')).toBe('1');
    expect(root.querySelector('.progress-text')?.textContent).toBe('Importing: 1 of 2 articles');
    expect(root.querySelector('[data-testid=import-cancel]')).not.toBeNull();
    expect([...root.querySelectorAll('.file-errors li')].map((li) => li.textContent)).toEqual([
      'blank.txt: Empty file (the file is empty)',
      expect.stringMatching(/^figures\.csv: Unknown file type \(not a file Recoupe reads/),
    ]);
    await act(async () => background.finish!({ ok: true, added: 2, skipped: 0 }));
    // The copy was dropped before sending: it counts as skipped.
    expect(root.querySelector('.notice-ok')?.textContent).toBe('Imported 2 articles. Skipped as duplicates or already there: 1.');
    expect(root.querySelector('progress')).toBeNull();
    expect(onImported).toHaveBeenCalledTimes(1);
  });

  it('cancel: the background is told, and the reader reads that nothing was added', async () => {
    background.steps = [];
    background.cancelled = 0;
    const { root } = mount();
    await choose(root, [fixture('key-bridge-en.txt')]);
    await act(async () => root.querySelector<HTMLButtonElement>('[data-testid=import-cancel]')!.click());
    expect(background.cancelled).toBe(1);
    expect(root.querySelector('.notice-error')?.textContent).toBe('Import cancelled: nothing was added.');
  });

  it('while the one write runs: "Saving", an indeterminate bar, Cancel disabled', async () => {
    background.steps = [{ phase: 'saving', done: 1, total: 1 }];
    const { root } = mount();
    await choose(root, [fixture('key-bridge-en.txt')]);
    expect(root.querySelector('.progress-text')?.textContent).toBe('Saving 1 article…');
    expect(root.querySelector('progress')?.hasAttribute('value')).toBe(false);
    expect(root.querySelector<HTMLButtonElement>('[data-testid=import-cancel]')?.disabled).toBe(true);
    await act(async () => background.finish!({ ok: true, added: 1, skipped: 0 }));
  });

  it('one bad file alone: its error is the notice, nothing is sent', async () => {
    background.sent.length = 0;
    const { root } = mount();
    await choose(root, [new File(['{"format": "recoupe-corpus", "version": 3, "articles": []}'], 'corpus.json')]);
    expect(background.sent).toEqual([]);
    expect(root.querySelector('.notice-error')?.textContent).toMatch(/version 3; this Recoupe reads versions 1 and 2/);
  });

  it('the drop zone\'s button opens the file picker (keyboard: it is a button)', () => {
    const { root } = mount();
    const input = root.querySelector<HTMLInputElement>('[data-testid=import-input]')!;
    const click = vi.spyOn(input, 'click').mockImplementation(() => undefined);
    root.querySelector<HTMLButtonElement>('.drop-zone button')!.click();
    expect(click).toHaveBeenCalledTimes(1);
  });
});
