/**
 * Noun groups that name a speaker of figures, headed by a speaker noun ("ministry", "police", "préfet")
 * and kept whole with their complements ("the health ministry in Lagos", "le ministère de l'Intérieur",
 * "le préfet du Var"), and the pronouns that say a figure for a speaker named before ("It said ...",
 * "Selon lui, ...", "Il a précisé que ..."). Used by attribution.ts; regular-expression sources, so the
 * patterns there can put a group before or after their verb.
 */
import type { Lang } from '../types';
import { EN_PUT_AT, FR_INVERTED_SAYING, FR_REPORTS_OF, FR_SAY_PARTICIPLES } from './say-words';
import { isCountryForm } from '../concepts/index';

/** "official" before a noun of a count or a document is an adjective ("the official count of 37", "official figures"):
 * the group, if any, is headed by a later noun ("official sources"), never by "official" (session 15). */
const OFFICIAL_ADJECTIVE = '(?! (?:counts?|tolls?|tall(?:y|ies)|figures?|data|estimates?|results?|statistics|numbers?|death|records?|lists?|sources?|reports?|statements?|address|website|accounts?)(?![\\p{L}]))';

/** Speaker nouns: institutions and people whose job is to give counts ("agence" as English "agency": "l'agence
 * sanitaire précise que …", session 14). */
