/**
 * Translated passages of one source in another language than the page (crosslang.ts finds the
 * sentence pairs): a page span already paired with this source by shared words keeps that
 * counterpart, one counterpart per page span and source.
 */
import type { CorpusDoc, Passage } from '../types';
import type { Analysis } from './tokens';
import { crossMatches, rankAgainstCount, sentenceBags, CROSS_CLOSE_SCORE, CROSS_MIN_SHARED, type KeyCounts } from './crosslang';
import type { TranslatedPair } from './translation-agreement';
import { elidedStart } from '../text/words';
import { verblessPiece } from './fragment-claims';
import { replacedOnOneSide } from './replaced-counts';
import { headlineEnd, onStoryFrame } from './story-frame';
import { partsOfOneWhole } from './shared-wholes';
import { countOnOneSide, otherClaims, restsOnNames, sharesCount, CROSS_NAMES_MIN_SCORE, CROSS_NO_COUNT_MIN_SCORE } from './claim-anchors';

/** Score under which a translated pair sharing no number and, besides the story's frame (keys at least
 *  STORY_PERVASIVE_SHARE of its sources hold), at most one key of its own (story-frame.ts onStoryFrame) is two
 *  sentences about the story rather than one claim, wherever they stand (session 32, pass32). Such pairs score low
 *  because the frame's keys weigh little (crosslang.ts rarity weights); the one own key is a word of each sentence's
 *  claim that happens to meet ("les routes sont bloquées" / "access ... impeded on roads"). On the devset
 *  (passage-false-classes.ts labels, 94 stories), body pairs of this kind under 0.15: 0 gold, 1 adjudicated true, 12
 *  adjudicated false; under 0.16: 2, 4, 20; under 0.20: 10, 6, 34 (a right pair meets on its frame and one word too,
 *  "Sheinbaum will become the first woman president"). 0.15: the step before right pairs come in. */
export const CROSS_FRAME_MIN_SCORE = 0.15;

/** Quotation marks of French and English copy. */
const QUOTE_MARK = /["«»“”]/;
/** Characters around a span searched for its quotation marks (a sentence pair spans words only, so
 *  the marks that open and close a quoted sentence lie just outside it). */
const QUOTE_REACH = 3;
const quotes = (text: string, s: number, e: number): boolean => QUOTE_MARK.test(text.slice(Math.max(0, s - QUOTE_REACH), e + QUOTE_REACH));

/**
 * A passage between a page span and a span of a source in the other language, from its pair score: close from
 * `CROSS_CLOSE_SCORE` on, else a paraphrase; always marked translated. Shared by the sentence pairs here and the
 * count pairs (count-pairs.ts), so that both read alike in the popup.
 */
export function crossPassage(score: number, pageText: string, ps: number, pe: number, doc: CorpusDoc, ss: number, se: number): Passage {
  return {
    kind: score >= CROSS_CLOSE_SCORE ? 'close' : 'paraphrase',
    score: Math.round(Math.min(1, score) * 1000) / 1000,
    page: { start: ps, end: pe, text: pageText.slice(ps, pe) },
    source: { id: doc.id, start: ss, end: se, text: doc.text.slice(ss, se) },
    translated: true,
  };
}

/** `pairs`, when given, receives each passage with the keys of its source span (translation-agreement.ts). `shares`,
 *  when given, the share of the story's sources holding each key (story-frame.ts keyShares). */
export function translations(pa: Analysis, pageText: string, sa: Analysis, doc: CorpusDoc, found: Passage[], counts?: KeyCounts, pairs?: TranslatedPair[], shares?: () => Map<string, number> | null): Passage[] {
  const out: Passage[] = [];
  const pHead = headlineEnd(pageText);
  const sHead = headlineEnd(doc.text);
  for (const x of crossMatches(pa, sa, counts)) {
    // Spans hold whole words: an elided article with its word ("L'attaque").
    const ps = elidedStart(pageText, pa.wordStarts[x.pageWords[0]]);
    const pe = pa.wordEnds[x.pageWords[1]];
    const ss = elidedStart(doc.text, sa.wordStarts[x.srcWords[0]]);
    const se = sa.wordEnds[x.srcWords[1]];
    if (found.some((p) => p.page.start < pe && ps < p.page.end)) continue;
    // A number one side gives as a rank and the other as a count is no shared key (crosslang.ts rankAgainstCount):
    // without it, the pair must still share CROSS_MIN_SHARED keys.
    // Only the keys crossMatches counted in `shared`: a number key it dropped is not subtracted again.
    const ranks = rankAgainstCount(pa, x.pageWords[0], x.pageWords[1], sa, x.srcWords[0], x.srcWords[1], x.keys);
    if (ranks > 0 && x.shared - ranks < CROSS_MIN_SHARED) continue;
    // Two spans that share only whom they name, or a quote and a narration sharing at most one anchor, state two
    // claims (claim-anchors.ts).
    if (otherClaims(pa, x.pageWords, sa, x.srcWords, x.keys)) continue;
    // Two parts of one whole ("76 sur 577" / "215 of the 577 seats"): the shared number is the whole, not a claim.
    if (partsOfOneWhole(pa, x.pageWords, sa, x.srcWords, x.keys)) continue;
    // A shared count one span asserts and the other sets aside ("et non 35 %", "rather than the 70%"): a claim
    // against its correction (replaced-counts.ts).
    if (replacedOnOneSide(pa, x.pageWords, sa, x.srcWords, x.keys)) continue;
    // A pair sharing no count (claim-anchors.ts) needs CROSS_NO_COUNT_MIN_SCORE: its words alone carry it.
    if (x.score < CROSS_NO_COUNT_MIN_SCORE && !sharesCount(pa, x.pageWords, sa, x.srcWords, x.keys)) continue;
    // A count one span states and the other does not, on no more than the minimum of shared keys, short of a faithful
    // translation: two sentences on one subject (claim-anchors.ts countOnOneSide).
    if (x.keys.length <= CROSS_MIN_SHARED && x.score < CROSS_CLOSE_SCORE && countOnOneSide(pa, x.pageWords, sa, x.srcWords)) continue;
    // A pair sharing no count and little besides the names both sentences give, under CROSS_NAMES_MIN_SCORE: two
    // sentences about the same people (claim-anchors.ts restsOnNames).
    if (x.score < CROSS_NAMES_MIN_SCORE && restsOnNames(pa, x.pageWords, sa, x.srcWords, x.keys)) continue;
    // A headline and another span sharing only the words nearly every source of the story gives, and one word more,
    // name the event (story-frame.ts).
    if (shares && (ps < pHead || ss < sHead) && onStoryFrame(x.keys, shares())) continue;
    // Two body sentences sharing the same and scoring under CROSS_FRAME_MIN_SCORE: two sentences about the story.
    if (shares && x.score < CROSS_FRAME_MIN_SCORE && onStoryFrame(x.keys, shares())) continue;
    // A short piece with no verb on one side, sharing no count: a noun phrase, no claim (fragment-claims.ts).
    if (verblessPiece(pa, ps, pe, sa, ss, se)) continue;
    const p = crossPassage(x.score, pageText, ps, pe, doc, ss, se);
    out.push(p);
    if (pairs) {
      const wk = sentenceBags(sa).wordKeys;
      const keys: string[] = [];
      for (let w = x.srcWords[0]; w <= x.srcWords[1]; w++) for (const k of wk[w]) if (!keys.includes(k)) keys.push(k);
      pairs.push({ p, keys, quoted: quotes(pageText, ps, pe) && quotes(doc.text, ss, se) });
    }
  }
  return out;
}
