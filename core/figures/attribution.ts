/**
 * Who says a figure, where the text says so: "a déclaré Bayrou", "selon l'agence du renseignement
 * américain", "Borne, qui a déclaré", "said Bayrou", "according to ...". Works on the original
 * text of the sentence (and, for a figure inside a quotation, the words right after the quotation
 * closes). A surname is expanded to the full name when the same text writes it in full ("Bayrou" ->
 * "François Bayrou"), because the popup shows the speaker out of context.
 */
import type { Lang } from '../types';
import { giverOf, lastSpeakerGroup, pronounSays, sameSpeakerBefore, speakerGroup, speakerHead } from './speaker-groups';
import { TITLE_WORDS, titleHolder } from './speaker-titles';
import { mayMatchNumbered, newTurn, requiredNumbers } from '../text/required-literals';
import { isCountryForm, lookup } from '../concepts/index';
import { fold } from '../text/fold';

/** How far after a closing quotation mark the speaker's verb is looked for ("», a noté M. Bayrou."). */
const AFTER_QUOTE_CHARS = 90;
/** A quotation longer than this is not followed back to its opening mark. */
const MAX_QUOTE_CHARS = 1500;

/** Honorifics written before a person's name, abbreviated ("M. Dupont", "Mme X", "Mlle X", "Mr Doe", "Mrs Doe", "Ms Roe",
 * "Dr X"): one list for a name (NAME), a name without its honorific (expand), a person's name (PERSON_NAME) and the
 * abbreviations whose point ends no sentence (TITLE_ABBREVIATIONS, but "M", a lone capital read as an initial there).
 * General vocabulary of both languages. */
const HONORIFICS = ['M', 'Mme', 'Mlle', 'Mr', 'Mrs', 'Ms', 'Dr'];
/** HONORIFICS as a regular-expression source: French "M" only with its point (a lone capital is an initial), the others
 * with or without it ("Mr Doe", "Mr. Doe", "Mme. X" in copy). The longest first, so "Mrs" is not read as "Mr". */
const HONORIFIC = `(?:M\\.|(?:${[...HONORIFICS].filter((h) => h !== 'M').sort((a, b) => b.length - a.length).join('|')})\\.?)`;

/** A name may hold a middle initial, its point left out too before the surname ("Anthony C. Marrone", "Jane Q Public":
 * else the surname alone is read, and expanded to another person's full name; session 16), a suffix ("Roland L. Butler
 * Jr. said"), and an institution's name its complement ("the High
 * Authority for Health", "the Bank of Spain"): a capitalised word after "of / for" belongs to the name before it. A
 * name starts a word: a pattern whose look-behind refuses the whole word ("by BBC X claimed": no subject after a
 * preposition) must not take its tail ("BC X") instead (session 15). */
const NAME = `((?<![\\p{L}])(?:${HONORIFIC} )?`+"\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}(?:\\.|(?= \\p{Lu}\\p{Ll})))?(?: (?:de |du |von |van |al-|of |for |of the )?\\p{Lu}[\\p{L}'’-]+){0,3}(?:,? (?:Jr|Sr)\\.?(?![\\p{L}]))?)";
/** A role opens on its determiner, a quantifier too ("selon certains survivants", "d'après plusieurs témoins"; session 15).
 * A role ends at a punctuation mark (an opening quotation mark too: "selon l'agence X “les équipes …"), a relative or a
 * preposition of setting, or a parenthesis: one that locates it
 * ("a indiqué un responsable hospitalier de X (nord-ouest)") or closes an aside ("(6,8 selon le service Y)"). */
const ROLE_FR = "((?:le|la|l['’]|les|des|un|une|certains|certaines|plusieurs|de nombreux|de nombreuses) ?[\\p{Ll}\\p{Lu}'’ -]{3,60}?)(?=[,.;«»\"“”()]|$| qui | dans | sur | lors )";
/** A role ends before a digit only on a noun: not on a preposition, a quantifier or a participle's complement, which the
 * number completes ("selon les résultats annoncés plus de 18 heures après", "selon lesquelles il y aurait plus de 500"). */
const ROLE_OPEN_END = "(?<!(?<![\\p{L}])(?:de|d['’]|des|du|à|au|aux|plus|moins|près|environ|que|qu['’]|et|ou|avoir|être|sur|par|pour|en|dans|avec))";
/** After "selon / d'après" the role also ends before a digit: a comma left out before the figure ("Selon la municipalité
 * 68 sont blessées") still leaves the source before it (session 16). Only there: after a verb, a role followed by a
 * number is its object ("a annoncé la mort de 15 personnes"). */
const ROLE_FR_SOURCE = ROLE_FR.replace('| lors )', `| lors |${ROLE_OPEN_END} \\d)`);

/** Words that set a speaker against another between the auxiliary and its participle ("le cabinet X a pour
 * sa part compté 55 000", "la police a, de son côté, recensé ..."). */
const FR_ASIDE = "(?:,? (?:pour sa part|pour leur part|de son côté|de leur côté|quant à (?:elle|lui|eux)),?|, (?:elle|elles|lui|eux),)?";
/** Up to two adverbs between the auxiliary and its participle ("a en outre indiqué", "a notamment déclaré"). "prévu"
 * before "que" is a forecast its subject gives ("X a prévu que 50 % des enseignants seraient grévistes"), as English
 * "project"; "a prévu 3 milliards" is a plan, left out. The
 * auxiliary is a whole word: a name ending in "a" ("… Electrica a annoncé une panne") holds no auxiliary, else the
 * real one is read as an adverb and the object after the verb as its speaker. */
const FR_VERBS = `(?<![\\p{L}-])(?:a|ont|avait|avaient)${FR_ASIDE} (?:\\p{Ll}+ ){0,2}?(?:déclaré|affirmé|souligné|indiqué|annoncé|assuré|noté|ajouté|averti|estimé|précisé|expliqué|détaillé|rapporté|confirmé|mentionné|signalé|révélé|émis|dit|écrit|avancé|rappelé|fait état|fait savoir|recommandé|prévu(?= qu))`;
/** Verbs of saying; "insisted / argued" report an argument whose figures are the speaker's ("X argued that the
 * country, burdened by a 5.8% deficit, ..."). Not "noted / stressed / explained": they gained nothing on the
 * development set and named a wrong speaker held out (measured, session 9). "confirmed / revealed" report a fact
 * the subject gives ("the utility X confirmed that over 23,000 households …"); "issued" a warning or a statement
 * and its figures ("the weather service issued a warning"; session 10); "indicated" what a person or a document gives
 * ("the passenger list indicated that 169 …"; session 11: one sentence of the development set, nothing lost).
 * "recommended" gives the figures of an advice ("the health authority recommended vaccinating those over 65").
 * "clarified" corrects a figure its subject gave ("the agency clarified that 30 bodies …"; session 15).
 * "declared" before a reported clause ("the government declared the suspect is a 50-year-old man", "declared that"):
 * after "the"/"it" a finite verb within four words (and a dashed aside: "the suspect – who was detained – is") must follow, else "the …" is its object ("declared the county a
 * disaster area after 40 homes burned"); never before its object ("X has declared victory after projections showed …", "declared a state of emergency": an
 * act, not a report; session 16).
 * "claimed" before "lives" is a harm's toll ("the quake has claimed at least 144 lives"), its subject the cause.
 * "put the figure at" with any count's noun and one word before it ("authorities initially put the death toll at 15";
 * session 17). */
const EN_VERBS = "(?:said|says|told|stated|added|announced|announces|reported|declare[sd](?= (?:that|he|she|they)(?![\\p{L}])| (?:the|it)(?: [\\p{L}-]+){0,4}(?: [–—][^–—.;!?]{1,40} [–—])? (?:is|are|was|were|has|have|had|will|would)(?![\\p{L}]))|indicated|warned|(?:claimed|claims)(?![^.;,]{0,30}?(?<![\\p{L}])lives(?![\\p{L}]))|wrote|estimated|estimates|counted|insisted|insists|argued|argues|confirmed|confirms|revealed|issued|recommended|recommends|specified|specifies|clarified|clarifies|put the (?:\\p{Ll}+ )?(?:figure|number|toll|count|tally) at|gave a figure of)";
/** The verbs of EN_VERBS that may stand before their speaker ("…, said the ministry", "», announces X"): not
 * "told", whose name after it is the hearer ("X, a union delegate, told AFP"), the speaker before it. */
const EN_POST_VERBS = EN_VERBS.replace('told|', '');
/** A speaker written after its verb ends there: a finite verb right after it makes it the subject of what is said
 * ("X said authorities have identified 32", "X said officials were"), and a name followed by a common noun is that
 * noun's modifier, the head of the reported clause's subject ("X said DNA evidence helped"). Only a preposition, a
 * relative, a time word or a participle of saying may follow a name ("said X on Monday", "said X, who", "said X in a
 * statement"). */
const EN_FINITE_NEXT = "(?! (?:have|has|had|are|is|was|were|will|would|could|can|may|might|should|must|did|do|does)(?![\\p{L}]))";
const EN_POST_NAME_END = `(?![\\p{L}'’-])${EN_FINITE_NEXT}(?! (?!(?:in|on|at|of|to|for|from|during|after|before|while|who|which|whose|as|when|and|late|early|last|this|earlier|later|today|yesterday|tonight|adding|saying|according|via|with|by|per|citing|about|that)(?![\\p{L}]))\\p{Ll})`;
/** Lower-case words that are no title before a name after a verb of saying: prepositions, determiners, time words. */
const EN_NOT_TITLE_WORDS = "(?:in|on|at|of|to|for|from|by|with|the|an?|its|his|her|their|this|that|on|late|early|last|earlier|later|today|yesterday|also|then|now|and|but|or)";
/** The medium of a statement between a subject and its verb ("the hospital authorities in a statement said", "X, in a
 * post on X, said"): it says how, not who, and is left out of the speaker. */
