// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { CompareResult, FigureReport, Passage } from '../core/types';
import type { TabState } from '../messaging/protocol';

// Outside an extension there is no browser.i18n: t() then falls back to the bundled English.
vi.mock('webextension-polyfill', () => ({ default: { i18n: { getMessage: () => '' } } }));
const { TabView } = await import('./TabView');

// A page on a budget plan against two sources: one in French, one in English.
const page = 'The prime minister presented a plan to save 43.8 billion euros next year, including two public holidays.';
const span = (text: string) => ({ start: page.indexOf(text), end: page.indexOf(text) + text.length, text });
const passages: Passage[] = [
  { kind: 'close', score: 0.8, page: span('a plan to save 43.8 billion euros'), source: { id: 'en1', start: 0, end: 35, text: 'a plan to save €43.8 billion euros' } },
  { kind: 'paraphrase', score: 0.5, translated: true, page: span('two public holidays'), source: { id: 'fr1', start: 0, end: 21, text: 'deux jours fériés' } },
];
const billions: FigureReport = {
  page: span('43.8 billion euros'), low: 43.8e9, high: 43.8e9, qualifier: 'exact', unit: 'euros', counts: 'savings', salient: true,
  comparisons: [{ source: { id: 'fr1', start: 30, end: 46, text: '43,8 milliards' }, low: 43.8e9, high: 43.8e9, qualifier: 'exact', verdict: 'agrees' }],
};
const holidays: FigureReport = {
  page: span('two'), low: 2, high: 2, qualifier: 'exact', unit: 'w:holiday', counts: 'public holidays', salient: false,
  comparisons: [{ source: { id: 'fr1', start: 0, end: 4, text: 'deux' }, low: 2, high: 2, qualifier: 'exact', verdict: 'differs' }],
};
const result: CompareResult = {
  sameStory: true,
  sources: [{ id: 'fr1', title: 'Budget : le plan', score: 0.7, why: [] }, { id: 'en1', title: 'Budget plan', score: 0.6, why: [] }],
  passages, figures: [billions, holidays], timeline: [],
};
const state: TabState = { status: 'done', title: 'Budget', lang: 'en', result, url: 'https://example.org/budget', inCorpus: false, sourceCount: 2 };
const norm = (x: string | null | undefined) => (x ?? '').replace(/\s+/g, ' ').trim();
const nextFrames = () => act(() => new Promise<void>((r) => setTimeout(r, 100)));

describe('TabView', () => {
  it('paints the verdict and the counts first; passages and figures, below the fold, come after', async () => {
    const root = document.createElement('div');
    document.body.appendChild(root);
    act(() => render(<TabView state={state} />, root));
    expect(norm(root.querySelector('.verdict')?.textContent)).toBe('2 sources cover this story');
    expect(root.querySelectorAll('.source')).toHaveLength(2);
    // The counts are there at once: two passages; one figure row (the small number is folded, and its
    // "differs" does not colour the summary).
    expect([...root.querySelectorAll('.summary .n')].map((n) => n.textContent)).toEqual(['2', '2', '1']);
    expect(root.querySelector('.summary-differs')).toBeNull();
    expect(root.querySelector('.passage')).toBeNull();
    expect(root.querySelector('.figure')).toBeNull();
    await nextFrames();
    expect(root.querySelectorAll('.passage')).toHaveLength(2);
    expect(root.querySelectorAll('li.figure')).toHaveLength(1);
    expect(root.querySelector('button.minor-toggle')).not.toBeNull();
  });

  it('a passage from a source in the other language carries the translation cue and no word diff', async () => {
    const root = document.createElement('div');
    document.body.appendChild(root);
    act(() => render(<TabView state={state} />, root));
    await nextFrames();
    const [same, translated] = [...root.querySelectorAll('.passage')];
    expect([...translated.querySelectorAll('.kind')].map((k) => k.textContent)).toEqual(['paraphrase', 'translation']);
    expect(translated.querySelector('mark.diff')).toBeNull();
    expect(norm(translated.querySelector('.counterpart q')?.textContent)).toBe('deux jours fériés');
    expect(same.querySelector('.kind-translated')).toBeNull();
    // Within one language the words that differ are marked ("€").
    expect(same.querySelector('.counterpart mark.diff')).not.toBeNull();
  });

  it('a counterpart from a source beyond those listed is named by its title (cited), not its id; the sources list stays as listed', async () => {
    const root = document.createElement('div');
    document.body.appendChild(root);
    const unlisted: TabState = { ...state, result: { ...result, sources: result.sources.slice(0, 1) }, sourceCount: 2, cited: { en1: { title: 'Budget plan' } } };
    act(() => render(<TabView state={unlisted} />, root));
    await nextFrames();
    expect(root.querySelectorAll('.source')).toHaveLength(1);
    expect(norm(root.querySelector('.passage .counterpart .label')?.textContent)).toBe('Budget plan');
  });

  it("a figure from a source beyond those listed reads its year against that source's day: a target, not a past year", async () => {
    const root = document.createElement('div');
    document.body.appendChild(root);
    const target: FigureReport = { ...billions, comparisons: [{ ...billions.comparisons[0]!, source: { ...billions.comparisons[0]!.source, id: 'en1' }, year: '2026' }] };
    const unlisted: TabState = { ...state, result: { ...result, figures: [target], sources: result.sources.slice(0, 1) }, sourceCount: 2, cited: { en1: { title: 'Budget plan', published: '2025-07-15' } } };
    act(() => render(<TabView state={unlisted} />, root));
    await nextFrames();
    expect(norm(root.querySelector('li.figure')?.textContent)).toContain('for 2026');
    expect(norm(root.querySelector('li.figure')?.textContent)).not.toContain('in 2026');
  });
});
