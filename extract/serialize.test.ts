// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { serializeForExtraction, serializeInSlices } from './serialize';
import { SLICE_MS } from '../dom/sliced-walk';

/**
 * The recursive walk this module used before it was made resumable, kept here as the reference the
 * iterative walk must reproduce byte for byte.
 */
function reference(doc: Document): string {
  const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
  const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'frame', 'object', 'embed', 'video', 'audio', 'select', 'textarea']);
  const NAME = /^[a-zA-Z_:][-a-zA-Z0-9_:.]*$/;
  const out: string[] = [];
  const walk = (n: Node): void => {
    if (n.nodeType === 3) return void out.push((n.nodeValue ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
    if (n.nodeType !== 1) return;
    const el = n as Element;
    const tag = el.localName.toLowerCase();
    if (SKIP.has(tag) || !NAME.test(tag)) return;
    out.push('<', tag);
    for (const a of Array.from(el.attributes)) {
      if (NAME.test(a.name) && !a.name.startsWith('on')) out.push(' ', a.name, '="', a.value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;'), '"');
    }
    if (VOID.has(tag)) return void out.push('/>');
    out.push('>');
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    out.push('</', tag, '>');
  };
  if (doc.documentElement) walk(doc.documentElement);
  return out.join('');
}

/** A clock that jumps a whole slice at each read: the walk pauses at every check. */
function jumpingClock(): () => number {
  let t = 0;
  return () => (t += SLICE_MS);
}

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('serializeForExtraction', () => {
  it('writes well-formed markup without scripts, styles, SVG or handlers', () => {
    document.head.innerHTML = '<title>T &amp; co</title><style>p{}</style>';
    document.body.innerHTML = '<p class="a" onclick="x()">One <b>two</b><br>three &lt; 4</p><script>var x</script><svg><text>no</text></svg><img src="i.png" alt=\'say "hi"\'>';
    expect(serializeForExtraction(document)).toBe(
      '<html><head><title>T &amp; co</title></head><body><p class="a">One <b>two</b><br/>three &lt; 4</p><img src="i.png" alt="say &quot;hi&quot;"/></body></html>',
    );
  });

  it('keeps JSON-LD metadata blocks (data, escaped like text) and drops every other script', () => {
    document.head.innerHTML = '<script type="application/ld+json">{"datePublished": "2024-07-07", "a": "<b> & c"}</script><script>var ld = 1</script><script type="module">x</script>';
    expect(serializeForExtraction(document)).toBe(
      '<html><head><script type="application/ld+json">{"datePublished": "2024-07-07", "a": "&lt;b&gt; &amp; c"}</script></head><body></body></html>',
    );
    document.head.innerHTML = `<script type="application/ld+json">{"x": "${'y'.repeat(210_000)}"}</script>`;
    expect(serializeForExtraction(document)).toBe('<html><head></head><body></body></html>');
  });

  it('handles nesting deeper than a recursive walk would survive', () => {
    // Its own document: happy-dom itself recurses when such a tree is detached.
    const doc = document.implementation.createHTMLDocument('deep');
    let el: HTMLElement = doc.body;
    for (let i = 0; i < 20_000; i++) el = el.appendChild(doc.createElement('div'));
    el.textContent = 'deep';
    const html = serializeForExtraction(doc);
    expect(html).toContain('deep');
    expect(html.match(/<div>/g)).toHaveLength(20_000);
    expect(html.match(/<\/div>/g)).toHaveLength(20_000);
  });
});

describe('serializeInSlices', () => {
  it('gives the recursive walk’s markup for any tree, pausing as it goes', async () => {
    const { node } = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.string({ maxLength: 8 }).map((s) => s.replace(/[<>&]/g, '')),
        fc.constant('<br>'),
        fc.tuple(fc.constantFrom('p', 'div', 'em', 'script', 'a'), fc.array(tie('node'), { maxLength: 4 })).map(([tag, kids]) => `<${tag}>${(kids as string[]).join('')}</${tag}>`),
      ),
    }));
    await fc.assert(
      // Repeated so most trees exceed the 256 nodes between checks: the pause path runs.
      fc.asyncProperty(fc.array(node, { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 60 }), async (parts, copies) => {
        document.body.innerHTML = parts.join('').repeat(copies);
        let pauses = 0;
        const html = await serializeInSlices(document, { pause: async () => void pauses++, now: jumpingClock() });
        expect(html).toBe(reference(document));
        expect(serializeForExtraction(document)).toBe(html);
        if (document.querySelectorAll('*').length > 600) expect(pauses).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });

  it('pauses when a slice has used its time, and not before', async () => {
    for (let i = 0; i < 2000; i++) document.body.appendChild(document.createElement('p')).textContent = `p${i}`;
    let pauses = 0;
    await serializeInSlices(document, { pause: async () => void pauses++, now: () => 0 });
    expect(pauses).toBe(0);
    await serializeInSlices(document, { pause: async () => void pauses++, now: jumpingClock() });
    // 4,000 nodes, the clock read every 256: 15 checks, each over the slice.
    expect(pauses).toBe(15);
  });

  it('loses nothing when the page removes the very node the walk was to write next', async () => {
    for (let i = 0; i < 1000; i++) document.body.appendChild(document.createElement('p')).textContent = `p${i}`;
    // The clock jumps a slice per read, so pause j comes after 256·j nodes: head, body, then a
    // paragraph and its text each. The first 128·j − 1 paragraphs still in the page are written,
    // and the next one is body's child 128·j − 1. The page removes exactly that one (a swapped ad
    // slot, say): the walk must go on with its sibling, not stop at a detached node.
    let j = 0;
    const removed: string[] = [];
    const html = await serializeInSlices(document, {
      pause: async () => {
        const next = document.body.children[128 * ++j - 1];
        if (next) {
          removed.push(next.textContent!);
          next.remove();
        }
      },
      now: jumpingClock(),
    });
    expect(removed.length).toBeGreaterThan(3);
    expect(html).toBe(reference(document));
    for (const r of removed) expect(html).not.toContain(`<p>${r}</p>`);
    expect(html).toContain('<p>p999</p>');
  });

  it('gives up (null) once the markup passes maxChars', async () => {
    for (let i = 0; i < 1000; i++) document.body.appendChild(document.createElement('p')).textContent = 'x'.repeat(100);
    expect(await serializeInSlices(document, { maxChars: 10_000, pause: async () => undefined, now: jumpingClock() })).toBeNull();
    expect(await serializeInSlices(document, { maxChars: 1_000_000, pause: async () => undefined, now: jumpingClock() })).toBe(reference(document));
  });
});
