import { useEffect, useRef, useState } from 'preact/hooks';
import type { SearchHit } from '../core/search/index';
import type { Passage } from '../core/types';
import { send } from '../messaging/protocol';
import { passageMarkId } from '../messaging/marks';
import { groupPassages } from '../core/passages/group';
import { Marked } from './Marked';
import { formatInteger, t } from '../ui-text/i18n';

/** Wait this long after the last keystroke before searching. */
const DEBOUNCE_MS = 120;

export interface SearchPanelProps {
  query: string;
  /** Passages of the current page: a result that is one of their source sentences can be shown in the page. */
  passages?: Passage[];
  onSelect?: (markId: string) => void;
  /** The popup shows the results instead of its verdict: then their heading is the page's h1. */
  level?: 1 | 2;
}

/** The page passage (its mark id) whose source span overlaps this hit, if any. */
function markFor(hit: SearchHit, passages: Passage[] | undefined): string | null {
  if (!passages?.length) return null;
  for (const g of groupPassages(passages)) {
    if (g.matches.some((m) => m.source.id === hit.docId && m.source.start < hit.end && hit.start < m.source.end)) return passageMarkId(g.page.start, g.page.end);
  }
  return null;
}

/** Blank lines of page furniture ("Vues:", "Date:") shown as one line break. */
function tidy(text: string): string {
  return text.replace(/\n\s*\n+/g, '\n');
}

function Hit({ hit, passages, onSelect }: { hit: SearchHit; passages?: Passage[]; onSelect?: (id: string) => void }) {
  const [open, setOpen] = useState(false);
  const context = useRef<HTMLQuoteElement>(null);
  // The article around the sentence opens with the sentence in view.
  useEffect(() => {
    const box = context.current;
    const sentence = box?.querySelector<HTMLElement>('.ctx-sentence');
    if (box && sentence) box.scrollTop = Math.max(0, sentence.offsetTop - 48);
  }, [open]);
  const mark = markFor(hit, passages);
  const bodyId = `ctx-${hit.docId}-${hit.start}`.replace(/[^\w-]/g, '_');
  return (
    <li class="hit-item" data-doc-id={hit.docId}>
      {hit.text.trim() !== hit.title.trim() && (
        <div class="hit-title" lang={hit.lang}>
          {hit.title}
        </div>
      )}
      <q class="hit-text" lang={hit.lang}>
        <Marked text={hit.text} ranges={hit.marks} />
      </q>
      <div class="row-actions">
        <button type="button" class="link-button" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
          {open ? t('searchHideContext') : t('searchShowContext')}
        </button>
        {mark && onSelect && (
          <button type="button" class="link-button" onClick={() => onSelect(mark)}>
            {t('searchOnPage')}
          </button>
        )}
      </div>
      {open && (
        <blockquote ref={context} id={bodyId} class="hit-context" lang={hit.lang} tabIndex={0} role="region" aria-label={hit.title}>
          {hit.before.length > 0 && <span class="ctx">{tidy(hit.before)} </span>}
          <strong class="ctx-sentence">
            <Marked text={hit.text} ranges={hit.marks} />
          </strong>
          {hit.after.length > 0 && <span class="ctx">{tidy(hit.after)}</span>}
        </blockquote>
      )}
    </li>
  );
}

type Found = { status: 'busy' } | { status: 'done'; hits: SearchHit[]; ms: number } | { status: 'error'; message: string };

export function SearchPanel({ query, passages, onSelect, level = 2 }: SearchPanelProps) {
  const Heading = level === 1 ? 'h1' : 'h2';
  const [found, setFound] = useState<Found>({ status: 'busy' });
  const seq = useRef(0);
  useEffect(() => {
    const n = ++seq.current;
    setFound({ status: 'busy' });
    const timer = setTimeout(() => {
      send('corpus:search', { query }).then(
        (r) => n === seq.current && setFound({ status: 'done', hits: r.hits, ms: r.ms }),
        (e) => n === seq.current && setFound({ status: 'error', message: String(e) }),
      );
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query]);
  return (
    <section class="search-results" aria-labelledby="search-heading" aria-busy={found.status === 'busy'}>
      <Heading id="search-heading" class="plain-heading">
        {t('searchHeading')}{' '}
        {found.status === 'done' && <span class="count">{formatInteger(found.hits.length)}</span>}
      </Heading>
      <p class="visually-hidden" role="status">
        {found.status === 'done' ? (found.hits.length === 1 ? t('searchCountOne') : t('searchCount', formatInteger(found.hits.length))) : ''}
      </p>
      {found.status === 'busy' && <p class="state state-busy">{t('searchBusy')}</p>}
      {found.status === 'error' && <p class="state state-error" role="alert">{t('searchError', found.message)}</p>}
      {found.status === 'done' && found.hits.length === 0 && <p class="state">{t('searchNone', query.trim())}</p>}
      {found.status === 'done' && found.hits.length > 0 && (
        <ol class="hits">
          {found.hits.map((h) => (
            <Hit key={`${h.docId}:${h.start}`} hit={h} passages={passages} onSelect={onSelect} />
          ))}
        </ol>
      )}
    </section>
  );
}

/** The search field: role=search landmark, labelled, with a clear button; Escape clears. */
export function SearchField({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  return (
    <form role="search" class="search-field" onSubmit={(e) => e.preventDefault()}>
      <label for="search-input" class="visually-hidden">
        {t('searchLabel')}
      </label>
      <span class="search-icon" aria-hidden="true" />
      <input
        id="search-input"
        type="search"
        autocomplete="off"
        spellcheck={false}
        placeholder={t('searchPlaceholder')}
        value={value}
        onInput={(e) => onChange((e.target as HTMLInputElement).value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && value) {
            e.preventDefault();
            onChange('');
          }
        }}
      />
    </form>
  );
}
