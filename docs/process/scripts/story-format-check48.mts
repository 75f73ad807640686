import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
const root = process.argv[2];
const { storyDoc } = await import(join(root, 'core/story/index.ts'));
const D = join(root, 'test/fixtures/devset');
const h = createHash('sha1'); let n = 0; const per: string[] = [];
for (const s of readdirSync(D).sort()) {
  const m = join(D, s, 'corpus', 'manifest.json'); if (!existsSync(m)) continue;
  for (const a of JSON.parse(readFileSync(m, 'utf8')).articles) {
    const text = readFileSync(join(D, s, 'corpus', a.id), 'utf8');
    const d = storyDoc({ id: a.id, title: a.title, lang: a.lang, text });
    const j = JSON.stringify({ ...d, format: 0 }); h.update(j); n++;
    per.push(s + '/' + a.id + ' ' + createHash('sha1').update(j).digest('hex').slice(0, 8));
  }
}
console.log(n, h.digest('hex').slice(0, 12));
console.error(per.join('\n'));
