/**
 * The development set (test/fixtures/devset/<story>/, see its README): stories other than the bundled
 * one, each a reader's corpus plus same-story pages and hard negatives, with hand-written gold.
 * Per story and per page language it prints:
 * - same story: recall, precision, the lowest positive and highest negative score (the margin);
 * - figures: expected pairs (a page figure and a corpus figure with one gold key) compared at all and
 *   with the right verdict, false `differs`, comparisons across different gold keys that are not `related`;
 * - passages: gold page-corpus pairs found (all, cross-language), precision of what the engine reports;
 *   where the story has an independent adjudication of the engine's unpaired passages
 *   (<story>/passages-adjudicated.json, ../ADJUDICATION.md), a second precision that also counts the
 *   pairs adjudicated true as right (recall stays against the gold alone; the adjudication is never
 *   merged into the gold).
 * - speakers: gold figures with a `source` that the engine extracts, its `saidBy` naming the same speaker or not;
 * Gold verdicts follow from the gold intervals and moments (../shared/notes/FIGURES.md).
 * The held-out set (test/fixtures/holdout, see its README) is printed after it, story by story with the
 * same lines plus its dates, and with its own totals: never added to the development set's, so nobody
 * tunes on it by accident.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Engine } from '../../core/engine';
import { loadTxtCorpus, REPO_ROOT } from '../../core/corpus/node';
import { compareFigures, extractFigures } from '../../core/figures/index';
import { addDocument, createPassageIndex, findPassages } from '../../core/passages/index';
import { datelineDay } from '../../core/dates/dateline';
import { urlDay } from '../../core/dates/url';
import type { Bound, CompareResult, Lang, Verdict } from '../../core/types';

export const DEVSET = join(REPO_ROOT, 'test', 'fixtures', 'devset');
/** Stories held out from tuning: measured apart, never in the development set's totals. */
export const HOLDOUT = join(REPO_ROOT, 'test', 'fixtures', 'holdout');

export interface GoldFigure { doc: string; quote: string; start: number; end: number; key: string; low: Bound; high: Bound; qualifier: string; unit: string; source?: string; moment?: string }
export interface GoldFigures { figures: GoldFigure[]; related_keys?: Array<[string, string]> }
export interface GoldMember { doc: string; start: number; end: number; quote: string }
export interface GoldGroup { id: string; kind: string; members: GoldMember[]; pairs?: Array<[number, number]> }
/** One reported pair the gold does not have, judged by an independent adjudicator (ADJUDICATION.md). */
export interface AdjudicatedPair { page: string; pageQuote: string; pageStart: number; pageEnd: number; doc: string; docQuote: string; docStart: number; docEnd: number; verdict: boolean; kind?: string; reason: string }
export interface PageEntry { id: string; title?: string; lang?: Lang; published?: string; sameStory: boolean }

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/**
 * Whether an engine figure's span is gold figure `g`: it must overlap the gold quote up to its first digit, so that a
 * later number inside a longer gold span (the year of "3 000 postes en moins en 2026", the day of "1.39 pm on June
 * 12") is not taken for that figure and scored as a comparison between two counts. Up to, not at: a quote may
 * write its number in words before any digit ("plus d'un million de personnes ... ce jeudi 18 septembre").
 */
export function isGoldFigure(span: { start: number; end: number }, g: { start: number; end: number; quote: string }): boolean {
  const digit = g.quote.search(/\d/);
  return overlaps(span, digit < 0 ? g : { start: g.start, end: g.start + digit + 1 });
}

/**
 * The counterparts a gold group expects of page `doc`: one per page member and source (what the engine
 * is asked for), so a page member the gold pairs with several members of one source (the source
 * restates it) is one expected pair, found when any of `bs` is (6 of the 370 directed pairs collapse).
 */
