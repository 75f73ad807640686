/**
 * The counted thing: the head noun after the number ("600 000 soldats"), a unit before it ("magnitude 7"),
 * or what a bare number counts ("the number of protesters …", "182 sur les 577 sièges", "with 182", an age).
 */
import { CURRENCY_SIGNS, WORD_CURRENCIES } from '../text/currency';
import { type CurrencyReading, currencyCodeAt, currencyCodeOf, dollarPrefixBefore, frenchPoundAt, rupeePrefixBefore } from './currency-codes';
import type { Lang } from '../types';
import { perPhraseAt } from './rates';
import type { Tok } from './tokens';
import { stem } from '../text/stem';
import { STOPWORDS } from '../text/words';
import { nameKey, personKey } from '../text/names';
import { concept, conceptIds, isCountryForm, isCue, isNationPlaceName, isPeopleRole, lookup, wordFormsOf } from '../concepts/index';
import { LOC_PREP, locPrepBefore, nameWord } from './count-places';
import { BOUNDARY, PEOPLE_CATS, QUOTE, SENTENCE_END, abbreviationPoint, conceptAt, insideQuote, clauseStartOf, isCountNumber, isNumberTok } from './count-base';
import { isYearDigits } from './years';
import { modelAfterCount } from './furniture';
import { TABLES, has } from './number-words';
import { spanNoun } from './word-numbers';
import { intensifierBefore } from './ranges';
import { neededOfCount } from './threshold';
import { SCALE_CEILING, UNITS_BEFORE_VALUE } from './unit-sets';
import { QUE, speechVerbAt } from './count-speakers';

/** Tokens after the number searched for the counted noun (English puts adjectives first: "20,000 Syrian soldiers"). */
const HEAD_LOOKAHEAD = 4;
/** Tokens before the number searched for "force russe (forte de)": the group's name sits right before its size. */
const GROUP_LOOKBACK = 4;
const SKIP_BEFORE_HEAD = new Set(['de', 'd', "'", 'of', 'des']);
/** Number words that count one thing: the counted noun after them is singular. */
const ONE = new Set(['1', 'un', 'une', 'one', 'a', 'an']);
/** Of those, the units never written after their value: there the word is a counted noun ("trois catégories"). */
const BEFORE_VALUE_ONLY = new Set(['category']);
const UNIT_BEFORE_SKIP = new Set(['de', 'd', "'", 'of', '-', 'a']);
/** "les cinq prochaines saisons", "dans les 24 prochaines heures", "les 30 prochains jours": "prochain(e)s" is written
 * before its noun as the adjectives of FR_PRENOMINAL are, but the concept table knows it (w-next), so it is read apart from them.
 * Unit33 left it out (two spans of two promises met across keys on 127 stories); unit47 takes it back on 154: the
 * length of time ("cinq saisons", "24 heures") is the count in French as in English ("the next five seasons", where the
 * number follows "next" and its noun is read), and "next" as the counted noun met nothing (six stories' pairs refused
 * on the unit, French pages and French sources against English ones). */
const FR_NEXT = new Set(['prochains', 'prochaines']);
/** The word after "prochain(e)s" is its noun only when it has a plural's ending: "les trois prochains seront livrés"
 * keeps "prochains" as the counted word (a verb follows), as before unit47 (review rev47g 6). */
const FR_NEXT_NOUN_END = /[sxz]$/;
/** French adjectives written before the noun they qualify, in the plural (folded): "huit principaux syndicats",
 * "trois grandes villes", "deux nouveaux hôpitaux", "deux anciens ministres", "cinq hauts fonctionnaires". Without them
 * the adjective would be read as the counted noun. "prochains / prochaines" is read apart (FR_NEXT, unit47). */
const FR_PRENOMINAL = new Set(['principaux', 'principales', 'grands', 'grandes', 'gros', 'grosses', 'petits', 'petites', 'nouveaux', 'nouvelles', 'vieux', 'vieilles', 'jeunes', 'premiers', 'premieres', 'derniers', 'dernieres', 'anciens', 'anciennes', 'hauts', 'hautes', 'seuls', 'seules', 'vrais', 'vraies', 'importants', 'importantes']);
/** Plural nouns of French and English: -s, -x ("lieux"), and English -men / -ren / people; not the English adjectives
 * and singular nouns that end in -s too: -less ("eight priceless pieces"), -ous ("three previous attempts"), -ss
 * ("two business days"). */
const looksPlural = (w: string): boolean => /(?:[sx]|men|ren|ople)$/.test(w) && !/(?:less|ous|ss)$/.test(w);

/** The entity that ends an English compound whose first noun ends at headEnd ("two assembly plants", "300 hospital
 * beds"): English puts the counted noun last, and the nouns before it are singular. A plural first noun ends its
 * phrase: "the 12 reforms lawmakers passed", "five reforms teachers opposed" are relative clauses without "that",
 * whose next noun is their subject, not the counted noun (fixrev20a). */
function compoundLast(toks: Tok[], headEnd: number, lang: Lang): ReturnType<typeof conceptAt> {
  if (lang !== 'en' || headEnd >= toks.length || toks[headEnd].nl || looksPlural(toks[headEnd - 1].t)) return null;
  const next = conceptAt(toks, headEnd);
  if (next) return next.c.type === 'entity' ? next : null;
  // "312 electoral college votes", "two city council seats": a singular noun the table does not know between the first
  // word and a plural noun of the table is one more noun of the compound; the plural is still its head (read alone,
  // "electoral" counted elections). Only a plural head: "two assembly member Smith" ends on a name.
  // The middle word may be a verb whose subject is the first noun: "500 police confront protesters", "200 staff join
  // strikers" (a people noun plural without -s, so looksPlural let it through). So: not after a noun of people (a
  // compound's first noun is a thing's or a place's: "electoral college", "city council"). The middle word's spelling
  // tells nothing: "-ing" and "-ed" end nouns as often ("city housing units", "two flower bed plots"), and a verb after a
  // plural first noun never gets here. A capital is allowed: "312 Electoral College votes" is written so (a measured
  // loss when refused).
  const mid = toks[headEnd];
  const first = conceptAt(toks, headEnd - 1);
  if (first && first.c.type === 'entity' && (first.c.people || PEOPLE_CATS.has(first.c.id))) return null;
  const after = headEnd + 1 < toks.length && !toks[headEnd + 1].nl ? conceptAt(toks, headEnd + 1) : null;
  if (mid.kind !== 'w' || STOPWORDS.has(mid.t) || looksPlural(mid.t) || !after || after.c.type !== 'entity') return null;
  return looksPlural(toks[headEnd + after.len].t) ? { ...after, len: after.len + 1 } : null;
}
/** After "and / or" at k, one singular word the table does not know, on the same line, then a plural noun the table
 * counts (an entity): "bribery and perjury counts", "bus and train depots" (unit36). */
function coordinatedModifierHead(toks: Tok[], k: number): boolean {
  const mid = toks[k + 1];
  if (!mid || mid.nl || mid.kind !== 'w' || mid.cap || STOPWORDS.has(mid.t) || looksPlural(mid.t) || conceptAt(toks, k + 1)) return false;
  const head = k + 2 < toks.length && !toks[k + 2].nl ? conceptAt(toks, k + 2) : null;
  return !!head && head.c.type === 'entity' && looksPlural(toks[k + 2 + head.len - 1].t);
}
/** How many tokens the initials "US" (written in capitals) or "U.S." take at k when a unit of the table follows them
 * ("US Dollars", "U.S. dollars"); else 0 (unit36). */
function countryInitialsBeforeUnit(toks: Tok[], k: number): number {
  const t = toks[k];
  const n = t.t === 'us' && t.upper ? 1
    : t.t === 'u' && t.cap && toks[k + 1]?.t === '.' && toks[k + 2]?.t === 's' && toks[k + 2].cap && toks[k + 3]?.t === '.' ? 4 : 0;
  if (!n || toks.slice(k, k + n + 1).some((x) => x.nl)) return 0;
  return conceptAt(toks, k + n)?.c.type === 'unit' ? n : 0;
}
/** Is the word at k an English name written before the plural noun it qualifies, that noun being the head of its
 * compound ("2.4 million Zephyr tablets", "40 Rotary members")? The name is capitalised and looks plural (a
 * singular one, "300 Apple phones", is passed as an adjective already); the next word, on its line, is a plural noun
 * the stop list does not hold: no participle ("300 Palestinians killed", "12 Republicans voted": -ed, no plural) nor
 * a verb (a plural subject takes the bare form: "20 Democrats say"). In a title every word is capitalised
 * ("2.4 Million Zephyr Tablets"): the rule reads it the same way. */
function nameBeforeHead(toks: Tok[], k: number, lang: Lang): boolean {
  const [t, next] = [toks[k], toks[k + 1]];
  if (lang !== 'en' || !t.cap || t.upper || !next || next.nl || next.kind !== 'w' || next.upper) return false;
  if (STOPWORDS.has(next.t) || next.t.length <= 2 || !looksPlural(next.t) || INVARIABLE_S.has(next.t)) return false;
  const h = conceptAt(toks, k + 1);
  return !h || h.c.type === 'entity' || h.c.type === 'topic';
}
/** Invariable words (prepositions, adverbs, conjunctions; folded) that end in -s or -x like a plural noun and
 * that the stop list does not hold: "451 789 hors capitale", "20 000 puis 30 000", "3 000 toujours mobilisés",
 * "500 ailleurs". Read as the counted noun, they would give the number a unit no other count has. */
const INVARIABLE_S = new Set(['hors', 'puis', 'toujours', 'jamais', 'parfois', 'desormais', 'ailleurs', 'tandis', 'pres', 'dessus', 'dessous', 'parmi', 'always', 'perhaps', 'across', 'towards', 'afterwards', 'besides', 'sometimes', 'nevertheless', 'thus', 'unless', 'whereas', 'versus', 'plus', 'minus']);
/** English words glued to a number by a hyphen that give the size of a group ("a four-member gang", "a two-man crew",
 * "a 300-strong force", "a 12-person jury"): the number counts the group's members. */
const GROUP_SIZE_WORDS = new Set(['member', 'man', 'person', 'strong', 'woman']);
/** The concept of a group's members (concepts.json `member`): people the text names only as members. */
const MEMBERS = 'member';
/** Plural nouns that, before "de / of" and a number, are what the number counts rather than the people after it:
 * what is left of the dead ("les restes de 14 victimes", "the remains of 245", "the bodies of 12 migrants") and
 * the dead's kin ("the families of nine victims", "the kin of eight other victims", "les proches de 30 victimes").
 * The victims are counted elsewhere, as dead or identified; these count what was handed over or who came. Each
 * maps to one category, the bilingual word list's where it has the noun (concepts.json `w-body`), so both languages
 * meet. */
const COUNTED_BEFORE_OF = new Map([
  ['restes', 'w:body'], ['remains', 'w:body'], ['corps', 'w:body'], ['bodies', 'w:body'], ['depouilles', 'w:body'],
  ['cadavres', 'w:body'], ['corpses', 'w:body'],
  ['families', 'w:family'], ['familles', 'w:family'], ['kin', 'w:family'], ['relatives', 'w:family'], ['proches', 'w:family'],
]);
/** The category of the noun that governs the number at i0 ("the remains of (the) 256 people", "les restes de 245",
 * "the families of nine victims"), else undefined. */
function countedBeforeOf(toks: Tok[], i0: number): string | undefined {
  let q = i0 - 1;
  if (toks[q]?.t === 'the' || toks[q]?.t === 'les' || toks[q]?.t === 'ces' || toks[q]?.t === 'these') q--;
  if (toks[q]?.t === "'" && toks[q - 1]?.t === 'd') q--;
  const of = toks[q]?.t;
  if (of !== 'of' && of !== 'de' && of !== 'des' && of !== 'd') return undefined;
  // "les corps sans vie de deux des six ouvriers", "the lifeless bodies of": French puts "sans vie" after the noun.
  const noun = toks[q - 1]?.t === 'vie' && toks[q - 2]?.t === 'sans' ? q - 3 : q - 1;
  return COUNTED_BEFORE_OF.get(toks[noun]?.t ?? '');
}
/** Singular nouns of a body of people the table does not list, and the people they count ("a workforce of 3,000":
 * employees, as French "un effectif de 3 000" says with a word the table has). Kept out of the table for the same
 * reason: in the table it made "workforce" a shared word of stories that merely both speak of staff (units25: a job-cut
 * story's page on another round of cuts then matched its corpus). "a peak audience of 23.8 million", "a TV audience of
 * 24 million": its viewers (units30). English only: French "audience" is as often a court's hearing. */
const GROUP_NOUNS_EN = new Map([['workforce', 'employee'], ['audience', 'spectator']]);
/** Singular nouns (folded) that name a body of people, whose concept (concepts.json) is the people it counts: "a
 * population of 160,000" (inhabitants), "un effectif de 3 000", "a staff of 200" (employees). Only such collective
 * nouns: a noun of one person before "of / de" and a number is followed by that person's age ("a soldier of 19", "un
 * enfant de 5 ans"), never a count of soldiers or children (review rev25a). */
const GROUP_NOUNS = new Set(['population', 'effectif', 'personnel', 'staff']);
/**
 * The people a singular noun naming a body of them counts when it governs a bare number through "of / de": "a
 * population of about 160,000", "une population d'environ 12 000" (inhabitants), "a workforce of 3,000", "un effectif
 * de 3 000" (employees), "a crowd of 50,000", "une foule de 50 000" (people). The noun is the number's counted thing
 * said before it, as a toll is ("a death toll of 40"). A plural there ("the families of nine") is read by
 * countedBeforeOf; a number with a noun after it counts that noun and never reaches here.
 */
function groupOfBefore(toks: Tok[], i0: number): string | undefined {
  // "the crowd of 2019", "la population de 1990": a bare year there dates the body of people, it does not count it.
  if (bareYear(toks, i0)) return undefined;
  let q = i0 - 1;
  // "a population of just over 3,000": "over" is the figure's bound and so its first token, an intensifier (ranges.ts
  // INTENSIFIERS, outside the span) stands between it and "of". A bound the table reads ("about", "over") is inside.
  const intensifier = intensifierBefore(toks, i0);
  if (intensifier >= 0) q = intensifier - 1;
  if (toks[q]?.t === "'" && toks[q - 1]?.t === 'd') q--;
  const of = toks[q]?.t;
  if (of !== 'of' && of !== 'de' && of !== 'd') return undefined;
  const n = toks[q - 1];
  if (!n || n.kind !== 'w' || n.nl || looksPlural(n.t)) return undefined;
  if (lookup(n.t, 'word')?.id === CROWD) return 'person';
  const group = GROUP_NOUNS_EN.get(n.t);
  if (group) return group;
  if (!GROUP_NOUNS.has(n.t)) return undefined;
  const h = conceptAt(toks, q - 1);
  return h && h.len === 1 && h.c.type === 'entity' && h.c.people ? h.c.id : undefined;
}
/** The negation of a noun ("non-passengers", "non passagers", "non-résidents"): the people counted are others. */
const NEGATION = 'non';

/** Ages are whole years up to this: a larger number after a name is something else. */
const MAX_AGE = 120;

/** Articles before a capitalised name make it a group's, not a person's: "le SPD (120)", "les Verts (85)",
 * "the Greens (85)"; a person's name takes none ("Jean Dupont (45 ans)", "John Smith, 45,"). */
const GROUP_ARTICLES = new Set(['le', 'la', 'les', 'l', 'the']);
/** Is the capitalised word at k a person's name, whose age a number after it may be? Not an acronym ("SPD",
 * "CDU": parties, unions, agencies), a party of the table, or a name after an article. */
function personName(toks: Tok[], k: number): boolean {
  const t = toks[k];
  if (t.upper || lookup(t.t, 'party')) return false;
  let q = k - 1;
  if (toks[q]?.t === "'") q--;
  return !GROUP_ARTICLES.has(toks[q]?.t ?? '');
}

/** Words a country's name may span ("Royaume-Uni", "United Arab Emirates", "Pays - Bas" as the tokenizer splits it). */
const COUNTRY_NAME_MAX_TOKENS = 4;
/** Lines of a country-by-country list walked back to the one after a preposition of place: such lists name a few
 * countries (a storm's toll by country, a vote by member state); the bound keeps a long run of "(N), X (N)" linear. */
const COUNTRY_LIST_MAX_LINES = 40;
/** Is the name ending at k, before a number in parentheses, a country's line of a count listed country by country
 * ("24 morts en Autriche (5), en Pologne (7)", "19 deaths in Hungary (4), Slovakia (6) and Croatia (9)")? Its
 * number is that country's share (ellipsis.ts reads its noun), never an age. The name must be a country's own name
 * (a nation's place name, or a country's name of several words in the maintained list), never its people's adjective:
 * "Paul Dutch (57)" is a man's age. And it must stand where a place does: after a preposition of place ("en", "in",
 * "au") or after the line before it in the list ("(4), Slovakia (6)"); a surname that is a country's ("Jordan (34)")
 * takes neither. */
function countryLine(toks: Tok[], k: number, lines = 0): boolean {
  for (let start = k; start >= 0 && k - start < COUNTRY_NAME_MAX_TOKENS; start--) {
    const phrase = toks.slice(start, k + 1).map((t) => t.t).join(' ');
    if (!isNationPlaceName(phrase) && !(start < k && isCountryForm(phrase))) continue;
    if (LOC_PREP.has(locPrepBefore(toks, start))) return true;
    let p = start - 1;
    if (toks[p]?.t === 'the') p--;
    // After the line before it, that line must be a country's too: "Paul Smith (57), Jordan (34) and Chad (19)" are
    // ages, the list starting on a man's name.
    const listed = (toks[p]?.t === ',' || toks[p]?.t === 'and' || toks[p]?.t === 'et') && toks[p - 1]?.t === ')' && toks[p - 3]?.t === '(';
    if (listed && lines < COUNTRY_LIST_MAX_LINES && countryLine(toks, p - 4, lines + 1)) return true;
  }
  return false;
}
/** Does the name ending at the word e give a first name, and which (folded key)? The name is read back over its
 * capitalised words ("Lucas Martin Vidal" -> "lucas"). Two people of one surname (a man and his father) are told apart
 * by it (fix-cat42): the first name is the one a name's writers keep, a middle name is often dropped ("Lucas Vidal" and
 * "Lucas Martin Vidal" are one man). Undefined when the name is a surname alone ("Vidal, 20,"), or when its first word
 * may be a common word capitalised for its place: at a clause's head ("Incumbent Ranil W.", "Lucas Martin Vidal, 20,
 * opened": first or middle name, the next word cannot tell) or after an article ("the Islamist Abdelaali H.": English
 * capitalises a people's or a faith's adjective, and an article opens no name). A word the concept table knows
 * ("President") or a courtesy title before the name is a title: the word after it is the first name. */
function givenNameOf(toks: Tok[], e: number): string | undefined {
  let j = e;
  while (nameWord(toks[j - 1]) && !toks[j].nl) j--;
  let q = j - 1;
  if (toks[q]?.t === "'") q--;
  let opened = false;
  let titled = false;
  for (let k = j; k < e; k++) {
    const t = toks[k];
    if (COURTESY_TITLES_FR.has(t.t) || lookup(t.t, 'party') || lookup(t.t)) { titled = true; continue; }
    if (k === j && (clauseStart(toks, k) || ARTICLES_BEFORE_NAME.has(toks[q]?.t ?? ''))) { opened = true; continue; }
    return opened && !titled ? undefined : nameKey(t.t);
  }
  return undefined;
}

/** The name whose age the number at [i0, i1) gives ("Noa Argamani, 26," / "(25 ans)") as its person key
 * ("n:argamani/noa", text/names.ts personKey), else undefined. */
export function ageName(toks: Tok[], i0: number, i1: number, unit: string, category: string | undefined): string | undefined {
  const before = toks[i0 - 1];
  const name = toks[i0 - 2];
  if (!before || !name || (before.t !== ',' && before.t !== '(') || name.kind !== 'w' || !name.cap || STOPWORDS.has(name.t)) return undefined;
  if (!personName(toks, i0 - 2)) return undefined;
  if (before.t === '(' && countryLine(toks, i0 - 2)) return undefined;
  if (i1 - i0 !== 1 || !(toks[i0].v >= 1 && toks[i0].v <= MAX_AGE)) return undefined;
  const after = toks[i1]?.t;
  const bare = unit === 'number' && !category && (after === undefined || after === ',' || after === ')' || after === '.' || after === ';');
  return unit === 'years' || bare ? personKey(nameKey(name.t), givenNameOf(toks, i0 - 2)) : undefined;
}

/** Articles a capitalised word after which is no first name ("the Islamist Abdelaali H.", "le Norvégien Jonas D."):
 * givenNameOf. */
const ARTICLES_BEFORE_NAME = new Set(['the', 'a', 'an', 'le', 'la', 'l', 'les', 'un', 'une']);
/** French forms of "aged" (folded): "âgé de 41 ans", "âgées de 20 ans". */
const AGED_FR = /^agee?s?$/;
/** French forms of "avoir" that give an age with "ans" ("elle a 52 ans", "il avait 9 ans"). */
const HAS_AGE_FR = new Set(['a', 'avait', 'ont', 'avaient', 'aura']);
/** Words after "and / et" that make an age a bound on a group's ages ("65 ans et plus", "65 and over"). */
const AGE_BOUND_WORDS = new Set(['plus', 'moins', 'over', 'older', 'above', 'under', 'younger', 'below']);
/** Words that join two ages of one phrase ("aged 81 and 77"). */
const AGE_JOINS = new Set(['and', 'et', 'or', 'ou']);
/** Subject pronouns before "a / avait": the one whose age it is. After anything else, folded "a" may be "à"
 * ("partir à 64 ans": the age of a rule, not of a person). */
