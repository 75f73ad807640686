/**
 * The reader's own corpus in real Chromium: add a page from the popup, find it again after the
 * browser profile restarts, export it, import it into a fresh profile where a related page is then
 * compared against it, and see each bad import refused with its message, the corpus untouched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type FixtureServer } from './server';
import { requireBuild, shotPath, CHROME_BUILD } from './paths';
import { badgeOf, launchChromium, openOptions, openPopup, tabIdOf, waitForAnalysis, type Ext } from './chromium-lib';

let server: FixtureServer;
const profile1 = mkdtempSync(join(tmpdir(), 'recoupe-corpus-1-'));
const profile2 = mkdtempSync(join(tmpdir(), 'recoupe-corpus-2-'));
let exported = '';
const KHARKIV_TITLE = "Kharkiv : au moins quinze blessés dans des frappes russes, coupures d'électricité";

beforeAll(async () => {
  requireBuild(CHROME_BUILD);
  server = await startServer();
});
afterAll(async () => server?.close());

async function badgeFor(ext: Ext, path: string): Promise<string> {
  const page = await ext.context.newPage();
  await page.goto(`${server.origin}${path}`);
  const tabId = await tabIdOf(ext, page);
  await waitForAnalysis(ext, tabId);
  const b = await badgeOf(ext, tabId);
  await page.close();
  return b;
}

describe('Chromium: the reader’s own corpus', () => {
  it('adds the article read in a tab; a related page is then compared against it; it survives a restart', async () => {
    let ext = await launchChromium(profile1);
    expect(await badgeFor(ext, '/pages/fr-kharkiv-suite.html')).toBe('');

    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/pages/spa.html`); // opens on the Kharkiv article
    const tabId = await tabIdOf(ext, page);
    await waitForAnalysis(ext, tabId);
    const popup = await openPopup(ext, tabId);
    await popup.getByRole('button', { name: 'Ajouter cet article à mon corpus' }).click();
    await popup.getByText('Cet article est dans votre corpus.').waitFor();
    await popup.close();
    expect(await badgeFor(ext, '/pages/fr-kharkiv-suite.html')).toBe('1');
    await ext.context.close();

    ext = await launchChromium(profile1);
    const options = await openOptions(ext);
    await expect.poll(() => options.locator('.corpus .source-title').allTextContents()).toContain(KHARKIV_TITLE);
    expect(await badgeFor(ext, '/pages/fr-kharkiv-suite.html')).toBe('1');

    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Exporter mes articles' }).click();
    exported = readFileSync(await (await download).path(), 'utf8');
    const file = JSON.parse(exported);
    expect(file.format).toBe('recoupe-corpus');
    expect(file.articles.map((a: { title: string }) => a.title)).toEqual([KHARKIV_TITLE]);
    await options.screenshot({ path: shotPath('chromium-options-corpus.png'), fullPage: true });
    await ext.context.close();
  });

  it('imports the export into a fresh profile, where the related page is then compared against it', async () => {
    expect(exported).not.toBe('');
    const ext = await launchChromium(profile2);
    expect(await badgeFor(ext, '/pages/fr-kharkiv-suite.html')).toBe('');
    const options = await openOptions(ext);
    await options.locator('[data-testid=import-input]').setInputFiles({ name: 'corpus.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await expect.poll(() => options.locator('.notice').textContent()).toContain('1 articles importés');
    expect(await badgeFor(ext, '/pages/fr-kharkiv-suite.html')).toBe('1');
    await ext.context.close();
  });

  it('each bad import shows its error and leaves the corpus untouched', async () => {
    const ext = await launchChromium(profile2);
    const options = await openOptions(ext);
    const count = () => options.locator('.corpus .source').count();
    const before = await count();
    const good = JSON.parse(exported);
    const article = good.articles[0];
    // Playwright passes files over 50 MB by path only.
    const big = join(mkdtempSync(join(tmpdir(), 'recoupe-big-')), 'fifty-megabytes.json');
    writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 32));
    const cases: Array<[string, Buffer | string, RegExp]> = [
      ['not JSON', Buffer.from('{ this is not json'), /pas du JSON/],
      ['wrong schema', Buffer.from(JSON.stringify({ format: 'zotero', version: 1, articles: [] })), /pas un fichier de corpus Recoupe valide/],
      ['wrong version', Buffer.from(JSON.stringify({ ...good, version: 3 })), /autre version de Recoupe.*version 3/],
      ['missing field', Buffer.from(JSON.stringify({ ...good, articles: [{ ...article, id: 'x1', text: undefined }] })), /champ obligatoire manque.*text/],
      ['duplicate ids', Buffer.from(JSON.stringify({ ...good, articles: [{ ...article, id: 'd1' }, { ...article, id: 'd1', text: article.text + ' bis' }] })), /deux fois le même article/],
      ['oversized field', Buffer.from(JSON.stringify({ ...good, articles: [{ ...article, id: 'big', title: 'x'.repeat(501) }] })), /champ de ce fichier est trop long.*title/],
      ['a 50 MB file', big, /trop volumineux/],
    ];
    for (const [name, buffer, message] of cases) {
      await options.locator('[data-testid=import-input]').setInputFiles(typeof buffer === 'string' ? buffer : { name: `${name}.json`, mimeType: 'application/json', buffer });
      await expect.poll(() => options.locator('.notice-error').textContent(), { timeout: 15000, message: name }).toMatch(message);
      expect(await count(), name).toBe(before);
      // Clear the notice so the next case is read fresh.
      await options.reload();
      await options.waitForSelector('.corpus .source');
    }
    // A title carrying HTML is data: it is shown as text and never run.
    const html = '<img src=x onerror="window.__pwned=1">Titre <b>piégé</b>';
    await options.locator('[data-testid=import-input]').setInputFiles({
      name: 'html-title.json', mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'recoupe-corpus', version: 1, articles: [{ id: 'html1', title: html, lang: 'fr', text: 'Un texte quelconque sur un sujet sans rapport, assez long pour être un article.' }] })),
    });
    await expect.poll(() => options.locator('.corpus .source-title').allTextContents()).toContain(html);
    expect(await options.evaluate(() => ({ imgs: document.querySelectorAll('.corpus img, .corpus b').length, pwned: (window as unknown as { __pwned?: number }).__pwned ?? 0 }))).toEqual({ imgs: 0, pwned: 0 });
    await options.screenshot({ path: shotPath('chromium-options-import.png'), fullPage: true });
    await ext.context.close();
  });
});
