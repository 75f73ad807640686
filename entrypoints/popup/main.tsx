import browser from 'webextension-polyfill';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { send, sendToTab, type TabState } from '../../messaging/protocol';
import { TabView } from '../../components/TabView';
import { t, uiLang } from '../../components/i18n';
import { corpusErrorText } from '../../components/corpusErrors';
import { SearchField, SearchPanel } from '../../components/SearchPanel';
import { QuickSettings } from '../../components/QuickSettings';
import '../../assets/popup.css';

/** The search index is built this long after the popup shows its result. */
const SEARCH_WARM_DELAY_MS = 600;
/** While the page is still being read, ask again this often. */
const POLL_MS = 300;

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
    const load = async () => {
      const id = await targetTabId();
      setTabId(id);
      if (id === null) return alive && setState(null);
      const s = await send('tab:state', { tabId: id });
      if (!alive) return;
      setState(s);
      if (s.status === 'analysing' || s.status === 'unknown') timer = setTimeout(load, POLL_MS);
      // Build the search index while the reader looks at the result, so the first search is instant;
      // only after the result is shown: with 10,000 articles the build holds the background ~3 s.
      else warmTimer = setTimeout(() => send('corpus:search', { query: '' }).catch(() => undefined), SEARCH_WARM_DELAY_MS);
    };
    load().catch((e) => alive && setState({ status: 'error', message: String(e) }));
    return () => {
      alive = false;
      clearTimeout(timer);
      clearTimeout(warmTimer);
    };
  }, []);
  const done = state?.status === 'done' ? state : null;
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
