import type { SourceMatch } from '../core/types';
import { useState } from 'preact/hooks';
import { formatInteger, formatPercent, t } from './i18n';

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

export function SourceList({ sources }: { sources: SourceMatch[] }) {
  const [all, setAll] = useState(false);
  const shown = all ? sources : sources.slice(0, INITIAL_SOURCES);
  return (
    <>
    <ul class="sources" aria-label={t('sourcesHeading')}>
      {shown.map((s) => (
        <li class="source" key={s.id} data-source-id={s.id}>
          <div class="source-title">{s.title}</div>
          <div class="source-strength" title={t('matchScore', formatPercent(s.score))}>
            <span class="meter" role="meter" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(s.score * 100)} aria-label={t('matchScore', formatPercent(s.score))}>
              <span class="meter-fill" style={{ width: `${Math.round(Math.min(1, s.score) * 100)}%` }} />
            </span>
            <span class="strength-label">{t(strengthKey(s.score))}</span>
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
    {shown.length < sources.length && (
      <button type="button" class="button show-more" onClick={() => setAll(true)}>
        {t('showMoreSources', formatInteger(sources.length - shown.length))}
      </button>
    )}
    </>
  );
}