const EN_MEDIUM = "(?:,? in (?:a|an|its|their|his|her) (?:[\\p{L}-]+ ){0,2}?(?:statement|release|post|report|briefing|interview|bulletin|message|letter)(?: on \\p{Lu}[\\p{L}-]*)?)?";
/** Conjunctions and prepositions that open a clause or a complement: a noun group before a verb holds none. */
const EN_JOINS = '(?:and|after|before|when|while|as|but|or|that|to|where)';
/** Prepositions that open a complement, never a speaker's noun group: "…, who was headed towards the X for the Y
 * said" has its speaker before the relative clause, not in its complement (session 15). */
const EN_OPENING_PREPOSITIONS = '(?:towards?|into|onto|from|with|without|for|of|in|on|at|by|about|through|across|over|under|near|during|since|until)';
/** Adverbs that stand between a subject or an auxiliary and its verb ("X had earlier said", "X also confirmed",
 * "has now officially confirmed"). */
const EN_VERB_ADVERBS = "also|now|since|earlier|later|previously|already|then|\\p{Ll}+ly";
/** One adverb between an auxiliary or a subject and its verb. */
const EN_ADVERB = `(?:(?:${EN_VERB_ADVERBS}) )?`;
/** A perfect's auxiliary and up to two adverbs between a noun group and its verb ("Regional authorities have also
 * reported", "The government has now officially confirmed"): they belong to the verb, never to the speaker. */
const EN_AUX_ADVERBS = `(?: (?:has|have|had))?(?: (?:${EN_VERB_ADVERBS})){0,2}`;
/** An apposition between a subject and its verb, whose number may hold a thousands comma ("X, which employs
 * almost 19,000 people in France, said"). */
/** An apposition describing an organisation may run long ("an unofficial organisation estimating the number of
 * protesters in the country", 72 characters); a comma still ends it. */
const EN_APPOSITION_MAX_CHARS = 90;
/** Relative pronouns of a person or a thing: a clause they open is no part of a speaker's noun group. */
const EN_RELATIVES = 'who|which';
/** A relative clause between a name and its verb ("X, who was walking towards the bridge for the parade said"):
 * a description of its own, no longer than an apposition, which it stands in for; the session-15 sentence's is 49
 * characters. */
const EN_RELATIVE_MAX_CHARS = EN_APPOSITION_MAX_CHARS;
const EN_APPOSITION = `(?:, (?:[^,]|,(?=\\d{3}))(?:[^,]|,(?=\\d{3})){0,${EN_APPOSITION_MAX_CHARS - 1}},)`;
/** A name after a preposition is its complement, never the subject of the verb after it ("… people in France, said"). */
const NOT_AFTER_PREPOSITION = "(?<!(?<![\\p{L}])(?:in|of|at|from|to|for|on|with|by) )";
/** Words between a verb of saying and its speaker written after it: a day and its part ("a annoncé samedi soir le
 * ministère"), an adverb ("a notamment déclaré"); never "que", which opens what is said, and never a determiner,
 * which opens the speaker's own group ("a annoncé le ministère des Affaires étrangères" is said by the ministry,
 * not by "des Affaires étrangères"). */
const FR_AFTER_VERB_WORDS = "(?: (?!que(?![\\p{L}])|qu['’]|(?:le|la|les|un|une|des|du|à|au|aux)(?![\\p{L}]))\\p{Ll}+){0,2}";
/** A day or a time set between commas after the verb ("a annoncé, mardi 4 février, la cour d'appel dans un communiqué",
 * "a-t-on appris, lundi, de source judiciaire"): it opens on a day's name, "hier", "ce / cette", "dans la nuit / la
 * soirée / la matinée" or a date's "le 4"; the speaker follows it (session 16). */
const FR_TIME_ASIDE = "(?:, (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui|ce|cette|dans la (?:nuit|soirée|matinée|journée)|le \\d)(?![\\p{L}])[^,.;:]{0,30},)?";
/** A day written without commas right after the verb, its date in digits and month too ("a annoncé lundi 30 juin
 * Météo-France", "a annoncé ce mercredi matin la ministre"): FR_AFTER_VERB_WORDS reads lower-case words only, two at
 * most, so a date's digits or "ce" + day + part of the day left the speaker unread (session 17: on the development
 * set two inverted subjects, one of them read as the place before the verb instead). */
const FR_DAY_AFTER_VERB = "(?: (?:ce |cette )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: \\d{1,2}(?:er)? (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre))?(?![\\p{L}]))?";
const FR_AFTER_VERB = `${FR_TIME_ASIDE}${FR_DAY_AFTER_VERB}${FR_AFTER_VERB_WORDS}`;
/** The hearer after a verb of saying ("a déclaré à la presse, X", "a indiqué à l'AFP le ministère"): a complement
 * with "à", never the speaker, who is written after it (as English "told X", whose X is the hearer). */
const FR_HEARER = "(?: (?:à|au|aux) [^,.;:»\"]{1,40}?,?)?";
/** A title written with capitals keeps its determiner before it ("», déclare le Premier Ministre"). */
const FR_NAME_DET = "(?: (?:le|la|les))?";
/** Documents that show what they measure ("…, montre une étude", "montrent les données"): general nouns of how news
 * reports a figure's origin. */
const FR_SHOWING_DOCUMENTS = "(?:étude|rapport|sondage|enquête|donnée)s?(?![\\p{L}])";
/** "montre" names a speaker only when a document or a speaker noun follows it: anything may show a figure ("…, montre
 * une vidéo", a picture, no source; rev17c). */
const FR_SHOWS = `(?:montre|montrent)(?=${FR_AFTER_VERB} (?:(?:un|une|le|la|les|l['’]|des|du|ce|cette|ces|notre|nos|leur|leurs) ?)?(?:${FR_SHOWING_DOCUMENTS}|${speakerHead('fr')}))`;
/** Present-tense verbs of saying that follow what is said, their speaker after them ("..., précise le ministère");
 * "montre / révèle" a study's or a document's ("…, montre une étude publiée mercredi"; session 17). */
const FR_POST_VERBS = `(?:indique|indiquent|précise|précisent|déclare|déclarent|affirme|affirment|souligne|soulignent|ajoute|ajoutent|explique|expliquent|rapporte|rapportent|annonce|annoncent|assure|assurent|note|estime|estiment|confirme|confirment|écrit|${FR_SHOWS}|révèle|révèlent)`;
/** Present-tense verbs of saying before what is said ("X affirme que ...", "X dit que …": session 17). */
const FR_SAY_PRESENT = '(?:affirme|affirment|estime|estiment|indique|indiquent|assure|assurent|déclare|déclarent|précise|précisent|dit|disent)';
/** Present-tense verbs that give a count right after them: "La CGT revendique 2,8 millions", "la préfecture dénombre 55 000",
 * "les autorités parlent, elles, de 1,2 million", "la police estime à 20 000 le nombre de …" ("estime / évalue à": the
 * common French way to give a count, which "estime que" patterns never read; session 17). */
const FR_COUNT_VERBS = `(?:parle(?:nt)?(?:, (?:elle|elles|lui|eux),)? d['’e]|fai(?:t|sait|saient) état d['’e]|font état d['’e]|revendique|revendiquent|revendiquait|revendiquaient|compte|comptent|comptait|comptaient|recense|recensent|recensait|recensaient|dénombre|dénombrent|dénombrait|dénombraient|comptabilise|comptabilisent|comptabilisait|annonce|annoncent|annonçait|annonçaient|avance|avancent|avançait|avançaient|évoque|évoquent|évoquait|évoquaient|estim(?:e|ent|ait|aient) à|évalu(?:e|ent|ait|aient) à|(?:a|ont|avait|avaient)${FR_ASIDE} (?:\\p{Ll}+ment )?(?:compté|décompté|recensé|dénombré|comptabilisé|revendiqué))`;
/** A pronoun that sets the subject against another, between it and its verb ("La CGT, elle, évoque …", "la
 * préfecture quant à elle recense …"). */
const FR_SUBJECT_ASIDE = "(?: quant à (?:elle|lui|eux)|, (?:elle|elles|lui|eux),)?";

/** Nouns that name a speaker of figures: speaker-groups.ts' list, one for every pattern. */
const FR_SPEAKER_NOUN = speakerHead('fr');

/** What may end a French speaker group written after its verb ("a indiqué le ministère de la Santé, qui ..."). */
const FR_GROUP_END = "(?=\\s*(?:[,.;:»\"!?()]|$)| (?:qui|dans|sur|lors|à|au|en|pour|après|avant|et|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|ce|cette)(?![\\p{L}]))";
const SELON = "(?:[Ss]elon|[Dd]['’]après)";
/** Nouns of a count given by someone ("le dernier bilan du ministère", "an updated tally by the agency"). Not
 * "estimation / estimate": a poll's estimate names its pollster ("selon l'estimation Ifop"), which speaks. */
const TALLY_FR = 'bilans?|décomptes?|chiffres?';
const TALLY_EN = 'tolls?|tall(?:y|ies)|counts?|figures?';

/** A poll, an estimate or a result and the participle naming who publishes or makes it ("les sondages …, diffusés par
 * les télévisions X et Y", "exit polls published by X"): the capitalised name after the participle (with its common
 * nouns before it, left out) is the giver; two names joined by "et / and" are both. */
const PUBLISHER_NAME = "\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*){0,2}";
const POLL_BY_FR = `(?:(?:les|le|la|l['’]|des|une?) ?)?(?:\\p{Ll}+ )?(?:sondages?|estimations?|projections?|résultats)(?![\\p{L}])[^,.;]{0,40}?,? (?:diffusé|publié|réalisé|commandé|communiqué)e?s? par (?:(?:les|le|la|l['’]) ?)?(?:\\p{Ll}[\\p{L}-]* ){0,3}?(${PUBLISHER_NAME}(?: et ${PUBLISHER_NAME})?)`;
const POLL_BY_EN = `(?:(?:the|an?) )?(?:[\\p{L}-]+ )?(?:polls?|estimates?|projections?|results)(?![\\p{L}])[^,.;]{0,40}?,? (?:published|released|broadcast|conducted|commissioned|issued) by (?:the )?(?:\\p{Ll}[\\p{L}-]* ){0,3}?(${PUBLISHER_NAME}(?: and ${PUBLISHER_NAME})?)`;

