/**
 * Dev probe (session 22, passjudge18): reads the JSONL of passage-false-classes.ts (argument 1) and gives each passage
 * the predicate keys of its two spans (crosslang.ts predicateKeys: the keys of the words that read as a verb by form)
 * and how they relate (predicateRelation: related / unrelated / none), then counts labels (gold, adjT, F = adjudicated
 * false) per half (A read, B and new not read), origin and score band, to test "two spans with unrelated main
 * predicates" as a weaker candidate. MODE (environment):
 * - `any` (default): unrelated as predicateRelation says;
 * - `concept`: unrelated only when both sides' predicates hold a concept key (a verb the table maps across languages);
 * - `ra`, `ra-any`: a role or action concept predicate of one side absent from the other span (and unrelated, for `ra`);
 * - `dump`: one JSON line per passage with these features and the probe's (shared names, numbers, other keys, score),
 *   for cuts tried offline.
 * `--list` prints the unrelated pairs with their spans.
 * Usage: MODE=any npx tsx scripts/dev/passage-predicates.ts /tmp/classes.jsonl [--list]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTxtCorpus } from '../../core/corpus/node';
import { analyse, type Analysis } from '../../core/passages/tokens';
import { predicateRelation, sentenceBags } from '../../core/passages/crosslang';
import { concept } from '../../core/concepts/index';
import { DEVSET } from '../eval/devset';

const rows = readFileSync(process.argv[2], 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const list = process.argv.includes('--list');
const an = new Map<string, Analysis>();
const corpora = new Map<string, Map<string, { text: string; lang: string; ignore?: Array<[number, number]> }>>();
function pageA(story: string, page: string, lang: string): Analysis {
  const k = `${story}/p/${page}`;
  if (!an.has(k)) an.set(k, analyse(readFileSync(join(DEVSET, story, 'pages', page), 'utf8'), [], lang));
  return an.get(k)!;
}
function srcA(story: string, id: string): Analysis {
  if (!corpora.has(story)) corpora.set(story, new Map(loadTxtCorpus(join(DEVSET, story, 'corpus')).map((d) => [d.id, d as never])));
  const k = `${story}/s/${id}`;
  const d = corpora.get(story)!.get(id)!;
  if (!an.has(k)) an.set(k, analyse(d.text, d.ignore ?? [], d.lang));
  return an.get(k)!;
}
const wordRange = (a: Analysis, s: number, e: number): [number, number] => {
  let w0 = -1, w1 = -1;
  for (let w = 0; w < a.wordNorms.length; w++) if (a.wordStarts[w] >= s && a.wordEnds[w] <= e) { if (w0 < 0) w0 = w; w1 = w; }
  return [w0, w1];
};
const right = (l: string): boolean => l === 'gold' || l === 'adjT';
const tally = new Map<string, number>();
const add = (k: string): void => { tally.set(k, (tally.get(k) ?? 0) + 1); };
for (const r of rows) {
  if (r.label === 'unadj') continue;
  const pa = pageA(r.story, r.page, r.lang);
  const sa = srcA(r.story, r.src);
  const [p0, p1] = wordRange(pa, r.ps[0], r.ps[1]);
  const [s0, s1] = wordRange(sa, r.ss[0], r.ss[1]);
  if (p0 < 0 || s0 < 0) continue;
  const rel0 = predicateRelation(pa, p0, p1, sa, s0, s1);
  const conc = (ks: string[]): boolean => ks.some((k) => k.startsWith('c:'));
  const mode = process.env.MODE ?? 'any';
  const ra = (k: string): boolean => k.startsWith('c:') && ['role', 'action'].includes(concept(k.slice(2))?.type ?? '');
  const keysIn = (a: Analysis, w0: number, w1: number): Set<string> => { const s = new Set<string>(); const wk = sentenceBags(a).wordKeys; for (let w = w0; w <= w1; w++) for (const k of wk[w]) s.add(k); return s; };
  const pkAll = keysIn(pa, p0, p1), skAll = keysIn(sa, s0, s1);
  const missing = rel0.page.some((k) => ra(k) && !skAll.has(k)) || rel0.source.some((k) => ra(k) && !pkAll.has(k));
  if (mode === 'dump') { console.log(JSON.stringify({ half: r.half, story: r.story, origin: r.origin, label: r.label, score: r.score, rel: rel0.kind, missing, np: rel0.page.length, ns: rel0.source.length, numbers: r.numbers, names: r.names, other: r.other, title: r.title, pw: r.pw, sw: r.sw, kind: r.kind })); continue; }
  if (mode === 'ra' || mode === 'ra-any') {
    const k2 = missing && (mode === 'ra-any' || rel0.kind === 'unrelated') ? 'unrelated' : 'other';
    const band = r.score < 0.15 ? '<.15' : r.score < 0.25 ? '<.25' : r.score < 0.4 ? '<.4' : '>=.4';
    const cls = right(r.label) ? 'R' : 'F';
    add(`${r.half}|${r.origin}|${k2}|${cls}`); add(`${r.half}|${r.origin}|${k2}|${band}|${cls}`);
    if (list && k2 === 'unrelated') console.log(`${r.half} ${r.label} ${r.origin} ${r.score} P[${rel0.page.join(' ')}] S[${rel0.source.join(' ')}]\n   ${r.pt.slice(0, 160)}\n   ${r.st.slice(0, 160)}`);
    continue;
  }
  const rel = { ...rel0, kind: rel0.kind === 'unrelated' && mode === 'concept' && !(conc(rel0.page) && conc(rel0.source)) ? 'unknown' : rel0.kind };
  const band = r.score < 0.15 ? '<.15' : r.score < 0.25 ? '<.25' : r.score < 0.4 ? '<.4' : '>=.4';
  const cls = right(r.label) ? (r.label === 'gold' ? 'gold' : 'adjT') : 'F';
  add(`${r.half}|${r.origin}|${rel.kind}|${cls}`);
  add(`${r.half}|${r.origin}|${rel.kind}|${band}|${cls}`);
  if (list && rel.kind === 'unrelated') console.log(`${r.half} ${r.label} ${r.origin} ${r.score} P[${rel.page.join(' ')}] S[${rel.source.join(' ')}]\n   ${r.pt.slice(0, 160)}\n   ${r.st.slice(0, 160)}`);
}
for (const [k, v] of [...tally].sort()) console.log(k, v);
