import { useState } from 'preact/hooks';
import type { TabState } from '../messaging/protocol';
import { SourceList } from './SourceList';
import { PassageList, groupPassages } from './PassageList';
import { FigureTable } from './FigureTable';
import { TimelineList } from './Timeline';
import { AfterPaint } from './AfterPaint';
import { Section } from './Section';
import { formatInteger, t } from '../ui-text/i18n';
import { PublishedDay } from './PublishedDay';
import { chartedTimelines, figureRows } from '../ui-text/figureRows';

function Message({ text, busy = false, kind = 'info' }: { text: string; busy?: boolean; kind?: 'info' | 'error' }) {
  return (
    <p class={`state${busy ? ' state-busy' : ''}${kind === 'error' ? ' state-error' : ''}`} role={kind === 'error' ? 'alert' : 'status'} aria-busy={busy}>
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

/**
 * The result for a page that sources cover: the verdict, the summary, then sources, passages and
 * figures (the last two drawn after the verdict is painted).
 */
function Found({ state, n, onSelect, onAdd }: { state: Extract<TabState, { status: 'done' }>; n: number; onSelect: (markId: string) => void; onAdd?: () => Promise<string | null> }) {
  const passageCount = groupPassages(state.result.passages).length;
  // Counted as the figures section lists them: its rows, not the dates and small numbers folded below them.
  const figures = figureRows(state.result.figures).main;
  const figureCount = figures.length;
  const differs = figures.some((f) => f.comparisons.some((c) => c.verdict === 'differs'));
  // Passages, figures and the timeline name their sources from the listed ones and the others they quote.
  const named = [...state.result.sources, ...Object.entries(state.cited ?? {}).map(([id, s]) => ({ id, title: s.title, published: s.published, lang: s.lang, score: 0, why: [] }))];
  return (
    <>
      <div class="verdict-block">
        <span class="verdict-number" aria-hidden="true">
          {formatInteger(n)}
        </span>
        <h1 class="verdict" elementtiming="verdict">{n === 1 ? t('verdictOne') : t('verdictMany', formatInteger(n))}</h1>
      </div>
      {/* The page's own date: what sets an update ("updated") apart from a contradiction. */}
      <p class="page-date">{t('pageDate')} <PublishedDay day={state.published} /></p>
      <nav aria-label={t('summaryNav')}>
        <ul class="summary">
          <li>
            <a href="#sources">
              {t('sourcesHeading')} <span class="n">{formatInteger(n)}</span>
            </a>
          </li>
          <li>
            <a href="#passages">
              {t('passagesShort')} <span class="n">{formatInteger(passageCount)}</span>
            </a>
          </li>
          <li>
            <a href="#figures" class={differs ? 'summary-differs' : undefined}>
              {t('figuresHeading')} <span class="n">{formatInteger(figureCount)}</span>
            </a>
          </li>
        </ul>
      </nav>
      <Section id="sources" title={t('sourcesHeading')} count={n}>
        <SourceList sources={state.result.sources} total={n} />
      </Section>
      {/*
        * Passages, figures and the timeline lie below the fold and are drawn after the verdict is
        * painted: at 10,000 articles they are most of the first render (a word diff per passage
        * shown), and their counts are already in the summary and the section headings.
        */}
      <Section id="passages" title={t('passagesHeading')} count={passageCount}>
        <AfterPaint label={t('busyPassages')}>
          {state.result.passages.length ? (
            <PassageList passages={state.result.passages} sources={named} onSelect={onSelect} />
          ) : (
            <p class="state">{t('passagesNone')}</p>
          )}
        </AfterPaint>
      </Section>
      <Section id="figures" title={t('figuresHeading')} count={figureCount}>
        <AfterPaint label={t('busyFigures')}>
          <FigureTable figures={state.result.figures} sources={named} published={state.published} pageLang={state.lang} onSelect={onSelect} />
        </AfterPaint>
        {/* A result stored by an older version has no timeline. No label: the figures' line says it. */}
        <AfterPaint>
          <TimelineList timelines={chartedTimelines(state.result.timeline ?? [], state.result.figures)} sources={named} pageLang={state.lang} onSelect={onSelect} />
        </AfterPaint>
      </Section>
      <AddToCorpus inCorpus={state.inCorpus} onAdd={onAdd} />
    </>
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
      return <Message text={t('stateError', state.message)} kind="error" />;
    case 'done': {
      const n = state.sourceCount ?? state.result.sources.length;
      if (n === 0) {
        return (
          <>
            <h1 class="verdict verdict-none" elementtiming="verdict">{t('verdictNone')}</h1>
            <Message text={t('stateNoMatch')} />
            <AddToCorpus inCorpus={state.inCorpus} onAdd={onAdd} />
          </>
        );
      }
      return <Found state={state} n={n} onSelect={onSelect} onAdd={onAdd} />;
    }
  }
}