/** Nouns of a message or a study that its author's name may modify ("BBC report", "the agency's analysis"). */
/** The author before a noun of message or study must be a name, not a capitalised adjective opening the sentence
 * ("New report finds", "Official data shows", "Latest count shows" name nobody): an acronym ("BBC report"), a
 * possessive ("the Ministry's report") or a name of two words or more ("Harbour Authority report"). */
const EN_AUTHOR_AHEAD = "(?<![\\p{L}])(?=\\p{Lu}{2,}(?![\\p{Ll}])|\\p{Lu}[\\p{L}-]*['’]s(?![\\p{L}])|(?:(?:Mr\\.?|Ms\\.?|Dr\\.?) )?\\p{Lu}[\\p{L}'’-]+ (?:(?:de |du |von |van |al-|of |for |of the )?\\p{Lu}))";
const EN_AUTHORED_NOUNS = 'report|reports|statement|investigation|analysis|study|findings|data|survey|tally|count';

/** Verbs of a plan's author, who gives its figures ("X unveiled a plan to cut €12 billion"): after a name only, since
 * "the plan unveiled ..." names no one. */
const EN_ACTOR_VERBS = '(?:unveiled|proposed|presented|outlined|floated|put forward|demanded)';
/** A title without its holder's name ("The Prime Minister unveiled"): the popup would show a role, not who; left
 * to the speech patterns, which keep it only when it says a figure. */
const EN_TITLE = '(?:Minister|President|Chancellor|Secretary|Mayor|Governor|Leader|Chief|Head|PM)';
/** A poll or a count of votes speaks through these verbs: "an X exit poll suggests", "the final results showed". */
const EN_POLL = "((?:(?!(?:An?|The) )\\p{Lu}[\\p{L}-]* ){1,3}(?:exit )?(?:poll|estimate|projection|survey)s?|(?:final|official|provisional) results)";
/** Verbs of a request whose figures are the requester's ("the prosecution had asked for between 10 and 18 years",
 * "prosecutors requested 18 years", "le parquet a requis 20 ans"): after a speaker noun only (session 16). */
const EN_REQUEST_VERBS = '(?:requested|requests|asked for|asks for|sought|seeks|demanded|demands)';
const FR_REQUEST_VERBS = '(?:requis|réclamé|demandé)';
/** Verbs of a forecast, after a speaker noun only ("Officials project these measures will save €4 billion"). */
/** "expected / anticipated", "were forecasting" too: what analysts or a company expect is their figure ("Analysts had
 * expected the company to earn $1.26 per share", "Analysts were forecasting $61.98B"; session 16). */
// Not "expected to": "Officials expected to confirm 30 deaths" is the officials' own plan, not their forecast.
const EN_FORECAST_VERBS = '(?:project|projects|projected|forecast|forecasts|expect|expects|expected(?! to(?![\\p{L}]))|anticipate|anticipates|anticipated|(?:were|are|had been|have been) (?:forecasting|expecting|projecting|anticipating))';
/** After a name, a forecast in the present ("X expects to generate $65B", "X projects Q4 revenue of …") or before
 * "that" ("X projected that the market could reach …"): the past alone is most often a headline's passive ("X
 * expected to win"), left out. */
const EN_NAME_FORECAST = '(?:expects|forecasts|projects|anticipates|(?:projected|forecast|predicted|expected) that)';
const EN_POLL_VERBS = '(?:suggests|suggested|found|finds|shows|showed|projects|projected|predicts|predicted)';

/** Estimates, projections, polls or results whose list of values follows a colon; a complement may stand between
 * ("les premières estimations des législatives sont :"), never a clause mark. */
const LIST_SOURCE_FR = "(?<![\\p{L}])(?:(?:[Ll]es|[Ll]e|[Ll]a|[Ll]['’]) ?)?((?:\\p{Ll}+ )?(?:estimations?|projections?|résultats|sondages?)(?: [^:,.;]{1,40}?)?)";
const LIST_SOURCE_EN = "(?<![\\p{L}])(?:[Tt]he )?((?:[\\p{L}-]+ ){0,2}?(?:estimates|projections|results|polls)(?: [^:,.;]{1,40}?)?)";

/** A pollster "for" the medium that ordered its poll ("X for C News TV"): the medium's words may be one letter long. */
const POLL_FOR = (join: string): string => `\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){0,2} ${join} \\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*){0,3}`;

/** An institution's full name after "according to" may be long ("the Centre of Coordinated and Integrated
 * Operations in the X region", 75 characters); the phrase still ends at its first punctuation mark. */
const ACCORDING_MAX_CHARS = 90;
/** A point that follows a lone capital letter is an initial's ("L.A.", "C."); any other point ends a phrase. */
const INITIAL_POINT = '(?<=(?:^|[^\\p{L}\\d])\\p{Lu})\\.';
const END_POINT = '\\.(?<!(?:^|[^\\p{L}\\d])\\p{Lu}\\.)';

/** A name after a French preposition is its complement, never the subject of the verb after it ("… basé à Rabat a
 * indiqué" is not said by the city), nor after a preposition joined to its article ("X, ministre de la Santé, a
 * déclaré" is not said by "Santé"; session 15). */
const FR_NOT_AFTER_PREPOSITION = "(?<!(?<![\\p{L}])(?:à|de|en|dans|par|pour|sur|avec|vers|chez|du|des|au|aux|de la) )(?<!(?<![\\p{L}])(?:d|de l)['’] ?)";
/** Present-tense verbs that report a fact or a count given by their subject ("les autorités signalent l'arrestation
 * de 18 personnes", "La direction du groupe X confirme l'arrêt de la production d'ici 2026"). */
const FR_REPORT_PRESENT = '(?:confirme|confirment|signale|signalent|rapporte|rapportent|révèle|révèlent|annonce|annoncent|indique|indiquent|précise|précisent|affirme|affirment|déclare|déclarent)';

/** "comme l'indiquent", "comme l'a précisé": the clause of "comme" whose object pronoun stands for what is said. */
const FR_AS_SAID = `(?<![\\p{L}])comme l['’] ?(?:a |ont |avait |avaient )?(?:${FR_POST_VERBS}|indiqué|précisé|annoncé|rapporté|souligné|expliqué|affirmé|écrit|révélé)${FR_AFTER_VERB}`;

/** Participles of counting or classing whose passive agent gives the count ("12 décès ont été classés comme liés à la
 * maladie par le comité …", "2,000 cases were confirmed by the health agency"). Not "tués / killed": the agent of a
 * harm is its cause, never its counter. */
const FR_COUNTED = '(?:recensé|comptabilisé|classé|confirmé|dénombré|enregistré|compté|signalé|estimé|évalué)e?s?';
const EN_COUNTED = '(?:counted|recorded|confirmed|classified|registered|tallied|estimated|identified)';
/** The agent of a passive of counting, a clause's length after the participle at most ("ont été classés comme liés
 * au virus par le comité"). */
/** Participles of giving or revising a count, whose agent gives it. */
const FR_GIVEN = '(?:revu|révisé|communiqué|avancé|donné|publié|établi|fourni)e?s?(?![\\p{L}])';
const FR_PASSIVE_AGENT = `(?:a|ont|avait|avaient|sont|est) été ${FR_COUNTED}(?![\\p{L}])[^.;:]{0,60}? par`;
const EN_PASSIVE_AGENT = `(?:was|were|has been|have been|had been) ${EN_COUNTED}(?![\\p{L}])[^.;:,]{0,40}? by`;

/** A person's apposition between the name and its verb may run long, a title and its place ("X, ministre de
 * l'Intérieur de la région de Y où se trouve le port de Z, a déclaré"): a comma still ends it (session 15). The
 * longest the development set needs is 95 characters; measured on `npm run eval` speakers, 90 loses two of them
 * (devset 924 -> 922/1178), 100 and 120 give the same (924/1178; held-out 52/103 all three): the least that holds. */
const FR_APPOSITION_MAX_CHARS = 100;

/** Nouns of a text that sets rules (a law, a plan, a budget, a decree, a treaty): a name right after one names the text
 * ("la loi Travail", "le plan Vigie", "le projet de loi Dupont"), whose "prévoit" is a provision of the text, not a
 * forecast a speaker holds. General vocabulary of public life, no story's. */
const FR_TEXT_NOUNS = ['loi', 'plan', 'projet', 'texte', 'accord', 'budget', 'réforme', 'décret', 'traité', 'programme', 'contrat',
  'convention', 'directive', 'règlement', 'amendement', 'pacte', 'protocole', 'ordonnance', 'circulaire'];
/** FR_TEXT_NOUNS in either case of their first letter ("la Loi X", "le Plan X" in titles) and in the plural ("les lois
 * X", rev17c). */
const FR_TEXT_NOUN = `(?:${FR_TEXT_NOUNS.map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join('|')})s?`;
/** No name right after a text noun, and no name whose first word is one, its article before it or not ("La Loi X
 * prévoit": NAME reads "La Loi X", its article dropped later). */
const FR_NOT_AFTER_TEXT_NOUN = `(?<!(?<![\\p{L}])${FR_TEXT_NOUN} )(?!(?:(?:La|Le|Les|L['’]) ?)?${FR_TEXT_NOUN} )`;

/** Verbs of a forecast whose subject gives the figure after them ("les analystes tablaient en moyenne sur 61 milliards",
 * "X prévoit un chiffre d'affaires de 65 milliards", "Y cible 74,5 %", "le consensus anticipe …"), as English
 * EN_FORECAST_VERBS; after a speaker group or a name only, never any noun group ("la frappe cible trois villes"). An
 * adverb of averaging may stand before "sur" (session 16). */
