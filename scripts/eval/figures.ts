/**
 * Figures accuracy.
 * 1. Gold (../shared/gold/seed-figures.json over ../shared/corpus): leave one article out as the page,
 *    the other four as sources. Recall (an extracted figure overlaps the gold span), right value,
 *    furniture, gold comparison pairs with the right verdict, comparisons across different gold keys,
 *    extra (non-gold) figures.
 * 2. Peer suite (../shared/peer-specs/recognizers-text), run through the CLI (`recoupe figures --jsonl`),
 *    pass rate per file, raw and without the cases listed in core/figures/OUT_OF_SCOPE.md.
 * Skips with a message when ../shared is absent.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn } from 'node:child_process';
import { extractFigures, compareFigures, type Figure } from '../../core/figures/index';
import type { Bound, FigureReport } from '../../core/types';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SHARED = resolve(ROOT, '..', 'shared');

interface GoldFigure { doc: string; quote: string; start: number; end: number; key: string; low: Bound; high: Bound; qualifier: string; unit: string }
interface GoldFile { figures: GoldFigure[]; not_figures: Array<{ doc: string; start: number; end: number; quote: string }> }

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/** Equal bounds; a month-level date equals any day of that month. */
function sameBound(a: Bound, b: Bound): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  if (typeof a === 'string' && typeof b === 'string') return a.startsWith(b) || b.startsWith(a);
  return false;
}
const sameValue = (f: { low: Bound; high: Bound }, g: { low: Bound; high: Bound }): boolean => sameBound(f.low, g.low) && sameBound(f.high, g.high);

/** The gold verdict, from the intervals (gold/README.md). */
function goldVerdict(a: GoldFigure, b: GoldFigure): string {
  if (a.low === b.low && a.high === b.high) return 'agrees';
  const lo = (x: Bound): number => (x === null ? -Infinity : Number(x));
  const hi = (x: Bound): number => (x === null ? Infinity : Number(x));
  if (hi(a.high) < lo(b.low) || hi(b.high) < lo(a.low)) return 'differs';
  return 'overlaps';
}

/** The extracted figure that stands for a gold one: overlapping, with the right value when possible. */
function bestMatch(figs: Figure[], g: { start: number; end: number; low: Bound; high: Bound }): Figure | undefined {
  const cands = figs.filter((f) => overlaps(f, g));
  return cands.find((f) => sameValue(f, g)) ?? cands[0];
}
/** The gold figure an extracted one stands for. */
function goldOf(golds: GoldFigure[], f: Figure): GoldFigure | undefined {
  const cands = golds.filter((g) => overlaps(f, g));
  return cands.find((g) => sameValue(f, g)) ?? cands[0];
}

function pct(n: number, d: number): string {
  return d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a';
}

