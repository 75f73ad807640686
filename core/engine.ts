/**
 * The engine's one entry point: a corpus held in memory with its indexes, and `compare(page)`.
 * The background, the CLI, eval and bench all go through here, so they measure what users get.
 */
import { StoryIndex, storyDoc, type StoryDoc, type StoryIndexData } from './story/index';
import type { CompareResult, CorpusDoc, PageInput } from './types';
import { textHash } from './text/hash';
import { extractFigures, compareFigures, type Figure } from './figures/index';
import { buildTimeline, withMoments, type DatedText } from './figures/timeline';
import { addDocument, createPassageIndex, findPassages, removeDocument } from './passages/index';
import { withTranslationCues } from './passages/translation-cue';
import { storyDay } from './dates/dateline';

/**
 * Passages and figures are compared against this many of the best same-story sources: beyond
 * that the popup would not show them, and a newsroom corpus can have thousands on one story.
 */
export const MAX_DETAILED_SOURCES = 20;
/**
 * Passages are sought in every same-story source, not only the detailed ones (a near twin that the
 * story score ranks low still shows its passages), up to this many: each one is indexed for passages
 * the first time it is a source, and findPassages aligns the ones sharing the most text with the page
 * (core/passages/candidates.ts). The cap bounds a first query on a corpus where thousands of articles
 * cover one story (the 10,000-article bench).
 */
export const MAX_PASSAGE_SOURCES = 200;

export interface CompareOptions {
  /** Corpus ids the reader has hidden. */
  exclude?: Set<string>;
  /** Same-story threshold override ("how cautious matching is"). */
  threshold?: number;
}

export class Engine {
  readonly story: StoryIndex;
  private docs = new Map<string, CorpusDoc>();
  /** Text hash -> id, to recognise a page that is a corpus article without comparing every text. */
  private byTextHash = new Map<number, string>();
  /** Figures of corpus articles, extracted the first time an article is a source. */
  private figuresOf = new Map<string, Figure[]>();
  /**
   * Passage index over the articles that have been same-story sources: indexing lazily keeps a
   * background start with 10,000 articles instant, and passages are only ever sought in sources.
   */
  private passageIndex = createPassageIndex();
  private passageIndexed = new Set<string>();

  /** `prebuilt`: the story index made at build time for these same docs, so nothing is recomputed. */
  constructor(docs: CorpusDoc[] = [], prebuilt?: StoryIndexData) {
    for (const d of docs) {
      this.docs.set(d.id, d);
      this.byTextHash.set(textHash(d.text), d.id);
    }
    // Each match shows its article's day as this engine holds it (StoryIndex.addStoryDoc's `shown`).
    this.story = prebuilt ? StoryIndex.fromData(prebuilt, (id) => this.docs.get(id)?.published) : new StoryIndex();
    if (!prebuilt) for (const d of docs) this.story.addStoryDoc(storyDoc(d), d.published);
  }

  get size(): number {
    return this.docs.size;
  }

  has(id: string): boolean {
    return this.docs.has(id);
  }

  list(): CorpusDoc[] {
    return [...this.docs.values()];
  }

  get(id: string): CorpusDoc | undefined {
    return this.docs.get(id);
  }

  /** Incremental: indexes only the new article (from `story`, its entry computed beforehand, when given). */
  add(doc: CorpusDoc, story?: StoryDoc): void {
    this.docs.set(doc.id, doc);
    this.byTextHash.set(textHash(doc.text), doc.id);
    this.story.addStoryDoc(story && story.id === doc.id ? story : storyDoc(doc), doc.published);
  }

  remove(id: string): void {
    const d = this.docs.get(id);
    if (d && this.byTextHash.get(textHash(d.text)) === id) this.byTextHash.delete(textHash(d.text));
    this.docs.delete(id);
    this.figuresOf.delete(id);
    if (this.passageIndexed.delete(id)) removeDocument(this.passageIndex, id);
    this.story.remove(id);
  }

  private sourceFigures(d: CorpusDoc): Figure[] {
    let f = this.figuresOf.get(d.id);
    if (!f) this.figuresOf.set(d.id, (f = extractFigures(d.text, d.lang, { ignore: d.ignore, published: d.published })));
    return f;
  }

  /** The corpus article with exactly this text, if any. */
  findByText(text: string): string | undefined {
    const id = this.byTextHash.get(textHash(text));
    return id !== undefined && this.docs.get(id)?.text === text ? id : undefined;
  }

  /** The corpus article whose text the page is, if any (the reader opened an original). */
  private selfId(page: PageInput): string | undefined {
    return page.selfId ?? this.findByText(page.text);
  }

  compare(page: PageInput, opts: CompareOptions = {}): CompareResult {
    const p = { ...page, selfId: this.selfId(page) };
    // Each match carries its article's day as this engine holds it (given to the story index when it was added).
    const sources = this.story.match(p, opts);
    const detailed = sources.slice(0, MAX_DETAILED_SOURCES).map((s) => this.docs.get(s.id)!);
    const passageSources = sources.slice(0, MAX_PASSAGE_SOURCES).map((s) => this.docs.get(s.id)!);
    for (const d of passageSources) {
      if (this.passageIndexed.has(d.id)) continue;
      addDocument(this.passageIndex, d);
      this.passageIndexed.add(d.id);
    }
    // An undated page (a reader's .txt, a copy without metadata) is dated once its story is known: the day its lead
    // names with its weekday, placed near the days of the sources its figures are compared with (the best ones: on a
    // large corpus the story's older articles would widen the span). The story match above ran without it, unswayed.
    const published = page.published ?? (detailed.length ? storyDay(page.text, detailed.map((d) => d.published)) ?? undefined : undefined);
    const pageFigures = extractFigures(page.text, page.lang, { published });
    const compared = compareFigures(
      { text: page.text, lang: page.lang, figures: pageFigures, published },
      detailed.map((d) => ({ id: d.id, text: d.text, lang: d.lang, published: d.published, figures: this.sourceFigures(d) })),
    );
    // Passages get the figures compared: a count both texts state is a passage (core/passages/count-pairs.ts); and the
    // sources they were compared with, as no comparison with another source is evidence of nothing (uncompared-counts.ts).
    const found = passageSources.length ? findPassages(this.passageIndex, p, { sourceIds: passageSources.map((d) => d.id), figures: compared, comparedIds: detailed.map((d) => d.id) }) : [];
    const sourceLang = new Map(passageSources.map((d) => [d.id, d.lang]));
    const passages = withTranslationCues(found, page.lang, (id) => sourceLang.get(id));
    const dated: DatedText = { id: 'page', text: page.text, published, figures: pageFigures };
    const datedSources: DatedText[] = detailed.map((d) => ({ id: d.id, text: d.text, published: d.published, figures: this.sourceFigures(d) }));
    const figures = withMoments(compared, dated, datedSources);
    const timeline = buildTimeline(dated, compared, datedSources);
    return { sameStory: sources.length > 0, sources, passages, figures, timeline, ...(published ? { published } : {}) };
  }
}
