/// <reference types="chrome" />
/**
 * Driving the built extension in real Chromium with playwright-core: launch with a profile folder,
 * find tabs, read the badge and the background's tab state, open the popup for a tab.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROME_BUILD, CHROMIUM_BIN } from './paths';

export interface Ext {
  context: BrowserContext;
  sw: Worker;
  id: string;
}

export async function launchChromium(profileDir: string, lang = 'fr'): Promise<Ext> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_BIN,
    headless: true,
    acceptDownloads: true,
    args: [
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      `--lang=${lang}`,
    ],
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // A fresh profile gets the welcome page on install; it would take focus from a tab a test opens
  // next (tabs are found by focus), so it is waited for, fully loaded, before anything else. It is
  // left open: closing an extension page while it loads can leave the extension's renderer without
  // its messages (seen as raw message keys in the popup). A known profile gets no welcome page.
  // Polled: the tab exists at once but shows about:blank until it has navigated.
  const deadline = Date.now() + WELCOME_WAIT_MS;
  while (Date.now() < deadline) {
    const welcome = context.pages().find((p) => p.url().endsWith('/options.html'));
    if (welcome) {
      await welcome.waitForLoadState('load');
      break;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { context, sw, id: new URL(sw.url()).host };
}

/** How long a fresh profile's welcome page may take to open after the worker starts. */
const WELCOME_WAIT_MS = 3000;

/** The extension has no `tabs` permission, so tabs are found by focus, not by URL. */
export async function tabIdOf(ext: Ext, page: Page): Promise<number> {
  await page.bringToFront();
  return ext.sw.evaluate(async () => {
    const [t] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (!t?.id) throw new Error('no active tab');
    return t.id;
  });
}

export async function badgeOf(ext: Ext, tabId: number): Promise<string> {
  return ext.sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

export async function tabStatus(ext: Ext, tabId: number): Promise<string | undefined> {
  return ext.sw.evaluate(async (id) => {
    const k = `tab:${id}`;
    return ((await chrome.storage.session.get(k))[k] as { status: string } | undefined)?.status;
  }, tabId);
}

export async function waitForAnalysis(ext: Ext, tabId: number, timeoutMs = 15000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const s = await tabStatus(ext, tabId);
    if (s && s !== 'analysing') return s;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('analysis did not finish');
}

export async function openPopup(ext: Ext, tabId: number): Promise<Page> {
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${ext.id}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('.verdict, .state:not(.state-busy)');
  return popup;
}

export async function openOptions(ext: Ext): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.id}/options.html`);
  await page.waitForSelector('.corpus .source');
  return page;
}

/** When the toolbar popup painted its verdict, on the popup's own clock and on the epoch. */
export interface PopupTiming {
  /** Epoch ms at which the popup was asked for (as a toolbar click would). */
  requestedAt: number;
  /** From the popup document's navigation start to the verdict painted (Element Timing). */
  navToVerdictMs: number;
  /** From the request to the verdict painted: includes Chromium creating the popup window. */
  requestToVerdictMs: number;
  /** The verdict's text, as the reader sees it. */
  verdict: string;
}

/** How long to wait for the toolbar popup's target to exist after `action.openPopup()`. */
const POPUP_TARGET_WAIT_MS = 5000;

/**
 * Opens the real toolbar popup for the focused tab (`chrome.action.openPopup()`, what a click on the
 * button does) and reads when its verdict was painted, through the `elementtiming="verdict"`
 * attribute. Playwright does not attach to popup windows, so this goes through raw CDP target
 * messages. The popup is closed afterwards.
 */
export async function timeToolbarPopup(ext: Ext, page: Page): Promise<PopupTiming> {
  await page.bringToFront();
  const cdp = await ext.context.newCDPSession(page);
  try {
    const requestedAt = await ext.sw.evaluate(async () => {
      const at = Date.now();
      await chrome.action.openPopup();
      return at;
    });
    type Target = { targetId: string; url: string };
    let target: Target | undefined;
    const deadline = Date.now() + POPUP_TARGET_WAIT_MS;
    while (!target && Date.now() < deadline) {
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Target[] };
      // Exactly popup.html: the popup opened as a tab for tests carries ?tab=.
      target = targetInfos.find((t) => t.url === `chrome-extension://${ext.id}/popup.html`);
      if (!target) await new Promise((r) => setTimeout(r, 20));
    }
    if (!target) throw new Error('the toolbar popup did not open');
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };
    const expression = `new Promise((resolve, reject) => {
      new PerformanceObserver((list) => {
        const e = list.getEntries().find((x) => x.identifier === 'verdict');
        if (e) resolve({ origin: performance.timeOrigin, painted: e.renderTime || e.loadTime, verdict: e.element?.textContent ?? '' });
      }).observe({ type: 'element', buffered: true });
      setTimeout(() => reject(new Error('no verdict painted')), ${POPUP_TARGET_WAIT_MS});
    })`;
    type Reply = { id: number; result?: { result: { value: { origin: number; painted: number; verdict: string } } }; exceptionDetails?: unknown };
    const reply = new Promise<Reply>((resolve) => {
      const on = (ev: { sessionId: string; message: string }) => {
        const m = JSON.parse(ev.message) as Reply;
        if (ev.sessionId !== sessionId || m.id !== 1) return;
        cdp.off('Target.receivedMessageFromTarget', on);
        resolve(m);
      };
      cdp.on('Target.receivedMessageFromTarget', on);
    });
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id: 1, method: 'Runtime.evaluate', params: { expression, awaitPromise: true, returnByValue: true } }),
    });
    // The popup closes if it loses focus: then no reply comes, and this says so instead of hanging.
    const m = await Promise.race([
      reply,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the toolbar popup gave no timing (closed?)')), POPUP_TARGET_WAIT_MS * 2)),
    ]);
    const v = m.result?.result.value;
    await cdp.send('Target.closeTarget', { targetId: target.targetId });
    if (!v || m.exceptionDetails) throw new Error(`the toolbar popup painted no verdict: ${JSON.stringify(m.exceptionDetails ?? m)}`);
    return { requestedAt, navToVerdictMs: v.painted, requestToVerdictMs: v.origin + v.painted - requestedAt, verdict: v.verdict };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
