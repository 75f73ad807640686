/**
 * Matching passages: leave-one-out over the five bundled articles against the hand-made gold
 * (../shared/gold/seed-passages.json). Each article in turn is the page, the other four the corpus.
 * A gold pair counts in both directions. Prints recall per kind, precision (overall and per reported
 * kind), the false positives, the missed pairs, the precision/recall curve of a paraphrase score
 * cut-off and the time per article, for the engine and for the naive Fuse.js baseline, and ends with
 * a one-line summary (`passages: verbatim … precision … | … ms/article`).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CorpusDoc, Passage, PassageKind } from '../../core/types';
import { createPassageIndex, addDocument, findPassages, type IndexConfig } from '../../core/passages/index';
import { naivePassages } from '../../test/support/naive-passages';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SHARED = join(ROOT, '..', 'shared');

interface Member {
  doc: string;
  quote: string;
  start: number;
  end: number;
}
interface Group {
  id: string;
  kind: PassageKind;
  members: Member[];
  pairs?: Array<[number, number]>;
}
/** A directed gold pair: `page` member on the page, `src` member in the corpus. */
interface GoldPair {
  group: string;
  kind: PassageKind;
  page: Member;
  src: Member;
}

export function loadCorpus(): CorpusDoc[] {
  const dir = join(SHARED, 'corpus');
  const manifestPath = join(ROOT, 'assets', 'corpus', 'manifest.json');
  const manifest: { articles: Array<{ id: string; title: string; lang: 'fr' | 'en'; ignore: Array<[number, number]> }> } =
    existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : { articles: [] };
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((id) => {
      const text = readFileSync(join(dir, id), 'utf8');
      const m = manifest.articles.find((a) => a.id === id);
      return { id, title: m?.title ?? text.split('\n')[0], lang: m?.lang ?? 'fr', text, ignore: m?.ignore ?? [] };
    });
}

export function goldPairs(groups: Group[]): GoldPair[] {
  const out: GoldPair[] = [];
  for (const g of groups) {
    const undirected: Array<[number, number]> = [];
    if (g.pairs) undirected.push(...g.pairs);
    else for (let a = 0; a < g.members.length; a++) for (let b = a + 1; b < g.members.length; b++) undirected.push([a, b]);
    for (const [a, b] of undirected) {
      const ma = g.members[a];
      const mb = g.members[b];
      if (ma.doc === mb.doc) continue;
      out.push({ group: g.id, kind: g.kind, page: ma, src: mb });
      out.push({ group: g.id, kind: g.kind, page: mb, src: ma });
    }
  }
  return out;
}

const overlaps = (s: number, e: number, m: Member) => s < m.end && e > m.start;

/**
 * The gold pairs as one counterpart per page span and source: where the gold pairs one page member
 * with several members of one source (the source restates it), those directed pairs are one expected
 * counterpart, found when any of them is. Printed beside the directed count, on which the targets
 * were set.
 */
export function expectedCounterparts(gold: GoldPair[]): GoldPair[][] {
  const by = new Map<string, GoldPair[]>();
  for (const g of gold) {
    const k = `${g.group}|${g.page.doc}|${g.page.start}|${g.src.doc}`;
    const l = by.get(k);
    if (l) l.push(g);
    else by.set(k, [g]);
  }
  return [...by.values()];
}

function counterpartRecall(sc: Score, gold: GoldPair[]): string {
  const rec: Record<PassageKind, [number, number]> = { verbatim: [0, 0], close: [0, 0], paraphrase: [0, 0] };
  for (const gs of expectedCounterparts(gold)) {
    const g = gs[0];
    rec[g.kind][1]++;
    const hit = sc.all.some(
      ({ page, p }) =>
        page === g.page.doc && p.source.id === g.src.doc && overlaps(p.page.start, p.page.end, g.page) && gs.some((x) => overlaps(p.source.start, p.source.end, x.src)),
    );
    if (hit) rec[g.kind][0]++;
  }
  return `verbatim ${pct(rec.verbatim)}  close ${pct(rec.close)}  paraphrase ${pct(rec.paraphrase)}`;
}

