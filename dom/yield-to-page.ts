/**
 * Giving the page its main thread back between slices of our work on it (serialising it for
 * extraction, indexing its text for highlights), so no slice becomes a long task.
 */

/** Gives the page its main thread back for a moment. */
export type YieldToPage = () => Promise<void>;

/**
 * The page's own scheduler where there is one (Chromium: the continuation keeps its priority, and
 * input and rendering go first). Elsewhere a zero timeout, which lets the page's timers, input and
 * rendering run; a message to ourselves would be quicker but Firefox runs such messages ahead of
 * the page's timers, so the page stays starved across slices. Without scheduler.yield, a hidden
 * tab (nobody to keep responsive, and timeouts throttled to one per second) is read in one go.
 */
export function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  if (typeof document !== 'undefined' && document.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
