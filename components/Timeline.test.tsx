// @vitest-environment happy-dom
import { describe, expect, it, vi, beforeEach } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { FigureReport, Timeline, TimelinePoint } from '../core/types';

/** The UI language the fake browser serves: '' falls back to the bundled English. */
const ui = vi.hoisted(() => ({ lang: 'en' }));
vi.mock('webextension-polyfill', async () => {
  const { fakeGetMessage } = await import('../test/support/fake-i18n');
  return { default: { i18n: { getMessage: fakeGetMessage(() => ui.lang) } } };
});
const { TimelineList } = await import('./Timeline');
const { FigureTable } = await import('./FigureTable');

const point = (moment: string, source: string, low: number, high: number | null, sentence: string): TimelinePoint => ({
  published: moment, moment, source, start: 10, end: 13, low, high, qualifier: high === null ? 'at-least' : 'exact', text: String(low), sentence,
});
const timeline: Timeline = {
  counts: 'people killed', countsFr: 'personnes tuées', unit: 'people',
  points: [point('2025-03-03', 'a', 120, 120, 'Les crues ont fait 120 morts.'), point('2025-03-04', 'b', 150, null, 'Au moins 150 morts.'), point('2025-03-05', 'page', 180, 180, 'Le bilan : 180 morts.')],
};
const sources = [{ id: 'a', title: 'Source A', score: 0.5, why: [] }, { id: 'b', title: 'Source B', score: 0.5, why: [] }];

function mount(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.appendChild(root);
  act(() => render(node, root));
  return root;
}
const key = (el: Element, k: string) => act(() => void el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })));

beforeEach(() => {
  ui.lang = 'en';
  document.body.innerHTML = '';
});

describe('TimelineList', () => {
  it('draws one focusable mark per point, the page apart, and a table of the same points', () => {
    const root = mount(<TimelineList timelines={[timeline]} sources={sources} onSelect={() => undefined} />);
    const marks = [...root.querySelectorAll('svg .tl-point')];
    expect(marks).toHaveLength(3);
    expect(marks.every((m) => m.getAttribute('tabindex') === '0' && m.getAttribute('role') === 'button')).toBe(true);
    expect(root.querySelectorAll('.tl-page')).toHaveLength(1);
    expect(root.querySelector('.tl-page')!.getAttribute('aria-label')).toBe('5 March 2025: 180, This page');
    // The open value ("at least 150") has an arrow head and a dashed bar.
    expect(root.querySelectorAll('.tl-arrow')).toHaveLength(1);
    expect(root.querySelectorAll('.tl-open')).toHaveLength(1);
    const rows = [...root.querySelectorAll('.tl-table tbody tr')].map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent));
    expect(rows).toEqual([['3 March 2025', '120', 'Source A'], ['4 March 2025', 'at least 150', 'Source B'], ['5 March 2025', '180', 'This page']]);
    expect(root.querySelector('.tl-table')!.classList.contains('visually-hidden')).toBe(true);
    act(() => root.querySelector<HTMLButtonElement>('.tl-toggle')!.click());
    expect(root.querySelector('.tl-table')!.classList.contains('visually-hidden')).toBe(false);
  });

  it("Enter on a source's point shows its passage; on the page's point it also scrolls the page to the figure", () => {
    const onSelect = vi.fn();
    const root = mount(<TimelineList timelines={[timeline]} sources={sources} onSelect={onSelect} />);
    const source = [...root.querySelectorAll('.tl-point')].find((m) => m.getAttribute('aria-label')!.includes('Source B'))!;
    key(source, 'Enter');
    expect(root.querySelector('.tl-passage blockquote')!.textContent).toBe('Au moins 150 morts.');
    expect(onSelect).not.toHaveBeenCalled();
    key(root.querySelector('.tl-page')!, 'Enter');
    expect(onSelect).toHaveBeenCalledWith('f:10-13');
    expect(root.querySelector('.tl-passage blockquote')!.textContent).toBe('Le bilan : 180 morts.');
  });

  it('says it in French', () => {
    ui.lang = 'fr';
    const root = mount(<TimelineList timelines={[timeline]} sources={sources} onSelect={() => undefined} />);
    expect(root.querySelector('.timeline .counts')!.textContent).toBe('personnes tuées');
    expect(root.querySelector('.tl-page')!.getAttribute('aria-label')).toBe('5 mars 2025\u00a0: 180, Cette page');
    expect(root.querySelector('.tl-table tbody tr:nth-child(2) td:nth-child(2)')!.textContent).toBe('au moins 150');
  });

  it('draws nothing without a timeline', () => {
    expect(mount(<TimelineList timelines={[]} sources={sources} onSelect={() => undefined} />).innerHTML).toBe('');
  });
});

describe('FigureTable: an update reads as a step', () => {
  const figure: FigureReport = {
    page: { start: 10, end: 13, text: '180' }, low: 180, high: 180, qualifier: 'exact', unit: 'people', counts: 'people killed', countsFr: 'personnes tuées', moment: '2025-03-04',
    comparisons: [{ source: { id: 'a', start: 5, end: 8, text: '120' }, low: 120, high: 120, qualifier: 'exact', verdict: 'updated', newer: 'page', moment: '2025-03-03', counts: 'people killed' }],
  };
  const stepText = (root: HTMLElement) => root.querySelector('.update-step')!.textContent!.replace(/\s+/g, ' ').replace(' then ', ' ').replace(' puis ', ' ');

  it.each([
    ['en', '120 → 180 people killed, 3 to 4 March'],
    ['fr', '120 → 180 personnes tuées, du 3 au 4 mars'],
  ])('%s', (lang, expected) => {
    ui.lang = lang;
    const root = mount(<FigureTable figures={[figure]} sources={sources} onSelect={() => undefined} />);
    expect(stepText(root)).toBe(expected);
    expect(root.querySelector('.comparison-updated .verdict-differs')).toBeNull();
  });

  it('puts the older value first when the source is newer', () => {
    const f = { ...figure, moment: '2025-02-27', comparisons: [{ ...figure.comparisons[0], newer: 'source' as const, moment: '2025-03-02' }] };
    const root = mount(<FigureTable figures={[f]} sources={sources} onSelect={() => undefined} />);
    expect(stepText(root)).toBe('180 → 120 people killed, 27 February to 2 March');
  });
});
