/**
 * Select, across sources, for the translation stage (crosslang.ts, translations.ts): the translations
 * of one page statement agree with each other. A page sentence states one fact; when one source
 * translates it faithfully and another source's partner tells something else (the two source
 * sentences, in one language, do not restate each other), the weak partner shares the page
 * sentence's names and topic words, not its statement: "one hostage told the Prime Minister <name> in
 * a phone call" against "the Prime Minister <name> said the release proved ...", beside the source
 * that gives the phone call itself.
 */
import type { Passage } from '../types';
import { weightedDice } from './crosslang';

/** Score a translation needs to judge the other partners of its page sentence: below it no partner
 *  is a faithful enough reading to tell what the sentence states (CROSS_TITLE_MIN_SCORE's level,
 *  where a pair of two titles counts). On the devset (given the story) a lower level would let a
 *  false best partner judge the gold ones: "The four were kidnapped from the Nova music festival ..."
 *  pairs best (0.17) with a source's toll sentence, and at 0.06-0.12 with the gold translations;
 *  0.3 and 0.35 drop the same pairs as 0.25. */
export const AGREE_STRONG_SCORE = 0.25;
/** Share of the best partner's score under which another partner must restate the best one's source
 *  sentence (weighted Dice of their keys >= AGREE_MIN). The weak partners of the devset's page
 *  sentences (given the story) score 0.25-0.49 of their best partner's score, gold and false alike:
 *  the ratio alone tells nothing, it only keeps a close second reading out of the test. */
export const AGREE_WEAK_SHARE = 0.6;

/** Weighted Dice (keys weighed as crosslang.ts weighs them) at which two source sentences restate
 *  each other. Measured (devset, given the story) on the weak partners: the gold ones ("They were
 *  taken to hospital for medical checks and were in good health" against "Ils se trouvent dans de
 *  bonnes conditions médicales" and "«en bonne santé»", beside "examens médicaux") agree 0.28-0.39
 *  with the best partner's sentence; of those judged false, three agree 0.09-0.22 (dropped) and one
 *  0.28 (kept); one adjudicated-true pair agrees 0.23 and is dropped (a ministry's count told in two
 *  wordings). CROSS_REPEAT_MIN (0.4, two sentences of one text) dropped those 4 gold pairs too. */
export const AGREE_MIN = 0.25;

/** A translated passage with the keys of its source span (crosslang.ts sentenceBags' word keys) and
 *  whether both its sentences quote someone: each source translates a quote in its own words ("Il
 *  faut que toute la nation travaille plus" / "The entire nation has to work more"), so a quote's
 *  partners need not restate each other (measured: the one gold pair this rule took without it). */
export interface TranslatedPair {
  p: Passage;
  keys: string[];
  quoted: boolean;
}

/**
 * The translated passages to drop: for each page span, when its best translation scores
 * AGREE_STRONG_SCORE or more, the partners in other sources scoring under AGREE_WEAK_SHARE of it
 * whose source text does not restate the best one's (agreement under AGREE_MIN), unless both sides
 * of the partner quote someone.
 */
export function strayTranslations(pairs: TranslatedPair[], w: (k: string) => number): Set<Passage> {
  const out = new Set<Passage>();
  for (const x of pairs) {
    let best: TranslatedPair | null = null;
    for (const y of pairs) {
      if (y.p.page.start < x.p.page.end && x.p.page.start < y.p.page.end && (!best || y.p.score > best.p.score)) best = y;
    }
    if (!best || best === x || best.p.score < AGREE_STRONG_SCORE || best.p.source.id === x.p.source.id) continue;
    if (x.p.score >= AGREE_WEAK_SHARE * best.p.score) continue;
    if (x.quoted || weightedDice(x.keys, best.keys, w) >= AGREE_MIN) continue;
    out.add(x.p);
  }
  return out;
}
