// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { FigureReport } from '../core/types';

/** The UI language the fake browser serves: '' falls back to the bundled English. */
const ui = vi.hoisted(() => ({ lang: 'en' }));
vi.mock('webextension-polyfill', async () => {
  const { fakeGetMessage } = await import('../test/support/fake-i18n');
  return { default: { i18n: { getMessage: fakeGetMessage(() => ui.lang) } } };
});
const { FigureTable } = await import('./FigureTable');

function mount(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.appendChild(root);
  act(() => render(node, root));
  return root;
}
const norm = (x: string | null | undefined) => (x ?? '').replace(/\s+/g, ' ').trim();

// A page's vague count against a source's vague count and a source's exact one, each with its speaker.
const figure: FigureReport = {
  page: { start: 0, end: 16, text: 'Several thousand' }, low: 2000, high: null, qualifier: 'vague', unit: 'people', counts: 'soldiers sent to Russia', countsFr: 'soldats envoyés en Russie', saidBy: 'the ministry',
  comparisons: [
    { source: { id: 'a', start: 4, end: 16, text: 'des milliers' }, low: 2000, high: null, qualifier: 'vague', verdict: 'agrees', saidBy: 'le ministère' },
    { source: { id: 'a', start: 40, end: 54, text: 'jusqu’à 12.000' }, low: null, high: 12000, qualifier: 'up-to', verdict: 'overlaps', saidBy: 'le renseignement' },
  ],
};
const sources = [{ id: 'a', title: 'Source A', score: 0.5, why: [] }];

describe('FigureTable: counts, speakers and vague words', () => {
  it.each([
    ['en', 'soldiers sent to Russia', 'This page · according to the ministry', 'at least 2,000', 'up to 12,000', 'according to le ministère'],
    ['fr', 'soldats envoyés en Russie', 'Cette page · selon the ministry', 'au moins 2 000', "jusqu'à 12 000", 'selon le ministère'],
  ])('%s', (lang, counts, pageWho, interval, upTo, sourceWho) => {
    ui.lang = lang;
    const root = mount(<FigureTable figures={[figure]} sources={sources} onSelect={() => undefined} />);
    expect(norm(root.querySelector('.counts')?.textContent)).toBe(counts);
    // The writer's own words, with the interval they are compared as beside them.
    expect(norm(root.querySelector('.figure-page .own-words')?.textContent)).toBe('Several thousand');
    expect(norm(root.querySelector('.figure-page .value-interval')?.textContent)).toBe(`(${interval})`);
    expect(norm(root.querySelector('.figure-page .who')?.textContent)).toBe(pageWho);
    const rows = [...root.querySelectorAll('.comparison')];
    const vague = rows.find((r) => r.textContent?.includes('des milliers'));
    expect(norm(vague?.querySelector('.said-by')?.textContent)).toBe(sourceWho);
    // A value written in digits stays formatted, without a second copy of itself.
    const exact = rows.find((r) => r.querySelector('.value')?.textContent?.includes('12'));
    expect(norm(exact?.querySelector('.value')?.textContent).replace(/\u202f|\u00a0/g, ' ')).toBe(upTo);
    expect(exact?.querySelector('.value-interval')).toBeNull();
  });

  // The same figure with the languages known: an English page against a French source.
  it.each([
    ['en', 'This page · according to the ministry', 'according to “le ministère”'],
    ['fr', 'Cette page · selon « the ministry »', 'selon le ministère'],
  ])('%s: a speaker written in another language than the UI is quoted', (lang, pageWho, sourceWho) => {
    ui.lang = lang;
    const root = mount(<FigureTable figures={[figure]} sources={[{ ...sources[0]!, lang: 'fr' }]} pageLang="en" onSelect={() => undefined} />);
    expect(norm(root.querySelector('.figure-page .who')?.textContent).replace(/\u00a0/g, ' ')).toBe(pageWho);
    const vague = [...root.querySelectorAll('.comparison')].find((r) => r.textContent?.includes('des milliers'));
    expect(norm(vague?.querySelector('.said-by')?.textContent).replace(/\u00a0/g, ' ')).toBe(sourceWho);
  });
});

