import type { TabState } from '../messaging/protocol';
import { SourceList } from './SourceList';
import { formatInteger, t } from './i18n';

function Message({ text, busy = false }: { text: string; busy?: boolean }) {
  return (
    <p class={busy ? 'state state-busy' : 'state'} role="status" aria-busy={busy}>
      {text}
    </p>
  );
}

/** The whole popup body for one tab's state: a verdict first, then the detail. */
export function TabView({ state }: { state: TabState | null }) {
  if (state === null) return <Message text={t('stateNoTab')} />;
  switch (state.status) {
    case 'unknown':
      return <Message text={t('stateUnknown')} />;
    case 'analysing':
      return <Message text={t('stateAnalysing')} busy />;
    case 'not-article':
      return <Message text={t('stateNotArticle')} />;
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
        </>
      );
    }
  }
}
