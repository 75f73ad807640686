/**
 * Dev probe (session 48, story48): does any evidence the story score does not read tell a page on the same actors at
 * another moment (an earlier election, the rival drug's approval, last year's report) from a same-story page? For
 * every devset page (dated reading, as story-quick's dated column and the eval's story section), against its best
 * corpus article: the overlap's mass by feature class, shared / page only / article only (shares of each side's core
 * as story-probe reads them); how many of the article's five strongest features the page gives (topD) and of the
 * page's five the article gives (topP); the years the page names (its lead's and all) against the years the corpus
 * names or is published in; and, for pages scoring BAND_LOW or more, what the figure engine says of the page's
 * salient figures against that article (how many agree or overlap with one of its figures: agr; how many are compared
 * at all: cmp). Then, over the pages scoring BAND_LOW or more: each evidence's AUC (how often a negative shows more of
 * it than a same-story page), and a penalty `score - w * evidence` fitted by leave-one-story-out (for each story, the
 * w of WEIGHTS with the fewest misses plus FALSE_COST times the false matches over the other stories, then that
 * story scored with it), per language, against the unpenalised score. The scores are StoryIndex.match's best (rounded
 * to 3 decimals), the threshold SAME_STORY_THRESHOLD: recall read from these differs by a page or two from the eval's.
 *
 * `npx tsx scripts/dev/story-evidence.ts > /tmp/evidence.txt` (3 to 4 minutes on a quiet machine, 10 under load: the figure engine runs on ~1,450 pages);
 * `STORY_EVIDENCE_ONLY=donanemab,warhol` limits it to some stories (the summary is then of those only).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadTxtCorpus, REPO_ROOT } from '../../core/corpus/node';
import { extractFeatures } from '../../core/story/features';
import { storyCore, storyDoc, StoryIndex, SAME_STORY_THRESHOLD } from '../../core/story/index';
import { extractFigures } from '../../core/figures/extract';
import { compareFigures } from '../../core/figures/compare';
import type { Lang } from '../../core/types';
import { bestPart, crosses, shares } from './_story-shares';

/** Pages under this score are left out of the figure reading and the summary: no penalty can lift them. */
const BAND_LOW = 0.3;
/** The penalty weights tried per evidence (each evidence is scaled to 0..1 or is a class's mass share). */
const WEIGHTS = [0, 0.005, 0.01, 0.02, 0.03, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.5];
/** A false match costs as much as this many missed pages (session 46's fit). */
const FALSE_COST = 4;
/** A core's five strongest features: what it is about (index.ts's EVENT_RANK). */
const TOP = 5;
/** Features listed each way (shared, page only, article only) on a page's line. */
const STRONGEST = 4;
const CLASSES = ['name', 'num', 'date', 'conc', 'term'] as const;
type Cls = (typeof CLASSES)[number];
const clsOf = (k: string): Cls => (k.startsWith('p:') ? 'name' : k.startsWith('n:') || k.startsWith('k:') ? 'num' : k.startsWith('d:') || k.startsWith('w:') ? 'date' : k.startsWith('c:') ? 'conc' : 'term');
const YEAR = /\b(19[5-9]\d|20[0-4]\d)\b/g;
const yearsIn = (s: string): number[] => [...s.matchAll(YEAR)].map((m) => Number(m[1]));

interface Row {
  story: string;
  lang: Lang;
  same: boolean;
  score: number;
  undated: boolean;
  ev: Record<string, number>;
}