export function expectedCounterparts(g: GoldGroup, doc: string): Array<{ a: GoldMember; bs: GoldMember[] }> {
  const pairs = g.pairs ?? g.members.flatMap((_, i) => g.members.map((__, j) => [i, j] as [number, number]).filter(([x, y]) => x < y));
  const expected = new Map<string, { a: GoldMember; bs: GoldMember[] }>();
  for (const [i, j] of pairs) {
    let a = g.members[i], b = g.members[j];
    if (b.doc === doc) [a, b] = [b, a];
    if (a.doc !== doc || !b.doc.startsWith('corpus/')) continue;
    const k = `${a.start}|${b.doc}`;
    const e = expected.get(k);
    if (e) e.bs.push(b);
    else expected.set(k, { a, bs: [b] });
  }
  return [...expected.values()];
}
const num = (x: Bound, open: number): number => (x === null ? open : typeof x === 'number' ? x : Date.parse(x.length === 7 ? `${x}-01` : x));
const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(0)}% (${n}/${d})` : 'n/a');

/** The gold verdict of two figures of one key. */
/** A cross-key comparison: two gold figures the gold puts on two keys compared with a verdict other than `related`
 *  (one definition for the eval's count and scripts/dev/cross-key.ts, which classes them by cause). */
export function isCrossKey(pageKey: string, sourceKey: string, verdict: Verdict): boolean {
  return pageKey !== sourceKey && verdict !== 'related';
}

/** ../shared/gold/README.md: month-level and day-level forms of the same date match ("2024-11" / "2024-11-05"). */
export const sameMoment = (x: string, y: string): boolean => x.startsWith(y) || y.startsWith(x);

export function goldVerdict(a: GoldFigure & { when?: string }, b: GoldFigure & { when?: string }): Verdict {
  const same = num(a.low, -Infinity) === num(b.low, -Infinity) && num(a.high, Infinity) === num(b.high, Infinity);
  if (a.when && b.when && !sameMoment(a.when, b.when)) return same ? 'agrees' : 'updated';
  if (same) return 'agrees';
  const disjoint = num(a.high, Infinity) < num(b.low, -Infinity) || num(b.high, Infinity) < num(a.low, -Infinity);
  // The gold writes "about 1,27 million" as one value; within 2% of the other it is the same value rounded (compare.ts).
  const rounded = (a.qualifier === 'about' || b.qualifier === 'about') && typeof a.low === 'number' && typeof b.low === 'number'
    && Math.abs(a.low - b.low) / Math.max(Math.abs(a.low), Math.abs(b.low), 1) <= 0.02;
  if (disjoint && !rounded) return 'differs';
  return 'overlaps';
}

/** Words that carry no identity in a speaker's name: articles, "of", possessive marks, and the honorifics a
 * second mention puts before a surname ("Ms Beccuau" is "Laure Beccuau"). */
const SPEAKER_FILLER = new Set(['le', 'la', 'les', 'l', 'un', 'une', 'des', 'de', 'du', 'd', 'the', 'a', 'an', 'of', 's', 'in', 'via',
  'mr', 'mrs', 'ms', 'miss', 'dr', 'm', 'mme', 'mlle', 'monsieur', 'madame']);
const speakerTokens = (x: string): string[] => x.split(/[^\p{L}\d]+/u).filter((w) => w && !SPEAKER_FILLER.has(w));
const folded = (x: string): string => x.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const speakerWords = (x: string): string[] => speakerTokens(folded(x).replace(/\([^)]*\)/g, ' '));
/** What a name's brackets hold: its short form ("the General Confederation of Labour (CGT)"). */
const bracketed = (x: string): string[][] => [...folded(x).matchAll(/\(([^)]*)\)/g)].map((m) => speakerTokens(m[1])).filter((w) => w.length);
/**
 * The engine's speaker names the gold's `source`: the words of one (articles and parentheses left out)
 * are all among the other's ("le ministère" / "ministère de l'Intérieur", "the Gaza health ministry" /
 * "Gaza's health ministry"). Lenient on purpose (a bare "ministry" for "the Interior Ministry" counts):
 * it measures who is named, not how fully.
 */
export function sameSpeaker(gold: string, engine: string): boolean {
  const e = speakerWords(engine);
  if (!e.length) return false;
  // The gold's name as written, or its short form in brackets ("CGT" for "the General Confederation of Labour (CGT)").
  return [speakerWords(gold), ...bracketed(gold)].some((g) => {
    if (!g.length) return false;
    const [short, long] = g.length <= e.length ? [g, e] : [e, g];
    return short.every((w) => long.includes(w));
  });
}

interface Tally { [k: string]: number }
const add = (t: Tally, k: string, n = 1): void => { t[k] = (t[k] ?? 0) + n; };

function evalStory(name: string, dir: string, totals: Tally): void {
  const corpus = loadTxtCorpus(join(dir, 'corpus'));
  const engine = new Engine(corpus);
  const pages = (JSON.parse(readFileSync(join(dir, 'pages', 'manifest.json'), 'utf8')) as { articles: PageEntry[] }).articles;
  const gold = existsSync(join(dir, 'gold-figures.json')) ? (JSON.parse(readFileSync(join(dir, 'gold-figures.json'), 'utf8')) as GoldFigures) : { figures: [] };
  const groups = existsSync(join(dir, 'gold-passages.json')) ? (JSON.parse(readFileSync(join(dir, 'gold-passages.json'), 'utf8')) as GoldGroup[] | { groups: GoldGroup[] }) : [];
  const passageGroups = Array.isArray(groups) ? groups : groups.groups ?? [];
  const adjudicatedFile = join(dir, 'passages-adjudicated.json');
  const adjudicated = existsSync(adjudicatedFile) ? (JSON.parse(readFileSync(adjudicatedFile, 'utf8')) as AdjudicatedPair[]).filter((a) => a.verdict) : null;
  if (adjudicated) add(totals, 'adjudicatedStories');
  const publishedOf = new Map<string, string | undefined>();
  for (const d of corpus) publishedOf.set(`corpus/${d.id}`, d.published);
  for (const p of pages) publishedOf.set(`pages/${p.id}`, p.published);
  const figs = gold.figures.map((f) => ({ ...f, when: f.moment ?? publishedOf.get(f.doc) }));
  const relatedKeys = new Set((gold.related_keys ?? []).flatMap(([x, y]) => [`${x}|${y}`, `${y}|${x}`]));
  const langOf = new Map(corpus.map((d) => [`corpus/${d.id}`, d.lang]));
  for (const p of pages) langOf.set(`pages/${p.id}`, p.lang ?? 'fr');
  const corpusLang = corpus[0]?.lang ?? 'fr';
  // Passages are also scored given the story (every corpus article a source), like figures.
  const passageIndex = createPassageIndex();
  for (const d of corpus) addDocument(passageIndex, d);
  const passageLog: string[] = [];
  const corpusFigures = corpus.map((d) => ({ id: d.id, text: d.text, lang: d.lang, published: d.published, figures: extractFigures(d.text, d.lang, { ignore: d.ignore, published: d.published }) }));

  console.log(`\n### ${name}: corpus of ${corpus.length} (${corpusLang}), ${pages.filter((p) => p.sameStory).length} same-story pages, ${pages.filter((p) => !p.sameStory).length} negatives`);
  const t: Record<string, Tally> = { fr: {}, en: {} };
  const worst: string[] = [];
  for (const p of pages) {
    const text = readFileSync(join(dir, 'pages', p.id), 'utf8');
    const lang: Lang = p.lang ?? 'fr';
    const title = text.split('\n', 1)[0].trim();
    const r0: CompareResult = engine.compare({ title, lang, text, published: p.published });
    // Figures are also scored given the story (every corpus article a source), so their accuracy is
    // measured apart from same-story detection; DEVSET_GIVEN_STORY=0 scores them end to end.
    const givenStory = process.env.DEVSET_GIVEN_STORY !== '0' && p.sameStory;
    const r: CompareResult = givenStory
      ? { ...r0, figures: compareFigures({ text, lang, published: p.published, figures: extractFigures(text, lang, { published: p.published }) }, corpusFigures) }
      : r0;
    const best = r.sources[0]?.score ?? bestScore(engine, { title, lang, text, published: p.published });
    const L = t[lang];
    if (p.sameStory) {
      add(L, 'pos'); if (r0.sameStory) add(L, 'tp');
      L.minPos = Math.min(L.minPos ?? Infinity, best);
    } else {
      add(L, 'neg'); if (r0.sameStory) add(L, 'fp');
      L.maxNeg = Math.max(L.maxNeg ?? -Infinity, best);
    }
    console.log(`  ${p.sameStory === r0.sameStory ? 'ok ' : 'BAD'} ${lang} ${p.sameStory ? 'same' : 'diff'} best ${best.toFixed(2)}  ${p.id}`);
    if (!p.sameStory) {
      for (const f of r.figures) for (const c of f.comparisons) if (c.verdict === 'differs') { add(L, 'falseDiffers'); worst.push(`false differs (negative page) ${p.id} "${f.page.text}" vs ${c.source.id} "${c.source.text}"`); }
      continue;
    }
    // Figures.
    const doc = `pages/${p.id}`;
    const pageGold = figs.filter((g) => g.doc === doc);
    for (const f of r.figures) {
      const pg = pageGold.find((g) => isGoldFigure(f.page, g));
      for (const c of f.comparisons) {
        const sg = figs.find((g) => g.doc === `corpus/${c.source.id}` && isGoldFigure(c.source, g));
        if (c.verdict === 'differs') {
          const right = pg && sg && pg.key === sg.key && goldVerdict(pg, sg) === 'differs';
          if (!right) { add(L, 'falseDiffers'); worst.push(`false differs ${p.id} "${f.page.text}" (${f.counts}) vs ${c.source.id} "${c.source.text}"${pg && sg ? ` gold ${pg.key} / ${sg.key}` : ' (not gold)'}`); }
        }
        if (pg && sg && isCrossKey(pg.key, sg.key, c.verdict)) {
          add(L, 'crossKey');
          add(L, `crossKey.${c.verdict}`);
          if (relatedKeys.has(`${pg.key}|${sg.key}`)) add(L, 'crossKeyGoldRelated');
          worst.push(`cross-key ${c.verdict} ${p.id} "${f.page.text}" [${pg.key}] vs ${c.source.id} "${c.source.text}" [${sg.key}]`);
        }
      }
    }
    for (const pg of pageGold) {
      const f = r.figures.find((x) => isGoldFigure(x.page, pg));
      for (const sg of figs.filter((g) => g.doc.startsWith('corpus/') && g.key === pg.key)) {
        add(L, 'pairs');
        const want = goldVerdict(pg, sg);
        const c = f?.comparisons.find((x) => `corpus/${x.source.id}` === sg.doc && isGoldFigure(x.source, sg));
        if (c) add(L, 'compared');
        if (c && c.verdict === want) add(L, 'rightVerdict');
        else if (worst.length < 4000) worst.push(`missed ${want}${c ? ` (got ${c.verdict})` : f ? ' (not paired)' : ' (not extracted)'} ${p.id} "${pg.quote}" vs ${sg.doc.slice(7)} "${sg.quote}" [${pg.key}]`);
      }
    }
    // Passages: given the story (gp*), and end to end (e2e*: only what same-story detection lets through).
    const given = givenStory ? findPassages(passageIndex, { title, lang, text, published: p.published }, { sourceIds: corpus.map((d) => d.id), figures: r.figures }) : r0.passages;
    const cut = (x: string): string => (x.length > 90 ? `${x.slice(0, 90)}…` : x).replace(/\n/g, ' ');
    for (const g of passageGroups) {
      for (const { a, bs } of expectedCounterparts(g, doc)) {
        const b = bs[0];
        const cross = langOf.get(a.doc) !== langOf.get(b.doc);
        add(L, 'gp'); if (cross) add(L, 'gpx');
        const hitIn = (ps: typeof given): boolean => ps.some((x) => overlaps(x.page, a) && `corpus/${x.source.id}` === b.doc && bs.some((y) => overlaps(x.source, y)));
        if (hitIn(given)) { add(L, 'gpFound'); if (cross) add(L, 'gpxFound'); }
        else passageLog.push(`passage missed [${g.kind}${cross ? ' x' : ''}] ${g.id} ${p.id}: "${cut(a.quote)}" / ${b.doc.slice(7)}: "${cut(b.quote)}"`);
        if (hitIn(r0.passages)) { add(L, 'e2eFound'); if (cross) add(L, 'e2exFound'); }
      }
    }
    const score = (ps: typeof given, right: string, all: string, log: boolean): void => {
      for (const x of ps) {
        add(L, all);
        const ok = passageGroups.some((g) => g.members.some((m) => m.doc === doc && overlaps(m, x.page)) && g.members.some((m) => m.doc === `corpus/${x.source.id}` && overlaps(m, x.source)));
        if (ok) add(L, right);
        // Matched to an adjudicated pair as the gold is: same page and source, overlapping offsets.
        const adj = !ok && adjudicated?.some((a) => a.page === doc && a.doc === `corpus/${x.source.id}` && overlaps({ start: a.pageStart, end: a.pageEnd }, x.page) && overlaps({ start: a.docStart, end: a.docEnd }, x.source));
        if (ok || adj) add(L, `${right}Adj`);
        if (!ok && log) passageLog.push(`passage false [${x.kind} ${x.score}${x.translated ? ' x' : ''}]${adj ? ' (adjudicated true)' : ''} ${p.id}: "${cut(x.page.text)}" / ${x.source.id}: "${cut(x.source.text)}"`);
      }
    };
    score(given, 'reportedRight', 'reported', true);
    score(r0.passages, 'e2eRight', 'e2eReported', false);
  }
  for (const lang of ['fr', 'en'] as const) {
    const L = t[lang];
    if (!L.pos && !L.neg) continue;
    const margin = L.minPos !== undefined && L.maxNeg !== undefined ? (L.minPos - L.maxNeg).toFixed(2) : 'n/a';
    console.log(`  ${lang} pages: story recall ${pct(L.tp ?? 0, L.pos ?? 0)}, false matches ${L.fp ?? 0}/${L.neg ?? 0}, lowest positive ${L.minPos?.toFixed(2) ?? 'n/a'}, highest negative ${L.maxNeg?.toFixed(2) ?? 'n/a'}, margin ${margin}`);
    console.log(`           figures (given the story): pairs compared ${pct(L.compared ?? 0, L.pairs ?? 0)}, right verdict ${pct(L.rightVerdict ?? 0, L.pairs ?? 0)}, false differs ${L.falseDiffers ?? 0}, cross-key non-related ${L.crossKey ?? 0}`);
    console.log(`           passages (given the story): recall ${pct(L.gpFound ?? 0, L.gp ?? 0)}, cross-language ${pct(L.gpxFound ?? 0, L.gpx ?? 0)}, precision ${pct(L.reportedRight ?? 0, L.reported ?? 0)}`);
    console.log(`           passages (end to end): recall ${pct(L.e2eFound ?? 0, L.gp ?? 0)}, cross-language ${pct(L.e2exFound ?? 0, L.gpx ?? 0)}, precision ${pct(L.e2eRight ?? 0, L.e2eReported ?? 0)}`);
    if (adjudicated) console.log(`           passages, precision counting adjudicated true pairs as right: given the story ${pct(L.reportedRightAdj ?? 0, L.reported ?? 0)}, end to end ${pct(L.e2eRightAdj ?? 0, L.e2eReported ?? 0)}`);
    for (const [k, v] of Object.entries(L)) if (typeof v === 'number' && Number.isFinite(v) && k !== 'minPos' && k !== 'maxNeg') add(totals, `${lang}.${k}`, v);
  }
  const speakerDocs = [
    ...corpus.map((d) => ({ doc: `corpus/${d.id}`, text: d.text, lang: d.lang, published: d.published })),
    ...pages.filter((p) => p.sameStory).map((p) => ({ doc: `pages/${p.id}`, text: readFileSync(join(dir, 'pages', p.id), 'utf8'), lang: p.lang ?? 'fr' as Lang, published: p.published })),
  ];
  storySpeakers(dir, gold.figures, speakerDocs, totals);
  if (process.env.DEVSET_PASSAGES) for (const w of passageLog) console.log(`    ${w}`);
  if (process.env.DEVSET_VERBOSE) for (const w of worst) console.log(`    ${w}`);
  else for (const w of worst.filter((x) => x.startsWith('false') || x.startsWith('cross')).slice(0, 8)) console.log(`    ${w}`);
}

