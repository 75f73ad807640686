/**
 * Waiting, from a content script declared at document_start, for the moment Chromium would have
 * started a document_idle one: the page loaded, or IDLE_AFTER_DCL_MS after DOMContentLoaded,
 * whichever comes first.
 *
 * Why not declare document_idle and let the browser wait: in Chromium 150, any extension with a
 * document_idle (or document_end) content script for a page, even one whose script is `void 0`,
 * makes the page's first full layout a separate task after DOMContentLoaded instead of the end of
 * the parsing task. On a 50,000-node page that task is the page's own Layout and PrePaint, 0.6-1.3 s,
 * and it runs before any of our code. A document_start script leaves the page's tasks as they are
 * without an extension (measured: /tmp probes of session dom18, README "dom18").
 */

/**
 * Chromium runs document_idle scripts once the page has loaded, or this long after
 * DOMContentLoaded if loading takes longer (its kScriptIdleTimeoutInMs): the same moment, so
 * Chromium reads the page when it did before.
 */
export const IDLE_AFTER_DCL_MS = 200;

/** What of the page the wait listens to (injected so it is unit-tested without a browser). */
export interface IdleTarget {
  readonly document: Pick<Document, 'readyState' | 'addEventListener' | 'removeEventListener'>;
  addEventListener(type: 'load', fn: () => void): void;
  removeEventListener(type: 'load', fn: () => void): void;
  setTimeout(fn: () => void, ms: number): unknown;
}

/**
 * Resolves at document_idle: at once if the page has loaded already. `loadOnly`: Firefox's own
 * document_idle waits for the load event alone, and a page that builds its article from script after
 * DOMContentLoaded must not be read before it (the content script reads a page once).
 */
export function documentIdle(win: IdleTarget, { loadOnly = false }: { loadOnly?: boolean } = {}): Promise<void> {
  const doc = win.document;
  if (doc.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      win.removeEventListener('load', finish);
      doc.removeEventListener('DOMContentLoaded', afterDcl);
      resolve();
    };
    const afterDcl = () => void win.setTimeout(finish, IDLE_AFTER_DCL_MS);
    win.addEventListener('load', finish);
    if (loadOnly) return;
    if (doc.readyState === 'interactive') afterDcl();
    else doc.addEventListener('DOMContentLoaded', afterDcl);
  });
}
