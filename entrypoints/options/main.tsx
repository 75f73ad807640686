import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { send, type CorpusEntry } from '../../messaging/protocol';
import { CorpusList } from '../../components/CorpusList';
import { t, uiLang } from '../../components/i18n';
import '../../assets/popup.css';
import '../../assets/options.css';

function Options() {
  const [entries, setEntries] = useState<CorpusEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    send('corpus:list', {}).then(setEntries, (e) => setError(String(e)));
  }, []);
  return (
    <main class="options">
      <header class="brand">
        <span class="logo" aria-hidden="true">R</span> Recoupe
      </header>
      <h1>{t('optionsHeading')}</h1>
      <p>{t('optionsIntro')}</p>
      <section aria-labelledby="corpus-heading">
        <h2 id="corpus-heading">
          {t('corpusHeading')} {entries && <span class="count">{entries.length}</span>}
        </h2>
        {error ? <p role="alert">{t('stateError', error)}</p> : entries === null ? <p role="status">…</p> : <CorpusList entries={entries} />}
      </section>
      <footer class="privacy">{t('privacyNote')}</footer>
    </main>
  );
}

document.documentElement.lang = uiLang().slice(0, 2);
render(<Options />, document.getElementById('app')!);
