/**
 * Who holds the expectation a figure is the value of ("analyst expectations of $55.4 billion", "les projections des
 * analystes (61,66 milliards)"). Split out of attribution.ts (speakers19).
 */
import type { Lang } from '../types';
import { speakerGroup, speakerHead } from './speaker-groups';
import { EN_AUTHOR_AHEAD, NAME } from './speech-verbs';
import { NOT_NAMES } from './speaker-names';
import { bmpExec } from '../text/bmp-regex';

/** Nouns of what is expected of a figure before it is known: the holder of the expectation gives the value. */
const EXPECT_NOUNS_EN = '(?:expectations?|estimates?|forecasts?|projections?|consensus)';
const EXPECT_NOUNS_FR = '(?:attentes|pr[ée]visions?|projections?|estimations?|anticipations?|consensus)';
/** A name, acronym or speaker noun that holds an expectation, as a possessive ("Wall Street's expectation of", "analysts'
 * average estimate of") or a modifier ("analyst expectations of", "Wall Street estimates of", "consensus estimates of"):
 * a capitalised modifier is an acronym or a name of two words at least (EN_AUTHOR_AHEAD: "Revenue estimates" opening a
 * sentence names no one). */
const EN_EXPECT_HOLDER = `(?:(?:the )?(${NAME.slice(1, -1)}|${speakerHead('en')})['’]s?|(${EN_AUTHOR_AHEAD}${NAME.slice(1, -1)}|${speakerHead('en')}|consensus|market))`;
/** Between the expectation's noun and its value: "of", and an earlier value of the same expectation joined by "and /
 * on" ("analyst expectations of EPS of $1.26 and revenue of $55.2 billion", "estimates of $1.25 per share on $54.9
 * billion"); no clause mark. */
const EXPECT_TAIL_EN = "(?: of| for [\\p{L} -]{1,30}? of)(?: [^,;:!?]{1,40}? (?:and|on))?(?:(?: [\\p{L}-]+){1,2} of)?";
const EXPECT_BEFORE_EN = new RegExp(`(?<![\\p{L}])${EN_EXPECT_HOLDER} (?:(?:average|mean|median|consensus) )?(${EXPECT_NOUNS_EN})${EXPECT_TAIL_EN} ?$`, 'u');
/** "the Street's $61.66 billion whisper number", "the CGT's 80,000 estimate": a possessive right before the value and
 * an expectation's noun right after it. */
const POSSESSIVE_BEFORE_EN = new RegExp(`(?<![\\p{L}])(?:the )?(${NAME.slice(1, -1)}|${speakerHead('en')})['’]s? $`, 'u');
const EXPECT_AFTER_EN = new RegExp(`^(?:[^,;.!?]|[.,](?=\\d)){0,40}?(?<![\\p{L}])(?:whisper number|${EXPECT_NOUNS_EN})(?![\\p{L}])`, 'u');
/** French: the holder after the noun and before the value ("des projections des analystes (61,66 milliards)",
 * "les prévisions du consensus, à …"), or after the value and its unit ("les prévisions de 54,9 milliards de dollars des
 * analystes");
 * "consensus" is its own holder ("surpassant le consensus s'élevant à 55,19 milliards"). Never the noun alone followed by
 * "de" and a value: "dépassant les attentes de 4 cents" gives by how much, not whose. */
