import { useState } from 'preact/hooks';
import type { TabState } from '../messaging/protocol';
import { SourceList } from './SourceList';
import { PassageList, groupPassages } from './PassageList';
import { FigureTable } from './FigureTable';
import { formatInteger, t } from './i18n';

function Message({ text, busy = false }: { text: string; busy?: boolean }) {
  return (
    <p class={busy ? 'state state-busy' : 'state'} role="status" aria-busy={busy}>
      {text}
    </p>
  );
}

/** The whole popup body for one tab's state. `onSelect` scrolls the page to a passage or figure. */
export interface TabViewProps {
  state: TabState | null;
  /** Scroll the page to a passage or figure. */
  onSelect?: (markId: string) => void;
  /** Add the tab's article to the reader's corpus; resolves to an error text, or null when done. */
  onAdd?: () => Promise<string | null>;
}

function AddToCorpus({ inCorpus, onAdd }: { inCorpus: boolean; onAdd?: () => Promise<string | null> }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (inCorpus) return <p class="state added">{t('addedToCorpus')}</p>;
  if (!onAdd) return null;
  return (
    <div class="add-corpus">
      <button
        type="button"
        class="button"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setError(await onAdd());
          setBusy(false);
        }}
      >
        {t('addToCorpus')}
      </button>
      {error && <p role="alert" class="notice notice-error">{error}</p>}
    </div>
  );
}

export function TabView({ state, onSelect = () => undefined, onAdd }: TabViewProps) {
  if (state === null) return <Message text={t('stateNoTab')} />;
  switch (state.status) {
    case 'unknown':
      return <Message text={t('stateUnknown')} />;
    case 'analysing':
      return <Message text={t('stateAnalysing')} busy />;
    case 'not-article':
      return <Message text={t('stateNotArticle')} />;
    case 'silent':
      return <Message text={t('stateSilent')} />;
    case 'too-long':
      return <Message text={t('stateTooLong', formatInteger(state.chars))} />;
    case 'error':
      return <Message text={t('stateError', state.message)} />;
    case 'done': {
      const n = state.result.sources.length;
      if (n === 0) {
        return (
          <>
            <h1 class="verdict verdict-none">{t('verdictNone')}</h1>
            <Message text={t('stateNoMatch')} />
            <AddToCorpus inCorpus={state.inCorpus} onAdd={onAdd} />
          </>
        );
      }
      return (
        <>
          <h1 class="verdict">{n === 1 ? t('verdictOne') : t('verdictMany', formatInteger(n))}</h1>
          <section aria-labelledby="sources-heading">
            <h2 id="sources-heading">
              {t('sourcesHeading')} <span class="count">{formatInteger(n)}</span>
            </h2>
            <SourceList sources={state.result.sources} />
          </section>
          <section aria-labelledby="passages-heading">
            <h2 id="passages-heading">
              {t('passagesHeading')} <span class="count">{formatInteger(groupPassages(state.result.passages).length)}</span>
            </h2>
            {state.result.passages.length ? (
              <PassageList passages={state.result.passages} sources={state.result.sources} onSelect={onSelect} />
            ) : (
              <p class="state">{t('passagesNone')}</p>
            )}
          </section>
          <section aria-labelledby="figures-heading">
            <h2 id="figures-heading">
              {t('figuresHeading')} <span class="count">{formatInteger(state.result.figures.filter((f) => f.comparisons.length > 0).length)}</span>
            </h2>
            <FigureTable figures={state.result.figures} sources={state.result.sources} onSelect={onSelect} />
          </section>
          <AddToCorpus inCorpus={state.inCorpus} onAdd={onAdd} />
        </>
      );
    }
  }
}
