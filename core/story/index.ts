/**
 * Same-story detection.
 *
 * A story is what an article is mainly about. Each article is reduced to its *core*: the few
 * language-independent features (places, people, countries, numbers, conflict nouns) that carry most
 * of its weight, title and lead first. Two articles cover the same story when their cores overlap
 * in mass on *both* sides (a weighted Ruzicka overlap: the sum of min(share on page, share in
 * source)) and share at least two anchors that are not ubiquitous in war coverage. A live blog that
 * mentions Kharkiv in one paragraph keeps Kharkiv at the edge of its core, so a Kharkiv page shares
 * too little of its mass to match.
 */
import { extractFeatures, type Feature, type FeatureClass } from './features';
import { selfFingerprint, isSameText } from './self';
import type { Lang, SourceMatch } from '../types';

/** Relative importance of feature classes: anchors and names pin a story, nouns only support it. */
const CLASS_WEIGHT: Record<FeatureClass, number> = { anchor: 1, name: 0.9, number: 0.8, topic: 0.5, term: 0 };
/** Ukraine, Russia, Putin, NATO, war: shared by all war coverage, so they count a quarter. */
const UBIQUITOUS_FACTOR = 0.25;
/** An article's core: enough features for a two-paragraph story, few enough to stay on topic. */
const CORE_SIZE = 14;
/**
 * Below this overlap of core mass, two articles share context, not a story. Measured on the
 * story fixtures: same-story pairs score 0.42-0.83 (the live blog is the lowest), the hardest
 * negatives (other North Korea news) 0.30-0.37.
 */
export const SAME_STORY_THRESHOLD = 0.4;
/** Distinct non-ubiquitous anchors (places, people, countries, numbers) both cores must share. */
const MIN_SHARED_ANCHORS = 2;
/** An article's main subject: its strongest anchors (two, since leads often pair a who and a where). */
const MAIN_ANCHORS = 2;
/**
 * Sources explained with a "why" list: a newsroom corpus can hold thousands of articles on one
 * story, and nobody reads the reasons past the first screens of the popup.
 */
const MAX_EXPLAINED = 100;
/** Names and terms listed in "why". */
const MAX_WHY = 6;

type CoreEntry = [key: string, share: number, anchor: boolean];

export interface StoryDoc {
  id: string;
  title: string;
  lang: Lang;
  /** Sorted by share, largest first. */
  core: CoreEntry[];
  /** Hashes of the article's long sentences, to recognise a page that is this very article. */
  fingerprint: number[];
}

/** Plain-JSON index: built at build time for the bundled corpus, extended as articles are added. */
export interface StoryIndexData {
  version: 1;
  docs: StoryDoc[];
}

/** Parallel arrays rather than objects: with 10,000 articles one key's list holds 10,000 entries. */
interface Postings {
  docs: number[];
  shares: number[];
}

function salience(f: Feature): number {
  return CLASS_WEIGHT[f.cls] * (f.ubiquitous ? UBIQUITOUS_FACTOR : 1) * Math.log2(1 + f.weight);
}

function isAnchor(f: Feature): boolean {
  return !f.ubiquitous && (f.cls === 'anchor' || f.cls === 'name' || f.cls === 'number');
}

/** The top features of an article, with their share of the core's mass (shares sum to 1). */
export function storyCore(features: Feature[]): Array<{ f: Feature; share: number }> {
  const scored = features
    .filter((f) => CLASS_WEIGHT[f.cls] > 0)
    .map((f) => ({ f, s: salience(f) }))
    .sort((a, b) => b.s - a.s || (a.f.key < b.f.key ? -1 : 1))
    .slice(0, CORE_SIZE);
  const total = scored.reduce((acc, x) => acc + x.s, 0) || 1;
  return scored.map(({ f, s }) => ({ f, share: s / total }));
}

export function storyDoc(doc: { id: string; title: string; lang: Lang; text: string; ignore?: Array<[number, number]> }): StoryDoc {
  const core = storyCore(extractFeatures(doc)).map(({ f, share }): CoreEntry => [f.key, Number(share.toFixed(5)), isAnchor(f)]);
  return { id: doc.id, title: doc.title, lang: doc.lang, core, fingerprint: selfFingerprint(doc.text, doc.ignore ?? []) };
}

export class StoryIndex {
  private docs: StoryDoc[] = [];
  /** Each slot's main anchors (its first MAIN_ANCHORS anchor keys), computed once on add. */
  private mains: string[][] = [];
  /** False once a slot is removed (slots are tombstoned, never reused). */
  private live: boolean[] = [];
  private postings = new Map<string, Postings>();
  private byId = new Map<string, number>();

  static fromData(data: StoryIndexData): StoryIndex {
    const idx = new StoryIndex();
    for (const d of data.docs) idx.addStoryDoc(d);
    return idx;
  }

  static of(docs: Iterable<{ id: string; title: string; lang: Lang; text: string; ignore?: Array<[number, number]> }>): StoryIndex {
    const idx = new StoryIndex();
    for (const d of docs) idx.add(d);
    return idx;
  }