const FR_EXPECT_HOLDER = `(?:${speakerGroup('fr', 'long')}|(?:du |de |d['’] ?)(\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){0,2}))`;
const EXPECT_BEFORE_FR = new RegExp(`(?<![\\p{L}])${EXPECT_NOUNS_FR}(?: \\p{Ll}+)? ${FR_EXPECT_HOLDER} ?(?:\\(|:|,|de|d['’]|à)? ?$`, 'u');
const EXPECT_OPEN_FR = new RegExp(`(?<![\\p{L}])${EXPECT_NOUNS_FR}(?: \\p{Ll}+)? (?:de |d['’] ?)$`, 'u');
const HOLDER_AFTER_FR = new RegExp(`^(?: (?:de |d['’] ?)\\p{Ll}+)? ?${FR_EXPECT_HOLDER}(?=\\s*[,.;)]|\\s*$| (?:et|pour|sur|à|en)(?![\\p{L}]))`, 'u');
const CONSENSUS_FR = /(?<![\p{L}])(consensus)(?: (?:s['’](?:élevant|établissant)|qui s['’](?:élève|établit|établissait|élevait)|établi|fixé))? (?:à|de|d['’]) ?$/u;
const CURRENCY_END = /(?:\p{Lu}{1,2})?\p{Sc}$/u;
/** speed27: cheap pre-checks before the long patterns, run for every figure while few sentences hold an expectation.
 * EXPECT_BEFORE_EN cannot match without one of its nouns, nor POSSESSIVE_BEFORE_EN without its possessive mark at the
 * end; every French pattern needs a noun of EXPECT_NOUNS_FR (CONSENSUS_FR: "consensus"). The noun pre-checks are built
 * from the very lists the long patterns use (fixrev27a), so a noun added there cannot be missed here: a bare
 * alternation with no look-behind, as cheap as the hand-written stems were. Same results, some 2% of English
 * extraction saved. */
const EXPECT_NOUN_EN = new RegExp(EXPECT_NOUNS_EN);
const POSSESSIVE_END_EN = /['’]s? $/;
const EXPECT_NOUN_FR = new RegExp(EXPECT_NOUNS_FR);
/** How far before a figure its expectation's noun is read: a verb of beating or missing and a holder's noun group with
 * an earlier value joined ("analyst expectations of EPS of $1.26 and revenue of $55.2 billion": some 70 characters),
 * with room; not so far that a previous clause's expectation is read. */
const EXPECT_WINDOW_CHARS = 120;
/** How far after a figure its expectation's noun is read after a possessive ("the Street's $61.66 billion whisper
 * number"): the value's unit ("billion") and the noun; EXPECT_AFTER_EN stops at a clause mark within it anyway. */
const EXPECT_NOUN_AFTER_CHARS = 40;
/** How far after a French value its holder is read ("les prévisions de 54,9 milliards de dollars des analystes"): the
 * unit with its "de" and a holder's group of up to three names. */
const HOLDER_AFTER_CHARS = 60;

/**
 * Who holds the expectation a figure is the value of, or undefined: a company's results are set against what analysts or
 * the market expected ("smashing analyst expectations of $55.4 billion", "Wall Street's expectation of $62 billion",
 * "bien au-delà des projections des analystes (61,66 milliards)"). The holder, not the company whose results the
 * sentence gives, says that figure (session 16).
 */
// speed22: the long patterns run through their BMP form (core/text/bmp-regex.ts): the same result, a cheaper first compile.
export function expectationHolder(text: string, a: number, start: number, end: number, lang: Lang): string | undefined {
  let before = text.slice(Math.max(a, start - EXPECT_WINDOW_CHARS), start);
  if (lang === 'en') {
    // A figure may start after its currency sign ("of $61 billion" read from "61").
    before = before.replace(CURRENCY_END, '');
    const m = EXPECT_NOUN_EN.test(before) ? bmpExec(EXPECT_BEFORE_EN, before) : null;
    if (m) return m[1] ?? `${m[2]} ${m[3]}`;
    const owner = POSSESSIVE_END_EN.test(before) ? bmpExec(POSSESSIVE_BEFORE_EN, before) : null;
    if (owner && !NOT_NAMES.has(owner[1]) && EXPECT_AFTER_EN.test(text.slice(start, end + EXPECT_NOUN_AFTER_CHARS))) return owner[1];
    return undefined;
  }
  // Every French reading below needs an expectation's noun before the figure.
  if (!EXPECT_NOUN_FR.test(before)) return undefined;
  const m = bmpExec(EXPECT_BEFORE_FR, before);
  if (m) return m[1] ?? m[2];
  if (EXPECT_OPEN_FR.test(before)) {
    const after = bmpExec(HOLDER_AFTER_FR, text.slice(end, end + HOLDER_AFTER_CHARS));
    if (after) return after[1] ?? after[2];
  }
  return CONSENSUS_FR.exec(before)?.[1];
}
