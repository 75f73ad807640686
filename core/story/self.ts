/**
 * Recognise a page that *is* a corpus article (the reader opened the original): it must list the
 * other sources, not itself. Sentences are folded and hashed; the page is the article when most of
 * the article's long sentences appear on it.
 */
import { fold } from '../text/fold';
import { textHash as fnv1a } from '../text/hash';

/** Sentences shorter than this are headings, bylines or furniture shared by unrelated pages. */
const MIN_SENTENCE_CHARS = 40;
/** At most this many hashes per article keep the index small for large corpora. */
const MAX_HASHES = 24;
/** Share of the article's sentences that must be on the page for it to be the same text. */
const SAME_TEXT_RATIO = 0.7;


function inRanges(pos: number, ranges: Array<[number, number]>): boolean {
  for (const [s, e] of ranges) if (pos >= s && pos < e) return true;
  return false;
}

export function selfFingerprint(text: string, ignore: Array<[number, number]>): number[] {
  const out: number[] = [];
  const folded = fold(text);
  const re = /[^.!?\n"]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded)) !== null) {
    if (inRanges(m.index, ignore)) continue;
    const s = m[0].replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (s.length < MIN_SENTENCE_CHARS) continue;
    out.push(fnv1a(s));
    if (out.length >= MAX_HASHES) break;
  }
  return out;
}

/** Bits of the page's hash filter (a power of two): with a page's few dozen sentence hashes, about one
 *  bit in a hundred is set, so nearly every hash of another article is ruled out without the Set. */
const FILTER_BITS = 4096;
const FILTER_MASK = FILTER_BITS - 1;
const filter = new Uint32Array(FILTER_BITS / 32);
let filterOf: Set<number> | null = null;
let filterSize = -1;

/** A bit filter of the page's hashes: a hash whose bit is clear is not on the page. Kept for the last
 *  page Set asked about (a query asks once per same-story article, thousands at 10,000 articles). */
function pageFilter(page: Set<number>): Uint32Array {
  if (filterOf === page && filterSize === page.size) return filter;
  filter.fill(0);
  for (const h of page) filter[(h & FILTER_MASK) >>> 5] |= 1 << (h & 31);
  filterOf = page;
  filterSize = page.size;
  return filter;
}

/** `start`, `end`: the article's hashes within `docFingerprint` (an index holds every article's in one array). */
export function isSameText(docFingerprint: ArrayLike<number>, page: Set<number>, start = 0, end = docFingerprint.length): boolean {
  const n = end - start;
  if (n <= 0) return false;
  const bits = pageFilter(page);
  let hits = 0;
  let misses = 0;
  for (let i = start; i < end; i++) {
    const h = docFingerprint[i];
    if ((bits[(h & FILTER_MASK) >>> 5] & (1 << (h & 31))) !== 0 && page.has(h)) hits++;
    // Most articles share no sentence with the page: stop once the ratio is out of reach.
    else if ((n - ++misses) / n < SAME_TEXT_RATIO) return false;
  }
  return hits / n >= SAME_TEXT_RATIO;
}
