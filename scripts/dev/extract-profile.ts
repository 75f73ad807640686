/**
 * CPU profile of extractFigures on French text (speed40): the development set's French corpus articles and pages
 * (each with its publication day) and the figure bench's French pages (bundled articles, 20,000-character pages).
 * Warms up once over every text, then runs ROUNDS measured rounds, printing CPU MB per second.
 * usage: node --cpu-prof --cpu-prof-dir=.prof --import tsx scripts/dev/extract-profile.ts
 *        then node scripts/dev/cpuprofile-summary.mjs .prof/<file>.cpuprofile
 * LANG_ONLY=en for English texts instead. Never reads test/fixtures/holdout/.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractFigures } from '../../core/figures/index';
import { devsetTexts } from './_devset-texts';

const ROOT = process.cwd();
const LANG = (process.env.LANG_ONLY ?? 'fr') as 'fr' | 'en';
const ROUNDS = Number(process.env.ROUNDS ?? 3);
type Text = { text: string; published?: string };
const texts: Text[] = [];
for (const t of devsetTexts(ROOT)) if (t.lang === LANG) texts.push({ text: t.text, published: t.published });
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