function evalGold(): void {
  const corpusDir = join(SHARED, 'corpus');
  const gold = JSON.parse(readFileSync(join(SHARED, 'gold', 'seed-figures.json'), 'utf8')) as GoldFile;
  const ids = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort();
  const docs = ids.map((id) => {
    const text = readFileSync(join(corpusDir, id), 'utf8');
    return { id, text, lang: 'fr' as const, figures: extractFigures(text, 'fr') };
  });
  let found = 0, rightValue = 0, furniture = 0, extra = 0, extracted = 0;
  const misses: string[] = [];
  for (const g of gold.figures) {
    const d = docs.find((x) => x.id === g.doc)!;
    const f = bestMatch(d.figures, g);
    if (f) found++;
    if (f && sameValue(f, g)) rightValue++;
    else misses.push(`  ${f ? 'wrong value' : 'missed'}: ${g.doc.slice(0, 3)} "${g.quote}" gold ${g.low}..${g.high}${f ? ` got "${f.text}" ${f.low}..${f.high}` : ''}`);
  }
  for (const d of docs) {
    const golds = gold.figures.filter((g) => g.doc === d.id);
    for (const f of d.figures) {
      extracted++;
      if (gold.not_figures.some((n) => n.doc === d.id && overlaps(f, n))) furniture++;
      else if (!golds.some((g) => overlaps(f, g))) extra++;
    }
  }
  // Comparisons, leave one out.
  let pairs = 0, pairsFound = 0, pairsRight = 0, wrongKey = 0, relatedWrongKey = 0, compared = 0, relatedAll = 0;
  const pairMisses: string[] = [];
  const wrongKeyList: string[] = [];
  const relatedList: string[] = [];
  for (const page of docs) {
    const sources = docs.filter((d) => d.id !== page.id);
    const reports: FigureReport[] = compareFigures(page, sources);
    const pageGold = gold.figures.filter((g) => g.doc === page.id);
    // Gold pairs with this page's figure on the page side.
    for (const g of pageGold) {
      for (const h of gold.figures) {
        if (h.key !== g.key || h.doc === page.id) continue;
        pairs++;
        const expected = goldVerdict(g, h);
        const pf = bestMatch(page.figures, g);
        const src = docs.find((d) => d.id === h.doc)!;
        const sf = bestMatch(src.figures, h);
        const rep = pf ? reports[page.figures.indexOf(pf)] : undefined;
        const c = rep && sf ? rep.comparisons.find((x) => x.source.id === h.doc && x.source.start === sf.start && x.source.end === sf.end) : undefined;
        if (c) pairsFound++;
        if (c && c.verdict === expected) pairsRight++;
        else pairMisses.push(`  ${g.key}: ${page.id.slice(0, 3)} "${g.quote}" vs ${h.doc.slice(0, 3)} "${h.quote}": expected ${expected}, got ${c ? c.verdict : 'none'}`);
      }
    }
    // Comparisons between figures of different gold keys.
    reports.forEach((rep, i) => {
      const gp = goldOf(pageGold, page.figures[i]);
      for (const c of rep.comparisons) {
        if (c.verdict === 'related') { relatedAll++; relatedList.push(`  related: ${page.id.slice(0, 3)} "${rep.page.text}" (${rep.counts}) vs ${c.source.id.slice(0, 3)} "${c.source.text}" (${c.counts})`); }
        else compared++;
        const src = docs.find((d) => d.id === c.source.id)!;
        const sf = src.figures.find((f) => f.start === c.source.start && f.end === c.source.end)!;
        const gs = goldOf(gold.figures.filter((g) => g.doc === src.id), sf);
        if (gp && gs && gp.key !== gs.key) {
          if (c.verdict === 'related') relatedWrongKey++;
          else { wrongKey++; wrongKeyList.push(`  ${gp.key} vs ${gs.key}: "${rep.page.text}" vs "${c.source.text}" ${c.verdict}`); }
        }
      }
    });
  }
  const n = gold.figures.length;
  console.log('figures / gold (leave-one-out over the 5 corpus articles)');
  console.log(`  extraction recall: ${found}/${n} = ${pct(found, n)}`);
  console.log(`  right value:       ${rightValue}/${n} = ${pct(rightValue, n)}`);
  console.log(`  page furniture extracted: ${furniture} (of ${gold.not_figures.length} not_figures)`);
  console.log(`  extra (non-gold) figures: ${extra} of ${extracted} extracted`);
  console.log(`  gold comparison pairs (directed, page->source): found ${pairsFound}/${pairs}, right verdict ${pairsRight}/${pairs}`);
  console.log(`  comparisons between different gold keys: ${wrongKey} (plus ${relatedWrongKey} marked 'related'); all comparisons: ${compared} + ${relatedAll} related`);
  for (const m of [...misses, ...pairMisses, ...wrongKeyList]) console.log(m);
  if (process.env.FIGURES_EVAL_VERBOSE) for (const m of relatedList) console.log(m);
}

// ---------- peer suite ----------

interface SpecResult { Text: string; Start?: number; End?: number; Resolution: { value?: string; Start?: number; End?: number } }
interface SpecCase { Input: string; Results: SpecResult[] }

/** Where a result sits in its input. A few spec entries put Start/End inside Resolution, or omit them. */
function resultSpan(c: SpecCase, r: SpecResult): { start: number; end: number } {
  const s = r.Start ?? r.Resolution.Start;
  const e = r.End ?? r.Resolution.End;
  if (typeof s === 'number' && typeof e === 'number') return { start: s, end: e + 1 };
  const at = c.Input.toLowerCase().indexOf(r.Text.toLowerCase());
  return at >= 0 ? { start: at, end: at + r.Text.length } : { start: 0, end: c.Input.length };
}

function parseValue(v: string): number | null {
  const s = v.replace(',', '.');
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}
function parseRange(v: string): [number | null, number | null] | null {
  const m = /^[[(]([^,]*),([^\])]*)[\])]$/.exec(v);
  if (!m) return null;
  const lo = m[1] === '' ? null : Number(m[1]);
  const hi = m[2] === '' ? null : Number(m[2]);
  if ((lo !== null && !Number.isFinite(lo)) || (hi !== null && !Number.isFinite(hi))) return null;
  return [lo, hi];
}
const close = (a: Bound, b: number | null): boolean =>
  b === null ? a === null : typeof a === 'number' && Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

interface OutFig { start: number; end: number; low: Bound; high: Bound }

function casePasses(c: SpecCase, figs: OutFig[], range: boolean): boolean {
  return c.Results.every((r) => {
    const span = resultSpan(c, r);
    const cands = figs.filter((f) => overlaps(f, span));
    const v = r.Resolution.value ?? '';
    if (range) {
      const b = parseRange(v);
      return !!b && cands.some((f) => close(f.low, b[0]) && close(f.high, b[1]));
    }
    // Relative ordinals resolve to a position, "end-1", "current+1": compared as written.
    if (/^(?:end|current)[+-]\d+$/.test(v)) return cands.some((f) => f.low === v);
    const n = parseValue(v);
    return n !== null && cands.some((f) => close(f.low, n) || close(f.high, n));
  });
}

