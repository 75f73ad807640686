import { useId, useState } from 'preact/hooks';
import type { FigureComparison, FigureReport, SourceMatch, Verdict } from '../core/types';
import { figureMarkId } from '../messaging/marks';
import { countsLabel } from '../ui-text/countsLabel';
import { formatValue } from '../ui-text/figureText';
import { ownWords } from '../ui-text/ownWords';
import { formatInteger, t, uiLang } from '../ui-text/i18n';
import { updateStep } from '../ui-text/updateStep';
import { figureRows, rowSpeakers } from '../ui-text/figureRows';
import { yearNote } from '../ui-text/figureYear';
import { saidByText } from '../ui-text/saidBy';
import { distinctComparisons, MAX_COMPARISONS, VERDICT_ORDER, worstVerdict } from '../messaging/shown-limits';
import { tCount } from './plural';
import { relatedReason } from '../ui-text/relatedReason';


function worst(f: FigureReport): Verdict {
  return worstVerdict(f.comparisons);
}

/** A verdict as a badge: a word (never colour alone) plus a symbol, and a longer hint for tooltips. */
export function VerdictBadge({ verdict, undated }: { verdict: Verdict; undated?: boolean }) {
  const symbol = { agrees: '=', overlaps: '≈', differs: '≠', related: '~', updated: '→' }[verdict];
  // A same count left 'related' for want of a date (ui-text/relatedReason.ts) says so, not "another count".
  const key = undated ? `${verdict}_undated` : verdict;
  return (
    <span class={`verdict-badge verdict-${verdict}${undated ? ' verdict-undated' : ''}`} title={t(`verdictHint_${key}`)}>
      <span class="badge-symbol" aria-hidden="true">
        {symbol}
      </span>
      {t(`verdict_${key}`)}
    </span>
  );
}

/** An update as a step: "120 → 180 personnes tuées, du 3 au 4 mars", in the update colour. */
function UpdateStepLine({ f, c, label }: { f: FigureReport; c: FigureComparison; label: { text: string; lang: string } }) {
  const step = updateStep(f, c);
  if (!step) return null;
  return (
    <div class="update-step" title={t('updateStepLabel')}>
      {step.from}
      <span aria-hidden="true"> → </span>
      <span class="visually-hidden"> {t('updateStepThen')} </span>
      {step.to}{' '}
      <span lang={label.lang}>{label.text}</span>
      {step.days ? `, ${step.days}` : ''}
    </div>
  );
}

/**
 * A value as the reader should see it: the writer's own words when they are not a number
 * ("des milliers"), with the interval it is compared as beside them; else the formatted value.
 */
function Value({ text, low, high, qualifier, unit, near }: { text: string; low: FigureReport['low']; high: FigureReport['high']; qualifier: FigureReport['qualifier']; unit: string; near?: boolean }) {
  const words = ownWords(text, qualifier);
  const value = formatValue(low, high, qualifier, unit, { near });
  if (!words) return <span class="value">{value}</span>;
  return (
    <>
      <span class="value own-words">{words}</span> <span class="value-interval">({value})</span>
    </>
  );
}

/** Publication days by source id, and the page's: a value's year reads against its own article's. */
interface Dates {
  page: string | null | undefined;
  sources: Map<string, string | undefined>;
}

/** Languages of the page and of each source by id: who says a value is quoted when not in the UI's language. */
interface Langs {
  page: string | undefined;
  sources: Map<string, string | undefined>;
}

/**
 * One figure: what it counts, the page's value (a button that scrolls the page to it), each source's
 * value; beside a value whose sentence names another year, that year ("pour 2026", "en 2003").
 */
