import type { SourceMatch } from '../core/types';
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatInteger, formatPercent, t } from '../ui-text/i18n';
import { PublishedDay } from './PublishedDay';
import { tCount } from './plural';

/** Match strengths as words: readers judge "strong" faster than "0.63". */
const STRONG_MATCH = 0.6;
const GOOD_MATCH = 0.45;

function strengthKey(score: number): string {
  return score >= STRONG_MATCH ? 'matchStrong' : score >= GOOD_MATCH ? 'matchMedium' : 'matchWeak';
}

/**
 * Sources shown before "show more": a popup is 600 px tall and the first few, best-scored, are
 * the ones read; at newsroom scale the list holds 50, each with its reasons, and rendering them all
 * up front made the popup's first paint measurably slower.
 */
export const INITIAL_SOURCES = 10;

/** `total`: all same-story sources, when `sources` holds only the best of them. */
export function SourceList({ sources, total = sources.length }: { sources: SourceMatch[]; total?: number }) {
  const [all, setAll] = useState(false);
  const list = useRef<HTMLUListElement>(null);
  const shown = all ? sources : sources.slice(0, INITIAL_SOURCES);
  const hidden = sources.length - shown.length;
  // The button disappears once pressed: keyboard focus goes to the first source it revealed.
  useEffect(() => {
    if (all) list.current?.querySelectorAll<HTMLElement>('.source')[INITIAL_SOURCES]?.focus();
  }, [all]);
  return (
    <>
    <ul class="sources" aria-label={t('sourcesHeading')} ref={list}>
      {shown.map((s) => (
        <li class="source" key={s.id} data-source-id={s.id} tabIndex={-1}>
          <div class="source-title">{s.title}</div>
          <div class="source-strength" title={t('matchScore', formatPercent(s.score))}>
            <span class="meter" role="meter" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(s.score * 100)} aria-label={t('matchScore', formatPercent(s.score))}>
              <span class="meter-fill" style={{ width: `${Math.round(Math.min(1, s.score) * 100)}%` }} />
            </span>
            <span class="strength-label">{t(strengthKey(s.score))}</span>
            {/* The dot goes with the day: when the line is short the day moves down whole, never splitting the label. */}
            <span class="source-day"><span aria-hidden="true">·</span> <PublishedDay day={s.published} /></span>
          </div>
          {s.why.length > 0 && (
            <div class="why">
              <span class="why-label">{t('why')}</span>
              <ul class="chips">
                {s.why.map((w) => (
                  <li class="chip" key={w}>{w}</li>
                ))}
              </ul>
            </div>
          )}
        </li>
      ))}
    </ul>
    {hidden > 0 && (
      <button type="button" class="button show-more" onClick={() => setAll(true)}>
        {hidden === 1 ? t('showOneMoreSource') : t('showMoreSources', formatInteger(hidden))}
      </button>
    )}
    {/* Said once the list is open, so it does not sit under a "show more" that counts others. */}
    {hidden === 0 && total > sources.length && <p class="state more-sources">{tCount(total - sources.length, 'moreSourcesOne', 'moreSources')}</p>}
    </>
  );
}