interface Score {
  recall: Record<PassageKind, [number, number]>;
  right: number;
  reported: number;
  /** Right / reported per reported kind. */
  byKind: Record<PassageKind, [number, number]>;
  /** Every reported passage, with its page and whether it overlaps a gold pair (for the curve). */
  all: Array<{ page: string; p: Passage; ok: boolean }>;
  ms: number[];
  falsePositives: Array<{ page: string; p: Passage }>;
  missed: GoldPair[];
}

function score(docs: CorpusDoc[], gold: GoldPair[], run: (page: CorpusDoc, others: CorpusDoc[]) => Passage[]): Score {
  const sc: Score = {
    recall: { verbatim: [0, 0], close: [0, 0], paraphrase: [0, 0] },
    right: 0,
    reported: 0,
    byKind: { verbatim: [0, 0], close: [0, 0], paraphrase: [0, 0] },
    all: [],
    ms: [],
    falsePositives: [],
    missed: [],
  };
  for (const page of docs) {
    const others = docs.filter((d) => d !== page);
    const t0 = performance.now();
    const found = run(page, others);
    sc.ms.push(performance.now() - t0);
    for (const p of found) {
      if (page.text.slice(p.page.start, p.page.end) !== p.page.text) throw new Error('page offsets do not slice back');
      const src = docs.find((d) => d.id === p.source.id)!;
      if (src.text.slice(p.source.start, p.source.end) !== p.source.text) throw new Error('source offsets do not slice back');
    }
    for (const g of gold.filter((g) => g.page.doc === page.id)) {
      sc.recall[g.kind][1]++;
      const hit = found.some(
        (p) => p.source.id === g.src.doc && overlaps(p.page.start, p.page.end, g.page) && overlaps(p.source.start, p.source.end, g.src),
      );
      if (hit) sc.recall[g.kind][0]++;
      else sc.missed.push(g);
    }
    for (const p of found) {
      sc.reported++;
      const ok = gold.some(
        (g) =>
          g.page.doc === page.id &&
          g.src.doc === p.source.id &&
          overlaps(p.page.start, p.page.end, g.page) &&
          overlaps(p.source.start, p.source.end, g.src),
      );
      sc.byKind[p.kind][1]++;
      sc.all.push({ page: page.id, p, ok });
      if (ok) {
        sc.right++;
        sc.byKind[p.kind][0]++;
      } else sc.falsePositives.push({ page: page.id, p });
    }
  }
  return sc;
}

const pct = ([a, b]: [number, number]) => (b ? `${((100 * a) / b).toFixed(0)}% (${a}/${b})` : 'n/a');
const cut = (s: string, n = 110) => (s.length > n ? s.slice(0, n) + '…' : s).replace(/\n/g, ' ');

function print(name: string, sc: Score, verbose: boolean): void {
  const mean = sc.ms.reduce((a, b) => a + b, 0) / sc.ms.length;
  console.log(
    `${name.padEnd(10)} recall verbatim ${pct(sc.recall.verbatim)}  close ${pct(sc.recall.close)}  paraphrase ${pct(sc.recall.paraphrase)}` +
      `  | precision ${pct([sc.right, sc.reported])}  | ${mean.toFixed(1)} ms/article (max ${Math.max(...sc.ms).toFixed(1)})`,
  );
  console.log(
    `${''.padEnd(10)} precision by reported kind: verbatim ${pct(sc.byKind.verbatim)}  close ${pct(sc.byKind.close)}  paraphrase ${pct(sc.byKind.paraphrase)}`,
  );
  if (!verbose) return;
  console.log(`  false positives (${sc.falsePositives.length}):`);
  for (const { page, p } of sc.falsePositives) {
    console.log(`    [${p.kind} ${p.score}] ${page.slice(0, 3)}:${p.page.start} "${cut(p.page.text)}"\n` +
      `        <- ${p.source.id.slice(0, 3)}:${p.source.start} "${cut(p.source.text)}"`);
  }
  console.log(`  missed gold pairs (${sc.missed.length}):`);
  for (const g of sc.missed) console.log(`    [${g.kind}] ${g.group}: ${g.page.doc.slice(0, 3)} -> ${g.src.doc.slice(0, 3)} "${cut(g.page.quote, 70)}"`);
}

