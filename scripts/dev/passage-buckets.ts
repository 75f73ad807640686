/**
 * Throwaway probe: every passage the engine reports on the devset (pages against their whole corpus,
 * "given the story"), one JSON line each, with whether the gold pairs it and, when not, a bucket:
 * - `wrong-counterpart`: the page span is a gold member whose group has a member in this source, but
 *   the source span is another text of that source;
 * - `page-gold-elsewhere`: the page span is a gold member, the source has no member of its group
 *   (a gold gap or a same-topic sentence);
 * - `unpaired`: the page span is in no gold group (boilerplate, generic sentence or gold gap).
 * Each false one also gets a `cause`, the first that applies (core/passages/README.md, "What the
 * false positives are"):
 * - `same-figure`: both spans give one value of 3+ digits or with decimals (a year is not one);
 * - `title`: the page or source span starts in its text's first line;
 * - `wrong-counterpart`: the bucket above;
 * - `stock-phrase`: within a language, a page span of 10 words or fewer, not a paraphrase;
 * - `restated`: within a language, the rest (a circumstance or the story's fact said again);
 * - `cross-weak`: across languages, scoring under 0.2 (names and one or two concepts);
 * - `cross-other`: across languages, the rest.
 * Usage: npx tsx scripts/dev/passage-buckets.ts > out.jsonl
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadTxtCorpus, REPO_ROOT } from '../../core/corpus/node';
import { addDocument, createPassageIndex, findPassages } from '../../core/passages/index';

const DEVSET = join(REPO_ROOT, 'test', 'fixtures', 'devset');
interface M { doc: string; start: number; end: number; quote: string }
interface G { id: string; kind: string; members: M[] }
const ov = (m: { start: number; end: number }, s: number, e: number): boolean => m.start < e && s < m.end;
/** Values of 3+ digits or with decimals ("2,8 millions" -> 2.8, "500 000" -> 500000), years left out. */
function figures(t: string): Set<string> {
  const out = new Set<string>();
  for (const m of t.matchAll(/\d+(?:[ .,\u202f\u00a0]\d{3})*(?:[.,]\d+)?/g)) {
    const v = m[0].replace(/[ \u202f\u00a0]/g, '').replace(/[.,](?=\d{3}\b)/g, '').replace(',', '.');
    if ((v.split('.')[0].length >= 3 || v.includes('.')) && !/^(19|20)\d\d$/.test(v)) out.add(v);
  }
  return out;
}
function cause(bucket: string, pt: string, st: string, titled: boolean, cross: boolean, kind: string, score: number): string {
  const a = figures(pt);
  if ([...figures(st)].some((v) => a.has(v))) return 'same-figure';
  if (titled) return 'title';
  if (bucket === 'wrong-counterpart') return bucket;
  if (!cross) return pt.split(/\s+/).length <= 10 && kind !== 'paraphrase' ? 'stock-phrase' : 'restated';
  return score < 0.2 ? 'cross-weak' : 'cross-other';
}
for (const story of readdirSync(DEVSET).sort()) {
  if (!existsSync(join(DEVSET, story, 'corpus'))) continue;
  const corpus = loadTxtCorpus(join(DEVSET, story, 'corpus'));
  const raw = JSON.parse(readFileSync(join(DEVSET, story, 'gold-passages.json'), 'utf8'));
  const gold: G[] = Array.isArray(raw) ? raw : raw.groups;
  const pages = JSON.parse(readFileSync(join(DEVSET, story, 'pages', 'manifest.json'), 'utf8')).articles as Array<{ id: string; lang?: 'fr' | 'en'; sameStory: boolean; published?: string }>;
  const index = createPassageIndex();
  for (const d of corpus) addDocument(index, d);
  for (const pg of pages) {
    if (!pg.sameStory) continue;
    const text = readFileSync(join(DEVSET, story, 'pages', pg.id), 'utf8');
    const lang = pg.lang ?? 'fr';
    const ps = findPassages(index, { title: text.split('\n', 1)[0], lang, text, published: pg.published }, { sourceIds: corpus.map((d) => d.id) });
    const doc = `pages/${pg.id}`;
    for (const x of ps) {
      const src = `corpus/${x.source.id}`;
      const pageGroups = gold.filter((g) => g.members.some((m) => m.doc === doc && ov(m, x.page.start, x.page.end)));
      const ok = pageGroups.some((g) => g.members.some((m) => m.doc === src && ov(m, x.source.start, x.source.end)));
      let bucket = 'right';
      if (!ok) {
        if (pageGroups.length === 0) bucket = 'unpaired';
        else if (pageGroups.some((g) => g.members.some((m) => m.doc === src))) bucket = 'wrong-counterpart';
        else bucket = 'page-gold-elsewhere';
      }
      const srcGroups = gold.filter((g) => g.members.some((m) => m.doc === src && ov(m, x.source.start, x.source.end))).map((g) => g.id);
      const d = corpus.find((c) => c.id === x.source.id)!;
      const pTitle = x.page.start < text.indexOf('\n');
      const sTitle = x.source.start < d.text.indexOf('\n');
      const why = ok ? null : cause(bucket, x.page.text, x.source.text, pTitle || sTitle, !!x.translated, x.kind, x.score);
      console.log(JSON.stringify({ story, page: pg.id, lang, src: x.source.id, kind: x.kind, score: x.score, x: !!x.translated, ok, bucket, cause: why, pTitle, sTitle, pageGroups: pageGroups.map((g) => g.id), srcGroups, ps: x.page.start, pe: x.page.end, ss: x.source.start, se: x.source.end, pt: x.page.text.slice(0, 140), st: x.source.text.slice(0, 140) }));
    }
  }
}
