/**
 * Who a stretch of text says is speaking: a pronoun's group within it, else the first pattern of speech-patterns.ts
 * that holds, its words cleaned (speaker-names.ts), else a title's holder. `matchAt` reads a stretch once per text.
 * Split out of attribution.ts (speakers19).
 */
import type { Lang } from '../types';
import { giverOf, lastSpeakerGroup, pronounSays, speakerHead } from './speaker-groups';
import { titleHolder } from './speaker-titles';
import { mayMatchNumbered, newTurn, requiredNumbers } from '../text/required-literals';
import { COUNT_ACT, DECISION_PASSIVE, DECISION_PATTERNS, FR_SUBJECT_GROUPS, NAME_COUNTS_FR, PATTERNS, TITLE_PATTERNS } from './speech-patterns';
import { lookup, phrasesStartingWith } from '../concepts/index';
import { fold } from '../text/fold';
import { SCALE_WORDS } from '../text/number-words';
import { ADVERB_ALONE, APPOSED_NAME, appositionHead, CONTRACTED_BEFORE_NOUN, expand, HAS_NUMBER, NOT_NAMES, QUOTED_NAME, rolePerson } from './speaker-names';
import { withoutQuotations } from './speaker-sentences';
import { EN_DAY_WORDS } from './speech-verbs';
import { hasSurrogate, withoutAstral } from '../text/bmp-regex';

/**
 * Who "he" / "il" is when a pronoun says the figure: the last speaker group before it in the sentence ("a Syrian
 * official went further: ..., he claimed"), which the popup can show alone. The same pronouns and groups as
 * `pronounAntecedent` reads (speaker-groups.ts), never a group inside a quotation: what is quoted is what is said
 * ("« Les responsables se rencontreront le 12 mai », a-t-il ajouté" names no speaker before its pronoun).
 */
function pronounSpeaker(seg: string, lang: Lang): string | undefined {
  const p = pronounSays(seg, lang);
  return p < 0 ? undefined : lastSpeakerGroup(withoutQuotations(seg.slice(0, p)), lang);
}


/** An acronym and its expansion in parentheses ("the CGT (General Confederation of Labour) counted"): the
 * expansion, without digits, stands between the name and its verb, so it is read as if left out. */
const ACRONYM_EXPANSION = /(?<![\p{L}])(\p{Lu}{2,}(?:-\p{Lu}+)?) \([^()\d]{3,80}\)/gu;

/** Words after which a lower-case noun group may open a subject: a clause's conjunction or join ("…, and rescuers
 * said"), an adverb of time or of linking ("Then residents said"). Any other word right before makes the group the tail
 * of a noun phrase opened before it ("Media in the coastal nation north of the capital had estimated": "north of the
 * capital" is no subject). General vocabulary of English. */
const EN_GROUP_MAY_FOLLOW = new Set(['and', 'after', 'before', 'when', 'while', 'as', 'but', 'or', 'that', 'to', 'where',
  'because', 'since', 'though', 'although', 'if', 'once', 'until', 'so', 'yet', 'then', 'now', 'also', 'meanwhile',
  'however', 'today', 'yesterday', 'tonight', 'earlier', 'later', 'still', 'said', 'says']);
/** A speaker's words ending on an article or a possessive determiner: the verb of saying read after them is an adjective
 * of the noun that follows ("an estimated 50,000", "its estimated toll"). */
const ENDS_ON_DETERMINER = /(?:^|\s)(?:an?|the|its|his|her|their|our|my|your)$/iu;
/** Determiners a noun phrase opens on ("A Reuters witness", "the French state-owned company"). */
const EN_DETERMINER = /^(?:a|an|the|this|that|these|those|its|his|her|their|our)$/iu;
/** Prepositions, whose complement is no subject (EN_OPENING_PREPOSITIONS' words and "to"). */
const EN_PREPOSITION = /^(?:towards?|into|onto|from|with|without|for|of|in|on|at|by|about|through|across|over|under|near|during|since|until|to)$/iu;
/**
 * speakers20: whether the English lower-case noun group read at the end of `before` (the last pattern, the one for any
 * noun group) opens inside a noun phrase rather than at its head: the word right before it is a lower-case word that
 * opens no clause and is no possessive ("the nation north of X had estimated" read "north of X"), or capitalised words
 * that follow a preposition, with or without a determiner (a place's name inside a complement: "Media in the South
 * Pacific nation had estimated" read "nation"). A punctuation mark, the stretch's start, a join, a possessive ("the
 * police's casualty unit") or capitalised modifiers after a determiner or opening the stretch ("A Reuters witness
 * counted", "Texas residents said") leave the group whole.
 */
