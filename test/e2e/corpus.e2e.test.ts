/**
 * The reader's own corpus in real Chromium and Firefox: add a page from the popup, find it again
 * after the browser restarts on the same profile, export it, import it into a fresh profile where a
 * related page is then compared against it, and see each bad import refused with its message, the
 * corpus untouched.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type FixtureServer } from './server';
import { shotPath } from './paths';
import { clickWhere, countOf, openOptions, openPopup, openTab, textOf, textsOf, waitForAnalysis, type E2EPage, type ExtSession } from './adapter';
import { forEachBrowser } from './browsers';

const KHARKIV_TITLE = "Kharkiv : au moins quinze blessés dans des frappes russes, coupures d'électricité";
/** An import is read, validated and stored in one transaction: a 50 MB file takes a while to refuse. */
const IMPORT_NOTICE_TIMEOUT_MS = 15000;

forEachBrowser('the reader’s own corpus', (a) => {
  let server: FixtureServer;
  const profile1 = mkdtempSync(join(tmpdir(), `recoupe-${a.name}-corpus-1-`));
  const profile2 = mkdtempSync(join(tmpdir(), `recoupe-${a.name}-corpus-2-`));
  const files = mkdtempSync(join(tmpdir(), `recoupe-${a.name}-files-`));
  let exported = '';

  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => server?.close());

  async function badgeFor(s: ExtSession, path: string): Promise<string> {
    const { page, tabId } = await openTab(s, `${server.origin}${path}`);
    await waitForAnalysis(s, tabId);
    const b = await s.badgeOf(tabId);
    await page.close();
    return b;
  }

  /**
   * Runs `fn` in a browser launched on `profileDir` and closes the browser whatever happens: a
   * failing test must not leave its profile locked for the next one (Firefox then refuses to start).
   */
  async function withBrowser(profileDir: string, fn: (s: ExtSession) => Promise<void>): Promise<void> {
    const s = await a.launch({ profileDir });
    try {
      await fn(s);
    } finally {
      await s.close();
    }
  }

  /** A file on disk, as a reader picks one in the import dialog. */
  function file(name: string, content: string | Buffer): string {
    const p = join(files, name);
    writeFileSync(p, content);
    return p;
  }

  it('adds the article read in a tab; a related page is then compared against it; it survives a restart; it exports', async () => {
    await withBrowser(profile1, async (s) => {
      expect(await badgeFor(s, '/pages/fr-kharkiv-suite.html')).toBe('');

      const { page, tabId } = await openTab(s, `${server.origin}/pages/spa.html`); // opens on the Kharkiv article
      await waitForAnalysis(s, tabId);
      const popup = await openPopup(s, tabId);
      await clickWhere(popup, '.add-corpus button', { text: 'Ajouter cet article à mon corpus' });
      await popup.waitFor('.added');
      expect(await textOf(popup, '.added')).toContain('Cet article est dans votre corpus.');
      await popup.close();
      await page.close();
      expect(await badgeFor(s, '/pages/fr-kharkiv-suite.html')).toBe('1');
    });

    await withBrowser(profile1, async (s) => {
      const options = await openOptions(s);
      await expect.poll(() => textsOf(options, '.corpus .source-title')).toContain(KHARKIV_TITLE);
      expect(await badgeFor(s, '/pages/fr-kharkiv-suite.html')).toBe('1');

      // The export button where downloads can be read; else the same export, asked as the button asks.
      exported = s.download
        ? await s.download(() => clickWhere(options, 'button', { text: 'Exporter mes articles' }))
        : await s.sendMessage<{ ok: boolean; files: string[] }>({ type: 'corpus:export', payload: {} }).then((r) => (r.ok ? r.files[0] : ''));
      const parsed = JSON.parse(exported);
      expect(parsed.format).toBe('recoupe-corpus');
      expect(parsed.articles.map((x: { title: string }) => x.title)).toEqual([KHARKIV_TITLE]);
      await options.screenshot(shotPath(`${a.name}-options-corpus.png`), { fullPage: true });
    });
  });

  it('imports the export into a fresh profile, where the related page is then compared against it', async () => {
    expect(exported).not.toBe('');
    await withBrowser(profile2, async (s) => {
      expect(await badgeFor(s, '/pages/fr-kharkiv-suite.html')).toBe('');
      const options = await openOptions(s);
      await options.uploadFile('[data-testid=import-input]', file('corpus.json', exported));
      await expect.poll(() => textOf(options, '.notice'), { timeout: IMPORT_NOTICE_TIMEOUT_MS }).toContain('1 article importé.');
      // The list is asked for again after the notice is shown: it follows a moment later.
      await expect.poll(() => textsOf(options, '.corpus .source-title')).toContain(KHARKIV_TITLE);
      expect(await badgeFor(s, '/pages/fr-kharkiv-suite.html')).toBe('1');
    });
  });

  it('each bad import shows its error and leaves the corpus untouched', async () => {
    await withBrowser(profile2, async (s) => {
      let options: E2EPage = await openOptions(s);
      const before = await countOf(options, '.corpus .source');
      const good = JSON.parse(exported);
      const article = good.articles[0];
      const cases: Array<[string, string | Buffer, RegExp]> = [
        ['not JSON', '{ this is not json', /pas du JSON/],
        ['wrong schema', JSON.stringify({ format: 'zotero', version: 1, articles: [] }), /pas un fichier de corpus Recoupe valide/],
        ['wrong version', JSON.stringify({ ...good, version: 3 }), /autre version de Recoupe.*version 3/],
        ['missing field', JSON.stringify({ ...good, articles: [{ ...article, id: 'x1', text: undefined }] }), /champ obligatoire manque.*text/],
        ['duplicate ids', JSON.stringify({ ...good, articles: [{ ...article, id: 'd1' }, { ...article, id: 'd1', text: article.text + ' bis' }] }), /deux fois le même article/],
        ['oversized field', JSON.stringify({ ...good, articles: [{ ...article, id: 'big', title: 'x'.repeat(501) }] }), /champ de ce fichier est trop long.*title/],
        ['a 50 MB file', Buffer.alloc(50 * 1024 * 1024, 32), /trop volumineux/],
      ];
      for (const [name, content, message] of cases) {
        await options.uploadFile('[data-testid=import-input]', file(`${name.replace(/\W+/g, '-')}.json`, content));
        await expect.poll(() => textOf(options, '.notice-error'), { timeout: IMPORT_NOTICE_TIMEOUT_MS, message: name }).toMatch(message);
        expect(await countOf(options, '.corpus .source'), name).toBe(before);
        // A fresh options page, so the next case's notice is read fresh (extension pages are not
        // reloaded: Firefox over BiDi may not navigate them).
        await options.close();
        options = await openOptions(s);
      }
      // A title carrying HTML is data: it is shown as text and never run.
      const html = '<img src=x onerror="window.__pwned=1">Titre <b>piégé</b>';
      const titled = JSON.stringify({ format: 'recoupe-corpus', version: 1, articles: [{ id: 'html1', title: html, lang: 'fr', text: 'Un texte quelconque sur un sujet sans rapport, assez long pour être un article.' }] });
      await options.uploadFile('[data-testid=import-input]', file('html-title.json', titled));
      await expect.poll(() => textsOf(options, '.corpus .source-title'), { timeout: IMPORT_NOTICE_TIMEOUT_MS }).toContain(html);
      expect(await options.evaluate(() => ({ imgs: document.querySelectorAll('.corpus img, .corpus b').length, pwned: (window as unknown as { __pwned?: number }).__pwned ?? 0 }))).toEqual({ imgs: 0, pwned: 0 });
      await options.screenshot(shotPath(`${a.name}-options-import.png`), { fullPage: true });
    });
  });
});
