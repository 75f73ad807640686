/**
 * The patterns of attribution, per language, tried in order on a stretch of text: the first that holds names the
 * speaker (PATTERNS), and a title speaking when the text names its holder (TITLE_PATTERNS). Built from speech-verbs.ts'
 * words. Split out of attribution.ts (speakers19).
 */
import type { Lang } from '../types';
import { speakerGroup, speakerHead } from './speaker-groups';
import { TITLE_WORDS } from './speaker-titles';
import { ACCORDING_MAX_CHARS, EN_ACTOR_VERBS, EN_ADVERB, EN_APPOSITION, EN_AUTHOR_AHEAD, EN_AUTHORED_NOUNS, EN_AUX_ADVERBS, EN_FINITE_NEXT, EN_FORECAST_VERBS, EN_JOINS, EN_MEDIUM, EN_NAME_FORECAST, EN_NOT_TITLE_WORDS, EN_OPENING_PREPOSITIONS, EN_PASSIVE_AGENT, EN_DAY_WORDS, EN_DECISION_AGENT, EN_DECIDE_VERBS, EN_COUNT_ACT_VERBS, FR_COUNT_ACT_VERBS, FR_DECISION_AGENT, FR_DECIDE_VERBS, EN_POLL, EN_POLL_VERBS, EN_POST_NAME_END, EN_POST_VERBS, EN_RELATIVE_MAX_CHARS, EN_RELATIVES, EN_REPORT_MEDIA, EN_REPORT_QUALIFIERS, EN_REQUEST_VERBS, EN_TITLE, EN_VERBS, END_POINT, FR_AFTER_VERB, FR_APPOSITION_MAX_CHARS, FR_AS_SAID, FR_COUNT_VERBS, FR_FORECAST_VERBS, FR_GIVEN, FR_GROUP_END, FR_HEARER, FR_NAME_DET, FR_NOT_AFTER_PREPOSITION, FR_NOT_AFTER_TEXT_NOUN, FR_PASSIVE_AGENT, FR_POST_VERBS, FR_REPORT_PRESENT, FR_REQUEST_VERBS, FR_SAY_PRESENT, FR_SAYING_PARTICIPLE, FR_SPEAKER_NOUN, FR_SUBJECT_ASIDE, FR_TIME_ASIDE, FR_VERBS, INITIAL_POINT, LIST_SOURCE_EN, LIST_SOURCE_FR, NAME, NOT_AFTER_PREPOSITION, POLL_BY_EN, POLL_BY_FR, POLL_FOR, ROLE_FR, ROLE_FR_SOURCE, SELON, TALLY_EN, TALLY_FR, FR_COUNT_VERBS_ANY_SUBJECT, NO_CONJUNCTION_END } from './speech-verbs';

/** What stands right before a verb of saying whose subject is inverted after it: a stretch's start, a punctuation mark
 * that closes what is said or opens an aside, or "qu'/que" (a relative). */
const FR_INCISE_OPENS = "(?:^|[,;:»\"”()–—]|(?<![\\p{L}])qu['’]|(?<![\\p{L}])que) ?";

/** Participles of saying after "as" whose agent follows "by" ("as confirmed by", "as reported by"). */
const EN_AS_SAID = 'confirmed|reported|announced|stated|estimated|indicated';

/** speakers21: plural "estimate" after a speaker noun ("United Nations officials currently estimate 1,368 deaths",
 * "analysts estimate that …") is a verb, as "estimates" is; followed by "of", "is", "was" or "puts" it is a noun ("the
 * police estimate of 270", "the government estimate puts the toll at …"), which names its giver elsewhere. */
const EN_PLURAL_ESTIMATE = 'estimate(?! (?:of|is|was|puts|put|for|from)(?![\\p{L}]))';

/** speakers21: data a source is cited for, made or given by someone named after a participle ("selon les premières
 * données recueillies par la société d'analyses X", "according to data compiled by the analytics firm X"): the maker,
 * named by a common noun of its kind and its name, speaks; the name alone is shown. The name must follow a lower-case
 * noun (the kind), never a determiner or a preposition ("par le ministère de la Santé" names the ministry, read
 * whole by the patterns after). General vocabulary of how news cites figures. */
const FR_DATA_NOUNS = 'données|chiffres|statistiques|calculs|relevés|analyses?|étude|estimations';
const EN_DATA_NOUNS = 'data|figures|statistics|numbers|calculations|analysis|estimates';
const KIND_THEN_NAME = `(?:[^,.;:()]{0,70}? )?(?<=(?<![\\p{L}])(?!(?:de|du|des|la|le|les|dans|en|par|of|the|in|by|at|from|for|and|et)\\s)\\p{Ll}[\\p{L}'’-]{2,} )${NAME}(?=\\s*[,;:]|\\s*$)`;
const FR_DATA_BY = new RegExp(`${SELON} (?:(?:les|la|le|l['’]|des|de|une?) ?)?(?:\\p{Ll}+ ){0,2}?(?:${FR_DATA_NOUNS})(?: \\p{Ll}+){0,2}? \\p{Ll}+(?:é|i|u|it)e?s? (?:par|de) ${KIND_THEN_NAME}`, 'u');
const EN_DATA_BY = new RegExp(`(?:[Aa]ccording to) (?:(?:the|an?) )?(?:\\p{Ll}+ ){0,2}?(?:${EN_DATA_NOUNS})(?: \\p{Ll}+ed)? (?:by|from) ${KIND_THEN_NAME}`, 'u');

/** speaker33: "selon les résultats provisoires annoncés par la Commission électorale régionale du contentieux des listes", "according
 * to figures read out at the court by the president of the vote counting commission, Jane Roe": results or data given
 * by an agent, written as a whole noun group (a determiner, then up to ninety characters to the clause's end) rather
 * than a kind and a name (FR_DATA_BY): whoever announces or publishes them speaks; the person named in apposition after
 * a role is read by `match` (rolePerson). Ninety characters: a body's full name with its role ("le président de la
 * Commission électorale régionale du contentieux des listes" is 76) is longer than ROLE_FR's sixty. General vocabulary of how news
 * cites results. */
const AGENT_GROUP_MAX_CHARS = 90;
/** fixspeaker33: the words skipped between the participle and "par / by" ("annoncés en fin de soirée par", "read out at
 * the town hall by"): six words at most, none "par / by" and none a second participle (plural in French, "-ed" in
 * English), whose agent would be another action's ("recueillis dans les zones tenues par les rebelles", "released by
 * the ministry and disputed by the opposition"). */
