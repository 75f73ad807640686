/**
 * Serialise a document for extraction: well-formed markup (void elements closed, text and
 * attributes escaped) that Readability's JSDOMParser reads without errors, minus what carries no
 * article text (scripts, styles, SVG, frames). The content script runs it on the live page (read
 * only); the CLI runs it on linkedom's DOM of the file, so both extract from the same bytes.
 */

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose content is never article text; dropping them early keeps the message small. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'frame', 'object', 'embed', 'video', 'audio', 'select', 'textarea']);
/** Attribute names JSDOMParser can read back. */
const ATTR_NAME = /^[a-zA-Z_:][-a-zA-Z0-9_:.]*$/;

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

export function serializeForExtraction(doc: Document): string {
  const out: string[] = [];
  const walk = (n: Node): void => {
    if (n.nodeType === 3) {
      out.push(escapeText(n.nodeValue ?? ''));
      return;
    }
    if (n.nodeType !== 1) return;
    const el = n as Element;
    const tag = el.localName.toLowerCase();
    if (SKIP.has(tag) || !ATTR_NAME.test(tag)) return;
    out.push('<', tag);
    for (const a of Array.from(el.attributes)) {
      if (ATTR_NAME.test(a.name) && !a.name.startsWith('on')) out.push(' ', a.name, '="', escapeAttr(a.value), '"');
    }
    if (VOID.has(tag)) {
      out.push('/>');
      return;
    }
    out.push('>');
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    out.push('</', tag, '>');
  };
  if (doc.documentElement) walk(doc.documentElement);
  return out.join('');
}