const FR_FORECAST_VERBS = "(?:anticip(?:e|ent|ait|aient)|tabl(?:e|ent|ait|aient)(?: en moyenne| \\p{Ll}+ment)? sur|prévoi(?:t|ent)|prévoyai(?:t|ent)|attend(?:ent|ait|aient)?|cibl(?:e|ent|ait|aient))(?![\\p{L}])";

/** Present participles of saying ("déclarant", "en annonçant"): their subject is the subject of the clause's verb. */
const FR_SAYING_PARTICIPLE = '(?:annonçant|déclarant|affirmant|ajoutant|estimant|assurant|précisant|indiquant|soulignant|avertissant)';

const PATTERNS: Record<Lang, RegExp[]> = {
  fr: [
    new RegExp(`${SELON} (?:(?:la|le|les|l['’]|cette) ?)?(?:même source)`, 'u'),
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
    // conseil … (X en anglais) a déclaré l'état d'urgence").
    new RegExp(`(?<!\\p{Lu}[\\p{L}'’-]* |\\) )${FR_VERBS}${FR_AFTER_VERB}${FR_HEARER} ${ROLE_FR}`, 'u'),
    // An acronym in parentheses names the group written before it, which speaks, whatever participle follows it
    // ("Le Centre national … (CNRST) basé à Rabat a indiqué"): not the place of that participle.
    new RegExp(`\\((\\p{Lu}{2,}(?:-\\p{Lu}+)?)\\)(?: \\p{Ll}+(?:é|ée|és|ées) (?:à|au|en|par|de|dans) [^,.;]{1,40}?)? ${FR_VERBS}`, 'u'),
    // A name before a present verb of saying and "que" ("X affirme que …"), as the noun groups below; not the last
    // capitalised word of a name written with a lower-case word inside ("Santé publique France précise que").
    new RegExp(`${FR_NOT_AFTER_PREPOSITION}(?<!\\p{Lu}\\p{Ll}+ \\p{Ll}+ )${NAME} ${FR_SAY_PRESENT} qu`, 'u'),
    new RegExp(`${FR_NOT_AFTER_PREPOSITION}${NAME},? (?:qui )?${FR_VERBS}`, 'u'),
    new RegExp(`${FR_NOT_AFTER_PREPOSITION}${NAME}(?:, [^,]{0,${FR_APPOSITION_MAX_CHARS}},)? (?:qui )?${FR_VERBS}`, 'u'),
    // A plan's named author gives its figures ("X, directeur des relations sociales, a dévoilé le contour du plan …
    // avec près de 900 départs"), as EN_ACTOR_VERBS after a name; a name only, never a title alone.
    new RegExp(`${FR_NOT_AFTER_PREPOSITION}${NAME}(?:, [^,]{0,60},)? (?:a|avait) (?:dévoilé|présenté|détaillé)(?![\\p{L}])`, 'u'),
    new RegExp(`${ROLE_FR} ${FR_VERBS}`, 'u'),
    // Not a place after a preposition ("une étude de l'université de Lyon estime à …": Lyon counts nothing; session 17).
    new RegExp(`${FR_NOT_AFTER_PREPOSITION}${NAME}${FR_SUBJECT_ASIDE} ${FR_COUNT_VERBS}`, 'u'),
    new RegExp(`${speakerGroup('fr', 'short')}${FR_SUBJECT_ASIDE} ${FR_FORECAST_VERBS}`, 'u'),
    // "le parquet avait requis 18 ans", "les procureurs ont réclamé …": a speaker group's request; never after "l'"
    // ("comme l'avait requis le parquet": the figure is the sentence's subject's, which the request only matches).
    new RegExp(`${speakerGroup('fr', 'short')}${FR_SUBJECT_ASIDE} (?:a|ont|avait|avaient) ${FR_REQUEST_VERBS}(?![\\p{L}])`, 'u'),
    // Not an elided article opening the sentence ("L'accord prévoit le retour aux 35 heures": a text's provisions), nor
    // a text's name ("la loi Travail prévoit", FR_NOT_AFTER_TEXT_NOUN).
    new RegExp(`${FR_NOT_AFTER_PREPOSITION}${FR_NOT_AFTER_TEXT_NOUN}(?![LlDd]['’]\\p{Ll})${NAME}${FR_SUBJECT_ASIDE} ${FR_FORECAST_VERBS}`, 'u'),
    // A participle or gerund of saying whose subject is the clause's named subject ("X a exhorté Y à revoir sa copie,
    // déclarant : …", "X, de son côté, a riposté en annonçant qu'elle envisage de taxer jusqu'à 84 %"), as English
    // "X defended these measures, warning that …".
    new RegExp(`${FR_NOT_AFTER_PREPOSITION}${NAME}${FR_SUBJECT_ASIDE}(?:, [^,]{0,40},)? (?:a|ont|avait|avaient) [^,.;:]{1,80}?,? (?:en )?${FR_SAYING_PARTICIPLE}(?![\\p{L}])`, 'u'),
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
    // "les premières estimations sont : A (172 à 192), B (150 à 170)": a list after a colon is the estimates' own.
    new RegExp(`${LIST_SOURCE_FR} (?:sont|donnent) ?:`, 'u'),
    new RegExp(`(${POLL_FOR('pour')}) (?:donne|crédite|accorde)(?![\\p{L}])`, 'u'),
    // Results, estimates or polls as the subject of a verb that gives a share ("Les résultats officiels provisoires
    // créditent le parti A de 20,8 %", "les projections placent B en tête avec 180 sièges"), as English "the final
    // results showed".
    new RegExp(`(?<![\\p{L}])(?:[Ll]es |[Ll]e |[Ll]a |[Ll]['’] ?)((?:dernier(?:e?s)? |premier(?:e?s)? )?(?:résultats|estimations?|projections?|sondages?)(?: \\p{Ll}+){0,3}?) (?:placent|place|donnent|donne|créditent|crédite|accordent|accorde|attribuent|attribue)(?![\\p{L}])`, 'u'),
    // The determiner starts a word: "qu'elle en avait recensé" holds no group "le en".
    new RegExp(`(?<![\\p{L}])((?:[Ll]es|[Ll]e|[Ll]a|[Ll]['’]) ?[\\p{L}'’ -]{3,60}?)${FR_SUBJECT_ASIDE} ${FR_COUNT_VERBS}`, 'u'),
    // Present tense before reported speech: "Les services de renseignement américains estiment qu'un ...".
    new RegExp(`(?<![\\p{L}])((?:[Ll]es|[Ll]e|[Ll]a|[Ll]['’]) ?[\\p{L}'’ -]{3,60}?) (?:estime|estiment|affirme|affirment|indique|indiquent|assure|assurent|pense|pensent|croit|croient|dit|disent) qu`, 'u'),
    // A compound verb of saying before "que", a time between commas ("Les médias américains ont rapporté, mercredi
    // soir, que …"): its subject, a noun group opening on its determiner, speaks. Not a title of one person ("Le
    // Premier ministre a précisé qu'…"): TITLE_PATTERNS keep one only when the text names its holder. Nor "le même
    // ministère", which points back (sameSpeakerBefore) and names nobody alone.
    new RegExp(`(?<![\\p{L}])((?:[Ll]es|[Ll]e|[Ll]a|[Ll]['’]) ?(?! ?(?:[\\p{L}-]+ )?${TITLE_WORDS}| ?mêmes? )[\\p{L}'’ -]{3,60}?) ${FR_VERBS}(?:, [^,]{1,30},)? qu`, 'u'),
    // The same subject opening its clause, whatever follows the verb ("Le service météorologique national a émis des
    // alertes …, avec des vents de 80 km/h"), its first word capitalised too when it opens an institution's name ("La
    // Haute autorité de santé a recommandé …").
    new RegExp(`^\\s*((?:[Ll]es|[Ll]e|[Ll]a|[Ll]['’]) ?(?! ?(?:[\\p{L}-]+ )?${TITLE_WORDS}| ?mêmes? )\\p{L}[\\p{L}'’ -]{2,60}?) ${FR_VERBS}(?![\\p{L}])`, 'u'),
  ],
  en: [
    // The whole phrase up to the punctuation: "according to American intelligence".
    new RegExp(`[Aa]ccording to the same source`, 'u'),
    // A relay and its source: "According to AFP, the health ministry claims 120 were killed": the source speaks.
    new RegExp(`[Aa]ccording to [^,]{2,40}, (?:the )?${speakerGroup('en', 'short')} (?:${EN_VERBS}|claims|says)(?![\\p{L}])`, 'u'),
    new RegExp(`[Aa]ccording to ((?:an?|the) (?:[\\p{L}-]+ ){0,2}?(?:${TALLY_EN})(?![\\p{L}])[^,.;]*)`, 'u'),
    new RegExp(`[Aa]ccording to ${POLL_BY_EN}`, 'u'),
    // The phrase ends at a punctuation mark or at a pronoun opening the clause ("according to the X estimate for
    // France TV it secures ...", "according to witnesses on board there were …"); digits only inside a name ("TF1"),
    // never the figure's own.
    // An initial's point stays in ("according to the L.A. County Fire Department").
    // ", per X" after what is said ("…, per the state weather agency"); "per" elsewhere divides ("per year").
    new RegExp(`(?:[Aa]ccording to|[Aa]s per|(?<=, )per) ((?:the )?(?:[\\p{L} '’-]|(?<=\\p{L})\\d|${INITIAL_POINT}){3,${ACCORDING_MAX_CHARS}}?)(?=[,;"]|${END_POINT}|$| (?:it|they|he|she|we|there) | \\d)`, 'u'),
    // A speaker noun and its modifiers and complement: "the health ministry in Lagos said", "said local officials".
    // Plural "say" only after a speaker noun ("regional authorities say"): after a bare name it is most often a
    // headline's shorthand ("Residents say 50 dead"), whose figure is rounded. Plural "confirm" likewise ("Local police
    // confirm two dead"), and "found that", a finding the group reports ("Police found that 20 cars …"; session 17).
    new RegExp(`${speakerGroup('en', 'short')}${EN_MEDIUM}${EN_AUX_ADVERBS},? (?:${EN_VERBS}|say|confirm|(?:found|find|finds) that|${EN_FORECAST_VERBS}|${EN_REQUEST_VERBS})(?![\\p{L}])`, 'u'),
    // "…, says junta chief X", "said police chief X": a lower-case title right before the name is part of how the person
    // is named, the name the speaker; never a preposition or a determiner ("said in Paris", "said the X"). Before the
    // speaker nouns after a verb: "says army chief X" is said by X, not by "army".
    new RegExp(`[,"”»] ?${EN_POST_VERBS} (?:(?!${EN_NOT_TITLE_WORDS}(?![\\p{L}]))\\p{Ll}[\\p{L}-]+ ){1,2}${NAME}${EN_POST_NAME_END}`, 'u'),
    new RegExp(`${EN_POST_VERBS} ${speakerGroup('en', 'short')}${EN_FINITE_NEXT}`, 'u'),
    // A count and the participle of who gives or revises it: "a figure revised down by the authorities".
    new RegExp(`(?<![\\p{L}])(?:${TALLY_EN}|total|estimates?) (?:revised|given|released|published|provided)(?![\\p{L}])(?: [^.;:,]{0,30}?)? by (?:the )?${speakerGroup('en', 'short')}`, 'u'),
    new RegExp(`${EN_PASSIVE_AGENT} (?:the )?${speakerGroup('en', 'short')}`, 'u'),
    new RegExp(`${EN_PASSIVE_AGENT} (?:the )?${NAME}`, 'u'),
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

/** Verbs of a plan's author in French ("le Premier ministre a proposé de supprimer", "… prévoit de …"): a title
 * speaking through them is kept only when the text names its holder (speaker-titles.ts), like English
 * EN_ACTOR_VERBS after a title. */
const FR_ACTOR_VERBS = '(?:(?:a|avait) (?:\\p{Ll}+ )?(?:proposé|présenté|dévoilé|évoqué|prévu)|propose|présente|dévoile|évoque|prévoit|table sur)';
/**
 * A title speaking, written with its determiner ("Le Premier ministre a précisé qu'…", "The French Prime Minister
 * unveiled …", "the prime minister aims to cut …"): tried when no other pattern holds, and kept only when the
 * text gives the title one holder by name, who is then the speaker.
 */
const TITLE_PATTERNS: Record<Lang, RegExp[]> = {
  fr: [new RegExp(`(?<![\\p{L}])(?:[Ll]e|[Ll]a|[Ll]['’]) ?((?:[\\p{L}-]+ )?${TITLE_WORDS}(?: \\p{L}+)?) (?:${FR_VERBS}|${FR_ACTOR_VERBS})`, 'u')],
  en: [new RegExp(`(?<![\\p{L}])(?:[Tt]he )((?:[\\p{L}-]+ ){0,2}?${TITLE_WORDS})(?:['’]s plan)?(?:, [^,]{1,40},)? (?:has |had )?(?:${EN_VERBS}|${EN_ACTOR_VERBS}|aims to|plans to|wants to)(?![\\p{L}])`, 'u')],
};
/** Each pattern's literal requirements by number (required-literals.ts `mayMatchNumbered`), read once per language on
 * its first use rather than looked up for every stretch `match` reads (speed19). Not at load: reading a pattern's
 * source costs, and a page of one language needs the other's never. */
const PATTERN_NEEDS: Partial<Record<Lang, Array<readonly number[]>>> = {};
const TITLE_NEEDS: Partial<Record<Lang, Array<readonly number[]>>> = {};

const NOT_NAMES = new Set([
  'Il', 'Elle', 'Ils', 'Elles', 'On', 'He', 'She', 'They', 'It', 'We', 'Ce', 'Cela', 'This', 'That', 'La', 'Le', 'Les', 'The',
  // "said Monday": days and months are capitalised in English but name nobody.
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April',
  'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Today', 'Yesterday', 'Aujourd',
  // Sentence-initial words before a name ("Selon Washington") are not first names.
  'Selon', 'According', 'Pour', 'Mais', 'Et', 'Dans', 'En', 'Après', 'Avant', 'Depuis', 'Lors', 'Quand', 'Si', 'But', 'And',
  'In', 'On', 'At', 'After', 'Before', 'When', 'If', 'As', 'For', 'From', 'By',
  // Sentence adverbs before a name ("Yet X said") are no part of it.
  'Yet', 'Also', 'However', 'Meanwhile', 'Still', 'Now', 'Then', 'So', 'Ainsi', 'Puis', 'Alors', 'Or', 'Enfin', 'Aussi',
  // Determiners that open a sentence ("His proposed measures", "Another proposed measure") name nobody.
  'His', 'Her', 'Its', 'Their', 'Our', 'My', 'Another', 'Each', 'Every', 'Some', 'Any', 'No', 'One', 'A', 'An', 'These', 'Those',
  // Indefinite pronouns ("Everyone told me that …", "Chacun dit …") name nobody either (session 15).
  'Everyone', 'Everybody', 'Someone', 'Somebody', 'Anyone', 'Anybody', 'Nobody', 'Chacun', 'Chacune', 'Personne', 'Tous',
  // NAME reads "Quelqu'un" whole, its apostrophe included: listed with both apostrophes.
  'Certains', 'Certaines', "Quelqu'un", 'Quelqu’un',
  // Contracted French prepositions open a place's phrase ("Au Portugal, …"), never a name (speakers18). Not "Du" or
  // "Des": they open names ("Des Moines", "Du Pont"); CONTRACTED_BEFORE_NOUN strips them before a common noun only.
  'Au', 'Aux',
]);
/** "Du" and "Des" before a lower-case word ("Du côté des secours") are a contracted article, no part of a name;
 * before a capitalised word ("Des Moines Police") they open the name (rev18c). */
const CONTRACTED_BEFORE_NOUN = /^(?:Du|Des) (?=\p{Ll})/u;

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

/** Sentence containing offset `at`: bounded by . ! ? or a line break. */
const isStop = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 10; // . ! ? \n
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** A point between two digits ("2.497 morts", "€43.8 billion", "4.6%") is a number's separator, not a sentence's end. */
const stopAt = (text: string, i: number): boolean => isStop(text.charCodeAt(i))
  && !(text.charCodeAt(i) === 46 && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)))
  && !(text.charCodeAt(i) === 46 && (isInitial(text, i) || isTitleAbbreviation(text, i)));
