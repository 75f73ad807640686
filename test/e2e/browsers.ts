/**
 * The browsers every end-to-end suite runs in, and the one way to declare a suite for all of them
 * (see adapter.ts for how to write one).
 */
import { describe } from 'vitest';
import type { BrowserAdapter } from './adapter';
import { chromium } from './adapters/chromium';
import { firefox } from './adapters/firefox';

/** Both browsers, or those named in E2E_BROWSERS (comma-separated: `E2E_BROWSERS=firefox`). */
export function selectedBrowsers(): BrowserAdapter[] {
  const want = (process.env.E2E_BROWSERS ?? 'chromium,firefox').split(',').map((x) => x.trim());
  return [chromium, firefox].filter((a) => want.includes(a.name));
}

/**
 * Declares a suite once per browser: one `describe('<Browser>: <title>')` each, run one after the
 * other (vitest runs a file's describes in order, each one's afterAll before the next one's
 * beforeAll), so two browsers never compete for the machine's two cores.
 */
export function forEachBrowser(title: string, body: (a: BrowserAdapter) => void): void {
  for (const a of selectedBrowsers()) describe(`${a.label}: ${title}`, () => body(a));
}