/**
 * Speakers of one story: every gold figure with a `source` (corpus and same-story pages) that the engine
 * extracts (each document read alone), scored right when the engine's `saidBy` names the same speaker
 * (sameSpeaker), wrong when it names another, none when it names nobody.
 */
function storySpeakers(dir: string, figs: GoldFigure[], docs: Array<{ doc: string; text: string; lang: Lang; published?: string }>, totals: Tally): void {
  let n = 0, right = 0, wrong = 0, none = 0;
  const log: string[] = [];
  for (const d of docs) {
    const gold = figs.filter((g) => g.doc === d.doc && g.source);
    if (!gold.length) continue;
    const figures = extractFigures(d.text, d.lang, { published: d.published });
    for (const g of gold) {
      const f = figures.find((x) => isGoldFigure(x, g));
      if (!f) continue;
      n++;
      if (!f.saidBy) { none++; log.push(`speaker none ${d.doc} "${g.quote}": gold "${g.source}"`); }
      else if (sameSpeaker(g.source!, f.saidBy)) right++;
      else { wrong++; log.push(`speaker WRONG ${d.doc} "${g.quote}": "${f.saidBy}", gold "${g.source}"`); }
    }
  }
  console.log(`  speakers (gold figures with a source, extracted): right ${pct(right, n)}, wrong ${wrong}, none ${none}`);
  add(totals, 'spk', n); add(totals, 'spkRight', right); add(totals, 'spkWrong', wrong); add(totals, 'spkNone', none);
  if (process.env.DEVSET_SPEAKERS) for (const l of log) console.log(`    ${l}`);
}

