/**
 * The hover card: what the other sources say about a mark. It lives in a closed shadow root on a
 * host element we own, so page CSS cannot reach it and page scripts cannot restyle it. Content is
 * built with createElement/textContent only: page and corpus text are never parsed as HTML.
 */
import type { CardContent } from './types';

export const CARD_HOST_TAG = 'recoupe-card-host';
/** Room kept between the mark and the card, and between the card and the viewport's edges. */
const GAP_PX = 8;
const CARD_WIDTH_PX = 360;
/** Above every page overlay: the largest 32-bit z-index. */
const TOP_Z = '2147483647';

const CARD_CSS = `
.card{box-sizing:border-box;width:${CARD_WIDTH_PX}px;max-width:calc(100vw - ${2 * GAP_PX}px);max-height:50vh;overflow:auto;
padding:10px 12px;border-radius:8px;font:13px/1.45 system-ui,sans-serif;background:#fff;color:#1b1b1b;
border:1px solid #d0d0d0;box-shadow:0 6px 24px rgba(0,0,0,.22);text-align:left}
h2{margin:0 0 6px;font-size:13px;font-weight:600}
ul{margin:0;padding:0;list-style:none}
li{margin:6px 0 0;padding-top:6px;border-top:1px solid rgba(128,128,128,.25)}
.label{font-weight:600}.note{opacity:.75;font-size:12px}
blockquote{margin:2px 0;padding-left:8px;border-left:3px solid rgba(214,150,0,.8)}
@media (prefers-color-scheme:dark){.card{background:#222;color:#eee;border-color:#444}}`;

export interface Card {
  /** Shows the content next to `anchor` (viewport coordinates). */
  show(content: CardContent, anchor: DOMRect): void;
  hide(): void;
  readonly visible: boolean;
  /** Is this node our host (the pointer is over the card)? */
  owns(node: unknown): boolean;
  /** The card's shadow root (closed to the page; exposed for our tests). */
  readonly root: ShadowRoot | null;
  /** Removes the host element. */
  destroy(): void;
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

export function createCard(doc: Document): Card {
  let host: HTMLElement | null = null;
  let root: ShadowRoot | null = null;
  let box: HTMLElement | null = null;

  const ensure = (): HTMLElement => {
    if (host && box) return box;
    host = doc.createElement(CARD_HOST_TAG);
    // `all: initial` cuts every inherited and page-set property; then only what we need.
    host.setAttribute('style', `all:initial;position:fixed;top:0;left:0;z-index:${TOP_Z};display:none`);
    root = host.attachShadow({ mode: 'closed' });
    const style = el(doc, 'style');
    style.textContent = CARD_CSS;
    box = el(doc, 'div', 'card');
    box.setAttribute('role', 'tooltip');
    root.append(style, box);
    doc.documentElement.appendChild(host);
    return box;
  };

  return {
    show(content, anchor) {
      const b = ensure();
      const list = el(doc, 'ul');
      for (const item of content.items) {
        const li = el(doc, 'li');
        li.append(el(doc, 'div', 'label', item.label), el(doc, 'blockquote', '', item.text));
        if (item.note) li.append(el(doc, 'div', 'note', item.note));
        list.append(li);
      }
      b.replaceChildren(el(doc, 'h2', '', content.heading), list);
      const h = host!;
      h.style.display = 'block';
      const view = doc.defaultView;
      const vw = view?.innerWidth ?? 1024;
      const vh = view?.innerHeight ?? 768;
      const height = b.getBoundingClientRect().height;
      const width = Math.min(CARD_WIDTH_PX, vw - 2 * GAP_PX);
      const left = Math.max(GAP_PX, Math.min(anchor.left, vw - width - GAP_PX));
      // Below the mark when it fits, else above it.
      const below = anchor.bottom + GAP_PX;
      const top = below + height <= vh - GAP_PX ? below : Math.max(GAP_PX, anchor.top - GAP_PX - height);
      h.style.left = `${left}px`;
      h.style.top = `${top}px`;
    },
    hide() {
      if (host) host.style.display = 'none';
    },
    get visible() {
      return !!host && host.style.display !== 'none';
    },
    owns(node) {
      return !!host && node === host;
    },
    get root() {
      return root;
    },
    destroy() {
      host?.remove();
      host = root = box = null;
    },
  };
}
