#!/usr/bin/env node
/**
 * `npm ci` / `npm install` in a working copy: WXT's generated types (`wxt prepare`), then the CLI
 * bundle (scripts/build/cli.mjs). Installed as a package without devDependencies, neither tool is
 * there and the package already ships its bundle: nothing to do.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));

function resolvable(name) {
  try {
    return require.resolve(`${name}/package.json`);
  } catch {
    return null;
  }
}

// npm puts node_modules/.bin on the PATH of its scripts; the path is spelled out for a direct run.
const wxt = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'wxt.cmd' : 'wxt');
if (existsSync(wxt)) {
  const r = spawnSync(wxt, ['prepare'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
if (resolvable('esbuild') && existsSync(join(root, 'cli', 'main.ts'))) {
  const { buildCli } = await import(pathToFileURL(join(root, 'scripts', 'build', 'cli.mjs')).href);
  await buildCli();
}