function opensMidPhrase(before: string): boolean {
  const words = before.replace(/\s+$/u, '').split(/\s+/u);
  const last = words[words.length - 1];
  if (!last || /[^\p{L}'’.-]$/u.test(last)) return false;
  if (/^\p{Ll}/u.test(last)) return !EN_GROUP_MAY_FOLLOW.has(last) && !/['’]s?$/u.test(last);
  let k = words.length - 1;
  while (k >= 0 && /^\p{Lu}/u.test(words[k]) && !NOT_NAMES.has(words[k]) && !/[^\p{L}'’.-]$/u.test(words[k])) k--;
  if (k >= 0 && EN_DETERMINER.test(words[k])) k--;
  return k >= 0 && EN_PREPOSITION.test(words[k]);
}

/** A number ending right before a group (digits, then spaces). How far back it is read: the digits' last characters
 * and a space are enough. */
const AMOUNT_BEFORE = /\d\s+$/u;
const AMOUNT_BEFORE_CHARS = 4;
/** Words that, opening a group right after digits, make the group the amount itself ("99 percent of the precincts",
 * "24.5 million ballots"): a percentage's word or a scale (SCALE_WORDS). Any other group after digits may be a speaker
 * ("In 2023 officials said", "On March 3 police said", "Top 10 officials said"): fixspeaker32 (a digit alone before a
 * group dropped those). */
/** A group with a speaker's head noun ("officials", "police"): after digits it may still be a speaker ("Top 10 officials
 * said"); one without ("400 contacts of confirmed cases") is the amount's counted noun (fixspeaker32). */
const HEADED: Record<Lang, RegExp> = { en: new RegExp(`(?<![\\p{L}])${speakerHead('en')}`, 'u'), fr: new RegExp(`(?<![\\p{L}])${speakerHead('fr')}`, 'u') };
const AMOUNT_OPENING = new Set(['percent', 'pourcent', 'per', 'pour', 'thousand', 'thousands', 'hundred', 'hundreds', 'mille', ...SCALE_WORDS]);

/** The noun group a complement belongs to in English, read back to its start at the stretch's or a clause mark's (a
 * word before it would make it a clause's tail: "the chief that oversees security at …"): a determiner or a noun, no
 * preposition, join or article first, up to ten words, none a join, a relative or an auxiliary, so that the group stays in its clause. */
const EN_GROUP_BEFORE_COMPLEMENT = new RegExp(`(?<=(?:^|[,;:(“"—–])\\s*)((?:[Tt]he |[Aa]n? )?(?!(?:${EN_PREPOSITION.source.slice(1, -1)}|${[...EN_GROUP_MAY_FOLLOW].join('|')}|the|an?|who|which|has|have|had|is|are|was|were|be|been|not|no)\\s)\\p{Ll}[\\p{L}'’-]*(?: (?!(?:${[...EN_GROUP_MAY_FOLLOW].join('|')}|who|which|has|have|had|is|are|was|were|be|been)(?![\\p{L}]))[\\p{L}'’.-]+){0,10} )$`, 'u');
/** speakers20: the whole English noun group whose complement the group read opens in ("The health authorities in the
 * X-controlled territory put the number at": not "territory"), without its article; none when no group stands before. */
function wholeEnglishSubject(before: string, group: string): string | undefined {
  const head = EN_GROUP_BEFORE_COMPLEMENT.exec(before);
  const who = head ? `${head[1]}${group}`.trim().replace(/^(?:the|an?) /iu, '') : '';
  // Ending on a determiner, the verb read is an adjective ("its estimated toll"), as in `match`.
  return who && !ENDS_ON_DETERMINER.test(who) ? who : undefined;
}

/** A French preposition (or contracted article) ending a stretch: a group opening right after it is its complement. */
const FR_PREPOSITION_END = /(?<![\p{L}])(?:de|du|des|à|au|aux|en|dans|par|pour|sur|avec|vers|chez|d['’]|de la|de l['’])\s?$/u;
/** A study, a report or a message and "de" right before the group: the group is its author, who speaks through it ("Une
 * étude de l'université de X estime à …"), as a message speaks for its issuer (speaker-antecedents.ts). */
const FR_AUTHORED_BEFORE = /(?<![\p{L}])(?:étude|rapport|communiqué|enquête|analyse|note|publication)s? (?:de|du|des|d['’]|de la|de l['’]) ?$/u;
/** The noun group a complement belongs to, read back from the preposition to its determiner: up to twelve words, none
 * opening a clause or a verb ("que", "qui", "mais", an auxiliary), so that the group stays in its own clause; "et / ou"
 * may join two complements ("des machinistes et des travailleurs"), a clause joined by them opens on no determiner
 * before the preposition. */
const FR_GROUP_BEFORE_COMPLEMENT = /(?<![\p{L}])((?:[Ll]es|[Ll]e|[Ll]a|[Cc]es|[Cc]e|[Cc]ette|[Ll]['’]) ?(?:(?!(?:que|qui|qu['’]|mais|a|ont|est|sont|avait|avaient|été)(?![\p{L}]))[\p{L}'’-]+ ){1,12})$/u;
/**
 * speakers20: a French subject read from its determiner right after a preposition is the complement of a longer group
 * ("Les médias de ce pays situé au nord de l'Australie avaient estimé que": not "l'Australie"; "la section locale de
 * l'Association X a annoncé que": the section), so the whole group speaks, read back to its determiner; none when no
 * group stands before the preposition.
 */
function wholeFrenchSubject(seg: string, at: number, group: string, lang: Lang): string | undefined {
  const head = FR_GROUP_BEFORE_COMPLEMENT.exec(seg.slice(0, at));
  if (!head) return undefined;
  const who = `${head[1]}${group}`.trim();
  const giver = giverOf(who, seg, head.index, lang);
  if (giver !== undefined) return giver ?? undefined;
  if (HAS_NUMBER.test(who)) return undefined;
  return who.replace(/^(?:(?:les|le|la|ces|ce|cette) |l['’] ?)/iu, '');
}

/** speakers21: "compte / comptent / comptait" right after the subject: what a subject holds ("Les Etats-Unis comptent 512
 * de ces vols"), the count only of a speaker's own words. */
const HOLDS_AFTER = /\s(?:compte|comptent|comptait|comptaient)$/u;
/** Whether a name is a nation's (the concept table's names and capitals: "les Etats-Unis", "la France", "Washington"),
 * one word or a phrase: a country holds what it "compte", it gives no count by that verb. */
function isNationName(name: string): boolean {
  const tokens = fold(name).replace(/-/g, ' - ').replace(/['’]/g, " ' ").trim().split(/\s+/u);
  if (/^(?:les|le|la|l)$/u.test(tokens[0]) && tokens.length > 1) tokens.splice(0, tokens[1] === "'" ? 2 : 1);
  if (tokens.length === 1) return lookup(tokens[0], 'nation') !== undefined;
  return phrasesStartingWith(tokens[0]).some((p) => p.c.type === 'nation' && p.seq.length === tokens.length
    && p.seq.every((w, k) => w === tokens[k]));
}

/** Each pattern's literal requirements by number (required-literals.ts `mayMatchNumbered`), read once per language on
 * its first use rather than looked up for every stretch `match` reads (speed19). Not at load: reading a pattern's
 * source costs, and a page of one language needs the other's never. */
const PATTERN_NEEDS: Partial<Record<Lang, Array<readonly number[]>>> = {};
const TITLE_NEEDS: Partial<Record<Lang, Array<readonly number[]>>> = {};
/** The same patterns with their letter classes limited to the BMP (core/text/bmp-regex.ts), run on a stretch without a
 * surrogate, where they give what the originals give: on a fresh background they compile in a fraction of the time
 * (speed22). The originals stay what the rules test by identity (FR_SUBJECT_GROUPS, NAME_COUNTS_FR). */
const PATTERNS_BMP: Partial<Record<Lang, RegExp[]>> = {};
const TITLES_BMP: Partial<Record<Lang, RegExp[]>> = {};

/** Whether the last speaker `match` gave came from DECISION_PATTERNS (read by matchAt, for decidedAt). */
let decided = false;
/** PATTERNS and, after them, DECISION_PATTERNS: who says a figure before who decided it (speaker36). */
const WITH_DECISIONS: Partial<Record<Lang, RegExp[]>> = {};
/** A day, with its part or "on / last", closing a speaker's words: the time of the saying, written after the speaker
 * ("a déclaré le transporteur vendredi", "the minister on Thursday"). General words of time in both languages. */
const TRAILING_DAY: Record<Lang, RegExp> = {
  fr: / (?:(?:ce |cette )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui)(?: (?:matin|soir|après-midi))?(?: \d{1,2}(?:er)? (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?: \d{4})?)?|(?:le|ce) \d{1,2}(?:er)? (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?: \d{4})?)$/u,
  en: new RegExp(` (?:on |late |early |last )?(?:${EN_DAY_WORDS})(?: (?:morning|afternoon|evening|night))?$`, 'u'),
};
/** speakers46: a participle of release closing a source's words once its day is left out ("selon le rapport du ministère
 * X publié lundi", "according to a report by the ministry released on Monday"; "publié le" when the stretch ends
 * before the date, which is a figure of its own): it dates the source's document, no
 * part of who gives it; left in, the source named nobody the text names ("… publié"), or its day's digits ("samedi 4
 * mai") made it a phrase holding a number. General participles of publishing in both languages. */
const TRAILING_RELEASE: Record<Lang, RegExp> = {
  fr: / (?:publiée?s?|annoncée?s?|communiquée?s?|diffusée?s?|rendue?s? publi(?:c|cs|que|ques)|actualisée?s?)(?: (?:le|ce|du|en))?$/u,
  en: / (?:released|published|issued|announced|updated)(?: (?:on|in)(?: (?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.))?)?$/u,
};
/** speakers46: a small number word counting the speakers themselves ("two officials said", "selon deux sources proches du
 * dossier", "according to four NGOs in the country"): the number says how many speak, not what they say, so the group
 * is a speaker when a speaker noun (speaker-groups.ts, or diplomats and NGOs, who speak for their bodies) follows the
 * number word within three words and no other number is in it. Number words up to ten and "several / plusieurs":
 * a large count before a noun ("300 officials") is a figure of its own. */
/** A time or measure noun right after the number word makes it a span or a quantity, not a count of speakers ("two
 * days after police said", "deux semaines après"). */
const QUANTIFIED_NOT_AFTER: Record<Lang, string> = {
  en: `(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centuries|times|percent|per cent|miles?|kilometres?|kilometers?|metres?|meters?|tons?|tonnes?)(?![\\p{L}])`,
  fr: `(?:secondes?|minutes?|heures?|jours?|nuits?|semaines?|mois|ans|années|décennies|siècles|fois|pour cent|kilomètres?|mètres?|tonnes?)(?![\\p{L}])`,
};
/** A preposition or conjunction between the number word and the speaker noun opens another phrase: the number does
 * not count that noun ("two weeks after officials said"). */
const QUANTIFIED_NOT_BETWEEN: Record<Lang, string> = {
  en: `(?:after|before|from|since|ago|until|and|or|but|when|while|as|than|to|for|with|by|in|on|at)(?![\\p{L}])`,
  fr: `(?:après|avant|depuis|de|d['’]|du|des|et|ou|mais|quand|lorsque|que|qu['’]|pour|par|avec|dans|en|à|au|aux|sur)(?![\\p{L}])`,
};
const QUANTIFIED_SPEAKERS: Record<Lang, RegExp> = {
  en: new RegExp(`^(?:the )?(?:two|three|four|five|six|seven|eight|nine|ten|several) (?!${QUANTIFIED_NOT_AFTER.en})(?:(?!${QUANTIFIED_NOT_BETWEEN.en})[\\p{L}'’-]+ ){0,2}?(?:${speakerHead('en')}|diplomats|NGOs)(?![\\p{L}])`, 'u'),
  fr: new RegExp(`^(?:les |des )?(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs) (?!${QUANTIFIED_NOT_AFTER.fr})(?:(?!${QUANTIFIED_NOT_BETWEEN.fr})[\\p{L}'’-]+ ){0,2}?(?:${speakerHead('fr')}|diplomates|ONG)(?![\\p{L}])`, 'u'),
};
function quantifiedSpeakers(who: string, lang: Lang): boolean {
  const m = QUANTIFIED_SPEAKERS[lang].exec(who);
  return !!m && !HAS_NUMBER.test(who.slice(m[0].length));
}
/** A maker named in a document's words: a complement after "de / du / des / by / of / from". */
const DOCUMENT_MAKER = /(?<![\p{L}])(?:du|de|des|d['’]|by|of|from)(?![\p{L}])/u;
/** A conjunction that opens reported speech, closing the words read as a speaker. */
const ENDS_ON_CONJUNCTION = /(?<![\p{L}])(?:que|qu['’]|that)$/u;

/** speaker37: after a count act's verb, its object's number, then a clause or a phrase of circumstance (after / following
 * / which / who / that / où / qui / après / que / lors) holding another number: that number counts another thing. */
const COUNT_ACT_BEYOND_OBJECT = new RegExp(`^[^]*?(?:${HAS_NUMBER.source})[^]*?(?<![\\p{L}])(?:after|following|which|who|that|où|qui|après|que|qu['’]|lors)(?![\\p{L}])[^]*?(?:${HAS_NUMBER.source})`, 'iu');

export function match(seg: string, lang: Lang, text: string, offset?: number): string | undefined {
  // A line without a closing point ("Paris : 500 000 (CGT) / 87 000 selon la police") ends its phrase too.
  // trimEnd strips what /\s+$/ did (white space and line ends, as the spec defines both), without the pattern's tries
  // from every space of the stretch; the expansion needs " (", which most stretches lack (speed20).
  seg = seg.trimEnd();
  if (seg.includes(' (')) seg = seg.replace(ACRONYM_EXPANSION, '$1');
  const viaPronoun = pronounSpeaker(seg, lang);
  if (viaPronoun) return viaPronoun;
  // Most stretches lack the words a pattern needs (its verb of saying, "selon", "according to"): those patterns are
  // not run (core/text/required-literals.ts); each list of words is tested once per stretch (a turn).
  decided = false;
  const turnOf = newTurn();
  const patterns = WITH_DECISIONS[lang] ??= [...PATTERNS[lang], ...DECISION_PATTERNS[lang]];
  const sayings = PATTERNS[lang].length;
  const numbers = PATTERN_NEEDS[lang] ??= patterns.map(requiredNumbers);
  const bmp = !hasSurrogate(seg);
  for (let i = 0; i < patterns.length; i++) {
    const re = patterns[i];
    if (!mayMatchNumbered(numbers[i], seg, turnOf)) continue;
    const m = (bmp ? ((PATTERNS_BMP[lang] ??= [])[i] ??= withoutAstral(re)) : re).exec(seg);
    if (!m) continue;
    // speaker36: a decision speaks for the figures after its verb only, so for none of a stretch holding one before it;
    // a capitalised word alone opening the stretch may be a common noun ("Customers ordered 300 meals").
    decided = i >= sayings;
    if (i >= sayings) {
      if (HAS_NUMBER.test(seg.slice(0, DECISION_PASSIVE.has(re) ? m.index : m.index + m[0].length))) continue;
      const raw = m[1] ?? '';
      // speaker37: a group's count by its act (COUNT_ACT) is the count of the verb's direct object only; a figure of a
      // clause after it ("Police arrested 3 men after a shooting that killed 12 people") is no count of theirs, and
      // a stretch's speaker is its figures' all: such a stretch takes no count act.
      if (COUNT_ACT.has(re) && COUNT_ACT_BEYOND_OBJECT.test(seg.slice(m.index + m[0].length))) continue;
      // A one-word name opening the stretch may be a common noun; a group of a count act (COUNT_ACT) is none.
      if (!COUNT_ACT.has(re) && !/\s/u.test(raw.trim()) && !seg.slice(0, m.index + Math.max(0, m[0].indexOf(raw))).trim()) continue;
    }
    if (lang === 'en' && i === sayings - 1 && opensMidPhrase(seg.slice(0, m.index))) {
      const whole = wholeEnglishSubject(seg.slice(0, m.index), m[1] ?? '');
      if (whole) return whole;
      continue;
    }
    if (/même source|same source/.test(m[0])) return 'same source';
    if (lang === 'fr' && FR_SUBJECT_GROUPS.has(re) && FR_PREPOSITION_END.test(seg.slice(0, m.index))
      && !FR_AUTHORED_BEFORE.test(seg.slice(0, m.index))) {
      const whole = wholeFrenchSubject(seg, m.index, m[1] ?? '', lang);
      if (whole) return whole;
      continue;
    }
    // "Les services de renseignement ..." at a sentence start: the article is not part of the name.
    let who = (m[1] ?? '').trim().replace(/^(?:Les|Le|La) (?=\p{Ll})|^L['’](?=\p{Ll})/u, '');
    // "Yet Bayrou", "Monday the ministry": a first word that names nobody is left out.
    const first = /^(\S+) /.exec(who);
    if (first && NOT_NAMES.has(first[1])) who = who.slice(first[0].length);
    else who = who.replace(CONTRACTED_BEFORE_NOUN, '');
    // speaker33: "a indiqué le transporteur vendredi", "von der Leyen said on Thursday": a day written after the speaker's
    // words is the time of saying, no part of who says it.
    who = who.replace(TRAILING_DAY[lang], '');
    // speakers46: a document's release left out only when a maker stays named ("le rapport du ministère publié lundi");
    // a document alone keeps its participle ("montre un rapport publié mercredi"), as before.
    const released = who.replace(TRAILING_RELEASE[lang], '');
    if (released !== who && DOCUMENT_MAKER.test(released)) who = released;
    if (!who || NOT_NAMES.has(who) || ADVERB_ALONE.test(who)) continue;
    // speaker33: words ending on "que / that" ("a indiqué sur le réseau social X que …", "a précisé dans un communiqué
    // que …") are the verb's complement and the conjunction opening what is said: never its speaker.
    if (ENDS_ON_CONJUNCTION.test(who)) continue;
    if (re === NAME_COUNTS_FR && HOLDS_AFTER.test(m[0]) && isNationName(who)) continue;
    // "selon le dernier bilan du ministère", "a tally by the agency": the count's giver, if named, speaks.
    const giver = giverOf(who, seg, m.index, lang);
    // A count with a name in it ("the X Institute count") keeps that name; one with none names nobody.
    if (giver === null && !/\p{Lu}/u.test(who.slice(1))) continue;
    if (giver) return giver;
    // "an estimated 50,000", "the reported 500": an adjective, not a verb of saying. speakers20: so after a possessive
    // determiner ("X has not changed its estimated death toll of 670": "not changed its" is no speaker).
    if (ENDS_ON_DETERMINER.test(who)) continue;
    if (/^\p{Lu}/u.test(who) || /^M\. /.test(who)) {
      const raw = m[1] ?? '';
      const at = m.index + Math.max(0, m[0].indexOf(raw));
      return expand(appositionHead(seg, at, at + raw.length, who, text, offset) ?? who, text);
    }
    // "a annoncé la suppression de deux jours fériés": a phrase holding a number is what is said, not who says it.
    if (HAS_NUMBER.test(who) && !quantifiedSpeakers(who, lang)) continue;
    const raw = m[1] ?? '';
    const at = m.index + Math.max(0, m[0].indexOf(raw));
    // speaker32: a lower-case group written right after a number and opening on a percentage's or a scale's word is that
    // amount, no speaker ("with 99 percent of the precincts counted", "more than 24.5 million ballots counted": "counted"
    // is a participle there, not a verb of saying).
    // The stretch may open right after the number (a figure's own stretch starts after its neighbour's digits): the
    // text before it is read when its place is known.
    const lead = offset === undefined ? seg.slice(Math.max(0, at - AMOUNT_BEFORE_CHARS), at)
      : text.slice(Math.max(0, offset + at - AMOUNT_BEFORE_CHARS), offset + at);
    if (AMOUNT_BEFORE.test(lead) && AMOUNT_OPENING.has(fold(raw.split(/\s/u)[0] ?? ''))) continue;
    // The counted noun of the amount before it says the figure ("3 regional offices counted 40,000 more"): no earlier group
    // does ("The ministry counted 12,000 claims; …").
    if (AMOUNT_BEFORE.test(lead) && !HEADED[lang].test(who)) return undefined;
    // speakers18: a role and the person it names, the name in apposition or the role the name's ("Selon le ministre
    // des Transports, Jean Dupont, les …", "La secrétaire générale de la préfecture, Jeanne Roe, a annoncé", "Jane
    // Roe, the mayor of X, said", "Jane Roe of the police's inquiry unit said"): the person speaks.
    const person = rolePerson(seg, at, at + raw.length, m.index + m[0].length, who, text, offset);
    if (person) return expand(person, text);
    // "a déclaré le shérif du comté, Jean Dupont.": a role followed by a name alone up to the clause's end is
    // that person, whom the popup can show out of context.
    const named = APPOSED_NAME.exec(seg.slice(m.index + m[0].length));
    if (named && !NOT_NAMES.has(named[1].split(' ')[0])) return expand(named[1], text);
    // "selon la société "X" spécialisée …": a common noun followed by a quoted name is that name's kind.
    const quoted = QUOTED_NAME.exec(seg.slice(m.index + m[0].length));
    if (quoted) return quoted[1];
    // An article is a whole word: "union" and "latest" keep their first letters.
    return who.replace(/^(?:(?:les|le|la|un|une|the) |l['’] ?)/i, '').trim();
  }
  const titles = TITLE_PATTERNS[lang];

  for (let i = 0; i < titles.length; i++) {
    const m = mayMatchNumbered((TITLE_NEEDS[lang] ??= titles.map(requiredNumbers))[i], seg, turnOf) ? (bmp ? ((TITLES_BMP[lang] ??= [])[i] ??= withoutAstral(titles[i])) : titles[i]).exec(seg) : null;
    const holder = m && titleHolder(m[1], text);
    if (holder) return holder;
  }
  return undefined;
}

/**
 * `match` of the stretch [a, b) of `text`, read once per stretch: a sentence's figures each read their sentence, their
 * clause and the sentences before them (a pronoun's antecedent, a description's institution), so one stretch is asked
 * for again by every figure near it. What `match` gives depends only on the stretch's words and the text (whose names
 * it expands), so a stretch is known by its offsets in the last text read; offsets, not words, so that a text
 * repeating a sentence still reads each occurrence once.
 */
let matchMemoFor: string | null = null;
let matchMemoLang: Lang | null = null;
const matchMemo = new Map<number, string | null>();
/** The stretches (by matchAt's key) whose speaker is a decision's maker, not a sayer (speaker36). */
const decidedMemo = new Set<number>();
/** Whether matchAt's speaker of [a, b) makes a decision rather than says: a clause's decision gives way to its
 * sentence's sayer ("A judge sentenced him to 9 years, prosecutors said"). Call after matchAt of the same stretch. */
export function decidedAt(text: string, a: number, b: number): boolean {
  return matchMemoFor === text && decidedMemo.has(a * (text.length + 1) + b);
}
export function matchAt(text: string, a: number, b: number, lang: Lang): string | undefined {
  if (matchMemoFor !== text || matchMemoLang !== lang) {
    matchMemo.clear();
    decidedMemo.clear();
    matchMemoLang = lang;
  }
  matchMemoFor = text;
  const key = a * (text.length + 1) + b;
  let hit = matchMemo.get(key);
  if (hit === undefined) {
    hit = match(text.slice(a, b), lang, text, a) ?? null;
    matchMemo.set(key, hit);
    if (hit !== null && decided) decidedMemo.add(key); else decidedMemo.delete(key);
  }
  lastDecided = hit !== null && decidedMemo.has(key);
  return hit ?? undefined;
}
/** Whether the last matchAt gave a decision's maker (speaker36), for a caller that returns what matchAt gave. */
let lastDecided = false;
export const lastMatchDecided = (): boolean => lastDecided;