describe('FigureTable: a value for another year than its article says that year', () => {
  // A budget plan of July 2025: "3 000 postes en moins en 2026" on the page, a source's 2003 value and its own 2026 one.
  const plan: FigureReport = {
    page: { start: 0, end: 5, text: '3 000' }, low: 3000, high: 3000, qualifier: 'exact', unit: 'jobs', counts: 'jobs cut', year: '2026',
    comparisons: [
      { source: { id: 'a', start: 0, end: 5, text: '3 000' }, low: 3000, high: 3000, qualifier: 'exact', verdict: 'agrees', year: '2026' },
      { source: { id: 'b', start: 0, end: 5, text: '2 500' }, low: 2500, high: 2500, qualifier: 'exact', verdict: 'related', year: '2003' },
      { source: { id: 'c', start: 0, end: 5, text: '3 000' }, low: 3000, high: 3000, qualifier: 'exact', verdict: 'agrees' },
    ],
  };
  const dated = [
    { id: 'a', title: 'Source A', score: 0.5, why: [], published: '2025-07-16' },
    { id: 'b', title: 'Source B', score: 0.4, why: [], published: '2025-07-15' },
    { id: 'c', title: 'Source C', score: 0.3, why: [], published: '2025-07-15' },
  ];
  it.each([
    ['en', 'This page · for 2026', ['for 2026', 'in 2003', '']],
    ['fr', 'Cette page · pour 2026', ['pour 2026', 'en 2003', '']],
  ])('%s', (lang, pageWho, sourceYears) => {
    ui.lang = lang;
    const root = mount(<FigureTable figures={[plan]} sources={dated} published="2025-07-15" onSelect={() => undefined} />);
    expect(norm(root.querySelector('.figure-page .who')?.textContent)).toBe(pageWho);
    const years = ['a', 'b', 'c'].map((id) => {
      const row = [...root.querySelectorAll('.comparison')].find((r) => r.querySelector('.source-of')?.textContent === `Source ${id.toUpperCase()}`);
      // The year sits beside the value, in the same flex item, not pushed next to the badge.
      return norm(row?.querySelector('.comparison-value .figure-year')?.textContent);
    });
    expect(years).toEqual(sourceYears);
  });

  it('without a publication day, a year is only "in" that year', () => {
    ui.lang = 'en';
    const root = mount(<FigureTable figures={[plan]} sources={sources} onSelect={() => undefined} />);
    expect(norm(root.querySelector('.figure-page .figure-year')?.textContent)).toBe('· in 2026');
  });
});

describe('FigureTable: dates and figures not salient are folded under one button', () => {
  // A flood's toll, the day it was given (a date the sources agree on) and "les deux rives" (not salient).
  const toll: FigureReport = {
    page: { start: 30, end: 38, text: '120 morts' }, low: 120, high: 120, qualifier: 'exact', unit: 'people', counts: 'people killed', countsFr: 'personnes tuées', salient: true,
    comparisons: [{ source: { id: 'a', start: 0, end: 9, text: '120 morts' }, low: 120, high: 120, qualifier: 'exact', verdict: 'agrees' }],
  };
  const day: FigureReport = {
    page: { start: 0, end: 11, text: 'le 3 mars' }, low: '2025-03-03', high: '2025-03-03', qualifier: 'exact', unit: 'date', counts: 'date', salient: true,
    comparisons: [{ source: { id: 'a', start: 20, end: 27, text: '3 mars' }, low: '2025-03-03', high: '2025-03-03', qualifier: 'exact', verdict: 'agrees' }],
  };
  const banks: FigureReport = {
    page: { start: 50, end: 54, text: 'deux' }, low: 2, high: 2, qualifier: 'exact', unit: 'w:rive', counts: 'banks', salient: false,
    comparisons: [{ source: { id: 'a', start: 40, end: 44, text: 'deux' }, low: 2, high: 2, qualifier: 'exact', verdict: 'agrees' }],
  };
  const uncompared: FigureReport = { ...toll, page: { start: 60, end: 63, text: '300' }, comparisons: [] };

  it.each([
    ['en', 'Show 2 other numbers (dates, small numbers)', 'Hide the other numbers'],
    ['fr', 'Afficher 2 autres nombres (dates, petits nombres)', 'Masquer les autres nombres'],
  ])('%s', (lang, show, hide) => {
    ui.lang = lang;
    const root = mount(<FigureTable figures={[day, toll, banks, uncompared]} sources={sources} onSelect={() => undefined} />);
    const rows = () => [...root.querySelectorAll('li.figure')].map((li) => norm(li.querySelector('.figure-page .value')?.textContent));
    // One row: the toll. The date and "deux" are behind the button, closed; the uncompared figure nowhere.
    expect(rows()).toEqual(['120']);
    const button = root.querySelector<HTMLButtonElement>('button.minor-toggle')!;
    expect(norm(button.textContent)).toBe(show);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    const list = root.querySelector(`#${button.getAttribute('aria-controls')}`)!;
    expect(list.hasAttribute('hidden')).toBe(true);
    act(() => button.click());
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(norm(button.textContent)).toBe(hide);
    expect(list.hasAttribute('hidden')).toBe(false);
    expect([...list.querySelectorAll('li.figure')].map((li) => li.getAttribute('data-mark-id'))).toEqual(['f:0-11', 'f:50-54']);
    act(() => button.click());
    expect(rows()).toEqual(['120']);
  });

  it('says one in the singular; with only minor figures it says so above the button, not "no figure"', () => {
    ui.lang = 'en';
    const root = mount(<FigureTable figures={[day]} sources={sources} onSelect={() => undefined} />);
    expect(root.querySelectorAll('li.figure')).toHaveLength(0);
    expect(root.querySelector('p.state')?.textContent).toBe('No figure worth checking here: only dates or small numbers.');
    expect(norm(root.querySelector('button.minor-toggle')?.textContent)).toBe('Show 1 other number (a date or a small number)');
  });

  it('with nothing compared says so, without a button', () => {
    ui.lang = 'en';
    const root = mount(<FigureTable figures={[uncompared]} sources={sources} onSelect={() => undefined} />);
    expect(root.querySelector('p.state')?.textContent).toBe('No figure on this page is given by the sources.');
    expect(root.querySelector('button.minor-toggle')).toBeNull();
  });
});