const RESULTS_SKIP_MAX_WORDS = 6;
const FR_RESULTS_SKIP = `(?: (?!par(?![\\p{L}])|\\p{Ll}{2,}(?:és|ées|is|us|ues|ise|ises)(?![\\p{L}]))[^ ,.;:()]+){0,${RESULTS_SKIP_MAX_WORDS}}?`;
const EN_RESULTS_SKIP = `(?: (?!by(?![\\p{L}])|held(?![\\p{L}])|\\p{Ll}+ed(?![\\p{L}]))[^ ,.;:()]+){0,${RESULTS_SKIP_MAX_WORDS}}?`;
/** Participles whose agent does not give the results: who disputes, obtains, holds or claims them, or who relays them
 * (a giver written before a relay, "les chiffres du ministère repris par la presse", is read by the other patterns).
 * Three letters before the ending at least: "du" is no participle. */
const FR_RESULTS_PARTICIPLE = "(?!(?:contest|obten|ten|revendiqu|repris|cit|relay|détenu)\\p{Ll}*(?![\\p{L}]))\\p{Ll}{2,}(?:é|i|u|it)e?s?";
const EN_RESULTS_NOT_GIVING = "(?!(?:disputed|contested|claimed|held|obtained|relayed|quoted|cited|counted by hand)(?![\\p{L}]))";
const FR_RESULTS_BY = new RegExp(`${SELON} (?:(?:les|la|le|l['’]|des|de|une?) ?)?(?:\\p{Ll}+ ){0,2}?(?:${FR_DATA_NOUNS}|résultats)(?: \\p{Ll}+){0,2}? ${FR_RESULTS_PARTICIPLE}${FR_RESULTS_SKIP} par ((?:le|la|les|l['’]) ?[\\p{Ll}\\p{Lu}'’ -]{3,${AGENT_GROUP_MAX_CHARS}}?)${NO_CONJUNCTION_END}(?=[,.;:«»"“”()]|$)`, 'u');
const EN_RESULTS_BY = new RegExp(`[Aa]ccording to (?:(?:the|an?) )?(?:\\p{Ll}+ ){0,2}?(?:${EN_DATA_NOUNS}|results|tally|tallies|count)(?: \\p{Ll}+){0,2}? (?:${EN_RESULTS_NOT_GIVING}\\p{Ll}+ed|read out|given|shown|drawn up)${EN_RESULTS_SKIP} by (?:(?:the|an?) (?=\\p{L})|(?=\\p{Lu}))(\\p{L}(?:(?! (?:by|and|or) )[\\p{L}'’ -]){2,${AGENT_GROUP_MAX_CHARS}}?)(?=[,.;:()]|$)`, 'u');

/** speaker37: data or a report named by its maker after "from / of / du / de" is the subject of a verb of showing ("The
 * latest figures from the X Agency indicate that …", "Fresh data from X, the statistics office, show that …", "Le
 * rapport du X a montré que …", "les chiffres de la préfecture indiquent …"): the maker speaks through them, as "X's
 * report found" (EN_AUTHOR_AHEAD). A name or a speaker group right after the preposition, an apposition between commas
 * at most before the verb. General vocabulary of how news cites data in both languages. */
const DATA_QUALIFIERS_EN = `(?:(?:${EN_REPORT_QUALIFIERS}|fresh|final|preliminary|provisional|monthly|weekly|annual) )*`;
/** Either case for a noun's first letter: data may open the sentence. */
const eitherCase = (words: string): string => words.split('|').map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');
const DATA_NOUNS_EN = `(?:${eitherCase(EN_DATA_NOUNS)}|[Rr]eport|[Ss]urvey|[Rr]ecords)`;
const SHOW_VERBS_EN = '(?:show|shows|showed|shown|indicate|indicates|indicated|reveal|reveals|revealed|suggest|suggests|suggested)';
/** An apposition naming what the maker is ("X, the statistics office,"): a body's description is short; sixty characters,
 * as ROLE_FR's role, keep a comma-bounded clause of the sentence's own from being read as one. */
const DATA_APPOSITION_MAX_CHARS = 60;
const DATA_APPOSITION = `(?:, [^,.;]{1,${DATA_APPOSITION_MAX_CHARS}},)?`;
/** The maker is an organisation, never a place ("Data from Northport show", "les chiffres de Valmont"): a name ending on an acronym ("the Africa
 * CDC"), a maker's named product ("X's Permanent Household Survey"), or a name
 * holding a speaker group's head ("the Northern Health Agency", "Ministry of Health", "ministère de l'Intérieur") or
 * described by one in apposition ("Statland, the national statistics office,"). */
const maker = (lang: Lang): string => `(?=(?:\\p{Lu}[\\p{L}'’-]* ){0,3}\\p{Lu}{2,}(?![\\p{Ll}])|\\p{Lu}[\\p{L}-]*['’]s \\p{Lu}|(?:(?:\\p{Lu}[\\p{L}'’-]*|of|for|the|de|du|des|la|l['’]) ?){0,5}?${speakerHead(lang)}|\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*){0,3}, [^,.;]{0,${DATA_APPOSITION_MAX_CHARS}}?${speakerHead(lang)})`;
const EN_DATA_FROM = [
  new RegExp(`(?<![\\p{L}])(?:[Tt]he |[Tt]his |[Ff]resh |[Nn]ew |[Ll]atest )?${DATA_QUALIFIERS_EN}${DATA_NOUNS_EN} (?:from|of|released by|published by) (?:the )?${maker('en')}${NAME}${DATA_APPOSITION}(?: (?:has|have|had|also))? ${SHOW_VERBS_EN}(?![\\p{L}])`, 'u'),
];
const DATA_NOUNS_FR = `(?:${FR_DATA_NOUNS}|rapport|bilan)`;
/** One adjective of a report's standing between the noun and its maker ("les chiffres officiels du ministère"): never
 * any word, which would let the maker's own complement be read as a name ("du ministère de la Santé" read "Santé"). */
const DATA_ADJECTIVE_FR = "(?: (?:officiel|officiels|officielle|officielles|provisoires?|définitifs?|définitives?|mensuels?|mensuelles?|annuels?|annuelles?|récents?|récentes?|publiés?|publiées?))?";
const SHOW_VERBS_FR = "(?:montre|montrent|a montré|ont montré|indique|indiquent|a indiqué|ont indiqué|révèle|révèlent|a révélé|ont révélé|fait état|font état|a fait état|ont fait état)";
const FR_DATA_OF = [
  new RegExp(`(?<![\\p{L}])(?:[Ll]e|[Ll]es|[Ll]a|[Ll]['’] ?|[Cc]e|[Cc]es) (?:(?:derniers?|dernières?|nouveaux|nouvelles?|nouvel|premiers?|premières?) )?${DATA_NOUNS_FR}${DATA_ADJECTIVE_FR} (?:du|des|de|de la|d['’]) ?${maker('fr')}${NAME}${DATA_APPOSITION} ${SHOW_VERBS_FR}(?![\\p{L}])`, 'u'),
  new RegExp(`(?<![\\p{L}])(?:[Ll]e|[Ll]es|[Ll]a|[Ll]['’] ?|[Cc]e|[Cc]es) (?:(?:derniers?|dernières?|nouveaux|nouvelles?|nouvel|premiers?|premières?) )?${DATA_NOUNS_FR}${DATA_ADJECTIVE_FR} ${speakerGroup('fr', 'short')}${DATA_APPOSITION} ${SHOW_VERBS_FR}(?![\\p{L}])`, 'u'),
];

