import { defineContentScript } from 'wxt/utils/define-content-script';
import { send } from '../../messaging/protocol';
import { readPage } from './read-page';

/** Single-page sites swap content after the URL changes; wait for it to settle before reading. */
const NAVIGATION_SETTLE_MS = 800;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const analyse = async () => {
      if (!ctx.isValid) return;
      try {
        await send('page:report', readPage(document, location.href));
      } catch {
        // The extension was reloaded or updated: this old script has nobody to talk to.
      }
    };
    void analyse();
    let timer: number | undefined;
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      clearTimeout(timer);
      void send('page:analysing', {}).catch(() => undefined);
      timer = ctx.setTimeout(() => void analyse(), NAVIGATION_SETTLE_MS);
    });
  },
});
