import { useState } from 'preact/hooks';
import type { SourceMatch, Timeline, TimelinePoint } from '../core/types';
import { figureMarkId } from '../messaging/marks';
import { countsLabel } from '../ui-text/countsLabel';
import { formatValue } from '../ui-text/figureText';
import { formatInteger, t, uiLang } from '../ui-text/i18n';
import { saidByText } from '../ui-text/saidBy';
import { CHART, placeTimeline, type PlacedPoint } from './timelineScale';
import { formatDay, formatShortDay } from '../ui-text/updateStep';

/** Radius of a point; the page's is larger, so it stands out without colour alone. */
const R_SOURCE = 4;
const R_PAGE = 6;
/** Length of the arrow head that marks an open side ("more than", "up to"). */
const ARROW = 6;

/** A point's source by id ('page' or a corpus id): its name, and its language (who says a value is quoted when not the UI's). */
interface Names { of: (id: string) => string; langOf: (id: string) => string | undefined }

function pointLabel(p: TimelinePoint, unit: string, names: Names): string {
  return t('timelinePoint', formatDay(p.moment, true), formatValue(p.low, p.high, p.qualifier, unit, { near: p.near }), names.of(p.source));
}

/** One point: a dot for one value, a bar for an interval, an arrow head on each open side. */
function Mark({ m, unit, names, selected, onChoose }: { m: PlacedPoint; unit: string; names: Names; selected: boolean; onChoose: () => void }) {
  const isPage = m.point.source === 'page';
  const r = isPage ? R_PAGE : R_SOURCE;
  const interval = m.yLow !== m.yHigh;
  const label = pointLabel(m.point, unit, names);
  const cy = m.openHigh && !m.openLow ? m.yLow : m.openLow && !m.openHigh ? m.yHigh : (m.yLow + m.yHigh) / 2;
  return (
    <g
      class={`tl-point${isPage ? ' tl-page' : ''}${selected ? ' tl-selected' : ''}`}
      role="button"
      tabindex={0}
      aria-label={label}
      aria-pressed={selected}
      onClick={onChoose}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onChoose();
        }
      }}
    >
      <title>{label}</title>
      {/* A wide invisible target, for the pointer and the focus ring. */}
      <rect class="tl-hit" x={m.x - 9} y={Math.min(m.yHigh, cy) - 9} width={18} height={Math.abs(m.yLow - m.yHigh) + 18} rx={4} />
      {interval && <line class={`tl-bar${m.openHigh || m.openLow ? ' tl-open' : ''}`} x1={m.x} x2={m.x} y1={m.yLow} y2={m.yHigh} />}
      {interval && !m.openLow && <line class="tl-bar" x1={m.x - 4} x2={m.x + 4} y1={m.yLow} y2={m.yLow} />}
      {interval && !m.openHigh && <line class="tl-bar" x1={m.x - 4} x2={m.x + 4} y1={m.yHigh} y2={m.yHigh} />}
      {m.openHigh && <path class="tl-arrow" d={`M${m.x - ARROW / 2},${m.yHigh + ARROW} L${m.x},${m.yHigh} L${m.x + ARROW / 2},${m.yHigh + ARROW} Z`} />}
      {m.openLow && <path class="tl-arrow" d={`M${m.x - ARROW / 2},${m.yLow - ARROW} L${m.x},${m.yLow} L${m.x + ARROW / 2},${m.yLow - ARROW} Z`} />}
      <circle class="tl-dot" cx={m.x} cy={cy} r={r} />
    </g>
  );
}

/** Value ticks: "5 000", "10 000"; compact from a hundred thousand ("600 k"). */
const tickFormats = new Map<string, Intl.NumberFormat>();
function tickFormat(lang: string, v: number): string {
  const notation = v >= 100_000 ? 'compact' : 'standard';
  let f = tickFormats.get(`${lang}|${notation}`);
  if (!f) tickFormats.set(`${lang}|${notation}`, (f = new Intl.NumberFormat(lang, { notation })));
  return f.format(v);
}

