/**
 * Every extension page declares its language in its HTML, so a screen reader (and axe's
 * html-has-lang) has one before the script runs. English is the manifest's default_locale; the
 * script then sets the language the messages are in (French or English). This file sits in popup/
 * because WXT takes any file directly in entrypoints/ for an entrypoint.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(__dirname, '..');
const pages = readdirSync(DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(DIR, d.name, 'index.html')))
  .map((d) => d.name);

describe('extension pages', () => {
  it('are found (the scan works)', () => {
    expect(pages).toEqual(expect.arrayContaining(['popup', 'options']));
  });

  it.each(pages)('%s/index.html has <html lang> and a title', (name) => {
    const html = readFileSync(join(DIR, name, 'index.html'), 'utf8');
    expect(html).toMatch(/<html\s[^>]*\blang="en"/);
    expect(html).toMatch(/<title>[^<]+<\/title>/);
  });
});
