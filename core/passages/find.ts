/**
 * findPassages: the four stages, one module each.
 * 1. seed (seed.ts): the page's shingles looked up in the index;
 * 2. candidates (candidates.ts): the articles to align, and each one's raw matches (aligned seed
 *    chains, sentence windows for paraphrases);
 * 3. judge (judge.ts): merged, weighed, kept above the banality thresholds, made passages;
 * 4. select (select.ts): one counterpart per statement and source.
 */
import type { FigureReport, Passage, PageInput } from '../types';
import { countPassages, countTables } from './count-pairs';
import { analyse } from './tokens';
import type { RawMatch } from './merge';
import { analysisOf, queryStats, type PassageIndex } from './store';
import { findSeeds } from './seed';
import { candidateSlots, PARA_MAX_DOCS, rawMatches } from './candidates';
import { judgeMatches, judgePassages, passageDebug, sentenceRarity } from './judge';
import { dropFragments, selectCounterparts } from './select';
import { translations } from './translations';
import { keyCounts, keyWeight, type KeyCounts } from './crosslang';
import { strayTranslations, type TranslatedPair } from './translation-agreement';
import { pinnedByFigure, sharesOwnWord, storyWords, type StoryWords } from './story-vocabulary';
import { bareMeasure, differentNumberRuns, fragmentWithoutCount, headlineAgainstPiece, phrasePieceWithoutCount, verblessCutPiece, verblessPiecesBoth } from './fragment-claims';
import { headlineEnd, keyShares, repeatsFrame } from './story-frame';
import { withUnitSigns } from './unit-edges';
import { pairFeatures, pairFeaturesDebug, type PassageOrigin } from './pair-features';
import type { Analysis } from './tokens';

export { setPassageDebug } from './judge';

export interface FindOptions {
  /** Restrict to these corpus articles (the ones judged same-story). */
  sourceIds?: string[];
  /** The page's figures compared with the sources' (core/figures compareFigures, as Engine.compare computes them):
   *  two clauses stating one count with one value are a passage (count-pairs.ts), and a translated pair sharing only
   *  small numbers no comparison joins shares no count (uncompared-counts.ts, which reads these reports' absence). */
  figures?: FigureReport[];
  /** The sources `figures` were computed against (Engine.compare compares figures with fewer sources than it seeks
   *  passages in). For any other source no comparison is no evidence, and uncompared-counts.ts is not asked. Absent:
   *  every source was compared. */
  comparedIds?: string[];
}

