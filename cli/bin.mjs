#!/usr/bin/env node
// `npx recoupe ...`: runs the CLI bundle, cli/dist/recoupe.mjs, built once by scripts/build/cli.mjs
// (at `npm ci` / `npm install` and `npm run build`), so a run starts in plain node. In a working copy
// whose sources changed since (cli/dist/build.json lists them), the bundle is rebuilt first when
// esbuild is installed. Without a bundle, the TypeScript sources run through tsx (slow: it compiles
// them at each cold start).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'cli', 'dist', 'recoupe.mjs');

/** A source newer than the bundle (only sources present: an installed package ships none). */
function stale() {
  try {
    const built = statSync(bundle).mtimeMs;
    const { inputs } = JSON.parse(readFileSync(join(root, 'cli', 'dist', 'build.json'), 'utf8'));
    return inputs.some((p) => {
      try {
        return statSync(join(root, p)).mtimeMs > built;
      } catch {
        return false;
      }
    });
  } catch {
    return false;
  }
}

async function rebuild() {
  try {
    const { buildCli } = await import(pathToFileURL(join(root, 'scripts', 'build', 'cli.mjs')).href);
    await buildCli({ quiet: true });
    return true;
  } catch (err) {
    // No esbuild (an install without devDependencies): run what we have, quietly. A source that
    // does not build: say so, then run the previous bundle if there is one.
    if (err?.code !== 'ERR_MODULE_NOT_FOUND') process.stderr.write(`recoupe: could not rebuild cli/dist/recoupe.mjs (${err?.message ?? err})\n`);
    return false;
  }
}

if ((!existsSync(bundle) || stale()) && !(await rebuild()) && !existsSync(bundle)) {
  const { spawnSync } = await import('node:child_process');
  const { createRequire } = await import('node:module');
  const tsxCli = join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist', 'cli.mjs');
  const r = spawnSync(process.execPath, [tsxCli, join(root, 'cli', 'main.ts'), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
await import(pathToFileURL(bundle).href);
