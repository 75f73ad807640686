// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHighlighter } from './highlighter';
import { createCard, CARD_HOST_TAG } from './card';
import { QUIET_ATTR, STYLE_ID, WRAPPER_TAG } from './styles';
import { normalizeSpace } from './text-index';
import type { MarkRequest, MarkKind } from './types';

// happy-dom replaces the global URL, so resolve from the project root vitest runs in.
const FIXTURE = join(process.cwd(), 'test/fixtures/pages/highlight-demo.html');
const norm = (s: string) => normalizeSpace(s).trim();
const card = { heading: 'Ce que disent les autres sources', items: [{ label: 'Source A', text: 'Un texte', note: 'concorde' }] };
const mark = (id: string, kind: MarkKind, exact: string, prefix = '', suffix = ''): MarkRequest => ({ id, kind, selector: { exact, prefix, suffix }, card });

function loadFixture(): void {
  const html = readFileSync(FIXTURE, 'utf8');
  document.head.innerHTML = html.match(/<head>([\s\S]*)<\/head>/)![1]!;
  // Keep the script inert: we only compare serialisations.
  document.body.innerHTML = html.match(/<body>([\s\S]*)<\/body>/)![1]!.replace(/<script>[\s\S]*?<\/script>/, '');
}

const MARKS: MarkRequest[] = [
  mark('p1', 'passage-verbatim', 'soldats nord-coréens se trouvent désormais dans la région russe de Koursk, où certains ont commencé'),
  mark('f1', 'figure-differs', '12 000 hommes', 'entre 10 000 et ', ' en Russie'),
  mark('p2', 'passage-close', "la Corée du Nord a envoyé au total entre 10 000 et 12 000 hommes en Russie. Le secrétaire général de l'Otan, Mark Rutte"),
  mark('f2', 'figure-agrees', '50 000 soldats'),
  mark('gone', 'figure-related', 'Les marchés européens ont clôturé en hausse vendredi'),
];

const frame = () => new Promise((r) => setTimeout(r, 40));

