import browser from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import { createRouter } from '../../messaging/router';
import { handlers } from './handlers';
import { forgetTab } from './tab-states';
import { reanalyseOpenTabs } from './corpus-ops';
import { listenForImports } from './import-job';
import { onSettingsChanged } from '../../storage/settings-item';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener(createRouter(handlers));
  // Long imports from the options page: progress and cancel over a port (import-job.ts).
  listenForImports();
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  // "How cautious matching is" changes results: recompute open tabs at once.
  onSettingsChanged(() => void reanalyseOpenTabs());
  // A first install opens the welcome page: it says what Recoupe does and lists the corpus.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/options.html') });
  });
});
