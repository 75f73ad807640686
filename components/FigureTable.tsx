import type { FigureReport, SourceMatch } from '../core/types';
import { figureMarkId } from '../messaging/marks';
import { formatValue } from './figureText';
import { t } from './i18n';

/** Rows that disagree come first: they are what the reader needs to see. */
const VERDICT_ORDER = { differs: 0, overlaps: 1, related: 2, agrees: 3 } as const;

function rowRank(f: FigureReport): number {
  return Math.min(4, ...f.comparisons.map((c) => VERDICT_ORDER[c.verdict]));
}

export function FigureTable({ figures, sources, onSelect }: { figures: FigureReport[]; sources: SourceMatch[]; onSelect: (markId: string) => void }) {
  const titles = new Map(sources.map((s) => [s.id, s.title]));
  const rows = figures.filter((f) => f.comparisons.length > 0).sort((a, b) => rowRank(a) - rowRank(b) || a.page.start - b.page.start);
  if (rows.length === 0) return <p class="state">{t('figuresNone')}</p>;
  return (
    <ul class="figures">
      {rows.map((f) => {
        const id = figureMarkId(f.page.start, f.page.end);
        return (
          <li class="figure" key={id} data-mark-id={id}>
            <button type="button" class="figure-page" onClick={() => onSelect(id)} aria-label={t('figureGoTo', f.page.text)}>
              <span class="counts">{f.counts}</span>
              <span class="value">{formatValue(f.low, f.high, f.qualifier, f.unit)}</span>
              <span class="label">
                {t('onThisPage')}
                {f.saidBy ? ` · ${t('saidBy', f.saidBy)}` : ''}
              </span>
            </button>
            <ul class="comparisons">
              {f.comparisons.map((c) => (
                <li class="comparison" key={`${c.source.id}:${c.source.start}`}>
                  <span class={`verdict-badge verdict-${c.verdict}`}>{t(`verdict_${c.verdict}`)}</span>{' '}
                  <span class="value">{formatValue(c.low, c.high, c.qualifier, f.unit)}</span>
                  <span class="label">
                    {' '}
                    {titles.get(c.source.id) ?? c.source.id}
                    {c.saidBy ? ` · ${t('saidBy', c.saidBy)}` : ''}
                  </span>
                  <q class="quote">{c.source.text}</q>
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
