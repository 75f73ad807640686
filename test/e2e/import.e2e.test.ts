/**
 * Importing the reader's own article files through the options page, in Chromium and Firefox:
 * several files at once through the file input, one of them bad; the page shows the progress, the
 * bad file's own error, and the new articles in the corpus list.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { join } from 'node:path';
import { shotPath } from './paths';
import { openOptions, textOf, textsOf, type ExtSession } from './adapter';
import { forEachBrowser } from './browsers';

const FIXTURES = join(__dirname, '..', 'fixtures', 'import');
const IMPORT_TIMEOUT_MS = 20000;

forEachBrowser('importing article files in the options page', (a) => {
  let s: ExtSession;

  beforeAll(async () => {
    s = await a.launch();
  }, 90000);
  afterAll(async () => s?.close());

  it('several files, one bad: progress, the bad file\'s error, the new sources', async () => {
    const options = await openOptions(s);
    const before = (await textsOf(options, '.corpus .source-title')).length;
    // Every progress line the page draws, however briefly: three articles import in a blink.
    await options.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __progress: string[] }).__progress = seen;
      new MutationObserver(() => {
        const p = document.querySelector('.import-progress');
        if (p && document.querySelector('.import-progress progress')) seen.push(p.querySelector('.progress-text')?.textContent ?? '');
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await options.uploadFile('[data-testid=import-input]', ['key-bridge-en.txt', 'pont-key-fr.html', 'blank.txt', 'pont-key-fr.md'].map((f) => join(FIXTURES, f)));
    const deadline = Date.now() + IMPORT_TIMEOUT_MS;
    while (!(await textOf(options, '.notice')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));

    expect(await textOf(options, '.notice-ok')).toBe('3 articles importés.');
    const progress = await options.evaluate(() => (window as unknown as { __progress: string[] }).__progress);
    expect(progress.some((t) => /^Lecture des fichiers\s:\s\d sur 4$/.test(t) || /^Import\s:\s\d articles sur 3$/.test(t))).toBe(true);
    expect(await textsOf(options, '.file-errors li')).toEqual(['blank.txt: Fichier vide (the file is empty)']);

    const titles = await textsOf(options, '.corpus .source-title');
    expect(titles.length).toBe(before + 3);
    expect(titles).toEqual(expect.arrayContaining([
      "Baltimore's Key Bridge collapses after a container ship loses power",
      "À Baltimore, le pont Key s'effondre après une collision",
      'Effondrement du pont Key à Baltimore : six ouvriers portés disparus',
    ]));
    // The .html file was read in an inert document: its script never ran in the options page.
    expect(await options.evaluate(() => document.title)).not.toBe('hacked');
    await options.screenshot(shotPath(`${a.name}-options-import-files.png`), { fullPage: true });
  });
});
