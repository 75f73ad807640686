/**
 * Currencies written by their ISO 4217 code ("CHF 16bn", "CHF100 billion", "2 milliards de CHF") or by a dollar sign
 * with its country's letters glued before it ("C$5 billion", "HK$2 billion", "S$1.2 billion"), for the currencies the
 * concept table reads by their word only (a franc is counted as the noun "francs", a Canadian dollar as a dollar of
 * Canada). The code reads as the written word does, with the country of the currency as the amount's own country:
 * "CHF 100 billion" is what "100 billion Swiss francs" and "100 milliards de francs suisses" are (w:franc, own
 * iso-ch), so they meet; "C$5 billion" is a dollar of Canada, refused against a dollar said of another country as
 * "Canadian dollars" is against "dollars américains" (match.ts reason `own`). Codes of the table's own units (USD,
 * EUR, GBP, JPY, CNY, INR) are read there (concepts.json) and are not repeated here.
 */
import type { Tok } from './tokens';

/** How the engine reads a currency: as a unit of the concept table (`unit`), or as the noun a text names it by
 * (`noun`, read as any counted noun the table lacks: "francs" -> w:franc), and the nation whose currency it is. */
export interface CurrencyReading { unit?: string; noun?: string; own: string }

/** ISO 4217 codes of currencies named by their word, each with the reading of that word. Only currencies whose word
 * reads the same in both languages (a franc, a dollar): a code whose word the two languages write differently
 * ("kronor" / "couronnes") would meet neither. */
export const CURRENCY_CODES: ReadonlyMap<string, CurrencyReading> = new Map([
  ['chf', { noun: 'francs', own: 'iso-ch' }],
  ['cad', { unit: 'dollar', own: 'iso-ca' }],
  ['aud', { unit: 'dollar', own: 'iso-au' }],
  ['nzd', { unit: 'dollar', own: 'iso-nz' }],
  ['hkd', { unit: 'dollar', own: 'iso-hk' }],
  ['sgd', { unit: 'dollar', own: 'iso-sg' }],
]);
/** The letters glued before "$" that name a dollar of another country than the United States ("C$", "CA$", "A$",
 * "AU$", "NZ$", "HK$", "S$", "SG$"). "US$" is the dollar "$" and "US dollars" already read (no country of its own). */
export const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['c', 'iso-ca'], ['ca', 'iso-ca'], ['a', 'iso-au'], ['au', 'iso-au'], ['nz', 'iso-nz'], ['hk', 'iso-hk'], ['s', 'iso-sg'], ['sg', 'iso-sg'],
]);

/** Is the token a currency code as news writes it: upper case, three letters ("CHF", not the word "chf")? */
const codeAt = (t: Tok | undefined): CurrencyReading | undefined =>
  t && t.kind === 'w' && t.upper && t.t.length === 3 ? CURRENCY_CODES.get(t.t) : undefined;

/** The currency of a code written right before the amount starting at i0, on its line: "CHF 16bn", "CHF100 billion". */
export function currencyCodeBeforeAmount(toks: Tok[], i0: number): CurrencyReading | undefined {
  const t = toks[i0 - 1];
  if (!t || toks[i0].nl) return undefined;
  return codeAt(t);
}
/** The currency of a code right at k, after the amount ("16 billion CHF", "2 milliards de CHF"). */
export function currencyCodeAt(toks: Tok[], k: number): CurrencyReading | undefined {
  return codeAt(toks[k]);
}
/** The country of a dollar sign written just before the amount at i0 with its country's letters glued before it
 * ("C$5 billion", "HK$ 2 billion"): the letters end where the sign starts, and start a word. */
export function dollarPrefixBefore(toks: Tok[], i0: number): string | undefined {
  const sign = toks[i0 - 1];
  const letters = toks[i0 - 2];
  if (!sign || sign.t !== '$' || !letters || letters.kind !== 'w' || !letters.cap || letters.end !== sign.start) return undefined;
  const before = toks[i0 - 3];
  if (before && before.end === letters.start && before.kind === 'w') return undefined;
  return DOLLAR_PREFIXES.get(letters.t);
}

/** French "livre(s)" is the pound, a book or a form of "livrer" (to deliver): after an amount told with "milliards de"
 * it is the pound (no news counts books or deliveries by the billion: "une hausse d'impôts de 40 milliards de livres");
 * after "millions de" only when the text names the pound elsewhere ("livres sterling", "£", "GBP") or the amount's
 * conversion into another currency follows in brackets ("25 millions de livres (30 millions d'euros)"): "deux
 * millions de livres vendus" counts books. Read as nothing, the amount went uncompared, or took the currency its text
 * names most (count-head.ts textCurrency) and met euros as if they were pounds. */
const POUND_WORDS = new Set(['livre', 'livres']);
const BILLION_WORDS = new Set(['milliard', 'milliards', 'md', 'mds']);
const MILLION_WORDS = new Set(['million', 'millions']);
/** Tokens of a bracketed conversion read after the pound word: "(30 milliards d'euros)". */
const CONVERSION_SPAN = 8;
export function frenchPoundAt(toks: Tok[], i0: number, i1: number, k: number, isPound: (t: Tok) => boolean, isMoney: (t: Tok) => boolean): boolean {
  const t = toks[k];
  if (!t || !POUND_WORDS.has(t.t)) return false;
  const de = toks[k - 1]?.t;
  const scaleAt = de === "'" ? k - 3 : k - 2;
  if (de !== 'de' && !(de === "'" && toks[k - 2]?.t === 'd')) return false;
  if (scaleAt < i0 || scaleAt >= i1) return false;
  const scale = toks[scaleAt].t;
  if (BILLION_WORDS.has(scale)) return true;
  if (!MILLION_WORDS.has(scale)) return false;
  // "livres sterling" is the table's unit and is read there; here the bare word.
  if (toks.some((x, q) => q !== k && isPound(x))) return true;
  if (toks[k + 1]?.t !== '(') return false;
  for (let q = k + 2; q < toks.length && q <= k + 1 + CONVERSION_SPAN && toks[q].t !== ')'; q++) if (isMoney(toks[q])) return true;
  return false;
}
