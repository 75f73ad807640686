/**
 * Fallback for browsers without ::highlight(): wrap the marked text in <recoupe-mark> elements.
 * All ranges of a batch are cut in one pass per text node (so one mark's splits never invalidate
 * another's range), overlapping marks nest, and unwrap() puts back the very text nodes we split.
 */
import { QUIET_ATTR, WRAPPER_TAG } from './styles';
import type { MarkKind } from './types';

/** `quiet`: wrapped only so a scroll can flash it (styles.ts leaves a quiet wrapper unstyled). */
export interface WrapTarget { id: string; kind: MarkKind; range: Range; quiet?: boolean }

export interface Wrapped {
  /** Wrapper elements of each mark id, in document order. */
  byId: Map<string, HTMLElement[]>;
  unwrap(): void;
}

/** Containers where an inline element is invalid: a white-space node there is left alone. */
const NO_INLINE = new Set(['TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'OL', 'DL', 'COLGROUP', 'SELECT', 'OPTGROUP', 'DATALIST', 'HEAD', 'HTML']);

interface Cut { start: number; end: number; target: WrapTarget }

function textNodesIn(range: Range): Text[] {
  const { startContainer: sc, endContainer: ec, commonAncestorContainer: root } = range;
  if (sc === ec && sc.nodeType === 3) return [sc as Text];
  const walker = root.ownerDocument!.createTreeWalker(root, 4 /* SHOW_TEXT */);
  const out: Text[] = [];
  if (sc.nodeType === 3 && ec.nodeType === 3) {
    // Anchored ranges start and end in text nodes: walk just from one to the other, not the
    // whole common ancestor (a long article's <main> holds thousands of text nodes).
    walker.currentNode = sc;
    for (let n: Node | null = sc; n; n = n === ec ? null : walker.nextNode()) out.push(n as Text);
    return out;
  }
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (range.intersectsNode(n)) out.push(n as Text);
  }
  return out;
}

export function wrapRanges(doc: Document, targets: WrapTarget[]): Wrapped {
  const cuts = new Map<Text, Cut[]>();
  for (const target of targets) {
    const { range } = target;
    for (const t of textNodesIn(range)) {
      const start = t === range.startContainer ? range.startOffset : 0;
      const end = t === range.endContainer ? range.endOffset : t.data.length;
      if (start >= end) continue;
      if (!t.data.slice(start, end).trim() && NO_INLINE.has(t.parentElement?.tagName.toUpperCase() ?? 'HTML')) continue;
      let list = cuts.get(t);
      if (!list) cuts.set(t, (list = []));
      list.push({ start, end, target });
    }
  }

  const byId = new Map<string, HTMLElement[]>();
  const wrappers: HTMLElement[] = [];
  // Each split node with the pieces it was cut into, so unwrap can merge exactly those back.
  const pieces: Text[][] = [];
  for (const [node, list] of cuts) {
    const points = [...new Set(list.flatMap((c) => [c.start, c.end]).concat(0, node.data.length))].sort((a, b) => a - b);
    const parts: Text[] = [];
    for (let i = points.length - 2; i >= 0; i--) {
      // Split from the end so earlier offsets stay valid; `node` keeps the first piece.
      parts.unshift(points[i]! > 0 ? node.splitText(points[i]!) : node);
    }
    pieces.push(parts);
    let offset = 0;
    for (const piece of parts) {
      const from = offset;
      offset += piece.data.length;
      const covering = list.filter((c) => c.start <= from && c.end >= offset);
      let inner: Node = piece;
      // Outermost first: the first mark listed (passages before the figures inside them).
      for (let k = covering.length - 1; k >= 0; k--) {
        const { id, kind, quiet } = covering[k]!.target;
        const w = doc.createElement(WRAPPER_TAG);
        w.dataset.kind = kind;
        w.dataset.id = id;
        if (quiet) w.setAttribute(QUIET_ATTR, '');
        inner.parentNode!.insertBefore(w, inner);
        w.appendChild(inner);
        inner = w;
        wrappers.push(w);
        let ws = byId.get(id);
        if (!ws) byId.set(id, (ws = []));
        ws.push(w);
      }
    }
  }
  for (const ws of byId.values()) ws.sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));

  return {
    byId,
    unwrap() {
      for (const w of wrappers) {
        const parent = w.parentNode;
        if (!parent) continue;
        while (w.firstChild) parent.insertBefore(w.firstChild, w);
        parent.removeChild(w);
      }
      for (const parts of pieces) {
        const [first, ...others] = parts;
        for (const p of others) {
          // The page may have moved things meanwhile: merge only what is still side by side.
          if (first!.nextSibling !== p) break;
          first!.appendData(p.data);
          p.remove();
        }
      }
      wrappers.length = 0;
      pieces.length = 0;
      byId.clear();
    },
  };
}
