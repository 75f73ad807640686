import browser from 'webextension-polyfill';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { send } from '../../messaging/protocol';
import { createRouter, type Sender } from '../../messaging/router';
import { createHighlighter } from '../../highlight/index';
import { readPage } from './read-page';
import { yieldToPage } from '../../dom/yield-to-page';
import { documentIdle } from '../../dom/document-idle';
import { isSilent, DEFAULT_SETTINGS, type Settings } from '../../storage/settings';
import { readSettings, watchSettings } from '../../storage/settings-read';
import { PageSession } from './session';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Declared at document_start, started at document_idle by documentIdle (dom/document-idle.ts):
  // a document_idle declaration alone makes Chromium split a large page's first layout into a
  // long task of its own after DOMContentLoaded.
  runAt: 'document_start',
  async main(ctx) {
    await documentIdle(window, { loadOnly: import.meta.env.FIREFOX });
    if (!ctx.isValid) return;
    let settings: Settings = DEFAULT_SETTINGS;
    try {
      settings = await readSettings();
    } catch {
      // Storage unavailable: defaults.
    }
    if (isSilent(settings, location.hostname)) {
      await send('page:report', { kind: 'silent', url: location.href }).catch(() => undefined);
      return;
    }

    const session = new PageSession({ send, ctx, document, location: () => location, readPage, createHighlighter, yieldToPage, settings });
    const route = createRouter(session.handlers);
    const onMessage = (msg: unknown, sender: Sender) => (ctx.isValid ? route(msg, sender) : undefined);
    browser.runtime.onMessage.addListener(onMessage);
    const stopWatching = watchSettings((next) => session.settingsChanged(next));
    // An extension reload or update invalidates this script: it leaves no trace behind.
    ctx.onInvalidated(() => {
      session.dispose();
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
    void session.analyse();
    ctx.addEventListener(window, 'wxt:locationchange', () => session.navigated());
  },
});
