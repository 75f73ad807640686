/**
 * Relative ordinals: "last", "next", "previous", "the second to last", "penultimate", "dernier",
 * "prochain", "l'avant-dernier", "celle d'avant la dernière". A place in a list, not a quantity, so
 * news pages never need them: extractFigures reads them only when asked (`relativeOrdinals: true`, as
 * `recoupe figures --jsonl` does for the peer suite), with unit 'ordinal-relative', not salient, and
 * bounds written as the Recognizers-Text resolution ("end+0", "end-1", "current+1"). compare.ts
 * never pairs them.
 */
import type { Lang } from '../types';
import type { Tok } from './tokens';

export interface RelativeOrdinal {
  i0: number;
  i1: number;
  value: string;
}

/** Token patterns (folded), longest first; "?" marks an optional token, "a|b" alternatives. */
type Pattern = [string, string];
const EN: Pattern[] = [
  ['the one before the last one?', 'end-1'],
  ['the? last but one', 'end-1'],
  ['next to last', 'end-1'],
  ['the? second to last', 'end-1'],
  ['antepenultimate', 'end-2'],
  ['penultimate', 'end-1'],
  ['last', 'end+0'],
  ['next one?', 'current+1'],
  ['previous one?', 'current-1'],
  ['current one?', 'current+0'],
];
const FR: Pattern[] = [
  ["celui|celle|ceux|celles d ' avant le|la|les dernier|derniere|derniers|dernieres", 'end-1'],
  ["l ' avant - dernier|derniere", 'end-1'],
  ['avant - dernier|derniere|derniers|dernieres', 'end-1'],
  ['antepenultieme|antepenultiemes', 'end-2'],
  ['penultieme|penultiemes', 'end-1'],
  ['dernier|derniere|derniers|dernieres', 'end+0'],
  ['prochain|prochaine|prochains|prochaines|suivant|suivante|suivants|suivantes', 'current+1'],
  ['precedent|precedente|precedents|precedentes', 'current-1'],
  ["l ' actuel|actuelle un?", 'current+0'],
  ['actuel|actuelle|actuels|actuelles', 'current+0'],
];

interface Step { alts: Set<string>; optional: boolean }
const compile = (ps: Pattern[]): Array<[Step[], string]> =>
  ps.map(([p, v]) => [p.split(' ').map((w) => ({ optional: w.endsWith('?'), alts: new Set(w.replace(/\?$/, '').split('|')) })), v]);
const PATTERNS: Record<Lang, Array<[Step[], string]>> = { en: compile(EN), fr: compile(FR) };

function matchAt(toks: Tok[], i: number, steps: Step[]): number {
  let k = i;
  for (let s = 0; s < steps.length; s++) {
    const st = steps[s];
    const t = toks[k];
    const ok = !!t && (s === 0 || !t.nl) && st.alts.has(t.t);
    if (ok) k++;
    else if (!st.optional) return -1;
  }
  return k > i ? k : -1;
}

/** Relative ordinals in the token stream, left to right, without overlaps. */
export function findRelativeOrdinals(toks: Tok[], lang: Lang): RelativeOrdinal[] {
  const out: RelativeOrdinal[] = [];
  const pats = PATTERNS[lang];
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].kind !== 'w') continue;
    for (const [steps, value] of pats) {
      const end = matchAt(toks, i, steps);
      if (end < 0) continue;
      // A pattern starting with an optional article must still contain its relative word.
      out.push({ i0: i, i1: end, value });
      i = end - 1;
      break;
    }
  }
  return out;
}
