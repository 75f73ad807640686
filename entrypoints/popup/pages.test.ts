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

describe('icons', () => {
  const ROOT = join(DIR, '..');
  /** A PNG's width and height, from its IHDR chunk. */
  const pngSize = (file: string) => {
    const b = readFileSync(file);
    expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
    return [b.readUInt32BE(16), b.readUInt32BE(20)];
  };

  it.each([16, 32, 48, 96, 128])('public/icon/%i.png is that size (WXT lists it in the manifest)', (size) => {
    expect(pngSize(join(ROOT, 'public', 'icon', `${size}.png`))).toEqual([size, size]);
  });

  it('the toolbar button uses icons that exist', () => {
    const html = readFileSync(join(DIR, 'popup', 'index.html'), 'utf8');
    const meta = /<meta name="manifest\.default_icon" content="([^"]+)"/.exec(html)?.[1] ?? '';
    const paths = [...meta.matchAll(/'(icon\/\d+\.png)'/g)].map((m) => m[1]);
    expect(paths).toEqual(['icon/16.png', 'icon/32.png', 'icon/48.png']);
    for (const p of paths) expect(existsSync(join(ROOT, 'public', p)), p).toBe(true);
  });
});
