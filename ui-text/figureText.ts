import type { Bound, Qualifier } from '../core/types';
import { cachedFormatter as formatter, t } from './i18n';
import { SHARE_UNIT } from '../core/figures/share';

/** A bound as the reader's UI language writes it: 12 000 / 12,000, dates as dates. */
export function formatBound(b: Bound, unit: string): string {
  if (b === null) return '';
  if (typeof b === 'string') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(b)) return formatter('day', (l) => new Intl.DateTimeFormat(l, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })).format(new Date(b + 'T00:00:00Z'));
    if (/^\d{4}-\d{2}$/.test(b)) return formatter('month', (l) => new Intl.DateTimeFormat(l, { month: 'long', year: 'numeric', timeZone: 'UTC' })).format(new Date(b + '-01T00:00:00Z'));
    // "--10-27": a day the text gives without its year ("le 27 octobre"); 2000 is a leap year, so 29 February stays valid.
    if (/^--\d{2}-\d{2}$/.test(b)) return formatter('yearless', (l) => new Intl.DateTimeFormat(l, { day: 'numeric', month: 'long', timeZone: 'UTC' })).format(new Date(`2000${b.slice(1)}T00:00:00Z`));
    return b;
  }
  // A share ("deux tiers", "2/3 of the votes") is stored as a fraction of one; a reader reads it as a per cent, and
  // one decimal is as much as "two-thirds" says (0.666667 would claim a precision the text never gave).
  if (unit === SHARE_UNIT) return `${formatter('share', (l) => new Intl.NumberFormat(l, { maximumFractionDigits: 1 })).format(b * 100)} %`;
  const n = formatter('number', (l) => new Intl.NumberFormat(l, { maximumFractionDigits: 2 })).format(b);
  return unit === 'percent' ? `${n} %` : n;
}

/**
 * "10 000–12 000", "jusqu'à 12 000", "plus de 600 000": the value in words the reader expects.
 * A vague amount ("des milliers", "dozens of") is shown in its own words when they are given: its
 * bound (at least 2 000) is a convention for comparing, not what the text says.
 */
export function formatValue(low: Bound, high: Bound, qualifier: Qualifier, unit: string, { words, near }: { words?: string; near?: boolean } = {}): string {
  if (qualifier === 'vague' && words) return words;
  const lo = formatBound(low, unit);
  const hi = formatBound(high, unit);
  switch (qualifier) {
    case 'range':
      return lo && hi ? `${lo}–${hi}` : lo || hi;
    case 'more-than':
      // "just over 200", "un peu plus de 200" (near): the writer's closeness to the bound is part of the value.
      return t(near ? 'qJustOver' : 'qMoreThan', lo);
    case 'at-least':
      return t('qAtLeast', lo);
    case 'up-to':
      return t('qUpTo', hi);
    case 'less-than':
      return t(near ? 'qJustUnder' : 'qLessThan', hi);
    case 'about':
      return t('qAbout', lo || hi);
    case 'vague':
      return hi ? `${lo}–${hi}` : t('qAtLeast', lo);
    default:
      return lo === hi || !hi ? lo : `${lo}–${hi}`;
  }
}