afterEach(() => {
  vi.restoreAllMocks();
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('wrap mode', () => {
  it('auto falls back to wrap when CSS.highlights is missing', () => {
    expect(createHighlighter(document).mode).toBe('wrap');
  });

  it('wraps exactly the quote and clear() restores the page byte for byte', () => {
    loadFixture();
    const before = document.body.innerHTML;
    const headBefore = document.head.innerHTML;
    const firstText = document.querySelector('article p:nth-of-type(2)')!.firstChild;
    const h = createHighlighter(document, { mode: 'wrap' });
    const res = h.apply(MARKS);
    expect(res).toEqual({ anchored: ['p1', 'f1', 'p2', 'f2'], missed: ['gone'] });
    expect(document.getElementById(STYLE_ID)).not.toBeNull();
    for (const m of MARKS.slice(0, 4)) {
      const ws = [...document.querySelectorAll(`${WRAPPER_TAG}[data-id="${m.id}"]`)];
      expect(ws.length).toBeGreaterThan(0);
      expect(norm(ws.map((w) => w.textContent).join(''))).toBe(norm(m.selector.exact));
    }
    // The figure inside the passage nests in the passage's wrapper.
    expect(document.querySelector(`${WRAPPER_TAG}[data-id="f1"]`)!.parentElement!.closest(`${WRAPPER_TAG}[data-id="p2"]`)).not.toBeNull();
    expect(document.body.innerHTML).not.toBe(before);
    h.clear();
    expect(document.body.innerHTML).toBe(before);
    expect(document.head.innerHTML).toBe(headBefore);
    expect(document.getElementById(STYLE_ID)).toBeNull();
    expect(document.querySelector(CARD_HOST_TAG)).toBeNull();
    // The very text nodes we split are merged back, not replaced.
    expect(document.querySelector('article p:nth-of-type(2)')!.firstChild).toBe(firstText);
  });

  it('apply twice replaces the marks; destroy stops further applies', () => {
    loadFixture();
    const before = document.body.innerHTML;
    const h = createHighlighter(document, { mode: 'wrap' });
    h.apply(MARKS);
    h.apply(MARKS.slice(0, 1));
    expect(new Set([...document.querySelectorAll(WRAPPER_TAG)].map((w) => (w as HTMLElement).dataset.id))).toEqual(new Set(['p1']));
    h.destroy();
    expect(h.apply(MARKS).anchored).toEqual([]);
    expect(document.body.innerHTML).toBe(before);
  });

  it('scrollTo scrolls and flashes an anchored mark, false for an unknown id', async () => {
    loadFixture();
    const h = createHighlighter(document, { mode: 'wrap' });
    h.apply(MARKS);
    const scroll = vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(() => undefined);
    expect(h.scrollTo('nope')).toBe(false);
    expect(h.scrollTo('f2')).toBe(true);
    expect(scroll).toHaveBeenCalledWith({ behavior: 'smooth', block: 'center' });
    const w = document.querySelector(`${WRAPPER_TAG}[data-id="f2"]`)!;
    expect(w.hasAttribute('data-recoupe-flash')).toBe(true);
    await new Promise((r) => setTimeout(r, 1300));
    expect(w.hasAttribute('data-recoupe-flash')).toBe(false);
    h.clear();
  });

  it('a quiet mark is wrapped unstyled and without a card, yet scrollTo flashes it; clear() restores the page', async () => {
    loadFixture();
    const before = document.body.innerHTML;
    const h = createHighlighter(document, { mode: 'wrap' });
    h.apply([MARKS[2]!, { ...MARKS[1]!, quiet: true }]);
    const quiet = document.querySelector(`${WRAPPER_TAG}[data-id="f1"]`)!;
    expect(quiet.hasAttribute(QUIET_ATTR)).toBe(true);
    expect(document.querySelector(`${WRAPPER_TAG}[data-id="p2"]`)!.hasAttribute(QUIET_ATTR)).toBe(false);
    // The sheet takes a quiet wrapper's colour and line away, and flashes it after that rule.
    const css = document.getElementById(STYLE_ID)!.textContent!;
    expect(css.indexOf(`[${QUIET_ATTR}]{background-color:transparent`)).toBeGreaterThan(css.indexOf('[data-kind="figure-differs"]'));
    expect(css.indexOf('[data-recoupe-flash]')).toBeGreaterThan(css.indexOf(`[${QUIET_ATTR}]`));
    // Hovering the quiet figure shows the card of the passage around it, not its own.
    let root: ShadowRoot | null = null;
    const attach = HTMLElement.prototype.attachShadow;
    vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init) {
      return (root = attach.call(this, init));
    });
    h.apply([{ ...MARKS[2]!, card: { heading: 'card of p2', items: [] } }, { ...MARKS[1]!, quiet: true, card: { heading: 'card of f1', items: [] } }]);
    document.querySelector(`${WRAPPER_TAG}[data-id="f1"]`)!.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, clientX: 5, clientY: 5 }));
    await frame();
    expect(root!.querySelector('h2')!.textContent).toBe('card of p2');
    vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(() => undefined);
    expect(h.scrollTo('f1')).toBe(true);
    expect(document.querySelector(`${WRAPPER_TAG}[data-id="f1"]`)!.hasAttribute('data-recoupe-flash')).toBe(true);
    h.clear();
    expect(document.body.innerHTML).toBe(before);
  });

  it('hovering a wrapper shows the card, Escape hides it, clear removes it and its listeners', async () => {
    loadFixture();
    let root: ShadowRoot | null = null;
    const attach = HTMLElement.prototype.attachShadow;
    vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init) {
      return (root = attach.call(this, init));
    });
    const h = createHighlighter(document, { mode: 'wrap' });
    const danger = '<img src=x onerror=alert(1)>';
    h.apply([{ ...MARKS[3]!, card: { heading: danger, items: [{ label: danger, text: danger, note: danger }] } }]);
    const w = document.querySelector(`${WRAPPER_TAG}[data-id="f2"]`)!;
    w.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, clientX: 5, clientY: 5 }));
    await frame();
    const host = document.querySelector(CARD_HOST_TAG) as HTMLElement;
    expect(host).not.toBeNull();
    expect(host.style.display).toBe('block');
    expect(host.shadowRoot).toBeNull(); // closed to the page
    expect(root!.querySelector('img')).toBeNull();
    expect(root!.querySelector('h2')!.textContent).toBe(danger);
    expect(root!.textContent!.split(danger).length - 1).toBe(4);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(host.style.display).toBe('none');
    h.clear();
    expect(document.querySelector(CARD_HOST_TAG)).toBeNull();
    // No listener left: a later hover does nothing.
    document.body.dispatchEvent(new MouseEvent('mousemove', { bubbles: true }));
    await frame();
    expect(document.querySelector(CARD_HOST_TAG)).toBeNull();
  });
});

