/**
 * How figures move, on the development set's stories whose counts rise (a death toll day after day):
 * - `differs` between values the gold dates to different moments (target 0: a later count is an update);
 * - gold pairs of one count at two moments with different values: share compared as `updated` with
 *   the right `newer`, and what the others got;
 * - timelines built: how many, points in date order, any timeline whose points carry two gold keys
 *   (dead and injured mixed: an error), and the gold counts given at two dates that got a timeline.
 * Figures are scored given the story (every corpus article a source), as devset.ts does. Each article
 * has the day its manifest gives (what its metadata says, as the extension reads it); corpus articles
 * without one get none (their address and text give none either: the extension would have none).
 * A second line scores the same with each page dated from its text alone (its address, then a
 * dateline), as for a page without metadata.
 * Also, on every story: the moments the engine gives the gold figures (counts, not dates) against
 * the gold's `moment` (else the article's day): right, wrong, none; a figure for a year of its own
 * (`year`: a target, "by 2029") is read by that year. Two more lines give the same moments with the articles
 * the manifest leaves undated dated from their text (address, then dateline), as the extension and the CLI date
 * a page or a .txt file without metadata, and with every article dated from its text alone (a reader's files).
 * The truth stays the gold's `moment`, else the day the manifest gives the article, in all three lines: a gold count
 * with neither has no true day and is not scored in any of them (counted apart: "no true day").
 * The held-out stories (test/fixtures/holdout) are printed after, each with the same lines, with their
 * own totals and moments line: never added to the development set's.
 * Printed, never asserted.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadTxtCorpus } from '../../core/corpus/node';
import { compareFigures, extractFigures } from '../../core/figures/index';
import { buildTimeline, withMoments, type DatedText } from '../../core/figures/timeline';
import type { Lang } from '../../core/types';
import { datelineDay, storyDay } from '../../core/dates/dateline';
import { urlDay } from '../../core/dates/url';
import { DEVSET, HOLDOUT, HOLDOUT_HIDDEN, goldVerdict, isGoldFigure, sameMoment, type GoldFigure, type GoldFigures, type PageEntry } from './devset';

/** The stories whose counts move over the days their articles cover: a disaster's toll, a raid's casualties. */
export const RISING_STORIES = ['disaster', 'conflict', 'floods', 'wildfire', 'aircrash', 'epidemic', 'kashmir', 'blackout', 'quake', 'canada', 'shipwreck', 'kumbh', 'magdeburg', 'bridge', 'pelicot', 'funicular', 'psgfinal', 'heatwave', 'hostages', 'hkfire', 'aude', 'adamuz', 'jobsreport', 'cransmontana', 'polvote', 'melissa', 'texasfloods', 'boeingstrike', 'pnglandslide', 'fedcut', 'afghanquake', 'nepalprotests', 'crowdstrike', 'mpox', 'thaicambodia', 'jejuair', 'hajj', 'kenyaprotests', 'yagi', 'solingen', 'helene', 'bdquota', 'iranwar', 'neworleans', 'boris', 'bosnia', 'marburg', 'milton', 'venezuela', 'uselection', 'noto', 'algeria', 'hualien', 'southport', 'mexico', 'senegal', 'hushmoney', 'uaefloods', 'doorplug', 'crocus', 'portstrike', 'caledonie', 'syria', 'beryl', 'srilanka', 'pagers', 'riogrande', 'argentina', 'karabakh', 'turkeyvote', 'nahel', 'maui', 'odisha', 'kakhovka', 'turkeyquake', 'derna', 'lampedusa', 'chilefires'];