/** speaker33: a name subject set before an apposition never opens on the second word of a capitalised sequence: "…de la
 * village des Monts Verts, a recensé 12 blessés, a précisé le maire" read "Verts" after "des Monts"
 * (FR_NOT_AFTER_PREPOSITION guards the first word only) and the clause up to the next comma as its apposition. Only the
 * patterns with an apposition: without one, the last words of a name right before its verb ("…de l'Imperial College de
 * Londres estime à") still read the group, measured (two right speakers lost when all name patterns had it). */
const NOT_INSIDE_NAME = "(?<!\\p{Lu}[\\p{L}'’-]* )";
/** Not a place after a preposition ("une étude de l'université de Lyon estime à …": Lyon counts nothing; session 17).
 * speakers21: exported so that speech-match.ts refuses a country as the subject of "compte / comptent" (what the country
 * holds: "Les Etats-Unis comptent 512 de ces vols", no count it gives). */
export const NAME_COUNTS_FR = new RegExp(`${FR_NOT_AFTER_PREPOSITION}${NAME}${FR_SUBJECT_ASIDE} ${FR_COUNT_VERBS}`, 'u');

/** speakers21: a quotation inside an apposition (how a body describes itself: "X, qui se présente comme « le principal
 * fournisseur de services … dans le domaine du cloud », estime à …") runs longer than an apposition's own words: one
 * quoted self-description of about twenty words (106 characters in the sentence read), twice that at most. */
const QUOTED_APPOSITION_MAX_CHARS = 200;

/** Words that open a complement or a clause, never part of the subject of a sentence-closing "reports" ("…, according
 * to media reports", "…, based on local reports", "…, as Reuters reports"): general English function words. */
const EN_REPORTS_GROUP_STOP = `(?:${EN_OPENING_PREPOSITIONS}|${EN_JOINS}|according|based|citing|per|than|under|which|who|despite|amid|unlike|echoing|confirming|contradicting|following|denying)`;
/** The group's first word: a determiner or a capital ("the Daily Courier reports", "Reuters reports"), else the group must end
 * on a medium ("local media reports"). fixspeaker32: "…, despite conflicting reports." read "despite conflicting". */
