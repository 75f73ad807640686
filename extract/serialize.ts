/**
 * Serialise a document for extraction: well-formed markup (void elements closed, text and
 * attributes escaped) that Readability's JSDOMParser reads without errors, minus what carries no
 * article text (scripts, styles, SVG, frames). The content script runs it on the live page (read
 * only), in slices so a large page never holds the reader's main thread; the CLI runs it in one go
 * on linkedom's DOM of the file, so both extract from the same bytes.
 */

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
  tag: string;
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
  return { tag, next: el.firstChild };
}

/**
 * The walk, depth first, without recursion so it can stop anywhere: it yields every
 * NODES_PER_CHECK nodes for the caller to decide whether to pause. If the page changes the DOM
 * during a pause, the walk goes on from the nodes it holds; the markup stays well formed.
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
    top.next = n.nextSibling;
    const child = open(n, out);
    if (child) stack.push(child);
    if (++count % NODES_PER_CHECK === 0) yield;
  }
}

/** The whole document at once: for the CLI, and for tests. */
export function serializeForExtraction(doc: Document): string {
  const out: string[] = [];
  for (const _ of walk(doc, out));
  return out.join('');
}

/** Gives the page its main thread back for a moment. */
export type YieldToPage = () => Promise<void>;

/**
 * The page's own scheduler where there is one (Chromium: the continuation keeps its priority, and
 * input and rendering go first). Elsewhere a zero timeout, which lets the page's timers, input and
 * rendering run; a message to ourselves would be quicker but Firefox runs such messages ahead of
 * the page's timers, so the page stays starved across slices. A hidden tab has nobody to keep
 * responsive, and there timeouts are throttled to one per second: it is read in one go.
 */
export function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  if (typeof document !== 'undefined' && document.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The same markup as serializeForExtraction, written in slices of about SLICE_MS. */
export async function serializeInSlices(doc: Document, pause: YieldToPage = yieldToPage, now: () => number = () => performance.now()): Promise<string> {
  const out: string[] = [];
  let sliceStart = now();
  for (const _ of walk(doc, out)) {
    if (now() - sliceStart < SLICE_MS) continue;
    await pause();
    sliceStart = now();
  }
  return out.join('');
}