/**
 * Precision/recall if paraphrase-kind passages scoring under a threshold were dropped (verbatim and
 * close passages are kept): the trade-off a score cut-off would buy, from one run.
 */
function curve(sc: Score, gold: GoldPair[]): void {
  console.log('  paraphrase score cut-off -> recall verbatim/close/paraphrase, precision (all kinds):');
  for (const t of [0, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5]) {
    const kept = sc.all.filter(({ p }) => p.kind !== 'paraphrase' || p.score >= t);
    const rec: Record<PassageKind, [number, number]> = { verbatim: [0, 0], close: [0, 0], paraphrase: [0, 0] };
    for (const g of gold) {
      rec[g.kind][1]++;
      const hit = kept.some(
        ({ page, p }) =>
          page === g.page.doc &&
          p.source.id === g.src.doc &&
          overlaps(p.page.start, p.page.end, g.page) &&
          overlaps(p.source.start, p.source.end, g.src),
      );
      if (hit) rec[g.kind][0]++;
    }
    const right = kept.filter((k) => k.ok).length;
    console.log(
      `    >= ${t.toFixed(2)}: ${pct(rec.verbatim).split(' ')[0]} / ${pct(rec.close).split(' ')[0]} / ${pct(rec.paraphrase)}  precision ${pct([right, kept.length])}`,
    );
  }
}

export function evaluate(config?: Partial<IndexConfig>) {
  const docs = loadCorpus();
  const gold = goldPairs(JSON.parse(readFileSync(join(SHARED, 'gold', 'seed-passages.json'), 'utf8')));
  return score(docs, gold, (page, others) => {
    const index = createPassageIndex(config);
    for (const d of others) addDocument(index, d);
    return findPassages(index, { title: page.title, lang: page.lang, text: page.text });
  });
}

export default async function main(): Promise<void> {
  console.log('== passages (leave-one-out over the bundled corpus, gold: shared/gold/seed-passages.json)');
  if (!existsSync(join(SHARED, 'gold', 'seed-passages.json')) || !existsSync(join(SHARED, 'corpus'))) {
    console.log('SKIPPED: ../shared (corpus and gold) is absent; nothing to score.');
    return;
  }
  const docs = loadCorpus();
  const gold = goldPairs(JSON.parse(readFileSync(join(SHARED, 'gold', 'seed-passages.json'), 'utf8')));
  // Warm-up (JIT, Intl data) so that the first article's time is not the loader's.
  evaluate();
  const mine = evaluate();
  const naive = score(docs, gold, (page, others) => naivePassages(others, { title: page.title, lang: page.lang, text: page.text }));
  console.log(`gold: ${gold.length} directed pairs; targets: verbatim 100%, close >= 95%, paraphrase >= 70%, precision >= 90%`);
  print('engine', mine, true);
  console.log(`  one counterpart per page member and source (${expectedCounterparts(gold).length} expected): recall ${counterpartRecall(mine, gold)}`);
  curve(mine, gold);
  print('naive', naive, false);
  // The index design, measured (core/passages/README.md): shingle length k and winnowing window.
  for (const config of [{ k: 3, winnow: 1 }, { k: 2, winnow: 3 }, { k: 2, winnow: 4 }]) {
    print(`k=${config.k} w=${config.winnow}`, evaluate(config), false);
  }
  const r = (k: PassageKind) => pct(mine.recall[k]).split(' ')[0];
  const mean = mine.ms.reduce((a, b) => a + b, 0) / mine.ms.length;
  console.log(
    `passages: verbatim ${r('verbatim')} close ${r('close')} paraphrase ${r('paraphrase')} ` +
      `precision ${pct([mine.right, mine.reported]).split(' ')[0]} | ${mean.toFixed(1)} ms/article`,
  );
}
