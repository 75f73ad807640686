/**
 * What an article is about, as weighted features that cross languages.
 *
 * Feature keys:
 *   c:<concept>   a lexicon concept (north-korea, kursk, troops...)
 *   p:<name>      a proper name the lexicon does not know, folded to a spelling-neutral key
 *   n:<value>     a number of 100 or more ("10.000", "10,000" and "10 000" meet as n:10000)
 *   t:<lang>:<stem> any other content word (only meets pages in the same language)
 */
import { words, STOPWORDS, type Word } from '../text/words';
import { nameKey } from '../text/names';
import { lookup } from '../concepts/index';
import { FORM_INDEX, MAX_FORM_WORDS, type Concept } from './lexicon';
import type { Lang } from '../types';

export type FeatureClass = 'anchor' | 'topic' | 'name' | 'number' | 'term';

export interface Feature {
  key: string;
  cls: FeatureClass;
  ubiquitous: boolean;
  /** Sum of position weights of its occurrences (title and lead count more). */
  weight: number;
  /** How it is spelled where it first appears prominently, for the "why" list. */
  display: string;
}

/** Title words say what the article is mainly about: they count as this many body mentions. */
const TITLE_WEIGHT = 3;
/** The lead (first sentences) states the story; later paragraphs drift to context. */
const LEAD_WEIGHT = 2;
/** Characters of body text that count as the lead: about the first two news sentences. */
const LEAD_CHARS = 400;
/** A name must be this long to count: shorter capitalised tokens are initials and noise. */
const MIN_NAME_LENGTH = 3;
/** Content words shorter than this are mostly function words the stop list misses. */
const MIN_TERM_LENGTH = 4;
/** Numbers below this are too common ("3 districts", "12 people") to tie two articles together. */
const MIN_ANCHOR_NUMBER = 100;
/** In a title where most words are capitalised (English title case), capitals do not mark names. */
const TITLE_CASE_RATIO = 0.6;

/**
 * Capitalised words that are not names: days, months, titles and institutions' common nouns
 * ("Secretary General", "Conseil"). English capitalises all of them; French capitalises some.
 */
const NOT_NAMES = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december ' +
    'lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre ' +
    'secretary general president prime minister ministry minister defense defence foreign affairs national service services chief leader department state ' +
    'council conseil atlantique alliance affaires etrangeres ministre secretaire premier mr mrs ms dr m mme direct live update updates breaking ' +
    'north south east west nord sud est ouest'
  ).split(' '),
);

/** Fold a proper name to a key that survives transliteration: Koursk/Kursk, Zelenskyy/Zelensky. */
export { nameKey };

/** Light stemming: enough for "troupes"/"troupe", "envoyées"/"envoyé" to meet. */
function stem(norm: string): string {
  return norm.replace(/(?:ees|ee|es|e|s|x)$/, '') || norm;
}

/** Numbers as written in news text, with any thousands separator. */
const NUMBER = /\d{1,3}(?:[ \u00A0\u202F.,]\d{3})+(?![\d])|\d+(?:[.,]\d+)?/g;

function numberValue(raw: string): number | null {
  // "10.000", "10,000", "10 000" are thousands; "1,5" and "4.8" are decimals.
  if (/^\d{1,3}(?:[ \u00A0\u202F.,]\d{3})+$/.test(raw)) return Number(raw.replace(/[^\d]/g, ''));
  const v = Number(raw.replace(',', '.'));
  return Number.isFinite(v) ? v : null;
}

function isYear(raw: string, v: number): boolean {
  return /^\d{4}$/.test(raw) && v >= 1900 && v <= 2100;
}

function inRanges(pos: number, ranges: Array<[number, number]>): boolean {
  for (const [s, e] of ranges) if (pos >= s && pos < e) return true;
  return false;
}

/** A capital at the start of a sentence or line says nothing about being a name. */
function startsSentence(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const ch = text[i];
    if (ch === ' ' || ch === '\u00A0' || ch === '\u202F' || ch === '"' || ch === '«' || ch === '“' || ch === '(' || ch === '\'' || ch === '-' || ch === '—') continue;
    return ch === '.' || ch === '!' || ch === '?' || ch === '\n' || ch === ':';
  }
  return true;
}

class FeatureBag {
  readonly map = new Map<string, Feature>();
  add(key: string, cls: FeatureClass, ubiquitous: boolean, weight: number, display: string): void {
    const f = this.map.get(key);
    if (f) {
      f.weight += weight;
      return;
    }
    this.map.set(key, { key, cls, ubiquitous, weight, display });
  }
}

