/**
 * Development-set pages as a reader's browser sees them: /devset/<story>/<page>.html renders the
 * saved text of test/fixtures/devset/<story>/pages/<page>.txt (first line the headline, then one
 * paragraph per line) as an article, with its manifest's publication day in the page's metadata, as
 * news sites write it. The text is escaped: it is data, never markup.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

// Not server.ts's ROOT: that module imports this one.
export const DEVSET = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'devset');

interface ManifestEntry { id: string; title: string; lang: string; published?: string; url?: string }

export function devsetManifest(story: string, part: 'pages' | 'corpus'): ManifestEntry[] {
  return (JSON.parse(readFileSync(join(DEVSET, story, part, 'manifest.json'), 'utf8')) as { articles: ManifestEntry[] }).articles;
}

const escape = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page's HTML, or null when the path names no development-set page. */
export function devsetRoute(pathname: string): string | null {
  const m = /^\/devset\/([a-z]+)\/([\w.-]+)\.html$/.exec(normalize(pathname));
  if (!m) return null;
  const [, story, name] = m;
  const file = join(DEVSET, story, 'pages', `${name}.txt`);
  if (!existsSync(file)) return null;
  const entry = devsetManifest(story, 'pages').find((e) => e.id === `${name}.txt`);
  const [headline, ...rest] = readFileSync(file, 'utf8').split('\n');
  const paragraphs = rest.map((l) => l.trim()).filter(Boolean).map((l) => `<p>${escape(l)}</p>`).join('\n');
  const published = entry?.published ? `<meta property="article:published_time" content="${entry.published}T12:00:00Z">` : '';
  return `<!doctype html><html lang="${entry?.lang ?? 'en'}"><head><meta charset="utf-8"><title>${escape(entry?.title ?? headline)}</title>${published}</head>
<body><header><nav><a href="/">News</a></nav></header><main><article><h1>${escape(headline)}</h1>
${paragraphs}
</article></main><footer><p>© News</p></footer></body></html>`;
}