const EN_REPORTS_GROUP_OPEN = `(?=(?:the|its|their|this|that|a|an) |\\p{Lu}|(?:[\\p{L}.'’-]+ ){0,4}?(?:${EN_REPORT_MEDIA}) reports)`;
/** speaker36: the object between "identified" and "as" ("the shooter", "one of the victims"): a noun group, short. */
const IDENTIFIED_MAX_CHARS = 40;
/** speaker36: a day between a decision's maker and its verb ("A federal judge in New York on Thursday sentenced"). */
const EN_DECISION_DAY = `(?: (?:on )?(?:${EN_DAY_WORDS}))?`;
export const PATTERNS: Record<Lang, RegExp[]> = {
  fr: [
    new RegExp(`${SELON} (?:(?:la|le|les|l['’]|cette) ?)?(?:même source)`, 'u'),
    FR_DATA_BY,
    FR_RESULTS_BY,
    ...FR_DATA_OF,
    // "Selon Washington et Pékin": two names joined by "et" are both the source.
    new RegExp(`${SELON} (${NAME.slice(1, -1)}(?: et ${NAME.slice(1, -1)})?)`, 'u'),
    new RegExp(`${SELON} ${speakerGroup('fr', 'long')}${FR_GROUP_END}`, 'u'),
    // "selon le dernier décompte du ministère de X publié lundi": a count of any length, whose giver speaks.
    new RegExp(`${SELON} ((?:(?:le|la|les|l['’]|un|une|des) ?)?(?:\\p{Ll}+ ){0,2}?(?:${TALLY_FR})(?![\\p{L}])[^,.;]*)`, 'u'),
    // "selon les sondages de sortie des urnes, diffusés par les télévisions X et Y": a poll or a result is given by
    // whoever publishes or makes it, named after the participle (as a tally's giver, giverOf).
    new RegExp(`${SELON} ${POLL_BY_FR}`, 'u'),
    // "d'après ce que disent les organisateurs", "selon ce qu'affirme X": the relative's subject says it.
    new RegExp(`${SELON} ce qu(?:e |['’] ?)(?:${FR_POST_VERBS}|disent|dit) (?:${ROLE_FR}|${NAME})`, 'u'),
    // Not a relative pronoun ("selon lesquelles …"), whose first letters read as an article.
    new RegExp(`${SELON} (?!les?quel|laquel|auxquel|desquel)${ROLE_FR_SOURCE}`, 'u'),
    // "a appris franceinfo de source proche du dossier", "a-t-on appris, lundi, de source judiciaire": what a medium or
    // "on" learnt is its source's; the source is named after "de" (session 16).
    new RegExp(`(?<![\\p{L}])appris${FR_TIME_ASIDE}(?: [^,.;:]{1,40}?)? (?:de|d['’]|auprès d['’]une?) ?((?:sources?|bonne source)(?: \\p{Ll}[\\p{L}'’-]*){1,4}?)(?=\\s*[,.;:»"]|\\s*$| (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|ce|cette)(?![\\p{L}]))`, 'u'),
    // "Pour la police, ils étaient 87 000", "pour les autorités, ce sont 1,3 million": "pour" names a
    // speaker only before a comma and a speaker noun ("pour la première fois," names nobody).
    new RegExp(`(?<![\\p{L}])[Pp]our ((?:la|le|les|l['’]) ?(?:[\\p{L}'’-]+ ){0,3}?${FR_SPEAKER_NOUN}(?: [\\p{L}'’-]+){0,3}?),`, 'u'),
    // "Pour la CGT, 2,8 millions": an acronym (an organisation) before the comma; "pour la France," names a place.
    new RegExp(`(?<![\\p{L}])[Pp]our (?:la |le |les |l['’] ?)(\\p{Lu}{2,}(?:-\\p{Lu}+)?),`, 'u'),
    // A speaker noun and its complements, after or before the verb: "a indiqué le ministère de la Santé",
    // "le ministère de l'Intérieur a compté", "la police en a compté".
    new RegExp(`${FR_VERBS}${FR_AFTER_VERB}${FR_HEARER} ${speakerGroup('fr', 'long')}${FR_GROUP_END}`, 'u'),
    // The present tense after the figure, set off by a comma or a closing quote: "..., indique le ministère de
    // l'Intérieur dans un communiqué", "..., précise le ministère", "», déclare François Bayrou".
    new RegExp(`[,»"”] ?${FR_POST_VERBS}${FR_AFTER_VERB} ${speakerGroup('fr', 'long')}${FR_GROUP_END}`, 'u'),
    new RegExp(`[,»"”] ?${FR_POST_VERBS}${FR_AFTER_VERB}${FR_NAME_DET} ${NAME}`, 'u'),
    // The same inversion with a common noun group as the subject ("…», souligne l'agence sanitaire."): a verb of
    // saying set after what is said by a comma or a closing quote always has its subject after it, never an object.
    new RegExp(`[,»"”] ?${FR_POST_VERBS}${FR_AFTER_VERB} ${ROLE_FR}`, 'u'),
    // "comme l'indiquent Les Échos", "comme l'a précisé le ministère": "comme" and the object pronoun point back at
    // what is said, so the group after the verb is its subject.
    new RegExp(`${FR_AS_SAID}${FR_NAME_DET} ${NAME}`, 'u'),
    new RegExp(`${FR_AS_SAID} ${ROLE_FR}`, 'u'),
    new RegExp(`${speakerGroup('fr', 'short')}(?:, [^,]{0,60},)?${FR_SUBJECT_ASIDE}(?: en| y)? (?:qui )?(?:${FR_VERBS}|${FR_COUNT_VERBS})`, 'u'),
    new RegExp(`${speakerGroup('fr', 'short')}${FR_SUBJECT_ASIDE} ${FR_REPORT_PRESENT}(?![\\p{L}])`, 'u'),
    // An apposition whose closing comma is left out: "Le ministère de la Santé, contrôlé par le parti X affirme que ...":
    // the group speaks, not the agent of its participle.
    new RegExp(`${speakerGroup('fr', 'short')}, \\p{Ll}+(?:é|ée|és|ées) (?:par|de) [^,]{2,50}? (?:${FR_VERBS}|${FR_SAY_PRESENT} qu)`, 'u'),
    new RegExp(`${FR_VERBS}${FR_AFTER_VERB}${FR_HEARER}${FR_NAME_DET} ${NAME}`, 'u'),
    // A count and the participle of who gives or revises it: "19 victimes, un chiffre revu à la baisse par les
    // autorités", "le total communiqué par le ministère".
    new RegExp(`(?<![\\p{L}])(?:${TALLY_FR}|total|estimation)(?: [^.;:]{0,20}?)? ${FR_GIVEN}(?: [^.;:]{0,30}?)? par ${ROLE_FR}`, 'u'),
    new RegExp(`${FR_PASSIVE_AGENT}${FR_NAME_DET} ${NAME}`, 'u'),
    new RegExp(`${FR_PASSIVE_AGENT} ${ROLE_FR}`, 'u'),
    // Not after a capitalised word: "X a annoncé une augmentation de …" has its subject before the verb, so the group
    // after it is the object, what is said; nor after a closing parenthesis, which ends the subject's group ("Le
    // conseil … (X en anglais) a déclaré l'état d'urgence"). speakers19: French inverts a compound verb's subject only
    // in an incise, after what is said (a comma, a closing quotation mark, a colon, a dash, a parenthesis) or after
    // "qu'" ("ce qu'a annoncé le ministère"): after any other word the verb's subject stands before it and the group
    // after it is its object ("le dépouillement final a confirmé la réussite de X").
    new RegExp(`(?<=${FR_INCISE_OPENS})(?<!\\p{Lu}[\\p{L}'’-]* |\\) )${FR_VERBS}${FR_AFTER_VERB}${FR_HEARER} ${ROLE_FR}`, 'u'),
    // An acronym in parentheses names the group written before it, which speaks, whatever participle follows it
    // ("Le Centre national … (CNRST) basé à Rabat a indiqué"): not the place of that participle.
    new RegExp(`\\((\\p{Lu}{2,}(?:-\\p{Lu}+)?)\\)(?: \\p{Ll}+(?:é|ée|és|ées) (?:à|au|en|par|de|dans) [^,.;]{1,40}?)? ${FR_VERBS}`, 'u'),
    // A name before a present verb of saying and "que" ("X affirme que …"), as the noun groups below; not the last
    // capitalised word of a name written with a lower-case word inside ("Santé publique France précise que").
    new RegExp(`${FR_NOT_AFTER_PREPOSITION}(?<!\\p{Lu}\\p{Ll}+ \\p{Ll}+ )${NAME} ${FR_SAY_PRESENT} qu`, 'u'),
    // speakers21: the same present, or a count's ("X estime à", "X recense"), after an apposition between commas that
    // describes the name ("X, un assureur, estime à 5,4 milliards …", "X, qui se présente comme « le premier … », indique
    // que …"): the apposition, a quotation inside it included, stands between the subject and its verb, as it does before
    // a compound verb (the pattern below). Counts after any subject only (FR_COUNT_VERBS_ANY_SUBJECT: "X, une ville du
    // nord, compte 20 000 habitants" holds, not counts).
    new RegExp(`${FR_NOT_AFTER_PREPOSITION}${NOT_INSIDE_NAME}${NAME}, (?:[^,«»]|«[^«»]{0,${QUOTED_APPOSITION_MAX_CHARS}}»){1,${FR_APPOSITION_MAX_CHARS}}, (?:${FR_SAY_PRESENT} qu|${FR_COUNT_VERBS_ANY_SUBJECT})`, 'u'),
    new RegExp(`${FR_NOT_AFTER_PREPOSITION}${NAME},? (?:qui )?${FR_VERBS}`, 'u'),
    new RegExp(`${FR_NOT_AFTER_PREPOSITION}${NOT_INSIDE_NAME}${NAME}(?:, [^,]{0,${FR_APPOSITION_MAX_CHARS}},)? (?:qui )?${FR_VERBS}`, 'u'),
    // A plan's named author gives its figures ("X, directeur des relations sociales, a dévoilé le contour du plan …
    // avec près de 900 départs"), as EN_ACTOR_VERBS after a name; a name only, never a title alone.
    new RegExp(`${FR_NOT_AFTER_PREPOSITION}${NOT_INSIDE_NAME}${NAME}(?:, [^,]{0,60},)? (?:a|avait) (?:dévoilé|présenté|détaillé)(?![\\p{L}])`, 'u'),
    new RegExp(`${ROLE_FR} ${FR_VERBS}`, 'u'),
    NAME_COUNTS_FR,
    new RegExp(`${speakerGroup('fr', 'short')}${FR_SUBJECT_ASIDE} ${FR_FORECAST_VERBS}`, 'u'),
    // "le parquet avait requis 18 ans", "les procureurs ont réclamé …": a speaker group's request; never after "l'"
    // ("comme l'avait requis le parquet": the figure is the sentence's subject's, which the request only matches).
    // speaker36: an adverb after the auxiliary ("avait initialement requis") and "en" standing for what is asked ("le
    // parquet en avait requis 10") ask too. Not the present nor the imperfect: "le syndicat réclame (réclamait) 20 %,
    // tandis que X propose (proposait) 5 %" sets two sides in one sentence, the second figure not the first subject's.
    new RegExp(`${speakerGroup('fr', 'short')}${FR_SUBJECT_ASIDE}(?: en)? (?:a|ont|avait|avaient) (?:\\p{Ll}+ment )?${FR_REQUEST_VERBS}(?![\\p{L}])`, 'u'),
    // Not an elided article opening the sentence ("L'accord prévoit le retour aux 35 heures": a text's provisions), nor
    // a text's name ("la loi Travail prévoit", FR_NOT_AFTER_TEXT_NOUN).
    new RegExp(`${FR_NOT_AFTER_PREPOSITION}${FR_NOT_AFTER_TEXT_NOUN}(?![LlDd]['’]\\p{Ll})${NAME}${FR_SUBJECT_ASIDE} ${FR_FORECAST_VERBS}`, 'u'),
    // A participle or gerund of saying whose subject is the clause's named subject ("X a exhorté Y à revoir sa copie,
    // déclarant : …", "X, de son côté, a riposté en annonçant qu'elle envisage de taxer jusqu'à 84 %"), as English
    // "X defended these measures, warning that …".
    new RegExp(`${FR_NOT_AFTER_PREPOSITION}${NOT_INSIDE_NAME}${NAME}${FR_SUBJECT_ASIDE}(?:, [^,]{0,40},)? (?:a|ont|avait|avaient) [^,.;:]{1,80}?,? (?:en )?${FR_SAYING_PARTICIPLE}(?![\\p{L}])`, 'u'),
    // A participle clause of saying whose subject stands before it: a speaker group ("…, les autorités estimant que
    // les six personnes étaient présumées mortes") or the agent of a participle ("Une arrestation confirmée par X,
    // précisant qu'il s'agit d'un homme de 50 ans"; session 16).
    new RegExp(`${speakerGroup('fr', 'short')},? ${FR_SAYING_PARTICIPLE} qu`, 'u'),
    new RegExp(`\\p{Ll}+(?:é|ée|és|ées) par ${NAME},? (?:en )?${FR_SAYING_PARTICIPLE}(?![\\p{L}])`, 'u'),
    // "l'annonce à la mi-journée par X de droits de 34 %": the agent of a noun of announcing or deciding, "par"
    // and a name, gives what is announced.
    new RegExp(`(?<![\\p{L}])(?:annonce|décision|proposition)(?: [^,.;]{1,30}?)? par (?:(?:la|le|les) |l['’] ?)?${NAME}`, 'u'),
    // "X a désigné les otages libérés comme étant A, 26 ans, B, 22 ans": who names people gives their ages.
    new RegExp(`${NAME} (?:a|avait) (?:désigné|identifié) [^,.;]{0,50}? comme`, 'u'),
    // speaker36: the same in the passive, its agent between "par" and "comme" ("le suspect, identifié par les médias
    // locaux comme un homme de 61 ans"): a speaker group or a name, never any words ("identifié par ses empreintes").
    new RegExp(`(?<![\\p{L}])identifiée?s? par ${speakerGroup('fr', 'short')} comme(?![\\p{L}])`, 'u'),
    new RegExp(`(?<![\\p{L}])identifiée?s? par${FR_NAME_DET} ${NAME}(?: \\([^()]{1,12}\\))? comme(?![\\p{L}])`, 'u'),
    new RegExp(`(?<![\\p{L}])identifiée?s? par (?:la |les )?((?:presse|médias)(?: \\p{Ll}+)?) comme(?![\\p{L}])`, 'u'),
    // "les premières estimations sont : A (172 à 192), B (150 à 170)": a list after a colon is the estimates' own.
    new RegExp(`${LIST_SOURCE_FR} (?:sont|donnent) ?:`, 'u'),
    new RegExp(`(${POLL_FOR('pour')}) (?:donne|crédite|accorde)(?![\\p{L}])`, 'u'),
    // Results, estimates or polls as the subject of a verb that gives a share ("Les résultats officiels provisoires
    // créditent le parti A de 20,8 %", "les projections placent B en tête avec 180 sièges"), as English "the final
    // results showed".
    new RegExp(`(?<![\\p{L}])(?:[Ll]es |[Ll]e |[Ll]a |[Ll]['’] ?)((?:dernier(?:e?s)? |premier(?:e?s)? )?(?:résultats|estimations?|projections?|sondages?)(?: \\p{Ll}+){0,3}?) (?:placent|place|donnent|donne|créditent|crédite|accordent|accorde|attribuent|attribue)(?![\\p{L}])`, 'u'),
    // The determiner starts a word: "qu'elle en avait recensé" holds no group "le en". speakers20: these three
    // patterns' group is a subject, which a preposition before it makes a complement of a longer one (speech-match.ts
    // FR_SUBJECT_GROUPS reads it whole).
    new RegExp(`(?<![\\p{L}])((?:(?:[Ll]es|[Ll]e|[Ll]a) |[Ll]['’] ?)[\\p{L}'’ -]{3,60}?)${NO_CONJUNCTION_END}${FR_SUBJECT_ASIDE} ${FR_COUNT_VERBS_ANY_SUBJECT}`, 'u'),
    // Present tense before reported speech: "Les services de renseignement américains estiment qu'un ...".
    new RegExp(`(?<![\\p{L}])((?:(?:[Ll]es|[Ll]e|[Ll]a) |[Ll]['’] ?)[\\p{L}'’ -]{3,60}?)${NO_CONJUNCTION_END} (?:estime|estiment|affirme|affirment|indique|indiquent|assure|assurent|pense|pensent|croit|croient|dit|disent) qu`, 'u'),
    // A compound verb of saying before "que", a time between commas ("Les médias américains ont rapporté, mercredi
    // soir, que …"): its subject, a noun group opening on its determiner, speaks. Not a title of one person ("Le
    // Premier ministre a précisé qu'…"): TITLE_PATTERNS keep one only when the text names its holder. Nor "le même
    // ministère", which points back (sameSpeakerBefore) and names nobody alone.
    new RegExp(`(?<![\\p{L}])((?:(?:[Ll]es|[Ll]e|[Ll]a) |[Ll]['’] ?)(?! ?(?:[\\p{L}-]+ )?${TITLE_WORDS}| ?mêmes? )[\\p{L}'’ -]{3,60}?)${NO_CONJUNCTION_END} ${FR_VERBS}(?:, [^,]{1,30},)? qu`, 'u'),
    // The same subject opening its clause, whatever follows the verb ("Le service météorologique national a émis des
    // alertes …, avec des vents de 80 km/h"), its first word capitalised too when it opens an institution's name ("La
    // Haute autorité de santé a recommandé …").
    new RegExp(`^\\s*((?:(?:[Ll]es|[Ll]e|[Ll]a) |[Ll]['’] ?)(?! ?(?:[\\p{L}-]+ )?${TITLE_WORDS}| ?mêmes? )\\p{L}[\\p{L}'’ -]{2,60}?)${NO_CONJUNCTION_END} ${FR_VERBS}(?![\\p{L}])`, 'u'),
  ],
  en: [
    // The whole phrase up to the punctuation: "according to American intelligence".
    new RegExp(`[Aa]ccording to the same source`, 'u'),
    EN_DATA_BY,
    EN_RESULTS_BY,
    ...EN_DATA_FROM,
    // A relay and its source: "According to AFP, the health ministry claims 120 were killed": the source speaks.
    new RegExp(`[Aa]ccording to [^,]{2,40}, (?:the )?${speakerGroup('en', 'short')} (?:${EN_VERBS}|claims|says)(?![\\p{L}])`, 'u'),
    new RegExp(`[Aa]ccording to ((?:an?|the) (?:[\\p{L}-]+ ){0,2}?(?:${TALLY_EN})(?![\\p{L}])[^,.;]*)`, 'u'),
    new RegExp(`[Aa]ccording to ${POLL_BY_EN}`, 'u'),
    // The phrase ends at a punctuation mark or at a pronoun opening the clause ("according to the X estimate for
    // France TV it secures ...", "according to witnesses on board there were …"); digits only inside a name ("TF1"),
    // never the figure's own.
    // An initial's point stays in ("according to the L.A. County Fire Department").
    // ", per X" after what is said ("…, per the state weather agency"); "per" elsewhere divides ("per year").
    // speakers21: a name's acronym in parentheses after it ends the phrase as its comma does ("according to the World
    // Health Organization (WHO), 1,200 …"; French "selon l'Organisation … (OMS)," already ends there).
    // spk41: a colon ends it too, where the phrase introduces what follows ("Here is the breakdown by region,
    // according to the agency's tally:" then a list; French "selon le ministère :" already did): without it the phrase
    // matched nothing and each item of the list it introduces had no speaker.
    new RegExp(`(?:[Aa]ccording to|[Aa]s per|(?<=, )per) ((?:the )?(?:[\\p{L} '’-]|(?<=\\p{L})\\d|${INITIAL_POINT}){3,${ACCORDING_MAX_CHARS}}?)(?=[,;:"]|${END_POINT}|$| (?:it|they|he|she|we|there) | \\d| \\(\\p{Lu}[\\p{L}\\d.-]*\\)(?=[,;.]|\\s|$))`, 'u'),
    // speaker32: "…, the Daily Courier reports.", "Death toll climbs to 187, local media reports": "reports" closing the
    // sentence right after a comma and a noun group is a verb whose subject is that group (as "…, X said"); elsewhere
    // "reports" is read only before "that" (EN_VERBS). No preposition or join in the group: "…, according to media
    // reports." and "…, based on local reports." end on the noun; nor a last word that makes "reports" the noun ("…, the
    // agency's latest reports": EN_REPORT_QUALIFIERS, shared with EN_VERBS; fixspeaker32).
    new RegExp(`, ${EN_REPORTS_GROUP_OPEN}((?:(?!${EN_REPORTS_GROUP_STOP}(?![\\p{L}]))[\\p{L}.'’-]+ ){0,4}?(?!${EN_REPORTS_GROUP_STOP}(?![\\p{L}]))[\\p{L}.'’-]+)(?<!(?<![\\p{L}])(?:${EN_REPORT_QUALIFIERS})) reports(?=\\s*(?:[.;!]|$))`, 'u'),
    // A speaker noun and its modifiers and complement: "the health ministry in Lagos said", "said local officials".
    // Plural "say" only after a speaker noun ("regional authorities say"): after a bare name it is most often a
    // headline's shorthand ("Residents say 50 dead"), whose figure is rounded. Plural "confirm" likewise ("Local police
    // confirm two dead"), and "found that", a finding the group reports ("Police found that 20 cars …"; session 17).
    new RegExp(`${speakerGroup('en', 'short')}${EN_MEDIUM}${EN_AUX_ADVERBS},? (?:${EN_VERBS}|say|confirm|(?:found|find|finds) that|${EN_FORECAST_VERBS}|${EN_REQUEST_VERBS}|${EN_PLURAL_ESTIMATE})(?![\\p{L}])`, 'u'),
    // "…, says junta chief X", "said police chief X": a lower-case title right before the name is part of how the person
    // is named, the name the speaker; never a preposition or a determiner ("said in Paris", "said the X"). Before the
    // speaker nouns after a verb: "says army chief X" is said by X, not by "army".
    new RegExp(`[,"”»] ?${EN_POST_VERBS} (?:(?!${EN_NOT_TITLE_WORDS}(?![\\p{L}]))\\p{Ll}[\\p{L}-]+ ){1,2}${NAME}${EN_POST_NAME_END}`, 'u'),
    new RegExp(`${EN_POST_VERBS} ${speakerGroup('en', 'short')}${EN_FINITE_NEXT}`, 'u'),
    // A count and the participle of who gives or revises it: "a figure revised down by the authorities".
    new RegExp(`(?<![\\p{L}])(?:${TALLY_EN}|total|estimates?) (?:revised|given|released|published|provided)(?![\\p{L}])(?: [^.;:,]{0,30}?)? by (?:the )?${speakerGroup('en', 'short')}`, 'u'),
    new RegExp(`${EN_PASSIVE_AGENT} (?:the )?${speakerGroup('en', 'short')}`, 'u'),
    new RegExp(`${EN_PASSIVE_AGENT} (?:the )?${NAME}`, 'u'),
    // speaker36: who identifies a person gives what the identification holds, an age among it ("The agency has since
    // identified the suspect as Jane Roe, 34", "the gunman, identified by local media as a 61-year-old"), as French
    // "X a identifié … comme" below; "as" closes the identifier's group, four words at most.
    new RegExp(`${NOT_AFTER_PREPOSITION}${NOT_INSIDE_NAME}${NAME}${EN_AUX_ADVERBS} identified [^.;:,]{1,${IDENTIFIED_MAX_CHARS}}? as(?![\\p{L}])`, 'u'),
    new RegExp(`${speakerGroup('en', 'short')}${EN_AUX_ADVERBS} identified [^.;:,]{1,${IDENTIFIED_MAX_CHARS}}? as(?![\\p{L}])`, 'u'),
    // Its agent a speaker group or a name, never any words ("identified by dental records as …" names no identifier).
    new RegExp(`(?<![\\p{L}])identified by ${speakerGroup('en', 'short')} as(?![\\p{L}])`, 'u'),
    new RegExp(`(?<![\\p{L}])identified by (?:the )?((?:\\p{L}+ )?(?:${EN_REPORT_MEDIA})) as(?![\\p{L}])`, 'u'),
    new RegExp(`(?<![\\p{L}])identified by (?:the )?${NAME} as(?![\\p{L}])`, 'u'),
    // speakers19: "as" and a participle of saying, its agent after "by" ("the toll has reached 28, as confirmed by the
    // prime minister", "as reported by X"): a clause of comparison whose agent says what the main clause states; it may
    // open the sentence ("As reported by X, …"; fixrev19b).
    new RegExp(`(?<![\\p{L}])[Aa]s (?:${EN_AS_SAID}) by (?:the )?${speakerGroup('en', 'short')}`, 'u'),
    new RegExp(`(?<![\\p{L}])[Aa]s (?:${EN_AS_SAID}) by (?:the )?${NAME}`, 'u'),
    new RegExp(`${EN_POST_VERBS} ${NAME}${EN_POST_NAME_END}`, 'u'),
    // "», announces the X Group, which …": a name with its article after the verb, ending its clause (a name
    // followed by more words is the object: "reported the X fire had spread").
    new RegExp(`[,"”»] ?${EN_POST_VERBS} the ${NAME}(?=[,.;]|$)`, 'u'),
    // An acronym in parentheses names the group written before it ("the State Weather Agency (SWA) said").
    new RegExp(`\\((\\p{Lu}{2,}(?:-\\p{Lu}+)?)\\),? ${EN_VERBS}`, 'u'),
    new RegExp(`${NOT_AFTER_PREPOSITION}${NAME}${EN_MEDIUM},? (?:has |had |have )?${EN_ADVERB}${EN_VERBS}`, 'u'),
    new RegExp(`${NAME}(?<!${EN_TITLE})(?:, (?:meanwhile|however|for (?:his|her|its|their) part),)?(?:,? (?:has|had) | )${EN_ACTOR_VERBS}(?![\\p{L}])`, 'u'),
    // A plan's figures given through a passive agent: "as outlined by President X", "proposed by the ministry".
    // The agent of a noun of announcing likewise: "the announcement by X of 34% tariffs".
    new RegExp(`(?<![\\p{L}])(?:announcement|decision|proposal) by (?:the )?${NAME}`, 'u'),
    new RegExp(`(?:${EN_ACTOR_VERBS}|announced|outlined) by (?:the )?${NAME}`, 'u'),
    // A participle of saying whose subject is the clause's named subject: "X defended these measures, warning that
    // the debt exceeds €3.3 trillion".
    // The words between may hold a day's name ("X rejoiced Thursday evening, announcing 309 arrests").
    new RegExp(`${NAME} (?:[\\p{Ll}-]+ )(?:[\\p{L}-]+ ){0,5}?[\\p{L}-]+, (?:warning|saying|adding|arguing|insisting|announcing|reporting|estimating)(?: that)?(?![\\p{L}])`, 'u'),
    // "An X poll released July 21 found": the poll's publication may stand between it and its verb.
    new RegExp(`${EN_POLL}(?: (?:released|published)(?: [\\p{L}\\d]+){0,3}?)?(?: also| now| still)? ${EN_POLL_VERBS}(?![\\p{L}])`, 'u'),
    // "X for Channel Y gives the party 180-210 seats": a pollster for the medium that ordered the poll.
    new RegExp(`(${POLL_FOR('for')}) (?:gives|puts|credits)(?![\\p{L}])`, 'u'),
    // "The first estimates are: A (172-192), B (150-170)": a list after a colon is the estimates' own.
    new RegExp(`${LIST_SOURCE_EN} are ?:`, 'u'),
    new RegExp(`(?:exit poll|poll|survey|estimate) (?:conducted |carried out )?by ${NAME}`, 'u'),
    // "X identified the rescued hostages as A, 60": who names people gives their ages.
    new RegExp(`${NAME} (?:named|identified) (?:the|them|him|her|(?:one|two|three) of the)(?: [^,.;]{0,50}?)? as `, 'u'),
    new RegExp(`${speakerGroup('en', 'short')} (?:named|identified) (?:the|them|him|her|(?:one|two|three) of the)(?: [^,.;]{0,50}?)? as `, 'u'),
    // A message or a study named by its author ("BBC report claims", "the WHO's report found"): the author speaks, not the
    // message (session 15).
    new RegExp(`${EN_AUTHOR_AHEAD}${NAME}(?:['’]s)? (?:${EN_AUTHORED_NOUNS})${EN_AUX_ADVERBS} (?:${EN_VERBS}|found|finds|shows|showed)(?![\\p{L}])`, 'u'),
    new RegExp(`${NAME}${EN_APPOSITION}? ${EN_VERBS}`, 'u'),
    new RegExp(`${NOT_AFTER_PREPOSITION}${NAME}${EN_AUX_ADVERBS} ${EN_NAME_FORECAST}(?![\\p{L}])`, 'u'),
    // A relative clause whose closing comma is left out ("X, who was headed towards the Y said thousands …"): the
    // name before it is the subject of the verb of saying after it (session 15).
    // A stretch holding another relative pronoun is a nested clause whose own subject says it ("X, who works with
    // officials who said …": the officials speak, not X).
    new RegExp(`${NAME}, (?:who|which) (?:(?!(?<![\\p{L}])(?:who|which|that)(?![\\p{L}]))[^,.;:"“”]){1,${EN_RELATIVE_MAX_CHARS}}? ${EN_VERBS}(?![\\p{L}])`, 'u'),
    // A lowercase noun group, never the "s" of a possessive ("the country’s region …"): never a passive's subject ("92 deaths were reported" names no one), never across a
    // conjunction ("… and vowed to strike after the company said": the group is the company, not the clause), never an
    // auxiliary alone (", have announced": the subject stands before the comma), never across a relative pronoun
    // ("Tom Hart, who works with officials who said": no group of words holds "who").
    // Never a preposition's complement nor the tail of a group whose determiner is left out ("headed towards the X for
    // the evening prayer said": neither "the X …" nor "evening prayer"; session 15).
    new RegExp(`(?<![\\p{L}'’])(?<!(?<![\\p{L}])(?:${EN_OPENING_PREPOSITIONS}|the|an?) )((?:the )?(?!(?:${EN_JOINS}|${EN_OPENING_PREPOSITIONS}|${EN_RELATIVES}|has|have|had)(?![\\p{L}]))\\p{Ll}(?:(?! (?:${EN_JOINS}|${EN_RELATIVES}|has|have|had) )[\\p{L} '-]){3,50}?)(?<!(?<![\\p{L}])(?:was|were|been|is|are|be|being))${EN_AUX_ADVERBS} ${EN_VERBS}`, 'u'),
  ],
};

