/**
 * A memo of one number per stem id for the length of one query (a stem's rarity over the corpus and
 * the page): two flat arrays indexed by the interned id, shared by all queries, each query writing
 * its own stamp beside the values it computed. The judge and the paraphrase windows ask for a
 * stem's rarity once per token they span; a Map look-up there was a tenth of a query's time.
 * A memo only answers what it computed itself (its stamp), so two memos alive at once never mix.
 */
import { stemIdCount } from './tokens';

let stamps = new Uint32Array(0);
let values = new Float64Array(0);
let lastStamp = 0;

function grow(n: number): void {
  const size = Math.max(n, stamps.length * 2, 1024);
  const s = new Uint32Array(size);
  s.set(stamps);
  const v = new Float64Array(size);
  v.set(values);
  stamps = s;
  values = v;
}

/** `compute(sid)`, computed once per stem id for the memo's life. */
export function stemMemo(compute: (sid: number) => number): (sid: number) => number {
  if (++lastStamp === 0xffffffff) {
    stamps.fill(0);
    lastStamp = 1;
  }
  const stamp = lastStamp;
  return (sid: number): number => {
    if (sid >= stamps.length) grow(Math.max(sid + 1, stemIdCount()));
    if (stamps[sid] === stamp) return values[sid];
    const v = compute(sid);
    stamps[sid] = stamp;
    values[sid] = v;
    return v;
  };
}
