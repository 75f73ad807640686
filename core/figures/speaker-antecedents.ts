/**
 * A speaker written as a pronoun, a description ("the agency"), a message ("the statement said"), a bare title or a
 * person's job, or a quotation with no speaker of its own: who it stands for, read in the sentences before (a pronoun's
 * antecedent, a chain of pronouns, a quotation continuing the one before). Split out of attribution.ts (speakers19).
 */
import type { Lang } from '../types';
import { FR_INVERTED_SAYING } from './say-words';
import { lastSpeakerGroup, pronounSays, speakerHead } from './speaker-groups';
import { TITLE_WORDS, titleHolder } from './speaker-titles';
import { NAME } from './speech-verbs';
import { BARE_TITLE, expand, GROUP_APPOSED_NAME, HONORIFIC_OPENING, mayHoldTitle, NOT_NAMES, PERSON_NAME } from './speaker-names';
import { quoteAround, quoteSpans, sentenceAround, stopAt, withoutQuotations } from './speaker-sentences';
import { match, matchAt } from './speech-match';

/** Nouns by which a news text names again an institution it has just named ("Santé publique France … », indique
 * l'agence sanitaire", "X said … the company added"): a second mention, written to avoid repeating the name. */
const KIND_NOUNS = new Set(['agence', 'agency', 'institut', 'institute', 'organisme', 'organisation', 'organization', 'société',
  'company', 'groupe', 'group', 'firm', 'entreprise', 'fabricant', 'manufacturer', 'constructeur',
  // A medium named again by its kind ("BBC … The public broadcaster said"; session 15).
  'broadcaster', 'newspaper', 'daily', 'channel', 'network', 'chaîne', 'quotidien', 'journal',
  // "according to X-TV … according to the television station"; "the outlet reported", "la station" (session 16).
  'station', 'outlet']);
/** A definite description ("agence sanitaire", "tyre company"): lower-case words only, at most three, one of
 * them a kind noun, no complement. */
