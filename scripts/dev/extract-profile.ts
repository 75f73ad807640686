/**
 * CPU profile of extractFigures on French text (speed40): the development set's French corpus articles and pages
 * (each with its publication day) and the figure bench's French pages (bundled articles, 20,000-character pages).
 * Warms up once over every text, then runs ROUNDS measured rounds, printing CPU MB per second.
 * usage: node --cpu-prof --cpu-prof-dir=.prof --import tsx scripts/dev/extract-profile.ts
 *        then node scripts/dev/cpuprofile-summary.mjs .prof/<file>.cpuprofile
 * LANG=en for English texts instead. Never reads test/fixtures/holdout/.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { extractFigures } from '../../core/figures/index';

const ROOT = process.cwd();
const LANG = (process.env.LANG_ONLY ?? 'fr') as 'fr' | 'en';
const ROUNDS = Number(process.env.ROUNDS ?? 3);
type Text = { text: string; published?: string };
const texts: Text[] = [];
const devset = join(ROOT, 'test', 'fixtures', 'devset');
for (const story of readdirSync(devset).filter((d) => !d.includes('.')).sort()) {
  for (const part of ['corpus', 'pages']) {
    const dir = join(devset, story, part);
    if (!existsSync(join(dir, 'manifest.json'))) continue;
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { articles: Array<{ id: string; lang: 'fr' | 'en'; published?: string; file?: string }> };
    for (const a of manifest.articles) {
      if (a.lang !== LANG) continue;
      const file = join(dir, a.file ?? a.id);
      texts.push({ text: readFileSync(file.endsWith('.txt') ? file : `${file}.txt`, 'utf8'), published: a.published });
    }
  }
}
if (LANG === 'fr') {
  const dir = join(ROOT, 'assets', 'corpus');
  const fr = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8')).join('\n') + '\n';
  let page = '';
  for (let i = 0; i < 20; i++) { page += fr; if (page.length >= 20_000) { texts.push({ text: page.slice(0, 20_000) }); page = ''; } }
}
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t.text), 0);
for (const t of texts) extractFigures(t.text, LANG, t.published ? { published: t.published } : undefined);
const c0 = process.cpuUsage();
let figures = 0;
for (let r = 0; r < ROUNDS; r++) for (const t of texts) figures += extractFigures(t.text, LANG, t.published ? { published: t.published } : undefined).length;
const cpu = process.cpuUsage(c0);
const sec = (cpu.user + cpu.system) / 1e6;
console.log(`${LANG}: ${texts.length} texts, ${(bytes / 1e6).toFixed(2)} MB x ${ROUNDS}, ${figures} figures, ${((bytes * ROUNDS) / 1e6 / sec).toFixed(2)} MB per CPU-second`);
