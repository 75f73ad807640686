// Self time per function and per file of a V8 .cpuprofile (node --cpu-prof): the top rows.
import { readFileSync } from 'node:fs';
const prof = JSON.parse(readFileSync(process.argv[2], 'utf8'));
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