describe('FigureTable: one row per repeated value; a same count of unknown order says so', () => {
  const cmp = (counts: string) => ({ source: { id: 'a', start: 0, end: 2, text: '30' }, low: 30, high: 30, qualifier: 'exact' as const, verdict: 'related' as const, counts });
  const at = (start: number, comparisons = [cmp('people injured')]): FigureReport => ({
    page: { start, end: start + 11, text: 'more than 9' }, low: 10, high: null, qualifier: 'more-than', unit: 'people', counts: 'people injured', comparisons,
  });

  it.each([
    ['en', 'also 2 more times on the page', 'date unknown: cannot tell which is newer', /^Date unknown/],
    ['fr', 'aussi 2 autres fois dans la page', 'date inconnue : impossible de dire lequel est le plus récent', /^Date inconnue/],
  ])('%s', (lang, also, badge, legend) => {
    ui.lang = lang;
    const selected: string[] = [];
    // The lead's value said again twice in the body, against the same source value: one row, which goes to the lead.
    const root = mount(<FigureTable figures={[at(300), at(10), at(120)]} sources={sources} published="2025-03-03" onSelect={(id) => selected.push(id)} />);
    const rows = root.querySelectorAll('li.figure');
    expect(rows.length).toBe(1);
    expect(rows[0]!.getAttribute('data-also-mark-ids')?.split(' ').length).toBe(2);
    expect(norm(root.querySelector('.figure-also')?.textContent)).toBe(also);
    act(() => (root.querySelector('.figure-page') as HTMLButtonElement).click());
    expect(selected).toEqual([rows[0]!.getAttribute('data-mark-id')]);
    // Source a has no publication day: the same count is not "another count".
    expect(norm(root.querySelector('.verdict-badge')?.textContent).replace(/\u00a0/g, ' ').replace(/^~/, '')).toBe(badge);
    expect(root.querySelector('.legend-undated')?.textContent).toMatch(legend);
    expect([...root.querySelectorAll('.legend')].length).toBe(1);
  });

  it('another thing counted keeps the related wording and its legend, dated or not', () => {
    ui.lang = 'en';
    const root = mount(<FigureTable figures={[at(10, [cmp('people killed')])]} sources={sources} published="2025-03-03" onSelect={() => undefined} />);
    expect(root.querySelector('.figure-also')).toBeNull();
    expect(norm(root.querySelector('.verdict-badge')?.textContent)).toBe('~related, not the same count');
    expect(root.querySelector('.legend-undated')).toBeNull();
    expect(root.querySelector('.legend')?.textContent).toMatch(/^Related/);
  });
});

describe('FigureTable: a source that says the same value twice shows it once', () => {
  // A source article whose title and lead both give "entre 400 et 500 réfugiés".
  const twice: FigureReport = {
    page: { start: 0, end: 3, text: '300' }, low: 300, high: 300, qualifier: 'exact', unit: 'people', counts: 'refugees',
    comparisons: [
      { source: { id: 'a', start: 10, end: 30, text: 'entre 400 et 500' }, low: 400, high: 500, qualifier: 'exact', verdict: 'differs' },
      { source: { id: 'a', start: 200, end: 220, text: 'entre 400 et 500' }, low: 400, high: 500, qualifier: 'exact', verdict: 'differs' },
      { source: { id: 'b', start: 5, end: 8, text: '300' }, low: 300, high: 300, qualifier: 'exact', verdict: 'agrees' },
    ],
  };
  it('one row for source A, one for source B', () => {
    ui.lang = 'fr';
    const root = mount(<FigureTable figures={[twice]} sources={sources} onSelect={() => undefined} />);
    expect(root.querySelectorAll('.comparison').length).toBe(2);
  });
});

describe('FigureTable: a source value told in another unit', () => {
  it('shows the source figure in its own words, not a converted number', () => {
    ui.lang = 'en';
    const span: FigureReport = {
      page: { start: 0, end: 8, text: '6 months' }, low: 6, high: 6, qualifier: 'exact', unit: 'months', counts: 'talks', comparisons: [
        { source: { id: 'a', start: 10, end: 17, text: '3 ans' }, low: 36, high: 36, qualifier: 'exact', verdict: 'related', converted: true },
      ],
    };
    const root = mount(<FigureTable figures={[span]} sources={sources} onSelect={() => undefined} />);
    const row = root.querySelector('.comparison .comparison-value');
    expect(norm(row?.textContent)).toBe('3 ans');
    expect(row?.textContent).not.toContain('36');
  });
});
