import browser from 'webextension-polyfill';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { send, type ContentRequests, type MarksDrawn } from '../../messaging/protocol';
import { createRouter, type HandlerMap } from '../../messaging/router';
import { createHighlighter, type Highlighter } from '../../highlight/index';
import { readPage } from './read-page';
import { withRetry } from '../../messaging/retry';
import { yieldToPage } from '../../dom/yield-to-page';
import { isSilent, DEFAULT_SETTINGS, type Settings } from '../../storage/settings';
import { readSettings as getSettings, watchSettings as onSettingsChanged } from '../../storage/settings-read';

/** Single-page sites swap content after the URL changes; wait for it to settle before reading. */
const NAVIGATION_SETTLE_MS = 800;
/**
 * While marks are drawn, check this often whether the extension was reloaded or updated (WXT only
 * notices when asked), so an orphaned script removes its marks within about a second.
 */
const ORPHAN_CHECK_MS = 1000;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    let settings: Settings = DEFAULT_SETTINGS;
    try {
      settings = await getSettings();
    } catch {
      // Storage unavailable: defaults.
    }
    if (isSilent(settings, location.hostname)) {
      await send('page:report', { kind: 'silent', url: location.href }).catch(() => undefined);
      return;
    }

    let highlighter: Highlighter | null = null;
    /** The last marks received, so turning highlights back on needs no new analysis. */
    let lastMarks: ContentRequests['marks:apply']['req'] | null = null;
    let watchdog: number | undefined;
    /** Bumped on each in-page navigation, so a retry never reports a page the reader has left. */
    let generation = 0;
    /** The generation last reported: marks arriving for an older one are dropped. */
    let reportedGeneration = -1;
    const clearMarks = () => {
      highlighter?.destroy();
      highlighter = null;
      clearInterval(watchdog);
      watchdog = undefined;
    };
    const drawMarks = async (): Promise<MarksDrawn> => {
      clearMarks();
      if (!settings.highlights || !lastMarks || lastMarks.marks.length === 0) return { anchored: 0, missed: 0 };
      const h = (highlighter = createHighlighter(document, { sourceTextLength: lastMarks.textLength, mode: settings.highlightMode }));
      // ctx.setInterval asks ctx.isValid on each tick, which fires onInvalidated once orphaned.
      watchdog = ctx.setInterval(() => undefined, ORPHAN_CHECK_MS);
      // The page's text is indexed in slices: a large page is not held while marks are placed.
      const r = await h.applyInSlices(lastMarks.marks, yieldToPage);
      return { anchored: r.anchored.length, missed: r.missed.length };
    };

    const handlers: HandlerMap<ContentRequests> = {
      'marks:apply': async (payload) => {
        // Marks computed for the page the reader has since navigated away from (in-page): not ours.
        if (reportedGeneration !== generation) return { anchored: 0, missed: 0 };
        lastMarks = payload;
        return drawMarks();
      },
      'marks:scroll': async ({ id }) => ({ ok: highlighter?.scrollTo(id) ?? false }),
    };
    const route = createRouter(handlers);
    const onMessage = (msg: unknown, sender: Parameters<typeof route>[1]) => (ctx.isValid ? route(msg, sender) : undefined);
    browser.runtime.onMessage.addListener(onMessage);
    const stopWatching = onSettingsChanged((next) => {
      const redraw = next.highlights !== settings.highlights || next.highlightMode !== settings.highlightMode;
      settings = next;
      if (isSilent(settings, location.hostname)) {
        lastMarks = null;
        clearMarks();
      } else if (redraw) void drawMarks();
    });
    // An extension reload or update invalidates this script: it leaves no trace behind.
    ctx.onInvalidated(() => {
      clearMarks();
      try {
        stopWatching();
      } catch {
        // The runtime is already gone.
      }
      try {
        browser.runtime.onMessage.removeListener(onMessage);
      } catch {
        // The runtime is already gone.
      }
    });

    const analyse = async () => {
      if (!ctx.isValid || isSilent(settings, location.hostname)) return;
      const mine = ++generation;
      try {
        const report = await readPage(document, location.href);
        if (mine !== generation) return; // the reader navigated while the page was read
        reportedGeneration = mine;
        // A worker stopped mid-analysis drops the reply; the retry starts a new one. Once the
        // extension was reloaded or updated (ctx invalid), this old script has nobody to talk to.
        await withRetry(() => send('page:report', report), () => ctx.isValid && mine === generation);
      } catch {
        // Given up (or the reader moved on): the popup keeps the last state it was told, and
        // reloading the page reads it again.
      }
    };
    void analyse();
    let timer: number | undefined;
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      clearTimeout(timer);
      generation++;
      lastMarks = null;
      clearMarks();
      void send('page:analysing', {}).catch(() => undefined);
      timer = ctx.setTimeout(() => void analyse(), NAVIGATION_SETTLE_MS);
    });
  },
});