function Chart({ timeline, label, names, selected, onChoose }: { timeline: Timeline; label: string; names: Names; selected: number | null; onChoose: (i: number) => void }) {
  const placed = placeTimeline(timeline);
  const { x0, x1, y0, y1 } = placed.plot;
  const lang = uiLang();
  return (
    <svg class="tl-chart" viewBox={`0 0 ${CHART.width} ${CHART.height}`} role="group" aria-label={t('timelineChartLabel', label)}>
      {placed.yTicks.map(([v, y]) => (
        <g key={`y${v}`} aria-hidden="true">
          <line class="tl-grid" x1={x0} x2={x1} y1={y} y2={y} />
          <text class="tl-tick" x={x0 - 6} y={y + 4} text-anchor="end">
            {tickFormat(lang, v)}
          </text>
        </g>
      ))}
      <line class="tl-axis" x1={x0} x2={x1} y1={y0} y2={y0} aria-hidden="true" />
      <line class="tl-axis" x1={x0} x2={x0} y1={y0} y2={y1} aria-hidden="true" />
      {placed.xTicks.map(([d, x]) => (
        <text key={`x${d}`} class="tl-tick" x={x} y={y0 + 16} text-anchor="middle" aria-hidden="true">
          {formatShortDay(d)}
        </text>
      ))}
      {/* Sources first, the page last, so the page's mark is drawn on top. */}
      {placed.points
        .map((m, i) => [m, i] as const)
        .sort(([a], [b]) => Number(a.point.source === 'page') - Number(b.point.source === 'page'))
        .map(([m, i]) => (
          <Mark key={`${m.point.source}:${m.point.start}`} m={m} unit={timeline.unit} names={names} selected={selected === i} onChoose={() => onChoose(i)} />
        ))}
    </svg>
  );
}

function PointTable({ timeline, caption, names, visible }: { timeline: Timeline; caption: string; names: Names; visible: boolean }) {
  return (
    <table class={visible ? 'tl-table' : 'tl-table visually-hidden'}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('timelineColDate')}</th>
          <th scope="col">{t('timelineColValue')}</th>
          <th scope="col">{t('timelineColSource')}</th>
        </tr>
      </thead>
      <tbody>
        {timeline.points.map((p) => (
          <tr key={`${p.source}:${p.start}`} class={p.source === 'page' ? 'tl-row-page' : undefined}>
            <td>{formatDay(p.moment, true)}</td>
            <td>{formatValue(p.low, p.high, p.qualifier, timeline.unit, { near: p.near })}</td>
            <td>
              {names.of(p.source)}
              {p.saidBy ? ` · ${saidByText(p.saidBy, names.langOf(p.source))}` : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One count: its chart, its table, and the passage of the point chosen. */
function TimelineCount({ timeline, names, onSelect }: { timeline: Timeline; names: Names; onSelect: (markId: string) => void }) {
  const [selected, setSelected] = useState<number | null>(null);
  const [table, setTable] = useState(false);
  const label = countsLabel(timeline.counts, uiLang(), timeline.countsFr);
  const chosen = selected === null ? null : timeline.points[selected];
  const choose = (i: number) => {
    setSelected(i);
    const p = timeline.points[i];
    // The page's point goes to the figure in the page, as the figures list does.
    if (p.source === 'page') onSelect(figureMarkId(p.start, p.end));
  };
  return (
    <li class="timeline">
      <h4 class="counts" lang={label.lang}>
        {label.text}
      </h4>
      <Chart timeline={timeline} label={label.text} names={names} selected={selected} onChoose={choose} />
      <button type="button" class="link-button tl-toggle" aria-expanded={table} onClick={() => setTable(!table)}>
        {t('timelineShowTable')}
      </button>
      <PointTable timeline={timeline} caption={t('timelineTableCaption', label.text)} names={names} visible={table} />
      <div class="tl-passage-slot" aria-live="polite">
        {chosen && (
          <figure class={`tl-passage${chosen.source === 'page' ? ' tl-passage-page' : ''}`}>
            <figcaption>
              {pointLabel(chosen, timeline.unit, names)}
              {chosen.saidBy ? ` · ${saidByText(chosen.saidBy, names.langOf(chosen.source))}` : ''}
            </figcaption>
            <blockquote>{chosen.sentence}</blockquote>
          </figure>
        )}
      </div>
    </li>
  );
}

/** Every count the page and its sources give at two or more dates, one small chart each. */
export function TimelineList({ timelines, sources, pageLang, onSelect }: { timelines: Timeline[]; sources: SourceMatch[]; pageLang?: string; onSelect: (markId: string) => void }) {
  if (timelines.length === 0) return null;
  const titles = new Map(sources.map((s) => [s.id, s.title]));
  const langs = new Map(sources.map((s) => [s.id, s.lang]));
  const names: Names = {
    of: (id) => (id === 'page' ? t('figurePageValue') : titles.get(id) ?? id),
    langOf: (id) => (id === 'page' ? pageLang : langs.get(id)),
  };
  return (
    <div class="timelines">
      <h3 class="timelines-heading">
        {t('timelineHeading')} <span class="count">{formatInteger(timelines.length)}</span>
      </h3>
      <p class="legend">{t('timelineLegend')}</p>
      <ul class="timeline-list">
        {timelines.map((tl) => (
          <TimelineCount key={tl.counts} timeline={tl} names={names} onSelect={onSelect} />
        ))}
      </ul>
    </div>
  );
}
