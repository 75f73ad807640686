// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { serializeForExtraction, serializeInSlices, SLICE_MS } from './serialize';

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
  it('gives the same markup as the one-go walk, for any tree', async () => {
    const { node } = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.string({ maxLength: 8 }).map((s) => s.replace(/[<>&]/g, '')),
        fc.constant('<br>'),
        fc.tuple(fc.constantFrom('p', 'div', 'em', 'script', 'a'), fc.array(tie('node'), { maxLength: 4 })).map(([tag, kids]) => `<${tag}>${(kids as string[]).join('')}</${tag}>`),
      ),
    }));
    await fc.assert(
      fc.asyncProperty(fc.array(node, { maxLength: 6 }), async (parts) => {
        document.body.innerHTML = parts.join('');
        // A clock that jumps a whole slice at each read: the walk pauses at every check.
        let t = 0;
        let pauses = 0;
        const html = await serializeInSlices(document, async () => void pauses++, () => (t += SLICE_MS));
        expect(html).toBe(serializeForExtraction(document));
      }),
      { numRuns: 100 },
    );
  });

  it('pauses when a slice has used its time, and not before', async () => {
    for (let i = 0; i < 2000; i++) document.body.appendChild(document.createElement('p')).textContent = `p${i}`;
    let pauses = 0;
    let t = 0;
    await serializeInSlices(document, async () => void pauses++, () => t);
    expect(pauses).toBe(0);
    await serializeInSlices(document, async () => void pauses++, () => (t += SLICE_MS));
    // 4,000 nodes, the clock read every 256: 15 checks, each over the slice.
    expect(pauses).toBe(15);
  });

  it('stays well formed when the page removes nodes during a pause', async () => {
    for (let i = 0; i < 1000; i++) document.body.appendChild(document.createElement('p')).textContent = `p${i}`;
    let t = 0;
    const html = await serializeInSlices(document, async () => {
      document.body.lastElementChild?.remove();
    }, () => (t += SLICE_MS));
    expect(html.match(/<p>/g)?.length).toBe(html.match(/<\/p>/g)?.length);
    expect(html.endsWith('</body></html>')).toBe(true);
  });
});