function isDescription(who: string): boolean {
  const words = who.split(' ');
  return words.length <= 3 && !/\p{Lu}|\d/u.test(who) && !words.some((w) => /^(?:de|du|des|d['’].*|of|in|for)$/u.test(w))
    && words.some((w) => KIND_NOUNS.has(w));
}

/** A speaker written as a definite description of an institution stands for the institution the sentence before (or
 * the one before that) names as its speaker, when that speaker is a name (capitalised); a message ("the statement
 * said") for the speaker the sentence before names, whoever it is, and for nobody when none is named: the
 * popup shows who, and two articles, one writing the name and one the description, then name one speaker. */
/** Nouns of a message or a document, which carries its issuer's words ("the statement said", "the post added", "le
 * communiqué précise"): no speaker itself. */
const MESSAGE_NOUNS = new Set(['statement', 'post', 'release', 'message', 'report', 'bulletin', 'letter', 'communiqué',
  'déclaration', 'rapport', 'lettre', 'texte', 'publication']);
/** A message named alone ("statement", "press release"): lower-case words only, at most three, the last a message
 * noun, no complement ("the report of the commission" names its author). */
function isMessage(who: string): boolean {
  const words = who.toLowerCase() === who ? who.replace(/^(?:(?:the|le|la|les) |l['’] ?)/u, '').split(' ') : [];
  return words.length > 0 && words.length <= 3 && MESSAGE_NOUNS.has(words[words.length - 1]);
}

/** A person named again by a common noun alone ("a ajouté l'urgentiste", "the surgeon added"): one lower-case word that
 * is no speaker noun (those name an institution of their own: "la police", "the ministry"). */
const SPEAKER_HEAD_WORD: Record<Lang, RegExp> = {
  en: new RegExp(`^${speakerHead('en')}$`, 'u'),
  fr: new RegExp(`^${speakerHead('fr')}$`, 'u'),
};
/** A plural noun ("selon les chercheurs", "the researchers said") names a group, never one person named again (session 17:
 * "selon les chercheurs" read as the researcher quoted in the sentence before); "boss" and "-ss" words are singular. */
const PLURAL_NOUN = /(?<!s)s$|x$/u;
const isPersonDescription = (who: string, lang: Lang): boolean => /^\p{Ll}[\p{L}-]+$/u.test(who) && !PLURAL_NOUN.test(who) && !SPEAKER_HEAD_WORD[lang].test(who);
/** A spokesperson's nouns, both languages' (one list for SPOKESPERSON_OF and SPOKESPERSON_ALONE; fixrev19b). */
const SPOKESPERSON_EN = 'spokesperson|spokesman|spokeswoman';
const SPOKESPERSON_FR = 'porte-parole';
/** A spokesperson named by the kind of body they speak for ("a department spokesperson", "un porte-parole du
 * ministère"): group 1 is that kind's noun. */
const SPOKESPERSON_OF: Record<Lang, RegExp> = {
  en: new RegExp(`^(?:an? |the )?(\\p{Ll}+) (?:${SPOKESPERSON_EN})$`, 'u'),
  fr: new RegExp(`^(?:une? )?${SPOKESPERSON_FR} (?:du |de la |de l['’] ?)(\\p{Ll}+)$`, 'u'),
};
/** A title of one person anywhere in a speaker ("ministre de l'Intérieur", "Interior Minister Jane Roe"): a person, whom a
 * spokesperson does not stand for. */
const TITLE_IN = new RegExp(`(?<![\\p{L}])${TITLE_WORDS}`, 'u');
/** A spokesperson's noun alone, its determiner left out or not ("porte-parole", "the spokesperson", "une porte-parole"):
 * general vocabulary of both languages. */
const SPOKESPERSON_ALONE = new RegExp(`^(?:(?:an?|the|its|his|her|their|le|la|une?|son|sa|leur) )?(?:${SPOKESPERSON_EN}|${SPOKESPERSON_FR})$`, 'iu');
/** Whether a name is a person's in this text: two capitalised words (PERSON_NAME) holding a title, an honorific or a
 * possessive, or whose last is written alone elsewhere as a surname is ("Jane Roe … , Roe said", "M. Roe"); an
 * institution of two words ("Acme Tyres") is named again whole or by its kind, seldom by its last word alone
 * (speakers20). */
function isPersonIn(name: string, text: string): boolean {
  if (!PERSON_NAME.test(name)) return false;
  // A title or a possessive before a noun ("Acme's CEO") names a person by what they are.
  if (TITLE_IN.test(name) || /['’]s /u.test(name) || HONORIFIC_OPENING.test(name)) return true;
  const words = name.split(' ');
  if (words.length < 2) return true;
  const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const last = escape(words[words.length - 1]);
  const first = escape(words[words.length - 2]);
  return new RegExp(`(?<!${first} )(?<![\\p{L}-])${last}(?![\\p{L}-])`, 'u').test(text);
}
export function resolveDescription(who: string | undefined, text: string, a: number, lang: Lang): string | undefined {
  // A message speaks for whoever issued it: the speaker the sentences before name, or nobody.
  if (who && isMessage(who)) return previousSentenceSpeaker(text, a, lang);
  // speakers18: a body's spokesperson speaks for the body the sentence before names as its speaker ("…, the city's
  // Labour Department told Reuters. …, a department spokesperson said"): the body, whose name the popup can show.
  const spoke = who ? SPOKESPERSON_OF[lang].exec(who) : null;
  if (spoke) {
    const before = previousSentenceSpeaker(text, a, lang);
    if (before && before !== who && before.toLowerCase().split(/[\s'’]+/u).includes(spoke[1])) return before;
  }
  // speakers19: a spokesperson named alone ("a indiqué le porte-parole", "the spokesperson said") speaks for a body,
  // never as the person the sentence before names (a minister's spokesperson is not the minister): the body the
  // sentence before names as its speaker when it is no person's name, else the spokesperson as written. fixrev19b: nor
  // a person named by a title ("le ministre de l'Intérieur", "Interior Minister Jane Roe") or by a noun of a job.
  if (who && SPOKESPERSON_ALONE.test(who)) {
    const before = previousSentenceSpeaker(text, a, lang);
    return before && before !== who && !PERSON_NAME.test(before) && !TITLE_IN.test(before) && !isPersonDescription(before, lang) ? before : who;
  }
  // A person named again by a noun of their job stands for the person the sentence before names as its speaker
  // ("…, a précisé le Dr X. … , a ajouté l'urgentiste"; session 16); an institution's kind noun is read below.
  if (who && !isDescription(who) && isPersonDescription(who, lang)) {
    const before = previousSentenceSpeaker(text, a, lang);
    return before && PERSON_NAME.test(before) ? before : who;
  }
  // A bare title whose holder the text never writes after it ("», a encore indiqué la ministre" after "», a déclaré
  // Jeanne Dupont"): the person the sentence before names as its speaker, as a noun of a job above (session 17); a
  // title the text gives a holder keeps that holder (findSpeaker's titleHolder).
  if (who && BARE_TITLE.test(who) && !titleHolder(who, text)) {
    const before = previousSentenceSpeaker(text, a, lang);
    if (before && PERSON_NAME.test(before) && mayHoldTitle(before, who, text)) return before;
  }
  if (!who || !isDescription(who)) return who;
  const before = previousSentenceSpeaker(text, a, lang);
  // speakers20: an institution's kind noun never names a person again ("… ,” Jane Roe said. … , the agency said": the
  // agency she heads speaks, not she), so a person's name before leaves the description as written.
  return before && /^\p{Lu}/u.test(before) && !isPersonIn(before, text) ? before : who;
}

/**
 * The sentences before offset `a` that may hold a pronoun's or a description's antecedent, nearest first: the sentence
 * just before, even across a paragraph break, then earlier ones of its paragraph (PRONOUN_SENTENCES_BACK in all).
 */
function* sentencesBefore(text: string, a: number): Generator<[number, number]> {
  let from = a;
  for (let back = 0; back < PRONOUN_SENTENCES_BACK; back++) {
    let e = from - 1;
    while (e > 0 && text[e] !== '\n' && (stopAt(text, e) || /\s/.test(text[e]))) e--;
    if (e <= 0 || (back > 0 && text[e] === '\n')) return;
    while (e > 0 && (stopAt(text, e) || /\s/.test(text[e]))) e--;
    const [pa, pb] = sentenceAround(text, e, e);
    yield [pa, pb];
    from = pa;
  }
}

function previousSentenceSpeaker(text: string, a: number, lang: Lang): string | undefined {
  for (const [pa, pb] of sentencesBefore(text, a)) {
    const said = matchAt(text, pa, pb, lang);
    if (said && said !== 'same source') return said;
  }
  return undefined;
}


/** A quotation's closing mark and what may follow it to its sentence's end: a point, spaces. */
const QUOTE_ENDS_SENTENCE = /^[.!?]?\s*(?:\n|$|(?=\p{Lu}))/u;
/** The last closing quotation mark of a sentence, and the words after it up to the sentence's end. */
const LAST_CLOSE = /[»”"]([^»”"«“]*)$/u;
/**
 * speakers18: a quotation standing as a sentence of its own, with no speaker after it, right after a sentence whose
 * quotation its speaker closes ("« … », indique l'étude. « Le changement … 317 décès … »", '"…," the mayor said. "We lost
 * 40 homes."'): one speaker's quotations follow each other, the second said by the first's speaker. spk42: across a
 * paragraph break too (news sets a speaker's next quotation in a paragraph of its own; the development set's gold reads
 * it so, while a new speaker's quotation names its speaker in its own sentence). `q` is the quotation's [open, close].
 */
export function nextQuotationSpeaker(text: string, q: [number, number], lang: Lang): string | undefined {
  const [qa] = sentenceAround(text, q[0] + 1, q[0] + 1);
  if (text.slice(qa, q[0]).trim() !== '' || !QUOTE_ENDS_SENTENCE.test(text.slice(q[1] + 1, q[1] + 4))) return undefined;
  for (const [pa, pb] of sentencesBefore(text, Math.min(qa, q[0]))) {
    const close = LAST_CLOSE.exec(text.slice(pa, pb));
    if (!close || !/\p{L}/u.test(close[1])) return undefined;
    const who = match(close[1], lang, text);
    if (who && who !== 'same source') return who;
    // spk42: '"…," he said.' before the quotation: the pronoun's antecedent says both. Only when that quotation opens
    // in its own sentence: opened earlier, the sentences before the pronoun are quoted words, whose nouns are no
    // antecedent ('"… by the ministry. We funded it," he said.' is not the ministry's).
    if (who) return undefined;
    const before = quoteAround(quoteSpans(text), pa + close.index - 1);
    return before && before[0] < pa ? undefined : pronounAntecedent(text, pa, pb, lang);
  }
  return undefined;
}
/** A pronoun's incise of saying inside a quotation, set off by commas ("…, ajoute-t-elle, …", "…, a-t-il précisé, …",
 * '…," he added, "…'): it says the quotation it cuts. An adverb may stand before the participle ("a-t-il encore
 * précisé"). */
export const INCISE: Record<Lang, RegExp> = {
  fr: new RegExp(`,\\s?${FR_INVERTED_SAYING}(?![\\p{L}])[^,.;]{0,30},`, 'u'),
  en: /,["”]? (?:he|she|they|it) (?:said|added|says|adds|explained|continued)(?![\p{L}])[^,.;]{0,30}, ?["“]/u,
};
/**
 * The person a speaker group written in `seg` names, when a full name stands in apposition right after its last
 * occurrence ("Le maire de X, Jean Dupont, a qualifié … . « … », a-t-il déclaré"): a pronoun's antecedent is that
 * person, as a role followed by its holder's name after a verb is (APPOSED_NAME). Session 17: on the development set
 * a pronoun's speaker read as the role while the name was written beside it.
 */
function groupNamed(seg: string, group: string): string | undefined {
  const at = seg.lastIndexOf(group);
  if (at < 0) return undefined;
  const m = GROUP_APPOSED_NAME.exec(seg.slice(at + group.length));
  return m && PERSON_NAME.test(m[1]) && !NOT_NAMES.has(m[1].split(' ')[0]) ? m[1] : undefined;
}

/** How many sentences in a row a pronoun chain ("he said … he added …") is followed back to its named speaker. */
const PRONOUN_CHAIN_MAX = 3;

/** A person's title and one adjective on either side before the name that opens a sentence ("Le Premier ministre
 * espagnol X ne s'est pas risqué …", "The Spanish Prime Minister X said"): how the person is named, not the name. */
const SUBJECT_TITLE = `(?:(?:\\p{L}+ )?${TITLE_WORDS}(?: \\p{Ll}+)? )?`;
/** A name opening its sentence (after its article and a title) and followed by an apposition's comma or a finite verb
 * (French "s'est" too: "X ne s'est pas risqué à …"). */
const SUBJECT_NAME: Record<Lang, RegExp> = {
  en: new RegExp(`^\\s*(?:The )?${SUBJECT_TITLE}${NAME}(?=, | (?:has |had |have )?\\p{Ll}+(?:ed|ave|ade|ook|ent|aid|old|ew|ote)(?![\\p{L}]))`, 'u'),
  fr: new RegExp(`^\\s*(?:Les |Le |La |L['’] ?)?${SUBJECT_TITLE}${NAME}(?=, | (?:a|ont|avait|avaient) \\p{Ll}| (?:ne |n['’])?s['’](?:est|était) \\p{Ll})`, 'u'),
};

/** A capitalised word elided before a lower-case one ("Lorsqu'il", "Puisqu'elle", "Qu'ils"): a conjunction and a
 * pronoun, never a name (a name's apostrophe is followed by a capital: "O'Brien", "N'Diaye"). */
const ELIDED_CONJUNCTION = /^\p{Lu}\p{Ll}*['’]\p{Ll}/u;
/** The named subject of a main clause after the comma that closes a subordinate one, before its finite verb. */
const MAIN_SUBJECT_NAME: Record<Lang, RegExp> = {
  en: new RegExp(`, (?:but |and |then )?${NAME}(?= (?:has |had |have )?\\p{Ll}+(?:ed|ave|ade|ook|ent|aid|old|ew|ote)(?![\\p{L}]))`, 'u'),
  fr: new RegExp(`, (?:mais |et |puis )?${NAME}(?= (?:a|ont|avait|avaient|s['’](?:est|était|sont|étaient)) \\p{Ll})`, 'u'),
};

/** How many sentences back a pronoun's antecedent is looked for: the sentence before, or the one before that when
 * the sentence between names no one ("X said … . Of the 40 bodies, 31 were sent home by road. He added that …"). */
const PRONOUN_SENTENCES_BACK = 2;

/**
 * "It said it knew of fewer than 50", "Selon lui, 1,1 million", "Il a précisé que 14 ...": a pronoun says
 * the figure; its speaker is the last speaker group before it in the sentence, else the speaker of the
 * sentence before (or the last speaker group named there), else of the one before that in the same paragraph.
 * Never the pronoun itself. Gender and number are not checked: the sentence before rarely names two speakers.
 */
export function pronounAntecedent(text: string, a: number, b: number, lang: Lang, chain = 0): string | undefined {
  const seg = text.slice(a, b);
  const p = pronounSays(seg, lang);
  if (p < 0) return undefined;
  const within = lastSpeakerGroup(withoutQuotations(seg.slice(0, p)), lang);
  if (within) return groupNamed(seg.slice(0, p), within) ?? within;
  // A paragraph break ends the search: a pronoun's antecedent is in its own paragraph, or the sentence just before.
  for (const [pa, pb] of sentencesBefore(text, a)) {
    const prev = text.slice(pa, pb);
    const said = matchAt(text, pa, pb, lang);
    if (said && said !== 'same source') return said;
    const group = lastSpeakerGroup(prev, lang);
    if (group) return groupNamed(prev, group) ?? group;
    // A sentence that names no speaker still has a subject, which the pronoun after it continues ("X, a group that
    // monitors crowds, gave a much higher figure. It estimated …"): a name opening the sentence, before its
    // apposition or its verb, is the antecedent, and nothing further back is.
    // An elided conjunction ("Lorsqu'il a prononcé son discours, …, mais X s'était dit …") opens a subordinate
    // clause, no name: the main clause's named subject after a comma is the antecedent then.
    const subject = ELIDED_CONJUNCTION.test(prev.trimStart()) ? MAIN_SUBJECT_NAME[lang].exec(prev) : SUBJECT_NAME[lang].exec(prev);
    if (subject && !NOT_NAMES.has(subject[1].split(' ')[0])) return expand(subject[1], text);
    // "… Trump wrote. But he said … . "…," he added.": a pronoun saying in the sentence before continues a chain of
    // one speaker, whose antecedent is this pronoun's too (a few links at most).
    if (chain < PRONOUN_CHAIN_MAX && pronounSays(prev, lang) >= 0) return pronounAntecedent(text, pa, pb, lang, chain + 1);
  }
  return undefined;
}
