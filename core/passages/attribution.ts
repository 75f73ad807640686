/**
 * Words of a sentence that frame a claim rather than make it: **who says so**, an attribution phrase
 * ("selon X" / "according to X" / "d'après X") up to the end of its clause. Two articles of one story
 * cite the same sources in sentences that say different things ("selon des images diffusées sur les
 * réseaux sociaux", "according to the exit polls"); a match needs enough words outside this frame to
 * be a claim (judge.ts, `claimEnough`).
 *
 * Time words (weekdays, months, a day beside its month) were measured as frame too and are not: on the
 * devset they took 11 false pairs and 10 true ones ("appelé à deux nouvelles journées ..., mardi 7 et
 * samedi 11 février": the dates are the claim).
 */
import type { Analysis } from './tokens';

/** Words that open an attribution phrase, folded ("according" only before "to"; "après" only after
 *  an elided "d'", which folding drops, so "d'après" is told from "après" by the text). */
const ATTRIBUTION_OPENERS = new Set(['selon', 'according']);
/** Punctuation that closes a clause, and so an attribution phrase ("selon la police, 87 000 ..."). */
const CLAUSE_END = /[,;:()\[\]«»"“”.!?\n—–]/;

/** A number or a subject pronoun ends an attribution phrase without punctuation: "according to the X
 *  estimate it secures 150 seats", "selon la police 87 000 personnes". */
const CLAIM_OPENERS = new Set(['il', 'elle', 'ils', 'elles', 'on', 'it', 'he', 'she', 'they', 'we']);
function opensClaim(w: string): boolean {
  return CLAIM_OPENERS.has(w) || /^\d/.test(w);
}

const memo = new WeakMap<Analysis, Uint8Array>();

/** 1 for each word (index into `a.wordNorms`) inside an attribution phrase, its opener included. */
export function attributionWords(a: Analysis, text: string): Uint8Array {
  const known = memo.get(a);
  if (known) return known;
  const n = a.wordNorms.length;
  const out = new Uint8Array(n);
  // A break between word i-1 and word i: punctuation in the text between them.
  const breakBefore = (i: number): boolean => CLAUSE_END.test(text.slice(a.wordEnds[i - 1], a.wordStarts[i]));
  for (let i = 0; i < n; i++) {
    const w = a.wordNorms[i];
    const opens =
      ATTRIBUTION_OPENERS.has(w) ||
      (w === 'apres' && /^d['\u2019]$/i.test(text.slice(Math.max(0, a.wordStarts[i] - 2), a.wordStarts[i])));
    if (!opens) continue;
    out[i] = 1;
    for (let j = i + 1; j < n && !breakBefore(j) && !opensClaim(a.wordNorms[j]); j++) out[j] = 1;
  }
  memo.set(a, out);
  return out;
}