/** The source that opens the French patterns whose group is a subject opening on its determiner (a count's, a present's
 * before "qu'", a compound verb's before "qu'"): speech-match.ts reads such a group whole when a preposition stands
 * before it (speakers20). */
const FR_SUBJECT_GROUP_SOURCE = "(?<![\\p{L}])((?:(?:[Ll]es|[Ll]e|[Ll]a) |[Ll]['’] ?)";
export const FR_SUBJECT_GROUPS = new Set(PATTERNS.fr.filter((re) => re.source.startsWith(FR_SUBJECT_GROUP_SOURCE)));

/** Verbs of a plan's author in French ("le Premier ministre a proposé de supprimer", "… prévoit de …"): a title
 * speaking through them is kept only when the text names its holder (speaker-titles.ts), like English
 * EN_ACTOR_VERBS after a title. */
const FR_ACTOR_VERBS = '(?:(?:a|avait) (?:\\p{Ll}+ )?(?:proposé|présenté|dévoilé|évoqué|prévu)|propose|présente|dévoile|évoque|prévoit|table sur)';
/**
 * A title speaking, written with its determiner ("Le Premier ministre a précisé qu'…", "The French Prime Minister
 * unveiled …", "the prime minister aims to cut …"): tried when no other pattern holds, and kept only when the
 * text gives the title one holder by name, who is then the speaker.
 */
