/**
 * Serves fixture pages on 127.0.0.1 for the end-to-end suites:
 *   /pages/<file>            test/fixtures/pages
 *   /readability/<name>/     ../shared/pages/readability/<name>/source.html (when ../shared exists)
 *   /stress/<name>           generated stress pages (stress-routes.ts)
 *   /devset/<story>/<page>.html  a development-set page's text as an article (devset-routes.ts)
 * Every request is recorded, so suites can check the extension fetched nothing.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync, readdirSync } from 'node:fs';
import { join, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stressRoute } from './stress-routes';
import { devsetRoute } from './devset-routes';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURE_PAGES = join(ROOT, 'test', 'fixtures', 'pages');
export const READABILITY_PAGES = join(ROOT, '..', 'shared', 'pages', 'readability');

export function readabilityPages(): string[] {
  if (!existsSync(READABILITY_PAGES)) return [];
  return readdirSync(READABILITY_PAGES).filter((n) => existsSync(join(READABILITY_PAGES, n, 'source.html'))).sort();
}

export interface FixtureServer {
  origin: string;
  requests: string[];
  close(): Promise<void>;
}

export async function startServer(): Promise<FixtureServer> {
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname);
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const stress = stressRoute(url.pathname);
    if (stress !== null) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(stress);
    const devset = devsetRoute(url.pathname);
    if (devset !== null) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(devset);
    let file: string | undefined;
    if (url.pathname.startsWith('/pages/')) file = join(FIXTURE_PAGES, normalize(url.pathname.slice('/pages/'.length)));
    else if (url.pathname.startsWith('/readability/')) {
      const name = normalize(url.pathname.slice('/readability/'.length)).replace(/\/$/, '');
      file = join(READABILITY_PAGES, name, 'source.html');
    }
    if (!file || (!file.startsWith(FIXTURE_PAGES) && !file.startsWith(READABILITY_PAGES))) {
      res.writeHead(404).end('not found');
      return;
    }
    try {
      const body = await readFile(file);
      // Saved real pages keep their scripts and remote assets; offline they would only fail or
      // redirect. The policy keeps them inert and local. Content scripts are not subject to it.
      const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8' };
      if (file.startsWith(READABILITY_PAGES)) headers['content-security-policy'] = "default-src 'self' data: 'unsafe-inline'; script-src 'none'";
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  if (!addr || typeof addr === 'string') throw new Error('no address');
  return {
    origin: `http://127.0.0.1:${addr.port}`,
    requests,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
