/**
 * Walking a live page without holding it: a depth-first walk that can stop after any node and pick
 * up whatever the page changed meanwhile, and a driver that runs such a walk in short slices. Used
 * to serialise the page for extraction (extract/serialize.ts) and to index its text for
 * highlights (highlight/text-index.ts), both on the reader's main thread.
 */
import { yieldToPage, type YieldToPage } from './yield-to-page';

/**
 * How long one slice may run before the page gets its main thread back. A task over 50 ms is a
 * "long task" (it delays input); a whole Wikipedia page took ~60 ms cold to serialise in Chromium
 * and 270-410 ms in Firefox, a 1.5 MB page 40-100 ms to index. 10 ms leaves the page room in each frame.
 */
export const SLICE_MS = 10;
/** Nodes visited between two chances to pause: reading the clock costs more than one node. */
const NODES_PER_CHECK = 256;

/** An element the walk has entered; callers extend it with what they need on leaving. */
export interface OpenFrame {
  readonly el: Element;
}

interface Open<F> {
  frame: F;
  /** The last child visited, if any: where to resume if the page moves `next` during a pause. */
  last: Node | null;
  /** The next child to visit; null when the element is to be left. */
  next: Node | null;
}

/**
 * Visits `root` and its descendants in document order without recursion. `enter` handles a node
 * and returns a frame to descend into it (or null to skip its children); `leave` runs after an
 * entered element's children. Yields every NODES_PER_CHECK nodes. After each yield, every open
 * element resumes after the last child it visited if that is still its child, else from `next` if
 * that still is, else it is left (its remaining children are lost: that takes the page removing
 * two adjacent nodes during one pause).
 */
export function* walkResumably<F extends OpenFrame>(root: Node, enter: (n: Node) => F | null, leave: (frame: F) => void): Generator<void, void, void> {
  const first = enter(root);
  const stack: Array<Open<F>> = first ? [{ frame: first, last: null, next: first.el.firstChild }] : [];
  let count = 0;
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const n = top.next;
    if (!n) {
      leave(top.frame);
      stack.pop();
      continue;
    }
    top.last = n;
    top.next = n.nextSibling;
    const child = enter(n);
    if (child) stack.push({ frame: child, last: null, next: child.el.firstChild });
    if (++count % NODES_PER_CHECK === 0) {
      yield;
      for (const o of stack) {
        if (o.last === null) o.next = o.frame.el.firstChild;
        else if (o.last.parentNode === o.frame.el) o.next = o.last.nextSibling;
        else if (o.next && o.next.parentNode !== o.frame.el) o.next = null;
      }
    }
  }
}

/** Runs a walk to its end at once (the CLI, tests, and callers that need a result now). */
export function runToEnd<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Runs a walk in slices of about SLICE_MS, pausing between them. */
export async function runInSlices<T>(steps: Generator<void, T, void>, pause: YieldToPage = yieldToPage, now: () => number = () => performance.now()): Promise<T> {
  let sliceStart = now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (now() - sliceStart < SLICE_MS) continue;
    await pause();
    sliceStart = now();
  }
}
