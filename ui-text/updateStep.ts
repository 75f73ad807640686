/**
 * How an `updated` comparison reads: a step from the older value to the newer one, with both days
 * ("120 → 180, du 3 au 4 mars" / "120 → 180, 3 to 4 March"). Shared by the popup and the in-page
 * hover cards (built in the background), so both say it the same way.
 */
import type { FigureComparison, FigureReport } from '../core/types';
import { formatValue } from './figureText';
import { ownWords } from './ownWords';
import { t, uiLang } from './i18n';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Day-month order in both languages ("4 mars", "4 March"), as the brief's wording and French do. */
function dateLocale(): string {
  const l = uiLang();
  return l.startsWith('en') ? 'en-GB' : l;
}

const asDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** Intl formatters are costly to build (a large share of a popup render): one per locale and style. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function dateFormat(opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = dateLocale();
  const key = `${locale}|${JSON.stringify(opts)}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, { ...opts, timeZone: 'UTC' })));
  return f;
}

/** A day as the UI writes it: "4 mars", or "4 mars 2024" with the year. */
export function formatDay(iso: string, withYear = false): string {
  if (!ISO_DAY.test(iso)) return iso;
  return dateFormat(withYear ? { day: 'numeric', month: 'long', year: 'numeric' } : { day: 'numeric', month: 'long' }).format(asDate(iso));
}

/** A short day for chart axes: "4 mars" / "4 Mar". */
export function formatShortDay(iso: string): string {
  if (!ISO_DAY.test(iso)) return iso;
  return dateFormat({ day: 'numeric', month: 'short' }).format(asDate(iso));
}

/** "du 3 au 4 mars", "du 28 février au 4 mars", "du 30 décembre 2024 au 2 janvier 2025" (and English). */
export function dayRange(from: string, to: string): string {
  if (!ISO_DAY.test(from) || !ISO_DAY.test(to)) return t('updateStepDates', from, to);
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  const sameMonth = sameYear && from.slice(5, 7) === to.slice(5, 7);
  const first = sameMonth ? dateFormat({ day: 'numeric' }).format(asDate(from)) : formatDay(from, !sameYear);
  return t('updateStepDates', first, formatDay(to, !sameYear));
}

export interface UpdateStep {
  /** The older value and the newer one, formatted. */
  from: string;
  to: string;
  /** "du 3 au 4 mars", or null when a day is unknown. */
  days: string | null;
}

/** The step an `updated` comparison makes, older value first; null for any other verdict. */
export function updateStep(f: FigureReport, c: FigureComparison): UpdateStep | null {
  if (c.verdict !== 'updated') return null;
  // A vague amount reads in its own words here too: "des milliers → 10 000–12 000".
  const page = { value: ownWords(f.page.text, f.qualifier) ?? formatValue(f.low, f.high, f.qualifier, f.unit, { near: f.near }), moment: f.moment };
  const source = { value: ownWords(c.source.text, c.qualifier) ?? formatValue(c.low, c.high, c.qualifier, f.unit, { near: c.near }), moment: c.moment };
  const pageNewer = c.newer ? c.newer === 'page' : !!(page.moment && source.moment && page.moment > source.moment);
  const [older, newer] = pageNewer ? [source, page] : [page, source];
  return { from: older.value, to: newer.value, days: older.moment && newer.moment ? dayRange(older.moment, newer.moment) : null };
}

/** The step as one line of plain text: "120 → 180, du 3 au 4 mars". */
export function updateStepText(s: UpdateStep): string {
  return `${s.from} → ${s.to}${s.days ? `, ${s.days}` : ''}`;
}
