/**
 * French and English number words: units, scales, ordinals and fraction words, per language, built once
 * at module load. numbers.ts, fractions.ts and vague.ts read them.
 */
import type { Lang } from '../types';

export const FR_UNITS: Record<string, number> = {
  zero: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9,
  dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20,
  trente: 30, quarante: 40, cinquante: 50, soixante: 60, septante: 70, huitante: 80, octante: 80, nonante: 90,
};
const EN_UNITS: Record<string, number> = {
  zero: 0, nought: 0, naught: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const FR_MULT: Record<string, number> = {
  cent: 100, cents: 100, mille: 1e3, milles: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9,
  billion: 1e12, billions: 1e12, trillion: 1e18, trillions: 1e18, millier: 1e3,
  lakh: 1e5, crore: 1e7,
};
const EN_MULT: Record<string, number> = {
  hundred: 100, hundreds: 100, thousand: 1e3, thousands: 1e3, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9,
  trillion: 1e12, trillions: 1e12, bn: 1e9, bln: 1e9, tln: 1e12,
  // Indian English news writes lakh (10^5) and crore (10^7).
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
};
/** Ordinal words: value, and whether the word is a scale (hundredth, millième) that multiplies. */
const FR_ORD: Record<string, number> = {
  premier: 1, premiere: 1, premiers: 1, premieres: 1, unieme: 1, second: 2, seconde: 2, deuxieme: 2, troisieme: 3,
  tierce: 3, quatrieme: 4, cinquieme: 5, sixieme: 6, septieme: 7, huitieme: 8, neuvieme: 9, dixieme: 10, dizieme: 10,
  onzieme: 11, douzieme: 12, treizieme: 13, quatorzieme: 14, quinzieme: 15, seizieme: 16, vingtieme: 20,
  trentieme: 30, quarantieme: 40, cinquantieme: 50, soixantieme: 60, septantieme: 70, huitantieme: 80,
  octantieme: 80, nonantieme: 90, centieme: 100, millieme: 1e3, millionieme: 1e6, milliardieme: 1e9,
  billionieme: 1e12, trillionieme: 1e18,
};
const EN_ORD: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, nineth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
  seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100, thousandth: 1e3, millionth: 1e6, billionth: 1e9,
  trillionth: 1e12,
};
/** Fraction-only denominators ("demi", "tiers", "half", "quarter"). */
const FR_DENOM: Record<string, number> = { demi: 2, demie: 2, demis: 2, tiers: 3, quart: 4, quarts: 4, moitie: 2 };
const EN_DENOM: Record<string, number> = { half: 2, halves: 2, thirds: 3, quarter: 4, quarters: 4 };

export interface Tables {
  units: Record<string, number>;
  mult: Record<string, number>;
  ord: Record<string, number>;
  denom: Record<string, number>;
  and: string;
  point: string;
  neg: Set<string>;
}
export const TABLES: Record<Lang, Tables> = {
  fr: { units: FR_UNITS, mult: FR_MULT, ord: FR_ORD, denom: FR_DENOM, and: 'et', point: 'virgule', neg: new Set(['negatif', 'negative', 'moins']) },
  en: { units: EN_UNITS, mult: EN_MULT, ord: EN_ORD, denom: EN_DENOM, and: 'and', point: 'point', neg: new Set(['negative', 'minus']) },
};

export const has = (o: Record<string, number>, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** Is a unit word of value v allowed to extend a below-thousand segment `seg` ("vingt" + "quatre")? */
export function unitFits(seg: number, v: number, lastUnit: number): boolean {
  // Nothing extends a zero: "nought four" is two numbers.
  if (seg === 0) return lastUnit !== 0;
  const r = seg % 100;
  if (r === 0) return v < 100;
  if (v >= 100) return false;
  if (r % 10 === 0 && r >= 20 && v < 10 && v > 0) return true; // vingt-quatre, twenty-one
  if ((r === 60 || r === 80) && v >= 10 && v < 20) return true; // soixante-dix, quatre-vingt-onze
  if (r === 10 && lastUnit === 10 && v >= 7 && v <= 9) return true; // dix-sept
  if ((r === 70 || r === 90) && lastUnit === 10 && v >= 7 && v <= 9) return true; // soixante-dix-sept
  return false;
}

/** The value of an ordinal word of either language ("second" is both languages'), or undefined. */
export const ordinalWord = (w: string): number | undefined =>
  has(TABLES.fr.ord, w) ? TABLES.fr.ord[w] : has(TABLES.en.ord, w) ? TABLES.en.ord[w] : undefined;
