import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../cli/corpus-files';

// storage/ runs in the background (MV3 service worker, Firefox background page) and in node
// tests. The reader's corpus (IndexedDB) uses no extension API, no node API, no DOM beyond
// IndexedDB. The settings and per-tab items use extension storage, through WXT's storage items;
// only settings-read.ts, for the content script's size budget, reads storage.local directly.
const EXTENSION_STORAGE = new Set(['settings-item.ts', 'settings-read.ts', 'tab-state.ts']);

describe('storage/ conventions', () => {
  const dir = join(REPO_ROOT, 'storage');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  for (const f of files) {
    it(`${f} uses no node API, and no extension API beyond storage`, () => {
      const src = readFileSync(join(dir, f), 'utf8');
      expect(src).not.toMatch(/from ['"]node:|require\(/);
      expect(src).not.toMatch(/\b(window|document)\./);
      if (EXTENSION_STORAGE.has(f)) expect(src.replace(/\bbrowser\.storage\.(local|onChanged)\b/g, '')).not.toMatch(/\b(browser|chrome)\.[a-z]/);
      else expect(src).not.toMatch(/\b(browser|chrome)\.[a-z]|wxt\/utils\/storage|webextension-polyfill/);
    });
  }
});
