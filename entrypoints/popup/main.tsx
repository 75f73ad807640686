import browser from 'webextension-polyfill';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { send, type TabState } from '../../messaging/protocol';
import { TabView } from '../../components/TabView';
import { t, uiLang } from '../../components/i18n';
import { corpusErrorText } from '../../components/corpusErrors';
import '../../assets/popup.css';

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
  const onAdd = async (): Promise<string | null> => {
    if (tabId === null) return null;
    const r = await send('corpus:add-tab', { tabId });
    if (!r.ok) return corpusErrorText(r.code, r.message);
    setState(await send('tab:state', { tabId }));
    return null;
  };
  const onSelect = (markId: string) => {
    if (tabId !== null) void browser.tabs.sendMessage(tabId, { type: 'marks:scroll', payload: { id: markId } }).catch(() => undefined);
  };
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let alive = true;
    const load = async () => {
      const id = await targetTabId();
      setTabId(id);
      if (id === null) return alive && setState(null);
      const s = await send('tab:state', { tabId: id });
      if (!alive) return;
      setState(s);
      if (s.status === 'analysing' || s.status === 'unknown') timer = setTimeout(load, POLL_MS);
    };
    load().catch((e) => alive && setState({ status: 'error', message: String(e) }));
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, []);
  return (
    <main>
      <header class="brand">
        <span class="logo" aria-hidden="true">R</span> Recoupe
      </header>
      {state === undefined ? <p class="state state-busy" role="status" aria-busy="true">{t('stateAnalysing')}</p> : <TabView state={state} onSelect={onSelect} onAdd={onAdd} />}
      <footer class="privacy">{t('privacyNote')}</footer>
    </main>
  );
}

document.documentElement.lang = uiLang().slice(0, 2);
render(<App />, document.getElementById('app')!);