const AGE_SUBJECTS_FR = new Set(['il', 'elle', 'ils', 'elles']);
/** "At 12, …" may be noon; an age after "At" at a clause's head is read above the clock's last hour only. */
const AT_AGE_MIN_EXCLUSIVE = 12;
/** Pronouns of one person after "At 44,": "At 19, she left school". */
const AGE_PRONOUNS_EN = new Set(['he', 'she']);
/** Does the token at k open its clause: the text's start, a sentence's end or a line break before it? */
const clauseStart = (toks: Tok[], k: number): boolean => k === 0 || !!toks[k].nl || ['.', '!', '?', ';', ':', '"'].includes(toks[k - 1]?.t ?? '');
/** Words after "Noun, N," that make N one of a list or a count, not an age: "12, 14 and 15 were dropped", "20, not
 * 30, is the figure", "The police, 30, were late" (a plural verb: the noun counts a group). */
const LIST_NEGATIONS_EN = new Set(['not']);
const PLURAL_VERBS_EN = new Set(['were', 'are', 'have']);
/** Does the token at k (after the comma closing "Noun, N,") make N a list's member or a group's count? */
function listOrPluralAfter(toks: Tok[], k: number): boolean {
  const t = toks[k];
  if (!t) return false;
  if (t.kind === 'd' || LIST_NEGATIONS_EN.has(t.t) || PLURAL_VERBS_EN.has(t.t)) return true;
  return AGE_JOINS.has(t.t) && toks[k + 1]?.kind === 'd';
}
/** Is the capitalised word at k given as a person: a first name glued before it here ("At 44, Ana Faye"), or the same
 * word elsewhere in the text after a capitalised first name or a courtesy title ("Ana Faye ... At 44, Faye")? A lone
 * capital after "At 35," may be a place, a firm or a team whose reading (a temperature, a price, a score) is no age. */
function givenAsPerson(toks: Tok[], k: number): boolean {
  const firstName = (j: number): boolean => {
    const f = toks[j];
    return !!f && f.kind === 'w' && !!f.cap && !f.upper && !f.nl && !STOPWORDS.has(f.t) && !lookup(f.t, 'party') && !lookup(f.t);
  };
  const n = toks[k + 1];
  if (n && n.kind === 'w' && n.cap && !n.upper && !STOPWORDS.has(n.t) && !lookup(n.t) && firstName(k)) return true;
  return toks.some((t, j) => j !== k && t.t === toks[k].t && !!t.cap && !t.nl && firstName(j - 1));
}
/** Words after a singular "foot" that make it a length ("a 6 foot tall fence", "30 foot deep"); before any other
 * word "foot" is that noun's adjective ("200 foot soldiers", "300 foot passengers"). A hyphen-glued "6-foot" is read
 * as a compound unit before this. */
const FOOT_MEASURE_NEXT_EN = new Set(['tall', 'high', 'long', 'deep', 'wide', 'above', 'below', 'under', 'over', 'of']);
/** Nouns of a length after "N pieds de / d'" ("30 000 pieds d'altitude", "20 pieds de haut"); any other noun makes
 * "pieds" plants or stems ("500 pieds de cannabis", "10 000 pieds de vigne"). Folded. */
const FEET_MEASURE_NOUNS_FR = new Set(['altitude', 'haut', 'hauteur', 'long', 'longueur', 'profondeur', 'profond', 'large', 'largeur', 'distance']);
/** Determiners before a number that make "pieds" the body's ("amputé des deux pieds", "les deux pieds dans l'eau"). */
const BODY_DETERMINERS_FR = new Set(['des', 'les', 'ses', 'aux', 'ces', 'leurs', 'mes', 'nos', 'vos']);
/** Is the unit's word at k (after the number at i0) another word here: "foot" as an adjective, "HR" (human
 * resources) written in capitals, French "pieds" of plants or of the body? */
function unitMisread(toks: Tok[], i0: number, k: number, lang: Lang): boolean {
  const t = toks[k];
  if (lang === 'en') {
    if (t.t === 'foot') return !FOOT_MEASURE_NEXT_EN.has(toks[k + 1]?.t ?? '') || !!toks[k + 1]?.nl;
    // Lower case only, as "mm" glued to digits (digit-numbers.ts): "HR", "HRS" name a department.
    if (t.t === 'hr' || t.t === 'hrs') return !!t.cap || !!t.upper;
    return false;
  }
  if (t.t !== 'pied' && t.t !== 'pieds') return false;
  if (BODY_DETERMINERS_FR.has(toks[i0 - 1]?.t ?? '')) return true;
  const de = toks[k + 1]?.t;
  if (de !== 'de' && de !== 'd') return false;
  const q = toks[k + 2]?.t === "'" ? k + 3 : k + 2;
  // "à 1 600 pieds de la proue": a distance from a thing, set off by the preposition "à" before the value (its accent
  // read in the original: the verb "a" folds alike, "le domaine a 10 000 pieds de vigne" counts plants), or by a noun of
  // a place one measures from after "de" and its article ("300 pieds de l'épave"); plants are counted without one
  // ("500 pieds de cannabis") or by their kind ("500 pieds de la variété skunk").
  if (toks[i0 - 1]?.t === 'a' && toks[i0 - 1].grave) return false;
  const r = FEET_FROM_ARTICLES_FR.has(toks[k + 2]?.t ?? '') ? (toks[k + 3]?.t === "'" ? k + 4 : k + 3) : -1;
  if (r > 0 && FEET_FROM_NOUNS_FR.has(toks[r]?.t ?? '')) return false;
  return !FEET_MEASURE_NOUNS_FR.has(toks[q]?.t ?? '');
}
/** Articles after "pieds de" before the thing a distance is measured from ("1 600 pieds de la proue"), folded. */
const FEET_FROM_ARTICLES_FR = new Set(['la', 'l']);
/** Nouns of a place or a part of a thing a distance is measured from, folded: general vocabulary of position
 * ("de la surface", "du fond", "de la rive", "de la proue de l'épave"), none naming one story's place. */
const FEET_FROM_NOUNS_FR = new Set(['proue', 'poupe', 'coque', 'epave', 'rive', 'rivage', 'cote', 'surface', 'fond', 'sol',
  'sommet', 'bord', 'piste', 'cible', 'frontiere', 'entree', 'sortie', 'centre', 'pont', 'quai']);
/** English titles held by one person (folded), whose age a number set between commas after them gives: "The prime
 * minister, 59, was shot". */
const ONE_PERSON_TITLES_EN = new Set(['minister', 'president', 'chancellor', 'governor', 'mayor', 'secretary', 'spokesman',
  'spokeswoman', 'spokesperson', 'leader', 'chief', 'premier', 'senator', 'judge', 'pope', 'king', 'queen', 'prince', 'princess']);
/** Is the word at k a noun of people ("femme", "man", "victim"): the one whose age a number beside it gives? */
function peopleNounAt(toks: Tok[], k: number): string | undefined {
  const t = toks[k];
  if (!t || t.kind !== 'w') return undefined;
  const h = conceptAt(toks, k);
  return h && h.c.type === 'entity' && concept(h.c.id)?.people ? h.c.id : undefined;
}

/** Determiners that make a word of people a noun ("un jeune", "ce garçon", "l'adolescent", "les jeunes", "son petit
 * garçon"), not an adjective ("plus jeune"): articles, demonstratives and possessives, singular and plural (a number
 * before the word does the same: determinedNoun). Folded: "cet" and "ce" are both here; "l" is the elided article. */
