/**
 * Draws anchored marks in the live page and owns every trace it leaves: Highlight registrations
 * (or wrapper elements), one <style> element, the hover card host, listeners and timers. clear()
 * removes them all, so turning highlights off leaves the page as it was.
 */
import { anchorAll } from './anchor';
import { buildTextIndexInSlices, type TextIndex } from './text-index';
import { createCard } from './card';
import { FLASH_ATTR, FLASH_NAME, FLASH_PRIORITY, KINDS, QUIET_ATTR, STYLE_ID, WRAPPER_TAG, highlightName, priorityOf, styleSheet } from './styles';
import type { ApplyResult, Highlighter, HighlighterOptions, MarkRequest } from './types';
import { wrapRanges, type Wrapped } from './wrap';

/** Long enough to catch the eye after a smooth scroll, short enough not to linger. */
const FLASH_MS = 1200;
/** Lets the pointer travel from a mark to its card without the card vanishing on the way. */
const HIDE_DELAY_MS = 250;

/** The parts of the Highlight API we use (typed loosely so tests can stub them). */
interface HighlightLike { priority: number }
interface HighlightRegistryLike { set(name: string, h: HighlightLike): unknown; delete(name: string): unknown }
type HighlightCtor = new (...ranges: Range[]) => HighlightLike;
interface WinLike {
  CSS?: { highlights?: HighlightRegistryLike; supports?: (cond: string) => boolean };
  Highlight?: HighlightCtor;
  requestAnimationFrame?: (cb: () => void) => number;
  cancelAnimationFrame?: (id: number) => void;
  setTimeout: (cb: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
  matchMedia?: (query: string) => { matches: boolean };
}

interface Entry { mark: MarkRequest; range: Range }

/** Is ::highlight() styling available (Chromium 105+, Safari 17.2+, Firefox 149+)? */
export function supportsHighlightApi(win: unknown): boolean {
  const w = win as WinLike | null;
  try {
    return !!(w?.CSS?.highlights && typeof w.Highlight === 'function' && w.CSS.supports?.('selector(::highlight(x))'));
  } catch {
    return false;
  }
}

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

function caretAt(doc: CaretDoc, x: number, y: number): [Node, number] | null {
  if (doc.caretPositionFromPoint) {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? [p.offsetNode, p.offset] : null;
  }
  const r = doc.caretRangeFromPoint?.(x, y);
  return r ? [r.startContainer, r.startOffset] : null;
}

const inside = (r: DOMRect, x: number, y: number): boolean => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;

export function createHighlighter(doc: Document, opts: HighlighterOptions = {}): Highlighter {
  const win = doc.defaultView as unknown as WinLike;
  const wantApi = opts.mode === 'highlight-api' || (opts.mode !== 'wrap' && supportsHighlightApi(win));
  // A forced 'highlight-api' still needs the registry to exist at all.
  const mode: 'highlight-api' | 'wrap' = wantApi && win?.CSS?.highlights && win.Highlight ? 'highlight-api' : 'wrap';
  const raf = win.requestAnimationFrame?.bind(win) ?? ((cb: () => void) => win.setTimeout(cb, 16));
  const caf = win.cancelAnimationFrame?.bind(win) ?? ((id: number) => win.clearTimeout(id));

  const entries = new Map<string, Entry>();
  let wrapped: Wrapped | null = null;
  let style: HTMLStyleElement | null = null;
  let card = createCard(doc);
  let listening = false;
  let destroyed = false;
  let frame = 0;
  let hideTimer = 0;
  let flashTimer = 0;
  let flashEnd: (() => void) | null = null;
  let shownId: string | null = null;
  let lastMove: MouseEvent | null = null;

  /** The mark under the pointer and the box to place the card by. */
  const hitTest = (e: MouseEvent): [Entry, DOMRect] | null => {
    const target = e.target as Element | null;
    if (mode === 'wrap') {
      // A quiet mark has no card: the pointer is over the mark around it, if any.
      const w = target?.closest?.(`${WRAPPER_TAG}:not([${QUIET_ATTR}])`) as HTMLElement | null;
      const entry = w ? entries.get(w.dataset.id ?? '') : undefined;
      return entry && w ? [entry, w.getBoundingClientRect()] : null;
    }
    const caret = caretAt(doc as CaretDoc, e.clientX, e.clientY);
    if (!caret) return null;
    let best: [Entry, DOMRect] | null = null;
    let bestLen = Infinity;
    for (const entry of entries.values()) {
      if (entry.mark.quiet) continue;
      let contains = false;
      try { contains = entry.range.isPointInRange(caret[0], caret[1]); } catch { /* other root */ }
      if (!contains) continue;
      // The caret snaps to the nearest text, so also check the pointer is over the mark's boxes.
      const rect = Array.from(entry.range.getClientRects()).find((r) => inside(r, e.clientX, e.clientY));
      const len = entry.mark.selector.exact.length;
      // Figures sit inside passages: the shorter mark is the one meant.
      if (rect && len < bestLen) { best = [entry, rect]; bestLen = len; }
    }
    return best;
  };

  const onFrame = (): void => {
    frame = 0;
    const e = lastMove;
    if (!e) return;
    if (card.owns(e.target)) { win.clearTimeout(hideTimer); return; }
    const hit = hitTest(e);
    if (hit) {
      win.clearTimeout(hideTimer);
      if (shownId !== hit[0].mark.id || !card.visible) card.show(hit[0].mark.card, hit[1]);
      shownId = hit[0].mark.id;
    } else if (card.visible && !hideTimer) {
      hideTimer = win.setTimeout(hideCard, HIDE_DELAY_MS);
    }
  };
  const hideCard = (): void => {
    win.clearTimeout(hideTimer);
    hideTimer = 0;
    card.hide();
    shownId = null;
  };
  const onMove = (e: Event): void => {
    lastMove = e as MouseEvent;
    // One hit test per frame at most, however fast the pointer moves.
    if (!frame) frame = raf(onFrame);
  };
  const onKey = (e: Event): void => {
    if ((e as KeyboardEvent).key === 'Escape') hideCard();
  };
  // The card is position: fixed; after a scroll it would point at the wrong place.
  const onScroll = (): void => { if (card.visible) hideCard(); };

  const listen = (on: boolean): void => {
    if (on === listening) return;
    listening = on;
    const m = on ? 'addEventListener' : 'removeEventListener';
    doc[m]('mousemove', onMove, { passive: true, capture: true } as AddEventListenerOptions);
    doc[m]('keydown', onKey, true);
    doc[m]('scroll', onScroll, { passive: true, capture: true } as AddEventListenerOptions);
  };

  const stopFlash = (): void => {
    win.clearTimeout(flashTimer);
    flashEnd?.();
    flashEnd = null;
  };

  const clear = (): void => {
    stopFlash();
    listen(false);
    if (frame) caf(frame);
    frame = 0;
    win.clearTimeout(hideTimer);
    hideTimer = 0;
    shownId = null;
    lastMove = null;
    card.destroy();
    if (mode === 'highlight-api') for (const k of KINDS) win.CSS!.highlights!.delete(highlightName(k));
    wrapped?.unwrap();
    wrapped = null;
    style?.remove();
    style = null;
    entries.clear();
  };

  /** Bumped by each apply: an applyInSlices overtaken while it paused draws nothing. */
  let generation = 0;

  const applyWith = (marks: MarkRequest[], index?: TextIndex): ApplyResult => {
    clear();
    if (destroyed) return { anchored: [], missed: marks.map((m) => m.id) };
    card = createCard(doc);
    const ranges = anchorAll(doc, marks.map((m) => m.selector), { sourceTextLength: opts.sourceTextLength, index });
    const anchored: string[] = [];
    const missed: string[] = [];
    marks.forEach((mark, i) => {
      const range = ranges[i];
      if (range) { entries.set(mark.id, { mark, range }); anchored.push(mark.id); } else missed.push(mark.id);
    });
    if (!entries.size) return { anchored, missed };

    style = doc.createElement('style');
    style.id = STYLE_ID;
    style.textContent = styleSheet();
    (doc.head ?? doc.documentElement).appendChild(style);

    if (mode === 'highlight-api') {
      const H = win.Highlight!;
      for (const kind of KINDS) {
        // A quiet mark is kept for scrollTo's flash only.
        const rs = [...entries.values()].filter((e) => e.mark.kind === kind && !e.mark.quiet).map((e) => e.range);
        if (!rs.length) continue;
        const h = new H(...rs);
        h.priority = priorityOf(kind);
        win.CSS!.highlights!.set(highlightName(kind), h);
      }
    } else {
      // Longer marks first, so they become the outer wrappers where marks overlap.
      const targets = [...entries.values()]
        .map((e) => ({ id: e.mark.id, kind: e.mark.kind, range: e.range, quiet: e.mark.quiet }))
        .sort((a, b) => b.range.toString().length - a.range.toString().length);
      wrapped = wrapRanges(doc, targets);
    }
    listen(true);
    return { anchored, missed };
  };

  const apply = (marks: MarkRequest[]): ApplyResult => {
    generation++;
    return applyWith(marks);
  };

  const applyInSlices = async (marks: MarkRequest[], pause: () => Promise<void>): Promise<ApplyResult> => {
    const mine = ++generation;
    const none = { anchored: [], missed: marks.map((m) => m.id) };
    if (destroyed || !doc.body) return destroyed ? none : applyWith(marks);
    // Indexing the page's text is the costly part on a large page; anchoring and drawing are not.
    const index = await buildTextIndexInSlices(doc.body, pause);
    if (mine !== generation || destroyed) return none;
    return applyWith(marks, index);
  };

  const scrollTo = (id: string): boolean => {
    const entry = entries.get(id);
    if (!entry) return false;
    const wrappers = wrapped?.byId.get(id) ?? [];
    const target = wrappers[0] ?? entry.range.startContainer.parentElement;
    // Smooth scrolling is dropped in a hidden tab, and unwelcome to readers who ask for less motion.
    const instant = doc.hidden || win.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    target?.scrollIntoView?.({ behavior: instant ? 'auto' : 'smooth', block: 'center' });
    stopFlash();
    if (mode === 'highlight-api') {
      const h = new win.Highlight!(entry.range);
      h.priority = FLASH_PRIORITY;
      win.CSS!.highlights!.set(FLASH_NAME, h);
      flashEnd = () => win.CSS?.highlights?.delete(FLASH_NAME);
    } else {
      for (const w of wrappers) w.setAttribute(FLASH_ATTR, '');
      flashEnd = () => { for (const w of wrappers) w.removeAttribute(FLASH_ATTR); };
    }
    flashTimer = win.setTimeout(stopFlash, FLASH_MS);
    return true;
  };

  return {
    mode,
    apply,
    applyInSlices,
    clear,
    scrollTo,
    destroy() {
      destroyed = true;
      clear();
    },
  };
}