function FigureRow({ f, also, titles, dates, langs, lang, onSelect }: { f: FigureReport; also: FigureReport[]; titles: Map<string, string>; dates: Dates; langs: Langs; lang: string; onSelect: (markId: string) => void }) {
  const id = figureMarkId(f.page.start, f.page.end);
  const label = countsLabel(f.counts, lang, f.countsFr);
  const pageYear = yearNote(f.year, dates.page);
  const rows = distinctComparisons(f.comparisons);
  return (
    <li class={`figure figure-${worst(f)}`} data-mark-id={id} data-also-mark-ids={also.length > 0 ? also.map((g) => figureMarkId(g.page.start, g.page.end)).join(' ') : undefined}>
      <div class="counts" lang={label.lang}>
        {label.text}
      </div>
      <button type="button" class="figure-page" onClick={() => onSelect(id)} title={t('figureGoTo', f.page.text)}>
        <span class="visually-hidden">{t('searchOnPage')} · </span>
        <Value text={f.page.text} low={f.low} high={f.high} qualifier={f.qualifier} unit={f.unit} near={f.near} />
        <span class="who">
          {t('figurePageValue')}
          {pageYear && <span class="figure-year">{` · ${pageYear}`}</span>}
          {/* A row standing for several mentions names each one's speaker. */}
          {rowSpeakers(f, also).map((who) => ` · ${saidByText(who, langs.page)}`).join('')}
        </span>
        {/* The same value said again further down: one row, the page marks every mention; the button goes to the first. */}
        {also.length > 0 && <span class="figure-also">{tCount(also.length, 'figureAlsoOnPageOne', 'figureAlsoOnPage')}</span>}
      </button>
      <ul class="comparisons">
        {rows.slice(0, MAX_COMPARISONS).map((c) => {
          const year = yearNote(c.year, dates.sources.get(c.source.id));
          return (
          <li class={`comparison comparison-${c.verdict}`} key={`${c.source.id}:${c.source.start}`}>
            <div class="comparison-line">
              {/* One flex item: the year stays beside its value, the badge at the line's end. */}
              <span class="comparison-value">
                {/* A value converted from another unit is shown as written ("10 ans"), never as a bare converted number. */}
                {c.converted ? <span class="value own-words">{c.source.text}</span> : <Value text={c.source.text} low={c.low} high={c.high} qualifier={c.qualifier} unit={f.unit} near={c.near} />}
                {year && <> <span class="figure-year">{year}</span></>}
              </span>
              <VerdictBadge verdict={c.verdict} undated={relatedReason(f, c, dates.page, dates.sources.get(c.source.id)) === 'undated'} />
            </div>
            <UpdateStepLine f={f} c={c} label={label} />
            {c.saidBy && <div class="said-by">{saidByText(c.saidBy, langs.sources.get(c.source.id))}</div>}
            <div class="who source-of">{titles.get(c.source.id) ?? c.source.id}</div>
          </li>
          );
        })}
        {rows.length > MAX_COMPARISONS && <li class="comparison more">{tCount(rows.length - MAX_COMPARISONS, 'moreComparisonsOne', 'moreComparisons')}</li>}
      </ul>
    </li>
  );
}

/** Disagreements first, then in page order. */
function byConcern(a: FigureReport, b: FigureReport): number {
  return VERDICT_ORDER[worst(a)] - VERDICT_ORDER[worst(b)] || a.page.start - b.page.start;
}

/**
 * One row per thing counted, disagreements first. Dates, times and figures the engine marks not
 * salient (figureRows.ts) are folded under one button: compared, but rarely what the reader checks.
 */
export function FigureTable({ figures, sources, published, pageLang, onSelect }: { figures: FigureReport[]; sources: SourceMatch[]; published?: string | null; pageLang?: string; onSelect: (markId: string) => void }) {
  const [minorOpen, setMinorOpen] = useState(false);
  // Unique per table: a fixed id would point every button's aria-controls at the first table's list.
  const minorId = useId();
  const titles = new Map(sources.map((s) => [s.id, s.title]));
  const dates: Dates = { page: published, sources: new Map(sources.map((s) => [s.id, s.published])) };
  const langs: Langs = { page: pageLang, sources: new Map(sources.map((s) => [s.id, s.lang])) };
  const { main, minor, repeats } = figureRows(figures);
  const lang = uiLang();
  const shown = minorOpen ? [...main, ...minor] : main;
  // Each legend only for the badges it explains: another count, or a same count whose order no date tells.
  const undated = (f: FigureReport, c: FigureComparison) => relatedReason(f, c, dates.page, dates.sources.get(c.source.id)) === 'undated';
  const anyRelated = shown.some((f) => f.comparisons.some((c) => c.verdict === 'related' && !undated(f, c)));
  const anyUndated = shown.some((f) => f.comparisons.some((c) => undated(f, c)));
  return (
    <>
      {main.length > 0 && (
        <ul class="figures">
          {[...main].sort(byConcern).map((f) => (
            <FigureRow key={figureMarkId(f.page.start, f.page.end)} f={f} also={repeats.get(f) ?? []} titles={titles} dates={dates} langs={langs} lang={lang} onSelect={onSelect} />
          ))}
        </ul>
      )}
      {main.length === 0 && minor.length === 0 && <p class="state">{t('figuresNone')}</p>}
      {/* The heading counts rows; with none, say why before the button rather than show "0" alone. */}
      {main.length === 0 && minor.length > 0 && <p class="state">{t('figuresOnlyMinor')}</p>}
      {minor.length > 0 && (
        <>
          <button type="button" class="button show-more minor-toggle" aria-expanded={minorOpen} aria-controls={minorId} onClick={() => setMinorOpen(!minorOpen)}>
            {minorOpen ? t('hideMinorFigures') : minor.length === 1 ? t('showOneMinorFigure') : t('showMinorFigures', formatInteger(minor.length))}
          </button>
          {/* Rendered only when open: folded figures cost the first paint nothing. */}
          <ul class="figures figures-minor" id={minorId} aria-label={t('minorFiguresLabel')} hidden={!minorOpen}>
            {minorOpen && [...minor].sort(byConcern).map((f) => (
              <FigureRow key={figureMarkId(f.page.start, f.page.end)} f={f} also={repeats.get(f) ?? []} titles={titles} dates={dates} langs={langs} lang={lang} onSelect={onSelect} />
            ))}
          </ul>
        </>
      )}
      {anyRelated && <p class="legend">{t('figureLegend')}</p>}
      {anyUndated && <p class="legend legend-undated">{t('figureLegendUndated')}</p>}
    </>
  );
}
