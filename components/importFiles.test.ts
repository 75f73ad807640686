import { describe, expect, it, vi } from 'vitest';
import type { ImportPortEvent, ImportPortRequest } from '../messaging/protocol';

/** A port whose background side the test plays. */
const port = vi.hoisted(() => ({
  posted: [] as ImportPortRequest[],
  listeners: [] as Array<(m: unknown) => void>,
  disconnected: 0,
}));
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      connect: () => ({
        postMessage: (m: ImportPortRequest) => port.posted.push(m),
        onMessage: { addListener: (f: (m: unknown) => void) => port.listeners.push(f) },
        onDisconnect: { addListener: () => undefined },
        disconnect: () => void (port.disconnected += 1),
      }),
    },
  },
}));
const { startImport } = await import('./importFiles');

describe('startImport', () => {
  it('starts the job, passes each progress step on as a plain step, resolves with the outcome', async () => {
    const steps: unknown[] = [];
    const run = startImport([], (p) => steps.push(p));
    expect(port.posted).toEqual([{ kind: 'start', articles: [] }]);
    const emit = (e: ImportPortEvent) => port.listeners.forEach((f) => f(e));
    emit({ kind: 'progress', phase: 'indexing', done: 50, total: 120 });
    emit({ kind: 'progress', phase: 'saving', done: 120, total: 120 });
    run.cancel();
    expect(port.posted.at(-1)).toEqual({ kind: 'cancel' });
    emit({ kind: 'done', outcome: { ok: true, added: 120, skipped: 0 } });
    expect(await run.done).toEqual({ ok: true, added: 120, skipped: 0 });
    // The step carries no `kind` of its own: the panel's state keeps its own.
    expect(steps).toEqual([
      { phase: 'indexing', done: 50, total: 120 },
      { phase: 'saving', done: 120, total: 120 },
    ]);
    expect(port.disconnected).toBe(1);
  });
});
