/**
 * Vague amounts: "des milliers", "plusieurs milliers", "thousands of", "several thousand",
 * "des dizaines de milliers". Read as an open lower bound of twice the scale.
 */
import type { Lang } from '../types';
import type { Tok } from './tokens';
import type { NumPhrase } from './numbers';
import { has } from './number-words';

/** Vague plurals: "des milliers" is at least two thousand (the gold's convention, and the weakest reading). */
const VAGUE_FR: Record<string, number> = { dizaines: 10, centaines: 100, milliers: 1e3, millions: 1e6, milliards: 1e9 };
const VAGUE_EN: Record<string, number> = { tens: 10, dozens: 12, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9 };
const VAGUE_EN_SINGULAR: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };
const VAGUE_DET = new Set(['des', 'plusieurs', 'quelques', 'de', 'several', 'many', 'some', 'few']);
/** "des milliers" means two thousand or more: the smallest plural of the scale. */
const VAGUE_MIN_COUNT = 2;

const VAGUE: Record<Lang, Record<string, number>> = { fr: VAGUE_FR, en: VAGUE_EN };

/**
 * "des milliers de", "plusieurs milliers", "thousands of", "des dizaines de milliers": an open lower bound.
 * Returns the phrase starting at token i, or null.
 */
export function parseVagueAt(toks: Tok[], i: number, lang: Lang): NumPhrase | null {
  const vague = VAGUE[lang];
  const t = toks[i];
  if (!t || t.kind !== 'w') return null;
  let k = i;
  if (VAGUE_DET.has(t.t)) k++;
  // "a few thousand": two-word determiner.
  if (lang === 'en' && t.t === 'a' && toks[i + 1]?.t === 'few') k = i + 2;
  let sc = toks[k];
  if (!sc) return null;
  // English says "several thousand", "a few hundred": a determiner then the singular scale.
  if (lang === 'en' && k > i && !has(vague, sc.t) && has(VAGUE_EN_SINGULAR, sc.t)) {
    const scale = VAGUE_EN_SINGULAR[sc.t];
    let end = k + 1;
    let value = VAGUE_MIN_COUNT * scale;
    const nx = toks[k + 1];
    if (nx && has(VAGUE_EN_SINGULAR, nx.t) && VAGUE_EN_SINGULAR[nx.t] > scale) { value *= VAGUE_EN_SINGULAR[nx.t]; end = k + 2; }
    return { i0: i, i1: end, start: t.start, end: toks[end - 1].end, value, kind: 'vague', words: true };
  }
  if (!has(vague, sc.t)) return null;
  sc = toks[k];
  // English "thousands" needs "of" or a noun after it; "millions" is plain in both.
  let scale = vague[sc.t];
  let end = k + 1;
  // "des dizaines de milliers", "tens of thousands", "hundreds of thousands".
  const of = toks[k + 1];
  const sc2 = toks[k + 2];
  if (of && (of.t === 'de' || of.t === 'of') && sc2 && has(vague, sc2.t) && vague[sc2.t] > scale) {
    scale *= vague[sc2.t];
    end = k + 3;
  }
  if (k === i && lang === 'fr') return null; // French needs its determiner: "milliers" alone is rare and ambiguous
  if (k > i && t.t === 'de' && lang === 'fr') return null;
  return { i0: i, i1: end, start: t.start, end: toks[end - 1].end, value: VAGUE_MIN_COUNT * scale, kind: 'vague', words: true };
}

