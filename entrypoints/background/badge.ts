import browser from 'webextension-polyfill';

/** MV3 has `action`; Firefox MV2 only `browserAction`. */
function action() {
  return browser.action ?? browser.browserAction;
}

/** The badge counts the sources covering the page's story; no match, no badge. */
export async function setBadge(tabId: number, sources: number): Promise<void> {
  const a = action();
  try {
    await a.setBadgeText({ tabId, text: sources > 0 ? String(sources) : '' });
    if (sources > 0) await a.setBadgeBackgroundColor({ tabId, color: '#1f5fbf' });
  } catch {
    // The tab closed between analysis and badge: nothing to show.
  }
}
