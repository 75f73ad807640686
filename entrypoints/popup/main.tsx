import browser from 'webextension-polyfill';
import { render } from 'preact';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { send, sendToTab, type TabState } from '../../messaging/protocol';
import { TabView } from '../../components/TabView';
import { t, uiLang } from '../../ui-text/i18n';
import { corpusErrorText } from '../../components/corpusErrors';
import { SearchField, SearchPanel } from '../../components/SearchPanel';
import { QuickSettings } from '../../components/QuickSettings';
import '../../assets/popup.css';

/** The search index is built this long after the popup shows its result. */
const SEARCH_WARM_DELAY_MS = 600;
/** While the page is still being read, ask again this often. */
const POLL_MS = 300;

/**
 * The popup's steps as User Timing marks (`recoupe:*`), which the browser benches read beside the
 * verdict's paint time (scripts/bench/popup-timeline.ts): where the time to the verdict goes.
 */
function mark(step: 'script' | 'state-asked' | 'state-received' | 'result-rendered'): void {
  performance.mark(`recoupe:${step}`);
}
mark('script');

/**
 * The tab to show: the active tab of this window, or `?tab=ID` (used when the popup is opened as a
 * page, as the end-to-end tests do).
 */
async function targetTabId(): Promise<number | null> {
  const fromQuery = new URLSearchParams(location.search).get('tab');
  if (fromQuery) return Number(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** The tab shown and its state (null: no tab to show). */
interface Asked {
  tabId: number | null;
  state: TabState | null;
}

async function ask(): Promise<Asked> {
  const tabId = await targetTabId();
  if (tabId === null) return { tabId, state: null };
  mark('state-asked');
  const state = await send('tab:state', { tabId });
  mark('state-received');
  return { tabId, state };
}

/**
 * Asked as soon as the script runs, not from an effect: Preact runs effects after the first paint,
 * so the question would wait for the empty popup to be drawn (16-26 ms in the browser bench) before
 * it even left; now it travels while the popup's frame is drawn.
 */
const firstAsk = ask();
// Handled where the popup reads it (an error state); this keeps a failure from also being reported
// as unhandled in the moment before the popup's effect awaits it.
firstAsk.catch(() => undefined);

function App() {
  const [state, setState] = useState<TabState | null | undefined>(undefined);
  const [tabId, setTabId] = useState<number | null>(null);
  const [query, setQuery] = useState('');
  const onAdd = async (): Promise<string | null> => {
    if (tabId === null) return null;
    const r = await send('corpus:add-tab', { tabId });
    if (!r.ok) return corpusErrorText(r.code, r.message);
    setState(await send('tab:state', { tabId }));
    return null;
  };
  const onSelect = (markId: string) => {
    if (tabId !== null) void sendToTab(tabId, 'marks:scroll', { id: markId }).catch(() => undefined);
  };
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let warmTimer: ReturnType<typeof setTimeout> | undefined;
    let alive = true;
    const fail = (e: unknown) => alive && setState({ status: 'error', message: String(e) });
    const load = async (asked: Promise<Asked>) => {
      const { tabId: id, state: s } = await asked;
      if (!alive) return;
      setTabId(id);
      setState(s);
      if (s === null) return;
      if (s.status === 'analysing' || s.status === 'unknown') timer = setTimeout(() => load(ask()).catch(fail), POLL_MS);
      // Build the search index while the reader looks at the result, so the first search is instant;
      // only after the result is shown: with 10,000 articles the build holds the background ~3 s.
      else warmTimer = setTimeout(() => send('corpus:search', { query: '' }).catch(() => undefined), SEARCH_WARM_DELAY_MS);
    };
    load(firstAsk).catch(fail);
    return () => {
      alive = false;
      clearTimeout(timer);
      clearTimeout(warmTimer);
    };
  }, []);
  const done = state?.status === 'done' ? state : null;
  useLayoutEffect(() => {
    if (done) mark('result-rendered');
  }, [done]);
  return (
    <main>
      <header class="topbar">
        <span class="brand">
          <span class="logo" aria-hidden="true">R</span> Recoupe
        </span>
        <button type="button" class="icon-button" onClick={() => void browser.runtime.openOptionsPage()} title={t('openOptions')}>
          <span class="gear" aria-hidden="true">⚙</span>
          <span class="visually-hidden">{t('openOptions')}</span>
        </button>
      </header>
      <SearchField value={query} onChange={setQuery} />
      {query.trim() ? (
        <SearchPanel query={query} passages={done?.result.passages} onSelect={onSelect} level={1} />
      ) : state === undefined ? (
        <p class="state state-busy" role="status" aria-busy="true">{t('stateAnalysing')}</p>
      ) : (
        <TabView state={state} onSelect={onSelect} onAdd={onAdd} />
      )}
      <footer class="footer">
        <QuickSettings url={done?.url} />
        <p class="privacy">{t('privacyNote')}</p>
      </footer>
    </main>
  );
}

document.documentElement.lang = uiLang().slice(0, 2);
render(<App />, document.getElementById('app')!);
