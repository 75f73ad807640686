import { describe, expect, it, vi } from 'vitest';
import { NAVIGATION_SETTLE_MS, ORPHAN_CHECK_MS, PageSession, type SessionContext, type SessionDeps } from './session';
import { DEFAULT_SETTINGS, type Settings } from '../../storage/settings';
import type { PageReport } from '../../messaging/protocol';
import type { Highlighter, MarkRequest } from '../../highlight/types';
import { RETRY_DELAYS_MS } from '../../messaging/retry';

const DOC = {} as Document;
const mark = (id: string): MarkRequest => ({ id, kind: 'passage-verbatim', selector: { exact: id, prefix: '', suffix: '', start: 0, end: id.length }, card: { heading: 'h', items: [] } }) as unknown as MarkRequest;
const marks = (...ids: string[]) => ({ marks: ids.map(mark), textLength: 100 });

interface FakeHighlighter extends Highlighter {
  destroyed: boolean;
  applied: MarkRequest[];
}

function setup(opts: { settings?: Partial<Settings>; host?: string; send?: SessionDeps['send'] } = {}) {
  const sent: Array<{ type: string; payload: unknown }> = [];
  const send = vi.fn(opts.send ?? (async (type: string, payload: unknown) => (sent.push({ type, payload }), type === 'page:report' ? { sources: 1 } : { ok: true }))) as unknown as SessionDeps['send'];
  const timers: Array<{ fn: () => void; ms: number; kind: 'timeout' | 'interval' }> = [];
  const ctx: SessionContext & { isValid: boolean } = {
    isValid: true,
    setInterval: (fn, ms) => timers.push({ fn, ms, kind: 'interval' }),
    setTimeout: (fn, ms) => timers.push({ fn, ms, kind: 'timeout' }),
  };
  const highlighters: FakeHighlighter[] = [];
  const createHighlighter = vi.fn((_doc: Document, o: { mode?: string }) => {
    const h = {
      destroyed: false,
      applied: [] as MarkRequest[],
      mode: o.mode,
      destroy: () => {
        h.destroyed = true;
      },
      scrollTo: (id: string) => h.applied.some((m) => m.id === id),
      applyInSlices: async (ms: MarkRequest[]) => {
        h.applied = ms;
        return { anchored: ms.filter((m) => !m.id.startsWith('gone')), missed: ms.filter((m) => m.id.startsWith('gone')) };
      },
    } as unknown as FakeHighlighter;
    highlighters.push(h);
    return h;
  });
  let href = 'https://news.example.org/a';
  const readPage = vi.fn(async (_doc: Document, url: string): Promise<PageReport> => ({ kind: 'page', html: '<p>x</p>', lang: 'fr', url }));
  const sleeps: number[] = [];
  const session = new PageSession({
    send,
    ctx,
    document: DOC,
    location: () => ({ href, hostname: opts.host ?? 'news.example.org' }),
    readPage,
    createHighlighter: createHighlighter as unknown as SessionDeps['createHighlighter'],
    yieldToPage: async () => undefined,
    sleep: async (ms) => void sleeps.push(ms),
    settings: { ...DEFAULT_SETTINGS, ...opts.settings },
  });
  return { session, send, sent, ctx, timers, highlighters, readPage, sleeps, go: (u: string) => (href = u) };
}