const only = (process.env.STORY_EVIDENCE_ONLY ?? '').split(',').filter(Boolean);
const root = join(REPO_ROOT, 'test', 'fixtures', 'devset');
const rows: Row[] = [];
for (const story of readdirSync(root).sort()) {
  if (!existsSync(join(root, story, 'pages', 'manifest.json'))) continue;
  if (only.length && !only.includes(story)) continue;
  const corpus = loadTxtCorpus(join(root, story, 'corpus'));
  const idx = StoryIndex.of(corpus);
  const corpusYears = new Set(corpus.flatMap((d) => [...yearsIn(d.title + '\n' + d.text), ...(d.published ? [Number(d.published.slice(0, 4))] : [])]));
  const docFeatures = new Map<string, Set<string>>();
  const docFigures = new Map<string, ReturnType<typeof extractFigures>>();
  const pages = JSON.parse(readFileSync(join(root, story, 'pages', 'manifest.json'), 'utf8')).articles as Array<{ id: string; lang?: Lang; sameStory: boolean; published?: string }>;
  for (const p of pages) {
    const text = readFileSync(join(root, story, 'pages', p.id), 'utf8');
    const lang = p.lang ?? 'fr';
    const page = { title: text.split('\n', 1)[0].trim(), text, lang, published: p.published };
    const [b] = idx.match(page, { threshold: -Infinity });
    if (!b) continue;
    const doc = corpus.find((d) => d.id === b.id)!;
    const sd = storyDoc(doc);
    const feats = extractFeatures(page);
    const cross = doc.lang !== lang;
    const ps = shares(cross ? storyCore(feats.filter((f) => crosses(f.key))) : storyCore(feats), cross);
    // The article's best part, as story-probe reads it.
    const { index: best } = bestPart(sd.parts, ps, cross);
    const ds = shares(sd.parts[best], cross);
    if (!docFeatures.has(doc.id)) docFeatures.set(doc.id, new Set(extractFeatures(doc).map((f) => f.key)));
    const ev: Record<string, number> = {};
    for (const c of CLASSES) ev[`sh_${c}`] = ev[`po_${c}`] = ev[`do_${c}`] = 0;
    for (const [k, v] of ps) ev[ds.has(k) ? `sh_${clsOf(k)}` : `po_${clsOf(k)}`] += ds.has(k) ? Math.min(v, ds.get(k)!) : v;
    for (const [k, v] of ds) if (!ps.has(k)) ev[`do_${clsOf(k)}`] += v;
    const top = (m: Map<string, number>) => [...m].sort((a, c) => c[1] - a[1]).slice(0, TOP).map((e) => e[0]);
    ev.topD = top(ds).filter((k) => ps.has(k)).length / TOP;
    ev.topP = top(ps).filter((k) => ds.has(k)).length / TOP;
    const leadYears = yearsIn(page.title + '\n' + text.slice(0, 400));
    ev.leadYearUnknown = leadYears.some((y) => !corpusYears.has(y)) ? 1 : 0;
    ev.yearUnknown = yearsIn(text).some((y) => !corpusYears.has(y)) ? 1 : 0;
    let figures = '';
    if (b.score >= BAND_LOW) {
      if (!docFigures.has(doc.id)) docFigures.set(doc.id, extractFigures(doc.text, doc.lang, { ignore: doc.ignore, published: doc.published }));
      const reports = compareFigures({ text, lang, figures: extractFigures(text, lang, { published: p.published }), published: p.published }, [{ id: doc.id, text: doc.text, lang: doc.lang, figures: docFigures.get(doc.id)!, published: doc.published }]);
      const salient = reports.filter((r) => r.salient !== false);
      const agr = salient.filter((r) => r.comparisons.some((c) => c.verdict === 'agrees' || c.verdict === 'overlaps')).length;
      const cmp = salient.filter((r) => r.comparisons.length > 0).length;
      // Evidence against: none of the page's salient figures agrees with the article's (scaled 0/1).
      ev.noFigureAgrees = salient.length > 0 && agr === 0 ? 1 : 0;
      ev.figuresUnagreed = salient.length ? 1 - agr / salient.length : 0;
      figures = ` figures salient ${salient.length} compared ${cmp} agree ${agr}`;
    }
    ev.topDmissing = 1 - ev.topD;
    ev.numbersUnshared = Math.max(0, ev.po_num - ev.sh_num);
    const undated = !p.published;
    rows.push({ story, lang, same: p.sameStory, score: b.score, undated, ev });
    // The strongest features each way, for reading a line without story-probe.
    const strongest = (m: Map<string, number>, keep: (k: string) => boolean, n: number) => [...m].filter(([k]) => keep(k)).sort((a, c) => c[1] - a[1]).slice(0, n).map(([k, v]) => `${k}:${v.toFixed(3)}`).join(' ') || '-';
    const sharedTop = strongest(new Map([...ps].filter(([k]) => ds.has(k)).map(([k, v]) => [k, Math.min(v, ds.get(k)!)])), () => true, STRONGEST);
    const pageTop = strongest(ps, (k) => !ds.has(k), STRONGEST);
    const docTop = strongest(ds, (k) => !ps.has(k), STRONGEST);
    const fmt = (pre: string) => CLASSES.map((c) => ev[`${pre}_${c}`].toFixed(3)).join(',');
    console.log(`${story} ${lang} ${p.sameStory ? 'same' : 'diff'} ${b.score.toFixed(3)} ${b.score >= SAME_STORY_THRESHOLD ? 'in' : 'out'} ${undated ? 'undated' : p.published} ${p.id} best ${b.id} shared ${fmt('sh')} pageOnly ${fmt('po')} docOnly ${fmt('do')} (name,num,date,concept,term) topD ${ev.topD * TOP} topP ${ev.topP * TOP} leadYears ${leadYears.join(',') || '-'} leadYearUnknown ${ev.leadYearUnknown}${figures} | shared ${sharedTop} | page only ${pageTop} | article only ${docTop}`);
  }
}

