/**
 * Every development-set corpus article and page with its language and publication day, read through each folder's
 * manifest (a manifest's `file` when it names one, else the article's id, `.txt` added where missing). Shared by the
 * extraction scripts (extract-digest.ts, extract-profile.ts). Never reads test/fixtures/holdout/.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface DevsetText { name: string; text: string; lang: 'fr' | 'en'; published?: string }

export function devsetTexts(root: string): DevsetText[] {
  const out: DevsetText[] = [];
  const devset = join(root, 'test', 'fixtures', 'devset');
  for (const story of readdirSync(devset).filter((d) => !d.includes('.')).sort()) {
    for (const part of ['corpus', 'pages']) {
      const dir = join(devset, story, part);
      if (!existsSync(join(dir, 'manifest.json'))) continue;
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { articles: Array<{ id: string; lang: 'fr' | 'en'; published?: string; file?: string }> };
      for (const a of manifest.articles) {
        const file = join(dir, a.file ?? a.id);
        out.push({ name: `${story}/${part}/${a.id}`, text: readFileSync(file.endsWith('.txt') ? file : `${file}.txt`, 'utf8'), lang: a.lang, published: a.published });
      }
    }
  }
  return out;
}
