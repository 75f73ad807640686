// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { FigureReport } from '../core/types';
import fr from '../public/_locales/fr/messages.json';

/** The UI language the fake browser serves: '' falls back to the bundled English. */
const ui = vi.hoisted(() => ({ lang: 'en' }));
vi.mock('webextension-polyfill', () => ({
  default: {
    i18n: {
      getMessage: (key: string, subs: string[] = []) => {
        if (ui.lang !== 'fr') return '';
        const m = (fr as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>)[key];
        return m ? m.message.replace(/\$([A-Za-z_]+)\$/g, (_, n: string) => subs[Number(m.placeholders![n.toLowerCase()].content.slice(1)) - 1]) : '';
      },
    },
  },
}));
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
  page: { start: 0, end: 16, text: 'Several thousand' }, low: 2000, high: null, qualifier: 'vague', unit: 'people', counts: 'soldiers sent to Russia', saidBy: 'the ministry',
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
});