const HEADS: Record<Lang, string[]> = {
  en: ['officials', `official${OFFICIAL_ADJECTIVE}`, 'spokesman', 'spokeswoman', 'spokesperson', 'ministry', 'ministries', 'minister', 'police', 'army',
    'military', 'agency', 'government', 'president', 'prefect', 'unions', 'union', 'organisers', 'organizers', 'authorities',
    'sources', 'source', 'office', 'department', 'council', 'mayor', 'governor', 'prosecutors', 'prosecutor', 'rescuers', 'medics',
    // Who make projections of a vote's result: "pollsters say".
    'pollsters', 'organizations', 'organisations',
    // Who count the rescued and the dead at sea ("the coastguard said", "the Coast Guard"; session 15).
    'coastguard', 'coastguards', 'guard',
    // Who forecast a company's or an economy's figures ("Analysts had expected", "analysts' average estimate"; session 16).
    'analysts', 'analyst', 'economists',
    // Courts and prosecutors give sentences, requisitions and dates of hearings ("the prosecution had asked for").
    'court', 'judge', 'prosecution'],
  fr: ['responsables', 'responsable', 'porte-parole', 'ministre', 'ministère', 'police', 'armée', 'préfecture', 'préfet', 'syndicats',
    'syndicat', 'intersyndicale', 'gouvernement', 'président', 'autorités', 'organisateurs', 'sources', 'source', 'secours',
    'pompiers', 'mairie', 'maire', 'procureur', 'parquet', 'direction', 'cabinet', 'agence',
    // "ont indiqué les garde-côtes grecs" (both spellings; session 15).
    'garde-côtes', 'gardes-côtes',
    // "les analystes tablaient sur …", "les projections des analystes" (session 16).
    'analystes', 'économistes',
    // "a annoncé la cour d'appel de X", "le tribunal a fixé" (session 16).
    'cour', 'tribunal', 'juge',
    // "selon l'exécutif": the government, an institution, never a person named again (session 16).
    'exécutif'],
};
/** Either case for the first letter: a group may open its sentence ("Police estimated ..."). */
const anyCase = (w: string): string => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`;
/** A speaker noun of `lang`, whole (a regular-expression source). */
export const speakerHead = (lang: Lang): string => `(?:${HEADS[lang].map(anyCase).join('|')})(?![\\p{L}-])`;

/** Words that never modify a speaker noun in front of it: they end the group on its left. */
const EN_STOP = '(?:[Tt]he|[Ww]here|[Aa]n?|[Aa]nd|[Bb]ut|[Yy]et|[Tt]hat|[Tt]his|[Ww]hich|[Ww]ho|[Ww]hom|[Ww]hose|[Ss]aid|[Ss]ays?|[Oo]n|[Ii]n|[Oo]f|[Ff]or|[Tt]o|[Bb]y|[Aa]t|[Ww]ith|[Aa]s|[Ff]rom|[Ii]ts?|[Tt]heir|[Hh]is|[Hh]er|[Ww]hile|[Ww]hen|[Aa]ccording|[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday|[Tt]oday|[Yy]esterday|[Aa]lso|[Hh]owever|[Mm]eanwhile)';
/** At most this many words before an English speaker noun ("the Lagos State health ministry"). */
const EN_MODIFIERS_MAX = 3;
const EN_WORD = "[\\p{L}'’-]+";
/** A capitalised complement after "in / of / for": "the health ministry in Lagos", "the Ministry of Health". */
const EN_COMPLEMENT = "(?: (?:in|of|for) (?:the )?\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){0,2})?";

/** A speaker noun after "of" is another noun's complement ("the head of government announced": the head speaks,
 * not the government), never a group of its own. */
const EN_NOT_COMPLEMENT = "(?<!(?<![\\p{L}])of (?:(?:the|an?) )?)";
/** French determiners before a speaker noun. */
const FR_DET = "(?:[Ll]es|[Ll]e|[Ll]a|[Ll]['’]|[Uu]ne?|[Dd]es|[Dd]u)";
/** A complement: "de l'Intérieur", "de la Santé", "du Var", "de police", "des enseignants", a common noun and the
 * name it introduces ("du groupe X", "de la société Y"); never an infinitive
 * ("le ministère vient de dévoiler"). */
const FR_COMPLEMENT = "(?: (?:de la|de l['’]|du|des|de|d['’]) ?(?:\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){0,2}|(?!\\p{Ll}[\\p{L}-]*(?:er|ir)(?![\\p{L}]))\\p{Ll}[\\p{L}-]+(?: \\p{Lu}[\\p{L}'’-]+){0,2}))";
/** An adjective after the noun ("marocain", "israélienne", "indépendant"): a lowercase word that is no past
 * participle ("le ministère ... publié samedi"), infinitive, verb form ("le gouvernement entend ..."), function word or time word ("a indiqué le ministère mardi"). */
const FR_ADJECTIVE = "(?: (?!\\p{Ll}[\\p{L}-]*(?:é|ée|és|ées|er|ir)(?![\\p{L}]))(?!(?:a|ont|avait|avaient|en|y|qui|que|est|sont|était|étaient|vient|viennent|va|vont|doit|doivent|peut|peuvent|fait|font|dit|disent|parle|parlent|compte|comptent|annonce|annoncent|estime|estiment|indique|indiquent|affirme|affirment|assure|assurent|précise|précisent|revendique|revendiquent|recense|recensent|dénombre|dénombrent|avance|avancent|évoque|évoquent|évalue|évaluent|table|tablent|entend|entendent|veut|veulent|prévoit|prévoient|souhaite|souhaitent|de|du|des|la|le|les|et|à|au|aux|pour|sur|dans|selon|avec|par|se|s|ne|n|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|soir|matin|hier)(?![\\p{L}'’-]))\\p{Ll}[\\p{L}-]+)";
/** Adjectives come first, then complements ("le ministère marocain de l'Intérieur"): a lowercase word after a
 * complement is most often the verb ("le ministère de l'Intérieur vient ..."). Two of each at most. */
const FR_ADJECTIVES_MAX = 2;
const FR_COMPLEMENTS_MAX = 2;

/**
 * A speaker group, captured in group 1, its determiner left out. `tail: 'short'` takes the fewest
 * complements that let what follows match (a group before its verb); `'long'` as many as are written (a
 * group that ends its clause: "a indiqué le ministère de la Santé").
 */
export function speakerGroup(lang: Lang, tail: 'short' | 'long'): string {
  const q = tail === 'short' ? '?' : '';
  if (lang === 'en') {
    return `(?<![\\p{L}'’-])${EN_NOT_COMPLEMENT}(?:(?:[Tt]he|[Aa]n?) )?${EN_NOT_COMPLEMENT}((?:(?!${EN_STOP}(?![\\p{L}'’-]))${EN_WORD} ){0,${EN_MODIFIERS_MAX}}?${speakerHead('en')}${EN_COMPLEMENT})`;
  }
  return `(?<![\\p{L}'’-])${FR_DET} ?(${speakerHead('fr')}${FR_ADJECTIVE}{0,${FR_ADJECTIVES_MAX}}${q}${FR_COMPLEMENT}{0,${FR_COMPLEMENTS_MAX}}${q})`;
}

/** Every speaker group of a text, greedy (the last one named before a pronoun is its antecedent). */
const ALL_GROUPS: Record<Lang, RegExp> = {
  en: new RegExp(speakerGroup('en', 'long'), 'gu'),
  fr: new RegExp(speakerGroup('fr', 'long'), 'gu'),
};

const FIRST_GROUP: Record<Lang, RegExp> = {
  en: new RegExp(speakerGroup('en', 'long'), 'u'),
  fr: new RegExp(speakerGroup('fr', 'long'), 'u'),
};

/** The first speaker group written in `seg`, or undefined. */
export function firstSpeakerGroup(seg: string, lang: Lang): string | undefined {
  return FIRST_GROUP[lang].exec(seg)?.[1];
}

/**
 * Nouns of what is given, not of who gives it: "selon un bilan provisoire", "according to an updated tally
 * by ...", "the previous toll announced by ...", "the 45-year-old said", "selon un échantillon statistique", "based on a
 * sample of polling stations" (a sample is how a count was made, fix-unit44). Such a word is never the speaker;
 * a speaker group written after it within its phrase is.
 */
const NOT_SPEAKERS = /(?<![\p{L}])(?:bilans?|décomptes?|chiffres?|tolls?|tall(?:y|ies)|counts?|figures?|échantillons?|samples?|year-old|ans)(?![\p{L}])/iu;
/** How far after such a noun its giver is looked for ("le dernier décompte du ministère de la Santé de X"). */
const GIVER_WINDOW_CHARS = 120;

/**
 * `who` (matched at `at` in `seg`) names a toll or a count rather than a speaker: the speaker group written
 * after that noun in its phrase (up to a sentence mark), `null` when none; undefined when `who` is a speaker.
 */
export function giverOf(who: string, seg: string, at: number, lang: Lang): string | null | undefined {
  const m = NOT_SPEAKERS.exec(who);
  if (!m) return undefined;
  const from = seg.indexOf(m[0], at);
  const rest = seg.slice(from < 0 ? at : from, (from < 0 ? at : from) + GIVER_WINDOW_CHARS).split(/[.;:!?\n]/)[0];
  // "according to the ministry's tally", "according to ministry figures": a giver written before the noun, as its
  // possessive or its modifier, when none is written after it.
  return firstSpeakerGroup(rest, lang) ?? firstSpeakerGroup(who.slice(0, m.index).replace(/['’]s?\s*$/u, ' '), lang)
    ?? INDEFINITE_GIVER.exec(rest)?.[1] ?? acronymGiver(rest) ?? null;
}

/** speaker33: a count's giver named by an acronym right after the noun and "de / by / from" ("selon un bilan de l'OMS",
 * "selon un bilan de Euro SPC daté du 2 mai", "a tally by the UNHCR"): an acronym of two capitals or more, with one
 * capitalised word before it at most, names an organisation (a place after "bilan de" is written as a word: "le bilan de
 * Valence" stays giverless); a country's acronym ("RDC", "USA": isCountryForm) is where the count is, not who gives it. */
const ACRONYM_GIVER_MAX_MODIFIERS = 2;
/** fixspeaker33: what stands between the noun and "de / par / by / from" qualifies the count ("provisoire", "publié",
 * "officiel", "released"): an adjective or a participle, by its ending; a noun there ("bilan des frappes de l'OTAN", "a
 * count of NATO airstrikes") makes the acronym what is counted, not who counts. "of" and "des" are left out: "a tally of
 * NATO strikes", "a tally of EU citizens", "bilan des JO" name what is counted. An acronym followed by "-digit"
 * ("COVID-19") or by another capitalised word ("RD Congo") is a name of a thing or a place, not an organisation. */
const ACRONYM_GIVER_MODIFIER = "\\p{Ll}+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ed|el|elle|els|elles|al|ale|aux|ique|iques|aire|aires|ire|ires|ial|ional|ive|ives|if|ifs)";
const ACRONYM_GIVER = new RegExp(`^\\p{L}+(?: ${ACRONYM_GIVER_MODIFIER}){0,${ACRONYM_GIVER_MAX_MODIFIERS}} (?:de|du|par|by|from)(?: (?:la|le|les|the))?(?: |(?<=de) ?l['’] ?)((?:\\p{Lu}[\\p{L}-]* )?\\p{Lu}{2,}(?:-\\p{Lu}+)?)(?![\\p{L}\\d])(?!-\\d| \\p{Lu})`, 'u');
function acronymGiver(rest: string): string | undefined {
  const m = ACRONYM_GIVER.exec(rest);
  if (!m) return undefined;
  const last = m[1].split(' ').pop()!;
  return isCountryForm(last.toLowerCase()) || isCountryForm(m[1].toLowerCase()) ? undefined : m[1];
}

/** A count's giver that no speaker noun heads, introduced by an indefinite article right after the noun ("selon le
 * décompte d'un institut indépendant", "a count by an independent firm"): an indefinite complement, or an agent, is who
 * made the count; a definite one after "de" is most often what is counted ("le bilan de la catastrophe"). Up to three
 * words, lower case, ending at the phrase. */
const INDEFINITE_GIVER = /^\p{L}+ (?:d['’] ?une?|par une?|by an?) (\p{Ll}[\p{L}-]+(?: \p{Ll}[\p{L}-]+){0,2})(?=\s*(?:[,.;)]|$))/u;

/** The last speaker group written in `seg`, or undefined. */
export function lastSpeakerGroup(seg: string, lang: Lang): string | undefined {
  let who: string | undefined;
  ALL_GROUPS[lang].lastIndex = 0;
  for (const m of seg.matchAll(ALL_GROUPS[lang])) who = m[1];
  return who;
}

/** The participles a French pronoun subject says a figure with after its auxiliary: every participle of saying
 * (FR_SAY_PARTICIPLES, the list FR_VERBS reads after a named subject: "Il a confirmé que …"), those of counting, and
 * "fait état" ("Il a par ailleurs fait état tôt mercredi de 35 blessés"; speaker32: the pronoun read only eleven participles,
 * so a pronoun whose named subject would have been read with the others said nothing). */
const PRONOUN_ACT_PARTICIPLES_FR = ['averti', 'rappelé', 'noté', 'écrit', 'dit', 'rapporté', 'signalé'];
/** Those of FR_SAY_PARTICIPLES that also name an act with an object ("Il a averti 14 maires", "Il a rappelé 300
 * gendarmes", "Il a signalé 14 cas"): after a pronoun read only before the clause or the complement they report ("que",
 * "de"; fixspeaker32). */
const PRONOUN_PARTICIPLES_FR = [...FR_SAY_PARTICIPLES.filter((p) => !PRONOUN_ACT_PARTICIPLES_FR.includes(p)), 'compté', 'recensé', 'dénombré', 'revendiqué', 'évoqué', FR_REPORTS_OF,
  `(?:${PRONOUN_ACT_PARTICIPLES_FR.join('|')})(?= (?:que|qu['’]|de|d['’]|des|du)(?![\\p{L}]))`].join('|');
/**
 * A sentence whose figure is said by a pronoun: "It said", "They counted", "he added", "Selon lui",
 * "d'après eux", "Il a précisé", "a-t-elle indiqué", "Ils revendiquent". The pronoun names nobody: the
 * speaker is the one named before it.
 */
const PRONOUN_SAYS: Record<Lang, RegExp> = {
  en: new RegExp(`(?<![\\p{L}])(?:[Ii]t|[Tt]hey|[Hh]e|[Ss]he) (?:also |later |then |had |has |have )?(?:said|says|say|claimed|claims|added|told|warned|stated|estimated|estimates|counted|reported|insisted|argued|${EN_PUT_AT}|knew of|noted(?= that(?![\\p{L}])))(?![\\p{L}])`, 'u'),
  // speakers19: an inverted pronoun says only after a verb of saying ("précise-t-il", "a-t-elle ajouté", "ont-ils
  // indiqué"); any other inversion asks a question ("reste-t-il une chance ?", "a-t-il survécu ?").
  fr: new RegExp(`(?<![\\p{L}])${FR_INVERTED_SAYING}(?![\\p{L}])|(?<![\\p{L}])(?:(?:[Ss]elon|[Dd]['’]après|[Pp]our) (?:lui|elle|eux|elles)(?![\\p{L}])|(?:[Ii]ls?|[Ee]lles?) (?:(?:a|ont|avait|avaient) (?!été )(?:\\p{Ll}+ ){0,2}?(?:${PRONOUN_PARTICIPLES_FR})|(?:estime|estiment|affirme|affirment|indique|indiquent|revendique|revendiquent|compte|comptent|recense|recensent|dénombre|dénombrent|avance|avancent|évoque|évoquent))(?![\\p{L}]))`, 'u'),
};

/** Whether `seg` may hold a French pronoun of PRONOUN_SAYS: every match writes its pronoun "il(s)", "Il(s)", "elle(s)",
 * "Elle(s)", "lui" or "eux" (inverted or not), so a stretch holding none of "il", "Il", "lle", "lui", "eux" matches
 * never. The pattern opens on a lookbehind and is tried from every position of the stretch; these five searches cost a
 * fraction of that (speed40: `match` asks it first of every stretch it reads). */
const mayHoldFrenchPronoun = (seg: string): boolean =>
  seg.includes('il') || seg.includes('lle') || seg.includes('Il') || seg.includes('lui') || seg.includes('eux');

/** Offset of the pronoun that says the figure in `seg`, or -1. */
export function pronounSays(seg: string, lang: Lang): number {
  if (lang === 'fr' && !mayHoldFrenchPronoun(seg)) return -1;
  const m = PRONOUN_SAYS[lang].exec(seg);
  return m ? m.index : -1;
}

/** "le même ministère", "ce même syndicat", "the same agency": a speaker noun that points back to its last mention. */
const SAME_HEAD: Record<Lang, RegExp> = {
  en: new RegExp(`(?<![\\p{L}])[Tt]he same (${speakerHead('en')})`, 'u'),
  fr: new RegExp(`(?<![\\p{L}])(?:[Ll]es?|[Ll]a|[Cc]es?|[Cc]ette) mêmes? (${speakerHead('fr')})`, 'u'),
};
/** How far back the group a "same" noun points to is looked for: a few paragraphs. */
const SAME_WINDOW_CHARS = 2000;

/**
 * The speaker that "le même ministère" / "the same agency" in `seg` points back to: the last speaker group with
 * that noun written in the text before `at` ("le ministère de la Santé de X … Le même ministère a indiqué …" is
 * the ministry of health of X), or undefined when `seg` has no such noun or nothing before names it.
 */
export function sameSpeakerBefore(seg: string, text: string, at: number, lang: Lang): string | undefined {
  const m = SAME_HEAD[lang].exec(seg);
  if (!m) return undefined;
  const noun = m[1].toLowerCase();
  let who: string | undefined;
  ALL_GROUPS[lang].lastIndex = 0;
  for (const g of text.slice(Math.max(0, at - SAME_WINDOW_CHARS), at).matchAll(ALL_GROUPS[lang])) {
    if (g[1].toLowerCase().split(/\s+/u).includes(noun)) who = g[1];
  }
  return who;
}