function addSegment(bag: FeatureBag, text: string, lang: Lang, weightAt: (pos: number) => number, ignore: Array<[number, number]>, titleCase: boolean): void {
  // English possessives ("Russia's") name the thing itself.
  const ws: Word[] = words(text)
    .filter((w) => !inRanges(w.start, ignore))
    .map((w) => (/'s$/.test(w.norm) ? { ...w, norm: w.norm.slice(0, -2), raw: w.raw.slice(0, -2), end: w.end - 2 } : w));
  // Words seen in lower case somewhere are common words even when capitalised at times.
  const lowerSeen = new Set<string>();
  for (const w of ws) if (!w.capitalized) lowerSeen.add(w.norm);

  for (let i = 0; i < ws.length; ) {
    // Longest lexicon form starting here, built up word by word (no slicing per candidate).
    let concept: Concept | undefined;
    let span = 0;
    let form = '';
    for (let n = 1; n <= MAX_FORM_WORDS && i + n <= ws.length; n++) {
      form = n === 1 ? ws[i].norm : form + ' ' + ws[i + n - 1].norm;
      const c = FORM_INDEX.get(form);
      if (c) {
        concept = c;
        span = n;
      }
    }
    const w = ws[i];
    const weight = weightAt(w.start);
    if (concept) {
      const display = text.slice(w.start, ws[i + span - 1].end);
      bag.add('c:' + concept.key, concept.anchor ? 'anchor' : 'topic', concept.ubiquitous, weight, display);
      i += span;
      continue;
    }
    i += 1;
    if (/^\d/.test(w.norm) || STOPWORDS.has(w.norm)) continue;
    const next = ws[i];
    // In "Oleh Synehoubov" or "Financial Times" the last word carries the name; the first is a
    // given name or qualifier that other articles often leave out.
    const beforeAnotherName = next !== undefined && next.capitalized && /^[ \u00A0]$/.test(text.slice(w.end, next.start));
    const isName =
      w.capitalized && !titleCase && !beforeAnotherName && !NOT_NAMES.has(w.norm) && !lowerSeen.has(w.norm) &&
      !startsSentence(text, w.start) && w.norm.length >= MIN_NAME_LENGTH;
    const general = isName ? undefined : generalConcept(w.norm);
    if (isName) {
      bag.add('p:' + nameKey(w.norm), 'name', false, weight, w.raw);
    } else if (general) {
      // A general news noun or verb of the shared concept table ("manifestants" / "protesters"):
      // it crosses languages, and supports a story without pinning it down.
      bag.add('c:' + general, 'topic', false, weight, w.raw);
    } else if (w.norm.length >= MIN_TERM_LENGTH && !w.capitalized) {
      bag.add(`t:${lang}:${stem(w.norm)}`, 'term', false, weight, w.raw);
    }
  }

  NUMBER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBER.exec(text)) !== null) {
    if (inRanges(m.index, ignore)) continue;
    const v = numberValue(m[0]);
    if (v === null || v < MIN_ANCHOR_NUMBER || isYear(m[0], v)) continue;
    bag.add('n:' + v, 'number', false, weightAt(m.index), m[0]);
  }
}

/** Concept types of the shared table that say what a story is about (not units, times or cues). */
const STORY_TYPES = new Set(['topic', 'entity', 'role', 'action']);

function generalConcept(norm: string): string | undefined {
  const c = lookup(norm);
  return c && STORY_TYPES.has(c.type) ? c.id : undefined;
}

function looksTitleCase(title: string): boolean {
  const ws = words(title).filter((w) => /^\p{L}/u.test(w.raw) && !STOPWORDS.has(w.norm));
  if (ws.length < 3) return false;
  return ws.filter((w) => w.capitalized).length / ws.length >= TITLE_CASE_RATIO;
}

/**
 * Features of one article. The title is weighted as the strongest statement of the story; if the
 * body begins with the title (as the bundled texts do), that first line is not counted twice.
 */
export function extractFeatures(doc: { title: string; text: string; lang: Lang; ignore?: Array<[number, number]> }): Feature[] {
  const bag = new FeatureBag();
  const title = doc.title.trim();
  if (title) addSegment(bag, title, doc.lang, () => TITLE_WEIGHT, [], looksTitleCase(title));
  const ignore = [...(doc.ignore ?? [])];
  const firstLineEnd = doc.text.indexOf('\n');
  if (title && doc.text.startsWith(title.slice(0, Math.min(40, title.length)))) {
    ignore.push([0, firstLineEnd < 0 ? doc.text.length : firstLineEnd]);
  }
  // The lead starts after any ignored furniture at the top.
  let leadStart = 0;
  for (const [s, e] of [...ignore].sort((a, b) => a[0] - b[0])) if (s <= leadStart) leadStart = Math.max(leadStart, e);
  addSegment(bag, doc.text, doc.lang, (pos) => (pos >= leadStart && pos < leadStart + LEAD_CHARS ? LEAD_WEIGHT : 1), ignore, false);
  return [...bag.map.values()];
}