export const TITLE_PATTERNS: Record<Lang, RegExp[]> = {
  fr: [new RegExp(`(?<![\\p{L}])(?:[Ll]e|[Ll]a|[Ll]['’]) ?((?:[\\p{L}-]+ )?${TITLE_WORDS}(?: \\p{L}+)?) (?:${FR_VERBS}|${FR_ACTOR_VERBS})`, 'u')],
  en: [new RegExp(`(?<![\\p{L}])(?:[Tt]he )((?:[\\p{L}-]+ ){0,2}?${TITLE_WORDS})(?:['’]s plan)?(?:, [^,]{1,40},)? (?:has |had )?(?:${EN_VERBS}|${EN_ACTOR_VERBS}|aims to|plans to|wants to)(?![\\p{L}])`, 'u')],
};

/**
 * speaker36: the maker of a decision (a sentence, a fine, an order) gives its figures, as who asks for one. Tried only
 * after PATTERNS, which say who speaks: "A judge sentenced him to 9 years in prison, prosecutors said" is the
 * prosecutors' report of the sentence. `match` keeps them only for figures after the decision's verb: none may stand
 * before it in the stretch ("The storm killed 12 people, and the governor ordered schools closed": the toll is no
 * governor's). Those in DECISION_PASSIVE have their verb before the figures and their maker after them.
 */
