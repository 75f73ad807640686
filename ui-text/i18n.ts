import browser from 'webextension-polyfill';
import english from '../public/_locales/en/messages.json';

interface LocaleMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/**
 * The bundled English text of a message, with its placeholders filled: used when the browser serves
 * no message at all (seen in Chromium when an extension page was closed while loading), so the
 * reader gets English rather than raw keys.
 */
export function englishMessage(key: string, subs: string[]): string | undefined {
  const m = (english as Record<string, LocaleMessage>)[key];
  if (!m) return undefined;
  return m.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const content = m.placeholders?.[name.toLowerCase()]?.content ?? '';
    const n = /^\$(\d)$/.exec(content);
    return n ? (subs[Number(n[1]) - 1] ?? '') : content;
  });
}

/**
 * UI strings come from _locales (the browser picks French or English from its own language). When
 * the browser has none, the bundled English; a key missing there too shows the key, which tests catch.
 */
export function t(key: string, ...subs: Array<string | number>): string {
  const strs = subs.map(String);
  return browser.i18n.getMessage(key, strs) || englishMessage(key, strs) || key;
}

/**
 * The UI language, for Intl formatting of numbers and dates: the language our messages are in (the
 * `uiLang` message holds its locale's code), so numbers are formatted in the language the labels
 * are in. @@ui_locale is not that: Chromium started with --lang=fr picks French messages but may
 * still report en_US there.
 */
export function uiLang(): string {
  // t() falls back to the bundled English, so without browser messages this is 'en', like the labels.
  return t('uiLang').replace('_', '-');
}

/**
 * Intl formatters cost about 0.2 ms each to build (V8, this machine under load) and the popup's first
 * render formats some 40 percentages, counts and days (ten sources, the summary, the headings): one
 * formatter per UI language and kind, built once.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
export function cachedFormatter<T extends Intl.DateTimeFormat | Intl.NumberFormat>(kind: string, make: (lang: string) => T): T {
  const lang = uiLang();
  const key = `${lang}|${kind}`;
  let f = formatters.get(key) as T | undefined;
  if (!f) formatters.set(key, (f = make(lang)));
  return f;
}

export function formatPercent(x: number): string {
  return cachedFormatter('percent', (l) => new Intl.NumberFormat(l, { style: 'percent', maximumFractionDigits: 0 })).format(x);
}

export function formatInteger(n: number): string {
  return cachedFormatter('integer', (l) => new Intl.NumberFormat(l)).format(n);
}

/**
 * A publication day (YYYY-MM-DD) in the UI language: "28 oct. 2024", "Oct 28, 2024". Formatted in
 * UTC because the day is a calendar date, not an instant: in the reader's own time zone midnight
 * UTC may fall on the day before.
 */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return cachedFormatter('published-day', (l) => new Intl.DateTimeFormat(l, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })).format(Date.UTC(y, m - 1, d));
}
