/**
 * Write numbers and figures back in French or English, as the popup shows them. Whatever these
 * functions write, extractFigures reads back to the same value (a property test holds them to it).
 * French groups thousands with a no-break space and uses a decimal comma; English uses commas and a point.
 */
import type { Bound, Lang, Qualifier } from '../types';

/** French thousands separator: U+202F narrow no-break space, the typographic norm (fold reads it as a space). */
const FR_GROUP = '\u202f';
/** Digits kept after the decimal mark; news figures never need more, and it keeps output short. */
const MAX_DECIMALS = 6;

const FR_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "600 000", "1,5" (fr); "600,000", "1.5" (en). */
export function formatNumber(value: number, lang: Lang): string {
  if (!Number.isFinite(value)) return String(value);
  const neg = value < 0;
  const abs = Math.abs(value);
  let [int, dec = ''] = abs.toFixed(MAX_DECIMALS).split('.');
  dec = dec.replace(/0+$/, '');
  const sep = lang === 'fr' ? FR_GROUP : ',';
  int = int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const out = dec ? `${int}${lang === 'fr' ? ',' : '.'}${dec}` : int;
  return neg ? `-${out}` : out;
}

function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4}|-)-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  const year = m[1] === '-' ? '' : m[1];
  const month = Number(m[2]) - 1;
  const day = m[3] ? Number(m[3]) : null;
  if (lang === 'fr') return [day === null ? '' : day === 1 ? '1er' : String(day), FR_MONTHS[month], year].filter(Boolean).join(' ');
  const md = day === null ? EN_MONTHS[month] : `${EN_MONTHS[month]} ${day}`;
  return year ? (day === null ? `${md} ${year}` : `${md}, ${year}`) : md;
}

function formatBound(b: Bound, unit: string, lang: Lang): string {
  if (b === null) return '';
  if (typeof b === 'number') return formatNumber(b, lang);
  if (unit === 'time') return lang === 'fr' ? b.replace(':', 'h') : b;
  return formatDate(b, lang);
}

const UNIT_SUFFIX: Record<string, string> = { km: 'km', km2: 'km²', m2: 'm²', percent: '%', m: 'm', kg: 'kg', celsius: '°C', fahrenheit: '°F' };

/** A figure as a reader would write it: "plus de 600 000", "between 10,000 and 12,000", "jusqu'à 12 000 km". */
export function formatFigure(f: { low: Bound; high: Bound; qualifier: Qualifier; unit?: string }, lang: Lang): string {
  const unit = f.unit ?? 'number';
  const lo = formatBound(f.low, unit, lang);
  const hi = formatBound(f.high, unit, lang);
  const suf = UNIT_SUFFIX[unit] ? (lang === 'fr' ? '\u00a0' : unit === 'percent' ? '' : ' ') + UNIT_SUFFIX[unit] : '';
  const W = lang === 'fr'
    ? { more: 'plus de', least: 'au moins', upto: 'jusqu’à', less: 'moins de', about: 'environ', between: 'entre', and: 'et' }
    : { more: 'more than', least: 'at least', upto: 'up to', less: 'less than', about: 'about', between: 'between', and: 'and' };
  switch (f.qualifier) {
    case 'more-than': return `${W.more} ${lo}${suf}`;
    case 'at-least': case 'vague': return `${W.least} ${lo}${suf}`;
    case 'up-to': return `${W.upto} ${hi}${suf}`;
    case 'less-than': return `${W.less} ${hi}${suf}`;
    case 'about': return `${W.about} ${lo}${suf}`;
    case 'range': return `${W.between} ${lo} ${W.and} ${hi}${suf}`;
    default: return `${lo}${suf}`;
  }
}