const FR_DECISION_OBJECT = "(?:l['’] ?|les? |lui |leur )?";
/** A name never ends on "qu'il / qu'elle": "Lorsqu'il a ordonné" opens a clause, its subject a pronoun. */
const NOT_QU_PRONOUN = "(?<![Qq]u['’]\\p{L}{1,5})";
const FR_DECISION_PASSIVE = [
  new RegExp(`${FR_DECISION_AGENT}${FR_NAME_DET} ${NAME}`, 'u'),
  new RegExp(`${FR_DECISION_AGENT} ${speakerGroup('fr', 'short')}`, 'u'),
];
const EN_DECISION_PASSIVE = [
  // A name first: "by Judge Maria Lopez" is the judge's name, "Judge" only its title.
  new RegExp(`${EN_DECISION_AGENT} (?:the )?${NAME}`, 'u'),
  new RegExp(`${EN_DECISION_AGENT} ${speakerGroup('en', 'short')}`, 'u'),
];
/** speaker37: a speaker group's own count by its act ("la police a interpellé 23 personnes", "Police have arrested 30
 * people", "the agency had recorded 455 deaths"): a group only (speech-verbs.ts EN_COUNT_ACT_VERBS). A group noun is
 * no common noun read as a name, so a one-word group opening its stretch ("Police arrested …") still counts
 * (COUNT_ACT, read by `match`). */
