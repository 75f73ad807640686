import { join } from 'node:path';
import { existsSync, mkdirSync } from 'node:fs';
import { ROOT } from './server';

export const CHROME_BUILD = join(ROOT, '.output', 'chrome-mv3');
export const FIREFOX_BUILD = join(ROOT, '.output', 'firefox-mv2');
export const SHOTS = join(ROOT, 'test-results', 'screenshots');
export const CHROMIUM_BIN = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
export const FIREFOX_BIN = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';

export function shotPath(name: string): string {
  mkdirSync(SHOTS, { recursive: true });
  return join(SHOTS, name);
}

export function requireBuild(dir: string): void {
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`no extension build at ${dir}: run \`npm run build\` first`);
}