// Summary over the pages a penalty could move.
const band = rows.filter((r) => r.score >= BAND_LOW);
const pos = band.filter((r) => r.same);
const neg = band.filter((r) => !r.same);
console.log(`\n== summary: ${pos.length} same-story pages and ${neg.length} negatives at ${BAND_LOW} or more; threshold ${SAME_STORY_THRESHOLD}`);
const count = (rs: Row[], pen: (r: Row) => number, w: number) => {
  const out = { fr: [0, 0], en: [0, 0] } as Record<Lang, [number, number]>;
  for (const r of rs) {
    const s = r.score - w * pen(r);
    if (r.same && s < SAME_STORY_THRESHOLD) out[r.lang][0]++;
    if (!r.same && s >= SAME_STORY_THRESHOLD) out[r.lang][1]++;
  }
  return out;
};
const cost = (c: Record<Lang, [number, number]>) => c.fr[0] + c.en[0] + FALSE_COST * (c.fr[1] + c.en[1]);
const show = (c: Record<Lang, [number, number]>) => `fr missed ${c.fr[0]} false ${c.fr[1]}, en missed ${c.en[0]} false ${c.en[1]}`;
console.log(`unpenalised: ${show(count(rows, () => 0, 0))}`);
// Evidence against the story only: shared mass and topD / topP speak for it (printed per page above, not penalised).
const evidences: Array<[string, (r: Row) => number]> = Object.keys(rows[0]?.ev ?? {}).filter((k) => !k.startsWith('sh_') && k !== 'topD' && k !== 'topP').map((k) => [k, (r: Row) => r.ev[k] ?? 0]);
for (const [k] of [...evidences]) evidences.push([`${k} (undated pages only)`, (r: Row) => (r.undated ? r.ev[k] ?? 0 : 0)]);
const stories = [...new Set(rows.map((r) => r.story))];
for (const [name, pen] of evidences) {
  let wins = 0;
  for (const a of pos) for (const b of neg) wins += pen(b) > pen(a) ? 1 : pen(b) === pen(a) ? 0.5 : 0;
  const auc = wins / (pos.length * neg.length || 1);
  const loso = { fr: [0, 0], en: [0, 0] } as Record<Lang, [number, number]>;
  const chosen = new Map<number, number>();
  for (const s of stories) {
    const others = rows.filter((r) => r.story !== s);
    let bw = 0;
    let bc = Infinity;
    for (const w of WEIGHTS) {
      const c = cost(count(others, pen, w));
      if (c < bc) [bc, bw] = [c, w];
    }
    chosen.set(bw, (chosen.get(bw) ?? 0) + 1);
    const c = count(rows.filter((r) => r.story === s), pen, bw);
    for (const l of ['fr', 'en'] as Lang[]) for (const i of [0, 1]) loso[l][i] += c[l][i];
  }
  const all = WEIGHTS.slice(1).map((w) => { const c = count(rows, pen, w); return `${w}: ${c.fr[0] + c.en[0]}/${c.fr[1] + c.en[1]}`; }).join(', ');
  console.log(`${name}: AUC ${auc.toFixed(3)}; leave-one-story-out: ${show(loso)} (weights chosen ${[...chosen].map(([w, n]) => `${w} x${n}`).join(', ')}); on all stories, missed/false by weight ${all}`);
}