function bestScore(engine: Engine, page: { title: string; lang: Lang; text: string; published?: string }): number {
  // The best score below the threshold, to measure the margin on negatives and on missed pages; with the page's
  // date, as the verdict was read (without it an old negative's score was printed as if undated).
  const r = engine.compare(page, { threshold: 0 });
  return r.sources[0]?.score ?? 0;
}

/** One line of totals over the stories of one set. */
function printTotals(label: string, totals: Tally): void {
  const T = (k: string): number => (totals[`fr.${k}`] ?? 0) + (totals[`en.${k}`] ?? 0);
  console.log(`\n  ${label}: story recall ${pct(T('tp'), T('pos'))}, false matches ${T('fp')}/${T('neg')}; figures right verdict ${pct(T('rightVerdict'), T('pairs'))} (compared ${pct(T('compared'), T('pairs'))}), false differs ${T('falseDiffers')}, cross-key non-related ${T('crossKey')}; passages given the story: recall ${pct(T('gpFound'), T('gp'))}, cross-language ${pct(T('gpxFound'), T('gpx'))}, precision ${pct(T('reportedRight'), T('reported'))}; end to end: recall ${pct(T('e2eFound'), T('gp'))}, cross-language ${pct(T('e2exFound'), T('gpx'))}, precision ${pct(T('e2eRight'), T('e2eReported'))}`);
  const verdicts = ['agrees', 'overlaps', 'updated', 'differs'].map((v) => `${v} ${T(`crossKey.${v}`)}`).join(', ');
  console.log(`  ${label}: cross-key comparisons ${T('crossKey')} (${verdicts}), of them between two keys the gold relates (one count read hours apart, a part and its whole) ${T('crossKeyGoldRelated')}`);
  console.log(`  ${label}: speakers right ${pct(totals.spkRight ?? 0, totals.spk ?? 0)}, wrong ${totals.spkWrong ?? 0}, none ${totals.spkNone ?? 0}`);
  if (totals.adjudicatedStories) console.log(`  ${label}: passages, precision counting adjudicated true pairs as right (${totals.adjudicatedStories} adjudicated stories; recall unchanged): given the story ${pct(T('reportedRightAdj'), T('reported'))}; end to end ${pct(T('e2eRightAdj'), T('e2eReported'))}`);
}