type Corpus = ReturnType<typeof loadTxtCorpus>;
/** A story's corpus articles with their figures, as the timeline reads them. */
export function datedSources(corpus: Corpus): Array<DatedText & { lang: Lang }> {
  return corpus.map((d) => ({ id: d.id, text: d.text, lang: d.lang, published: d.published, figures: extractFigures(d.text, d.lang, { ignore: d.ignore, published: d.published }) }));
}
/** A rising story as the timeline probes read it: its corpus dated as sources, its gold, its same-story pages with their texts. */
export function risingStory(name: string, root = DEVSET) {
  const dir = join(root, name);
  const corpus = loadTxtCorpus(join(dir, 'corpus'));
  const gold = JSON.parse(readFileSync(join(dir, 'gold-figures.json'), 'utf8')) as GoldFigures;
  const pages = (JSON.parse(readFileSync(join(dir, 'pages', 'manifest.json'), 'utf8')) as { articles: PageEntry[] }).articles
    .filter((p) => p.sameStory)
    .map((p) => ({ ...p, text: readFileSync(join(dir, 'pages', p.id), 'utf8'), lang: (p.lang ?? 'fr') as Lang }));
  return { corpus, gold, pages, sources: datedSources(corpus) };
}
/** One page against those sources: its comparisons with their moments, and the timelines drawn from them. */
export function pageTimelines(text: string, lang: Lang, published: string | undefined, sources: Array<DatedText & { lang: Lang }>) {
  const page: DatedText & { lang: Lang } = { id: 'page', text, lang, published, figures: extractFigures(text, lang, { published }) };
  const reports = withMoments(compareFigures(page, sources), page, sources);
  return { reports, timelines: buildTimeline(page, reports, sources) };
}
const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(0)}% (${n}/${d})` : 'n/a');

type Gold = GoldFigure & { when?: string };
interface Tally { [k: string]: number }
const add = (t: Tally, k: string, n = 1): void => { t[k] = (t[k] ?? 0) + n; };

/** How a page is dated: by its manifest (its metadata, read by hand), or from its text alone. */
type PageDating = 'manifest' | 'text';
/**
 * A same-story page from its text: its address, its dateline, then, as the engine dates a page still undated, the
 * day its lead names near its sources' days (storyDay; the story given, every corpus article a source, as here).
 */
const textDay = (url: string | undefined, text: string, lang: Lang | undefined, sourceDays: Array<string | undefined>): string | undefined =>
  urlDay(url) ?? datelineDay(text, lang) ?? storyDay(text, sourceDays) ?? undefined;
const pageDay = (p: PageEntry & { url?: string }, text: string, how: PageDating, sourceDays: Array<string | undefined>): string | undefined =>
  how === 'manifest' ? p.published : textDay(p.url, text, p.lang, sourceDays);

function evalStory(name: string, totals: Tally, how: PageDating = 'manifest', quiet = false, root = DEVSET): void {
  const dir = join(root, name);
  const corpus = loadTxtCorpus(join(dir, 'corpus'));
  const pages = (JSON.parse(readFileSync(join(dir, 'pages', 'manifest.json'), 'utf8')) as { articles: Array<PageEntry & { url?: string }> }).articles
    .filter((p) => p.sameStory)
    .map((p) => ({ ...p, day: pageDay(p, readFileSync(join(dir, 'pages', p.id), 'utf8'), how, corpus.map((d) => d.published)) }));
  const gold = existsSync(join(dir, 'gold-figures.json')) ? (JSON.parse(readFileSync(join(dir, 'gold-figures.json'), 'utf8')) as GoldFigures) : { figures: [] };
  const publishedOf = new Map<string, string | undefined>();
  for (const d of corpus) publishedOf.set(`corpus/${d.id}`, d.published);
  for (const p of pages) publishedOf.set(`pages/${p.id}`, p.published);
  const figs: Gold[] = gold.figures.map((f) => ({ ...f, when: f.moment ?? publishedOf.get(f.doc) }));
  // Keys the gold relates (one count read hours apart, a part and its whole): a timeline joining only such keys may be
  // one count's readings filed apart, so the mixing it shows is counted apart from the mixing of unrelated counts.
  const relatedKeys = new Set((gold.related_keys ?? []).flatMap(([x, y]) => [`${x}|${y}`, `${y}|${x}`]));
  const sources = datedSources(corpus);
  const t: Tally = {};
  const notes: string[] = [];
  for (const p of pages) {
    const text = readFileSync(join(dir, 'pages', p.id), 'utf8');
    const lang: Lang = p.lang ?? 'fr';
    // The engine sees the page's day as dated (`day`); the gold's days stay the manifest's.
    const { reports, timelines } = pageTimelines(text, lang, p.day, sources);
    const doc = `pages/${p.id}`;
    const goldOf = (source: string, span: { start: number; end: number }): Gold | undefined =>
      figs.find((g) => g.doc === (source === 'page' ? doc : `corpus/${source}`) && isGoldFigure(span, g));

    // differs between two moments.
    for (const f of reports) {
      const pg = goldOf('page', f.page);
      for (const c of f.comparisons) {
        if (c.verdict !== 'differs') continue;
        const sg = goldOf(c.source.id, c.source);
        if (pg && sg && pg.key === sg.key && pg.when && sg.when && !sameMoment(pg.when, sg.when)) {
          add(t, 'differsAcrossMoments');
          notes.push(`differs across moments ${p.id} "${f.page.text}" (gold ${pg.when}, engine ${f.moment ?? '-'}) vs ${c.source.id} "${c.source.text}" (gold ${sg.when}, engine ${c.moment ?? '-'}) [${pg.key}]`);
        }
      }
    }
    // Gold updates.
    for (const pg of figs.filter((g) => g.doc === doc)) {
      const f = reports.find((x) => isGoldFigure(x.page, pg));
      for (const sg of figs.filter((g) => g.doc.startsWith('corpus/') && g.key === pg.key && goldVerdict(pg, g) === 'updated')) {
        add(t, 'goldUpdates');
        const c = f?.comparisons.find((x) => `corpus/${x.source.id}` === sg.doc && isGoldFigure(x.source, sg));
        const newer = pg.when! > sg.when! ? 'page' : 'source';
        const got = !f ? 'not extracted' : !c ? 'not paired' : c.verdict !== 'updated' ? c.verdict : c.newer !== newer ? 'wrong newer' : 'right';
        add(t, `update:${got}`);
        // A side the engine could not date (its article has no known date): no update can be told.
        if (got !== 'right' && (!publishedOf.get(sg.doc) || !p.day)) add(t, 'updateUndated');
        // The source's moment is its figure's own, read from the source even when no comparison was made
        // ("not paired"): a missing comparison is not a missing moment.
        if (got !== 'right') {
          const sf = sources.find((d) => `corpus/${d.id}` === sg.doc)?.figures.find((x) => isGoldFigure(x, sg));
          notes.push(`update ${got} ${p.id} "${pg.quote}" (gold ${pg.when}, engine ${f?.moment ?? '-'}) vs ${sg.doc.slice(7)} "${sg.quote}" (gold ${sg.when}, engine ${c?.moment ?? sf?.moment ?? '-'}) [${pg.key}]`);
        }
      }
    }
    // Timelines.
    for (const tl of timelines) {
      add(t, 'timelines');
      add(t, 'points', tl.points.length);
      const moments = tl.points.map((x) => x.moment);
      if (moments.every((m, i) => i === 0 || moments[i - 1] <= m)) add(t, 'ordered');
      const golds = tl.points.map((x) => goldOf(x.source, x));
      add(t, 'pointsGold', golds.filter(Boolean).length);
      const keys = new Set(golds.filter((g): g is Gold => !!g).map((g) => g.key));
      if (keys.size > 1) {
        add(t, 'mixed');
        const ks = [...keys];
        if (ks.some((a, i) => ks.slice(i + 1).some((b) => !relatedKeys.has(`${a}|${b}`)))) add(t, 'mixedUnrelated');
        notes.push(`MIXED timeline ${p.id} "${tl.counts}": ${[...keys].join(', ')}`);
      }
      const whens = golds.map((g) => g?.when).filter((w): w is string => !!w);
      if (!whens.every((w, i) => i === 0 || whens[i - 1] <= w)) {
        add(t, 'goldDisorder');
        notes.push(`out of gold date order ${p.id} "${tl.counts}": ${tl.points.map((x, i) => `${x.text}@${x.moment}(gold ${golds[i]?.when ?? '-'})`).join(', ')}`);
      }
    }
    // Gold counts the page gives that page and corpus give at two or more moments.
    for (const key of new Set(figs.filter((g) => g.doc === doc).map((g) => g.key))) {
      const whens = new Set(figs.filter((g) => g.key === key && (g.doc === doc || g.doc.startsWith('corpus/')) && g.when).map((g) => g.when));
      if (whens.size < 2) continue;
      add(t, 'goldTimelines');
      const hit = timelines.some((tl) => {
        const ms = new Set(tl.points.filter((x) => goldOf(x.source, x)?.key === key).map((x) => x.moment));
        return ms.size >= 2;
      });
      if (hit) add(t, 'goldTimelinesFound');
      else notes.push(`no timeline for ${key} on ${p.id} (gold dates ${[...whens].sort().join(', ')})`);
    }
  }
  for (const [k, v] of Object.entries(t)) add(totals, k, v);
  if (quiet) return;
  const right = t['update:right'] ?? 0;
  console.log(`\n### ${name}: ${pages.length} same-story pages, corpus of ${corpus.length}`);
  console.log(`  differs between different moments: ${t.differsAcrossMoments ?? 0}`);
  console.log(`  gold updates: updated with the right newer ${pct(right, t.goldUpdates ?? 0)}; ${Object.entries(t).filter(([k]) => k.startsWith('update:') && k !== 'update:right').map(([k, v]) => `${k.slice(7)} ${v}`).join(', ') || 'no other outcome'}; of the misses, ${t.updateUndated ?? 0} have a side whose article is undated`);
  console.log(`  timelines: ${t.timelines ?? 0} (${t.points ?? 0} points, ${t.pointsGold ?? 0} on gold figures), in date order ${pct(t.ordered ?? 0, t.timelines ?? 0)}, mixing two gold keys ${t.mixed ?? 0} (unrelated ${t.mixedUnrelated ?? 0}), out of gold date order ${t.goldDisorder ?? 0}; gold counts at two dates with a timeline ${pct(t.goldTimelinesFound ?? 0, t.goldTimelines ?? 0)}`);
  const shown = process.env.DEVSET_VERBOSE ? notes : notes.filter((n) => n.startsWith('MIXED') || n.startsWith('differs')).concat(notes.filter((n) => n.startsWith('update')).slice(0, 6));
  for (const n of shown) console.log(`    ${n}`);
}

