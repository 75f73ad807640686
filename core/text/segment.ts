/**
 * Sentence segmentation with exact offsets.
 *
 * Intl.Segmenter is the base (same output in node, Chromium and Firefox), with the fixes French needs:
 * - it ends a "sentence" after French abbreviations followed by a capital (M. Rutte, Mme Dupont,
 *   Dr. Martin, av. J.-C.): those splits are merged back;
 * - when a closing guillemet is preceded by a space (« Bonjour ! »), it puts the » at the start of the
 *   next segment: the » goes back to the sentence it closes;
 * - line breaks always end a sentence: titles and subtitles carry no final period.
 * Spans never include leading or trailing white space, and `text === input.slice(start, end)`.
 */
import { sentenceEnds } from './sentence-break';
import { MONTH_ABBREVIATIONS } from '../dates/day';

export interface Segment {
  start: number;
  end: number;
  text: string;
}

// Abbreviations after which Intl.Segmenter wrongly ends a sentence before a capital. Matched on the
// end of the previous segment (trailing spaces removed). The period is optional because French writes
// "Mme", "Mlle", "Mgr" without one, and Intl.Segmenter still splits there when a period follows a
// previous word ("Mme." happens in copy).
const ABBREVIATION_END =
  /(?:^|[\s(«"'\u2019\u00A0\u202F-])(?:M|MM|Mme|Mmes|Mlle|Mlles|Mgr|Me|Dr|Drs|Pr|Prof|St|Ste|Sts|Gal|Gén|Col|Cdt|Lt|Cne|av|apr|env|cf|vol|art|chap|réf|p|pp|n°|no|Mr|Mrs|Ms|Jr|Sr|vs|etc|J\.-C|J\.-Ch)\.?$/u;

// Month abbreviations ("Feb. 11", "Sept. 8", "7 févr. 2024"): Intl.Segmenter may end a sentence after
// them; when the next segment starts with a digit (the day or the year), that is no sentence end.
const MONTH_ABBREVIATION_END = new RegExp(String.raw`(?:^|[\s(])(?:${MONTH_ABBREVIATIONS.join('|')})\.$`, 'iu');
const STARTS_WITH_DIGIT = /^[\s\u00A0\u202F]*\p{N}/u;
// A dateline's agency and its dash after a month's cut ("PARIS, 3 déc. (AFP) - Le..."): the bracket closes the
// dateline, it opens no sentence. Thirty characters hold an agency's name ("(EUROPA PRESS)").
const STARTS_WITH_AGENCY_DASH = /^[\s\u00A0\u202F]*\([^()\n]{2,30}\)[\s\u00A0]*[-\u2013\u2014]/u;

// A closing guillemet (or closing quote) at the start of a segment, after optional spaces of any kind.
const LEADING_CLOSER = /^[\s\u00A0\u202F]*[»\u201D\u203A]/u;

const SPACE = /[\s\u00A0\u202F\u2007\u2009\uFEFF]/u;

let cachedSegmenter: { lang: string; seg: Intl.Segmenter } | null = null;

function segmenter(lang: string): Intl.Segmenter {
  if (!cachedSegmenter || cachedSegmenter.lang !== lang) {
    cachedSegmenter = { lang, seg: new Intl.Segmenter(lang, { granularity: 'sentence' }) };
  }
  return cachedSegmenter.seg;
}

/** Shrink [start, end) so that it neither starts nor ends with white space. */
function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && SPACE.test(text[start])) start++;
  while (end > start && SPACE.test(text[end - 1])) end--;
  return [start, end];
}

/** The first letter of a string is lower case (a sentence does not start that way). */
function startsLowercase(s: string): boolean {
  const m = /\p{L}/u.exec(s);
  if (!m) return false;
  // Only when the first non-space, non-punctuation character is that letter.
  const head = s.slice(0, m.index);
  if (/[\p{N}]/u.test(head)) return false;
  return m[0] !== m[0].toUpperCase() && m[0] === m[0].toLowerCase();
}

/** Split one line (no line breaks inside) into raw [start, end) ranges, then repair French splits. */
function segmentLine(text: string, lineStart: number, lineEnd: number, lang: string): Array<[number, number]> {
  const line = text.slice(lineStart, lineEnd);
  const raw: Array<[number, number]> = [];
  // The same boundaries by the same rules, read in JavaScript when the line's characters allow
  // (sentence-break.ts); Intl.Segmenter otherwise.
  const ends = sentenceEnds(line);
  if (ends) {
    let from = lineStart;
    for (const e of ends) {
      raw.push([from, lineStart + e]);
      from = lineStart + e;
    }
  } else {
    for (const s of segmenter(lang).segment(line)) {
      raw.push([lineStart + s.index, lineStart + s.index + s.segment.length]);
    }
  }
  const out: Array<[number, number]> = [];
  for (const [s, e] of raw) {
    const prev = out[out.length - 1];
    if (prev) {
      const prevText = text.slice(prev[0], prev[1]).replace(/[\s\u00A0\u202F]+$/u, '');
      const cur = text.slice(s, e);
      const closer = LEADING_CLOSER.exec(cur);
      if (closer) {
        const rest = cur.slice(closer[0].length);
        if (rest.trim() === '' || startsLowercase(rest) || /^[\s\u00A0\u202F]*[,;:)]/u.test(rest)) {
          // "« Bonjour ! » a-t-il dit." : one sentence.
          prev[1] = e;
        } else {
          // "« Bonjour ! » Puis." : the guillemet closes the previous sentence.
          prev[1] = s + closer[0].length;
          out.push([s + closer[0].length, e]);
        }
        continue;
      }
      if (ABBREVIATION_END.test(prevText) || (MONTH_ABBREVIATION_END.test(prevText) && (STARTS_WITH_DIGIT.test(cur) || STARTS_WITH_AGENCY_DASH.test(cur)))) {
        prev[1] = e;
        continue;
      }
    }
    out.push([s, e]);
  }
  return out;
}

/**
 * Sentences of a text, with exact UTF-16 offsets. Never throws; empty or blank input gives [].
 * `lang` only picks Intl.Segmenter's locale; the French repairs are harmless on English text.
 */
export function segmentSentences(text: string, lang = 'fr'): Segment[] {
  const out: Segment[] = [];
  const lineBreak = /\r\n|[\n\r\u2028\u2029\u0085]/g;
  let lineStart = 0;
  const pushLine = (ls: number, le: number) => {
    if (ls >= le) return;
    for (const [s0, e0] of segmentLine(text, ls, le, lang)) {
      const [s, e] = trimSpan(text, s0, e0);
      if (s < e) out.push({ start: s, end: e, text: text.slice(s, e) });
    }
  };
  let m: RegExpExecArray | null;
  while ((m = lineBreak.exec(text)) !== null) {
    pushLine(lineStart, m.index);
    lineStart = m.index + m[0].length;
  }
  pushLine(lineStart, text.length);
  return out;
}