describe('PageSession', () => {
  it('reads the page once and reports it', async () => {
    const t = setup();
    await t.session.analyse();
    expect(t.readPage).toHaveBeenCalledTimes(1);
    expect(t.sent).toEqual([{ type: 'page:report', payload: { kind: 'page', html: '<p>x</p>', lang: 'fr', url: 'https://news.example.org/a' } }]);
  });

  it('stays silent on a silent site, and once the extension is gone', async () => {
    const silent = setup({ settings: { silentSites: ['example.org'] } });
    await silent.session.analyse();
    expect(silent.readPage).not.toHaveBeenCalled();
    const orphan = setup();
    orphan.ctx.isValid = false;
    await orphan.session.analyse();
    expect(orphan.send).not.toHaveBeenCalled();
  });

  it('draws the marks it is sent, with an orphan watchdog, and scrolls to one', async () => {
    const t = setup({ settings: { highlightMode: 'wrap' } });
    await t.session.analyse();
    expect(await t.session.handlers['marks:apply'](marks('a', 'b', 'gone-c'), {})).toEqual({ anchored: 2, missed: 1 });
    expect(t.highlighters).toHaveLength(1);
    expect((t.highlighters[0] as unknown as { mode: string }).mode).toBe('wrap');
    expect(t.timers).toEqual([expect.objectContaining({ kind: 'interval', ms: ORPHAN_CHECK_MS })]);
    expect(await t.session.handlers['marks:scroll']({ id: 'b' }, {})).toEqual({ ok: true });
    expect(await t.session.handlers['marks:scroll']({ id: 'zz' }, {})).toEqual({ ok: false });
  });

  it('drops marks for a page the reader navigated away from, and reads the new one once it settles', async () => {
    const t = setup();
    await t.session.analyse();
    await t.session.handlers['marks:apply'](marks('a'), {});
    t.go('https://news.example.org/b');
    t.session.navigated();
    expect(t.highlighters[0].destroyed).toBe(true);
    expect(t.sent.at(-1)).toEqual({ type: 'page:analysing', payload: {} });
    // The old page's marks arrive late: not drawn.
    expect(await t.session.handlers['marks:apply'](marks('old'), {})).toEqual({ anchored: 0, missed: 0 });
    expect(t.highlighters).toHaveLength(1);
    const settle = t.timers.find((x) => x.kind === 'timeout')!;
    expect(settle.ms).toBe(NAVIGATION_SETTLE_MS);
    settle.fn();
    await vi.waitFor(() => expect(t.sent.at(-1)).toMatchObject({ type: 'page:report', payload: { url: 'https://news.example.org/b' } }));
    expect(await t.session.handlers['marks:apply'](marks('new'), {})).toEqual({ anchored: 1, missed: 0 });
  });

  it('does not report a page the reader left while it was being read', async () => {
    const t = setup();
    let release!: () => void;
    t.readPage.mockImplementationOnce(async (_d, url) => {
      await new Promise<void>((r) => (release = r));
      return { kind: 'page', html: '', lang: null, url };
    });
    const first = t.session.analyse();
    await vi.waitFor(() => expect(release).toBeTypeOf('function'));
    t.session.navigated();
    release();
    await first;
    expect(t.sent.map((s) => s.type)).toEqual(['page:analysing']);
  });

  it('sends the report again when a stopped background drops it, and stops once the reader moved on', async () => {
    let calls = 0;
    const t = setup({
      send: (async (type: string) => {
        if (type === 'page:report' && ++calls < 3) throw new Error('The message port closed before a response was received.');
        return { sources: 2 };
      }) as SessionDeps['send'],
    });
    await t.session.analyse();
    expect(calls).toBe(3);
    expect(t.sleeps).toEqual(RETRY_DELAYS_MS.slice(0, 2));

    // The reader navigates while the report goes unanswered: no retry for the page they left.
    let reports = 0;
    let session!: PageSession;
    const u = setup({
      send: (async (type: string) => {
        if (type !== 'page:report') return { ok: true };
        reports++;
        session.navigated();
        throw new Error('The message port closed before a response was received.');
      }) as SessionDeps['send'],
    });
    session = u.session;
    await u.session.analyse();
    expect(reports).toBe(1);
    expect(u.sleeps).toEqual([]);
  });

  it('follows settings: highlights off clears, on redraws the last marks without a new analysis, silent drops them', async () => {
    const t = setup();
    await t.session.analyse();
    await t.session.handlers['marks:apply'](marks('a'), {});
    t.session.settingsChanged({ ...DEFAULT_SETTINGS, highlights: false });
    await vi.waitFor(() => expect(t.session.drawing).toBe(false));
    expect(t.highlighters[0].destroyed).toBe(true);
    t.session.settingsChanged({ ...DEFAULT_SETTINGS, highlights: true });
    await vi.waitFor(() => expect(t.highlighters).toHaveLength(2));
    expect(t.highlighters[1].applied.map((m) => m.id)).toEqual(['a']);
    expect(t.readPage).toHaveBeenCalledTimes(1);
    t.session.settingsChanged({ ...DEFAULT_SETTINGS, silentSites: ['news.example.org'] });
    expect(t.session.drawing).toBe(false);
    t.session.settingsChanged({ ...DEFAULT_SETTINGS, highlightMode: 'wrap' });
    await Promise.resolve();
    expect(t.highlighters).toHaveLength(2); // nothing left to draw
  });

  it('leaves no mark once disposed (extension reloaded or updated)', async () => {
    const t = setup();
    await t.session.analyse();
    await t.session.handlers['marks:apply'](marks('a'), {});
    t.session.dispose();
    expect(t.highlighters[0].destroyed).toBe(true);
    expect(t.session.drawing).toBe(false);
  });
});
