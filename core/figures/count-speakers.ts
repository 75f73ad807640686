/**
 * Who says a figure: the tokens of an attribution ("selon X", "…, a affirmé le Pentagone", "officials
 * said …"), left out of what the figure counts.
 */
import type { Lang } from '../types';
import type { Tok } from './tokens';
import { WINDOW_LEFT, BOUNDARY, conceptAt } from './count-base';
import { roleAt } from './count-segment';

/** Verbs of saying (folded): the words around them name who says a figure, not what it counts. */
export const SPEECH_VERBS = new Set(
  ('declare declarent affirme affirment souligne indique indiquent annonce annoncent assure assurent note ajoute averti avertit '
    + 'estime estiment precise explique rapporte confirme confirment dit disent ecrit avance rappelle recense recensent compte comptent comptabilise '
    + 'said says say told tells stated added announced reported warned claimed claims wrote estimated estimate estimates believes counted').split(' '),
);
/** Words opening what a verb of saying reports ("a averti que …", "officials said that …"); also read by
 *  passages/clauses.ts, which sets a reporting frame apart. */
export const QUE: ReadonlySet<string> = new Set(['que', 'qu', 'that']);
/** English articles: "an estimated 3,000 protesters", "the reported 500 deaths" make the verb an adjective. */
const EN_ARTICLES = new Set(['an', 'a', 'the']);
/** Whether word `t`, after word `prev` (folded), is a verb of saying (SPEECH_VERBS) used as a verb: in English, an
 *  article before it makes it an adjective ("an estimated 3,000 protesters", "the reported 500 deaths"), not who says
 *  it. French folded "a" is the auxiliary ("a recensé"), hence English only. Shared with passages/clauses.ts. */
export function speechVerbAt(t: string | undefined, prev: string | undefined, lang: string): boolean {
  if (t === undefined || !SPEECH_VERBS.has(t)) return false;
  return !(lang === 'en' && prev !== undefined && EN_ARTICLES.has(prev));
}
/** Words that join the names of a list ("France 2, France 24 et RFI", "A, B and C"). */
const LIST_JOINS = new Set(['and', 'et', '&']);
// attributionMask's helpers stand at module level (speed27b): as closures they were created on every call, one of the
// hottest in extraction, and under tsx each creation also runs its `__name` wrapper.
// Marks [x, y) in the mask of [a, b), leaving the figure's own words [i0, headEnd) out; makes the mask on first use.
function markSpan(mask: Uint8Array | null, x: number, y: number, a: number, b: number, i0: number, headEnd: number): Uint8Array | null {
  if (y <= x) return mask;
  mask ??= new Uint8Array(b - a);
  for (let k = Math.max(x, a); k < Math.min(y, b); k++) if (k < i0 || k >= headEnd) mask[k - a] = 1;
  return mask;
}
function nextComma(toks: Tok[], k: number, stop: number): number { while (k < stop && toks[k].t !== ',') k++; return k; }
function prevComma(toks: Tok[], k: number, stop: number): number { while (k > stop && toks[k - 1].t !== ',') k--; return k; }
// "according to an X estimate for Channel A, Radio B, C 24 and D": a list of names after the comma is the
// attribution's still; a segment with a word written in lower case (other than "and / et") is not.
function listEnd(toks: Tok[], k: number, stop: number): number {
  while (k < stop && toks[k].t === ',') {
    let q = k + 1;
    let names = 0;
    while (q < stop && toks[q].t !== ',' && !toks[q].nl && (toks[q].cap || toks[q].kind === 'd' || LIST_JOINS.has(toks[q].t))) { if (toks[q].cap) names++; q++; }
    if (!names || (q < stop && toks[q].t !== ',')) return k;
    k = q;
  }
  return k;
}

/**
 * Tokens of [a, b) that belong to an attribution: "selon X, ...", "according to X", "..., a affirmé mardi
 * le Pentagone", "..., officials said", and before the number "Washington a averti que ...", "officials said ...".
 * Returns a mask indexed from `a`, or null when the clause has none.
 */
export function attributionMask(toks: Tok[], a: number, b: number, i0: number, headEnd: number, lang: Lang): Uint8Array | null {
  let mask: Uint8Array | null = null;
  // "Selon l'agence du renseignement américain, l'Iran a décidé d'envoyer ...": the "selon" may
  // sit before the clause window while its words reach into it.
  let from = a;
  while (from > 0 && a - from < WINDOW_LEFT && !BOUNDARY.has(toks[from - 1].t) && !toks[from].nl) from--;
  for (let k = from; k < b; k++) {
    const t = toks[k].t;
    // "selon X", "according to X", "d'après X": up to the next comma (or the number, or the clause end).
    if (t === 'selon' || (t === 'according' && toks[k + 1]?.t === 'to') || (t === 'apres' && toks[k - 1]?.t === "'" && toks[k - 2]?.t === 'd')) {
      const stop = k < i0 ? i0 : b;
      mask = markSpan(mask, k, listEnd(toks, nextComma(toks, k + 1, stop), stop), a, b, i0, headEnd);
      continue;
    }
    if (k < a) continue;
    // Not a verb of saying, or one used as an adjective ("an estimated 3,000 protesters", "the reported 500 deaths").
    if (!speechVerbAt(t, toks[k - 1]?.t, lang)) continue;
    // "the quake claimed the lives of 2,000 people": a phrase of a role, not of saying.
    if (roleAt(toks, k)) continue;
    // "the fires have claimed at least 29 lives": a verb of saying whose object is the count of a noun of the people's
    // fate (concept flag `fate`) tells of the harm, as "claimed the lives of" does; "la CGT revendique 2,8 millions"
    // (a count of marchers) still says who gives it.
    if (k < i0 && headEnd > i0 && conceptAt(toks, headEnd - 1)?.c.fate) continue;
    if (k >= headEnd) {
      // After the figure: only a segment set off by a comma ("..., a affirmé mardi le Pentagone").
      const s = prevComma(toks, k, headEnd);
      if (s > headEnd && k - s <= 6) mask = markSpan(mask, s, nextComma(toks, k + 1, b), a, b, i0, headEnd);
    } else if (k < i0) {
      // Before the figure: "Washington a averti que ...", "officials said (that) ...".
      let q = k + 1;
      const que = QUE.has(toks[q]?.t ?? '');
      if (que) q++;
      if (que || lang === 'en') mask = markSpan(mask, prevComma(toks, k, a), Math.min(q, i0), a, b, i0, headEnd);
    }
  }
  return mask;
}