describe('property: wrap then clear leaves no trace', () => {
  it('for random overlapping marks over random inline markup', () => {
    const word = fc.stringMatching(/^[a-z]{1,6}$/);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(word, fc.constantFrom('', 'em', 'a', 'b', 'span')), { minLength: 4, maxLength: 30 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(40), fc.constantFrom<MarkKind>('passage-close', 'figure-differs')), { minLength: 1, maxLength: 5 }),
        (pieces, spans) => {
          document.body.innerHTML = '<p>' + pieces.map(([w, t]) => (t ? `<${t}>${w} </${t}>` : `${w} `)).join('') + '</p>';
          const before = document.body.innerHTML;
          const text = norm(document.body.textContent!);
          const marks = spans.map(([s, len, kind], i) => {
            const start = s % text.length;
            return mark(`m${i}`, kind, text.slice(start, start + len + 1), text.slice(Math.max(0, start - 32), start), text.slice(start + len + 1, start + len + 33));
          }).filter((m) => m.selector.exact.trim());
          const h = createHighlighter(document, { mode: 'wrap' });
          const res = h.apply(marks);
          expect(res.missed).toEqual([]);
          for (const m of marks) {
            const ws = [...document.querySelectorAll(`${WRAPPER_TAG}[data-id="${m.id}"]`)];
            expect(norm(ws.map((w) => w.textContent).join(''))).toBe(norm(m.selector.exact));
          }
          h.clear();
          expect(document.body.innerHTML).toBe(before);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('hover card', () => {
  it('hides the card shortly after the pointer leaves the mark, not while it is on the card', async () => {
    loadFixture();
    const h = createHighlighter(document, { mode: 'wrap' });
    h.apply(MARKS);
    document.querySelector(`${WRAPPER_TAG}[data-id="f2"]`)!.dispatchEvent(new MouseEvent('mousemove', { bubbles: true }));
    await frame();
    const host = document.querySelector(CARD_HOST_TAG) as HTMLElement;
    host.dispatchEvent(new MouseEvent('mousemove', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 400));
    expect(host.style.display).toBe('block');
    document.querySelector('h1')!.dispatchEvent(new MouseEvent('mousemove', { bubbles: true }));
    await frame();
    expect(host.style.display).toBe('block'); // grace period to reach the card
    await new Promise((r) => setTimeout(r, 400));
    expect(host.style.display).toBe('none');
    h.clear();
  });
});

describe('card', () => {
  it('sets page and corpus text as text, never HTML', () => {
    let root: ShadowRoot | null = null;
    const attach = HTMLElement.prototype.attachShadow;
    vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init) {
      return (root = attach.call(this, init));
    });
    const c = createCard(document);
    const evil = 'Le chiffre <img src=x onerror=alert(1)> et <script>alert(2)</script>';
    c.show({ heading: evil, items: [{ label: 'A', text: evil }] }, new DOMRect(10, 10, 50, 20));
    expect(root!.querySelectorAll('img, script').length).toBe(0);
    expect(root!.querySelector('blockquote')!.textContent).toBe(evil);
    c.destroy();
    expect(document.querySelector(CARD_HOST_TAG)).toBeNull();
  });
});

describe('highlight-api mode (stubbed registry)', () => {
  it('registers one Highlight per kind, touches no page node, hovers by caret, and clear() unregisters all', async () => {
    loadFixture();
    const registry = new Map<string, { ranges: Range[]; priority: number }>();
    class FakeHighlight { ranges: Range[]; priority = 0; constructor(...r: Range[]) { this.ranges = r; } }
    const w = window as unknown as { Highlight?: unknown };
    // happy-dom's window.CSS has no `highlights` and ignores new properties: swap it whole.
    const saved = Object.getOwnPropertyDescriptor(window, 'CSS');
    Object.defineProperty(window, 'CSS', { configurable: true, value: { highlights: registry, supports: () => true } });
    w.Highlight = FakeHighlight;
    try {
      const before = document.body.innerHTML;
      const h = createHighlighter(document, { mode: 'auto' });
      expect(h.mode).toBe('highlight-api');
      const res = h.apply(MARKS);
      expect(res.missed).toEqual(['gone']);
      expect(document.body.innerHTML).toBe(before);
      expect([...registry.keys()].sort()).toEqual(['recoupe-figure-agrees', 'recoupe-figure-differs', 'recoupe-passage-close', 'recoupe-passage-verbatim']);
      expect(norm(registry.get('recoupe-figure-differs')!.ranges[0]!.toString())).toBe('12 000 hommes');
      expect(registry.get('recoupe-figure-differs')!.priority).toBeGreaterThan(registry.get('recoupe-passage-close')!.priority);
      vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(() => undefined);
      expect(h.scrollTo('p1')).toBe(true);
      expect(registry.has('recoupe-flash')).toBe(true);
      const style = document.getElementById(STYLE_ID)!;
      expect(style.textContent).toContain('::highlight(recoupe-figure-differs)');
      // Hover: no element to listen on, so the caret under the pointer picks the mark; the
      // figure inside the passage wins, being the shorter one.
      const num = document.querySelectorAll('span.num')[1]!.firstChild!;
      Object.defineProperty(document, 'caretPositionFromPoint', { configurable: true, value: () => ({ offsetNode: num, offset: 2 }) });
      vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(() => [new DOMRect(0, 0, 2000, 2000)] as unknown as DOMRectList);
      let root: ShadowRoot | null = null;
      const attach = HTMLElement.prototype.attachShadow;
      vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init) {
        return (root = attach.call(this, init));
      });
      h.apply(MARKS.map((m) => ({ ...m, card: { heading: `card of ${m.id}`, items: [] } })));
      document.body.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, clientX: 10, clientY: 10 }));
      await new Promise((r) => setTimeout(r, 40));
      expect(root!.querySelector('h2')!.textContent).toBe('card of f1');
      // A quiet figure is registered under no kind and has no card (the passage's shows), yet scrollTo flashes it.
      h.apply(MARKS.map((m) => ({ ...m, quiet: m.id === 'f1', card: { heading: `card of ${m.id}`, items: [] } })));
      expect(registry.has('recoupe-figure-differs')).toBe(false);
      document.body.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, clientX: 12, clientY: 12 }));
      await new Promise((r) => setTimeout(r, 40));
      expect(root!.querySelector('h2')!.textContent).toBe('card of p2');
      expect(h.scrollTo('f1')).toBe(true);
      expect(norm(registry.get('recoupe-flash') ? (registry.get('recoupe-flash') as unknown as { ranges: Range[] }).ranges[0]!.toString() : '')).toBe('12 000 hommes');
      delete (document as { caretPositionFromPoint?: unknown }).caretPositionFromPoint;
      h.clear();
      expect(registry.size).toBe(0);
      expect(document.getElementById(STYLE_ID)).toBeNull();
      expect(document.body.innerHTML).toBe(before);
    } finally {
      if (saved) Object.defineProperty(window, 'CSS', saved);
      else delete (window as { CSS?: unknown }).CSS;
      delete w.Highlight;
    }
  });
});