/** Abbreviated titles and ranks written before a name ("Senior Gen. Min Aung Hlaing", "Superintendent Col. Roland
 * Butler", "Sen. Jane Roe", "Mgr. X"): their point is no sentence's end when a capital follows, else the speaker's name
 * falls into the next "sentence" and the figure loses it (session 16). General vocabulary of both languages; not "Me" (an
 * English word). */
const TITLE_ABBREVIATIONS = new Set(['Gen', 'Col', 'Lt', 'Sgt', 'Capt', 'Cpt', 'Cmdr', 'Adm', 'Maj', 'Brig', 'Gov', 'Sen',
  'Rep', ...HONORIFICS.filter((h) => h !== 'M'), 'Prof', 'Supt', 'Insp', 'Det', 'St', 'Mgr', 'Pr', 'Gal']);
/** The longest abbreviation of TITLE_ABBREVIATIONS ("Capt", "Cmdr", "Supt", "Mlle": four letters): a longer word
 * before the point is no abbreviation of the set, so no more letters are read. */
const TITLE_ABBREVIATION_MAX_CHARS = 4;
function isTitleAbbreviation(text: string, i: number): boolean {
  let w = i;
  while (w > 0 && i - w < TITLE_ABBREVIATION_MAX_CHARS && /\p{L}/u.test(text[w - 1])) w--;
  if (w > 0 && /[\p{L}\d]/u.test(text[w - 1])) return false;
  const word = text.slice(w, i);
  if (NAME_SUFFIXES.has(word)) return /^(?:,| \p{Ll})/u.test(text.slice(i + 1, i + 3));
  if (!TITLE_ABBREVIATIONS.has(word)) return false;
  return /^ \p{Lu}/u.test(text.slice(i + 1, i + 3));
}
/** A name's suffix ("Roland Butler Jr. said"): its point ends no sentence when the verb or a comma follows it. */
const NAME_SUFFIXES = new Set(['Jr', 'Sr']);
/** A point after one capital letter standing alone ("L.A. County", "Anthony C. Marrone", "U.S.") marks an initial
 * or an abbreviation, not a sentence's end: the speaker named after it is in the same sentence as the figure. A
 * sentence rarely ends on a lone capital ("plan B."), and then the next one still opens on its own capital. */
const isInitial = (text: string, i: number): boolean => i > 0 && /\p{Lu}/u.test(text[i - 1])
  && (i < 2 || !/[\p{L}\d]/u.test(text[i - 2]));
/** The sentence holding [start, end): [its first offset, one past its stop]. */
export const sentenceBounds = (text: string, start: number, end: number): [number, number] => sentenceAround(text, start, end);
/** The caches below are kept for the last text read, known by `===`. Two equal texts that are two strings (a page
 * extracted again, a bench's repeated pages) compare every character, at each call: each hit takes the string just
 * given as its key, so later calls compare pointers (speed19: V8's StringEqual was 11% of the English bench's
 * instructions, from these look-ups). */
/** The last sentence asked for: a figure's speaker search asks for its sentence three times (its speaker, a
 * description's antecedent, the determiner written before the speaker). Callers only read the bounds. */
let sentenceFor: string | null = null;
let sentenceKey = [-1, -1];
let sentenceLast: [number, number] = [0, 0];
function sentenceAround(text: string, start: number, end: number): [number, number] {
  if (text === sentenceFor && start === sentenceKey[0] && end === sentenceKey[1]) { sentenceFor = text; return sentenceLast; }
  sentenceLast = readSentence(text, start, end);
  sentenceFor = text;
  sentenceKey = [start, end];
  return sentenceLast;
}
/** The offsets where `stopAt` holds in the last text read, in order: each sentence asked for was scanned character by
 * character from its figure to both its ends, once per figure (most of sentenceAround's 1.8% of English extraction's
 * profile, session 16); one pass over the text then a binary search give the same bounds. */
