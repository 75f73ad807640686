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
import { STOPWORDS } from '../text/words';
import { SCALE_WORDS } from '../text/number-words';

/** How the engine reads a currency: as a unit of the concept table (`unit`), or as the noun a text names it by
 * (`noun`, read as any counted noun the table lacks: "francs" -> w:franc), and the nation whose currency it is. */
export interface CurrencyReading { unit?: string; noun?: string; own?: string }

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
  // Codes of units of the table that are words of their own in lower case ("rub" an English verb, "ils" a French
  // pronoun): read here, in capitals only ("RUB 80 billion", "ILS 5 billion"), never as the word.
  ['rub', { unit: 'rouble' }],
  ['ils', { unit: 'shekel' }],
]);
/** The letters glued before "$" that name a dollar of another country than the United States ("C$", "CA$", "A$",
 * "AU$", "NZ$", "HK$", "S$", "SG$"). "US$" is the dollar "$" and "US dollars" already read (no country of its own). */
export const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['c', 'iso-ca'], ['ca', 'iso-ca'], ['a', 'iso-au'], ['au', 'iso-au'], ['nz', 'iso-nz'], ['hk', 'iso-hk'], ['s', 'iso-sg'], ['sg', 'iso-sg'],
  // The Mexican peso, the New Taiwan dollar and the Brazilian real are written with the sign too ("MX$", "NT$",
  // "R$"): read as a dollar of their country they still never meet a US dollar.
  ['mx', 'iso-mx'], ['nt', 'iso-tw'], ['r', 'iso-br'],
]);

/** Is the token a currency code as news writes it: in capitals ("CHF", not the word "chf")? */
export const currencyCodeOf = (t: Tok | undefined): CurrencyReading | undefined =>
  t && t.kind === 'w' && t.upper ? CURRENCY_CODES.get(t.t) : undefined;

/** The currency of a code right at k, after the amount ("16 billion CHF", "2 milliards de CHF."), when the code ends
 * the amount's phrase: nothing after it on its line, or a mark or a stop word ("100,000 CHF a year"). A content word
 * after it makes the code an acronym the counted noun is qualified by ("400 CAD engineers", "6 million CHF
 * patients"): the noun is what is counted. */
export function currencyCodeAt(toks: Tok[], k: number): CurrencyReading | undefined {
  const reading = currencyCodeOf(toks[k]);
  if (!reading) return undefined;
  const next = toks[k + 1];
  // An elided article ("de CHF l'an dernier") is a stop word too.
  if (next && !next.nl && next.kind === 'w' && !STOPWORDS.has(next.t) && toks[k + 2]?.t !== "'") return undefined;
  return reading;
}
/** The country of a dollar sign written just before the amount at i0 with its country's letters glued before it
 * ("C$5 billion", "HK$ 2 billion"). */
export function dollarPrefixBefore(toks: Tok[], i0: number): string | undefined {
  const sign = toks[i0 - 1];
  const letters = toks[i0 - 2];
  if (!sign || sign.t !== '$' || !letters || letters.kind !== 'w' || !letters.cap || letters.end !== sign.start) return undefined;
  return DOLLAR_PREFIXES.get(letters.t);
}

/** The rupee's abbreviation, written before the amount with a capital and lower-case "s" ("Rs 5 lakh", "Rs. 2,000
 * crore"). Only there: as a word of the unit table it read any "rs" or "RS" after a number as rupees ("Two RS police
 * officers", "5 RS actifs"), an acronym the counted noun is qualified by. */
export function rupeePrefixBefore(toks: Tok[], i0: number): boolean {
  let k = i0 - 1;
  // "Rs." with its abbreviation point glued to the letters.
  if (toks[k]?.t === '.' && toks[k - 1]?.end === toks[k].start) k--;
  const t = toks[k];
  return !!t && t.kind === 'w' && t.t === 'rs' && !!t.cap && !t.upper && !toks[i0].nl;
}

/** French "livre(s)" is the pound, a book, a unit of weight or a form of "livrer" (to deliver): after an amount told
 * with "millions de" or "milliards de" it is the pound only when the text names the pound elsewhere ("livres
 * sterling", "£", "GBP") or the amount is restated in another currency in brackets right after ("3 milliards de
 * livres (soit 3,5 milliards d'euros)"): "deux millions de livres vendus" counts books, "3 milliards de livres de
 * porc" weighs meat. Read as nothing, the amount went uncompared, or took the currency its text names most
 * (count-head.ts textCurrency) and met euros as if they were pounds. */
