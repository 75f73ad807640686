/**
 * One page's life in the content script, as an object: reading and reporting the page, the marks
 * the background sends back, in-page navigation, settings changes, and leaving no trace once the
 * extension is gone. Everything it talks to is injected (`send`, the WXT context, the document,
 * the highlighter), so it is unit-tested without a browser (session.test.ts); index.ts wires it.
 */
import type { ContentRequests, MarksDrawn, PageReport, Requests, RequestType } from '../../messaging/protocol';
import type { HandlerMap } from '../../messaging/router';
import type { Highlighter, HighlighterOptions } from '../../highlight/types';
import { withRetry } from '../../messaging/retry';
import { isSilent, type Settings } from '../../storage/settings';

/** Single-page sites swap content after the URL changes; wait for it to settle before reading. */
export const NAVIGATION_SETTLE_MS = 800;
/**
 * While marks are drawn, check this often whether the extension was reloaded or updated (WXT only
 * notices when asked), so an orphaned script removes its marks within about a second.
 */
export const ORPHAN_CHECK_MS = 1000;

/** What of WXT's ContentScriptContext the session uses: its timers stop once the script is orphaned. */
export interface SessionContext {
  readonly isValid: boolean;
  setInterval(handler: () => void, ms: number): number;
  setTimeout(handler: () => void, ms: number): number;
}

export interface SessionDeps {
  send: <T extends RequestType>(type: T, payload: Requests[T]['req']) => Promise<Requests[T]['res']>;
  ctx: SessionContext;
  document: Document;
  /** The page's current URL (it changes in single-page sites). */
  location: () => { href: string; hostname: string };
  readPage: (doc: Document, url: string) => Promise<PageReport>;
  createHighlighter: (doc: Document, opts: HighlighterOptions) => Highlighter;
  /** Gives the page its main thread back between slices of work. */
  yieldToPage: () => Promise<void>;
  /** Waits before a retry (messaging/retry.ts); injected so tests need no real delays. */
  sleep?: (ms: number) => Promise<void>;
  settings: Settings;
}

export class PageSession {
  private settings: Settings;
  private highlighter: Highlighter | null = null;
  /** The last marks received, so turning highlights back on needs no new analysis. */
  private lastMarks: ContentRequests['marks:apply']['req'] | null = null;
  private watchdog: number | undefined;
  private navTimer: number | undefined;
  /** Bumped on each in-page navigation, so a retry never reports a page the reader has left. */
  private generation = 0;
  /** The generation last reported: marks arriving for an older one are dropped. */
  private reportedGeneration = -1;

  constructor(private readonly deps: SessionDeps) {
    this.settings = deps.settings;
  }

  /** What the content script answers (messaging/protocol.ts, ContentRequests). */
  readonly handlers: HandlerMap<ContentRequests> = {
    'marks:apply': async (payload) => {
      // Marks computed for the page the reader has since navigated away from (in-page): not ours.
      if (this.reportedGeneration !== this.generation) return { anchored: 0, missed: 0 };
      this.lastMarks = payload;
      return this.drawMarks();
    },
    'marks:scroll': async ({ id }) => ({ ok: this.highlighter?.scrollTo(id) ?? false }),
  };

  private silent(): boolean {
    return isSilent(this.settings, this.deps.location().hostname);
  }

  /** Whether marks are drawn now (for tests and diagnostics). */
  get drawing(): boolean {
    return this.highlighter !== null;
  }

  clearMarks(): void {
    this.highlighter?.destroy();
    this.highlighter = null;
    clearInterval(this.watchdog);
    this.watchdog = undefined;
  }

  private async drawMarks(): Promise<MarksDrawn> {
    this.clearMarks();
    const marks = this.lastMarks;
    if (!this.settings.highlights || !marks || marks.marks.length === 0) return { anchored: 0, missed: 0 };
    const h = (this.highlighter = this.deps.createHighlighter(this.deps.document, { sourceTextLength: marks.textLength, mode: this.settings.highlightMode }));
    // ctx.setInterval asks ctx.isValid on each tick, which fires onInvalidated once orphaned.
    this.watchdog = this.deps.ctx.setInterval(() => undefined, ORPHAN_CHECK_MS);
    // The page's text is indexed in slices: a large page is not held while marks are placed.
    const r = await h.applyInSlices(marks.marks, this.deps.yieldToPage);
    return { anchored: r.anchored.length, missed: r.missed.length };
  }

  /** Reads the page and reports it, retrying while a stopped background does not answer. */
  async analyse(): Promise<void> {
    if (!this.deps.ctx.isValid || this.silent()) return;
    const mine = ++this.generation;
    try {
      const report = await this.deps.readPage(this.deps.document, this.deps.location().href);
      if (mine !== this.generation) return; // the reader navigated while the page was read
      this.reportedGeneration = mine;
      // A worker stopped mid-analysis drops the reply; the retry starts a new one. Once the
      // extension was reloaded or updated (ctx invalid), this old script has nobody to talk to.
      await withRetry(() => this.deps.send('page:report', report), () => this.deps.ctx.isValid && mine === this.generation, undefined, this.deps.sleep);
    } catch {
      // Given up (or the reader moved on): the popup keeps the last state it was told, and
      // reloading the page reads it again.
    }
  }

  /** In-page navigation (WXT's `wxt:locationchange`): forget this page, read the next once it settles. */
  navigated(): void {
    clearTimeout(this.navTimer);
    this.generation++;
    this.lastMarks = null;
    this.clearMarks();
    void this.deps.send('page:analysing', {}).catch(() => undefined);
    this.navTimer = this.deps.ctx.setTimeout(() => void this.analyse(), NAVIGATION_SETTLE_MS);
  }

  /** The reader changed a setting: marks follow at once. */
  settingsChanged(next: Settings): void {
    const redraw = next.highlights !== this.settings.highlights || next.highlightMode !== this.settings.highlightMode;
    this.settings = next;
    if (this.silent()) {
      this.lastMarks = null;
      this.clearMarks();
    } else if (redraw) void this.drawMarks();
  }

  /** The extension was reloaded or updated: remove every mark. */
  dispose(): void {
    clearTimeout(this.navTimer);
    this.clearMarks();
  }
}