let stopsFor: string | null = null;
let stops: Int32Array = new Int32Array(0);
function stopsOf(text: string): Int32Array {
  if (text === stopsFor) { stopsFor = text; return stops; }
  const found: number[] = [];
  for (let i = 0; i < text.length; i++) if (stopAt(text, i)) found.push(i);
  stops = Int32Array.from(found);
  stopsFor = text;
  return stops;
}
/** The index of the first stop at or after `at` (stops.length when none). */
function firstStopFrom(all: Int32Array, at: number): number {
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function readSentence(text: string, start: number, end: number): [number, number] {
  const all = stopsOf(text);
  // The sentence opens after the last stop before `start`, and ends on the first stop at or after `end`.
  const before = firstStopFrom(all, start) - 1;
  const a = before >= 0 ? all[before] + 1 : 0;
  const after = firstStopFrom(all, end);
  const b = after < all.length ? all[after] : text.length;
  return [a, Math.min(text.length, b + 1)];
}

/** Words that join two clauses of one sentence, each of which may give its own figure and speaker. */
const CLAUSE_JOIN = /,? (?:while|whereas|but|tandis qu['’e]|alors qu['’e]|mais|contre)\b|, (?:quand|when)\b|;|, et |, and /giu;

/** The clause of sentence [a, b) holding [start, end), between clause joins. */
function clauseAround(text: string, a: number, b: number, start: number, end: number): [number, number] {
  let ca = a, cb = b;
  for (const [at, len] of clauseJoins(text, a, b)) {
    if (at + len <= start) ca = at + len;
    else if (at >= end) { cb = at; break; }
  }
  return [ca, cb];
}

/** The clause joins of the last sentence read ([offset, length] each, in order): every figure of a sentence asks. */
let joinsFor: string | null = null;
let joinsKey = [-1, -1];
let joins: Array<[number, number]> = [];
function clauseJoins(text: string, a: number, b: number): Array<[number, number]> {
  if (text === joinsFor && a === joinsKey[0] && b === joinsKey[1]) { joinsFor = text; return joins; }
  // An exec loop, not matchAll: matchAll clones the pattern and builds an iterator at each sentence (2% of English
  // extraction's profile, session 16), for the same matches (no alternative of CLAUSE_JOIN matches empty).
  const sentence = text.slice(a, b);
  joins = [];
  CLAUSE_JOIN.lastIndex = 0;
  for (let m = CLAUSE_JOIN.exec(sentence); m !== null; m = CLAUSE_JOIN.exec(sentence)) joins.push([a + m.index, m[0].length]);
  joinsFor = text;
  joinsKey = [a, b];
  return joins;
}

/** Full names written in a text, by surname ("Bayrou" -> "François Bayrou"); the first full spelling wins.
 * Cached for the last text seen, because every figure of a page asks about the same text. */
let namesFor: string | null = null;
let names = new Map<string, string>();
const FULL_NAME = /(\p{Lu}[\p{L}-]+) (\p{Lu}[\p{L}-]+)(?![\p{L}])/gu;
function fullNames(text: string): Map<string, string> {
  if (namesFor === text) { namesFor = text; return names; }
  names = new Map();
  FULL_NAME.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FULL_NAME.exec(text)) !== null) {
    if (!NOT_NAMES.has(m[1]) && !names.has(m[2])) names.set(m[2], m[0]);
    FULL_NAME.lastIndex = m.index + m[1].length + 1; // overlapping pairs: "Président Emmanuel Macron"
  }
  namesFor = text;
  return names;
}

/** An honorific opening a name ("Mrs Doe" read as "Doe"). */
const HONORIFIC_OPENING = new RegExp(`^${HONORIFIC} `, 'u');

function expand(name: string, text: string): string {
  const clean = name.replace(HONORIFIC_OPENING, '').trim();
  if (clean.includes(' ')) return clean;
  return fullNames(text).get(clean) ?? clean;
}

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

/** Quotation marks and what they hold: a closed «…», “…” or "…" becomes spaces (offsets kept). */
const QUOTATION = /«[^«»]*»|“[^“”]*”|"[^"]*"/gu;
const withoutQuotations = (seg: string): string => seg.replace(QUOTATION, (q) => ' '.repeat(q.length));

/** An acronym and its expansion in parentheses ("the CGT (General Confederation of Labour) counted"): the
 * expansion, without digits, stands between the name and its verb, so it is read as if left out. */
const ACRONYM_EXPANSION = /(?<![\p{L}])(\p{Lu}{2,}(?:-\p{Lu}+)?) \([^()\d]{3,80}\)/gu;