const POUND_WORDS = new Set(['livre', 'livres']);
/** Tokens of a bracketed restatement read after the pound word: up to two words that lead it ("soit environ"), the
 * number, its scale, "d", "'" and the currency: "(soit environ 3,5 milliards d'euros)" is 8. */
const CONVERSION_SPAN = 8;
/** Words that may lead a restatement of the same amount in another currency before its number. */
const CONVERSION_LEADS = new Set(['soit', 'environ', 'près', 'de', 'quelque', 'plus', 'moins']);
/** Does the text name the pound? A sign or code ("£", "GBP"), or "sterling" in lower case or right after "livre(s)"
 * ("Sterling" alone may be a name: "Raheem Sterling"). Computed once per text. */
const poundNamedCache = new WeakMap<Tok[], boolean>();
function poundNamed(toks: Tok[], isPoundSign: (t: Tok) => boolean): boolean {
  let named = poundNamedCache.get(toks);
  if (named === undefined) {
    named = toks.some((t, q) => isPoundSign(t) || (t.kind === 'w' && t.t === 'sterling' && (!t.cap || POUND_WORDS.has(toks[q - 1]?.t ?? ''))));
    poundNamedCache.set(toks, named);
  }
  return named;
}
/** A bracket right after k that restates the amount in a currency: "(95 millions d'euros)", "(soit environ 3,5
 * milliards d'euros)"; not "(pour 40 millions d'euros)", a price paid for what was counted. */
function conversionAfter(toks: Tok[], k: number, isMoney: (t: Tok) => boolean): boolean {
  if (toks[k + 1]?.t !== '(') return false;
  const end = Math.min(toks.length, k + 2 + CONVERSION_SPAN);
  let q = k + 2;
  while (q < end && toks[q].kind === 'w' && CONVERSION_LEADS.has(toks[q].t)) q++;
  if (q >= end || !(toks[q].kind === 'd' || isMoney(toks[q]))) return false;
  for (; q < end && toks[q].t !== ')'; q++) if (isMoney(toks[q])) return true;
  return false;
}
/** Is "livres" at k, after the amount [i0, i1) told in millions or billions, the pound? isPoundSign says whether a
 * token is "£" or "GBP", isMoney whether it names any currency, isBudget whether a word is a budget noun. */
export function frenchPoundAt(toks: Tok[], i0: number, i1: number, k: number, isPoundSign: (t: Tok) => boolean, isMoney: (t: Tok) => boolean, isBudget: (k: number) => boolean, framed: () => boolean): boolean {
  const t = toks[k];
  if (!t || !POUND_WORDS.has(t.t)) return false;
  // "3 milliards de livres", or (unit46) "210 000 livres" right after the number.
  const scaled = toks[k - 1]?.t === 'de' && k - 2 >= i0 && k - 2 < i1 && SCALE_WORDS.has(toks[k - 2].t);
  if (!scaled && k !== i1) return false;
  // "3 milliards de livres de porc", "d'acier": what the pounds weigh is no budget; "de livres d'économies" is, and so
  // is "de livres de son budget" (unit46: a determiner before the noun).
  const of = toks[k + 1]?.t;
  let budgetAfter = false;
  if ((of === 'de' || of === 'd') && !toks[k + 1].nl) {
    let noun = of === 'd' ? k + 3 : k + 2;
    if (toks[noun] && POUND_NOUN_DETERMINERS.has(toks[noun].t)) noun += toks[noun + 1]?.t === "'" ? 2 : 1;
    if (toks[noun]?.kind === 'w' && !isBudget(noun)) return false;
    budgetAfter = toks[noun]?.kind === 'w';
  }
  // "livres sterling" is the table's unit and is read there; here the bare word. A budget noun said of the amount
  // ("des indemnisations de 210 000 livres", "une hausse d'impôts de 40 milliards de livres", "22,6 milliards de livres
  // de son budget") makes it money too (unit46): books and weights are no compensation, tax or budget.
  return poundNamed(toks, isPoundSign) || conversionAfter(toks, k, isMoney) || budgetAfter || framed();
}
/** Determiners between "livres de" and the noun the pounds are of ("de son budget", "de l'aide"), folded. */
const POUND_NOUN_DETERMINERS = new Set(['son', 'sa', 'ses', 'leur', 'leurs', 'le', 'la', 'les', 'l', 'notre', 'nos', 'votre', 'vos', 'ce', 'cet', 'cette', 'ces']);