const FR_COUNT_ACT = [
  new RegExp(`${speakerGroup('fr', 'short')}${FR_SUBJECT_ASIDE} (?:a|ont|avait|avaient) (?:\\p{Ll}+ment |déjà |aussi |également )?${FR_COUNT_ACT_VERBS}`, 'u'),
];
const EN_COUNT_ACT = [
  new RegExp(`${NOT_INSIDE_NAME}${speakerGroup('en', 'short')}${EN_AUX_ADVERBS}${EN_DECISION_DAY} ${EN_COUNT_ACT_VERBS}`, 'u'),
];
export const COUNT_ACT = new Set<RegExp>([...FR_COUNT_ACT, ...EN_COUNT_ACT]);
export const DECISION_PASSIVE = new Set<RegExp>([...FR_DECISION_PASSIVE, ...EN_DECISION_PASSIVE]);
export const DECISION_PATTERNS: Record<Lang, RegExp[]> = {
  fr: [
    ...FR_DECISION_PASSIVE,
    new RegExp(`${speakerGroup('fr', 'short')}${FR_SUBJECT_ASIDE} ${FR_DECISION_OBJECT}(?:a|ont|avait|avaient) (?:\\p{Ll}+ment )?${FR_DECIDE_VERBS}(?![\\p{L}])`, 'u'),
    new RegExp(`${FR_NOT_AFTER_PREPOSITION}${NOT_INSIDE_NAME}${NAME}${NOT_QU_PRONOUN}${FR_SUBJECT_ASIDE} ${FR_DECISION_OBJECT}(?:a|ont|avait|avaient) (?:\\p{Ll}+ment )?${FR_DECIDE_VERBS}(?![\\p{L}])`, 'u'),
    ...FR_COUNT_ACT,
  ],
  en: [
    ...EN_DECISION_PASSIVE,
    // A group opens a name, never starts inside one ("Judge X of the District Court for the Northern District handed
    // down": "Court for the Northern District", a complement's tail, decides nothing).
    new RegExp(`${NOT_INSIDE_NAME}${speakerGroup('en', 'short')}${EN_AUX_ADVERBS}${EN_DECISION_DAY} ${EN_DECIDE_VERBS}`, 'u'),
    ...EN_COUNT_ACT,
    // Nor a name after a preposition and its article (the judge decides, not the district).
    new RegExp(`${NOT_AFTER_PREPOSITION}(?<!(?<![\\p{L}])(?:in|of|at|from|to|for|on|with|by) the )${NOT_INSIDE_NAME}${NAME}${EN_AUX_ADVERBS}${EN_DECISION_DAY} ${EN_DECIDE_VERBS}`, 'u'),
  ],
};