function runCli(lines: string[]): Promise<string[]> {
  return new Promise((res, rej) => {
    const p = spawn(process.execPath, [join(ROOT, 'cli', 'bin.mjs'), 'figures', '--jsonl'], { stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.on('error', rej);
    p.on('close', () => res(out.split('\n').filter(Boolean)));
    p.stdin.end(lines.join('\n') + '\n');
  });
}

/** Out-of-scope cases: rows "| file | `input` | reason |" of core/figures/OUT_OF_SCOPE.md. */
function outOfScope(): Set<string> {
  const path = join(ROOT, 'core', 'figures', 'OUT_OF_SCOPE.md');
  const set = new Set<string>();
  if (!existsSync(path)) return set;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const m = /^\|\s*([\w-]+\.json)\s*\|\s*`(.*)`\s*\|/.exec(line);
    if (m) set.add(`${m[1]}\u0000${m[2]}`);
  }
  return set;
}

async function evalPeer(): Promise<void> {
  const dir = join(SHARED, 'peer-specs', 'recognizers-text');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const oos = outOfScope();
  let all = 0, pass = 0, inAll = 0, inPass = 0;
  // Cases that expect nothing pass whatever we find; count where we do find something, to keep that visible.
  let extraOnEmpty = 0;
  // Of those, cases where the only figures are relative ordinals ("a last resort" in a Number-model case).
  let extraOnEmptyRelative = 0;
  const failures: string[] = [];
  console.log('figures / peer suite (Recognizers-Text specs, through `recoupe figures --jsonl`)');
  for (const f of files) {
    const cases = JSON.parse(readFileSync(join(dir, f), 'utf8')) as SpecCase[];
    const lang = f.startsWith('French') ? 'fr' : 'en';
    const out = await runCli(cases.map((c) => JSON.stringify({ text: c.Input, lang })));
    if (out.length !== cases.length) console.log(`  WARNING: ${f}: the CLI answered ${out.length} lines for ${cases.length} inputs`);
    let p = 0, ia = 0, ip = 0;
    cases.forEach((c, i) => {
      let figs: OutFig[] = [];
      try { figs = (JSON.parse(out[i] ?? '{}').figures ?? []) as OutFig[]; } catch { figs = []; }
      const ok = casePasses(c, figs, f.includes('Range'));
      if (c.Results.length === 0 && figs.length > 0) {
        extraOnEmpty++;
        if (figs.every((x) => (x as OutFig & { unit?: string }).unit === 'ordinal-relative')) extraOnEmptyRelative++;
      }
      const inScope = !oos.has(`${f}\u0000${c.Input}`);
      if (ok) p++;
      if (inScope) { ia++; if (ok) ip++; }
      if (!ok) failures.push(`  ${inScope ? '' : '(out of scope) '}${f}: ${JSON.stringify(c.Input)} expected ${c.Results.map((r) => `${r.Text}=${r.Resolution.value}`).join('; ')} got ${figs.map((x) => `${x.low}..${x.high}`).join('; ')}`);
    });
    all += cases.length; pass += p; inAll += ia; inPass += ip;
    console.log(`  ${f.padEnd(30)} raw ${p}/${cases.length} = ${pct(p, cases.length).padStart(6)}   in scope ${ip}/${ia} = ${pct(ip, ia)}`);
  }
  console.log(`  overall                        raw ${pass}/${all} = ${pct(pass, all).padStart(6)}   in scope ${inPass}/${inAll} = ${pct(inPass, inAll)}`);
  console.log(`  cases expecting no number where figures were reported anyway: ${extraOnEmpty} (${extraOnEmptyRelative} of them only relative ordinals, which the CLI reports and the popup does not)`);
  if (process.env.FIGURES_EVAL_VERBOSE) for (const x of failures) console.log(x);
  else if (failures.length) console.log(`  (${failures.length} failures, ${all - inAll} of the cases out of scope; FIGURES_EVAL_VERBOSE=1 lists the failures)`);
}

export default async function main(): Promise<void> {
  if (!existsSync(SHARED)) {
    console.log(`figures: skipped, shared material not found at ${SHARED} (gold and peer specs live there)`);
    return;
  }
  if (existsSync(join(SHARED, 'gold', 'seed-figures.json')) && existsSync(join(SHARED, 'corpus'))) evalGold();
  else console.log(`figures / gold: skipped, ${join(SHARED, 'gold')} or ${join(SHARED, 'corpus')} not found`);
  if (existsSync(join(SHARED, 'peer-specs', 'recognizers-text'))) await evalPeer();
  else console.log(`figures / peer suite: skipped, ${join(SHARED, 'peer-specs', 'recognizers-text')} not found`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
