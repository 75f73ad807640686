// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { SourceMatch } from '../core/types';

// Outside an extension there is no browser.i18n: t() then falls back to the bundled English.
vi.mock('webextension-polyfill', () => ({ default: { i18n: { getMessage: () => '' } } }));
const { SourceList, INITIAL_SOURCES } = await import('./SourceList');

const source = (i: number): SourceMatch => ({ id: `s${i}`, title: `Source ${i}`, score: 0.5, why: ['Koursk'] } as SourceMatch);

describe('SourceList', () => {
  it('shows the first sources, then all of them on request', () => {
    const root = document.createElement('div');
    document.body.appendChild(root);
    const sources = Array.from({ length: INITIAL_SOURCES + 7 }, (_, i) => source(i));
    act(() => render(<SourceList sources={sources} />, root));
    expect(root.querySelectorAll('.source')).toHaveLength(INITIAL_SOURCES);
    const button = root.querySelector<HTMLButtonElement>('button.show-more')!;
    expect(button.textContent).toBe('Show 7 more sources');
    act(() => button.click());
    expect([...root.querySelectorAll('.source-title')].map((e) => e.textContent)).toEqual(sources.map((s) => s.title));
    expect(root.querySelector('button.show-more')).toBeNull();
    // Keyboard focus moves to the first source revealed, as the button that had it is gone.
    expect(document.activeElement?.textContent).toContain(`Source ${INITIAL_SOURCES}`);
  });

  it('says one more in the singular, and the sources beyond the list only once it is open', () => {
    const root = document.createElement('div');
    document.body.appendChild(root);
    const sources = Array.from({ length: INITIAL_SOURCES + 1 }, (_, i) => source(i));
    act(() => render(<SourceList sources={sources} total={4000} />, root));
    expect(root.querySelector('button.show-more')!.textContent).toBe('Show 1 more source');
    expect(root.querySelector('.more-sources')).toBeNull();
    act(() => root.querySelector<HTMLButtonElement>('button.show-more')!.click());
    expect(root.querySelector('.more-sources')!.textContent).toContain('3,989 more sources');
  });

  it('has no button when every source fits', () => {
    const root = document.createElement('div');
    act(() => render(<SourceList sources={[source(1), source(2)]} />, root));
    expect(root.querySelectorAll('.source')).toHaveLength(2);
    expect(root.querySelector('button.show-more')).toBeNull();
  });
});

describe('SourceList dates', () => {
  it('shows each source\'s publication day in the UI language, or "date unknown"', () => {
    const root = document.createElement('div');
    act(() => render(<SourceList sources={[{ ...source(1), published: '2024-10-28' }, source(2)]} />, root));
    const [dated, undated] = [...root.querySelectorAll('.source')];
    const time = dated.querySelector('time.published-day')!;
    expect(time.getAttribute('datetime')).toBe('2024-10-28');
    // The day as written, whatever the time zone the test runs in.
    expect(time.textContent).toBe('Oct 28, 2024');
    expect(time.getAttribute('title')).toBe('Published Oct 28, 2024');
    expect(undated.querySelector('time')).toBeNull();
    expect(undated.querySelector('.published-day')!.textContent).toBe('date unknown');
  });
});
