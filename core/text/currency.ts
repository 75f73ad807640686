/**
 * Currency signs written against an amount ("€43.8 billion", "5 €", "₹25 lakh", "¥5 billion") and the unit each
 * names. One table for the figures engine (the unit an amount counts) and the passage spans (a sign belongs to its
 * number's span), so that a sign one of them reads is never one the other ignores. "¥" is read as the yen: the sign
 * the yuan shares is written "CNY" or "yuan" in news that means it, and a yuan read as yen only goes uncompared.
 */
export const CURRENCY_SIGNS: ReadonlyMap<string, string> = new Map([
  ['€', 'euro'], ['$', 'dollar'], ['£', 'pound'], ['₹', 'rupee'], ['¥', 'yen'],
  // The rouble, hryvnia, shekel and naira signs are rarer in news than their words, but a text that writes them means
  // the amount the other language's words name ("₽86 billion", "86 milliards de roubles").
  ['₽', 'rouble'], ['₴', 'hryvnia'], ['₪', 'shekel'], ['₦', 'naira'],
]);

/** A currency sign written tight before the token starting at `start` ("€20 billion", "$5m"): the amount's own sign. */
export function gluedCurrencySign(tok: { kind: string; t: string; end: number } | undefined, start: number): boolean {
  return !!tok && tok.kind === 'p' && tok.end === start && CURRENCY_SIGNS.has(tok.t);
}
/** Currencies news names by word or code only, with no sign of the table above ("9,3 milliards de yuans", "CNY 5
 * billion"): units of money of the concept table (concepts.json) as the signed ones are. */
export const WORD_CURRENCIES: readonly string[] = ['yuan'];
