import browser from 'webextension-polyfill';

/**
 * UI strings come from _locales (the browser picks French or English from its own language).
 * A missing key shows the key itself, which tests catch, rather than an empty label.
 */
export function t(key: string, ...subs: Array<string | number>): string {
  const msg = browser.i18n.getMessage(key, subs.map(String));
  return msg || key;
}

/**
 * The UI language, for Intl formatting of numbers and dates: the language our messages are in (the
 * `uiLang` message holds its locale's code), so numbers are formatted in the language the labels
 * are in. @@ui_locale is not that: Chromium started with --lang=fr picks French messages but may
 * still report en_US there.
 */
export function uiLang(): string {
  return (browser.i18n.getMessage('uiLang') || browser.i18n.getMessage('@@ui_locale') || browser.i18n.getUILanguage?.() || 'en').replace('_', '-');
}

export function formatPercent(x: number): string {
  return new Intl.NumberFormat(uiLang(), { style: 'percent', maximumFractionDigits: 0 }).format(x);
}

export function formatInteger(n: number): string {
  return new Intl.NumberFormat(uiLang()).format(n);
}
