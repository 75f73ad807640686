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

export function isSameText(docFingerprint: number[], page: Set<number>): boolean {
  if (docFingerprint.length === 0) return false;
  let hits = 0;
  for (const h of docFingerprint) if (page.has(h)) hits++;
  return hits / docFingerprint.length >= SAME_TEXT_RATIO;
}
