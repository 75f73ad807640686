// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { AfterPaint } from './AfterPaint';

describe('AfterPaint', () => {
  it('renders nothing in the first commit, then its children after the next frame', async () => {
    const root = document.createElement('div');
    document.body.appendChild(root);
    act(() => render(<p>before</p>, root));
    act(() => render(<div><p>verdict</p><AfterPaint><p class="late">chart</p></AfterPaint></div>, root));
    expect(root.querySelector('.late')).toBeNull();
    expect(root.querySelector('.after-paint')?.getAttribute('aria-busy')).toBe('true');
    await act(() => new Promise<void>((r) => setTimeout(r, 100)));
    expect(root.querySelector('.late')?.textContent).toBe('chart');
    expect(root.querySelector('.after-paint')).toBeNull();
  });

  it('given a label, the placeholder says what is coming, busy, until its children come', async () => {
    const root = document.createElement('div');
    document.body.appendChild(root);
    act(() => render(<AfterPaint label="Finding passages…"><p class="late">passages</p></AfterPaint>, root));
    const busy = root.querySelector('[aria-busy="true"]');
    expect(busy?.textContent).toBe('Finding passages…');
    await act(() => new Promise<void>((r) => setTimeout(r, 100)));
    expect(root.querySelector('[aria-busy]')).toBeNull();
    expect(root.textContent).toBe('passages');
  });
});