  toData(): StoryIndexData {
    // By slot, not id: an article re-added under the same id leaves a dead slot with that id.
    return { version: 1, docs: this.docs.filter((_, i) => this.live[i]) };
  }

  get size(): number {
    return this.byId.size;
  }

  add(doc: { id: string; title: string; lang: Lang; text: string; ignore?: Array<[number, number]> }): void {
    this.addStoryDoc(storyDoc(doc));
  }

  /** Adding touches only the new article's postings: the index is never rebuilt. */
  addStoryDoc(d: StoryDoc): void {
    if (this.byId.has(d.id)) this.remove(d.id);
    const n = this.docs.length;
    this.docs.push(d);
    this.mains.push(d.core.filter((c) => c[2]).slice(0, MAIN_ANCHORS).map((c) => c[0]));
    this.live.push(true);
    this.byId.set(d.id, n);
    for (const [key, share] of d.core) {
      let list = this.postings.get(key);
      if (!list) this.postings.set(key, (list = { docs: [], shares: [] }));
      list.docs.push(n);
      list.shares.push(share);
    }
  }

  /** Removal tombstones the slot (slots are never reused) and takes it out of its postings. */
  remove(id: string): void {
    const n = this.byId.get(id);
    if (n === undefined) return;
    this.byId.delete(id);
    this.live[n] = false;
    for (const [key] of this.docs[n].core) {
      const list = this.postings.get(key);
      const at = list ? list.docs.indexOf(n) : -1;
      if (!list || at < 0) continue;
      list.docs.splice(at, 1);
      list.shares.splice(at, 1);
    }
  }

  /**
   * Corpus articles covering the same story as the page, best first. `selfId` (or a page whose
   * text is a corpus article) is never listed as its own source. `exclude` hides articles the reader
   * chose to hide.
   */
  match(page: { title: string; text: string; lang: Lang; selfId?: string }, opts: { exclude?: Set<string>; threshold?: number } = {}): SourceMatch[] {
    const threshold = opts.threshold ?? SAME_STORY_THRESHOLD;
    const core = storyCore(extractFeatures(page));
    const pageShare = new Map(core.map((c) => [c.f.key, c] as const));
    const pageMain = core.filter((c) => isAnchor(c.f)).slice(0, MAIN_ANCHORS).map((c) => c.f.key);
    // Accumulate in flat arrays: with 10,000 articles, common concepts have long postings lists.
    const n = this.docs.length;
    const score = new Float64Array(n);
    const anchors = new Uint8Array(n);
    const touched: number[] = [];
    for (const { f, share } of core) {
      const list = this.postings.get(f.key);
      if (!list) continue;
      const anchor = isAnchor(f);
      const { docs, shares } = list;
      for (let j = 0; j < docs.length; j++) {
        const doc = docs[j];
        if (score[doc] === 0 && anchors[doc] === 0) touched.push(doc);
        score[doc] += Math.min(share, shares[j]);
        if (anchor) anchors[doc] += 1;
      }
    }
    // Articles whose core holds one of the page's main anchors, read off those anchors' postings.
    const holdsPageMain = new Uint8Array(n);
    for (const key of pageMain) for (const doc of this.postings.get(key)?.docs ?? []) holdsPageMain[doc] = 1;
    let pageFp: Set<number> | undefined;
    const passing: number[] = [];
    for (const i of touched) {
      if (score[i] < threshold || anchors[i] < MIN_SHARED_ANCHORS || !this.live[i]) continue;
      const d = this.docs[i];
      if (d.id === page.selfId || opts.exclude?.has(d.id)) continue;
      // Each side's main subject must be part of the other's story: a source that spends two
      // paragraphs on Pokrovsk is not about Pokrovsk.
      if (!holdsPageMain[i] || !this.mains[i].some((k) => pageShare.has(k))) continue;
      pageFp ??= new Set(selfFingerprint(page.text, []));
      if (isSameText(d.fingerprint, pageFp)) continue;
      passing.push(i);
    }
    passing.sort((a, b) => score[b] - score[a] || (this.docs[a].id < this.docs[b].id ? -1 : 1));
    return passing.map((i, rank) => {
      const d = this.docs[i];
      return { id: d.id, title: d.title, score: Math.round(Math.min(1, score[i]) * 1000) / 1000, why: rank < MAX_EXPLAINED ? this.why(d, pageShare) : [] };
    });
  }

  /** Shared core features, biggest shared mass first, as spelled on the page. */
  private why(d: StoryDoc, pageShare: Map<string, { f: Feature; share: number }>): string[] {
    const shared = d.core
      .filter(([key]) => pageShare.has(key))
      .map(([key, share]) => ({ f: pageShare.get(key)!.f, w: Math.min(share, pageShare.get(key)!.share) }))
      .sort((a, b) => b.w - a.w);
    const why: string[] = [];
    const seen = new Set<string>();
    for (const { f } of shared) {
      const label = f.display.replace(/\s+/g, ' ').trim();
      if (seen.has(label.toLowerCase())) continue;
      seen.add(label.toLowerCase());
      why.push(label);
      if (why.length >= MAX_WHY) break;
    }
    return why;
  }

}
