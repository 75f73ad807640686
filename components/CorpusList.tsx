import type { CorpusEntry } from '../messaging/protocol';
import { formatInteger, t } from '../ui-text/i18n';
import { PublishedDay } from './PublishedDay';

export interface CorpusListProps {
  entries: CorpusEntry[];
  onRemove?: (id: string) => void;
  onToggleHidden?: (id: string, hidden: boolean) => void;
  /** The reader sets (YYYY-MM-DD) or clears (null) one of their article's publication day. */
  onSetPublished?: (id: string, day: string | null) => void;
}

export function CorpusList({ entries, onRemove, onToggleHidden, onSetPublished }: CorpusListProps) {
  if (entries.length === 0) return <p class="state">{t('corpusEmpty')}</p>;
  return (
    <ul class="sources corpus">
      {entries.map((e) => (
        <li class={e.hidden ? 'source is-hidden' : 'source'} key={e.id} data-source-id={e.id}>
          <div class="source-title" lang={e.lang}>{e.title}</div>
          <div class="source-strength">
            {/* One flex item: the row's gap would otherwise sit around the date's own element. */}
            <span>
              {e.bundled ? t('corpusBundled') : t('corpusMine')} · {e.lang.toUpperCase()} · <PublishedDay day={e.published} /> · {t('corpusChars', formatInteger(e.chars))}
              {e.hidden ? ` · ${t('corpusHiddenLabel')}` : ''}
            </span>
          </div>
          {/* A .txt import has no day: without one no update and no timeline can be told. The reader sets
              or corrects it here; a native date input, so keyboard and screen readers work as everywhere. */}
          {!e.bundled && onSetPublished && (
            <label class="source-date">
              {t('corpusDateLabel')}{' '}
              <input
                type="date"
                value={e.published ?? ''}
                max={new Date().toISOString().slice(0, 10)}
                aria-label={t('corpusDateNamed', e.title)}
                onChange={(ev) => onSetPublished(e.id, (ev.currentTarget as HTMLInputElement).value || null)}
              />
            </label>
          )}
          <div class="row-actions">
            {e.bundled && onToggleHidden && (
              // Named, as Remove is: a screen reader listing the buttons would otherwise hear "Hide" five times.
              <button type="button" class="link-button" onClick={() => onToggleHidden(e.id, !e.hidden)} aria-label={t(e.hidden ? 'corpusShowNamed' : 'corpusHideNamed', e.title)}>
                {e.hidden ? t('corpusShow') : t('corpusHide')}
              </button>
            )}
            {!e.bundled && onRemove && (
              <button type="button" class="link-button danger" onClick={() => onRemove(e.id)} aria-label={t('corpusRemoveNamed', e.title)}>
                {t('corpusRemove')}
              </button>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
