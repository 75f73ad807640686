import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { Notice, type NoticeState } from '../../components/Notice';
import { send, type CorpusEntry } from '../../messaging/protocol';
import { CorpusList } from '../../components/CorpusList';
import { ImportPanel } from '../../components/ImportPanel';
import { SettingsForm } from '../../components/SettingsForm';
import { SearchField, SearchPanel } from '../../components/SearchPanel';
import { corpusErrorText } from '../../components/corpusErrors';
import { formatInteger, t, uiLang } from '../../ui-text/i18n';
import { fold } from '../../core/text/fold';
import '../../assets/popup.css';
import '../../assets/options.css';


function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function Options() {
  const [entries, setEntries] = useState<CorpusEntry[] | null>(null);
  const [query, setQuery] = useState('');
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const [sentenceQuery, setSentenceQuery] = useState('');

  const refresh = () => send('corpus:list', {}).then(setEntries, (e) => setNotice({ kind: 'error', text: t('stateError', String(e)) }));
  useEffect(() => void refresh(), []);

  const shown = useMemo(() => {
    if (!entries) return null;
    const q = fold(query.trim());
    return q ? entries.filter((e) => fold(e.title).includes(q) || e.id.includes(q)) : entries;
  }, [entries, query]);

  const onExport = async () => {
    const r = await send('corpus:export', {});
    if (!r.ok) return setNotice({ kind: 'error', text: corpusErrorText(r.code, r.message) });
    const day = new Date().toISOString().slice(0, 10);
    r.files.forEach((f, i) => download(r.files.length > 1 ? `recoupe-corpus-${day}-${i + 1}.json` : `recoupe-corpus-${day}.json`, f));
    setNotice({ kind: 'ok', text: t('exportDone') });
  };

  const onRemove = async (id: string) => {
    const r = await send('corpus:remove', { id });
    if (!r.ok) setNotice({ kind: 'error', text: corpusErrorText(r.code, r.message) });
    await refresh();
  };

  const onSetPublished = async (id: string, published: string | null) => {
    const r = await send('corpus:set-published', { id, published });
    if (!r.ok) setNotice({ kind: 'error', text: corpusErrorText(r.code, r.message) });
    await refresh();
  };

  const onToggleHidden = async (id: string, hidden: boolean) => {
    const r = await send('corpus:set-hidden', { id, hidden });
    if (!r.ok) setNotice({ kind: 'error', text: corpusErrorText(r.code, r.message) });
    await refresh();
  };

  return (
    <main class="options">
      <header class="topbar">
        <span class="brand">
          <span class="logo" aria-hidden="true">R</span> Recoupe
        </span>
      </header>
      <h1>{t('optionsHeading')}</h1>
      <p>{t('optionsIntro')}</p>
      <section aria-labelledby="settings-heading" class="panel">
        <h2 id="settings-heading">{t('settingsHeading')}</h2>
        <SettingsForm />
      </section>
      <section aria-labelledby="sources-search-heading" class="panel">
        <h2 id="sources-search-heading">{t('sourcesSearchHeading')}</h2>
        <SearchField value={sentenceQuery} onChange={setSentenceQuery} />
        {sentenceQuery.trim() && <SearchPanel query={sentenceQuery} />}
      </section>
      <section aria-labelledby="corpus-heading" class="panel">
        <h2 id="corpus-heading">
          {t('corpusHeading')} {entries && <span class="count">{formatInteger(entries.length)}</span>}
        </h2>
        <div class="toolbar">
          <label class="search">
            <span class="visually-hidden">{t('corpusSearch')}</span>
            <input type="search" placeholder={t('corpusSearch')} value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
          </label>
          <button type="button" class="button" onClick={() => void onExport()}>
            {t('exportButton')}
          </button>
        </div>
        <Notice notice={notice} />
        <ImportPanel onImported={() => void refresh()} />
        {shown === null ? <p class="state state-busy" role="status" aria-busy="true">{t('loading')}</p> : <CorpusList entries={shown} onRemove={onRemove} onToggleHidden={onToggleHidden} onSetPublished={onSetPublished} />}
      </section>
      <footer class="privacy">{t('privacyNote')}</footer>
    </main>
  );
}

document.documentElement.lang = uiLang().slice(0, 2);
render(<Options />, document.getElementById('app')!);