function match(seg: string, lang: Lang, text: string, offset?: number): string | undefined {
  // A line without a closing point ("Paris : 500 000 (CGT) / 87 000 selon la police") ends its phrase too.
  seg = seg.replace(/\s+$/, '').replace(ACRONYM_EXPANSION, '$1');
  const viaPronoun = pronounSpeaker(seg, lang);
  if (viaPronoun) return viaPronoun;
  // Most stretches lack the words a pattern needs (its verb of saying, "selon", "according to"): those patterns are
  // not run (core/text/required-literals.ts); `seen` tests each list of words once per stretch.
  const turnOf = newTurn();
  const patterns = PATTERNS[lang];
  const numbers = PATTERN_NEEDS[lang] ??= patterns.map(requiredNumbers);
  for (let i = 0; i < patterns.length; i++) {
    const re = patterns[i];
    if (!mayMatchNumbered(numbers[i], seg, turnOf)) continue;
    const m = re.exec(seg);
    if (!m) continue;
    if (/même source|same source/.test(m[0])) return 'same source';
    // "Les services de renseignement ..." at a sentence start: the article is not part of the name.
    let who = (m[1] ?? '').trim().replace(/^(?:Les|Le|La) (?=\p{Ll})|^L['’](?=\p{Ll})/u, '');
    // "Yet Bayrou", "Monday the ministry": a first word that names nobody is left out.
    const first = /^(\S+) /.exec(who);
    if (first && NOT_NAMES.has(first[1])) who = who.slice(first[0].length);
    else who = who.replace(CONTRACTED_BEFORE_NOUN, '');
    if (!who || NOT_NAMES.has(who) || ADVERB_ALONE.test(who)) continue;
    // "selon le dernier bilan du ministère", "a tally by the agency": the count's giver, if named, speaks.
    const giver = giverOf(who, seg, m.index, lang);
    // A count with a name in it ("the X Institute count") keeps that name; one with none names nobody.
    if (giver === null && !/\p{Lu}/u.test(who.slice(1))) continue;
    if (giver) return giver;
    // "an estimated 50,000", "the reported 500": an adjective, not a verb of saying.
    if (/(?:^|\s)(?:an?|the)$/i.test(who)) continue;
    if (/^\p{Lu}/u.test(who) || /^M\. /.test(who)) {
      const raw = m[1] ?? '';
      const at = m.index + Math.max(0, m[0].indexOf(raw));
      return expand(appositionHead(seg, at, at + raw.length, who, text, offset) ?? who, text);
    }
    // "a annoncé la suppression de deux jours fériés": a phrase holding a number is what is said, not who says it.
    if (HAS_NUMBER.test(who)) continue;
    // speakers18: a role and the person it names, the name in apposition or the role the name's ("Selon le ministre
    // des Transports, Jean Dupont, les …", "La secrétaire générale de la préfecture, Jeanne Roe, a annoncé", "Jane
    // Roe, the mayor of X, said", "Jane Roe of the police's inquiry unit said"): the person speaks.
    const raw = m[1] ?? '';
    const at = m.index + Math.max(0, m[0].indexOf(raw));
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
    const re = titles[i];
    const m = mayMatchNumbered((TITLE_NEEDS[lang] ??= titles.map(requiredNumbers))[i], seg, turnOf) ? re.exec(seg) : null;
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
function matchAt(text: string, a: number, b: number, lang: Lang): string | undefined {
  if (matchMemoFor !== text || matchMemoLang !== lang) {
    matchMemo.clear();
    matchMemoLang = lang;
  }
  matchMemoFor = text;
  const key = a * (text.length + 1) + b;
  let hit = matchMemo.get(key);
  if (hit === undefined) {
    hit = match(text.slice(a, b), lang, text, a) ?? null;
    matchMemo.set(key, hit);
  }
  return hit ?? undefined;
}

/** A person's name, then a comma and an apposition up to the capitalised words a pattern read as the subject: "Jane
 * Roe, Minister of Foreign Affairs, wrote", "Jeanne Dupont, présidente de la région Haute-Provence, a indiqué". */
const APPOSITION_HEAD = new RegExp(`${NAME}, [^,;:«»"“”().!?\\n]{0,${FR_APPOSITION_MAX_CHARS}}$`, 'u');
/** Capitalised words only, two at least ("Ana Maria Lopes"): a name of its own, the subject itself, not an
 * apposition's title ("Minister of Foreign Affairs") or a place inside one ("région Île-de-France"). */
const CAPITALISED_WORDS = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)+$/u;
/** Room for the name before an apposition: four capitalised words (NAME's longest) of up to a dozen letters and their
 * spaces, with an honorific ("Mme Jeanne-Marie de Montfort-Lacroix, "): 60 characters. */
const APPOSITION_NAME_MAX_CHARS = 60;
/** How far before the words read the apposition's head is looked for: the name and the apposition. */
const APPOSITION_HEAD_WINDOW = FR_APPOSITION_MAX_CHARS + APPOSITION_NAME_MAX_CHARS;
/** A preposition or a conjunction right before a name makes it a complement or a title's last words ("In Paris, X,
 * …", "Minister of Labour and Social Affairs, Jane Roe, revealed"), no apposition's head. */
const PREPOSITION_BEFORE = /(?<![\p{L}])(?:and|et|in|of|at|from|to|for|on|with|by|à|de|en|dans|par|pour|sur|avec|vers|chez|du|des|au|aux|d['’]|l['’])\s*$/iu;
/**
 * The person whose apposition the words `seg[at, end)` close, or undefined. A comma between a subject and its verb
 * closes an apposition ("Jane Roe, Minister of Foreign Affairs, wrote"), so capitalised words followed by that comma
 * are the apposition's last words (a title, or a region's name inside a title), not the subject: the subject is the
 * person's name written before the apposition's opening comma. Only a person's full name (two capitalised words at
 * least) and only when the words read are none (session 17: on the development set two speakers read as "Minister of
 * Foreign Affairs" and as a region's name).
 */
function appositionHead(seg: string, at: number, end: number, who: string, text: string, offset?: number): string | undefined {
  if (seg.charCodeAt(end) !== 44 /* , */ || CAPITALISED_WORDS.test(who)) return undefined;
  // A stretch cut at a comma ("…, présidente de la région X, a indiqué") holds the apposition but not its head: when
  // the stretch's place in the text is known, the words before it are read too.
  const before = offset === undefined ? seg.slice(0, at) : text.slice(Math.max(0, offset + at - APPOSITION_HEAD_WINDOW), offset + at);
  const m = APPOSITION_HEAD.exec(before);
  if (!m || !PERSON_NAME.test(m[1]) || NOT_NAMES.has(m[1].split(' ')[0])) return undefined;
  if (PREPOSITION_BEFORE.test(before.slice(0, m.index))) return undefined;
  return m[1];
}

/** A name set after a role by a comma and ending the sentence (a comma after it most often continues a list) ("…, a déclaré le shérif du comté, Jean Dupont."),
 * or followed by a complement of setting up to the sentence's end ("…, a précisé le secrétaire du ministère, Jean
 * Dupont, devant la presse."): a preposition, not a capitalised word, so still no list. */
const APPOSED_NAME_SETTING = "(?:devant|à|au|aux|lors|dans|en|sur|at|in|on|during|before|to)(?![\\p{L}])[^,.;]{0,40}(?:[.;]|$)";
/** A rank or a title written with its article between the comma and the name ("…, le porte-parole de l'armée, le
 * lieutenant-général Jean Dupont."): one or two lower-case words, part of how the person is named, not another role. */
const APPOSED_RANK = "(?:(?:le|la|l['’]|the) ?(?:\\p{Ll}[\\p{L}-]* ){1,2})?";
/** What a name set after a role may be followed by besides the sentence's end (session 16): a participle of saying
 * whose subject it is ("…, a précisé le président de la cour, Jean Dupont, ajoutant que …", "…, said the hospital's
 * director, Jane Roe, adding that …"), or a colon opening the quotation it says ("…, explique la ministre, Jeanne
 * Dupont : « … »"). Neither lists another name, so the name still ends the role's apposition. */
const APPOSED_NAME_THEN = `\\s*:|,? (?:en )?(?:${FR_SAYING_PARTICIPLE}|adding|saying|noting|explaining|stressing)(?![\\p{L}])`;
const APPOSED_NAME = new RegExp(`^, ${APPOSED_RANK}${NAME}(?=\\s*(?:[.;]|$)|,? ${APPOSED_NAME_SETTING}|${APPOSED_NAME_THEN})`, 'u');
/** A capitalised name in quotation marks right after a role ("la société "X"", "the firm “X”"). */
const QUOTED_NAME = /^ ?["“«] ?(\p{Lu}[\p{L}\d'’ .&-]{0,40}?) ?["”»]/u;
/** Adverbs that stand between a subject and its verb ("She also said", "officials later said"): alone before the
 * verb they are no noun group, and the pronoun or the subject before them says the figure (speakers18: "She also
 * said" read "also" as the speaker). */
const ADVERB_ALONE = /^(?:also|now|since|earlier|later|previously|already|then|still|further|again|too|aussi|encore|déjà|ensuite|également|alors)$/u;
/** A person's name, then "of / from" and the group the person belongs to, up to a group read as the speaker ("Jane Roe
 * of the police's inquiry unit said"): the group is the person's, the person speaks. A possessive before the group is
 * read over, and a modifier or two ("the police's", "the city fire"). */
const NAME_OF_GROUP = new RegExp(`${NAME} (?:of|from|at) (?:the )?(?:\\p{Ll}[\\p{L}-]*(?:['’]s?)? ){0,2}$`, 'u');
/** Words that open a source's phrase, never an apposition's noun group. */
const SOURCE_WORD = /(?<![\p{L}])(?:selon|d['’]après|according to|pour|per|as per)(?![\p{L}])/iu;
/** Capitalised words, two or more, the first no sentence word ("Chief Superintendent Jane Roe"): NAME_OF_GROUP's
 * name may carry a title, so PERSON_NAME's two or three words are too strict there. */
const SEVERAL_CAPITALISED = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)+$/u;
/**
 * The person a role read as the speaker at seg[at, end) stands for, or undefined:
 * - a full name in apposition right after the role (", Jean Dupont,"), when the role is a title of one person
 *   ("le ministre des Transports") or the verb follows the apposition (`matchEnd` past it: "la préfecture, Jeanne
 *   Roe, a annoncé", whose role's head is the person's office);
 * - a full name and its apposition before the role ("Jane Roe, the mayor of X, said": appositionHead, as for a
 *   capitalised apposition);
 * - a name whose group the role is ("Jane Roe of the police's inquiry unit said").
 */
function rolePerson(seg: string, at: number, end: number, matchEnd: number, who: string, text: string, offset?: number): string | undefined {
  // A role naming a nation ("le porte-parole de l'armée pakistanaise, le général X") is kept: its nation is the side
  // the comparison reads (sides.ts twoSides), which a person's name does not carry (kashmir: the name set two counts
  // of one side on two sides, three false differs).
  if (namesNation(who)) return undefined;
  const apposed = GROUP_APPOSED_NAME.exec(seg.slice(end));
  if (apposed && PERSON_NAME.test(apposed[1]) && !NOT_NAMES.has(apposed[1].split(' ')[0])
    && (TITLE_IN_WORD.test(who) || matchEnd > end + apposed[0].length)) return apposed[1];
  // The apposition is a noun group: one holding a source's word opens a clause of its own ("Au Portugal, selon le
  // gestionnaire du réseau, …" has no person before its comma).
  const before = offset === undefined ? seg.slice(0, at) : text.slice(Math.max(0, offset + at - APPOSITION_HEAD_WINDOW), offset + at);
  const head = SOURCE_WORD.test(before.slice(before.lastIndexOf(',') + 1)) ? undefined : appositionHead(seg, at, end, who, text, offset);
  if (head) return head;
  const of = NAME_OF_GROUP.exec(seg.slice(Math.max(0, at - APPOSITION_NAME_MAX_CHARS), at));
  if (of && SEVERAL_CAPITALISED.test(of[1]) && !NOT_NAMES.has(of[1].split(' ')[0])) return of[1];
  return undefined;
}
/** Whether a speaker's words name a nation ("armée pakistanaise", "Indian officials"). */
const namesNation = (who: string): boolean => fold(who).split(/[^\p{L}]+/u).some((w) => !!w && !!lookup(w, 'nation'));
/** Digits or a number word: a noun group holding one names an amount, not a speaker (digits in a name, "TF1", do not count). */
const HAS_NUMBER = /(?<![\p{L}\d])\d|(?<![\p{L}])(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|cent|mille|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand)(?![\p{L}])/iu;
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
/** A person's name: two capitalised words at least, or one after a title ("Dr X", "M. X"). */
const PERSON_NAME = new RegExp(`^(?:${HONORIFIC} \\p{Lu}|\\p{Lu}[\\p{L}'’-]+ (?:\\p{Lu}\\.? )?\\p{Lu}[\\p{L}'’-]+$)`, 'u');

/** A title alone, one lower-case word ("ministre", "mayor"). */
const BARE_TITLE = new RegExp(`^${TITLE_WORDS}$`, 'u');

/** A title's words in the few words right before a name ("la ministre Jeanne Dupont", "le maire de Lyon Jean Dupont"),
 * and in the apposition right after it ("Jean Dupont, maire de Lyon, a déclaré"). */
const TITLE_BEFORE_NAME = new RegExp(`(?<![\\p{L}])(${TITLE_WORDS})(?: [\\p{L}'’-]+){0,3} $`, 'u');
const TITLE_IN_WORDS = new RegExp(`(?<![\\p{L}])${TITLE_WORDS}`, 'gu');
/** A title of one person anywhere in a role ("le ministre des Transports", "the county's mayor"). */
const TITLE_IN_WORD = new RegExp(`(?<![\\p{L}])${TITLE_WORDS}`, 'u');
/** How far before a name its title is looked for: a title and a complement of a few words ("le maire de Lyon "). */
const TITLE_BEFORE_NAME_CHARS = 40;
/** One title in either gender and with or without its accents ("préfet" / "préfète", "président" / "présidente"). */
const titleForm = (title: string): string => fold(title.toLowerCase()).replace(/e$/u, '');
/**
 * Whether the person `name` may be the one a bare `title` names again: the text gives that person no title, or that
 * one (rev17c: after "Jean Dupont, maire de Lyon, a déclaré", "a ajouté la ministre" is another person, "a ajouté le
 * maire" the same).
 */
function mayHoldTitle(name: string, title: string, text: string): boolean {
  const own = new Set<string>();
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
    const before = TITLE_BEFORE_NAME.exec(text.slice(Math.max(0, i - TITLE_BEFORE_NAME_CHARS), i));
    if (before) own.add(titleForm(before[1]));
    const apposition = /^, ([^,;:.«»"“”()]+),/u.exec(text.slice(i + name.length, i + name.length + FR_APPOSITION_MAX_CHARS));
    for (const m of apposition?.[1].matchAll(TITLE_IN_WORDS) ?? []) own.add(titleForm(m[0]));
  }
  return own.size === 0 || own.has(titleForm(title));
}

/** A spokesperson named by the kind of body they speak for ("a department spokesperson", "un porte-parole du
 * ministère"): group 1 is that kind's noun. */
const SPOKESPERSON_OF: Record<Lang, RegExp> = {
  en: /^(?:an? |the )?(\p{Ll}+) (?:spokesperson|spokesman|spokeswoman)$/u,
  fr: /^(?:une? )?porte-parole (?:du |de la |de l['’] ?)(\p{Ll}+)$/u,
};
function resolveDescription(who: string | undefined, text: string, a: number, lang: Lang): string | undefined {
  // A message speaks for whoever issued it: the speaker the sentences before name, or nobody.
  if (who && isMessage(who)) return previousSentenceSpeaker(text, a, lang);
  // speakers18: a body's spokesperson speaks for the body the sentence before names as its speaker ("…, the city's
  // Labour Department told Reuters. …, a department spokesperson said"): the body, whose name the popup can show.
  const spoke = who ? SPOKESPERSON_OF[lang].exec(who) : null;
  if (spoke) {
    const before = previousSentenceSpeaker(text, a, lang);
    if (before && before !== who && before.toLowerCase().split(/[\s'’]+/u).includes(spoke[1])) return before;
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
  return before && /^\p{Lu}/u.test(before) ? before : who;
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
  const stretch = ownStretchSpeaker(text, ca, cb, start, end, lang);
  if (stretch) return stretch;
  // "87,000 according to the police, while the CGT counted 500,000": each clause its own speaker first.
  if (ca > a || cb < b) {
    const own = matchAt(text, ca, cb, lang) ?? (ca > a ? elidedSpeaker(text.slice(ca, start)) : undefined);
    if (own) return own;
  }
  // Figures of one sentence share its speaker (matchAt reads each sentence once per text).
  const direct = matchAt(text, a, b, lang);
  if (direct) return direct;
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

/** A quotation's closing mark and what may follow it to its sentence's end: a point, spaces. */
const QUOTE_ENDS_SENTENCE = /^[.!?]?\s*(?:\n|$|(?=\p{Lu}))/u;
/** The last closing quotation mark of a sentence, and the words after it up to the sentence's end. */
const LAST_CLOSE = /[»”"]([^»”"«“]*)$/u;
/**
 * speakers18: a quotation standing as a sentence of its own, with no speaker after it, right after a sentence of the
 * same paragraph whose quotation its speaker closes ("« … », indique l'étude. « Le changement … 317 décès … »", '"…,"
 * the mayor said. "We lost 40 homes."'): one speaker's quotations follow each other, the second said by the first's
 * speaker. `q` is the quotation's [open, close].
 */
function nextQuotationSpeaker(text: string, q: [number, number], lang: Lang): string | undefined {
  const [qa] = sentenceAround(text, q[0] + 1, q[0] + 1);
  if (text.slice(qa, q[0]).trim() !== '' || !QUOTE_ENDS_SENTENCE.test(text.slice(q[1] + 1, q[1] + 4))) return undefined;
  for (const [pa, pb] of sentencesBefore(text, Math.min(qa, q[0]))) {
    if (text.slice(pb, q[0]).includes('\n')) return undefined;
    const close = LAST_CLOSE.exec(text.slice(pa, pb));
    if (!close || !/\p{L}/u.test(close[1])) return undefined;
    const who = match(close[1], lang, text);
    return who && who !== 'same source' ? who : undefined;
  }
  return undefined;
}
/** A pronoun's incise of saying inside a quotation, set off by commas ("…, ajoute-t-elle, …", "…, a-t-il précisé, …",
 * '…," he added, "…'): it says the quotation it cuts. */
const INCISE: Record<Lang, RegExp> = {
  fr: /,\s?(?:[\p{Ll}-]+-t-(?:il|elle)|a-t-(?:il|elle) \p{Ll}+|(?:ajoute|poursuit|précise|explique|indique|souligne|insiste|assure)-(?:il|elle))(?![\p{L}])[^,.;]{0,30},/u,
  en: /,["”]? (?:he|she|they|it) (?:said|added|says|adds|explained|continued)(?![\p{L}])[^,.;]{0,30}, ?["“]/u,
};
/** Capitalised words a title may have before the name in a trailing "…, Health Minister Jane Roe said" ("Deputy Prime
 * Minister", "Health Minister"): three at most, enough for the titles news writes before a name, few enough that a
 * clause's own capitalised words before the comma are not read as a title. */
const TRAILING_TITLE_MAX_WORDS = 3;
/** A clause's last words, a comma, a name (a title's words before it: "Health Minister Jane Roe") and "said / says /
 * added / wrote" with at most a day or a medium after it: the name reports the whole clause before the comma, its
 * figures and any inner subject's ("France confirmed its first deaths after two people died, Health Minister Jane Roe
 * said on Wednesday": the minister, not France; session 17). No number after the figure up to it: a figure of its own
 * between would have its own stretch. Group 1 is the words between the figure and that comma, group 2 the name. */
const TRAILING_SAID_EN = new RegExp(`^([^\\d]*?), (?:\\p{Lu}[\\p{L}-]* ){0,${TRAILING_TITLE_MAX_WORDS}}?${NAME} (?:said|says|added|wrote)(?: (?:on |late |early |last )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)| in a (?:statement|post))?\\s*[.!]?\\s*$`, 'u');
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
 * this figure's; "et / and" join clauses only beside a comma ("entre la place A et la place B, selon X" is one). */
const POSTPOSED_SOURCE = /^(?:(?!(?:, (?:et|and)|(?:et|and),|,? (?:mais|tandis|alors|but|while|whereas))(?![\p{L}])|[;:])[^;:])*?(?<![\p{L}])((?:[Ss]elon|[Dd]['’]après|[Aa]ccording to) .*)$/su;
/** (speakers18) Nor after a colon: what follows it details the figure ("13 blessés : deux habitants et onze pompiers,
 * selon X"), and a source written there is the detail's, the figure keeps its clause's speaker. */
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
 * (attribution.ts CLAUSE_JOIN): "55,000 according to X, and 451,789 …, Y reported" gives X to the first only.
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
    if (who) return who;
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

/** An aside set off by commas that sets a speaker against another ("a, pour sa part, fait état", "has, for its part,
 * said"): FR_ASIDE's words and their English equivalents. */
const ASIDE_OPENS = /^, (?:pour (?:sa|leur) part|de (?:son|leur) côté|quant à (?:elle|lui|eux)|for (?:its|his|her|their) part|in turn),/u;
const ASIDE_OPENS_CHARS = 24;
/** Words looked back from an aside's opening comma for the subject and its auxiliary ("le Hamas a", "the ministry
 * has"): the auxiliary and a name or a short noun group. */
const ASIDE_SUBJECT_WORDS = 4;
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
function expectationHolder(text: string, a: number, start: number, end: number, lang: Lang): string | undefined {
  let before = text.slice(Math.max(a, start - EXPECT_WINDOW_CHARS), start);
  if (lang === 'en') {
    // A figure may start after its currency sign ("of $61 billion" read from "61").
    before = before.replace(CURRENCY_END, '');
    const m = EXPECT_BEFORE_EN.exec(before);
    if (m) return m[1] ?? `${m[2]} ${m[3]}`;
    const owner = POSSESSIVE_BEFORE_EN.exec(before);
    if (owner && !NOT_NAMES.has(owner[1]) && EXPECT_AFTER_EN.test(text.slice(start, end + EXPECT_NOUN_AFTER_CHARS))) return owner[1];
    return undefined;
  }
  const m = EXPECT_BEFORE_FR.exec(before);
  if (m) return m[1] ?? m[2];
  if (EXPECT_OPEN_FR.test(before)) {
    const after = HOLDER_AFTER_FR.exec(text.slice(end, end + HOLDER_AFTER_CHARS));
    if (after) return after[1] ?? after[2];
  }
  return CONSENSUS_FR.exec(before)?.[1];
}

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
function bareSpeakerGroup(words: string, lang: Lang): string | undefined {
  return BARE_GROUP[lang].exec(words)?.[1];
}

/** A person's full name set between commas right after a group ("Le maire de X, Jean Dupont, a parlé de drame"). */
/** A name in apposition after a group, closed by a comma or ending its sentence ("…, a détaillé la maire de la commune,
 * Anne Morel."; speakers18: the sentence's end too). */
const GROUP_APPOSED_NAME = new RegExp(`^, ${APPOSED_RANK}${NAME}(?:,|\\s*[.;!?]?\\s*$)`, 'u');
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
function pronounAntecedent(text: string, a: number, b: number, lang: Lang, chain = 0): string | undefined {
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

/** [open, close] offsets of «…», “…” and "…" quotations, computed once per text (cached with the sentences). */
let quotesFor: string | null = null;
let quotes: Array<[number, number]> = [];
function quoteSpans(text: string): Array<[number, number]> {
  if (quotesFor === text) { quotesFor = text; return quotes; }
  quotes = [];
  let open = -1;
  let straightOpen = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xab || c === 0x201c) open = i; // « “
    else if ((c === 0xbb || c === 0x201d) && open >= 0) { quotes.push([open, i]); open = -1; }
    else if (c === 34) {
      if (straightOpen < 0) straightOpen = i;
      else { quotes.push([straightOpen, i]); straightOpen = -1; }
    }
  }
  quotes.sort((x, y) => x[0] - y[0]);
  quotesFor = text;
  return quotes;
}

/** The quotation containing offset `pos`, no longer than MAX_QUOTE_CHARS. */
function quoteAround(spans: Array<[number, number]>, pos: number): [number, number] | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid][0] <= pos) { best = mid; lo = mid + 1; } else hi = mid - 1;
  }
  // Straight-quote spans may nest inside «…»: look back a few spans for one that contains pos.
  for (let k = best; k >= 0 && k > best - 4; k--) {
    const sp = spans[k];
    if (sp[0] < pos && pos < sp[1] && sp[1] - sp[0] <= MAX_QUOTE_CHARS) return sp;
  }
  return undefined;
}
