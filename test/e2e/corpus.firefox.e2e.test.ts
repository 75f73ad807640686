/**
 * The reader's own corpus in real Firefox ESR: add a page from the popup, find it again after the
 * browser restarts on the same profile, export it, import it into a fresh profile where a related
 * page is then compared against it, and see bad imports refused with their message.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type FixtureServer } from './server';
import { FIREFOX_BUILD, requireBuild } from './paths';
import type { ElementHandle } from 'puppeteer-core';
import { badgeOf, launchFirefox, openExtensionPage, openPopup, tabIdOf, waitForAnalysis, type FxExt, type WebExtBrowser } from './firefox-lib';

let server: FixtureServer;
const profile = mkdtempSync(join(tmpdir(), 'recoupe-fx-corpus-'));
let exported = '';
const KHARKIV_TITLE = "Kharkiv : au moins quinze blessés dans des frappes russes, coupures d'électricité";

beforeAll(async () => {
  requireBuild(FIREFOX_BUILD);
  server = await startServer();
});
afterAll(async () => server?.close());

async function badgeFor(fx: FxExt, path: string): Promise<string> {
  const page = await fx.browser.newPage();
  await page.goto(`${server.origin}${path}`);
  const tabId = await tabIdOf(fx, page);
  await waitForAnalysis(fx, tabId);
  const b = await badgeOf(fx, tabId);
  await page.close();
  return b;
}

async function corpusTitles(fx: FxExt): Promise<string[]> {
  const page = await openExtensionPage(fx, '/options.html');
  await page.waitForSelector('.corpus .source');
  const titles = await page.evaluate(() => [...document.querySelectorAll('.corpus .source-title')].map((e) => e.textContent ?? ''));
  await page.close();
  return titles;
}

/** Import through the options page's file input, as a reader does; returns the notice shown. */
async function importFile(fx: FxExt, path: string): Promise<string> {
  const page = await openExtensionPage(fx, '/options.html');
  await page.waitForSelector('.corpus .source');
  const input = (await page.$('[data-testid=import-input]')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(path);
  await page.waitForSelector('.notice', { timeout: 15000 });
  const notice = await page.evaluate(() => document.querySelector('.notice')?.textContent ?? '');
  await page.close();
  return notice;
}

describe('Firefox: the reader’s own corpus', () => {
  it('adds the article read in a tab, compares a related page with it, keeps it across a restart', async () => {
    let fx = await launchFirefox(profile);
    expect(await badgeFor(fx, '/pages/fr-kharkiv-suite.html')).toBe('');
    const page = await fx.browser.newPage();
    await page.goto(`${server.origin}/pages/spa.html`);
    const tabId = await tabIdOf(fx, page);
    await waitForAnalysis(fx, tabId);
    const popup = await openPopup(fx, tabId);
    await popup.evaluate(() => (document.querySelector('.add-corpus button') as HTMLButtonElement).click());
    await popup.waitForSelector('.added');
    await popup.close();
    expect(await badgeFor(fx, '/pages/fr-kharkiv-suite.html')).toBe('1');
    await fx.browser.close();

    fx = await launchFirefox(profile);
    expect(await corpusTitles(fx)).toContain(KHARKIV_TITLE);
    exported = await fx.ext.evaluate(async () => {
      const b = (globalThis as unknown as { browser: WebExtBrowser }).browser;
      const r = (await b.runtime.sendMessage({ type: 'corpus:export', payload: {} })) as { ok: boolean; files: string[] };
      return r.ok ? r.files[0] : '';
    });
    expect(JSON.parse(exported).articles.map((a: { title: string }) => a.title)).toEqual([KHARKIV_TITLE]);
    await fx.browser.close();
  });

  it('imports the export into a fresh profile, and refuses bad files with their message', async () => {
    const fx = await launchFirefox();
    expect(await badgeFor(fx, '/pages/fr-kharkiv-suite.html')).toBe('');
    const dir = mkdtempSync(join(tmpdir(), 'recoupe-fx-files-'));
    const file = (name: string, content: string | Buffer) => {
      const p = join(dir, name);
      writeFileSync(p, content);
      return p;
    };
    const before = (await corpusTitles(fx)).length;
    const bad: Array<[string, RegExp]> = [
      [file('not-json.json', '{ nope'), /not JSON/],
      [file('version.json', JSON.stringify({ ...JSON.parse(exported), version: 3 })), /another version of Recoupe.*version 3/],
      [file('fifty.json', Buffer.alloc(50 * 1024 * 1024, 32)), /too large/],
    ];
    for (const [path, message] of bad) {
      expect(await importFile(fx, path)).toMatch(message);
      expect((await corpusTitles(fx)).length).toBe(before);
    }
    expect(await importFile(fx, file('corpus.json', exported))).toMatch(/Imported 1 articles/);
    expect(await corpusTitles(fx)).toContain(KHARKIV_TITLE);
    expect(await badgeFor(fx, '/pages/fr-kharkiv-suite.html')).toBe('1');
    await fx.browser.close();
  });
});