const PERSON_DETERMINERS_FR = new Set([
  'un', 'une', 'le', 'la', 'l', "'", 'ce', 'cet', 'cette', 'du', 'les', 'des', 'ces',
  'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'notre', 'nos', 'votre', 'vos', 'leur', 'leurs',
]);
/** Number words that stand as a determiner before a plural word of people ("deux jeunes de 17 ans"). Folded. */
const NUMBER_DETERMINERS_FR = new Set(['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'plusieurs']);
const isDeterminer = (tok: Tok | undefined): boolean =>
  !!tok && (PERSON_DETERMINERS_FR.has(tok.t) || NUMBER_DETERMINERS_FR.has(tok.t) || tok.kind === 'd');
/** Words of degree before an adjective: "plus jeune de 20 ans" compares, "un plus jeune" is no noun either. */
const DEGREE_WORDS_FR = new Set(['plus', 'moins', 'aussi', 'si', 'tres']);
/** Is the word at k a noun by its determiner: right before it ("un jeune"), or before one prenominal adjective ("un
 * petit garçon", "une petite fille") that is no word of degree ("le plus jeune")? */
function determinedNoun(toks: Tok[], k: number): boolean {
  if (isDeterminer(toks[k - 1])) return true;
  const adj = toks[k - 1];
  return !!adj && adj.kind === 'w' && !adj.cap && !DEGREE_WORDS_FR.has(adj.t) && isDeterminer(toks[k - 2]);
}
/** Nouns of a span that years measure ("20 ans de prison", "20 ans d'ancienneté", "30 ans de mariage", "20 ans d'âge
 * mental"), folded. A list of the span, not of its exceptions: any other word after "N ans de / d'" (a place, an origin,
 * "de retour de", "d'un quartier voisin", a school year) leaves the years the person's age (review rev27c: a list of
 * exceptions kept growing). */
const SPAN_NOUNS_AFTER_YEARS_FR = new Set([
  'prison', 'reclusion', 'detention', 'emprisonnement', 'captivite', 'anciennete', 'fidelite', 'service', 'services',
  'carriere', 'mariage', 'experience', 'age', 'travail', 'exil', 'absence', 'pouvoir', 'regne', 'vie',
]);
/** Does "de / d'" at k start the noun of a span the years before give (SPAN_NOUNS_AFTER_YEARS_FR)? */
function spanOfAfter(toks: Tok[], k: number): boolean {
  const t = toks[k]?.t;
  if (t !== 'de' && t !== 'd') return false;
  let q = k + 1;
  if (toks[q]?.t === "'") q++;
  const n = toks[q];
  return !!n && n.kind === 'w' && SPAN_NOUNS_AFTER_YEARS_FR.has(n.t) && !n.nl;
}
/** Is the word at k a word (not an entity) the table flags as people ("jeune", "garçon", "passager")? */
function peopleWordAt(toks: Tok[], k: number): boolean {
  const t = toks[k];
  if (!t || t.kind !== 'w') return false;
  const w = lookup(t.t, 'word');
  return !!w && !!concept(w.id)?.people;
}

/** Words between "à" and the years of an age ("à seulement 21 ans", "à peine 18 ans", "à tout juste 19 ans"). Folded. */
const AGE_AT_HEDGES_FR = new Set(['seulement', 'peine', 'juste', 'tout', 'deja']);
/** Possessive determiners opening the object of the verb an "à N ans" follows: "décroche à 21 ans son premier titre". */
const POSSESSIVES_FR = new Set(['son', 'sa', 'ses', 'leur', 'leurs']);
/**
 * "À 21 ans, l'Espagnol ...", "A 61 ans, l'ancienne physicienne ...", "décroche à 21 ans son troisième titre": French
 * tells an age by "à" and the years, set off by the structure of the clause: at its head, closed by a comma, or between
 * a verb and its object (a possessive right after the years). A noun's "à N ans" ("le taux à 10 ans", "un prêt à 20
 * ans") is a term, and stands in neither place; "à 5 ans de la retraite" is a distance in time (no comma after it).
 * The preposition is told from the verb "a" by its accent, or at a clause's head, where the verb cannot stand.
 */
function ageAtFr(toks: Tok[], i0: number, i1: number): boolean {
  let p = i0 - 1;
  while (p >= 0 && AGE_AT_HEDGES_FR.has(toks[p].t)) p--;
  const a = toks[p];
  if (!a || a.t !== 'a') return false;
  const head = clauseStart(toks, p);
  if (!a.grave && !head) return false;
  const next = toks[i1 + 1]?.t ?? '';
  return (head && next === ',') || POSSESSIVES_FR.has(next);
}
/** Is the word at k a capitalised noun after a determiner and inside its clause ("l'Espagnol", "un Texan", "le
 * Hambourgeois")? Not a word in capitals (an acronym) nor one at a clause's head. */
function demonymBefore(toks: Tok[], k: number): boolean {
  const t = toks[k];
  if (!t || t.kind !== 'w' || !t.cap || t.upper || t.nl || STOPWORDS.has(t.t) || lookup(t.t, 'party')) return false;
  let d = k - 1;
  if (toks[d]?.t === "'") d--;
  return PERSON_DETERMINERS_FR.has(toks[d]?.t ?? '') && toks[d].t !== "'" && !clauseStart(toks, k);
}
/** Words of a noun phrase read back from its noun to its determiner ("un écrivain et poète", "un ancien ministre"). */
const APPOSED_NOUN_MAX = 4;
/** Titles written before a surname ("M. Pezeshkian"), folded. */
const COURTESY_TITLES_FR = new Set(['m', 'mme', 'mlle', 'dr', 'pr', 'me']);
/** Is the name-ending capitalised word at k a person's name (two capitalised words, or a courtesy title before it)? */
function fullName(toks: Tok[], k: number, forward: boolean): boolean {
  const t = toks[k];
  if (!nameWord(t) || !personName(toks, k)) return false;
  const o = toks[forward ? k + 1 : k - 1];
  if (nameWord(o) && !o.nl) return true;
  return !forward && toks[k - 1]?.t === '.' && COURTESY_TITLES_FR.has(toks[k - 2]?.t ?? '');
}
/** The last capitalised word of the name starting at k ("Juraj Cintula" -> "Cintula"): the word a name's age is kept
 * under (ageName reads "Juraj Cintula, 71," by the word before its comma). */
function nameEnd(toks: Tok[], k: number): number {
  let e = k;
  while (nameWord(toks[e + 1]) && !toks[e + 1].nl) e++;
  return e;
}
/**
 * The name a noun phrase ending at the word k (before "de N ans", the years ending at i1) is set beside: after "Name,"
 * ("Abdelaali Hassani, un ingénieur de 57 ans"), or before ", Name" or "Name" ("un retraité de 71 ans, Juraj
 * Cintula", "le député de 69 ans Massoud Pezeshkian"); the index of the name's last word, else -1. An apposition names
 * one person, so the years are that person's age; a term ("un contrat de 5 ans") is set beside no name. The phrase is
 * read back over a few lower-case words to its determiner, or to a clause's head ("Scientifique de 61 ans, Claudia
 * Sheinbaum").
 */
function besideName(toks: Tok[], k: number, i1: number): number {
  const t = toks[k];
  if (!t || t.kind !== 'w' || (t.cap && !clauseStart(toks, k)) || spanOfAfter(toks, i1 + 1)) return -1;
  let d = k;
  while (d > k - APPOSED_NOUN_MAX && toks[d - 1]?.kind === 'w' && !toks[d - 1].cap && !PERSON_DETERMINERS_FR.has(toks[d - 1].t) && !toks[d].nl) d--;
  let q = d - 1;
  if (toks[q]?.t === "'") q--;
  const determined = PERSON_DETERMINERS_FR.has(toks[q]?.t ?? '');
  const fronted = !determined && clauseStart(toks, d);
  if (!determined && !fronted) return -1;
  if (determined && toks[q - 1]?.t === ',' && fullName(toks, q - 2, false)) return q - 2;
  if (toks[i1 + 1]?.t !== ',') return fullName(toks, i1 + 1, true) ? nameEnd(toks, i1 + 1) : -1;
  // After a comma the name must be the phrase's own: the phrase opens its clause ("Scientifique de 61 ans, Claudia
  // Sheinbaum va"), or the name closes one ("un retraité de 71 ans, Juraj Cintula."); "un contrat de 5 ans, Paris
  // Saint-Germain a confirmé" sets a subject after the comma, not a name of the phrase.
  if (!fullName(toks, i1 + 2, true)) return -1;
  const e = nameEnd(toks, i1 + 2);
  if (fronted) return e;
  const after = toks[e + 1];
  return !after || after.nl || ['.', ',', ';', ')', '!', '?'].includes(after.t) ? e : -1;
}

/**
 * Is the number at [i0, i1) a person's age said by the sentence's structure, not by a name before it (ageName):
 * "a 52-year-old woman", "a man aged 63", "the driver, aged 41", "52 years old", "une femme de 52 ans", "âgé de
 * 41 ans", "elle a 52 ans"? An age is one person's property, never a count of people: `who` is the people noun it
 * is said of, when one is next to it. Undefined when the number is no person's age.
 */
export function personAge(toks: Tok[], i0: number, i1: number, unit: string, lang: Lang): { who?: string } | undefined {
  if (i1 - i0 !== 1 || !(toks[i0].v >= 1 && toks[i0].v <= MAX_AGE)) return undefined;
  // "des personnes de 65 ans et plus", "people aged 65 and over": a bound on a group's ages, no one person's age.
  const after = toks[i1]?.t === 'ans' || toks[i1]?.t === 'years' ? i1 + 1 : i1;
  if (AGE_JOINS.has(toks[after]?.t ?? '') && AGE_BOUND_WORDS.has(toks[after + 1]?.t ?? '')) return undefined;
  const prev = toks[i0 - 1]?.t;
  // The noun before "aged" / "âgé de", past a comma: "the driver, aged 41", "un homme âgé de 63 ans".
  const nounBefore = (k: number): string | undefined => peopleNounAt(toks, toks[k]?.t === ',' ? k - 1 : k);
  // The second of two ages joined ("a couple aged 81 and 77", "âgés de 81 et 77 ans"): the first one's frame.
  const joined = AGE_JOINS.has(prev ?? '') && toks[i0 - 2]?.kind === 'd';
  const agedBefore = (k: number): boolean => lang === 'en' ? toks[k]?.t === 'aged' : toks[k]?.t === 'de' && AGED_FR.test(toks[k - 1]?.t ?? '');
  if (joined && agedBefore(i0 - 3) && (lang === 'en' || toks[i1]?.t === 'ans')) return { who: nounBefore(lang === 'en' ? i0 - 4 : i0 - 5) };
  if (lang === 'en') {
    if (prev === 'aged') return { who: nounBefore(i0 - 2) };
    // "The prime minister, 59, was shot", "the driver, 41, was arrested": a bare number set between two commas after a
    // singular noun of people is that person's age, as after a name (ageName). A plural noun before it ("the victims,
    // 12, were...") may be a count, so only a singular one.
    if (unit === 'number' && prev === ',' && toks[i1]?.t === ',' && i0 >= 2 && !looksPlural(toks[i0 - 2].t)
      && !SAME_IN_PLURAL_EN.has(toks[i0 - 2].t) && !listOrPluralAfter(toks, i1 + 1)) {
      const who = peopleNounAt(toks, i0 - 2);
      if (who) return { who };
      if (ONE_PERSON_TITLES_EN.has(toks[i0 - 2].t)) return { who: undefined };
    }
    // "At 44, Faye is set to become…", "At 19, she left": a clause opening on "At" and a bare number, then a comma and
    // a name or a pronoun, gives that person's age. Not an hour: a clock's hours stop at 12 in English prose ("At 10,
    // Smith spoke" may be ten o'clock), so the age must be above them.
    if (unit === 'number' && prev === 'at' && toks[i1]?.t === ',' && toks[i0].v > AT_AGE_MIN_EXCLUSIVE && clauseStart(toks, i0 - 1)) {
      const n = toks[i1 + 1];
      if (n && n.kind === 'w' && (AGE_PRONOUNS_EN.has(n.t) || (n.cap && !STOPWORDS.has(n.t) && personName(toks, i1 + 1) && givenAsPerson(toks, i1 + 1)))) return { who: undefined };
    }
    if (unit !== 'years') return undefined;
    // "52-year-old woman" (the hyphenated unit "-year" is read with the number: extract.ts), "52 years old".
    const a = toks[i1]?.t === '-' ? i1 + 2 : i1 + 1;
    if (toks[a]?.t === '-' && toks[a + 1]?.t === 'old') return { who: peopleNounAt(toks, a + 2) };
    if (toks[i1]?.t === 'years' && toks[i1 + 1]?.t === 'old') return { who: undefined };
    return undefined;
  }
  if (unit !== 'years' || toks[i1]?.t !== 'ans') return undefined;
  if (prev === 'de' && AGED_FR.test(toks[i0 - 2]?.t ?? '')) return { who: nounBefore(i0 - 3) };
  // "À 21 ans, il ...", "décroche à 21 ans son troisième titre", "venait d'avoir 50 ans": an age told by the clause's
  // structure rather than by a noun beside the years (cat42).
  if (ageAtFr(toks, i0, i1) || (prev === 'avoir' && !spanOfAfter(toks, i1 + 1))) return { who: undefined };
  // "une femme de 52 ans", "un enfant de 9 ans": a noun of people, then "de", then the years.
  if (prev === 'de') {
    // "un salarié de 20 ans d'ancienneté", "un jeune de 20 ans de prison": years that a noun after "de / d'" names are
    // a span of that thing (service, a sentence), said of the person but not their age.
    if (spanOfAfter(toks, i1 + 1)) return undefined;
    const who = peopleNounAt(toks, i0 - 2);
    if (who) return { who };
    // "le gendarme mobile de 22 ans": a noun of people, one adjective after it, then the years.
    const adj = toks[i0 - 2];
    const whoBeforeAdj = adj && adj.kind === 'w' && !adj.cap && !STOPWORDS.has(adj.t) ? peopleNounAt(toks, i0 - 3) : undefined;
    if (whoBeforeAdj && isDeterminer(toks[i0 - 4])) return { who: whoBeforeAdj };
    // "l'Espagnol de 21 ans", "un Texan de 42 ans": a capitalised noun after a determiner, inside its clause, is a
    // French noun of a people (demonyms are capitalised, other common nouns are not); "Abdelaali Hassani, un ingénieur
    // de 57 ans", "un retraité de 71 ans, Juraj Cintula": a noun phrase set beside a person's name is that person
    // (cat42). The name's age is that name's (`who` as ageName gives it: "Juraj Cintula, 71,"), so that two people's
    // ages in one story stay apart; a people's noun gives no `who`, as the English "a 21-year-old Spaniard" gives none.
    const named = besideName(toks, i0 - 2, i1);
    if (named >= 0) return { who: personKey(nameKey(toks[named].t), givenNameOf(toks, named)) };
    if (demonymBefore(toks, i0 - 2)) return { who: undefined };
    // "un jeune de 20 ans", "un garçon de 12 ans": a word the table flags as people (no entity of its own) names a
    // person as surely when a determiner makes it a noun ("un jeune", "le garçon"); without one it may be an adjective
    // whose "de 20 ans" is a gap ("plus jeune de 20 ans que son rival"), which is no age. Such an age is told with no
    // `who` because the English side gives none either: personAge's English branch reads "a 20-year-old youth" through
    // peopleNounAt, which knows entities only, so the two sides of one age read the same frame.
    return peopleWordAt(toks, i0 - 2) && determinedNoun(toks, i0 - 2) ? { who: undefined } : undefined;
  }
  if (HAS_AGE_FR.has(prev ?? '')) {
    const s = toks[i0 - 2]?.t ?? '';
    if (AGE_SUBJECTS_FR.has(s)) return { who: undefined };
    const who = peopleNounAt(toks, i0 - 2);
    return who ? { who } : undefined;
  }
  return undefined;
}

/** Verbs of change before "by" / "de" and the number of the change ("the number of injured increased by 400",
 * "le nombre de blessés a augmenté de 400", "en hausse de 7,5 points"): the number is the change, not a level. */
const CHANGE_BY: Record<Lang, RegExp> = {
  en: /^(?:increas(?:e|es|ed|ing)|ris(?:e|es|en|ing)|rose|grew|grow(?:s|n|ing)?|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|fell|fall(?:s|en|ing)?|drop(?:s|ped|ping)?|decreas(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|up|down)$/,
  fr: /^(?:augmente|augmentee|augmentes|augmentees|hausse|baisse|baissee|diminue|diminuee|progresse|recule|grimpe|bondi|chute)$/,
};
/** Nouns of an action done to a thing, folded and plural ("créations d'emplois", "fermetures d'usines"): an explicit list
 * (fixrev19b), as an ending alone also takes things ("40 pictures of children", "1,000 signatures of residents"). General
 * vocabulary of how news counts what is done. */
const ACTION_NOUNS = new Set(['creations', 'suppressions', 'fermetures', 'destructions', 'constructions', 'reconstructions',
  'ouvertures', 'evacuations', 'arrestations', 'expulsions', 'deportations', 'hospitalisations', 'hospitalizations',
  'reductions', 'closures']);
/** The thing a noun of an action at k is done to, when "de / d' / of" and a noun the table knows as an entity follow it
 * ("créations d'emplois", "fermetures d'usines"): its id and where it ends; else undefined. */
function actedNounAfter(toks: Tok[], k: number): { id: string; end: number } | undefined {
  if (!ACTION_NOUNS.has(toks[k].t)) return undefined;
  let q = k + 1;
  if (!['de', 'd', 'of'].includes(toks[q]?.t ?? '') || toks[q].nl) return undefined;
  q++;
  if (toks[q]?.t === "'") q++;
  const h = q < toks.length && !toks[q].nl ? conceptAt(toks, q) : null;
  return h && h.c.type === 'entity' ? { id: h.c.id, end: q + h.len } : undefined;
}

/** Words between a verb of change and its "by / de": "n'ont augmenté que de 73 000", "rose only by 12". */
const CHANGE_HEDGES = new Set(['que', 'qu', 'only', 'just', 'seulement']);
/** The verb of change of a number that is the size of a change ("increased by 400", "n'ont augmenté que de 73 000"),
 * its token index, else -1. Not "up / down / hausse / baisse": nouns and adverbs with no subject of their own. */
function changeVerbBefore(toks: Tok[], i0: number, lang: Lang): number {
  if (toks[i0 - 1]?.t !== (lang === 'en' ? 'by' : 'de')) return -1;
  let q = i0 - 2;
  while (q >= 0 && CHANGE_HEDGES.has(toks[q].t)) q--;
  const verb = toks[q];
  return verb && verb.kind === 'w' && CHANGE_BY[lang].test(verb.t) && !['up', 'down', 'hausse', 'baisse'].includes(verb.t) ? q : -1;
}
/** Words between a verb of change and its subject's head: an auxiliary or a negation ("les effectifs n'ont augmenté",
 * "jobs have fallen"). */
const SUBJECT_VERB_GAP = new Set(['ont', 'a', 'avait', 'avaient', 'n', "'", 'ne', 'has', 'have', 'had', 'sont', 'est']);
/** The entity a verb of change at v counts: its subject's head, the noun right before it (auxiliaries and negation
 * skipped), when the table knows it; else none (fixrev19b: the nearest known noun further back took "Hospital
 * admissions rose by 300" as 300 hospitals, the head "admissions" unknown). */
function subjectHeadBefore(toks: Tok[], v: number): string | undefined {
  let k = v - 1;
  while (k >= 0 && SUBJECT_VERB_GAP.has(toks[k].t) && !toks[k].nl) k--;
  if (k < 0 || toks[k].nl || toks[k].kind !== 'w') return undefined;
  // The head may end a concept of two or three words ("job seekers").
  for (let start = k; start >= Math.max(0, k - 2); start--) {
    const h = conceptAt(toks, start);
    if (h && start + h.len === k + 1) return h.c.type === 'entity' && !isNumberTok(toks[start - 1]) ? h.c.id : undefined;
  }
  return undefined;
}
/** "another thousand migrants", "another 23 boats", "un autre millier de migrants": a count added to one told before,
 * a part of the day's or the event's count, not that count (fix-unit44: "since midnight … about another thousand
 * immigrants" differed with "plus de 6000 migrants en une seule journée"). Right before the number only: "another
 * country with 300 dead" is said of the country. Not of money (changeBefore): "Another 110 billion rubles was paid in
 * insurance" is the next item of a list of sums, told alone elsewhere ("110 billion rubles in insurance"); on the
 * development set it lost wagner's right pair. */
function anotherBefore(toks: Tok[], i0: number): boolean {
  const w = toks[i0 - 1]?.t;
  return w === 'another' || (w === 'autre' && (toks[i0 - 2]?.t === 'un' || toks[i0 - 2]?.t === 'une'));
}
/** Is the number at i0 the size of a change ("increased by 400", "en hausse de 7,5 points"), or an increment
 * ("another 400": anotherBefore)? */
export function changeBefore(toks: Tok[], i0: number, lang: Lang, unit?: string): boolean {
  if (anotherBefore(toks, i0) && !(unit && MONEY_UNITS.has(unit))) return true;
  const by = toks[i0 - 1]?.t;
  const verb = toks[i0 - 2];
  return (by === (lang === 'en' ? 'by' : 'de')) && !!verb && verb.kind === 'w' && CHANGE_BY[lang].test(verb.t);
}

/** Words of a difference after a number and "than" / "que": "7,000 more than on January 19", "3 000 de plus que". */
const DIFFERENCE_WORDS = new Set(['more', 'fewer', 'less', 'plus', 'moins']);
/**
 * Is the number at [i1 .. headEnd) the size of a difference ("45,000 in Lyon, 7,000 more than on January 19",
 * "7,000 more people than", "3 000 de plus qu'en janvier")? Right after the number or its noun only: "more than"
 * before a number is that number's bound.
 */
export function changeAfter(toks: Tok[], i1: number, headEnd: number): boolean {
  for (const k of new Set([i1, headEnd])) {
    const q = toks[k]?.t === 'de' ? k + 1 : k;
    if (!DIFFERENCE_WORDS.has(toks[q]?.t ?? '') || (q > k) !== (toks[q].t === 'plus' || toks[q].t === 'moins')) continue;
    const n = toks[q + 1]?.t;
    if (n === 'than' || n === 'que' || n === 'qu') return true;
  }
  // "300 more people than last year": the difference word before the counted noun, "than" after it.
  if (DIFFERENCE_WORDS.has(toks[i1]?.t ?? '') && toks[headEnd]?.t === 'than') return true;
  // "50 additional fatalities", "three more deaths", "50 morts supplémentaires": an increment word between the number
  // and its counted noun (English) or right after the noun (French) makes the number what was added, not a level.
  // The noun right after the English word: "over 2,059 more sustaining injuries" are others, "more" a pronoun.
  return (headEnd === i1 + 2 && INCREMENT_WORDS.has(toks[i1]?.t ?? '')) || (headEnd > i1 && INCREMENT_WORDS.has(toks[headEnd]?.t ?? ''));
}
/** Words of an increment next to a counted noun: "additional", "more", "further", "supplémentaires"; "new" /
 * "nouveaux" between a number and its noun ("1 556 nouveaux cas", "three new deaths"): the count of the latest
 * period, added to a running total, not that total. */
const INCREMENT_WORDS = new Set(['additional', 'more', 'further', 'extra', 'new', 'supplementaire', 'supplementaires', 'nouveau', 'nouveaux', 'nouvelle', 'nouvelles']);

/** The degree sign of a temperature ("41,4°C"). */
const DEGREE_SIGN = '\u00b0';
/** Words of a temperature (folded): a degree sign with no scale's letter is one only beside them ("la température a
 * atteint 41°"); else it is as often an angle ("un virage à 90°", "rotates through 360°"). General words, no topic's. */
const TEMPERATURE_WORDS = new Set(['temperature', 'temperatures', 'chaleur', 'heat', 'thermometre', 'thermometres', 'thermometer', 'thermometers', 'mercure', 'mercury']);
/** How many tokens either side of a number a temperature word may stand, in its sentence ("la température a atteint
 * samedi 41°": 4; "temperatures of up to 41°": 4). */
const TEMPERATURE_REACH = 8;
/** Is a temperature word (TEMPERATURE_WORDS) within TEMPERATURE_REACH tokens of [i0, k], in the same sentence? */
function temperatureNear(toks: Tok[], i0: number, k: number): boolean {
  for (let j = i0 - 1; j >= 0 && i0 - j <= TEMPERATURE_REACH && !SENTENCE_END.has(toks[j].t) && !toks[j + 1].nl; j--) if (TEMPERATURE_WORDS.has(toks[j].t)) return true;
  for (let j = k + 1; j < toks.length && j - k <= TEMPERATURE_REACH && !SENTENCE_END.has(toks[j].t) && !toks[j].nl; j++) if (TEMPERATURE_WORDS.has(toks[j].t)) return true;
  return false;
}
/** Words of a degree (folded): "52 degrees", "47 degrés". Beside a word of temperature they give one (bareDegrees);
 * else they are as often an angle ("a 90-degree turn", "un virage à 180 degrés"). */
const DEGREE_WORDS = new Set(['degree', 'degrees', 'degre', 'degres']);
/** The letters of the two scales, written alone after "degrees" ("46.5 degrees C") or glued to the value ("51.8C"). */
const SCALE_LETTERS: Record<string, string> = { c: 'celsius', f: 'fahrenheit' };
/** The hottest air temperature ever measured is 56.7 °C: a temperature of weather told in bare degrees above this can
 * only be Fahrenheit. Below it an English text may mean either scale (52 degrees is a heatwave in one, a cool day in
 * the other), and the scale its text names elsewhere decides. */
const MAX_AIR_CELSIUS = 57;
/** The scales a text names (Celsius, Fahrenheit: their words, "°C" / "°F", a letter glued to a value), once per text. */
const textScalesMemo = new WeakMap<Tok[], Set<string>>();
function textScales(toks: Tok[]): Set<string> {
  let m = textScalesMemo.get(toks);
  if (m) return m;
  m = new Set();
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (t.t === 'celsius' || t.t === 'fahrenheit') m.add(t.t);
    else if (t.kind === 'w' && SCALE_LETTERS[t.t] && t.cap && k > 0 && (toks[k - 1].t === DEGREE_SIGN || (toks[k - 1].kind === 'd' && toks[k - 1].end === t.start))) m.add(SCALE_LETTERS[t.t]);
  }
  textScalesMemo.set(toks, m);
  return m;
}
/** Is a temperature word (TEMPERATURE_WORDS) anywhere in the sentence of the number at i0? */
function temperatureInSentence(toks: Tok[], i0: number): boolean {
  for (let j = i0 - 1; j >= 0 && !SENTENCE_END.has(toks[j].t) && !toks[j + 1].nl; j--) if (TEMPERATURE_WORDS.has(toks[j].t)) return true;
  for (let j = i0 + 1; j < toks.length && !SENTENCE_END.has(toks[j].t) && !toks[j].nl; j++) if (TEMPERATURE_WORDS.has(toks[j].t)) return true;
  return false;
}
/**
 * The scale of a temperature told in bare degrees ("the temperature soared to 52 degrees", "le mercure a atteint 47
 * degrés", "46.5 degrees C"), the degree word at k right after the number at [i0, k): a word of temperature must stand
 * near (else an angle), and the scale is the letter after the word, else French's (Celsius: French news uses no other),
 * else the only scale the English text names elsewhere, else Fahrenheit for a value no air temperature reaches in
 * Celsius; else none (the reader cannot tell). Returns the unit and the token after it.
 */
function bareDegrees(toks: Tok[], i0: number, k: number, lang: Lang): { unit: string; end: number } | undefined {
  if (!temperatureNear(toks, i0, k)) return undefined;
  const next = toks[k + 1];
  if (next && !next.nl && next.kind === 'w' && SCALE_LETTERS[next.t] && next.cap) return { unit: SCALE_LETTERS[next.t], end: k + 2 };
  if (lang === 'fr') return { unit: 'celsius', end: k + 1 };
  const named = textScales(toks);
  if (named.size === 1) return { unit: [...named][0], end: k + 1 };
  const v = toks[k - 1]?.v;
  if (!named.size && typeof v === 'number' && v > MAX_AIR_CELSIUS) return { unit: 'fahrenheit', end: k + 1 };
  return undefined;
}
/** "51.8C (125.2F)": a scale's capital letter glued to the value is a temperature when its sentence speaks of one
 * ("Temperatures … climbed as high as 51.8C"); else "seat 12F", "Room 4C" are names of places. */
function gluedScale(toks: Tok[], i0: number, i1: number): string | undefined {
  const t = toks[i1];
  if (!t || t.kind !== 'w' || !t.cap || !SCALE_LETTERS[t.t] || t.start !== toks[i1 - 1].end) return undefined;
  const after = toks[i1 + 1];
  if (after && !after.nl && after.kind === 'w' && after.start === t.end) return undefined;
  return temperatureInSentence(toks, i0) ? SCALE_LETTERS[t.t] : undefined;
}
/** Currency signs written before or after an amount (core/text/currency.ts, shared with the passage spans). */
export const CURRENCY = CURRENCY_SIGNS;
/** Auxiliaries between a bare number and its verb: "1,2 million ont manifesté", "thousands have marched". */
export const AUXILIARIES = new Set(['ont', 'avaient', 'sont', 'etaient', 'have', 'had', 'were', 'are']);
/** Actions that say what a kind of people does, from the concept table's own people nouns ("manifestants"
 * means people who march): a bare number followed by that verb ("1.27 million protested") counts them. */
const DOERS = new Map<string, string>();
for (const id of conceptIds('entity')) {
  const m = concept(id)?.means;
  if (m?.entity === 'person' && m.action && !DOERS.has(m.action)) DOERS.set(m.action, id);
}
/** Nouns that say "how many" ("le nombre de manifestants a dépassé un million", "the number of protesters
 * exceeded one million", "le nombre de morts s'élève à 120"): a bare number in their clause counts the
 * noun after them, or the people in the role after them. */
const HOW_MANY = new Set(['nombre', 'number']);
/** Nouns of a toll ("bilan", "toll"): a bare number they govern counts people (count-segment.ts reads them as a role too). */
const TOLLS = new Set(['bilan', 'toll']);
/** The role of a toll that names none ("le bilan s'élève à 205"): news tolls count the dead. */
const TOLL_ROLE = 'killed';
/** Pronouns that stand for the people of a role after them: "the number of those killed", "le nombre de ceux tués". */
const DEMONSTRATIVES = new Set(['those', 'ceux', 'celles']);
/** How far back (tokens) "the number of X" is read: the verb and its complements ("against the draft
 * amendment to the pension system") may stand between it and the value. */
const HOW_MANY_LOOKBACK = 24;
/** How far back (tokens) before "of the / out of / sur" the part's number may stand: "172 to 215 of the",
 * "75 deputies out of", "182 sièges sur": the number, its counted noun and an adjective. */
const PART_BEFORE_WHOLE = 4;
/** The number at i0 is the whole a number just before it is part of ("X of the N", "X out of N", "X sur N"). */
export function wholeAfterPart(toks: Tok[], i0: number): boolean {
  let q = i0 - 1;
  if (toks[q]?.t === 'the' || toks[q]?.t === 'les') q--;
  const w = toks[q]?.t;
  if (w === 'of') { if (toks[q - 1]?.t === 'out') q--; else if (toks[i0 - 1]?.t !== 'the') return false; } else if (w !== 'sur') return false;
  for (let k = q - 1; k >= 0 && k >= q - PART_BEFORE_WHOLE; k--) {
    if (BOUNDARY.has(toks[k].t)) return false;
    if (isNumberTok(toks[k])) return true;
  }
  return false;
}
/** Words a possessive's owner may have between "of the" and "'s" before a whole's number ("of the Lok Sabha's 543
 * seats", "of the state assembly's 60 seats"): three, a name or a noun with its modifiers. */
const POSSESSIVE_OWNER_WORDS = 3;
/** Words of approximation or of a bound a whole's number may carry after the part's "of the / of its / des" ("of its
 * nearly three million customers", "of the more than 300 passengers", "des quelque 24 millions d'électeurs", "des près de
 * 1 000 salariés"), folded; general vocabulary of how news hedges a number. */
const WHOLE_HEDGES = new Set(['nearly', 'almost', 'about', 'around', 'roughly', 'approximately', 'some', 'more', 'than', 'over',
  'quelque', 'environ', 'pres', 'plus', 'de', 'd', "'"]);
/** How many such words may stand before the whole's number: three ("more than", "près de", "plus d ' "). */
const WHOLE_HEDGE_MAX = 3;
/** Where the whole's number starts when words of WHOLE_HEDGES at q are followed by a number (in digits or words);
 * else q. */
export function pastWholeHedge(toks: Tok[], q: number, lang: Lang): number {
  let h = q;
  while (h < q + WHOLE_HEDGE_MAX && WHOLE_HEDGES.has(toks[h]?.t ?? '') && !toks[h].nl) h++;
  return h > q && (isNumberTok(toks[h]) || wholeNumberWord(toks[h]?.t ?? '', lang)) ? h : q;
}
/** The counted noun (an entity) of the whole right after a part at i1: "of the 577 seats", "out of 650
 * seats", "sur les 577 sièges"; a role of people there counts people in it ("141 des 179 morts", "12 of the 40 dead"),
 * as the whole's own number does; else undefined. */
function wholeNounAfter(toks: Tok[], i1: number, lang: Lang): { category: string; role?: string } | undefined {
  let q = i1;
  if (toks[q]?.t === 'out') q++;
  const prep = toks[q]?.t ?? '';
  // "11 000 de ses 27 000 employés", "seven of its 28 plants": a whole told with a possessive or a demonstrative
  // after "de / of" is a whole as "des / of the" tells it.
  const possessive = determinedWhole(toks, q);
  // "614 des 618 salariés": French "des" is "de" and "les" in one word, the partitive of a whole counted before.
  if (prep !== 'of' && prep !== 'sur' && prep !== 'des' && !possessive) return undefined;
  q++;
  if (toks[q]?.t === 'the' || toks[q]?.t === 'les' || possessive) q++;
  // "240 of the Lok Sabha's 543 seats", "20 of the company's 100 vehicles": a possessive's owner between the article
  // and the whole's number names whose the whole is; the whole is still the number and its noun after it.
  if (lang === 'en' && toks[q - 1]?.t === 'the') {
    let o = q;
    while (o < q + POSSESSIVE_OWNER_WORDS && toks[o]?.kind === 'w' && !toks[o].nl && !STOPWORDS.has(toks[o].t)) o++;
    if (o > q && toks[o]?.t === "'" && toks[o + 1]?.t === 's' && isNumberTok(toks[o + 2])) q = o + 2;
  }
  // "2.6 million of its nearly three million customers", "5,6 millions des quelque 24 millions d'électeurs": a whole's
  // number may carry its own approximation; the whole is still the number and its noun after it.
  q = pastWholeHedge(toks, q, lang);
  const wholeStart = q;
  // "six of the seven swing states", "sept des huit immeubles": a whole written in words, read to its noun below.
  if (!isNumberTok(toks[q])) {
    while (q < toks.length && !toks[q].nl && (wholeNumberWord(toks[q].t, lang) || (q > wholeStart && toks[q].t === '-' && wholeNumberWord(toks[q + 1]?.t ?? '', lang)))) q++;
    return q > wholeStart ? wholeOwnHead(toks, wholeStart, q, lang) : undefined;
  }
  // "2,000 of the 1.8 million people": the whole's scale word is part of its number.
  while (isNumberTok(toks[q]) || (q > i1 && LARGE_SCALES.has(toks[q]?.t ?? ''))) q++;
  const h = q < toks.length ? conceptAt(toks, q) : null;
  if (h && isPeopleRole(h.c)) return { category: h.c.id === 'casualty' ? 'casualty' : 'person', role: h.c.id };
  if (h) return h.c.type === 'entity' ? { category: h.c.id } : undefined;
  // A plural noun the table does not know is the whole's noun as well ("89 of the 133 cardinals"): the part counts it.
  const w = toks[q];
  // A French adjective before the noun ("de ses 10 nouveaux magasins") is no noun: the whole's own head reads past it.
  if (w && w.kind === 'w' && !w.nl && !STOPWORDS.has(w.t) && w.t.length > 2 && looksPlural(w.t) && !INVARIABLE_S.has(w.t) && !FR_PRENOMINAL.has(w.t)) return { category: unknownNoun(w.t) };
  return wholeOwnHead(toks, wholeStart, q, lang);
}
/** A number word of a whole after a part's "of the / des" ("seven", "twenty", "hundred"; "huit"), not one that counts
 * one ("un", "one", "a"): "6 sur une échelle de 10", "two of the one-day strikes" take no whole from it. */
const wholeNumberWord = (w: string, lang: Lang): boolean => !ONE.has(w) && numberWord(w, lang);
/** A number word of the language, a unit or a multiplier ("three", "twenty", "hundred"; "trois", "mille"). */
const numberWord = (w: string, lang: Lang): boolean => has(TABLES[lang].units, w) || has(TABLES[lang].mult, w);
/** The whole's counted noun as the count reads it after its own number, past the words it reads past (an English
 * adjective or the first noun of a compound: "six of the seven swing states", "seven of 28 known deceased hostages";
 * French "de" after a scale word: "sept des 30 millions de Vénézuéliens"). Only a noun read after the number (the
 * head's end past it) and no unit: a whole with no noun of its own ("two of the 12 in the committee") says nothing of
 * what the part counts, and one in a unit ("5 of the 10 km") is a measure, not a set the part is taken from. */
function wholeOwnHead(toks: Tok[], start: number, end: number, lang: Lang): { category: string; role?: string } | undefined {
  const head = readHead(toks, start, end, lang, undefined, true);
  if (head.unit !== 'number' || !head.category || head.headEnd <= end) return undefined;
  return { category: head.category, role: head.headRole };
}
/** Determiners of a whole named without a number after a part's "of": "12 of the victims", "300 of those killed",
 * "all 40 of his co-workers". A pronoun ("of them", "of whom") has no noun of its own and is read elsewhere (counts.ts). */
const WHOLE_DETERMINERS_EN = new Set(['the', 'those', 'these', 'his', 'her', 'their', 'its', 'our']);
/** French determiners after "de" of a whole named without a number: "12 de ces victimes", "trois de ses enfants". */
const WHOLE_DETERMINERS_FR = new Set(['ces', 'ses', 'leurs', 'nos', 'vos']);
/** Is the preposition at q "of" or "de" before a determiner of a whole ("of the", "of its", "de ses", "de ces")? A
 * part's whole is told so with or without its number ("1,200 of its 4,000 workers", "trois de ses enfants"). */
const determinedWhole = (toks: Tok[], q: number): boolean => (toks[q]?.t === 'of' && WHOLE_DETERMINERS_EN.has(toks[q + 1]?.t ?? ''))
  || (toks[q]?.t === 'de' && WHOLE_DETERMINERS_FR.has(toks[q + 1]?.t ?? ''));
/** "one of the highest figures", "two of the deadliest storms": a superlative ranks its whole; the number picks from a
 * ranking, it counts nothing the text tells. English superlatives in -est or -iest (at least six letters: "best",
 * "rest" and "west" are no superlatives to read here, nor a word the table knows), save the nouns that end so
 * ("three of the forest fires", "two of the protest leaders": NOT_SUPERLATIVE), and the words that make one. */
const SUPERLATIVE = /^[a-z]{2,}(?:[^aeiou]|i)est$/;
/** English nouns and verbs in -est that the superlative's shape takes (folded). */
const NOT_SUPERLATIVE = new Set(['forest', 'protest', 'arrest', 'interest', 'harvest', 'contest', 'request', 'conquest', 'inquest', 'manifest', 'suggest', 'digest', 'invest', 'attest', 'detest', 'molest']);
const isSuperlative = (w: string): boolean => SUPERLATIVE.test(w) && !NOT_SUPERLATIVE.has(w);
const SUPERLATIVE_WORDS = new Set(['most', 'least', 'best', 'worst', 'plus', 'moins', 'meilleurs', 'meilleures', 'pires']);
/** Words that may stand between the whole's determiner and its noun: "of the injured people", "of the 50 … ": at most
 * one adjective ("of the missing hikers"); more, and the noun belongs to another phrase. */
const WHOLE_ADJECTIVES_MAX = 1;
/**
 * The counted noun of a whole named without a number after a part at i1: "12 of the victims", "1,500 of those deaths",
 * "trois des blessés", "93 de ces gardes à vue": a part counts the noun of its whole, as it does with the whole's
 * number ("614 des 618 salariés", wholeNounAfter); a role of people ("of the dead", "des blessés") counts people in
 * that role. Else undefined: a pronoun ("of them"), a possessive ("of the country's regions"), a singular noun ("29.5
 * of the vote", "two of the world": no count of things), another number.
 */
/** Relative pronouns of people after a demonstrative: "those who", "ceux qui". */
const PEOPLE_RELATIVES = new Set(['who', 'whom', 'qui']);
/** English nouns of the table written the same in the plural: "United has 79 of the aircraft" takes its part from
 * a set, so the noun is plural whatever its form. Folded. */
const SAME_IN_PLURAL_EN = new Set(['aircraft', 'police', 'staff', 'crew', 'personnel', 'livestock', 'cattle', 'sheep']);
function wholeNounNoNumber(toks: Tok[], i1: number, lang: Lang): { category: string; role?: string } | undefined {
  let q = i1;
  const t0 = toks[q]?.t;
  // "40 of those who fled", "120 de ceux qui ont fui": a demonstrative with a relative clause and no noun stands for
  // people; a role of people in the verb right after ("of those who died") is theirs.
  if ((t0 === 'of' || t0 === 'de') && DEMONSTRATIVES.has(toks[q + 1]?.t ?? '') && PEOPLE_RELATIVES.has(toks[q + 2]?.t ?? '')) {
    const h = q + 3 < toks.length && !toks[q + 3].nl ? conceptAt(toks, q + 3) : null;
    if (h && isPeopleRole(h.c)) return { category: h.c.id === 'casualty' ? 'casualty' : 'person', role: h.c.id };
    return { category: 'person' };
  }
  if (lang === 'fr' && t0 === 'des') q += 1;
  else if ((lang === 'en') === (t0 === 'of') && determinedWhole(toks, q)) q += 2;
  else return undefined;
  for (let adjectives = 0; q < toks.length && !toks[q].nl; q++) {
    const t = toks[q];
    if (t.kind !== 'w' || STOPWORDS.has(t.t) || has(TABLES[lang].units, t.t) || isSuperlative(t.t) || SUPERLATIVE_WORDS.has(t.t)) return undefined;
    // "of the country's regions": the noun after the possessive is another thing's.
    if (toks[q + 1]?.t === "'") return undefined;
    const h = conceptAt(toks, q);
    if (h && isPeopleRole(h.c)) {
      // "of the injured people": an English role before a people noun is its adjective.
      const after = lang === 'en' ? conceptAt(toks, q + h.len) : null;
      if (after && after.c.type === 'entity' && PEOPLE_CATS.has(after.c.id)) return { category: after.c.id, role: h.c.id };
      return { category: h.c.id === 'casualty' ? 'casualty' : 'person', role: h.c.id };
    }
    if (h && h.c.type === 'entity') return looksPlural(toks[q + h.len - 1].t) || (lang === 'en' && SAME_IN_PLURAL_EN.has(toks[q + h.len - 1].t)) ? { category: h.c.id } : undefined;
    // "of his co-defendants": a word glued by a hyphen to the noun is a prefix of it.
    if (toks[q + 1]?.t === '-' && toks[q + 1].start === t.end && toks[q + 2]?.kind === 'w' && toks[q + 2].start === toks[q + 1].end) { q++; continue; }
    if (!h && t.t.length > 2 && looksPlural(t.t) && !INVARIABLE_S.has(t.t) && !(lang === 'en' && t.cap)) {
      // A plural English word before another word of the phrase is its adjective ("of the missing hikers" reads
      // "missing" first); only the last plural is the noun.
      const nextW = toks[q + 1];
      if (lang === 'en' && nextW && nextW.kind === 'w' && !nextW.nl && !STOPWORDS.has(nextW.t) && looksPlural(nextW.t) && adjectives < WHOLE_ADJECTIVES_MAX) { adjectives++; continue; }
      return { category: unknownNoun(t.t) };
    }
    if (h || ++adjectives > WHOLE_ADJECTIVES_MAX) return undefined;
  }
  return undefined;
}
/** Words that open a lead-in naming a whole before the clause of its part: "Among the 175 passengers, 173 were …",
 * "Of the 300 arrested, 45 …", "Out of the 52 dead, 30 …", "Parmi les 181 personnes à bord, 173 …", "Sur les 119
 * blessés, 113 …". */
const LEAD_IN_OPENERS = new Set(['among', 'of', 'out', 'parmi', 'sur']);
/** How long (tokens) such a lead-in may be, its opener to its comma: a determiner, a number, a noun and its
 * complement ("Parmi les 181 personnes à bord"). */
const LEAD_IN_MAX = 9;
/** Bounds between the lead-in's comma and the part's number ("…, at least 30", "…, au moins 30", "…, plus de 30"). */
const LEAD_IN_BOUNDS = new Set(['at', 'least', 'more', 'than', 'about', 'around', 'nearly', 'some', 'au', 'moins', 'plus', 'de', 'd', "'", 'pres', 'environ']);
/** The whole a lead-in names before the number at i0, when that number opens the clause after it (bounds passed):
 * the counted noun and role of the lead-in's own number ("Among the 175 passengers"), else its noun of the table or
 * its role of people ("Among the dead", "Of those arrested"); else undefined ("Of course, 12 …"). */
function leadInWhole(toks: Tok[], i0: number, lang: Lang): { category: string; role?: string } | undefined {
  // The clause's first token: after a sentence's end, a semicolon or a parenthesis, or at the head of its line.
  const first = clauseStartOf(toks, i0);
  if (!LEAD_IN_OPENERS.has(toks[first].t)) return undefined;
  // The lead-in's comma: the first of the sentence, within LEAD_IN_MAX tokens, before the number.
  let c = first + 1;
  while (c < i0 && c - first <= LEAD_IN_MAX && toks[c].t !== ',' && !BOUNDARY.has(toks[c].t) && toks[c].t !== ':') c++;
  if (c >= i0 || toks[c].t !== ',') return undefined;
  // The number opens the clause after it, bounds passed. (A part joined by "and / et" to that one was read too and
  // left out: it compared no pair more and added cross-key comparisons, units23.)
  let b = i0 - 1;
  while (b > c && i0 - b <= 3 && LEAD_IN_BOUNDS.has(toks[b].t)) b--;
  if (b !== c) return undefined;
  let q = first + 1;
  if (toks[first].t === 'out') { if (toks[q]?.t !== 'of') return undefined; q++; }
  for (let k = q; k < c; k++) {
    if (!isNumberTok(toks[k])) continue;
    let e = k;
    while (e < c && isNumberTok(toks[e])) e++;
    const h = readHead(toks, k, e, lang);
    if (h.unit !== 'number' || !h.category) return undefined;
    return { category: h.category, role: h.headRole };
  }
  for (let k = q; k < c; k++) {
    const h = conceptAt(toks, k);
    if (!h) continue;
    if (isPeopleRole(h.c)) return { category: h.c.id === 'casualty' ? 'casualty' : 'person', role: h.c.id };
    if (h.c.type === 'entity') return { category: h.c.id };
    return undefined;
  }
  return undefined;
}
/** How far back (tokens) from "with / avec" the noun a bare number counts may stand ("won the most seats
 * in parliament, with 182"): a verb, its object and a place. */
const WITH_NOUN_LOOKBACK = 8;
/** The entity named (without a number) in the clause before "with" at w, else undefined. */
function nounBeforeWith(toks: Tok[], w: number): string | undefined {
  for (let k = w - 1; k >= 0 && k >= w - WITH_NOUN_LOOKBACK; k--) {
    const t = toks[k];
    if (BOUNDARY.has(t.t) || t.t === ':' || t.nl || isNumberTok(t)) return undefined;
    const h = conceptAt(toks, k);
    if (h && h.c.type === 'entity') return isNumberTok(toks[k - 1]) ? undefined : h.c.id;
  }
  return undefined;
}
/** Words that give what their subject has: "la province la plus touchée, avec 1 293 morts". */
export const WITH = new Set(['avec', 'with']);
/** "la force turque forte de 5 000", "a Turkish force of 5,000": the nation of a military group named just before. */
export function groupNationBefore(toks: Tok[], i0: number): string | undefined {
  for (let k = i0 - 1; k >= 0 && k >= i0 - GROUP_LOOKBACK; k--) {
    const t = toks[k];
    if (t.kind === 'p' || t.nl) return undefined;
    const c = lookup(t.t, 'nation');
    if (!c) continue;
    if (isCue(toks[k - 1]?.t ?? '', 'military') || isCue(toks[k + 1]?.t ?? '', 'military')) return c.id;
  }
  return undefined;
}

/** Calendar years a four-digit number without a separator may be ("the 2023 quake"): no count of its clause. */
/** Is the number at k one that counts nothing a noun of "how many" or of a toll could govern: a value glued by a hyphen
 * to the word it measures ("the 7.7-magnitude earthquake", "a 12-storey building": a compound adjective of the noun
 * after it), a day of a month or an ordinal (count-base.ts `isCountNumber`), or a calendar year written bare ("the
 * 2023 floods")? */
export function notACountBetween(toks: Tok[], k: number): boolean {
  const t = toks[k];
  const dash = toks[k + 1];
  const glued = toks[k + 2];
  if (dash?.t === '-' && dash.start === t.end && glued?.kind === 'w' && glued.start === dash.end) return true;
  // "The death toll from a magnitude 7.4 earthquake … has risen to 10", "le bilan du séisme de magnitude 6,8 s'élève à
  // 2 000": a value measured by a unit written before it measures the event, it counts nothing the toll could govern.
  // "rose to 13 … which struck at around 8am": a clock time is no count either.
  return !isCountNumber(toks, k) || bareYear(toks, k) || unitWrittenBefore(toks, k) !== undefined || clockAfter(toks, k + 1);
}
/** Words written right after the hour of a clock time (folded): "8am", "8 pm", "8h", "8 h 30". */
const CLOCK_WORDS = new Set(['am', 'pm', 'h']);
/** Does a clock word start at token k: "am", "pm", "h", or "a.m." / "p.m." (tokenized "a", ".", "m")? */
const clockAfter = (toks: Tok[], k: number): boolean =>
  CLOCK_WORDS.has(toks[k]?.t ?? '') || ((toks[k]?.t === 'a' || toks[k]?.t === 'p') && toks[k + 1]?.t === '.' && toks[k + 2]?.t === 'm');
/** A calendar year written bare at k: four digits, no separator (years.ts `isYearDigits`), alone ("in 2017", "the
 * 2023 floods"): no digit group next to it, as in "12 2023" or "2023 450". */
function bareYear(toks: Tok[], k: number): boolean {
  return isYearDigits(toks[k]) && toks[k - 1]?.kind !== 'd' && toks[k + 1]?.kind !== 'd';
}

/** The bilingual word list's crowd ("foule" / "crowd"), and the prepositions that put a value on it. */
const CROWD = 'w-crowd';
const AT = new Set(['at', 'a']);
/** Nouns of how many came (folded): a bare count they govern counts people. Not read from concepts.json `t-turnout`
 * ("participation abstention" / "turnout abstention"), on purpose: it shares "turnout" with that topic and adds
 * "attendance", "affluence", but leaves out "participation" (also a stake: "une participation de 40 millions") and
 * "abstention" (told as a share). Keep the two in step when either changes. */
const TURNOUT_NOUNS = new Set(['turnout', 'attendance', 'affluence']);
/** Verbs of reaching a value, folded ("rose to", "has risen to", "reached", "stands at", "s'élève à", "a atteint",
 * "est passé à", "a grimpé à"): the number after them is the value of their subject. */
const REACH_VERBS = new Set(['rose', 'risen', 'rise', 'rises', 'rising', 'climbed', 'climbs', 'jumped', 'increased', 'reached', 'reaches', 'hit', 'hits', 'stands', 'stood', 'exceeded', 'exceeds', 'topped', 'tops', 'passed', 'grew', 'grown', 'soared', 'surged',
  'atteint', 'atteignait', 'eleve', 'elevait', 'passe', 'grimpe', 'monte', 'porte', 'depasse', 'depassait', 'alourdi']);
/** Words between a verb of reaching and its value: a preposition and a bound ("rose to at least 97", "s'élève à plus de
 * 300", "reached nearly 400"). */
const REACH_GAP = new Set(['to', 'at', 'a', 'least', 'more', 'than', 'over', 'nearly', 'almost', 'about', 'around', 'some', 'plus', 'de', 'd', "'", 'moins', 'pres', 'environ', 'au', 'quelque']);
/** How many tokens a verb of reaching may stand before its value (REACH_GAP words between). */
const REACH_GAP_MAX = 3;
/** The verb of reaching (REACH_VERBS, or with copulas set a copula: TALLY_COPULAS) that governs the number at i0,
 * REACH_GAP words between: its index and whether it is a copula, else undefined. */
function reachVerbAt(toks: Tok[], i0: number, copulas: boolean): { v: number; copula: boolean } | undefined {
  for (let k = i0 - 1; k >= 0 && k >= i0 - 1 - REACH_GAP_MAX; k--) {
    if (REACH_VERBS.has(toks[k].t)) return { v: k, copula: false };
    if (copulas && TALLY_COPULAS.has(toks[k].t)) return { v: k, copula: true };
    if (!REACH_GAP.has(toks[k].t) || toks[k + 1].nl) return undefined;
  }
  return undefined;
}
/** Prepositions of a subject's complement of time ("in nearly 80 years", "over 30 years", "depuis 60 ans", "en 20
 * ans"), and the bounds that may stand between them and their number. */
const COMPLEMENT_PREPS = new Set(['in', 'since', 'over', 'for', 'depuis', 'en', 'dans', 'pendant']);
const COMPLEMENT_GAP = new Set(['nearly', 'almost', 'about', 'around', 'more', 'than', 'over', 'the', 'pres', 'de', 'plus', 'les', 'quelque']);
/** Units of a span of time (folded) that a complement of the toll's subject may count ("the worst fire in nearly 80
 * years", "la pire crue depuis 60 ans"). Only time: "the toll in the 40 villages" may count villages of the value's own
 * reading, and a count of things between still ends the lookback. */
const SPAN_WORDS = new Set(['years', 'ans', 'annees', 'decades', 'decennies', 'centuries', 'siecles', 'months', 'mois', 'weeks', 'semaines', 'days', 'jours']);
/** Is the number at k a span of time (SPAN_WORDS right after it) and the object of a preposition of a complement
 * (COMPLEMENT_PREPS), bounds passed? */
function afterPreposition(toks: Tok[], k: number): boolean {
  if (!SPAN_WORDS.has(toks[k + 1]?.t ?? '')) return false;
  for (let q = k - 1; q >= 0 && q >= k - 3; q--) {
    if (COMPLEMENT_PREPS.has(toks[q].t)) return true;
    if (!COMPLEMENT_GAP.has(toks[q].t)) return false;
  }
  return false;
}
/** The prepositions of a move between two values ("rose from 40 to 52", "est passé de 98 à 148"): from, then to. */
const FROM_WORDS = new Set(['from', 'de']);
const TO_WORDS = new Set(['to', 'a']);
/** How far back (tokens) from "from / de" the noun of the moving count may stand: its verb, an auxiliary and an
 * adverb ("its seat count fell sharply from", "le nombre de sièges du parti est passé de"), or a noun of how many and
 * its complement. Past that the noun is another clause's. 10: "le nombre de sièges du parti est passé de" puts
 * "nombre" 7 tokens before "de", with room for an adverb and one more complement word; the value was set on that
 * shape (units26: japanvote 20 -> 25 of 36 right) and not swept, so a longer reach is untested, not known worse. */
const FROM_TO_LOOKBACK = 10;
/** Nouns of a share or a rate: a moving value "of / de" a noun is a share of it, not a count of it (fromToNoun). Folded. */
const SHARE_NOUNS = new Set(['share', 'shares', 'percentage', 'proportion', 'rate', 'ratio', 'part', 'parts', 'taux', 'pourcentage']);
/** The words that join a share noun to what it is a share of ("share of", "part des", "taux d'"). Folded. */
const SHARE_OF = new Set(['of', 'de', 'des', 'du', 'd']);
/**
 * "The party's seat count rose from 40 to 52", "its number of seats fell from 44 to 38", "le nombre de sièges est passé
 * de 98 à 148": two bare numbers joined by "from X to Y" / "de X à Y" are two values of one count, the noun its clause
 * names before "from" (the noun after "number of / nombre de", else the nearest noun of the table, no number between).
 * Both numbers: the second has the first between it and that noun, which ends the other look-backs (howManyBefore).
 * Only the whole pattern (a number after "from", "to" and a number after it): "de" alone is too common in French
 * ("de 40 ans"), and "from 40" alone may be a part ("12 from 40 villages").
 */
function fromToNoun(toks: Tok[], i0: number, i1: number): string | undefined {
  let from: number;
  if (FROM_WORDS.has(toks[i0 - 1]?.t ?? '')) {
    // The two values may come as one span (a move read as a range, split after), or the first alone.
    let e = i0;
    while (e < i1 && isNumberTok(toks[e])) e++;
    if (!TO_WORDS.has(toks[e]?.t ?? '') || !isNumberTok(toks[e + 1])) return undefined;
    from = i0 - 1;
  } else if (TO_WORDS.has(toks[i0 - 1]?.t ?? '')) {
    let k = i0 - 2;
    if (!isNumberTok(toks[k])) return undefined;
    while (k > 0 && isNumberTok(toks[k - 1])) k--;
    if (!FROM_WORDS.has(toks[k - 1]?.t ?? '')) return undefined;
    from = k - 1;
  } else return undefined;
  let nearest: string | undefined;
  for (let k = from - 1; k >= 0 && k >= from - FROM_TO_LOOKBACK; k--) {
    const t = toks[k];
    if (BOUNDARY.has(t.t) || t.t === ',' || t.t === ':' || toks[k + 1].nl || isNumberTok(t)) break;
    // "The share of votes went from 31 to 24", "le taux de chômage est passé de 8 à 7": the values are a share or a
    // rate of the noun, not counts of it.
    if (SHARE_NOUNS.has(t.t) && SHARE_OF.has(toks[k + 1]?.t ?? '')) return undefined;
    if (HOW_MANY.has(t.t)) {
      let q = k + 1;
      while (q < from && SKIP_BEFORE_HEAD.has(toks[q].t)) q++;
      const h = q < from ? conceptAt(toks, q) : null;
      if (h && h.c.type === 'entity') return h.c.id;
    }
    if (nearest) continue;
    const h = conceptAt(toks, k);
    if (h && h.c.type === 'entity' && k + h.len <= from && !isNumberTok(toks[k - 1])) nearest = h.c.id;
  }
  return nearest;
}
/** Copulas that make a bare number the size of their plural subject: "the marchers were more than 5,000", "les
 * grévistes étaient plus de 3 000", "ils ne sont plus que 40". */
const SIZE_COPULAS = new Set(['were', 'are', 'sont', 'etaient', 'seront']);
/** Words between such a copula and its number: bounds and the French restriction "ne ... plus que". */
const COPULA_GAP = new Set(['more', 'than', 'about', 'around', 'nearly', 'almost', 'some', 'over', 'at', 'least', 'only', 'just', 'roughly',
  'plus', 'de', 'd', "'", 'que', 'qu', 'moins', 'pres', 'environ', 'quelque', 'au', 'seulement']);
/** How many gap words may stand between the copula and its number ("étaient un peu plus de" is rare; "were at least"). */
const COPULA_GAP_MAX = 3;
/** The negation that may stand between a subject and its copula ("ils ne sont plus que 40"). */
const COPULA_NEGATION = new Set(['ne', 'n', "'"]);
/**
 * "the strikers were more than 3,000", "les manifestants étaient plus de 100 000": a bare number after a copula whose
 * subject, right before it, is a kind of people (or people in a role) counts that subject. A number right after the
 * copula with no bound and no more than a lifetime ("the two suspects are 17") is an age, never read here.
 */
function copulaSubjectBefore(toks: Tok[], i0: number): string | undefined {
  let k = i0 - 1;
  let gap = 0;
  while (k >= 0 && COPULA_GAP.has(toks[k].t) && !toks[k + 1].nl) { k--; gap++; }
  if (k < 0 || gap > COPULA_GAP_MAX || !SIZE_COPULAS.has(toks[k].t) || toks[k + 1].nl) return undefined;
  const v = toks[i0].v;
  if (gap === 0 && typeof v === 'number' && v <= MAX_AGE) return undefined;
  let q = k - 1;
  while (q >= 0 && COPULA_NEGATION.has(toks[q].t)) q--;
  if (q < 0 || toks[q + 1].nl || toks[q].kind !== 'w') return undefined;
  // The subject's last word: a one-word form of the table ("manifestants"), or the last word of a longer one.
  const h = conceptAt(toks, q);
  if (!h || h.len !== 1) return undefined;
  return peopleHead(h.c);
}
/** "the number of protesters ... exceeded one million": the people noun after "number of" in the sentence before the value. */
function howManyBefore(toks: Tok[], i0: number): string | undefined {
  const reach = !!reachVerbAt(toks, i0, false);
  // A comma stands between token k and the value: a clause opener there opened an aside that comma closed.
  let comma = false;
  for (let k = i0 - 1; k >= 0 && k >= i0 - HOW_MANY_LOOKBACK; k--) {
    const t = toks[k];
    if (BOUNDARY.has(t.t) || t.nl) return undefined;
    if (t.t === ',') comma = true;
    // Another count between the noun and the value is the one the noun governs; a number that counts nothing there
    // ("the death toll from the 7.7-magnitude earthquake … has risen to 1,644", "the toll of the 2023 quake") is passed.
    // Past a verb of reaching ("the toll from the region's worst flood in nearly 60 years rose to 97", "le bilan de la
    // pire crue depuis 60 ans s'élève à 97"), a span of time after a preposition is in the subject's complement: the
    // verb's subject, the toll, governs the value.
    if (t.kind === 'd' && !notACountBetween(toks, k) && !(reach && afterPreposition(toks, k))) return undefined;
    // "The death toll … has not been updated since Monday, officials said, while the river level … rose to 12": past a
    // clause opener the value is that clause's (opensClauseAt, as reachSubjectBefore reads them), unless a comma closed
    // that clause before the value ("Le bilan, alors que les secouristes fouillaient les décombres, s'élevait à 40").
    if (!comma && opensClauseAt(toks, k)) return undefined;
    // "authorities estimated the crowd at 13,000", "la préfecture évalue la foule à 13 000": the value a crowd is
    // put at counts its people.
    if (lookup(t.t, 'word')?.id === CROWD && AT.has(toks[i0 - 1]?.t ?? '')) return 'person';
    // "the turnout ranged between 275,000 and 325,000", "calculated turnout between four million and six million",
    // "l'affluence a dépassé 200 000": a value of a turnout that is no share (a share has its % and never reaches
    // here) counts the people who turned out.
    // A bare year there is the turnout's time ("the highest turnout since 1981, as in 2017").
    if (TURNOUT_NOUNS.has(t.t)) return bareYear(toks, i0) ? undefined : 'person';
    // "The death toll from the floods ... rose to 205", "le bilan des blessés s'élève à 300": a toll counts people in
    // the role named next to it, the dead when none is.
    if (TOLLS.has(t.t)) return tollRole(toks, k, i0);
    if (HOW_MANY.has(t.t)) return howManyHead(toks, k, i0);
  }
  return undefined;
}
/** What a toll at k counts, its value at end: people in the role named next to it ("the death toll", "le bilan des
 * blessés"), the dead (TOLL_ROLE) when none is. */
function tollRole(toks: Tok[], k: number, end: number): string {
  let q = k + 1;
  while (q < end && SKIP_BEFORE_HEAD.has(toks[q].t)) q++;
  const r = [conceptAt(toks, q), k > 0 ? conceptAt(toks, k - 1) : null].find((h) => h && isPeopleRole(h.c));
  return r ? r.c.id : TOLL_ROLE;
}
/** What a noun of how many at k counts, its value at end: the people after "of / de" ("the number of those killed",
 * "le nombre total de victimes"), a determiner or a tally's adjective passed; else undefined. */
function howManyHead(toks: Tok[], k: number, end: number): string | undefined {
  let q = k + 1;
  while (q < end && (SKIP_BEFORE_HEAD.has(toks[q].t) || DEMONSTRATIVES.has(toks[q].t) || SUBJECT_LEAD.has(toks[q].t))) q++;
  const h = q < end ? conceptAt(toks, q) : null;
  if (!h) return undefined;
  return peopleHead(h.c) ?? (h.c.type === 'entity' && concept(h.c.id)?.means?.entity === 'person' ? h.c.id : undefined);
}
/** A concept that names people: a people role ("victims", "morts"), or a kind of people (PEOPLE_CATS). */
function peopleHead(c: NonNullable<ReturnType<typeof conceptAt>>['c']): string | undefined {
  if (isPeopleRole(c)) return c.id;
  return c.type === 'entity' && PEOPLE_CATS.has(c.id) ? c.id : undefined;
}

/** Copulas that put a bare value on a subject that is a toll or a noun of how many ("the toll was 13", "le nombre total
 * de suffrages exprimés était de 30 530 157"): only such a subject, since a copula's value is as often an age or a rank. */
const TALLY_COPULAS = new Set(['is', 'was', 'est', 'etait']);
/** Words that open a clause of their own (folded): past one, the subject of a verb of reaching is that clause's ("The
 * death toll … has not been updated since Monday, …, while the river level … rose to 12": the level rose, not the
 * toll). "and / et" open one only after a comma (a subject may join two nouns: "the X Express and the Y train").
 * Words of one language that are nouns of the other are left out, since tokens carry no language: French "car"
 * (English "car": "the car ramming attack"), English "but" (French "but", a goal), "as" ("as of Monday"). */
const CLAUSE_OPENERS = new Set(['while', 'whereas', 'although', 'though', 'when', 'because', 'whilst',
  'tandis', 'alors', 'mais', 'lorsque', 'lorsqu', 'quand', 'puisque']);
const COMMA_OPENERS = new Set(['and', 'et']);
/** Does a clause open at k (CLAUSE_OPENERS; COMMA_OPENERS after a comma)? "though" before a comma and "alors" without
 * "que" are adverbs ("The toll, though, has risen to 40", "le bilan s'élevait alors à 30"), opening nothing. */
function opensClauseAt(toks: Tok[], k: number): boolean {
  const t = toks[k].t;
  if (COMMA_OPENERS.has(t)) return toks[k - 1]?.t === ',';
  if (!CLAUSE_OPENERS.has(t)) return false;
  if (t === 'though') return toks[k + 1]?.t !== ',';
  if (t === 'alors') return QUE.has(toks[k + 1]?.t ?? '');
  return true;
}
/** Auxiliaries, a French reflexive's pronoun, a negation and adverbs that may stand between a subject and its verb of
 * reaching ("has now risen", "s'est encore alourdi", "had already grown"): a stretch of nothing else after a comma
 * names no subject of its own. */
const VERB_GROUP = new Set(['has', 'have', 'had', 'is', 'was', 'are', 'were', 'will', 'would', 'been', 'now', 'already', 'also',
  'further', 'again', 'then', 'not', 'a', 'ont', 'avait', 'avaient', 'est', 'sont', 'etait', 'ete', 's', 'se', "'", 'n', 'ne',
  'deja', 'encore', 'desormais', 'aussi']);
/** Is every token of [s, e) a VERB_GROUP word (or is the stretch empty)? */
function onlyVerbGroup(toks: Tok[], s: number, e: number): boolean {
  for (let q = s; q < e; q++) if (!VERB_GROUP.has(toks[q].t)) return false;
  return true;
}
/** Words that open a people noun's complement (folded): "Residents of the town", "Deaths from heavy rains", "les
 * habitants du village". Another word right after the noun ("Migrants crossing the border told …") makes it the
 * subject of another verb. */
const COMPLEMENT_LEADS = new Set(['of', 'from', 'in', 'on', 'at', 'across', 'among', 'for', 'with', 'de', 'des', 'du', 'd', 'dans',
  'en', 'au', 'aux', 'a', 'sur', 'parmi']);
/** How far back (tokens) from its verb of reaching the subject of a toll may open: a toll's subject carries the event,
 * its place and its day ("The death toll in the train accident involving the derailment of the X Express and the Y
 * Express train and the collision of a goods train in Z's district on Friday evening has risen to"; 42 tokens), past
 * HOW_MANY_LOOKBACK; only the clause's subject is read there (reachSubjectBefore), never a noun inside it. */
const REACH_SUBJECT_LOOKBACK = 48;
/** Words that may stand before a subject's head at its clause's start (folded): determiners and the adjectives of a
 * tally ("The overall death toll", "Le nombre total", "le dernier bilan"); a people role ("death") is passed too. */
const SUBJECT_LEAD = new Set(['the', 'a', 'le', 'la', 'les', 'l', "'", 'total', 'overall', 'official', 'provisional', 'latest',
  'new', 'final', 'nouveau', 'dernier', 'provisoire', 'officiel', 'this', 'ce']);
/** What the head of a subject opening at s counts, when it is a toll (the role named next to it, else TOLL_ROLE), a
 * noun of how many (the people after "of / de"), or, except after a copula or a comma, a kind of people or a people
 * role ("Deaths from heavy rains … rose to four", "The population … stood at"); else undefined. */
function tallyHeadAt(toks: Tok[], s: number, v: number, peopleOff: boolean, afterComma: boolean): string | undefined {
  // "the overall population, which stood at 68.4 million", "le bilan, qui s'élève à 78": a relative pronoun opening
  // the stretch after a comma stands for the noun right before the comma, the verb's subject.
  if (afterComma && RELATIVES.has(toks[s]?.t ?? '') && s >= 2) return tallyHead(toks, s - 2, v, peopleOff);
  let q = s;
  while (q < v && (SUBJECT_LEAD.has(toks[q].t) || (conceptAt(toks, q)?.c && isPeopleRole(conceptAt(toks, q)!.c) && TOLLS.has(toks[q + 1]?.t ?? '')))) q++;
  return tallyHead(toks, q, v, peopleOff || afterComma);
}
/** Relative pronouns of a subject (folded): "which", "who", "qui". */
const RELATIVES = new Set(['which', 'who', 'qui']);
/** What the subject's head at q counts (tallyHeadAt); a kind of people only when peopleOff is false. */
function tallyHead(toks: Tok[], q: number, v: number, peopleOff: boolean): string | undefined {
  if (q >= v || toks[q].kind !== 'w') return undefined;
  const t = toks[q].t;
  if (TOLLS.has(t)) return tollRole(toks, q, v);
  if (HOW_MANY.has(t)) return howManyHead(toks, q, v);
  // A people noun opening a stretch after a comma may be an aside's or another clause's ("…, residents fled and
  // prices rose to 4"): only a toll or a noun of how many is read there (tallyHeadAt sets peopleOff).
  if (peopleOff) return undefined;
  const h = conceptAt(toks, q);
  if (!h || isNumberTok(toks[q - 1])) return undefined;
  // The noun is the verb's subject only when what follows it is its complement, an aside or the verb's group.
  const e = q + h.len;
  if (!COMPLEMENT_LEADS.has(toks[e]?.t ?? '') && toks[e]?.t !== ',' && !onlyVerbGroup(toks, e, v)) return undefined;
  return peopleHead(h.c);
}
/**
 * "The death toll from the 7.4-magnitude earthquake, which struck at around 8am in the waters off the county, rose to
 * 13", "Le nombre de victimes des fortes pluies qui ont frappé l'État du X, au Y, s'élève à au moins 78", "Deaths from
 * heavy rains earlier this week in X rose to four": a bare value after a verb of reaching counts what the subject of
 * that verb counts, however long the subject (howManyBefore reads HOW_MANY_LOOKBACK tokens, any noun there). The
 * subject opens the clause: the sentence's start, a line's, or a clause opener (CLAUSE_OPENERS; "and / et" after a
 * comma) or a comma before it (an introduction: "On Friday, the toll rose to 13"; asides between commas are passed
 * since each comma is tried, nearest first). A count between (not a day, a year or a measure: notACountBetween) ends
 * the look-back, as in howManyBefore. A month's cut's point ("the Jan. 2024 floods") ends no sentence; a day
 * after a month's cut ("the Jan. 1 quake") still ends the look-back as a count between: read as the toll's, noto's
 * "grew to 126 Saturday" took the quake's day as its moment and differed with a later day's 202 (1061c2e0).
 */
function reachSubjectBefore(toks: Tok[], i0: number, lang: Lang): string | undefined {
  const reach = reachVerbAt(toks, i0, true);
  if (!reach) return undefined;
  const { v, copula } = reach;
  // A comma stands between token k and the verb: what opens there is an aside's, closed before the verb.
  let comma = false;
  for (let k = v - 1; k >= 0 && k >= v - REACH_SUBJECT_LOOKBACK; k--) {
    const t = toks[k];
    if (BOUNDARY.has(t.t) && !abbreviationPoint(toks, k)) return tallyHeadAt(toks, k + 1, v, copula, false);
    // A clause opener, a verb of saying or "that / que" with no comma before the verb: the verb's subject opens after
    // it ("Police said the temperature … hit 40", "Les habitants ont dit que le niveau … est monté à 4"). Past a comma
    // it stands in an aside ("The toll, when the rescuers left, stood at 40", "The death toll, officials said, rose
    // to 40"): go on. After a bare "that / que" (no verb of saying before it, maybe a relative: "the toll that
    // rescuers feared rose to") no people noun is read.
    const saying = speechVerbAt(t.t, toks[k - 1]?.t, lang);
    if (opensClauseAt(toks, k) || saying || QUE.has(t.t)) {
      if (comma) continue;
      const bareQue = QUE.has(t.t) && !speechVerbAt(toks[k - 1]?.t, toks[k - 2]?.t, lang);
      return tallyHeadAt(toks, k + 1, v, copula || bareQue, false);
    }
    if (t.kind === 'd' && !notACountBetween(toks, k) && !afterPreposition(toks, k)) return undefined;
    if (t.t === ',' || t.nl || k === 0) {
      const s = t.t === ',' ? k + 1 : k;
      const h = tallyHeadAt(toks, s, v, copula, t.t === ',');
      if (h || t.nl || k === 0) return h;
      // The stretch between the comma nearest the verb and the verb is the verb's subject unless it holds only the
      // verb's group ("…, has risen to"): "…, where the river rose to 4" is its own clause's, never the toll's.
      if (!comma && !onlyVerbGroup(toks, s, v)) return undefined;
      comma = true;
    }
  }
  return undefined;
}

/** Words between "age" and its value: "age from 62 to 64", "age of 64", "l'âge légal à 64 ans". */
const AGE_LINKS = new Set(['from', 'to', 'of', 'at', 'a', 'de', 'the', 'legal']);
/** How many tokens "age" may stand before its value. */
const AGE_LOOKBACK = 3;
/** Verbs of leaving work whose "at N" / "à N" is an age: "I don't want to leave at 64", "retire at 62", "partir à 64". */
const RETIRE_VERBS = new Set(['retire', 'retiring', 'retired', 'leave', 'leaving', 'partir', 'part']);
/** Ages at which people leave work, in any country's law or demand: a number outside is a time or an amount. */
const RETIREMENT_AGE_MIN = 50;
const RETIREMENT_AGE_MAX = 75;
function ageBefore(toks: Tok[], i0: number): boolean {
  const v = toks[i0]?.v;
  if ((toks[i0 - 1]?.t === 'at' || toks[i0 - 1]?.t === 'a') && RETIRE_VERBS.has(toks[i0 - 2]?.t ?? '') && typeof v === 'number' && v >= RETIREMENT_AGE_MIN && v <= RETIREMENT_AGE_MAX) return true;
  for (let k = i0 - 1; k >= 0 && k >= i0 - AGE_LOOKBACK; k--) {
    if (lookup(toks[k].t, 'modifier')?.id === 'age') return true;
    if (!AGE_LINKS.has(toks[k].t)) return false;
  }
  return false;
}

/** English bounds that, between a plural noun of people and a bare number, bound their age ("people over 65",
 * "children under 5"). French says "ans" there ("les plus de 65 ans") and is read by its unit. */
const AGE_BOUNDS_EN = new Set(['over', 'under', 'above', 'below']);
/** Is the bare whole number at [i0, i1) an age bound after a plural noun of people ("individuals over 65")? The
 * bound may be read into the number's phrase or stand just before it. */
function ageBoundAfterPeople(toks: Tok[], i0: number, i1: number): boolean {
  let b = i0;
  while (b < i1 && toks[b].kind !== 'd') b++;
  if (i1 - b !== 1 || !Number.isInteger(toks[b].v) || !(toks[b].v >= 1 && toks[b].v <= MAX_AGE)) return false;
  const bound = toks[b - 1];
  if (!bound || !AGE_BOUNDS_EN.has(bound.t)) return false;
  const noun = toks[b - 2];
  return !!noun && looksPlural(noun.t) && !!peopleNounAt(toks, b - 2);
}
/** Units of money: an amount's frame is the budget noun around it (moneyFrame). The currencies written with a sign
 * (CURRENCY), and those news names by word or code only ("9,3 milliards de yens", "2.9 trillion yen", "CNY 5 billion"). */
export const MONEY_UNITS: ReadonlySet<string> = new Set([...CURRENCY.values(), ...WORD_CURRENCIES]);
/** The unit of money a token names: a currency sign ("€") or a word or code of the table ("euros", "USD"). */
const moneyUnitOf = (t: Tok): string | undefined => {
  const u = t.kind === 'p' ? CURRENCY.get(t.t) : t.kind === 'w' ? lookup(t.t, 'unit')?.id : undefined;
  return u && MONEY_UNITS.has(u) ? u : undefined;
};
const isMoneyTok = (t: Tok): boolean => moneyUnitOf(t) !== undefined;
/** Does the token name the pound by a sign or code ("£", "GBP")? "sterling" is read in its context (frenchPoundAt). */
const isPoundSign = (t: Tok): boolean => t.kind === 'p' ? CURRENCY.get(t.t) === 'pound' : t.kind === 'w' && t.t === 'gbp';
/** A currency's code before its amount, on the amount's line: a unit of money of the table ("USD 10 billion", "EUR
 * 500 million"), or a currency named by its word only, written in capitals ("CHF 16bn", "CHF100 billion":
 * currency-codes.ts), which also gives the amount its country. */
function currencyCodeBefore(toks: Tok[], i0: number): CurrencyReading | undefined {
  if (rupeePrefixBefore(toks, i0)) return { unit: 'rupee' };
  const t = toks[i0 - 1];
  if (!t || t.kind !== 'w' || toks[i0].nl) return undefined;
  const coded = currencyCodeOf(t);
  if (coded) return coded;
  if (t.nl) return undefined;
  const u = lookup(t.t, 'unit')?.id;
  return u && MONEY_UNITS.has(u) ? { unit: u } : undefined;
}
/** Words between an amount and the noun it qualifies or is taken from: "d'économies", "of savings", "in
 * savings", "from the budget", "off the deficit". */
const FRAME_AFTER_SKIP = new Set(['de', 'd', "'", 'of', 'in', 'en', 'from', 'off', 'the', 'du', 'des', 'le', 'la', 'les', 'l']);
/** How far (tokens) after an amount its noun may stand: "from the 2026 budget", "of extra military spending",
 * "in public debt": prepositions, a year, adjectives, the noun. */
const FRAME_AFTER_MAX = 5;
/** How far (tokens) before an amount the noun it is the object of may stand: "une cure budgétaire de 40
 * milliards", "savings of more than €40 billion", "la dette publique représente 3 300 milliards". */
const FRAME_BEFORE_MAX = 6;
/** Content words passed before an amount on the way to its noun ("représente", "publique"): more, and the
 * noun belongs to another phrase. */
const FRAME_BEFORE_WORDS = 2;
/** Tokens of a conversion in parentheses after an amount: "($6.8b)", "(78,09 milliards de dollars)". */
const CONVERSION_MAX = 8;
/** Prepositions of what an amount is taken off: "off the deficit", "from state spending". */
const REDUCTION_PREPS = new Set(['off', 'from']);
/** The concept whose frame an amount taken off something has (concepts.json: savings). */
const SAVINGS = 't-savings';
/** Words that join two phrases: "a 5.8% deficit and €3.3 trillion in debt": the noun before is the other's. */
const FRAME_JOINS = new Set(['and', 'et', 'or', 'ou', 'but', 'mais']);
const moneyTopic = (toks: Tok[], k: number): string | undefined => {
  const t = toks[k];
  if (!t || t.kind !== 'w') return undefined;
  return lookup(t.t, 'topic')?.money;
};
/**
 * The budget noun an amount of money is an amount of: the noun it qualifies ("43,8 milliards d'euros
 * d'économies", "€4 billion in savings", "cut €4 billion from state spending"), else the noun it is the
 * object or the value of ("un effort de 40 milliards", "une cure budgétaire de 40 milliards", "savings of
 * €43.8 billion", "the debt exceeds €3.3 trillion"). French puts the noun before its adjective ("cure
 * budgétaire"): the first of two budget words is the noun.
 */
export function moneyFrame(toks: Tok[], i0: number, headEnd: number, lang: Lang): string | undefined {
  let k = headEnd;
  // "€3.5 billion ($6.8b) of extra military spending": a conversion in parentheses stands between.
  if (toks[k]?.t === '(') {
    const close = toks.findIndex((t, q) => q > k && q <= k + CONVERSION_MAX && t.t === ')');
    if (close > k) k = close + 1;
  }
  const from = k;
  for (let n = 0; k < toks.length && n < FRAME_AFTER_MAX && !toks[k].nl; n++, k++) {
    const t = toks[k];
    const f = moneyTopic(toks, k);
    // "shave €4 billion off the deficit", "cut €4 billion from the budget": what is taken off is a saving.
    if (f) return REDUCTION_PREPS.has(toks[from]?.t) ? concept(SAVINGS)?.money ?? f : f;
    if (FRAME_AFTER_SKIP.has(t.t) || (t.kind === 'd' && k > from)) continue;
    // "from its budget": a determiner after the preposition.
    if (k > from && STOPWORDS.has(t.t) && !FRAME_JOINS.has(t.t)) continue;
    // English adjectives before the noun ("of extra military spending", "in public debt"), after a preposition.
    if (t.kind === 'w' && lang === 'en' && k > from && FRAME_AFTER_SKIP.has(toks[from].t)) continue;
    break;
  }
  let words = 0;
  for (let q = i0 - 1; q >= 0 && q >= i0 - FRAME_BEFORE_MAX; q--) {
    const t = toks[q];
    if (t.nl && q < i0 - 1) return undefined;
    if (t.kind === 'd' || (t.kind === 'p' && t.t !== "'" && !CURRENCY.has(t.t)) || FRAME_JOINS.has(t.t)) return undefined;
    if (t.kind !== 'w') continue;
    // "du troisième trimestre fiscal": a word the table reads in a phrase with the word before ("trimestre fiscal", a
    // quarter of the accounting year) is that phrase's, not a topic of its own (no tax here).
    if (q > 0 && (conceptAt(toks, q - 1)?.len ?? 0) >= 2) continue;
    const f = moneyTopic(toks, q);
    if (f) return lang === 'fr' ? moneyTopic(toks, q - 1) ?? f : f;
    if (STOPWORDS.has(t.t) || t.t.length <= 2) continue;
    if (++words > FRAME_BEFORE_WORDS) return undefined;
  }
  return undefined;
}

/** Scale words of large amounts: "43.8 billion", "40 milliards", "€3 bn". */
const LARGE_SCALES = new Set(['million', 'millions', 'milliard', 'milliards', 'billion', 'billions', 'trillion', 'trillions', 'bn', 'md', 'mds']);
/** The currency a text names most (signs and words), else undefined: the currency of its bare amounts. */
function textCurrency(toks: Tok[]): string | undefined {
  const n = new Map<string, number>();
  for (const t of toks) {
    const c = moneyUnitOf(t);
    if (c) n.set(c, (n.get(c) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [id, k] of n) if (!best || k > n.get(best)!) best = id;
  return best;
}

/** The category of a counted noun the table knows as no entity: its translation's id when the bilingual word list
 * (concepts.json type `word`) has it, so "deux équipes" and "two teams", "trois filles" and "three daughters" meet
 * across languages; else its own stem, so the same language still meets ("210 martyrs" / "plus de 200 martyrs").
 * Either way a `w:` category: a noun the table does not know as a counted thing (match.ts reads it as generic). */
export function unknownNoun(w: string): string {
  let key = NOUN_KEYS.get(w);
  if (key !== undefined) return key;
  const word = lookup(w, 'word');
  key = word ? listedWordToken(word.id) : `w:${stem(w)}`;
  if (NOUN_KEYS.size >= NOUN_KEYS_MAX) NOUN_KEYS.clear();
  NOUN_KEYS.set(w, key);
  return key;
}
/** The context token of a word of the bilingual list, "w:<id without w->" ("w-decrease" -> "w:decrease"): also what
 * cognate-context.ts meets a concept's id with. */
export const listedWordToken = (id: string): string => `w:${id.replace(/^w-/, '')}`;
/** Each word's context key, made once (speed19): describeCounts asks it of every content word of each figure's
 * clause, a concept look-up, a replacement and a new string each time. */
const NOUN_KEYS = new Map<string, string>();
/** A bound over a long run of pages: a page has a few thousand distinct words. */
const NOUN_KEYS_MAX = 50_000;

/** Letters the stem of a noun the table does not know must have to be read as a noun made from a role's verb
 * (roleOfNominal): six ("arrest-ations", "hospitalis-ations", "displac-ements"); five-letter stems begin unrelated
 * words ("bless-ings" / "blessés"). */
const NOMINAL_STEM_MIN = 6;
/** Roles said only of people (concept `means.entity` person: killed, wounded, arrested, hospitalized, displaced…),
 * with their folded forms. */
let peopleRoleForms: Array<[string, readonly string[]]> | undefined;
/** The role whose verb a plural noun the table does not know is made from, when that role befalls people only: its
 * stem (NOMINAL_STEM_MIN letters at least) begins one of the role's forms ("hospitalisations" -> "hospitalis-" of
 * "hospitalisés", "arrestations" -> "arrest-" of "arrested", "displacements" -> "displaced"). A noun of the place or
 * the means ("hospitals") is in the table already, as an entity, and never reaches this. */
function roleOfNominal(w: string): string | undefined {
  const s = stem(w);
  if (s.length < NOMINAL_STEM_MIN) return undefined;
  peopleRoleForms ??= conceptIds('role').filter((id) => concept(id)?.means?.entity === 'person').map((id) => [id, wordFormsOf(id)]);
  return peopleRoleForms.find(([, forms]) => forms.some((f) => f.length > s.length && f.startsWith(s)))?.[0];
}

/** "p.c" (three glued tokens, its closing dot read as the sentence's) or "pc" (not "PC", a computer) right after a
 * number: "per cent" abbreviated. How many tokens it takes, else 0. "pc" alone is also "pieces" ("500 pc of the
 * stock"): read as per cent only after a number with a decimal part ("2.5 pc"), which no count of pieces has. */
function percentAbbrevAt(toks: Tok[], k: number): number {
  const [t, dot, c] = [toks[k], toks[k + 1], toks[k + 2]];
  const num = toks[k - 1];
  if (t.t === 'pc' && !t.upper && !t.cap) return num && num.kind === 'd' && /[.,]\d/.test(num.t) ? 1 : 0;
  // "5.28 pct", "minus 0.1 pct", "around zero pct": the wire services' (Jiji, Reuters) abbreviation, which names nothing
  // else after a number (unit44: the Bank of Japan's rates, read as bare numbers, met no page's "%").
  if (t.t === 'pct' && !t.upper) return 1;
  return t.t === 'p' && dot?.t === '.' && c?.t === 'c' && dot.start === t.end && c.start === dot.end ? 3 : 0;
}
/** Words that join two values of one measure ("6,2 et 5,4", "6.2 or 6.4"). */
const COORDINATION = new Set(['et', 'ou', 'and', 'or']);
/** The unit written right before the value at i0 ("magnitude 7", "de magnitude 6,8", "a Category 5"), else undefined. */
function unitWrittenBefore(toks: Tok[], i0: number): string | undefined {
  let q = i0 - 1;
  while (q >= 0 && q >= i0 - 3 && UNIT_BEFORE_SKIP.has(toks[q].t)) q--;
  const h = q >= 0 ? conceptAt(toks, q) : null;
  return h && h.c.type === 'unit' && UNITS_BEFORE_VALUE.has(h.c.id) ? h.c.id : undefined;
}
/** How many tokens back from a value its scale's noun, subject of a verb of measuring, may stand: "Sa magnitude a été
 * estimée à" (6), "La magnitude du séisme a été évaluée à" (8), "its magnitude was later revised to" (6). */
const MEASURED_SUBJECT_LOOKBACK = 9;
/** Verbs and participles of being or measuring (folded) that make a scale's noun said before the subject of a value:
 * "Sa magnitude a été estimée à", "était de", "its magnitude was revised to", "put at", "d'une magnitude estimée
 * entre". General verbs of any report of a measure; a noun with another verb ("the magnitude of the crisis rose to 4",
 * "ressentie à 3") is not measured by the value. */
const MEASURING_VERBS: ReadonlySet<string> = new Set([
  'est', 'etait', 'ete', 'fut', 'sera', 'serait', 'estimee', 'estime', 'evaluee', 'evalue', 'mesuree', 'mesure',
  'revue', 'revu', 'revisee', 'revise', 'corrigee', 'relevee', 'abaissee', 'enregistree', 'chiffree', 'situee', 'comprise',
  'compris', 'ranging',
  'is', 'was', 'were', 'been', 'be', 'estimated', 'measured', 'revised', 'put', 'rated', 'assessed', 'recorded',
  'registered', 'upgraded', 'downgraded', 'raised', 'lowered', 'calculated', 'set',
]);
/** Words after which the value of a scale's noun said before is written: "estimée à 7,5", "était de 7,2", "revised to
 * 7.5", "put at 7.4", "estimée entre 7,2 et 7,4", "between 7.2 and 7.4" (folded). */
const MEASURED_VALUE_PREPS = new Set(['a', 'de', 'at', 'to', 'of', 'entre', 'between']);
/** Words between a scale's noun and the preposition of its value when no verb stands there: one adjective, as in "une
 * magnitude préliminaire de 8,0" ("magnitude de 8" is unitWrittenBefore's). More words are a clause of their own ("the
 * magnitude of the crisis rose to 4"). */
const MEASURED_ADJECTIVES_MAX = 1;
/** Tokens before a scale's noun where the verb measuring it may stand, its article between: "calculated the
 * magnitude to 8.8". */
const MEASURING_VERB_BEFORE = 2;
/**
 * The unit of a graded scale whose noun is the subject of the value's clause: "Sa magnitude a été estimée à 7,5",
 * "la magnitude du séisme était de 7,2", "its magnitude was revised to 7.5", "d'une magnitude estimée entre 7,2 et
 * 7,4". Between the noun and the value stands a verb or participle of being or measuring (MEASURING_VERBS), or one
 * adjective only ("une magnitude préliminaire de 8,0"), or such a verb stands right before the noun ("calculated the
 * magnitude to 8.8"). The noun is
 * not followed by a value of its own (that is "magnitude 7", unitWrittenBefore); between it and the
 * value stand words only: no number (another value the noun would measure, or a count), no noun of people or things
 * the table knows (what the value would count), no end of sentence. The value comes after a preposition and is within
 * the scale (unit-sets.ts SCALE_CEILING): "La secousse, d'une magnitude moindre, a touché 30 villages" counts villages.
 */
function measuredSubjectBefore(toks: Tok[], i0: number, i1: number): string | undefined {
  // A range's span may open on its own preposition ("entre 7,2 et 7,4"): the value's first digit is looked for.
  let d = i0;
  while (d < i1 && toks[d].kind !== 'd') d++;
  const words = toks.slice(i0, i1).filter((t) => t.kind === 'w');
  if (!MEASURED_VALUE_PREPS.has(toks[d - 1]?.t ?? '') || toks[d - 1].nl || words.some((t) => !COORDINATION.has(t.t) && !MEASURED_VALUE_PREPS.has(t.t))) return undefined;
  const from = Math.min(i0, d - 1) - 1;
  let measuring = false;
  for (let k = from; k >= 0 && k >= from - MEASURED_SUBJECT_LOOKBACK; k--) {
    const t = toks[k];
    if (BOUNDARY.has(t.t) || t.nl || toks[k + 1].nl || isNumberTok(t)) return undefined;
    if (MEASURING_VERBS.has(t.t)) measuring = true;
    const h = conceptAt(toks, k);
    if (!h) continue;
    if (h.c.type === 'unit' && UNITS_BEFORE_VALUE.has(h.c.id)) {
      const adjectiveOnly = d - 1 - (k + h.len) <= MEASURED_ADJECTIVES_MAX;
      const verbBefore = toks.slice(Math.max(0, k - MEASURING_VERB_BEFORE), k).some((x) => MEASURING_VERBS.has(x.t));
      if (!measuring && !adjectiveOnly && !verbBefore) return undefined;
      const ceiling = SCALE_CEILING.get(h.c.id);
      const v = toks.slice(i0, i1).filter((x) => x.kind === 'd').map((x) => x.v);
      return ceiling !== undefined && v.length && v.every((x) => typeof x === 'number' && x > 0 && x < ceiling) ? h.c.id : undefined;
    }
    if (h.c.type === 'entity' || h.c.type === 'role') return undefined;
  }
  return undefined;
}
/** The unit written before the left conjunct of the value at i0 ("magnitude 6,2 et 5,4"), else undefined. */
function coordinatedUnit(toks: Tok[], i0: number): string | undefined {
  let q = i0 - 1;
  if (!COORDINATION.has(toks[q]?.t ?? '') || !isNumberTok(toks[q - 1])) return undefined;
  q -= 1;
  while (q >= 0 && isNumberTok(toks[q])) q--;
  // The left conjunct's first digit is at q + 1: its unit is written before it as before any value.
  return unitWrittenBefore(toks, q + 1);
}
/** Words that join two members of one list of values, each a count of the noun written once after the last ("25 et
 * 24 sièges", "25 and 24 seats"). Not "ou / or": an alternative of two values is one uncertain count, read as a span
 * by ellipsis.ts (resolveSpanMembers). */
const LIST_AND = new Set(['et', 'and']);
/** Words after a value that make it an addition to a count, not a member of a list ("211 and 5,000 more soldiers",
 * "12 et 300 autres blessés", "additional"), folded: the member counts other things than the value before it. The
 * increment words (INCREMENT_WORDS) and the words of other things ("other", "autres", "plus"). */
const ADDED_WORDS = new Set([...INCREMENT_WORDS, 'other', 'others', 'autres', 'plus']);
/** An article or "one" written alone as a list member is no count of the noun after it ("un tiers et un signal",
 * "un MiG 29 et un avion"): it says "a", not one of a list; with a scale word after it ("un million") it is a value. */
const LONE_ARTICLES = new Set(['un', 'une', 'a', 'an', 'one']);
/** Words between two numbers that oppose them as the two sides of a vote ("312 voix contre 12", "312 votes to 12"):
 * the value after them is the other side's count, read as the first side's (votes), never a list member's noun. */
const VOTE_SIDES = new Set(['contre', 'to', 'against']);
/** The head of the next member of a list of values the number at [i0, i1) opens, when its noun is written only after
 * that member: "avec respectivement 25 et 24 sièges", "s'engage à payer 3,4 milliards et 968 millions de dollars",
 * "des amendes de 3,4 milliards et de 968 millions de dollars", "won 25 and 24 seats respectively". News writes the
 * counted noun once for the whole list; each member counts it. The next member is read as any value is (readHead)
 * but with no list reading of its own (a chain "12 et 9 et 4 sièges" gives the first member nothing: only the member
 * right before the noun is read), and only a head read after it counts (its head's end past its number: a noun, a
 * currency, a "%"); a bare member after it, or a verb where its head ends, gives nothing. The member is digits with
 * their scale word, or a number in words (not a lone article, LONE_ARTICLES). French may repeat the preposition
 * before the member ("et de 968 millions"). Else undefined. */
function listMemberHead(toks: Tok[], i0: number, i1: number, lang: Lang): Head | undefined {
  // "in 1952, 1957 and 1962 general elections": a year in a list dates the noun, it counts none.
  if (bareYear(toks, i0) && i1 - i0 === 1) return undefined;
  // "un tiers et un signal": a fraction is a share of its whole, whatever noun a list after it names.
  if (toks.slice(i0, i1).some((t) => t.t === '/' || has(TABLES[lang].denom, t.t))) return undefined;
  // "312 voix contre 12 et 5 abstentions": the value is the vote's other side.
  if (VOTE_SIDES.has(toks[i0 - 1]?.t ?? '') && [toks[i0 - 2], toks[i0 - 3]].some((x) => isNumberTok(x))) return undefined;
  let q = i1;
  if (!LIST_AND.has(toks[q]?.t ?? '') || toks[q].nl) return undefined;
  q++;
  if (lang === 'fr' && toks[q]?.t === 'de' && !toks[q].nl) q++;
  const start = q;
  if (isNumberTok(toks[q])) while (q < toks.length && !toks[q].nl && (isNumberTok(toks[q]) || (q > start && LARGE_SCALES.has(toks[q].t)))) q++;
  else while (q < toks.length && !toks[q].nl && toks[q].kind === 'w' && (numberWord(toks[q].t, lang) || (q > start && LARGE_SCALES.has(toks[q].t)))) q++;
  if (q === start + 1 && LONE_ARTICLES.has(toks[start].t)) return undefined;
  // A verb after the member ("12 et 9 ont voté contre") makes it a clause's subject: what its verb says is no noun
  // written for the list.
  if (q === start || toks[q]?.nl || AUXILIARIES.has(toks[q]?.t ?? '') || ADDED_WORDS.has(toks[q]?.t ?? '')) return undefined;
  const head = readHead(toks, start, q, lang, undefined, true, true);
  if (head.headEnd <= q || (head.unit === 'number' && !head.category)) return undefined;
  // "Le score est de 3 et 40 000 supporteurs ont envahi la pelouse": a value said after a word of its own clause and a
  // member whose noun an auxiliary follows are two clauses; the member's noun is its own clause's subject. A list that
  // opens its sentence or clause ("Trois et quatre personnes ont été blessées", "Au total, 3 et 4 …") is one subject.
  const opensClause = i0 === 0 || toks[i0].nl || (toks[i0 - 1].kind !== 'w' && toks[i0 - 1].kind !== 'd');
  if (AUXILIARIES.has(toks[head.headEnd]?.t ?? '') && !opensClause) return undefined;
  return head;
}
/** A compound's participle has five letters or more ("-related", "-linked", "-owned"): a shorter word in -ed is most
 * often a noun or an adjective ("sea-bed", "blood-red"); the few short participles a compound uses are listed. */
const PARTICIPLE_MIN_CHARS = 5;
/** Short or irregular participles of compound adjectives ("army-led convoys", "state-fed schools"; fixrev19b): a
 * regular participle is read by its -ed; these have none or are too short to tell ("the 10 quake-hit provinces",
 * "three flood-stricken districts", "two war-torn countries", "five state-run hospitals", "12 rebel-held towns",
 * "200 foreign-born workers": unit41, the number counts the noun after the compound, never its first word). */
const SHORT_PARTICIPLES = new Set(['led', 'fed', 'hit', 'struck', 'stricken', 'torn', 'run', 'held', 'born', 'built', 'made']);
/** Is token k the first word of an English compound adjective "<word>-<participle>" ("storm-related", "heat-linked",
 * "state-owned"), glued on both sides of its hyphen and followed by a word on its line (the noun it qualifies)? The
 * participle is a lower-case word in -ed or one of SHORT_PARTICIPLES; the noun after it is what a number before the
 * compound counts. */
function compoundAdjectiveAt(toks: Tok[], k: number): boolean {
  const [w, dash, part, next] = [toks[k], toks[k + 1], toks[k + 2], toks[k + 3]];
  return !!(w && dash && part && next) && w.kind === 'w' && !w.cap && dash.t === '-' && dash.start === w.end && part.start === dash.end
    && part.kind === 'w' && !part.cap && ((part.t.length >= PARTICIPLE_MIN_CHARS && part.t.endsWith('ed')) || SHORT_PARTICIPLES.has(part.t)) && !dash.nl && !part.nl && !next.nl && next.kind === 'w';
}
/** Words of a percentage after a number, read by readHead itself ("49.7 percent—well within": a dash, no compound). */
const PERCENT_WORDS = new Set(['percent', 'pourcent', 'per']);
/** Where a compound of words glued by hyphens that starts at word k ends ("co-defendants", "city-area", "long-range"),
 * else undefined: two words at least, lower-case after the first (a name's parts, "Jean-Pierre", stay a name). */
function hyphenCompoundAt(toks: Tok[], k: number): number | undefined {
  let e = k + 1;
  while (toks[e]?.t === '-' && toks[e].start === toks[e - 1].end && !toks[e].nl && toks[e + 1]?.kind === 'w' && toks[e + 1].start === toks[e].end && !toks[e + 1].cap) e += 2;
  return toks[k]?.kind === 'w' && e > k + 1 ? e : undefined;
}
/** Is the word at k, glued by a hyphen to a number, a unit of the table ("6.0-Magnitude", a title's capital)? A
 * capitalised glued word is otherwise a name's part ("a 7-Eleven"), never the number's unit (units21). */
function gluedUnit(toks: Tok[], k: number): boolean {
  return conceptAt(toks, k)?.c.type === 'unit';
}
/** Are the tokens [i0, e) a bound's words only ("more than", "plus d'", "au moins"): words, an elision's apostrophe,
 * no number word and no connector of a number ("and", "et")? */
function boundBeforeOne(toks: Tok[], i0: number, e: number, lang: Lang): boolean {
  const T = TABLES[lang];
  for (let q = i0; q < e; q++) {
    const t = toks[q];
    if (t.t === "'" && t.kind === 'p') continue;
    if (t.kind !== 'w' || has(T.units, t.t) || has(T.mult, t.t) || t.t === T.and) return false;
  }
  return true;
}
/** Words of the shared stop list that are French function words but English nouns a number may be glued to: "car"
 * (French "because"), so "a 150-car train" counts cars as "a 12-page report" counts pages (unit40). */
const ENGLISH_NOUN_STOPWORDS = new Set(['car']);
/** Is the number [i0, i1) written in words (its last token a number word of the language)? */
const inWords = (toks: Tok[], i0: number, i1: number, lang: Lang): boolean => {
  const w = toks[i1 - 1];
  return i1 > i0 && w?.kind === 'w' && numberWord(w.t, lang);
};
/** After a number in words at [i0, i1), "(" digits ")": where reading its noun resumes, past the bracket; else 0. */
function restatedDigits(toks: Tok[], i0: number, i1: number, lang: Lang): number {
  if (!inWords(toks, i0, i1, lang) || toks[i1 + 1]?.kind !== 'd' || toks[i1 + 2]?.t !== ')' || toks[i1 + 2].nl) return 0;
  // A one-word number must be the bracket's value ("three (2) goals" restates nothing: two counts, or a slip); a
  // compound ("twenty-one (21)") is taken as restated, its value being the sum of its words.
  const units = TABLES[lang].units;
  const word = toks[i1 - 1].t;
  if (i1 - i0 === 1 && has(units, word) && units[word] !== Number(toks[i1 + 1].t.replace(/\D/g, ''))) return 0;
  return i1 + 3;
}
/** `moved`: the counted noun was read before "from X to Y" (fromToNoun): the values are a move, not a range. */
export interface Head { unit: string; category?: string; headEnd: number; own?: string; headRole?: string; leadIn?: boolean; moved?: boolean }
/** The counted thing of the number at tokens [i0, i1): its unit, category (entity, topic or role of people),
 * where the head noun ends, whose the things are ("274 Palestiniens", "Syrian soldiers") and a role said by
 * the noun itself ("120 morts"). `unitHint` is the caller's for dates, times, percentages, ordinals, years. */
/** `noWhole`: read no whole after the number ("of the 577 seats"). A whole's own head is read so (wholeOwnHead): a
 * whole's own whole is never needed, and reading it let a chain "2 of the 3 of the 4 of the …" recurse once a link.
 * `noList`: read no list member after the number (listMemberHead reads its member so: a member's own next member is
 * never read, and a chain "1 et 2 et 3 et …" recurses no deeper than one link). */
export function readHead(toks: Tok[], i0: number, i1: number, lang: Lang, unitHint?: string, noWhole = false, noList = false): Head {
  let unit = unitHint ?? 'number';
  let category: string | undefined;
  let headEnd = i1;
  let own: string | undefined;
  let headRole: string | undefined;
  let leadIn = false;
  let moved = false;
  // The counted noun right after the number.
  // A bound before the one ("more than one century", "plus d'un siècle", "over a decade") leaves it one: only words
  // of no number (the bound's) may stand before it in the phrase; "twenty-one", "vingt et un", "cent un" are not one.
  // Only before a span of time (spanNoun), as articleOfBoundSpan reads the article: "plus d'un accusé" is a vague
  // plural, not a count of one person to compare.
  const countsOne = ONE.has(toks[i1 - 1]?.t ?? '') && (i1 - i0 === 1 || (spanNoun(toks[i1]) && boundBeforeOne(toks, i0, i1 - 1, lang)));
  // "le puissant séisme de 6,2", "an earthquake of 6.2": a value with decimals after "de / of" and a noun of an event
  // measured on a scale of its own measures that event (concept `measure`); an integer there is more often a year
  // or a count ("le séisme de 2023").
  const fractional = i1 - i0 === 1 && toks[i0].kind === 'd' && !Number.isInteger(toks[i0].v);
  if (!unitHint && fractional && SKIP_BEFORE_HEAD.has(toks[i0 - 1]?.t ?? '')) {
    const q = toks[i0 - 1].t === "'" ? i0 - 3 : i0 - 2;
    const measure = q >= 0 ? conceptAt(toks, q)?.c.measure : undefined;
    if (measure) unit = unitHint = measure;
  }
  // "de magnitude 7", "a magnitude 6.8 earthquake": a unit written before its value.
  if (!unitHint) {
    const before = unitWrittenBefore(toks, i0);
    if (before) unit = unitHint = before;
  }
  if (!unitHint) {
    let adjective = false;
    let afterAux = false;
    let k = i1;
    let steps = 0;
    const adjNations: string[] = [];
    while (k < toks.length && steps < HEAD_LOOKAHEAD && !toks[k].nl) {
      const t = toks[k];
      if (t.kind === 'p' && CURRENCY.has(t.t) && steps === 0) { unit = CURRENCY.get(t.t)!; headEnd = k + 1; break; }
      // "101 Boeing 737-800 aircraft", "six F-16 fighter jets", "3 A400M aircraft": a model's name and code between
      // the count and its noun qualify the noun (furniture.ts modelAfterCount; the code is no figure). Read past only
      // when a noun of the table follows ("les 101 Boeing 737-800 exploités par …" names no noun after the model).
      if (k === i1) {
        const m = modelAfterCount(toks, k);
        const after = m > 0 && m < toks.length && !toks[m].nl ? conceptAt(toks, m) : null;
        // In English a plural noun the table lacks is the head too ("14 Sikorsky S-70 helicopters"); a French word
        // after the model is as often a participle ("exploités").
        const plural = !after && lang === 'en' && m > 0 && m < toks.length && toks[m].kind === 'w' && !toks[m].cap && !toks[m].nl && looksPlural(toks[m].t) && !STOPWORDS.has(toks[m].t);
        if ((after && (after.c.type === 'entity' || after.c.type === 'topic')) || plural) { k = m; steps++; continue; }
      }
      // "41.91 p.c of the vote", "a 26 pc stake": "per cent" abbreviated, as the Indian and some British press write it.
      const pc = k === i1 ? percentAbbrevAt(toks, k) : 0;
      if (pc) { unit = 'percent'; headEnd = k + pc; break; }
      // "a four-member gang", "a two-man crew", "a 300-strong force": a group's size, counted as its members. Not a
      // named body's ("the 577-member National Assembly", "the 15-member Security Council") nor an institution's (a
      // topic of the table: "the 650-member parliament"): its members are seats or states, which its sentence names
      // ("289 seats in the 577-member …", ellipsis.ts).
      const glued = toks[k + 1];
      const body = toks[k + 2] && (toks[k + 2].cap || (toks[k + 2].kind === 'w' && conceptAt(toks, k + 2)?.c.type === 'topic'));
      if (lang === 'en' && k === i1 && t.t === '-' && t.start === toks[i1 - 1].end && glued && glued.start === t.end && GROUP_SIZE_WORDS.has(glued.t) && !body) {
        category = MEMBERS;
        headEnd = k + 2;
        break;
      }
      // "a 6.2-magnitude quake", "a 12-page report", "a five-kilometre stretch": any other word glued to the number by a
      // hyphen is what the number measures or counts, a compound adjective of the noun after it; the number is never
      // read against that noun, nor (unit or category set) as an elided count of the noun of a count before it
      // (ellipsis.ts). A capital ("a 7-Eleven") is a name's part; a stop word ("a 9-to-5 job") or a scale word joins
      // two numbers; a group's size ("a 577-member assembly") is read above, or as its members' count by its sentence.
      if (lang === 'en' && k === i1 && t.t === '-' && t.start === toks[i1 - 1].end && glued && glued.start === t.end && glued.kind === 'w' && (!glued.cap || gluedUnit(toks, k + 1)) && (!STOPWORDS.has(glued.t) || ENGLISH_NOUN_STOPWORDS.has(glued.t)) && !LARGE_SCALES.has(glued.t) && !GROUP_SIZE_WORDS.has(glued.t) && glued.t.length > 2) {
        const h = conceptAt(toks, k + 1);
        // Such a compound writes its unit in the singular ("a 14,021-acre fire"): the plural names the same unit.
        const plural = h?.c.type === 'unit' ? undefined : lookup(`${glued.t}s`, 'unit');
        if (h && h.c.type === 'unit') unit = h.c.id;
        else if (plural) unit = plural.id;
        else category = h && (h.c.type === 'entity' || h.c.type === 'topic') ? h.c.id : unknownNoun(glued.t);
        headEnd = k + 2;
        break;
      }
      // "19 non-passengers", "12 non passagers": people who are not what the noun names are people still, and a role
      // or a noun elsewhere in the sentence may say what they are; never the negated noun's own count.
      if (t.t === NEGATION && k + 1 < toks.length && !toks[k + 1].nl) {
        const q = toks[k + 1].t === '-' ? k + 2 : k + 1;
        const h = q < toks.length ? conceptAt(toks, q) : null;
        if (h && h.c.type === 'entity' && PEOPLE_CATS.has(h.c.id)) { category = 'person'; headEnd = q + h.len; break; }
      }
      // "two of France's 11 public holidays": a possessive and the whole's own number stand between a
      // part and the noun it counts.
      if (lang === 'en' && toks[i1]?.t === 'of' && k > i1 && ((t.t === "'" && toks[k + 1]?.t === 's') || (t.kind === 'd' && toks[k - 1]?.t === 's'))) {
        k += t.kind === 'd' ? 1 : 2;
        continue;
      }
      // « plus d'un million » de manifestants: the quotation closes on the value; its noun is written after.
      if (t.t === QUOTE && k === i1 && insideQuote(toks, i0)) { k++; continue; }
      // "thirty-nine (39) people", "fifteen (15) days", "trente-neuf (39) personnes": a number in words restated in
      // digits in brackets, as official and legal texts write it; the noun after the brackets is the number's (read to
      // the bracket, it stayed a bare number). The digits themselves are left as they are read: their span would
      // run across the closing bracket.
      if (k === i1 && t.t === '(') {
        const past = restatedDigits(toks, i0, i1, lang);
        if (past) { k = past; continue; }
      }

      if (t.kind === 'p' && t.t !== "'" && t.t !== '%' && t.t !== DEGREE_SIGN) break;
      if (t.t === '%') { unit = 'percent'; headEnd = k + 1; break; }
      // "41,4°C", "40 °C", "104°F": a temperature, written with the degree sign and its scale's letter (CLDR's unit
      // names "temperature-celsius" / "temperature-fahrenheit"). A sign with no letter is read as Celsius, the scale
      // of news in both languages, only beside a word of temperature ("la température a atteint 41°"): "un virage à
      // 90°", "rotates through 360°" are angles.
      if (t.t === DEGREE_SIGN) {
        const next = toks[k + 1];
        const scale = next && !next.nl && next.kind === 'w' && next.start === t.end && (next.t === 'c' || next.t === 'f') ? next.t
          : next && !next.nl && next.kind === 'w' && next.start === t.end + 1 && (next.t === 'c' || next.t === 'f') ? next.t : '';
        if (!scale && !temperatureNear(toks, i0, k)) break;
        unit = scale === 'f' ? 'fahrenheit' : 'celsius';
        headEnd = k + (scale ? 2 : 1);
        break;
      }
      // "51.8C (125.2F)": a scale's letter glued to the value.
      if (k === i1) {
        const glued = gluedScale(toks, i0, i1);
        if (glued) { unit = glued; headEnd = k + 1; break; }
      }
      if (SKIP_BEFORE_HEAD.has(t.t) && steps <= 1) { k++; steps++; continue; }
      // "three storm-related deaths", "12 heat-linked deaths", "40 government-backed schools": a word glued by a hyphen
      // to a participle is a compound adjective of the noun after it, never the counted noun itself (read as one, the
      // deaths were counted as storms, or the hyphen ended the phrase on a bare number).
      if (lang === 'en' && compoundAdjectiveAt(toks, k)) { k += 3; steps++; continue; }
      // "the 50 co-defendants", "12 ex-soldiers", "two city-area factories": in a word glued by hyphens to the word
      // after it, the last word is the compound's head: a plural there is the counted noun ("co" alone counted
      // nothing and left the number bare); an English singular there makes the compound an adjective of the noun
      // after it. Not the number's own hyphen ("a 12-page report": read above).
      // Only English: a French compound puts its head first ("camions-citernes", "garde-côtes"). Only a first word the
      // table does not know: "49.7 percent—well within" is a unit and a dash, not a compound; "19 non-passengers" are
      // not passengers (read above).
      const compound = lang === 'en' && !conceptAt(toks, k) && !PERCENT_WORDS.has(t.t) && t.t !== NEGATION ? hyphenCompoundAt(toks, k) : undefined;
      if (compound) {
        const last = toks[compound - 1];
        if (looksPlural(last.t) && !INVARIABLE_S.has(last.t)) { k = compound - 1; continue; }
        if (toks[compound]?.kind === 'w' && !toks[compound].nl && !STOPWORDS.has(toks[compound].t)) { k = compound; steps++; continue; }
      }
      // "un seul passager", "une seule a survécu": "seul" right after "un" says only one; the noun, if any, is after it.
      if (countsOne && k === i1 && (t.t === 'seul' || t.t === 'seule')) { k++; steps++; continue; }
      // "3 milliards de livres": the French pound written without "sterling" (currency-codes.ts frenchPoundAt).
      if (lang === 'fr' && frenchPoundAt(toks, i0, i1, k, isPoundSign, isMoneyTok, (q) => moneyTopic(toks, q) !== undefined, () => moneyFrame(toks, i0, i0, lang) !== undefined)) { unit = 'pound'; headEnd = k + 1; break; }
      // "16 billion CHF", "2 milliards de CHF": a currency's code after the amount reads as its word does
      // (currency-codes.ts), with the currency's country as the amount's own.
      const coded = adjective ? undefined : currencyCodeAt(toks, k);
      if (coded) {
        if (coded.unit) unit = coded.unit; else category = unknownNoun(coded.noun!);
        own = coded.own;
        headEnd = k + 1;
        break;
      }
      const hit = conceptAt(toks, k);
      // "the temperature soared to 52 degrees", "47 degrés à l'ombre": a temperature in bare degrees ("degrees Celsius"
      // is the table's unit, read below).
      if (k === i1 && DEGREE_WORDS.has(t.t) && !(hit && hit.c.type === 'unit')) {
        const deg = bareDegrees(toks, i0, k, lang);
        if (deg) { unit = deg.unit; headEnd = deg.end; break; }
      }
      // "43.8 billion next year": past a word that is not the counted noun, a unit belongs to another phrase.
      if (adjective && hit && hit.c.type === 'unit') break;
      // "trois catégories de salariés": after the number, the word of a rank is a counted noun like any other; only
      // written before its value is it the scale's unit.
      if (hit && hit.c.type === 'unit' && BEFORE_VALUE_ONLY.has(hit.c.id)) {
        category = unknownNoun(t.t);
        headEnd = k + 1;
        break;
      }
      // "200 foot soldiers", "cut 200 HR jobs", "500 pieds de cannabis", "amputé des deux pieds": a unit's form that
      // is also another word is read as the unit only where the structure says a length or a time (unitMisread).
      if (hit && hit.c.type === 'unit' && unitMisread(toks, i0, k, lang)) break;
      if (hit && hit.c.type === 'unit') {
        unit = hit.c.id;
        headEnd = k + hit.len;
        break;
      }
      if (t.t === 'pour' && toks[k + 1]?.t === 'cent') { unit = 'percent'; headEnd = k + 2; break; }
      // "moins d'un pourcent": French writes "pour cent" in one word too (units21).
      if ((t.t === 'percent' || t.t === 'pourcent' || (t.t === 'per' && toks[k + 1]?.t === 'cent'))) { unit = 'percent'; headEnd = k + (t.t === 'per' ? 2 : 1); break; }
      // "a powerful 6.2 earthquake": a value with decimals counts no single thing; before a singular noun it measures
      // it, in the unit the table gives the noun's event (concept `measure`), else in no unit.
      // Not before a rate's "per" phrase (rates.ts): "1,68 enfant par femme" counts children, French writing the noun
      // singular below two.
      if (hit && (hit.c.type === 'topic' || hit.c.type === 'entity') && fractional && !looksPlural(toks[k + hit.len - 1].t)
        && !perPhraseAt(toks, k + hit.len, lang)) {
        if (hit.c.measure) { unit = hit.c.measure; headEnd = k + hit.len; }
        break;
      }
      if (hit && hit.c.type === 'topic') {
        // A general news noun ("3 réformes", "two holidays"): counted, and the same in both languages.
        category = hit.c.id;
        headEnd = k + hit.len;
        // "two assembly plants", "three parliament buildings": English puts the counted noun last in a compound, and
        // a thing the table counts after a topic noun is that noun (units20; as "300 hospital beds" below).
        const last = compoundLast(toks, headEnd, lang);
        if (last && looksPlural(toks[headEnd + last.len - 1].t)) { category = last.c.id; headEnd += last.len; }
        break;
      }
      if (hit && hit.c.type === 'entity') {
        category = hit.c.id;
        headEnd = k + hit.len;
        // "3,000 civil servant positions", "300 hospital beds": English puts the counted noun last in a compound.
        const next = compoundLast(toks, headEnd, lang);
        if (next) { category = next.c.id; headEnd += next.len; }
        // "Three police departments", "the two departments of the ministry": a noun before it or "of" after it makes
        // "departments" the services of a body, not the administrative divisions the concept `region` means.
        if (category === 'region' && toks[headEnd - 1].t === 'departments' && (next || adjective || toks[headEnd]?.t === 'of')) category = unknownNoun('departments');
        break;
      }
      // "177 elected deputies", "300 injured people": an English role before a noun is its adjective.
      if (hit && hit.c.type === 'role' && lang === 'en' && k + hit.len < toks.length && conceptAt(toks, k + hit.len)?.c.type === 'entity') { headRole = hit.c.id; k += hit.len; steps++; continue; }
      if (hit && hit.c.type === 'role') {
        // "224 suppressions de postes": a role's noun of an action counts the noun after it, as an unknown noun's does
        // below (actedNounAfter); the role is kept (key32: "224 jobs" elsewhere, not 224 people).
        const acted = actedNounAfter(toks, k);
        if (acted) { headRole = hit.c.id; category = acted.id; headEnd = acted.end; break; }
        // "120 morts", "300 blessés", "45 disparus": the role is the noun; the counted are people.
        headRole = hit.c.id;
        category = hit.c.id === 'casualty' ? 'casualty' : 'person';
        headEnd = k + hit.len;
        break;
      }
      if (hit && hit.c.type === 'nation' && lang === 'fr') {
        // "274 Palestiniens", "des milliers d'Ukrainiens": a people named by its nation.
        own = hit.c.id;
        category = 'person';
        headEnd = k + hit.len;
        break;
      }
      if (hit && hit.c.type === 'action' && DOERS.has(hit.c.id) && !adjective && (AUXILIARIES.has(toks[k - 1]?.t) || (lang === 'en' && t.t.endsWith('ed'))
        // "Millions of protests across France": millions of events of one kind are not held; in millions, a
        // noun of the action counts those who did it, as a headline writes it.
        || toks.slice(i0, i1).some((x) => LARGE_SCALES.has(x.t)))) {
        // "1.27 million protested", "des milliers ont manifesté": the number counts those who did it. A
        // noun of the action ("200 manifestations", "200 protests") counts events instead.
        category = DOERS.get(hit.c.id);
        headEnd = i1;
        break;
      }
      // "five bribery and perjury counts", "three bus and train depots": English coordinates two singular nouns that
      // qualify one plural head; the head is the counted noun (read up to "and", the number counted nothing and so met
      // "cinq chefs d'accusation" in no unit). Only after a singular word passed as an adjective, one singular word
      // after "and / or", then a plural noun of the table: "two men and women" (a plural first) or "12 police and army
      // officers" (police is no adjective here) are left as they were.
      if (lang === 'en' && adjective && (t.t === 'and' || t.t === 'or') && coordinatedModifierHead(toks, k)) { k += 2; steps++; continue; }
      // "2 billion US Dollars", "15 million U.S. dollars": the country's initials before a unit of the table name whose
      // unit it is; folded, "US" is the pronoun "us" (a stop word), and the number was read with no unit.
      const initials = lang === 'en' ? countryInitialsBeforeUnit(toks, k) : 0;
      if (initials) { k += initials; steps++; continue; }
      if (AUXILIARIES.has(t.t) && steps === 0) { k++; steps++; afterAux = true; continue; }
      if (hit && hit.c.type === 'nation' && lang === 'en') { adjNations.push(hit.c.id); k += hit.len; steps++; continue; }
      if (hit && hit.c.type === 'modifier' && lang === 'en') { k += hit.len; steps++; continue; }
      // "les huit principaux syndicats", "deux grands hôpitaux": French puts these few adjectives before the noun.
      // Only before a word: "110 000 jeunes" ends on the adjective, which is then the noun (young people).
      if (lang === 'fr' && ((FR_PRENOMINAL.has(t.t) && !hit) || (FR_NEXT.has(t.t) && FR_NEXT_NOUN_END.test(toks[k + 1]?.t ?? ''))) && toks[k + 1]?.kind === 'w' && !toks[k + 1].nl && !STOPWORDS.has(toks[k + 1].t)) { k++; steps++; continue; }
      // "39 sont issus des rangs du parti", "31 étaient soutenus par", "40 were rescued": after an auxiliary or a
      // copula, a word the table does not know is a participle or an adjective, not the counted noun.
      if (afterAux && !hit) break;
      // "68 000 hors Rennes": a preposition ends the phrase; what follows it is not the counted noun.
      if (INVARIABLE_S.has(t.t)) break;
      // "contre 54,92 milliards attendus", "20,000 expected": a participle of expecting (cue `expected`) says the value
      // is a forecast (counts.ts forecastParticiple), it is no counted noun.
      if (t.kind === 'w' && !hit && isCue(t.t, 'expected')) break;
      // "dépassant les 326 nécessaires pour la majorité", "the 270 needed to win": a participle of need right after
      // the number, said of the count, is no counted noun either (read so, "nécessaires" gave the count a unit of its
      // own, w:necessair); threshold.ts reads the need. Before a noun it is an adjective: "the 218 needed votes".
      if (k === i1 && neededOfCount(toks, k)) break;
      // "from 27,000 to 16,000 within six years": a number word is another number, never the counted noun (read as one,
      // "six" gave the count a unit of its own, w:six). After "des / of" too ("deux des six ouvriers"): the whole's noun
      // is the part's, as with digits ("deux des 6 ouvriers", wholeNounAfter). unit33 kept "w:six" there because the part
      // then met "Two workers were rescued" across keys; a noun of remains before the part ("les corps sans vie de deux
      // des six ouvriers", countedBeforeOf) now keeps that part its own count (unit45: haneda fr +2 right, cross-key
      // between unrelated keys unchanged).
      if (t.kind === 'w' && !hit && wholeNumberWord(t.t, lang)) break;
      if (t.kind === 'w' && !STOPWORDS.has(t.t) && t.t.length > 2 && !hit) {
        // A noun the table does not know: its stem, so the same language can still match it. Counted nouns
        // are plural in both languages ("210 martyrs", "deux lieux"); a singular word after a number is an
        // adjective ("two separate buildings") or starts the next phrase ("43.8 billion next year").
        // Before a rate's "per" phrase (rates.ts) a singular noun is the counted one: "1,45 enfant par foyer", French writing
        // the noun singular below two.
        if (!looksPlural(t.t) && !countsOne && !(fractional && perPhraseAt(toks, k + 1, lang, { decimal: true }))) { k++; steps++; adjective = true; continue; }
        // "2.4 million Zephyr tablets", "two Rotary clubs": in English a capitalised word before a plural noun of
        // its phrase is a name that qualifies it, and the counted thing is that noun, the compound's head (units21).
        // Only a name: a lower-case plural before another plural ends its phrase ("the 12 reforms lawmakers passed").
        if (nameBeforeHead(toks, k, lang)) { k++; steps++; adjective = true; continue; }
        // "129 hospitalisations", "40 arrestations", "300 displacements": a noun of a fate only people have, made from
        // its verb, counts the people it befell, as the role's own noun does ("120 morts").
        const nominal = roleOfNominal(t.t);
        if (nominal) { headRole = nominal; category = 'person'; headEnd = k + 1; break; }
        // "73 000 créations d'emplois", "12 fermetures d'usines": a noun of an action before "de / of" and a noun the
        // table knows counts that noun, one action per thing (a job created, a plant closed).
        const acted = actedNounAfter(toks, k);
        if (acted) { category = acted.id; headEnd = acted.end; break; }
        category = unknownNoun(t.t);
        headEnd = k + 1;
        break;
      }
      break;
    }
    // "de magnitude 6,2 et 5,4", "magnitude 6.2 or 6.4": a value coordinated right after a value measured by a unit
    // written before it, and with no counted noun of its own, is measured by that unit too, not by a noun later in
    // the sentence ("… ont causé la mort de 2 719 personnes").
    if (unit === 'number' && !category) {
      const left = coordinatedUnit(toks, i0);
      if (left) unit = left;
    }
    // "les restes de 14 victimes", "the remains of the 256 people", "the families of nine victims": a noun of remains or
    // of kin before the number is what it counts; the people after it are whose remains or kin they are.
    const governing = unit === 'number' ? countedBeforeOf(toks, i0) : undefined;
    if (governing) { category = governing; headRole = undefined; own = undefined; adjNations.length = 0; }
    if (unit === 'number' && !category) category = groupOfBefore(toks, i0);
    if (unit === 'number' && !category) {
      // "the number of fatalities ... has risen to 2,862": a role of people counts people in that role. "The death toll
      // from the earthquake, which struck …, rose to 13": the subject of a verb of reaching, however long.
      const h = howManyBefore(toks, i0) ?? reachSubjectBefore(toks, i0, lang);
      if (h && concept(h)?.type === 'role') { headRole = h; category = h === 'casualty' ? 'casualty' : 'person'; } else category = h;
    }
    if (unit === 'number' && !category) { category = fromToNoun(toks, i0, i1); moved = !!category; }
    // "Sa magnitude a été estimée à 7,5", "its magnitude was revised to 7.5": the value of a scale's noun said before.
    if (unit === 'number' && !category) {
      const measured = measuredSubjectBefore(toks, i0, i1);
      if (measured) unit = unitHint = measured;
    }
    if (unit === 'number' && !category) {
      const h = copulaSubjectBefore(toks, i0);
      if (h && concept(h)?.type === 'role') { headRole = h; category = h === 'casualty' ? 'casualty' : 'person'; } else category = h;
    }
    // "Les effectifs n'ont augmenté que de 73 000", "Federal government jobs fell by 12,000": the size of a change with
    // no noun of its own counts what the subject of its verb names (nounBeforeWith: the nearest noun of the table
    // before the verb in its clause, no number between).
    if (unit === 'number' && !category) {
      const v = changeVerbBefore(toks, i0, lang);
      if (v >= 0) category = subjectHeadBefore(toks, v);
    }
    // "would win 172 to 215 of the 577 seats", "182 sur les 577 sièges": a part counts what its whole does.
    if (unit === 'number' && !category && !noWhole) {
      const whole = wholeNounAfter(toks, i1, lang);
      if (whole) { category = whole.category; headRole = whole.role ?? headRole; }
    }
    // "1,500 of those deaths", "12 of the victims were children", "trois des blessés": a part of a whole named without
    // a number counts its noun, as a lead-in's part does ("Among the victims, 12 …"), and is a part (counts.ts).
    // A fraction ("2/3 of its members", "two-thirds of the deputies") is a share of its whole, not a count (counts.ts).
    const fraction = toks.slice(i0, i1).some((t) => t.t === '/' || has(TABLES[lang].denom, t.t) || (t.kind === 'd' && t.v < 1));
    if (unit === 'number' && !category && !fraction) {
      const whole = wholeNounNoNumber(toks, i1, lang);
      if (whole) { category = whole.category; headRole = whole.role; leadIn = true; }
    }
    // "Among the 175 passengers, 173 were Korean", "Parmi les morts, 12 étaient des enfants": a bare number that opens
    // the clause after a lead-in naming a whole is a part of it, and counts its noun.
    if (unit === 'number' && !category) {
      const whole = leadInWhole(toks, i0, lang);
      if (whole) { category = whole.category; headRole = whole.role; leadIn = true; }
    }
    // "The coalition won the most seats in parliament, with 182": a bare number after "with / avec" counts
    // the noun its clause named without a number.
    if (unit === 'number' && !category && WITH.has(toks[i0 - 1]?.t ?? '')) category = nounBeforeWith(toks, i0 - 1);
    // "raise the retirement age from 62 to 64", "the age of 64": an age, in years.
    if (unit === 'number' && !category && ageBefore(toks, i0)) unit = unitHint = 'years';
    // "people over 65", "children under 5": a bound after a plural noun of people and before a bare whole number is
    // a bound on their age, in years.
    if (unit === 'number' && !category && ageBoundAfterPeople(toks, i0, i1)) unit = unitHint = 'years';
    // "€43.8 billion", "$3 trillion": the currency sign before the number is its unit.
    // "USD 10 billion", "EUR 500 million": a currency's code written before the amount, as its sign is.
    // "CHF 16bn", "CHF100 billion": the code of a currency the table names by its word only reads as that word, with
    // the currency's country as the amount's own (currency-codes.ts); a noun after it is what the money is for, as
    // after a sign.
    const codedBefore = unit === 'number' ? currencyCodeBefore(toks, i0) : undefined;
    if (codedBefore?.own && !adjNations.length) {
      unit = codedBefore.unit ?? 'number';
      category = codedBefore.unit ? undefined : unknownNoun(codedBefore.noun!);
      own = codedBefore.own;
      headRole = undefined;
      headEnd = i1;
    }
    else if (unit === 'number' && !category) unit = CURRENCY.get(toks[i0 - 1]?.t ?? '') ?? codedBefore?.unit ?? unit;
    // "$102 million worth of jewelry", "€40 billion savings": with a currency sign before it the number is an amount of
    // money whatever noun follows; the noun is what the money is worth or is spent on, the amount's frame only when it
    // is a budget noun (moneyFrame, read from the number on). Read as the count's noun, it gave the amount a unit no
    // other amount has ("t-jewel").
    else if (unit === 'number' && category && !adjNations.length && CURRENCY.has(toks[i0 - 1]?.t ?? '')) {
      unit = CURRENCY.get(toks[i0 - 1].t)!;
      category = undefined;
      headRole = undefined;
      own = undefined;
      headEnd = i1;
    }
    // "respectivement 25 et 24 sièges", "3,4 milliards et 968 millions de dollars": a value with no noun of its own
    // right before "et / and" and a value whose noun is written after it counts that noun too (listMemberHead). Last of
    // the readings of a bare value: a noun said before it ("Death toll at 211 and 5,000 more soldiers deployed": the
    // toll's) or a currency sign is its own and nearer.
    if (unit === 'number' && !category && !adjNations.length && !noList) {
      const next = listMemberHead(toks, i0, i1, lang);
      if (next) { unit = next.unit; category = next.category; headRole = next.headRole; own = next.own ?? own; }
    }
    // "un effort de 40 milliards", "€4 billion in savings": an amount of money counts what its budget noun says.
    if (MONEY_UNITS.has(unit) && !category) category = moneyFrame(toks, i0, headEnd, lang);
    // "un effort de 40 milliards", "an effort made to reach 43.8 billion next year": a large amount with no
    // unit whose noun is a budget noun is money, in the currency its text names most.
    else if (unit === 'number' && !category && !adjNations.length && toks.slice(i0, i1).some((t) => LARGE_SCALES.has(t.t))) {
      const frame = moneyFrame(toks, i0, i1, lang);
      const currency = frame ? textCurrency(toks) : undefined;
      if (frame && currency) { unit = currency; category = frame; }
    }
    // "C$5 billion", "HK$2 billion": the letters glued before the dollar sign name whose dollar it is.
    if (unit === 'dollar' && !own && !adjNations.length) own = dollarPrefixBefore(toks, i0);
    if (adjNations.length) {
      own = adjNations[adjNations.length - 1];
      // "274 Palestinians were killed": the nation is the noun, the counted are people.
      if (!category && unit === 'number') { category = 'person'; headEnd = k; }
    }
  }
  return { unit, category, headEnd, own, headRole, leadIn, moved };
}

/** How far before the number (tokens) a verb whose object is the counted people may stand: "employ a total of 1,254
 * people" (a determiner, a word of total and "of" between). */
const OBJECT_VERB_LOOKBACK = 4;
/**
 * People counted with no word of who they are ("955 people", a bare number) whose verb takes them as its object
 * ("the plant employs 955 people", "qui emploie 955 personnes", "955 people employed") are what that verb makes
 * them: a verb of the word list with an `object` (concepts.json: employing makes employees). Only right before the
 * number, within its phrase, or right after the counted noun.
 */
export function objectOfVerb(toks: Tok[], i0: number, headEnd: number): string | undefined {
  for (let k = i0 - 1; k >= 0 && k >= i0 - OBJECT_VERB_LOOKBACK; k--) {
    if (toks[k].kind !== 'w' || toks[k + 1].nl) break;
    const o = lookup(toks[k].t, 'word')?.object;
    if (o) return o;
  }
  const after = toks[headEnd];
  return after && after.kind === 'w' && !after.nl ? lookup(after.t, 'word')?.object : undefined;
}

/** People counted with no word of who they are, or only by their nation ("quatre Israéliens", "300 people"):
 * a predicate of the sentence may say what they are. */
const PREDICATE_GENERIC = new Set(['person', 'man', 'woman']);
/** Words after which a noun with no determiner is a predicate of the subject or an object complement, not a
 * thing of its own: copulas ("étaient otages", "were prisoners"), French "en" / "comme" and English "as"
 * ("retenus en otage", "taken as prisoners"), and the English participles of verbs that take an object
 * complement ("held hostage", "kept prisoner", "taken hostage"). */
const PREDICATE_LINKS: Record<Lang, ReadonlySet<string>> = {
  fr: new Set(['en', 'comme', 'est', 'sont', 'etait', 'etaient', 'ete', 'sera', 'seront', 'restent', 'restaient', 'demeurent', 'devenus', 'devenues']),
  en: new Set(['as', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'remain', 'remained', 'remains', 'became', 'become', 'held', 'kept', 'taken', 'holding', 'keeping', 'taking']),
};
/** Copulas after which a nation's word is the predicate of a part ("323 of the dead were Egyptians", "12 de ces morts
 * étaient marocains"): the part is that nation's count. */
const COPULAS: Record<Lang, ReadonlySet<string>> = {
  fr: new Set(['est', 'sont', 'etait', 'etaient', 'ete']),
  en: new Set(['is', 'are', 'was', 'were', 'been']),
};
/** How far (tokens) after the part's noun its copula and predicate nation may stand ("were all Egyptians"). */
const PREDICATE_NATION_REACH = 4;
/** Is a nation the predicate of the part ending at headEnd: a copula, then (an adverb or an article between) a word of
 * a nation ("were Egyptians", "were mostly Egyptian", "étaient des Égyptiens")? */
export function predicateNation(toks: Tok[], headEnd: number, lang: Lang): boolean {
  let k = headEnd;
  while (k < toks.length && k < headEnd + PREDICATE_NATION_REACH && !toks[k].nl && !COPULAS[lang].has(toks[k].t)) {
    if (toks[k].kind === 'p' || isNumberTok(toks[k])) return false;
    k++;
  }
  if (!COPULAS[lang].has(toks[k]?.t ?? '')) return false;
  for (let q = k + 1; q < toks.length && q <= k + 3 && !toks[q].nl && toks[q].kind === 'w'; q++) {
    const h = conceptAt(toks, q);
    if (h) return h.c.type === 'nation';
  }
  return false;
}
/** Links that are also conjunctions ("as police fear", "comme les secours le craignent"): a predicate only when no verb
 * follows the noun. */
const CONJUNCTION_LINKS = new Set(['as', 'comme']);
/** How far (tokens) after the counted noun its predicate may stand: "When the four Israelis woke up in Gaza
 * City on Saturday, they had been held hostage": a subordinate clause, a pronoun and the verb. */
const PREDICATE_LOOKAHEAD = 18;
/** Words that open an indirect question or a condition ("had not determined how many of them were fighters or
 * civilians", "on ne sait pas combien étaient soldats"): a predicate after them is asked, not said. */
const PREDICATE_STOP = new Set(['how', 'whether', 'if', 'combien', 'si']);
/** A predicate noun followed by "or / ou" is one of alternatives ("fighters or civilians"): not said of the count. */
const ALTERNATIVE = new Set(['or', 'ou']);
/**
 * What people counted without a word of who they are ("quatre Israéliens", "250 personnes", a bare number)
 * are, said by a predicate noun of their sentence: a people noun with no determiner after a copula, "en /
 * as" or a verb of holding ("les quatre Israéliens étaient otages", "they had been held hostage", "en
 * prenant environ 250 en otage", "taking 250 people hostage"). A noun after a determiner ("the hostages")
 * is a thing of its own; another count before it ends the search (it may be that count's).
 */
export function predicateNoun(toks: Tok[], i1: number, headEnd: number, lang: Lang, category: string | undefined): string | undefined {
  if (category !== undefined && !PREDICATE_GENERIC.has(category)) return undefined;
  for (let k = headEnd; k < toks.length && k < headEnd + PREDICATE_LOOKAHEAD; k++) {
    const t = toks[k];
    if (k > headEnd && t.nl) return undefined;
    if (BOUNDARY.has(t.t) || PREDICATE_STOP.has(t.t) || (k >= i1 && isNumberTok(t))) return undefined;
    const h = t.kind === 'w' ? conceptAt(toks, k) : null;
    if (!h || h.c.type !== 'entity' || !PEOPLE_CATS.has(h.c.id) || PREDICATE_GENERIC.has(h.c.id)) continue;
    // "taking 250 people hostage": right after the counted noun, an object complement.
    const prev = toks[k - 1]?.t ?? '';
    if (ALTERNATIVE.has(toks[k + h.len]?.t ?? '')) return undefined;
    // "has risen to at least 211, as police fear more bodies are hidden": "as / comme" before a noun with its own
    // verb after it opens a clause, whose subject that noun is.
    if (CONJUNCTION_LINKS.has(prev) && toks[k + h.len]?.kind === 'w' && !STOPWORDS.has(toks[k + h.len].t)) continue;
    if ((k === headEnd && category !== undefined) || PREDICATE_LINKS[lang].has(prev)) return h.c.id;
  }
  return undefined;
}
