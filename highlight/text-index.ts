/**
 * Text position <-> DOM range. The live DOM's text is indexed once per anchoring batch into a
 * whitespace-normalised string (each run of white space one ' ', block boundaries a ' '), with a
 * map from every character back to its text node and offset. The extracted article text is
 * normalised the same way (normalizeSpace), so offsets found in one string map to the other.
 */

import { runInSlices, runToEnd, walkResumably, type OpenFrame } from '../dom/sliced-walk';
import type { YieldToPage } from '../dom/yield-to-page';

/** Subtrees whose text the reader never sees as article text, or that we must never touch. */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'CANVAS']);

/** Elements that break lines; the extractor turns them into '\n', so they separate words here too. */
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'NAV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'BLOCKQUOTE',
  'PRE', 'FIGCAPTION', 'FIGURE', 'TABLE', 'TR', 'TD', 'TH', 'CAPTION', 'HEADER', 'FOOTER', 'ASIDE', 'DL', 'DT', 'DD',
  'BR', 'HR', 'ADDRESS', 'DETAILS', 'SUMMARY', 'FORM', 'FIELDSET', 'LEGEND',
]);

/** Our own UI (card host) must never be indexed; our wrappers hold page text and are. */
const OWN_UI_PREFIX = 'RECOUPE-';
const OWN_WRAPPER = 'RECOUPE-MARK';

/** Each run of white space becomes one space; the same rule for page and extracted text. */
export function normalizeSpace(s: string): string {
  return s.replace(/\s+/g, ' ');
}

/**
 * The normalised text is stored as runs, each a stretch of text[] that maps one-to-one onto
 * consecutive characters of one text node: a few per paragraph instead of an entry per character.
 */
export interface TextIndex {
  /** Whitespace-normalised, trimmed text of the indexed subtree. */
  text: string;
  nodes: Text[];
  /** Run r covers text[runStart[r], runStart[r + 1]) = nodes[runNode[r]] from runOffset[r]. */
  runStart: Int32Array;
  runNode: Int32Array;
  runOffset: Int32Array;
}

function skipped(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag)) return true;
  if (tag.startsWith(OWN_UI_PREFIX) && tag !== OWN_WRAPPER) return true;
  if (el.hasAttribute('hidden')) return true;
  // Wrapping text inside an editor would corrupt what the reader is typing.
  const ce = el.getAttribute('contenteditable');
  return ce !== null && ce !== 'false';
}

interface OpenElement extends OpenFrame {
  block: boolean;
}

/**
 * The index, built by a resumable walk (dom/sliced-walk.ts) so it can be built in slices on the
 * live page; returned when the walk ends.
 */
function* indexSteps(root: Node): Generator<void, TextIndex, void> {
  const nodes: Text[] = [];
  const parts: string[] = [];
  const runStart: number[] = [];
  const runNode: number[] = [];
  const runOffset: number[] = [];
  let length = 0;
  // Where the last run ends in its node, to extend it instead of starting a new one.
  let lastNode = -1;
  let lastEnd = -1;
  // Pending separator: a space is emitted only before the next visible character, so runs
  // collapse across node and block boundaries and the text never starts or ends with one.
  let pendingSpace = false;
  let pendingNode = 0;
  let pendingOffset = 0;

  const emit = (str: string, ni: number, off: number): void => {
    if (ni !== lastNode || off !== lastEnd) { runStart.push(length); runNode.push(ni); runOffset.push(off); }
    parts.push(str);
    length += str.length;
    lastNode = ni;
    lastEnd = off + str.length;
  };
  const word = (str: string, ni: number, off: number): void => {
    if (pendingSpace && length) emit(' ', pendingNode, pendingOffset);
    pendingSpace = false;
    emit(str, ni, off);
  };
  const space = (ni: number, off: number): void => {
    if (!pendingSpace) { pendingSpace = true; pendingNode = ni; pendingOffset = off; }
  };
  // A block boundary is a virtual space: it maps to wherever the text last ended, and ranges
  // are trimmed of spaces at both ends, so it is never a range boundary itself.
  const boundary = (): void => {
    if (lastNode >= 0) space(lastNode, Math.max(0, lastEnd - 1));
  };

  const WS_RUN = /\s+/g;
  const text = (t: Text): void => {
    const s = t.data;
    if (!s) return;
    const ni = nodes.push(t) - 1;
    let last = 0;
    WS_RUN.lastIndex = 0;
    for (let m = WS_RUN.exec(s); m; m = WS_RUN.exec(s)) {
      if (m.index > last) word(s.slice(last, m.index), ni, last);
      space(ni, m.index);
      last = m.index + m[0].length;
    }
    if (last < s.length) word(s.slice(last), ni, last);
  };
  /** Visits one node: text is indexed; an element to descend into is returned. */
  const enter = (n: Node): OpenElement | null => {
    if (n.nodeType === 3) {
      text(n as Text);
      return null;
    }
    if (n.nodeType !== 1) return null;
    const el = n as Element;
    if (skipped(el)) return null;
    const block = BLOCK_TAGS.has(el.tagName.toUpperCase());
    if (block) boundary();
    return { el, block };
  };

  yield* walkResumably(root, enter, (o) => {
    if (o.block) boundary();
  });
  return { text: parts.join(''), nodes, runStart: Int32Array.from(runStart), runNode: Int32Array.from(runNode), runOffset: Int32Array.from(runOffset) };
}

export function buildTextIndex(root: Node): TextIndex {
  return runToEnd(indexSteps(root));
}

/** The same index, built in slices of about SLICE_MS with `pause` between them. */
export function buildTextIndexInSlices(root: Node, pause: YieldToPage, now?: () => number): Promise<TextIndex> {
  return runInSlices(indexSteps(root), pause, now);
}

/** The text node and offset of text[i]. */
function locate(idx: TextIndex, i: number): [Text, number] {
  let lo = 0;
  let hi = idx.runStart.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (idx.runStart[mid]! <= i) lo = mid;
    else hi = mid - 1;
  }
  return [idx.nodes[idx.runNode[lo]!]!, idx.runOffset[lo]! + i - idx.runStart[lo]!];
}

/** A DOM Range for text[start, end) of the index, trimmed of spaces; null when empty. */
export function rangeFromOffsets(idx: TextIndex, start: number, end: number): Range | null {
  while (start < end && idx.text[start] === ' ') start++;
  while (end > start && idx.text[end - 1] === ' ') end--;
  if (start >= end) return null;
  const [first, from] = locate(idx, start);
  const [last, to] = locate(idx, end - 1);
  const range = first.ownerDocument.createRange();
  try {
    range.setStart(first, from);
    range.setEnd(last, to + 1);
  } catch {
    // The page shortened a text node after it was indexed (indexing pauses for the page).
    return null;
  }
  return range;
}
