import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../cli/corpus-files';

// storage/ runs in the background (MV3 service worker, Firefox background page) and in node
// tests: no extension API, no node API, no DOM beyond IndexedDB.
describe('storage/ conventions', () => {
  const dir = join(REPO_ROOT, 'storage');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
  for (const f of files) {
    it(`${f} uses no extension or node API`, () => {
      const src = readFileSync(join(dir, f), 'utf8');
      expect(src).not.toMatch(/\b(browser|chrome)\.[a-z]/);
      expect(src).not.toMatch(/from ['"]node:|require\(/);
      expect(src).not.toMatch(/\b(window|document)\./);
    });
  }
});