/**
 * How the articles are dated for the moments: by their manifest (their metadata, read by hand); by it, and
 * from their text (address, then dateline) when it gives none, as the extension and the CLI date a page or
 * a .txt file without metadata; or from their text alone, as a reader's own files are.
 */
type DocDating = 'manifest' | 'text when undated' | 'text alone';

/** The engine's moments of the gold figures that count something (not dates, times or years), on every story. */
function goldMoments(root = DEVSET, label = 'all stories', dating: DocDating = 'manifest'): void {
  const t: Tally = {};
  const wrong: string[] = [];
  // A corpus article from its address and dateline; a same-story page also from its lead near the corpus's days
  // (`sourceDays`), as the engine dates a page still undated once its story is known.
  const dayOf = (known: string | undefined, text: string, lang: Lang, url?: string, sourceDays?: Array<string | undefined>): string | undefined =>
    dating === 'manifest' || (dating === 'text when undated' && known) ? known : (urlDay(url) ?? datelineDay(text, lang) ?? (sourceDays ? storyDay(text, sourceDays) : null) ?? undefined);
  for (const name of readdirSync(root).sort()) {
    const dir = join(root, name);
    if (!existsSync(join(dir, 'gold-figures.json')) || !existsSync(join(dir, 'pages', 'manifest.json'))) continue;
    // `published` is the truth the gold's days default to; `day` the one the engine is given.
    const docs = new Map<string, { published?: string; day?: string; figures: ReturnType<typeof extractFigures> }>();
    const urls = new Map<string, string | undefined>();
    if (existsSync(join(dir, 'corpus', 'manifest.json'))) {
      for (const a of (JSON.parse(readFileSync(join(dir, 'corpus', 'manifest.json'), 'utf8')) as { articles: Array<{ id: string; url?: string }> }).articles) urls.set(a.id, a.url);
    }
    const corpusDocs = loadTxtCorpus(join(dir, 'corpus'));
    for (const d of corpusDocs) {
      const day = dayOf(d.published, d.text, d.lang, urls.get(d.id));
      docs.set(`corpus/${d.id}`, { published: d.published, day, figures: extractFigures(d.text, d.lang, { ignore: d.ignore, published: day }) });
    }
    for (const p of (JSON.parse(readFileSync(join(dir, 'pages', 'manifest.json'), 'utf8')) as { articles: Array<PageEntry & { url?: string }> }).articles) {
      const text = readFileSync(join(dir, 'pages', p.id), 'utf8');
      // The sources' days as the engine holds them in this line (from their text too, when the line dates them so).
      const day = dayOf(p.published, text, p.lang ?? 'fr', p.url, p.sameStory ? corpusDocs.map((d) => docs.get(`corpus/${d.id}`)?.day) : undefined);
      docs.set(`pages/${p.id}`, { published: p.published, day, figures: extractFigures(text, p.lang ?? 'fr', { published: day }) });
    }
    for (const g of (JSON.parse(readFileSync(join(dir, 'gold-figures.json'), 'utf8')) as GoldFigures).figures) {
      const d = docs.get(g.doc);
      const when = g.moment ?? d?.published;
      if (!d || ['date', 'time', 'year'].includes(g.unit)) continue;
      // Dating an article from its text gives the engine a day, not the truth one: without a moment or a manifest
      // day the count cannot be scored, in any line.
      if (!when) { add(t, 'no true day'); continue; }
      const f = d.figures.find((x) => isGoldFigure(x, g));
      // A figure for a year of its own (a target, "by 2029") has that year and no day.
      const m = f?.moment ?? f?.year;
      const k = !f ? 'not extracted' : !m ? (d.day ? 'none, article dated' : 'none, article undated') : m === when ? 'right' : 'wrong';
      add(t, `${name}:${k}`);
      add(t, k);
      if (k === 'wrong') wrong.push(`${g.doc.replace(/^.*\//, '')} "${g.quote}" gold ${when}, engine ${m}`);
    }
  }
  const stories = [...new Set(Object.keys(t).filter((k) => k.includes(':')).map((k) => k.split(':')[0]))];
  if (dating !== 'manifest') {
    console.log(`  moments of the gold counts (${label}), articles dated ${dating === 'text alone' ? 'from their text alone' : 'from their text when the manifest gives no day'} (address, then dateline): right ${t.right ?? 0}, wrong ${t.wrong ?? 0}, none with the article dated ${t['none, article dated'] ?? 0}, none with it undated ${t['none, article undated'] ?? 0}, not extracted ${t['not extracted'] ?? 0}, not scored for want of a true day ${t['no true day'] ?? 0}`);
    return;
  }
  console.log(`\n  moments of the gold counts (${label}): right ${t.right ?? 0}, wrong ${t.wrong ?? 0}, none with the article dated ${t['none, article dated'] ?? 0}, none with it undated ${t['none, article undated'] ?? 0}, not extracted ${t['not extracted'] ?? 0}, not scored for want of a true day ${t['no true day'] ?? 0}`);
  console.log(`    ${stories.map((s) => `${s} ${t[`${s}:right`] ?? 0} right / ${t[`${s}:wrong`] ?? 0} wrong`).join(', ')}`);
  if (process.env.DEVSET_VERBOSE) for (const w of wrong) console.log(`    wrong: ${w}`);
}

