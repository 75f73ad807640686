/**
 * The engine's result types. They mirror the `recoupe compare --json` contract
 * (see README, "Command line"): offsets are UTF-16 string indices into the page text or into a
 * corpus article's full text, and `text === fullText.slice(start, end)` always holds.
 */

export type Lang = 'fr' | 'en';

/** A corpus article as the engine sees it. */
export interface CorpusDoc {
  /** File name in the bundled corpus, or a generated id for the reader's own articles. */
  id: string;
  title: string;
  lang: Lang;
  /** The article's full text, byte-identical to the stored file. */
  text: string;
  /** Publication date (YYYY-MM-DD), when known. */
  published?: string;
  /** [start, end) ranges of page furniture (newsletter promos, comment prompts) to ignore. */
  ignore: Array<[number, number]>;
}

/** The page being read. */
export interface PageInput {
  title: string;
  lang: Lang;
  text: string;
  /** When the page is itself a corpus article, its id, so it is not listed as its own source. */
  selfId?: string;
  /** Publication date (YYYY-MM-DD), when known. */
  published?: string;
}

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface SourceSpan extends Span {
  id: string;
}

export interface SourceMatch {
  id: string;
  title: string;
  /** 0..1, how strongly the page covers the same story as this article. */
  score: number;
  /**
   * Names and terms that explain the match, as spelled on the page. Read-only: sources ranked past the explained ones
   * share one frozen empty list (core/story/index.ts NO_WHY), so a reader that wants to add to it makes a copy.
   */
  why: readonly string[];
  /** The source's publication date (YYYY-MM-DD), when known. */
  published?: string;
  /** The source's language, set by the background for the popup: a speaker written in it is quoted when it is not the UI's. */
  lang?: Lang;
}

export type PassageKind = 'verbatim' | 'close' | 'paraphrase';

export interface Passage {
  kind: PassageKind;
  /** 0..1 */
  score: number;
  page: Span;
  source: SourceSpan;
  /** The page and the source are in different languages: the passage is a translation (the popup
   *  shows a translation cue). Absent for passages within one language. */
  translated?: true;
}

export type Qualifier =
  | 'exact'
  | 'more-than'
  | 'at-least'
  | 'up-to'
  | 'less-than'
  | 'about'
  | 'range'
  | 'vague';

export type Verdict = 'agrees' | 'overlaps' | 'differs' | 'related' | 'updated';

export type Bound = number | string | null;

export interface FigureComparison {
  source: SourceSpan;
  low: Bound;
  high: Bound;
  qualifier: Qualifier;
  /** An open bound told close to its value ("just under 40", "un peu plus de 100"): shown in those words. */
  near?: true;
  /** The source figure was told in another unit and `low` / `high` are converted to the page's ("10 ans" against
   * "months": 120): shown in its own words, since a converted number beside the page's unit reads as another value. */
  converted?: true;
  verdict: Verdict;
  /** Who says the source figure, where its sentence says so. */
  saidBy?: string;
  /** What the source figure counts. */
  counts?: string;
  /** For `updated`: which side gives the later value. */
  newer?: 'page' | 'source';
  /** The day the source value refers to (YYYY-MM-DD), when known. */
  moment?: string;
  /** The year the source value is for when its clause names one other than the source's publication
   * year (YYYY): a target ("by 2029") or a past year ("en 2003"). Such a value has no `moment`. */
  year?: string;
}

export interface FigureReport {
  page: Span;
  low: Bound;
  high: Bound;
  qualifier: Qualifier;
  /** An open bound told close to its value ("just under 40", "un peu plus de 100"): shown in those words. */
  near?: true;
  unit: string;
  /** What the figure counts, in English (works across languages). */
  counts: string;
  /** The same in French, for a French UI (core/figures/counts-fr.ts); set on the popup's copy of a result
   *  (messaging/popup-result.ts), absent where a part has no French in the concept table. */
  countsFr?: string;
  /** Who says it, where the sentence says so. */
  saidBy?: string;
  /** False for ordinals and small number words ("les deux pays"): listed, but not worth a row in the popup. */
  salient?: boolean;
  /** The day the page value refers to (YYYY-MM-DD), when known. */
  moment?: string;
  /** The year the page value is for when its clause names one other than the page's publication year
   * (YYYY): a target ("3 000 postes en moins en 2026") or a past year. Such a value has no `moment`. */
  year?: string;
  comparisons: FigureComparison[];
}

/** One value of a count on a timeline: what one article (the page or a source) says on one day. */
export interface TimelinePoint {
  /** Publication date of the article that gives it (YYYY-MM-DD), null when unknown. */
  published: string | null;
  /** The day the value refers to (YYYY-MM-DD): the points' order and the chart's axis. */
  moment: string;
  /** 'page', or the corpus id of the source. */
  source: string;
  /** The figure's offsets in that article's text: text === fullText.slice(start, end). */
  start: number;
  end: number;
  low: Bound;
  high: Bound;
  qualifier: Qualifier;
  /** An open bound told close to its value ("just under 40", "un peu plus de 100"): shown in those words. */
  near?: true;
  text: string;
  saidBy?: string;
  /** The sentence around the figure (cut at a few hundred characters), to show as its passage. */
  sentence: string;
}

/** A count the page and its sources give at two or more dates. */
export interface Timeline {
  /** What it counts, in English, as the figures say it. */
  counts: string;
  /** The same in French, as FigureReport's `countsFr`. */
  countsFr?: string;
  unit: string;
  /** In date order (moment, then the page before sources, then source id). */
  points: TimelinePoint[];
}

export interface CompareResult {
  sameStory: boolean;
  sources: SourceMatch[];
  passages: Passage[];
  figures: FigureReport[];
  /** Counts given at two or more dates by the page and its sources (see core/figures/timeline.ts). */
  timeline: Timeline[];
  /**
   * The page's day its figures were read with: its own (PageInput.published), else, for an undated page, the day
   * its lead names near its sources' days (core/dates/dateline.ts, storyDay); absent when neither gives one.
   */
  published?: string;
}
