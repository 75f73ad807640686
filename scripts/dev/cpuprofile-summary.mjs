// Self time per function and per file of a V8 .cpuprofile (node --cpu-prof): the top rows.
// usage: node scripts/dev/cpuprofile-summary.mjs <file.cpuprofile> [rows, default 40]
// A script run through tsx writes two profiles (the loader's worker and the script's): give the larger one alone; a
// second file name given as the row count left the function table empty before speed44, so it is refused.
// Under tsx every function of core/ is reported at line 1 (its transpiled module); for lines, bundle the script first
// (npx esbuild <script.ts> --bundle --platform=node --format=esm --keep-names --outfile=.prof/bundle/x.mjs), profile
// node .prof/bundle/x.mjs, and set LINES=<function name> to print that function's self samples per line of the bundle
// (V8's positionTicks), the busiest first.
import { readFileSync } from 'node:fs';
const prof = JSON.parse(readFileSync(process.argv[2], 'utf8'));
if (process.argv[3] !== undefined && !/^\d+$/.test(process.argv[3])) {
  console.error(`rows must be a number, not ${process.argv[3]} (one profile at a time)`);
  process.exit(1);
}
const top = Number(process.argv[3] ?? 40);
const dt = new Map();
prof.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0)));
const total = [...dt.values()].reduce((a, b) => a + b, 0);
const byFn = new Map();
const byFile = new Map();
for (const n of prof.nodes) {
  const t = dt.get(n.id) ?? 0;
  const f = n.callFrame;
  const file = (f.url || '(native)').replace(/^.*\/wt-[^/]+\//, '').replace(/^file:\/\//, '');
  const key = `${f.functionName || '(anon)'} ${file}:${f.lineNumber + 1}`;
  byFn.set(key, (byFn.get(key) ?? 0) + t);
  byFile.set(file, (byFile.get(file) ?? 0) + t);
}
const show = (m, k) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).forEach(([name, t]) => console.log(`${((100 * t) / total).toFixed(1).padStart(5)}%  ${name}`));
console.log('== self time by function');
show(byFn, top);
console.log('== self time by file');
show(byFile, 25);
// Inclusive time (self + callees) per function, counting each sample once per function on its stack.
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const nodeById = new Map(prof.nodes.map((n) => [n.id, n]));
const incl = new Map();
for (const [id, t] of dt) {
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const f = nodeById.get(cur).callFrame;
    const key = f.functionName || '(anon)';
    if (seen.has(key)) continue;
    seen.add(key);
    incl.set(key, (incl.get(key) ?? 0) + t);
  }
}
console.log('== inclusive time by function name');
show(incl, top);
if (process.env.LINES) {
  // Self samples of the named function per line of its script (the bundle's lines when profiled from a bundle).
  const lines = new Map();
  let url = '';
  for (const n of prof.nodes) {
    if (n.callFrame.functionName !== process.env.LINES) continue;
    url = n.callFrame.url;
    for (const p of n.positionTicks ?? []) lines.set(p.line, (lines.get(p.line) ?? 0) + p.ticks);
  }
  const src = url.startsWith('file://') ? readFileSync(new URL(url), 'utf8').split('\n') : [];
  console.log(`== self samples of ${process.env.LINES} by line (${url || 'not found'})`);
  [...lines].sort((a, b) => b[1] - a[1]).slice(0, top)
    .forEach(([line, ticks]) => console.log(`${String(ticks).padStart(6)}  ${line}  ${(src[line - 1] ?? '').trim().slice(0, 120)}`));
}