/**
 * Dates of a held-out story: the pages' publication day read from their address then their dateline
 * (as the extension reads a page without metadata) against the manifest, and the gold figures' moments
 * against the moment the engine gives the figure it reads there (each document read alone, with its
 * manifest's language and publication date).
 */
function storyDates(dir: string, totals: Tally): void {
  const gold = existsSync(join(dir, 'gold-figures.json')) ? (JSON.parse(readFileSync(join(dir, 'gold-figures.json'), 'utf8')) as GoldFigures) : { figures: [] };
  let pagesDated = 0, pagesRight = 0, pagesWrong = 0;
  let moments = 0, momentsRight = 0, momentsWrong = 0;
  const misses: string[] = [];
  for (const part of ['corpus', 'pages']) {
    const manifest = join(dir, part, 'manifest.json');
    if (!existsSync(manifest)) continue;
    for (const a of (JSON.parse(readFileSync(manifest, 'utf8')) as { articles: Array<PageEntry & { url?: string }> }).articles) {
      const text = readFileSync(join(dir, part, a.id), 'utf8');
      const lang: Lang = a.lang ?? 'fr';
      if (part === 'pages' && a.published) {
        pagesDated++;
        const got = urlDay(a.url) ?? datelineDay(text, lang);
        if (got === a.published) pagesRight++;
        else if (got) { pagesWrong++; misses.push(`page date WRONG ${a.id}: ${got}, manifest ${a.published}`); }
      }
      const figures = extractFigures(text, lang, { published: a.published });
      for (const g of gold.figures.filter((x) => x.doc === `${part}/${a.id}` && x.moment)) {
        moments++;
        const f = figures.find((x) => isGoldFigure(x, g));
        if (f?.moment === g.moment) momentsRight++;
        else if (f?.moment) { momentsWrong++; misses.push(`moment WRONG ${g.doc} "${g.quote}": ${f.moment}, gold ${g.moment}`); }
      }
    }
  }
  console.log(`           dates: pages dated from address or dateline ${pct(pagesRight, pagesDated)}, wrong ${pagesWrong}; gold figure moments given right ${pct(momentsRight, moments)}, wrong ${momentsWrong}`);
  add(totals, 'pagesDated', pagesDated); add(totals, 'pagesRight', pagesRight); add(totals, 'moments', moments); add(totals, 'momentsRight', momentsRight); add(totals, 'momentsWrong', momentsWrong);
  if (process.env.DEVSET_VERBOSE) for (const m of misses) console.log(`    ${m}`);
}

