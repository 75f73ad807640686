import { describe, expect, it } from 'vitest';
import { documentIdle, IDLE_AFTER_DCL_MS, type IdleTarget } from './document-idle';

/** A page whose events and timers the test fires by hand. */
function fakePage(readyState: DocumentReadyState) {
  const winListeners = new Set<() => void>();
  const docListeners = new Set<() => void>();
  const timers: Array<{ fn: () => void; ms: number }> = [];
  const document = {
    readyState,
    addEventListener: (_t: string, fn: () => void) => void docListeners.add(fn),
    removeEventListener: (_t: string, fn: () => void) => void docListeners.delete(fn),
  } as unknown as IdleTarget['document'];
  const win: IdleTarget = {
    document,
    addEventListener: (_t, fn) => void winListeners.add(fn),
    removeEventListener: (_t, fn) => void winListeners.delete(fn),
    setTimeout: (fn, ms) => timers.push({ fn, ms }),
  };
  return {
    win,
    timers,
    winListeners,
    docListeners,
    domContentLoaded: () => [...docListeners].forEach((f) => f()),
    load: () => [...winListeners].forEach((f) => f()),
  };
}

/** Whether the promise has settled once pending microtasks ran. */
async function settled(p: Promise<void>): Promise<boolean> {
  let done = false;
  void p.then(() => (done = true));
  await new Promise((r) => setTimeout(r, 0));
  return done;
}

describe('documentIdle', () => {
  it('resolves at once on a page that has loaded', async () => {
    const page = fakePage('complete');
    expect(await settled(documentIdle(page.win))).toBe(true);
    expect(page.winListeners.size + page.docListeners.size).toBe(0);
  });

  it('while the page loads: waits for the load event, then lets go of every listener', async () => {
    const page = fakePage('loading');
    const p = documentIdle(page.win);
    expect(await settled(p)).toBe(false);
    page.load();
    expect(await settled(p)).toBe(true);
    expect(page.winListeners.size + page.docListeners.size).toBe(0);
  });

  it('a page slow to load is read IDLE_AFTER_DCL_MS after DOMContentLoaded', async () => {
    const page = fakePage('loading');
    const p = documentIdle(page.win);
    page.domContentLoaded();
    expect(page.timers.map((t) => t.ms)).toEqual([IDLE_AFTER_DCL_MS]);
    expect(await settled(p)).toBe(false);
    page.timers[0].fn();
    expect(await settled(p)).toBe(true);
    // The load event afterwards changes nothing.
    page.load();
    expect(page.winListeners.size).toBe(0);
  });

  it('a page already interactive starts the timer at once', async () => {
    const page = fakePage('interactive');
    const p = documentIdle(page.win);
    expect(page.timers.map((t) => t.ms)).toEqual([IDLE_AFTER_DCL_MS]);
    page.timers[0].fn();
    expect(await settled(p)).toBe(true);
  });
  it('loadOnly (Firefox\'s own document_idle): DOMContentLoaded starts no timer; only the load event resolves', async () => {
    const page = fakePage('interactive');
    const p = documentIdle(page.win, { loadOnly: true });
    expect(page.timers.length).toBe(0);
    expect(await settled(p)).toBe(false);
    page.load();
    expect(await settled(p)).toBe(true);
    expect(page.winListeners.size + page.docListeners.size).toBe(0);
  });
});
