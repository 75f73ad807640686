/**
 * Who says a figure, where the text says so: "a déclaré Bayrou", "selon l'agence du renseignement
 * américain", "Borne, qui a déclaré", "said Bayrou", "according to ...". Works on the original
 * text of the sentence (and, for a figure inside a quotation, the words right after the quotation
 * closes). A surname is expanded to the full name when the same text writes it in full ("Bayrou" ->
 * "François Bayrou"), because the popup shows the speaker out of context.
 */
import type { Lang } from '../types';
import { sameSpeakerBefore, speakerGroup } from './speaker-groups';
import { TITLE_WORDS, titleHolder } from './speaker-titles';
import { isCountryForm } from '../concepts/index';
import { EN_ASIDE_WORDS, EN_DAY_WORDS, EN_VERBS, FR_ASIDE_WORDS, FR_POST_VERBS, FR_VERBS, NAME } from './speech-verbs';
import { expand, HONORIFIC_OPENING, NOT_NAMES } from './speaker-names';
import { clauseAround, isDigit, quoteAround, quoteSpans, sentenceAround, stopAt } from './speaker-sentences';
import { decidedAt, lastMatchDecided, match, matchAt } from './speech-match';
import { INCISE, nextQuotationSpeaker, pronounAntecedent, resolveDescription } from './speaker-antecedents';
import { expectationHolder } from './speaker-expectations';
import { bmpExec } from '../text/bmp-regex';

export { sentenceBounds } from './speaker-sentences';
/** How far after a closing quotation mark the speaker's verb is looked for ("», a noté M. Bayrou."). */
const AFTER_QUOTE_CHARS = 90;

/** An acronym of three capitals or more, or a speaker group, in the possessive right before a value ("the CGT's
 * 80,000", "the ministry's 1,200"): the value is that group's. Not two capitals (a country: "the US's 10%"), nor a
 * country's acronym ("the USA's", "the UAE's": isCountryForm), nor any other name (a place's count is no place's word).
 * A count noun and "of" may stand between ("the authorities' earlier estimate of 270"): the count is the group's. */
const POSSESSED_COUNT = "(?:(?:\\p{Ll}+ )?(?:estimates?|counts?|tall(?:y|ies)|tolls?|figures?) of )?";
const POSSESSIVE_GIVER = new RegExp(`(?<![\\p{L}])(?:the )?(\\p{Lu}{3,}|${speakerGroup('en', 'short')})['’]s? ${POSSESSED_COUNT}$`, 'u');
const POSSESSIVE_MAX_CHARS = 60;
/** Can POSSESSIVE_GIVER match `s` at all: it ends on a space and holds an apostrophe? Most figures have no
 * possessive before them, and the pattern is tried at every position of the stretch before it fails. */
const mayBePossessive = (s: string): boolean => s.endsWith(' ') && (s.includes("'") || s.includes('’'));
/** A source named in parentheses right after a value: a capitalised name or acronym of up to three words. */
const SOURCE_TAG = /^ ?\((\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})\)/u;
const SOURCE_TAG_MAX_CHARS = 48;
/** The characters SOURCE_TAG and SELON_TAG open on ("^ ?\("). */
const OPEN_PAREN = 40;
const SPACE = 32;
/** "entre 1,2 million (selon la police) et 3,5 millions (selon les syndicats)": a "selon" in parentheses right after a value. */
const SELON_TAG = /^ ?\((?:[Ss]elon|[Dd]['’]après|[Aa]ccording to) (?:(?:les|la|le|the) |l['’] ?)?([^()]{2,40})\)/u;

/**
 * A joined clause whose verb is left out, a speaker and its figure only: "…, and the independent firm Occurrence
 * 55,000", "…, et le cabinet indépendant Occurrence 55.000", "…, while Elabe for BFM TV 175-205". Only a name
 * after a common noun ("firm", "cabinet") or a name "for" a name (a pollster for a channel): a bare name is most
 * often the elided count's place ("…, while Marseille 20,000").
 */
