/**
 * Per-tab results. Kept in memory for speed and mirrored to storage.session, which survives the
 * background being stopped (MV3 service workers are stopped after ~30 s idle) but never touches
 * disk or leaves the browser.
 */
import browser from 'webextension-polyfill';
import type { TabState } from '../../messaging/protocol';

const KEY = (tabId: number) => `tab:${tabId}`;
const memory = new Map<number, TabState>();

type SessionArea = { get(k: string): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void>; remove(k: string): Promise<void> };

function session(): SessionArea | undefined {
  return (browser.storage as unknown as { session?: SessionArea }).session;
}

export async function setTabState(tabId: number, state: TabState): Promise<void> {
  memory.set(tabId, state);
  await session()?.set({ [KEY(tabId)]: state });
}

export async function getTabState(tabId: number): Promise<TabState> {
  const m = memory.get(tabId);
  if (m) return m;
  const stored = (await session()?.get(KEY(tabId)))?.[KEY(tabId)] as TabState | undefined;
  if (stored) memory.set(tabId, stored);
  return stored ?? { status: 'unknown' };
}

export async function forgetTab(tabId: number): Promise<void> {
  memory.delete(tabId);
  await session()?.remove(KEY(tabId));
}