describe('applying in slices (large pages)', () => {
  it('indexes the same text as the one-go index, pausing on a large page', async () => {
    const { buildTextIndex, buildTextIndexInSlices } = await import('./text-index');
    const { SLICE_MS: INDEX_SLICE_MS } = await import('../dom/sliced-walk');
    loadFixture();
    for (let i = 0; i < 400; i++) document.body.appendChild(document.createElement('p')).innerHTML = `Commentaire <b>${i}</b>  du   lecteur.`;
    let t = 0;
    let pauses = 0;
    const sliced = await buildTextIndexInSlices(document.body, async () => void pauses++, () => (t += INDEX_SLICE_MS));
    const whole = buildTextIndex(document.body);
    expect(pauses).toBeGreaterThan(3);
    expect(sliced.text).toBe(whole.text);
    expect([...sliced.runStart]).toEqual([...whole.runStart]);
    expect(sliced.nodes).toEqual(whole.nodes);
  });

  it('anchors what apply() anchors, and an apply overtaken while paused draws nothing', async () => {
    loadFixture();
    const a = createHighlighter(document, { mode: 'wrap' });
    const sync = a.apply(MARKS);
    const syncText = [...document.querySelectorAll(WRAPPER_TAG)].map((w) => w.textContent).join('|');
    a.destroy();
    const b = createHighlighter(document, { mode: 'wrap' });
    const sliced = await b.applyInSlices(MARKS, () => new Promise((r) => setTimeout(r, 0)));
    expect(sliced).toEqual(sync);
    expect([...document.querySelectorAll(WRAPPER_TAG)].map((w) => w.textContent).join('|')).toBe(syncText);
    // Overtaken: a second apply starts before the first finishes indexing.
    const first = b.applyInSlices(MARKS, () => new Promise((r) => setTimeout(r, 0)));
    b.apply(MARKS.slice(0, 1));
    expect((await first).anchored).toEqual([]);
    expect(new Set([...document.querySelectorAll(WRAPPER_TAG)].map((w) => (w as HTMLElement).dataset.id))).toEqual(new Set(['p1']));
    b.destroy();
    expect(document.querySelectorAll(WRAPPER_TAG)).toHaveLength(0);
    expect(document.getElementById(STYLE_ID)).toBeNull();
  });
});