export default function run(): void {
  console.log('\n## Timelines and updates (development set, rising counts)');
  if (!existsSync(DEVSET)) { console.log('  no development set'); return; }
  const totals: Tally = {};
  for (const name of RISING_STORIES) if (existsSync(join(DEVSET, name, 'pages', 'manifest.json'))) evalStory(name, totals);
  const T = (k: string): number => totals[k] ?? 0;
  console.log(`\n  rising-count stories: differs between different moments ${T('differsAcrossMoments')}; gold updates right ${pct(T('update:right'), T('goldUpdates'))} (misses with an undated side ${T('updateUndated')}); timelines ${T('timelines')}, in date order ${pct(T('ordered'), T('timelines'))}, mixing two gold keys ${T('mixed')} (${T('mixedUnrelated')} of them keys the gold does not relate); gold counts at two dates with a timeline ${pct(T('goldTimelinesFound'), T('goldTimelines'))}`);
  const byText: Tally = {};
  for (const name of RISING_STORIES) if (existsSync(join(DEVSET, name, 'pages', 'manifest.json'))) evalStory(name, byText, 'text', true);
  const X = (k: string): number => byText[k] ?? 0;
  console.log(`  pages dated from their text alone (address, then dateline), corpus as above: differs between different moments ${X('differsAcrossMoments')}; gold updates right ${pct(X('update:right'), X('goldUpdates'))} (misses with an undated side ${X('updateUndated')}); timelines ${X('timelines')}, mixing two gold keys ${X('mixed')} (${X('mixedUnrelated')} unrelated); gold counts at two dates with a timeline ${pct(X('goldTimelinesFound'), X('goldTimelines'))}`);
  goldMoments();
  goldMoments(DEVSET, 'all stories', 'text when undated');
  goldMoments(DEVSET, 'all stories', 'text alone');

  // The held-out stories (test/fixtures/holdout), each apart and with their own totals: measured, never tuned on.
  console.log('\n## Timelines and updates (held-out set: measurement only, not in the totals above)');
  if (!existsSync(HOLDOUT)) { console.log('  no held-out set'); return; }
  if (HOLDOUT_HIDDEN) { console.log('  not measured: RECOUPE_EVAL_NO_HOLDOUT is set'); return; }
  const held: Tally = {};
  const heldStories = readdirSync(HOLDOUT).sort().filter((n) => existsSync(join(HOLDOUT, n, 'pages', 'manifest.json')) && existsSync(join(HOLDOUT, n, 'gold-figures.json')));
  for (const name of heldStories) evalStory(name, held, 'manifest', false, HOLDOUT);
  const H = (k: string): number => held[k] ?? 0;
  console.log(`\n  held-out stories: differs between different moments ${H('differsAcrossMoments')}; gold updates right ${pct(H('update:right'), H('goldUpdates'))} (misses with an undated side ${H('updateUndated')}); timelines ${H('timelines')}, in date order ${pct(H('ordered'), H('timelines'))}, mixing two gold keys ${H('mixed')} (${H('mixedUnrelated')} of them keys the gold does not relate); gold counts at two dates with a timeline ${pct(H('goldTimelinesFound'), H('goldTimelines'))}`);
  goldMoments(HOLDOUT, 'held-out stories');
}
