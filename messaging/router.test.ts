import { describe, expect, it, vi } from 'vitest';
import { createRouter, type HandlerMap, type Sender } from './router';
import type { ContentRequests, Requests } from './protocol';

interface Demo {
  'a:ping': { req: { n: number }; res: { n: number } };
  'a:none': { req: Record<string, never>; res: { ok: true } };
}

const sender: Sender = { tab: { id: 7 } as Sender['tab'] };

describe('createRouter', () => {
  it('hands each message type its payload and sender, and answers with its handler', async () => {
    const ping = vi.fn(async ({ n }: { n: number }, s: Sender) => ({ n: n + (s.tab?.id ?? 0) }));
    const route = createRouter<Demo>({ 'a:ping': ping, 'a:none': async () => ({ ok: true }) });
    await expect(route({ type: 'a:ping', payload: { n: 1 } }, sender)).resolves.toEqual({ n: 8 });
    await expect(route({ type: 'a:none', payload: {} }, sender)).resolves.toEqual({ ok: true });
    expect(ping).toHaveBeenCalledTimes(1);
  });

  it('leaves what is not its own to other listeners (undefined)', () => {
    const route = createRouter<Demo>({ 'a:ping': async (p) => p, 'a:none': async () => ({ ok: true }) });
    for (const m of [null, 'a:ping', { type: 'a:other', payload: {} }, { type: 'a:ping' }, { type: 'toString', payload: {} }, { type: 'hasOwnProperty', payload: {} }]) {
      expect(route(m, sender)).toBeUndefined();
    }
  });

  it('the compiler wants every type handled, each with its response (checked by tsc)', () => {
    // @ts-expect-error 'a:none' is not handled
    const missing: HandlerMap<Demo> = { 'a:ping': async (p) => p };
    // @ts-expect-error 'a:ping' answers { n: string }
    const wrong: HandlerMap<Demo> = { 'a:ping': async () => ({ n: 'x' }), 'a:none': async () => ({ ok: true }) };
    // @ts-expect-error no such message type in the background's protocol
    const unknown: Partial<HandlerMap<Requests>> = { 'tab:nonsense': async () => ({}) };
    // @ts-expect-error the content script's protocol has no marks:clear
    const content: Partial<HandlerMap<ContentRequests>> = { 'marks:clear': async () => ({ ok: true }) };
    expect([missing, wrong, unknown, content].every((x) => typeof x === 'object')).toBe(true);
  });
});
