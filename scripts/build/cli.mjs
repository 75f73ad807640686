#!/usr/bin/env node
/**
 * Builds the `recoupe` command once into cli/dist/recoupe.mjs (esbuild: one ES module, every
 * dependency inside), so a run starts in node directly instead of compiling TypeScript each time,
 * and an install without devDependencies has all the CLI needs. cli/bin.mjs runs it.
 * Also writes cli/dist/build.json: the source files it was built from (cli/bin.mjs uses them to
 * notice a bundle older than the sources in a working copy) and the modules it leaves to node at
 * run time (only node's built-ins: cli/cli.test.ts checks it).
 *
 *   node scripts/build/cli.mjs          build
 *   node scripts/build/cli.mjs --quiet  build, print nothing on success
 */
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const OUT_DIR = join(ROOT, 'cli', 'dist');

export async function buildCli({ quiet = false } = {}) {
  const t0 = performance.now();
  mkdirSync(OUT_DIR, { recursive: true });
  const r = await build({
    entryPoints: [join(ROOT, 'cli', 'main.ts')],
    outfile: join(OUT_DIR, 'recoupe.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Smaller to read and parse at each start; names kept so error messages stay readable.
    minify: true,
    keepNames: true,
    sourcemap: false,
    metafile: true,
    logLevel: 'warning',
    // Some bundled CommonJS packages call require() on node's built-ins: give the ES module one.
    banner: { js: "import { createRequire as __recoupeCreateRequire } from 'node:module'; const require = __recoupeCreateRequire(import.meta.url);" },
  });
  const inputs = Object.keys(r.metafile.inputs)
    .map((p) => relative(ROOT, join(process.cwd(), p)))
    .filter((p) => !p.startsWith('node_modules'));
  const output = Object.values(r.metafile.outputs)[0];
  const external = [...new Set(output.imports.filter((i) => i.external).map((i) => i.path))].sort();
  writeFileSync(join(OUT_DIR, 'build.json'), JSON.stringify({ inputs, external }) + '\n');
  const bytes = output.bytes;
  if (!quiet) console.log(`cli/dist/recoupe.mjs: ${(bytes / 1024).toFixed(0)} KB, ${inputs.length} source files, ${(performance.now() - t0).toFixed(0)} ms`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildCli({ quiet: process.argv.includes('--quiet') });
}