const ELIDED_SPEAKER = /^\s*(?:(?:the|le|la|les) |l['’] ?)?((?:\p{Ll}[\p{L}-]+ ){1,3}\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}|\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)? (?:for|pour) \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})\s*$/u;
const ELIDED_FUNCTION_WORDS = /(?<![\p{L}])(?:of|de|du|des|in|en|à|au|at|on|sur|dans|with|avec)(?![\p{L}])/u;
function elidedSpeaker(pre: string): string | undefined {
  const m = ELIDED_SPEAKER.exec(pre);
  if (!m || ELIDED_FUNCTION_WORDS.test(m[1].replace(/ (?:for|pour) /, ' '))) return undefined;
  return m[1];
}

/** A determiner written right before a speaker's name: "selon la police", "bilan du ministère", "the IDF said". */
const DETERMINER_BEFORE = /(?<![\p{L}])(le|la|les|l['’]|the|du|des|au|aux) ?$/iu;
/** Contracted French determiners say "de/à + le/les": the speaker's own determiner is the article. */
const DETERMINER_AS_ARTICLE = new Map([['du', 'le'], ['au', 'le'], ['aux', 'les']]);
/** Before these words "des" is an indefinite article ("selon des sources"), else "de les" ("le bilan des autorités"). */
const INDEFINITE_AFTER = /(?:selon|d['’]après|par|pour) $/iu;

/** Who says the figure at [start, end) of `text`, or undefined: the speaker's words without their determiner
 * ("police", "ministère de l'Intérieur"); `speakerAsWritten` gives it back for display. */
export function findSpeaker(text: string, start: number, end: number, lang: Lang): string | undefined {
  const who = speakerName(text, start, end, lang);
  // "le Premier ministre" where the text writes "le Premier ministre Jean Dupont": the person speaks.
  return who && who !== 'same source' ? titleHolder(who, text) ?? who : who;
}

/** A speaker without its determiner nor its honorific, in lower case: two writings of one speaker ("la police",
 * "Police"; "Mrs Lind", "Mrs. Lind", "Lind"; "Mme Lind", "M. Lind") are one. The honorific is read before lower case:
 * "M." is one only as a capital. */
export function speakerKey(who: string): string {
  const bare = who.replace(/^(?:(?:[Ll]es|[Ll]e|[Ll]a|[Dd]es|[Tt]he) |[Ll]['’] ?)/u, '').replace(HONORIFIC_OPENING, '');
  return bare.toLowerCase().replace(/^(?:(?:les|le|la|des|the) |l['’] ?)/u, '');
}

/**
 * The speaker as the text writes it, with the determiner written right before its occurrence nearest the
 * figure ("la police", "le ministère de l'Intérieur", "the IDF"; "François Bayrou" has none): the popup shows
 * it in a sentence, and "selon police" is not French.
 */
export function speakerAsWritten(text: string, start: number, end: number, who: string): string {
  if (who === 'same source') return who;
  return withDeterminer(text, start, end, who);
}

function withDeterminer(text: string, start: number, end: number, who: string): string {
  const [a, b] = sentenceAround(text, start, end);
  const from = Math.max(0, a - AFTER_QUOTE_CHARS), to = Math.min(text.length, b + AFTER_QUOTE_CHARS);
  const near = text.slice(from, to);
  let best = -1;
  for (let i = near.indexOf(who); i >= 0; i = near.indexOf(who, i + 1)) {
    if (best < 0 || Math.abs(from + i - start) < Math.abs(from + best - start)) best = i;
  }
  if (best < 0) return who;
  const before = near.slice(Math.max(0, best - 12), best);
  const m = DETERMINER_BEFORE.exec(before);
  if (!m) return who;
  let det = m[1].toLowerCase();
  if (det === 'des' && !INDEFINITE_AFTER.test(before.slice(0, m.index))) det = 'les';
  det = DETERMINER_AS_ARTICLE.get(det) ?? det;
  return /['’]$/.test(det) ? `${det}${who}` : `${det} ${who}`;
}
function speakerName(text: string, start: number, end: number, lang: Lang): string | undefined {
  return resolveDescription(speakerNameAsWritten(text, start, end, lang), text, sentenceAround(text, start, end)[0], lang);
}

function speakerNameAsWritten(text: string, start: number, end: number, lang: Lang): string | undefined {
  // "Paris : 500 000 (CGT) / 87 000 selon la police": a name in parentheses right after the value is its source.
  // Both tags open on a parenthesis, right after the value or after one space: most values have none, and their two
  // slices and patterns are then left out (speed, session 16).
  if (text.charCodeAt(end) === OPEN_PAREN || (text.charCodeAt(end) === SPACE && text.charCodeAt(end + 1) === OPEN_PAREN)) {
    const tag = SOURCE_TAG.exec(text.slice(end, end + SOURCE_TAG_MAX_CHARS));
    if (tag && !NOT_NAMES.has(tag[1])) return tag[1];
    const selonTag = SELON_TAG.exec(text.slice(end, end + SOURCE_TAG_MAX_CHARS));
    if (selonTag) return selonTag[1].trim();
  }
  // "police counted 8,000, compared to the CGT's 80,000": a possessive right before the value is its giver.
  if (lang === 'en') {
    const before = text.slice(Math.max(0, start - POSSESSIVE_MAX_CHARS), start);
    const owner = mayBePossessive(before) ? POSSESSIVE_GIVER.exec(before) : null;
    if (owner && !isCountryForm(owner[1].toLowerCase())) return owner[1];
  }
  const [a, b] = sentenceAround(text, start, end);
  // "506 000 selon le ministère, 1 million selon la CGT", "la CGT annonce 1 million, les autorités en recensent
  // 500 000": a sentence of several figures and speakers gives each figure the attribution of its own stretch.
  const [ca, cb] = clauseAround(text, a, b, start, end);
  // "Le même ministère a indiqué qu'environ 700 …": the ministry named before speaks again.
  const same = sameSpeakerBefore(text.slice(ca, cb), text, a, lang);
  if (same) return same;
  // "France confirmed its first deaths after two people died, Minister X said on Wednesday": a name saying the whole
  // clause from its end reports everything before it, an inner subject's verb included.
  if (lang === 'en') {
    const trailing = TRAILING_SAID_EN.exec(text.slice(end, cb));
    if (trailing && !NOT_NAMES.has(trailing[2].split(' ')[0]) && !clauseNamesItsSpeaker(text.slice(ca, start), trailing[1])) {
      return expand(trailing[2].replace(LEADING_TITLE, ''), text);
    }
  }
  // speakers20: a quotation opened in the figure's sentence after its speaker's verb and a colon ("X a précisé : « Les
  // estimations indiquent que plus de 150 … »", 'X said: "…"'): what the quotation holds is what X says, its subjects
  // included ("les estimations" are X's words, not a speaker), so X says its figures.
  const opened = quoteAround(quoteSpans(text), start);
  if (opened && opened[0] >= a && QUOTE_OPENS_ON_COLON.test(text.slice(a, opened[0]))) {
    const opener = matchAt(text, a, opened[0], lang);
    if (opener && opener !== 'same source') return opener;
  }
  const stretch = ownStretchSpeaker(text, ca, cb, start, end, lang);
  // speaker36: a decision read in the figure's own stretch gives way to a sayer of the whole sentence ("A judge
  // sentenced him to 9 years in prison, prosecutors said": the prosecutors report the sentence).
  if (stretch && lastMatchDecided()) {
    const sayer = matchAt(text, a, b, lang);
    if (sayer && !decidedAt(text, a, b)) return sayer;
  }
  if (stretch) return stretch;
  // "87,000 according to the police, while the CGT counted 500,000": each clause its own speaker first.
  if (ca > a || cb < b) {
    const own = matchAt(text, ca, cb, lang) ?? (ca > a ? elidedSpeaker(text.slice(ca, start)) : undefined);
    // speaker36: a clause's decision gives way to a sayer of the whole sentence ("A judge sentenced him to 9 years in
    // prison, prosecutors said": the prosecutors report the sentence).
    if (own && decidedAt(text, ca, cb)) {
      const sayer = matchAt(text, a, b, lang);
      if (sayer && !decidedAt(text, a, b)) return sayer;
    }
    if (own) return own;
  }
  // speakers20: a sentence opening on a subject that says it, and a source relaying it after the figure ("He said out of
  // 750 girls at the camp, 23 are missing, according to X"): the subject says each of its figures, as in its own stretch.
  const tailAfter = text.slice(end, b);
  if (mayHavePostposedSource(tailAfter) && POSTPOSED_SOURCE.test(tailAfter)) {
    const relayed = relayedSubject(text, a, start, end, lang);
    if (relayed) return relayed;
  }
  // Figures of one sentence share its speaker (matchAt reads each sentence once per text).
  const direct = matchAt(text, a, b, lang);
  if (direct && !(cb < b && opposedSubject(text, cb, b, direct, lang))) return direct;
  const introduced = introducedParagraph(text, a, lang);
  if (introduced) return introduced;
  // Inside a quotation: the speaker follows its closing mark.
  const q = quoteAround(quoteSpans(text), start);
  if (q) {
    const after = text.slice(q[1] + 1, q[1] + 1 + AFTER_QUOTE_CHARS);
    // The words after the closing mark up to their sentence's end (an initial's or a title's point is none: "…,"
    // Superintendent Col. Roland Butler said).
    let stop = 0;
    while (stop < after.length && !stopAt(text, q[1] + 1 + stop)) stop++;
    const quoted = match(after.slice(0, stop), lang, text);
    if (quoted) return quoted;
    // A quotation opened in an earlier sentence ("X confirmed the toll and said, “… . Four were from Y …”", "X a
    // indiqué : « … . Parmi les blessés, 40 sont des enfants »"): its speaker is introduced before the opening mark, in
    // the words of the opening mark's sentence that precede it (session 15).
    if (q[0] < a) {
      const [oa] = sentenceAround(text, q[0], q[0]);
      const opener = match(text.slice(oa, q[0]), lang, text);
      if (opener && opener !== 'same source') return opener;
      // speakers18: a quotation whose first sentence holds its speaker's incise ("« Sur place, ajoute-t-elle, le
      // dispositif monte. Nous avons 900 pompiers »", '"On the ground," he added, "…. We have 900 …"'): the incise's
      // pronoun says the whole quotation, its antecedent as for any pronoun of saying.
      const [ia, ib] = sentenceAround(text, q[0] + 1, q[0] + 1);
      if (ib <= start && INCISE[lang].test(text.slice(ia, ib))) {
        const incised = pronounAntecedent(text, ia, ib, lang);
        if (incised) return incised;
      }
    }
    const next = nextQuotationSpeaker(text, q, lang);
    if (next) return next;
  }
  return pronounAntecedent(text, a, b, lang);
}
/** A list item's mark opening a line ("• Northwind : 3 %", "- Southjet: 12%", "* …", "1. …", "2) …"). */
const LIST_ITEM = /^\s*(?:[•\-*–—▪◦·]|\d{1,2}[.)])\s/u;
/** How many list items are walked back over to the line that introduces the list: longer lists are tables, whose
 * introduction is too far to be read as the speaker of each row. */
const LIST_ITEMS_BACK = 12;
/** A line that only introduces what follows it: a name, a verb of saying (a present, a compound past, an English past or
 * present) and a colon, a medium or a day between ("Acme ajoute :", "Acme a précisé dans un communiqué :", "The
 * company said in a statement:"). Group 1 is the name. */
const INTRODUCER: Record<Lang, RegExp> = {
  fr: new RegExp(`^\\s*${NAME} (?:${FR_POST_VERBS}|${FR_VERBS})(?: [^:.;]{1,40})?\\s*:\\s*$`, 'u'),
  en: new RegExp(`^\\s*${NAME} (?:${EN_VERBS}|adds|explains|writes|continues)(?: [^:.;]{1,40})?\\s*:\\s*$`, 'u'),
};
/**
 * speakers21: the speaker of a paragraph introduced by the line before it, which ends on a colon and names a speaker
 * ("Acme ajoute :" then the paragraph of its words, "Nous estimons … 2,4 millions"; "Selon X, les annulations ont
 * grimpé :" then a list "• A : de 3 % à 7 %"): a paragraph or a list set after a colon is what the line before
 * introduces, so that line's speaker says its figures. The list's items are walked back over to its introduction; only
 * the line right before the paragraph (or the list) is read, a blank line between.
 */
function introducedParagraph(text: string, a: number, lang: Lang): string | undefined {
  let ls = text.lastIndexOf('\n', a - 1) + 1;
  if (ls === 0) return undefined;
  const own = text.slice(ls, text.indexOf('\n', ls) < 0 ? text.length : text.indexOf('\n', ls));
  const inList = LIST_ITEM.test(own);
  for (let back = 0; back <= LIST_ITEMS_BACK; back++) {
    // The line before, blank lines skipped.
    let e = ls - 1;
    while (e > 0 && /\s/u.test(text[e - 1])) e--;
    if (e <= 0) return undefined;
    const ps = text.lastIndexOf('\n', e - 1) + 1;
    const line = text.slice(ps, e);
    if (/:\s*$/u.test(line)) {
      const who = matchAt(text, ps, e, lang) ?? INTRODUCER[lang].exec(line)?.[1];
      return who && who !== 'same source' && !NOT_NAMES.has(who) ? expand(who, text) : undefined;
    }
    if (!inList || !LIST_ITEM.test(line)) return undefined;
    ls = ps;
  }
  return undefined;
}

/** A join of contrast opening the next clause ("…, while X estimates …", "…, tandis que X recense …"). */
const CONTRAST_JOIN = /^,? (?:while|whereas|tandis qu['’e]|alors qu['’e])/u;
/** How far after a contrast join the next clause's subject is looked for: a subject and its modifiers ("United Nations
 * officials currently", "les autorités sanitaires locales"), not the end of a long clause, where a trailing speaker says
 * the whole sentence ("12 died, while 30 were injured, the ministry said"). */
const OPPOSED_SUBJECT_CHARS = 40;
/**
 * speakers21: whether the sentence's speaker `who` is the subject of a clause set against the figure's by a contrast join
 * ("The government reports 2,205 deaths, while UN officials estimate 1,368"): that speaker is opposed to the first
 * clause's, so it is not the figure's (which keeps none rather than a wrong one). Only when the speaker's first word
 * opens the clause after the join, within a subject's length, no comma nor number before it: a speaker ending the
 * sentence says both clauses.
 */
function opposedSubject(text: string, cb: number, b: number, who: string, lang: Lang): boolean {
  const join = CONTRAST_JOIN.exec(text.slice(cb, b));
  if (!join) return false;
  const first = who.replace(/^(?:(?:the|le|la|les) |l['’] ?)/iu, '').split(' ')[0];
  const head = text.slice(cb + join[0].length, cb + join[0].length + OPPOSED_SUBJECT_CHARS);
  const at = first.length > 1 ? head.indexOf(first) : -1;
  // Opening the clause: only its determiner and modifiers stand before, no comma nor number.
  return at >= 0 && !/[,\d]/u.test(head.slice(0, at)) && matchAt(text, cb, b, lang) === who;
}
/** The words before a quotation's opening mark end on a colon: a verb of saying introduced it. */
const QUOTE_OPENS_ON_COLON = /:\s*$/u;
/** Capitalised words a title may have before the name in a trailing "…, Health Minister Jane Roe said" ("Deputy Prime
 * Minister", "Health Minister"): three at most, enough for the titles news writes before a name, few enough that a
 * clause's own capitalised words before the comma are not read as a title. */
const TRAILING_TITLE_MAX_WORDS = 3;
/** A clause's last words, a comma, a name (a title's words before it: "Health Minister Jane Roe") and "said / says /
 * added / wrote" with at most a day or a medium after it: the name reports the whole clause before the comma, its
 * figures and any inner subject's ("France confirmed its first deaths after two people died, Health Minister Jane Roe
 * said on Wednesday": the minister, not France; session 17). No number after the figure up to it: a figure of its own
 * between would have its own stretch. Group 1 is the words between the figure and that comma, group 2 the name. */
const TRAILING_SAID_EN = new RegExp(`^([^\\d]*?), (?:\\p{Lu}[\\p{L}-]* ){0,${TRAILING_TITLE_MAX_WORDS}}?${NAME} (?:said|says|added|wrote)(?: (?:on |late |early |last )?(?:${EN_DAY_WORDS})| in a (?:statement|post))?\\s*[.!]?\\s*$`, 'u');
/** A title's words left at the start of a trailing name: NAME takes capitalised words greedily, so "Health Minister
 * Jane Roe" comes whole, and the person is "Jane Roe" (a title is no part of a name: speakerKey compares persons). */
const LEADING_TITLE = new RegExp(`^(?:\\p{Lu}[\\p{L}-]* ){0,${TRAILING_TITLE_MAX_WORDS - 1}}${TITLE_WORDS} (?=\\p{Lu})`, 'iu');
/** A verb of saying that opens reported speech before the figure ("The army said it killed 12", "officials said that
 * 12 …", "police said 12 …"): the clause names its own speaker. A verb followed by its object ("France confirmed its
 * first deaths after two people died") opens none, and the trailing name still says the clause. */
const SAYING_OPENS_SPEECH = new RegExp(`(?<![\\p{L}])${EN_VERBS}(?: (?:that|it|he|she|they|we|there)(?![\\p{L}])|\\s*$)`, 'u');
/** A verb of saying or a source between the figure and the trailing name's comma ("…, officials said, adding …, X
 * wrote", "…, according to the police, X said", "…, the ministry said in a statement, X said"): that speaker is the
 * figure's, nearer than the name. "per" only before a determiner or a name: "12 per cent" names no source. */
const SAYING_OR_SOURCE = new RegExp(`(?<![\\p{L}])(?:${EN_VERBS}|according to|per (?:the |\\p{Lu}))`, 'u');
/** Whether the clause names the figure's speaker itself, before the figure (`before`) or between it and a trailing
 * name's comma (`gap`): the trailing name then only relays it (rev17c: "The army said it killed 12 militants, Reuters
 * said" is the army's). */
const clauseNamesItsSpeaker = (before: string, gap: string): boolean => SAYING_OPENS_SPEECH.test(before) || SAYING_OR_SOURCE.test(gap);

/** "selon X", "d'après X", "according to X" written after a figure and before the next: that figure's source. A
 * clause join before it ("…, et selon la CGT, 2 millions", "mais selon …") makes it the next clause's opener, not
 * this figure's; "et / and" join clauses only beside a comma ("entre la place A et la place B, selon X" is one). Nor
 * after a colon (speakers18): what follows it details the figure ("13 blessés : deux habitants et onze pompiers, selon
 * X"), and a source written there is the detail's, the figure keeps its clause's speaker. */
const POSTPOSED_SOURCE = /^(?:(?!(?:, (?:et|and)|(?:et|and),|,? (?:mais|tandis|alors|but|while|whereas))(?![\p{L}])|[;:])[^;:])*?(?<![\p{L}])((?:[Ss]elon|[Dd]['’]après|[Aa]ccording to) .*)$/su;
/** POSTPOSED_SOURCE cannot match a stretch without one of its source words and the space after it: most stretches after
 * a figure hold none, and the pattern's lookaheads then try every offset (speed, session 16). */
const mayHavePostposedSource = (s: string): boolean => s.includes('elon ') || s.includes('après ') || s.includes('ccording to ');
/**
 * The speaker of the stretch of its sentence that is the figure's alone, or undefined: after the figure up to the
 * next number, a source written with "selon / d'après / according to" ("1 million selon la CGT"); before it, from
 * the number before (or the sentence's start), any attribution ("la CGT annonce 1 million", "While the CGT counted
 * …"), or a speaker noun group alone after a comma, whose verb is left out as the clause before already said it
 * ("…, the police 80,000", "…, la préfecture 15 000"). A number between an attribution and the figure makes the
 * attribution that number's, so the sentence as a whole is read then. Both stretches stay in the figure's clause
 * (speaker-sentences.ts CLAUSE_JOIN): "55,000 according to X, and 451,789 …, Y reported" gives X to the first only.
 */
function ownStretchSpeaker(text: string, a: number, b: number, start: number, end: number, lang: Lang): string | undefined {
  // The stretch of a figure ends at its neighbours' numbers (their ASCII digits, as /\d/u reads).
  let to = end;
  while (to < b && !isDigit(text.charCodeAt(to))) to++;
  const tail = text.slice(end, to);
  const after = mayHavePostposedSource(tail) ? POSTPOSED_SOURCE.exec(tail) : null;
  if (after) {
    // The source's phrase ends where a clause is joined to it ("…, selon le décompte d'un institut, tandis que la police
    // n'en a vu que 107 000"): the next clause's subject is that clause's speaker, not this figure's.
    const who = match(after[1].split(AFTER_SOURCE_JOIN)[0], lang, text);
    if (who) return relayedSubject(text, a, start, end, lang) ?? who;
  }
  const expected = expectationHolder(text, a, start, end, lang);
  if (expected) return expected;
  let from = start;
  while (from > a && !isDigit(text.charCodeAt(from - 1))) from--;
  const before = text.slice(from, start);
  // The nearest attribution first: from the last comma before the figure, then from each comma before it
  // ("X annonce la libération de quatre otages, le Hamas fait état de 210 morts": number words leave the stretch
  // whole). The figure stays in: what follows a phrase ends it ("a annoncé la mort de 15 personnes" names no one).
  for (let cut = start; cut > from;) {
    cut = text.lastIndexOf(',', cut - 1);
    if (cut < from) break;
    // "Le ministère de la Santé, contrôlé par le parti X, affirme …": a participle's agent in an apposition is
    // not the subject of the verb after it, so a stretch opening on one is never read alone.
    if (APPOSITION.test(text.slice(cut + 1, end))) continue;
    const near = matchAt(text, cut + 1, end, lang);
    if (near) return near;
    // speakers18: a comma opening an aside between an auxiliary and its participle ("… où le Hamas a, pour sa part,
    // fait état de 210 morts") cuts the subject from its verb: the stretch opens on the subject, a few words before.
    if (ASIDE_OPENS.test(text.slice(cut, cut + ASIDE_OPENS_CHARS))) {
      let w = cut;
      for (let k = 0; k < ASIDE_SUBJECT_WORDS && w > from; k++) {
        w = text.lastIndexOf(' ', w - 1);
        if (w < from) break;
        const subject = matchAt(text, w + 1, end, lang);
        if (subject) return subject;
      }
    }
  }
  const said = matchAt(text, from, end, lang);
  if (said) return said;
  const lastPart = /[,;]([^,;]*)$/u.exec(before);
  return lastPart ? bareSpeakerGroup(lastPart[1], lang) : undefined;
}

/** A clause opening on its subject and a verb of saying, before its figure ("He said out of 750 …", "The agency said on
 * Monday that 95% …", "Il a déclaré que …"): group 1 is the subject, at most five words. */
const SUBJECT_SAYS_FIRST: Record<Lang, RegExp> = {
  en: /^\s*((?:[\p{L}'’.-]+ ){0,4}[\p{L}'’.-]+)(?: also| later| then)? (?:said|says|told|added)(?![\p{L}])/u,
  fr: /^\s*((?:[\p{L}'’.-]+ ){0,4}[\p{L}'’.-]+) (?:a|ont|avait|avaient) (?:déclaré|indiqué|précisé|affirmé|ajouté|dit|expliqué|annoncé|assuré)(?![\p{L}])/u,
};
const SUBJECT_PRONOUN = /^(?:He|She|They|It|We|Il|Elle|Ils|Elles|On)$/u;
/**
 * speakers20: the speaker of a clause whose subject says it before its figure and whose figure a source after it relays
 * ("He said out of 750 girls at the camp, 23 are missing, according to the X news station"; "Il a déclaré que …, selon
 * X"): the source reports what the subject said, so the subject speaks (a pronoun's antecedent, as for any pronoun of
 * saying); undefined when the clause opens otherwise or its subject names nobody.
 */
function relayedSubject(text: string, a: number, start: number, end: number, lang: Lang): string | undefined {
  const m = SUBJECT_SAYS_FIRST[lang].exec(text.slice(a, start));
  if (!m) return undefined;
  if (SUBJECT_PRONOUN.test(m[1])) {
    const [sa, sb] = sentenceAround(text, start, end);
    return sa === a || /^\s*$/u.test(text.slice(sa, a)) ? pronounAntecedent(text, sa, sb, lang) : undefined;
  }
  return matchAt(text, a, a + m[0].length, lang);
}

/** An aside set off by commas that sets a speaker against another ("a, pour sa part, fait état", "has, for its part,
 * said"): the words of FR_ASIDE and their English equivalents (speech-verbs.ts). */
const ASIDE_OPENS = new RegExp(`^, (?:${FR_ASIDE_WORDS}|${EN_ASIDE_WORDS}),`, 'u');
/** How many characters after a comma ASIDE_OPENS reads: the longest aside with its commas (", pour leur part,", ", for
 * their part,") is 17 characters; 24 leaves room for a spelling variant and still reads no more than the aside. */
const ASIDE_OPENS_CHARS = 24;
/** Words looked back from an aside's opening comma for the subject and its auxiliary ("le Hamas a", "the ministry
 * has"): the auxiliary and a name or a short noun group. */
const ASIDE_SUBJECT_WORDS = 4;

/** A clause joined after a postposed source: a comma and a conjunction of contrast or "et / and". */
const AFTER_SOURCE_JOIN = /,? (?:tandis|alors|mais|but|while|whereas)(?![\p{L}])|, (?:et|and)(?![\p{L}])/u;

/** A stretch that opens on a participle and its agent ("contrôlé par X", "dirigé par X", "led by X"), or on a relative
 * pronoun, whose antecedent (the subject of the verb after the clause: "X, who was headed to Y said …") stands before
 * the comma (session 15). */
const APPOSITION = /^\s*(?:\p{Ll}+(?:é|ée|és|ées|ed) (?:par|by)|who|which|whose|qui|dont)(?![\p{L}])/u;

/** The words are a speaker noun group and nothing else ("the police", "la préfecture de police"). */
const BARE_GROUP: Record<Lang, RegExp> = {
  en: new RegExp(`^\\s*${speakerGroup('en', 'long')}\\s*$`, 'u'),
  fr: new RegExp(`^\\s*${speakerGroup('fr', 'long')}\\s*$`, 'u'),
};
// speed22: through its BMP form (core/text/bmp-regex.ts), the same result for a cheaper first compile of a long pattern.
function bareSpeakerGroup(words: string, lang: Lang): string | undefined {
  return bmpExec(BARE_GROUP[lang], words)?.[1];
}
