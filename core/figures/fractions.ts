/**
 * Fractions written with words: "un cinquième des électeurs", "two thirds", "and a half",
 * "three twenty-firsts". numbers.ts calls these while it reads a number phrase.
 */
import type { Lang } from '../types';
import type { Tok } from './tokens';
import { has, type Tables } from './number-words';

/** Singular ordinals that can be denominators: French says "un tiers", not "un troisième". */
export const MIN_SINGULAR_DENOM: Record<Lang, number> = { fr: 4, en: 3 };
const FRACTION_FOLLOWERS = new Set(['de', 'des', 'du', 'd', 'of']);

/** After a fraction word: nothing, punctuation, or "de/of" ("un cinquième des voix", "a fifth of"). */
export function fractionContext(toks: Tok[], k: number): boolean {
  const t = toks[k];
  return !t || t.nl || (t.kind === 'p' && t.t !== '-') || FRACTION_FOLLOWERS.has(t.t) || t.t === 'et' || t.t === 'and';
}

/**
 * A two-part ordinal used as a denominator: "twenty-first(s)", "vingt-cinquième", "vingt et unième",
 * "vingt premières". Returns its value, where it ends, and whether it is plural.
 */
export function parseDenominator(toks: Tok[], j: number, T: Tables): { value: number; end: number; plural: boolean } | null {
  const a = toks[j];
  if (!a || a.kind !== 'w' || !has(T.units, a.t)) return null;
  const tens = T.units[a.t];
  if (tens < 20 || tens % 10 !== 0) return null;
  let k = j + 1;
  while (toks[k] && (toks[k].t === '-' || toks[k].t === T.and) && k < j + 4) k++;
  const b = toks[k];
  if (!b || b.kind !== 'w') return null;
  const plural = b.t.endsWith('s') && has(T.ord, b.t.slice(0, -1));
  const w = plural ? b.t.slice(0, -1) : b.t;
  if (!has(T.ord, w) || T.ord[w] >= 10) return null;
  return { value: tens + T.ord[w], end: k + 1, plural };
}

/** "a half", "un demi", "demi", "un quart", "three quarters" right after "and/et". */
export function parseFractionTail(toks: Tok[], k: number, T: Tables): { value: number; end: number } | null {
  let num = 1;
  let t = toks[k];
  if (!t) return null;
  if (t.t === 'a' || t.t === 'an' || t.t === 'un' || t.t === 'une' || t.t === 'one') {
    k++;
    t = toks[k];
  } else if (has(T.units, t.t) && T.units[t.t] > 1 && T.units[t.t] < 10) {
    num = T.units[t.t];
    k++;
    t = toks[k];
  }
  if (!t) return null;
  if (t.t === '-' && toks[k + 1]) {
    k++;
    t = toks[k];
  }
  if (has(T.denom, t.t)) return { value: num / T.denom[t.t], end: k + 1 };
  const sing = t.t.endsWith('s') ? t.t.slice(0, -1) : t.t;
  const o = T.ord[sing];
  if (has(T.ord, sing) && o >= 3 && (o < 100 || num === 1) && (sing !== t.t || fractionContext(toks, k + 1))) return { value: num / o, end: k + 1 };
  return null;
}

