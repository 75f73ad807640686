/**
 * Serialise a document for extraction: well-formed markup (void elements closed, text and
 * attributes escaped) that Readability's JSDOMParser reads without errors, minus what carries no
 * article text (scripts, styles, SVG, frames) but JSON-LD metadata. The content script runs it on the live page (read
 * only), in slices so a large page never holds the reader's main thread; the CLI runs it in one go
 * on linkedom's DOM of the file, so both extract from the same bytes.
 */

import { runInSlices, runToEnd, walkResumably, type OpenFrame } from '../dom/sliced-walk';
import type { YieldToPage } from '../dom/yield-to-page';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose content is never article text; dropping them early keeps the message small. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'frame', 'object', 'embed', 'video', 'audio', 'select', 'textarea']);
/**
 * A JSON-LD block (`<script type="application/ld+json">`) is data, not code: kept, so the background
 * can read the page's `datePublished` (extract/published.ts). A block may repeat the whole article
 * (`articleBody`: 52 KB on a saved Kotaku page), so it may be as long as the longest article analysed
 * (MAX_ARTICLE_CHARS in extract/article.ts, not imported: the content script must not pull in
 * Readability); a longer one is some site's catalogue, dropped to keep the message small.
 */
const MAX_JSON_LD_CHARS = 200_000;
/** Attribute names JSDOMParser can read back. */
const ATTR_NAME = /^[a-zA-Z_:][-a-zA-Z0-9_:.]*$/;

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

function isJsonLd(el: Element, tag: string): boolean {
  return tag === 'script' && el.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json' && (el.textContent?.length ?? 0) <= MAX_JSON_LD_CHARS;
}

interface OpenTag extends OpenFrame {
  tag: string;
}

/** Writes one node's opening (or a text node whole); returns the element to descend into, if any. */
function open(n: Node, out: string[]): OpenTag | null {
  if (n.nodeType === 3) {
    out.push(escapeText(n.nodeValue ?? ''));
    return null;
  }
  if (n.nodeType !== 1) return null;
  const el = n as Element;
  const tag = el.localName.toLowerCase();
  if ((SKIP.has(tag) && !isJsonLd(el, tag)) || !ATTR_NAME.test(tag)) return null;
  out.push('<', tag);
  for (const a of Array.from(el.attributes)) {
    if (ATTR_NAME.test(a.name) && !a.name.startsWith('on')) out.push(' ', a.name, '="', escapeAttr(a.value), '"');
  }
  if (VOID.has(tag)) {
    out.push('/>');
    return null;
  }
  out.push('>');
  return { el, tag };
}

/**
 * The markup, written by a resumable walk (dom/sliced-walk.ts): it stays well formed whatever the
 * page changes during pauses. Null once it grows past maxChars (a page that keeps adding nodes);
 * the size is summed only at the walk's checks, so the hot loop does not pay for it.
 */
function* steps(doc: Document, maxChars: number): Generator<void, string | null, void> {
  const root = doc.documentElement;
  if (!root) return '';
  const out: string[] = [];
  let size = 0;
  let counted = 0;
  for (const _ of walkResumably(root, (n) => open(n, out), (f) => void out.push('</', f.tag, '>'))) {
    for (; counted < out.length; counted++) size += out[counted].length;
    if (size > maxChars) return null;
    yield;
  }
  const html = out.join('');
  return html.length > maxChars ? null : html;
}

/** The whole document at once: for the CLI, and for tests. */
export function serializeForExtraction(doc: Document): string {
  return runToEnd(steps(doc, Infinity)) ?? '';
}

export interface SliceOptions {
  /** Stop and return null once the markup grows past this. */
  maxChars?: number;
  pause?: YieldToPage;
  now?: () => number;
}

/** The same markup as serializeForExtraction, written in slices of about SLICE_MS; null past maxChars. */
export function serializeInSlices(doc: Document, { maxChars = Infinity, pause, now }: SliceOptions = {}): Promise<string | null> {
  return runInSlices(steps(doc, maxChars), pause, now);
}