export function findPassages(index: PassageIndex, page: PageInput, opts: FindOptions = {}): Passage[] {
  const pageText = typeof page.text === 'string' ? page.text : '';
  const pa = analyse(pageText, [], page.lang);
  let allowed: Set<number> | null = null;
  if (opts.sourceIds) {
    allowed = new Set();
    for (const id of opts.sourceIds) {
      const s = index.slotOf.get(id);
      if (s !== undefined) allowed.add(s);
    }
  }
  const self = page.selfId !== undefined ? index.slotOf.get(page.selfId) : undefined;
  const usable = (slot: number) => slot !== self && index.slots[slot] != null && (!allowed || allowed.has(slot));

  // What words weigh is counted over the sources the caller gives (the whole index without them), never over
  // whatever else the index holds: the engine indexes lazily, and the same page must get the same passages
  // whichever pages were read before it (store.ts queryStats). The page's own article is no source. The price:
  // a source's passages depend on which other articles are sources (hiding an unrelated source can remove
  // passages of a kept one); the result is still a function of the page, the corpus and the exclusions.
  let counted: Set<number> | null = null;
  if (allowed) {
    counted = new Set(allowed);
    if (self !== undefined) counted.delete(self);
  }
  const stats = queryStats(index, counted);
  const seeds = findSeeds(index, pa, usable, stats);
  const candidates = candidateSlots(seeds, allowed, usable);
  if (candidates.length === 0) return [];
  const rarityOf = sentenceRarity(index, pa, stats);

  // Cross-language key weights over the page and every candidate in another language (crosslang.ts).
  let counts: KeyCounts | undefined;
  const otherLang = (slot: number): boolean => {
    const lang = index.slots[slot]!.lang;
    return !!lang && !!page.lang && lang !== page.lang;
  };
  const crossCounts = (): KeyCounts => (counts ??= keyCounts([pa, ...candidates.filter(otherLang).map((s) => analysisOf(index, s))]));

  // The story's vocabulary (stems most and nearly all sources in the page's language use,
  // story-vocabulary.ts), built the first time a match asks: whether its figure is one claim's, or
  // whether it shares a word of its own.
  let words: StoryWords | null | undefined;
  const storyWordsOnce = (): StoryWords | null =>
    words === undefined ? (words = storyWords(candidates.filter((s) => !otherLang(s)).map((s) => analysisOf(index, s)))) : words;
  const storyCommon = (): Set<number> | null => storyWordsOnce()?.common ?? null;

  // The share of the candidate sources (both languages) holding each key (story-frame.ts), built the first time a
  // same-language pair asks.
  let shares: Map<string, number> | null | undefined;
  const sharesOnce = (): Map<string, number> | null => (shares === undefined ? (shares = keyShares(candidates.map((s) => analysisOf(index, s)))) : shares);
  const passages: Passage[] = [];
  // Which stage made each pair and the source's analysis, for the pair features' debug hook (pair-features.ts); filled
  // only while the hook is set, so the engine does no work for it.
  const origins = new Map<Passage, PassageOrigin>();
  const analyses = new Map<string, Analysis>();
  // Where the page's headline ends (story-frame.ts headlineEnd), for headlineAgainstPiece.
  const pHead = headlineEnd(pageText);
  // Translations (translations.ts) of each page statement, for strayTranslations below. Count passages are not added:
  // their two clauses are pinned by a figure the figures engine compared (count-pairs.ts), not chosen for their words,
  // and a count several sources state pairs with each of them by that figure.
  const translated: TranslatedPair[] = [];
  const tables = opts.figures ? countTables(opts.figures) : null;
  const comparedIds = opts.comparedIds ? new Set(opts.comparedIds) : null;
  const compared = (id: string): boolean => !comparedIds || comparedIds.has(id);
  for (let rank = 0; rank < candidates.length; rank++) {
    const slot = candidates[rank];
    const sa = analysisOf(index, slot);
    const pinned = otherLang(slot) ? null : (m: RawMatch): boolean => pinnedByFigure(m, pa, sa, pageText, storyCommon);
    const raw = rawMatches(slot, pa, sa, seeds.get(slot) ?? [], index.config.k, rarityOf, allowed !== null || rank < PARA_MAX_DOCS);
    const ownWord = otherLang(slot) ? null : (m: RawMatch): boolean => sharesOwnWord(m, pa, pageText, storyWordsOnce);
    const distinct = dropFragments(judgeMatches(raw, pa, rarityOf, sa, { sa, slot }, pinned, ownWord, { page: pageText, source: index.slots[slot]!.text }));
    const chosen = selectCounterparts(judgePassages(distinct, index, slot, pa, sa, pageText, otherLang(slot)), pa, sa);
    const found: Passage[] = [];
    // Where the source's headline ends, for headlineAgainstPiece: once per source, not per pair.
    const sHead = chosen.length && !otherLang(slot) ? headlineEnd(index.slots[slot]!.text) : 0;
    for (const { m, info, density, specific, p } of chosen) {
      // A short piece of a sentence sharing no count states no claim of its own (fragment-claims.ts). In both
      // languages: across them a shingle chain matches mostly what the two languages write alike, names and
      // cognates, such as a name and its title ("the armed group Naverin Tolosa" / "groupe armé Naverin Tolosa"),
      // which names the thing both texts talk about and says nothing of it. An other-language paraphrase reaches
      // this check only when it shares a number, and a count they share keeps the pair (sharesCount reads number
      // keys, the same in both languages). Measured in core/passages/README.md ("Kept 2").
      if (fragmentWithoutCount(pa, p.page.start, p.page.end, sa, p.source.start, p.source.end)) continue;
      // An amount and its unit alone on both sides ("175 millions de dollars", "16,000 feet"): a count shared by two
      // measures cut from their sentences does not say they measure one thing (fragment-claims.ts bareMeasure).
      if (bareMeasure(pa, p.page.start, p.page.end) && bareMeasure(sa, p.source.start, p.source.end)) continue;
      // Two different runs of numbers alone (two scores, two series) share digits, not a claim (fragment-claims.ts
      // differentNumberRuns).
      if (differentNumberRuns(pa, p.page.start, p.page.end, sa, p.source.start, p.source.end)) continue;
      // A piece of a phrase on both sides (both spans open after an article or a preposition) sharing no count.
      if (!otherLang(slot) && phrasePieceWithoutCount(pa, p.page.start, p.page.end, sa, p.source.start, p.source.end)) continue;
      // Verbless pieces on both sides sharing no count: they name the same thing, say nothing of it.
      if (!otherLang(slot) && verblessPiecesBoth(pa, p.page.start, p.page.end, sa, p.source.start, p.source.end)) continue;
      // A verbless piece cut out of a clause at both ends, sharing no count: a noun phrase both texts use, whatever its
      // length (fragment-claims.ts verblessCutPiece; only where verb marks read the language's finite verbs).
      if (!otherLang(slot) && verblessCutPiece(pa, p.page.start, p.page.end, sa, p.source.start, p.source.end)) continue;
      // A short pair sharing no number and nothing but the words nearly every source gives repeats the story's frame.
      if (!otherLang(slot) && repeatsFrame(pa, p.page.start, p.page.end, sa, p.source.start, p.source.end, sharesOnce())) continue;
      // A headline against a verbless piece of a body sentence names the story's event, states nothing of it.
      if (!otherLang(slot) && headlineAgainstPiece(pa, p.page.start, p.page.end, pHead, sa, p.source.start, p.source.end, sHead)) continue;
      if (passageDebug) passageDebug({ p, m, info, density, specific, pa, sa, index });
      found.push(p);
    }
    const doc = index.slots[slot]!;
    if (pairFeaturesDebug) {
      for (const p of found) origins.set(p, otherLang(slot) ? 'chain' : 'stem');
      analyses.set(doc.id, sa);
    }
    if (otherLang(slot)) {
      const cross = translations(pa, pageText, sa, doc, found, crossCounts(), translated, sharesOnce, compared(doc.id) ? opts.figures : undefined);
      if (pairFeaturesDebug) for (const p of cross) origins.set(p, 'cross');
      found.push(...cross);
    }
    if (opts.figures && tables && otherLang(slot)) {
      const counted = countPassages(pa, pageText, sa, doc, opts.figures, found, crossCounts(), tables);
      if (pairFeaturesDebug) for (const p of counted) origins.set(p, 'count');
      found.push(...counted);
    }
    passages.push(...found);
  }
  // Translations of one page statement in several sources agree (translation-agreement.ts).
  const stray = translated.length > 1 ? strayTranslations(translated, keyWeight(crossCounts())) : null;
  const kept = stray?.size ? passages.filter((p) => !stray.has(p)) : passages;
  // A percent or currency sign against a span's edge number is part of its figure (unit-edges.ts).
  for (const p of kept) {
    [p.page.start, p.page.end] = withUnitSigns(pageText, p.page.start, p.page.end);
    p.page.text = pageText.slice(p.page.start, p.page.end);
    const slot = index.slotOf.get(p.source.id);
    const text = slot === undefined ? undefined : index.slots[slot]?.text;
    if (text === undefined) continue;
    [p.source.start, p.source.end] = withUnitSigns(text, p.source.start, p.source.end);
    p.source.text = text.slice(p.source.start, p.source.end);
  }
  // Every pair reported, with the features of its calibration (pair-features.ts), for scripts/dev/passage-calibrate.ts:
  // after withUnitSigns, on the spans the engine reports.
  if (pairFeaturesDebug) {
    const frameShares = kept.length ? sharesOnce() : null;
    for (const p of kept) pairFeaturesDebug(p, pairFeatures(pa, analyses.get(p.source.id)!, p, origins.get(p)!, frameShares), origins.get(p)!);
  }
  kept.sort((a, b) => a.page.start - b.page.start || a.source.id.localeCompare(b.source.id));
  return kept;
}