/** Helpers changing the engine run the eval with this set, so that no held-out error reaches the people tuning it. */
// Compared to '1' (as the brief writes it): any other value, "0" included, leaves the held-out set measured, rather
// than hidden by a truthy string that reads as "off".
export const HOLDOUT_HIDDEN = process.env.RECOUPE_EVAL_NO_HOLDOUT === '1';

export default function run(): void {
  console.log('\n## Development set (test/fixtures/devset: stories other than the bundled one)');
  if (!existsSync(DEVSET)) { console.log('  no development set'); return; }
  // One story or a comma-separated list: a list of held-out names measures the held-out set alone, in one run.
  const only = process.env.DEVSET_STORY ? new Set(process.env.DEVSET_STORY.split(',')) : undefined;
  const totals: Tally = {};
  for (const name of readdirSync(DEVSET).sort()) {
    const dir = join(DEVSET, name);
    if (only && !only.has(name)) continue;
    if (!existsSync(join(dir, 'pages', 'manifest.json')) || !existsSync(join(dir, 'corpus'))) continue;
    evalStory(name, dir, totals);
  }
  printTotals('all stories', totals);

  console.log('\n## Held-out set (test/fixtures/holdout: measurement only, never tuned on; not in the totals above)');
  if (!existsSync(HOLDOUT)) { console.log('  no held-out set'); return; }
  if (HOLDOUT_HIDDEN) { console.log('  not measured: RECOUPE_EVAL_NO_HOLDOUT is set (engine work sees the development set only)'); return; }
  const held: Tally = {};
  for (const name of readdirSync(HOLDOUT).sort()) {
    const dir = join(HOLDOUT, name);
    if (only && !only.has(name)) continue;
    if (!existsSync(join(dir, 'pages', 'manifest.json')) || !existsSync(join(dir, 'corpus'))) continue;
    evalStory(name, dir, held);
    storyDates(dir, held);
  }
  printTotals('held-out stories', held);
  console.log(`  held-out dates: pages dated right ${pct(held.pagesRight ?? 0, held.pagesDated ?? 0)}; figure moments right ${pct(held.momentsRight ?? 0, held.moments ?? 0)}, wrong ${held.momentsWrong ?? 0}`);
}
