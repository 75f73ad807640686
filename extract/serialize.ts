/**
 * Serialise a document for extraction: well-formed markup (void elements closed, text and
 * attributes escaped) that Readability's JSDOMParser reads without errors, minus what carries no
 * article text (scripts, styles, SVG, frames). The content script runs it on the live page (read
 * only), in slices so a large page never holds the reader's main thread; the CLI runs it in one go
 * on linkedom's DOM of the file, so both extract from the same bytes.
 */

import { yieldToPage, type YieldToPage } from './yield-to-page';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose content is never article text; dropping them early keeps the message small. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'frame', 'object', 'embed', 'video', 'audio', 'select', 'textarea']);
/** Attribute names JSDOMParser can read back. */
const ATTR_NAME = /^[a-zA-Z_:][-a-zA-Z0-9_:.]*$/;

/**
 * How long one slice of serialisation may run before the page gets its main thread back. A task
 * over 50 ms is a "long task" (it delays input); a whole Wikipedia page took ~60 ms cold in
 * Chromium and up to ~200 ms in Firefox on this machine. 10 ms leaves the page room in each frame.
 */
export const SLICE_MS = 10;
/** Nodes written between two reads of the clock: reading it costs more than writing a text node. */
const NODES_PER_CHECK = 256;

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

interface OpenElement {
  el: Element;
  tag: string;
  /** The last child written, if any: where to resume if the page moves `next` during a pause. */
  last: Node | null;
  /** The next child to write; null when the closing tag is due. */
  next: Node | null;
}

/** Writes one node's opening (or a text node whole); returns the element to descend into, if any. */
function open(n: Node, out: string[]): OpenElement | null {
  if (n.nodeType === 3) {
    out.push(escapeText(n.nodeValue ?? ''));
    return null;
  }
  if (n.nodeType !== 1) return null;
  const el = n as Element;
  const tag = el.localName.toLowerCase();
  if (SKIP.has(tag) || !ATTR_NAME.test(tag)) return null;
  out.push('<', tag);
  for (const a of Array.from(el.attributes)) {
    if (ATTR_NAME.test(a.name) && !a.name.startsWith('on')) out.push(' ', a.name, '="', escapeAttr(a.value), '"');
  }
  if (VOID.has(tag)) {
    out.push('/>');
    return null;
  }
  out.push('>');
  return { el, tag, last: null, next: el.firstChild };
}

/**
 * After a pause the page may have moved or removed the nodes the walk meant to visit next. Each
 * open element resumes after the last child it wrote, if that child is still its child; otherwise
 * from `next`, if that still is; otherwise it is closed (its remaining children are lost; that
 * takes the page removing two adjacent nodes within ~10 ms).
 */
function resume(stack: OpenElement[]): void {
  for (const o of stack) {
    if (o.last === null) o.next = o.el.firstChild;
    else if (o.last.parentNode === o.el) o.next = o.last.nextSibling;
    else if (o.next && o.next.parentNode !== o.el) o.next = null;
  }
}

/**
 * The walk, depth first, without recursion so it can stop anywhere: it yields every
 * NODES_PER_CHECK nodes for the caller to decide whether to pause, then picks up whatever the page
 * changed meanwhile (resume). The markup stays well formed whatever happens.
 */
function* walk(doc: Document, out: string[]): Generator<void, void, void> {
  const root = doc.documentElement;
  if (!root) return;
  const first = open(root, out);
  const stack: OpenElement[] = first ? [first] : [];
  let count = 0;
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const n = top.next;
    if (!n) {
      out.push('</', top.tag, '>');
      stack.pop();
      continue;
    }
    top.last = n;
    top.next = n.nextSibling;
    const child = open(n, out);
    if (child) stack.push(child);
    if (++count % NODES_PER_CHECK === 0) {
      yield;
      resume(stack);
    }
  }
}

/** The whole document at once: for the CLI, and for tests. */
export function serializeForExtraction(doc: Document): string {
  const out: string[] = [];
  for (const _ of walk(doc, out));
  return out.join('');
}

/** Characters written so far; counted only at checks, so the hot loop does not pay for it. */
function written(out: string[], from: number, sum: number): number {
  for (let i = from; i < out.length; i++) sum += out[i].length;
  return sum;
}

export interface SliceOptions {
  /** Stop and return null once the markup grows past this (a page that keeps adding nodes). */
  maxChars?: number;
  pause?: YieldToPage;
  now?: () => number;
}

/** The same markup as serializeForExtraction, written in slices of about SLICE_MS; null past maxChars. */
export async function serializeInSlices(doc: Document, { maxChars = Infinity, pause = yieldToPage, now = () => performance.now() }: SliceOptions = {}): Promise<string | null> {
  const out: string[] = [];
  let size = 0;
  let counted = 0;
  let sliceStart = now();
  for (const _ of walk(doc, out)) {
    size = written(out, counted, size);
    counted = out.length;
    if (size > maxChars) return null;
    if (now() - sliceStart < SLICE_MS) continue;
    await pause();
    sliceStart = now();
  }
  const html = out.join('');
  return html.length > maxChars ? null : html;
}
