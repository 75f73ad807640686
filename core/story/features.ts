/**
 * What an article is about, as weighted features that cross languages.
 *
 * Feature keys:
 *   c:<concept>   a concept of the shared table (core/concepts): a nation, a counted entity, a news topic
 *   p:<name>      a proper name, folded to a spelling-neutral key (Netanyahou/Netanyahu, Haouz/Hauz); a party
 *                 of the concept table by its id in both languages (p:p-rn: "Rassemblement national", "National Rally")
 *   n:<value>     a number of 100 or more ("10.000", "10,000" and "10 000" meet as n:10000; "1,272 million"
 *                 and "1 272 000" as n:1270000, to three significant digits from 10,000 on); when the noun right
 *                 after it is a role ("1 644 morts"), that role rides beside the key (Feature.tally), not in it
 *   k:<value>:<concept> a small count with what it counts ("quatre otages" / "four hostages": k:4:hostage); a count
 *                 of people named by no trade or side told with a verb of what befell them ("18 people died") keeps
 *                 that role beside it (Feature.tally, tollOfPlainCount)
 *   d:<month>-<day> a day of the year ("31 janvier", "January 31", "Jan. 31")
 *   t:<lang>:<stem> any other content word (only meets pages in the same language)
 * Every feature carries its specificity: how rare it is in everyday language (background.ts). No
 * word list of any story: a story's vocabulary is whatever its articles name and repeat.
 */
import { words, STOPWORDS, type Word } from '../text/words';
import { looksTitleCase, subheads } from '../text/title-case';
import { fold } from '../text/fold';
import { nameKey } from '../text/names';
import { datelineCredit as findDatelineCredit } from '../text/dateline';
import { concept, conceptIds, conceptsOf, isCountryForm, isPeopleRole, isReadAs, lookup, partyNameAt, phrasesStartingWith, type Concept } from '../concepts/index';
import { hasSenses, lookupAt } from '../concepts/senses';
import { rarity } from './background';
import type { Lang } from '../types';

/** nation: a nation of the concept table; topic: any other concept; the rest as the keys above. */
export type FeatureClass = 'nation' | 'topic' | 'name' | 'number' | 'date' | 'term';

export interface Feature {
  key: string;
  cls: FeatureClass;
  /** How specific to a story: 1 for names and rare words, near 0 for everyday words. */
  spec: number;
  /** Sum of position weights of its occurrences (title and lead count more). */
  weight: number;
  /** How it is spelled where it first appears prominently, for the "why" list. */
  display: string;
  /**
   * For a number (n:) whose next word is a noun of what befell people (a `role` of the table: "1 644 morts", "2,376
   * injured"; countedNoun reads only the noun right after the number, so "1,644 people were killed" gives none): that role. The number stays keyed by its value alone, so that "1,644 people" meets "1 644 morts"; the role lets the
   * story index read two tolls of one thing given at two moments as one tally (tallyShared in index.ts).
   */
  tally?: string;
}

/** Title words say what the article is mainly about: they count as this many body mentions. */
const TITLE_WEIGHT = 3;
/** The lead (first sentences) states the story; later paragraphs drift to context. */
const LEAD_WEIGHT = 2;
/** Characters of body text that count as the lead: about the first two news sentences. */
export const LEAD_CHARS = 400;
/** A name must be this long to count: shorter capitalised tokens are initials and noise. */
const MIN_NAME_LENGTH = 3;
/** Content words shorter than this are mostly function words the stop list misses. */
const MIN_TERM_LENGTH = 4;
/** Numbers below this are too common ("3 districts", "12 people") to tie two articles together. */
export const MIN_ANCHOR_NUMBER = 100;
/**
 * A sentence's first word is a name only when it is this rare (1: absent from the background's everyday
 * words): at a sentence's start a capital marks nothing, and a rare word there is a name far more often.
 */
const START_NAME_RARITY = 1;
/**
 * ... and only when the article writes it, always capitalised, at least this many times: an actor is named again
 * ("Dunlop said", "Dunlop, which employs"), a sentence adverb or adjective that opens one sentence is not.
 */
const START_NAME_REPEATS = 2;
/** How an article writes its words: the stems it writes in lower case, and how often each is capitalised. */
interface DocCase {
  lower: Set<string>;
  capitals: Map<string, number>;
  /** How it uses its names: as a first name, as a place. */
  names: NameUses;
  /** Its publication day (YYYY-MM-DD), which places the weekdays it names (weekdayMentions). */
  published?: string;
}
/**
 * A capitalised word that is also an everyday word ("Front", "Rally", "Assembly") keeps at least this
 * specificity as a name: capitalised mid-sentence, it names something, but less surely than "Haouz".
 */
const NAME_MIN_SPEC = 0.5;
/**
 * A name's specificity: how rare its word is in the rarer-reading of the two languages (the smaller rarity). A name is
 * one key in both languages, so it weighs the same whichever language the article is in: read in its own language
 * only, an English word naming something in a French article ("No Kings Day", "Key Bridge", "Fox News") was as rare
 * as "Haouz" there (the French background lacks English words), and half that in the English articles it must meet.
 * Measured (session 16, 28 stories, story-quick, dated): 62 same-story pages up, 27 down (at most -0.015), recall
 * 177 -> 180/196 (epidemic en particle 0.344 -> 0.351, nokings fr pressenza 0.349 -> 0.361, earnings fr worldissmall
 * 0.349 -> 0.350), false 3/62, no negative crossed (belgrade's, already over, 0.487 -> 0.497).
 */
function nameSpec(norm: string): number {
  return Math.max(NAME_MIN_SPEC, Math.min(rarity(norm, 'fr'), rarity(norm, 'en')));
}
/**
 * Small counts are anchors only with what they count: "quatre otages" / "four hostages" tells one
 * event from another ("deux otages"), where a bare 4 ties nothing. From 2: "un"/"one" is an article.
 */
const MIN_COUNT = 2;
/**
 * Counts news writes in words, in both languages: the small ones up to twelve and the round tens a
 * toll or a delegation is given in; larger counts are written in digits.
 */
const COUNT_WORDS = new Map<string, number>(
  (
    'deux:2 trois:3 quatre:4 cinq:5 six:6 sept:7 huit:8 neuf:9 dix:10 onze:11 douze:12 quinze:15 vingt:20 trente:30 cinquante:50 ' +
    'two:2 three:3 four:4 five:5 six:6 seven:7 eight:8 nine:9 ten:10 eleven:11 twelve:12 fifteen:15 twenty:20 thirty:30 fifty:50'
  ).split(' ').map((p) => { const [w, n] = p.split(':'); return [w, Number(n)] as [string, number]; }),
);
const COUNT_WORD = new RegExp(`\\b(?:${[...COUNT_WORDS.keys()].join('|')})\\b`, 'g');
/** Concept types that say what a number counts (people, hostages, the dead). */
const COUNTED_TYPES = new Set(['entity', 'role', 'topic']);
/** Characters after a number read for its counted noun: two words of news prose ("otages israéliens") fit. */
const COUNTED_NOUN_REACH = 40;
/** The counted noun right after a number, or after one word ("four Israeli hostages"), with where it ends. */
function countedNoun(folded: string, at: number): { id: string; type: string; end: number } | undefined {
  const re = /^[ \u00A0\u202F]+([a-z]+)(?:[ \u00A0\u202F]+([a-z]+))?/;
  const m = re.exec(folded.slice(at, at + COUNTED_NOUN_REACH));
  if (!m) return undefined;
  for (const [k, w] of [m[1], m[2]].entries()) {
    if (!w) break;
    const c = conceptsOf(w).find((x) => COUNTED_TYPES.has(x.type));
    if (c) return { id: c.id, type: c.type, end: at + (k === 0 ? m[0].indexOf(m[1]) + m[1].length : m[0].length) };
  }
  return undefined;
}

/** Round numbers (multiples of 100: "1 000", "500") recur in unrelated stories; exact ones do not. */
const ROUND_NUMBER_SPEC = 0.5;

/**
 * News agencies, named in a report's credit line or as its source ("selon l'AFP", "Reuters reported"): every story of
 * every topic names them, and a page and an article that do so share a wire, not a story. As names (specificity 1)
 * they took a share of a core as large as a place's: a page quoting Reuters lost that share against articles that credit
 * AFP. Measured (session 15, 24 stories, dated pages): 25 pages rose, same-story recall 151 -> 153/167 (kumbh fr
 * 0.317 -> 0.359, canada en 0.348 -> 0.359), no negative crossed (a European-election page 0.337 -> 0.349, the highest
 * hard negative 0.525 -> 0.528). Written out: "Agence France-Presse", whose parts would name France. "Associated Press"
 * stays a name ("press"): measured, dropping it raised an election article crediting AP against every page, and a
 * European-election hard negative crossed the threshold (0.349 -> 0.355).
 */
const NEWS_AGENCIES = 'reuters afp dpa ansa efe xinhua pti ians upi belga anadolu tass kyodo yonhap bernama france-presse';
/**
 * Newspapers and broadcasters cited as a report's source ("the BBC reported", "according to the Washington Post",
 * "selon Franceinfo"), as NEWS_AGENCIES are: any story of any topic cites them, so a page and an article citing one
 * share a source, not a story, and a page citing none lost its share against the article that did. Chosen: the
 * outlets the development set's texts cite most that are no other word's name (written as one word, or the last word
 * of a title: "Al Jazeera"); not chosen (not measured): TF1, RFI, Libération (also a common noun at a sentence's
 * start), Ouest-France, Fox (also a surname). These are no names wherever they stand (NOT_NAMES).
 */
const NEWS_OUTLETS = 'bbc cnn nbc bfmtv franceinfo politico axios jazeera guardian figaro parisien telegraph';
/**
 * Outlets whose name is also a person's surname or another body's acronym ("Michael Bloomberg", "Central Bureau of
 * Statistics (CBS)"): an outlet unless a given name stands before it or it is set in brackets after capitalised words,
 * the acronym of the body those words name (outletAt).
 */
const NEWS_OUTLETS_IN_CONTEXT = new Set(['bloomberg', 'cbs']);
/**
 * The kind of paper that ends a multi-word title ("Washington Post", "Financial Times", "Sky News", "Pittsburgh
 * Post-Gazette"), which the word before it joins: listed instead of every paper's name. Each is also a common word that
 * opens or ends other names ("Times Square", "Ellen Post"), so it is a paper's only where it ends a run of two or more
 * capitalised words and no kind of place follows (outletAt), and a hyphenated compound with one of them is a paper's
 * title, no name (joinedNames: "Post-Brexit" at a sentence's start too). Side effects: the word before a title
 * ("Washington" in "Washington Post") is not recorded as a first name (nameUses); a surname that is a kind word after a
 * given name ("said Ellen Post") is lost as a name. "Journal officiel" keeps "Journal" as a name (no capital before it).
 * Measured (session 47, story-quick, dated reading, 154 stories, with all outlets in NOT_NAMES): 168 pages moved the
 * right way, 36 the wrong way (at most -0.04, eurofinal en radiotimes, a page on a broadcast's audience), no verdict
 * changed. "Associated Press" stays a name (session 15: see NEWS_AGENCIES).
 */
const PAPER_KINDS = new Set('times post journal news tribune herald gazette'.split(' '));
/** Two capitalised words one space apart: one name's words. */
const spaceJoined = (a: Word | undefined, b: Word | undefined, text: string): boolean =>
  !!a && !!b && a.capitalized && b.capitalized && b.start - a.end === 1 && (text[a.end] === ' ' || text[a.end] === '\u00A0');
/**
 * Whether the word at j is an outlet's name by where it stands: a paper's kind word ending a run of capitalised words
 * with no kind of place after it ("the Washington Post reported", not "Times Square"), or an outlet named in context
 * with no given name before it and not in brackets after capitalised words ("according to Bloomberg", not "Michael
 * Bloomberg" nor "Bureau of Statistics (CBS)").
 */
function outletAt(ws: Word[], j: number, text: string): boolean {
  const w = ws[j];
  if (!w?.capitalized) return false;
  if (PAPER_KINDS.has(w.norm)) return spaceJoined(ws[j - 1], w, text) && !(spaceJoined(w, ws[j + 1], text) && PLACE_KINDS.has(ws[j + 1].norm));
  if (!NEWS_OUTLETS_IN_CONTEXT.has(w.norm)) return false;
  if (spaceJoined(ws[j - 1], w, text)) return false;
  const bracketed = text[w.start - 1] === '(' && text[w.end] === ')' && /\p{Lu}[\p{L}.-]*\s\($/u.test(text.slice(Math.max(0, w.start - 40), w.start));
  return !bracketed;
}
/**
 * Agencies whose acronym is also a given name or another body's acronym ("Ani", the APA of psychologists): an agency
 * only when written in capitals, as credit lines write them ("(ANI)", "selon l'ATS").
 */
const AGENCY_ACRONYMS = new Set(['ani', 'apa', 'ats']);
const isAgencyAcronym = (w: Word): boolean => AGENCY_ACRONYMS.has(w.norm) && w.raw === w.raw.toUpperCase();

/**
 * Time zones ("18:45 GMT", "14 h UTC", "8 pm HKT"): a clock's reference, which any report of any story may give beside
 * an hour, so two articles sharing one share a way of telling the time, not a story. As names they weighed as a place.
 * They are left out wherever they stand: written in capitals, none of them is another word's name.
 */
const TIME_ZONES = 'gmt utc cet cest bst edt est pdt pst cdt cst mdt mst hkt ist jst msk aest aedt eet eest';

/**
 * Capitalised words that are not names: days, months, titles and institutions' common nouns
 * ("Secretary General", "Conseil"), news agencies, news outlets (NEWS_OUTLETS) and time zones. English capitalises all
 * of them; French capitalises some.
 */
const NOT_NAMES = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december ' +
    'lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre ' +
    'secretary general president prime minister ministry minister defense defence foreign affairs national service services chief leader department state ' +
    'council conseil interieur interior atlantique alliance affaires etrangeres ministre secretaire premier mr mrs ms dr m mme direct live update updates breaking ' +
    'north south east west nord sud est ouest jan feb mar apr jun jul aug sep sept oct nov dec ' +
    // The English first person joined to its verb, capitalised wherever it stands: read as a name, "I'm" was the
    // heaviest name of a page quoting its people at length (seven in one report of a race's start). Folded, so every
    // apostrophe `fold` knows (’, ʼ, ‘, the backtick) is the one written here.
    "i'm i've i'd i'll " +
    // A news page's labels before its lead, set in capitals or not ("INFO. Le maire...", "VIDÉO. ...", "MAJ"): the
    // page's kind of item, which any story's page may show. The French background list lacks some of them ("info").
    'info infos maj video videos photo photos alerte ' +
    // A rank on a scale, which English capitalises before its number ("a Category 4 hurricane", "Category 5 storm") where
    // French writes "catégorie 4": every storm of every season is given one, so as a name it met other storms, and
    // English pages only.
    'category categories ' +
    NEWS_OUTLETS + ' ' +
    NEWS_AGENCIES + ' ' + TIME_ZONES
  ).split(' '),
);

/**
 * What lies between the two parts of a name with an elided particle ("Valéry Giscard d'Estaing"): the
 * tokenizer drops the "d'" from the word after it, which left two names ("Giscard", "Estaing") for one
 * person, twice the mass of a name written without it.
 */
const ELIDED_PARTICLE = /^[ \u00A0]d['\u2019]$/;

/** The part after an elided particle at the end of a hyphenated name ("giscard-d'estaing"). */
const HYPHENED_PARTICLE = /-d['\u2019](\p{L}{3,})$/u;

/**
 * Kinds of places English writes after a place's name, capitalised: "Gaza Strip", "West Bank", "Rhine Valley"; and
 * kinds of buildings and sites, which English also puts after the name ("Prado Museum", "Buckingham Palace", "Heathrow
 * Airport") where French puts them before, in lower case ("le musée du Prado", "l'aéroport d'Heathrow"): keyed by the
 * kind, the name met nothing in the other language, and one article's "Museum" met every other museum.
 */
const PLACE_KINDS = new Set(
  ('strip bank island islands river valley sea mountains mountain region province county district coast peninsula desert ' +
    'museum gallery palace airport hospital square street avenue bridge stadium cathedral church mosque station university hotel tower wing').split(' '),
);

/** Fold a proper name to a key that survives transliteration: Netanyahou/Netanyahu, Tchaïkovski/Tchaikovsky. */
export { nameKey };

/**
 * A name's key for story features: nameKey, then the endings that French and English names of one party,
 * institution or people differ by: a plural s and the French endings of words English shares
 * ("Républicains"/"Republicans", "République"/"Republic", "Populaire"/"Popular", "Écologistes"/"Ecologists").
 * `names`: how the article uses its names (nameUses); a name's region ending (PLACE_ENDING) is kept on a name the
 * article writes as a first name, unless its stem is also a place the article names.
 */
export function storyNameKey(norm: string, names?: NameUses): string {
  if (norm.length >= NAME_FOLD_MIN) {
    const cut = norm.replace(PLACE_ENDING, '');
    if (cut !== norm && (!names?.firstNames.has(norm) || names.places.has(nameKey(cut)))) norm = cut;
  }
  const k = nameKey(norm);
  if (k.length < NAME_FOLD_MIN) return k;
  const folded = k.replace(/s$/, '').replace(/(?<=...)e$/, '').replace(/qu$/, 'c').replace(/air$/, 'ar').replace(/ain$/, 'an');
  return names?.firstNames.has(norm) ? folded : folded.replace(ENGLISH_FINAL_A, '');
}
/**
 * A final "-a" after a consonant, on a name key long enough to be folded (NAME_FOLD_MIN), after the plural and the French
 * "-e" are cut: English and Spanish keep the "-a" of a place's name where French writes "-e" or "-que"
 * ("Florida"/"Floride", "Carolina"/"Caroline", "Africa"/"Afrique", "Barcelona"/"Barcelone"), so the two languages' keys
 * differed by that letter alone. Names of six letters or more only: under that a name is read whole (nameKey), as the
 * other folds leave it. After a vowel the "-a" is a region's ending (PLACE_ENDING) or part of the name's stem ("Kenya",
 * "Nvidia"), kept. A name whose consonants alone meet its other spelling (vowelAlias) met already, but through its
 * alias at the smaller share, and never under six letters ("Africa"). Not on a name the article writes as a first name
 * (NameUses.firstNames, as PLACE_ENDING): there the "-a" makes a woman's name of a man's or of a word ("Roberta" is not
 * "Robert", "Marina" not "Marin", "Angela" not "Angel"); a first name read alone, with no article telling it apart,
 * is still cut.
 */
const ENGLISH_FINAL_A = /(?<=[^aeiou])a$/;
/**
 * The endings a region's name and its people's adjective take in English and not in French, or in French alone: English
 * "-ia" and "-ian" ("Galicia", "Galician", "Californian") where French writes "-e" or "-ie" ("Galice", "Californie"):
 * all are keyed by the stem ("galic", "californ"), the plural adjective too ("Galicians"). English capitalises the
 * adjective, so it is read as a name, which met neither the French place nor its own English place. After four letters: "Asia" or "Iran" are not stems; a final "-i"
 * alone is kept ("Francis"/"François" meet by their consonants, VOWEL_ALIAS_MIN in index.ts).
 * Not on a first name (NameUses.firstNames): cut there, it made one key of a person's first name and the shorter name
 * its stem is ("Christian"/"Christ", "Georgia"/"George", "Emilia"/"Emil"). Measured with the cut kept only where the
 * article names the stem as a place (after "in", "en"): a page's "the Galician town of ..." no longer met its corpus's
 * "en Galice", nor "Andalusia" "Andalousie" (devset recall 136 -> 135/147), so it is the first name that is told apart.
 */
const PLACE_ENDING = /(?<=[a-z]{4})(?:ians?|ia|ie)$/;
/** A place's stem, as PLACE_ENDING cuts it ("galicia", "californie") or a French final -e ("galice"), spelling-folded (nameKey). */
function placeStem(norm: string): string {
  const cut = norm.replace(PLACE_ENDING, '');
  return nameKey(cut !== norm ? cut : norm.replace(/(?<=[a-z]{4})e$/, ''));
}
/**
 * Words a place's name follows, and a people's adjective or a person's name does not ("in Galicia", "en Californie";
 * not "à", which also says to whom: "a dit à Christian").
 */
const PLACE_PREPOSITIONS: Record<Lang, ReadonlySet<string>> = {
  en: new Set(['in', 'across', 'throughout', 'from']),
  fr: new Set(['en', 'dans']),
};
/** How an article uses its capitalised words (nameUses). */
export interface NameUses {
  /** Words written right before another name, inside a sentence: a first name ("Christian Berger"). */
  firstNames: Set<string>;
  /** The stems (placeStem) of the names written as places: after a place preposition, not before a lower-case word. */
  places: Set<string>;
}
/**
 * How an article uses its names. A first name is a capitalised word one space before another capitalised word that is
 * a name (not a kind of place: "Valencia Region"; not a title or day; not a word the article also writes in lower
 * case: "Valencia Flood Recovery" in a headline), neither at a sentence's start nor in a title-case title.
 */
function nameUses(segments: Array<{ ws: Word[]; text: string; titleCase: boolean }>, lang: Lang, lower: Set<string>): NameUses {
  const out: NameUses = { firstNames: new Set(), places: new Set() };
  const preps = PLACE_PREPOSITIONS[lang] ?? PLACE_PREPOSITIONS.en;
  for (const { ws, text, titleCase } of segments) {
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i];
      if (!w.capitalized) continue;
      const next = ws[i + 1];
      const nextJoined = !!next && next.start - w.end === 1 && (text[w.end] === ' ' || text[w.end] === '\u00A0');
      if (!titleCase && nextJoined && next.capitalized && !startsSentence(text, w.start) && !PLACE_KINDS.has(next.norm) && !NOT_NAMES.has(next.norm) && !outletAt(ws, i + 1, text) && !STOPWORDS.has(next.norm) && !lower.has(stem(next.norm))) {
        out.firstNames.add(w.norm);
      }
      const prev = ws[i - 1];
      if (!prev || !preps.has(prev.norm) || w.start - prev.end !== 1) continue;
      if (nextJoined && !next.capitalized && !STOPWORDS.has(next.norm)) continue;
      out.places.add(placeStem(w.norm));
    }
  }
  return out;
}
/**
 * A word written in capitals alone, two to four letters ("UE", "BCE", "OCDE", "NHS"): an acronym, its letters the
 * initials of one body's words. Its key is those letters as written (nameFeatureKey), not a name's folded spelling:
 * nameKey drops a final "e" and merges a doubled letter, which made one key of "BCE" and "BBC" ("bc"), of "OCDE" and
 * "OCD", and an English page's "ECB", read by its letters (index.ts letterAlias), met every article that cited the BBC
 * (the BBC and CNN are now no names at all: NEWS_OUTLETS). Two letters: the shortest initials ("UE", "FN"). Four: the longest read by its letters (index.ts
 * LETTER_ALIAS_MAX). Measured with up to six: the devset's words of five or six capitals are mostly names written in
 * capitals ("NVIDIA", "OTTAWA", "BORNE", "TODAY") beside a few acronyms ("PLFSS"), and unfolded "NVIDIA" no longer met
 * "Nvidia" (an earnings negative 0.251 -> 0.268, passages end to end 2022 -> 2015): there they are folded as any name.
 */
const ACRONYM_WRITTEN = /^\p{Lu}{2,4}$/u;
/** A word of two capitals or more and no lower case: with another before it in one name, a name set in capitals. */
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;
/**
 * A name's feature key: an acronym's letters as written (ACRONYM_WRITTEN), any other name's folded key (storyNameKey).
 * `capitalsBefore`: the name's words before this one are written in capitals too ("NEW YORK", "SIESTA KEY", a caption or
 * a line set in capitals): then the short word is a name's word in capitals, no initials, and is folded as the same name
 * in lower case ("York"). Measured: keyed as acronyms, "NEW YORK" no longer met "New York" (nokings en lowest positive
 * 0.593 -> 0.586, its passages end to end 8 -> 6).
 */
function nameFeatureKey(norm: string, raw: string, names?: NameUses, capitalsBefore = false): string {
  return 'p:' + (ACRONYM_WRITTEN.test(raw) && !capitalsBefore ? norm : storyNameKey(norm, names));
}
/** Shorter names are folded by nameKey only: "Paris" or "Lens" lose too much to a plural rule. */
const NAME_FOLD_MIN = 6;

/** Light stemming: enough for "troupes"/"troupe", "envoyées"/"envoyé" to meet. */
function stem(norm: string): string {
  return norm.replace(/(?:ees|ee|es|e|s|x)$/, '') || norm;
}

/**
 * What comes right before a number that is part of a name: a letter and a hyphen ("Covid-19", "G-7", "F-16"). Read as a
 * count, "Covid-19 pandemic" was 19 epidemics, a feature no report of the pandemic's effects shares.
 */
const NAMED_NUMBER = /\p{L}-$/u;
/** Numbers as written in news text, with any thousands separator. */
const NUMBER = /\d{1,3}(?:[ \u00A0\u202F.,]\d{3})+(?![\d])|\d+(?:[.,]\d+)?/g;
/**
 * A scale word after a number ("1,272 million", "43.8 billion", "40 milliards"), or its abbreviation, spaced or glued
 * ("£40bn", "$1.2 bn", "3 Md€", "2,5 mds"): the figures' reader (text/number-words SCALE_WORDS) reads them, and
 * a British or French budget, a company's results or a fine is written so in its headline and its lead. Read as a bare
 * "40", the amount met nothing of an article writing "£40 billion". Not "m" ("a 40m wall" is metres) nor "mn" (French
 * minutes, "30 mn"). "Mrd(s)" is French's other abbreviation of milliard ("3 Mrds d'euros").
 */
const SCALE = /^[ \u00A0\u202F]*(millions?|milliards?|billions?|bn|mds?|mrds?)\b/i;
/** Characters after a number read for its scale word: the longest, "milliards", and its spaces. */
const SCALE_REACH = 12;
const SCALES: Record<string, number> = { million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9, billion: 1e9, billions: 1e9, bn: 1e9, md: 1e9, mds: 1e9, mrd: 1e9, mrds: 1e9 };
/**
 * Numbers from this value on are keyed to KEY_DIGITS significant digits: "1,272 million", "1.27 million"
 * and "1 272 000" are one count written three ways (1.28 million is another). Below it a number is
 * kept whole: a toll of 2,012 is not one of 2,010.
 */
const KEY_FROM = 10_000;
const KEY_DIGITS = 3;

function numberValue(raw: string, scale: number): number | null {
  if (scale > 1) {
    // Before a scale word the separator is a decimal point: "1,272 million" is 1.272 million.
    const v = /^\d+[.,]\d+$/.test(raw) ? Number(raw.replace(',', '.')) : Number(raw.replace(/[^\d]/g, ''));
    return Number.isFinite(v) ? v * scale : null;
  }
  // "10.000", "10,000", "10 000" are thousands; "1,5" and "4.8" are decimals.
  if (/^\d{1,3}(?:[ \u00A0\u202F.,]\d{3})+$/.test(raw)) return Number(raw.replace(/[^\d]/g, ''));
  const v = Number(raw.replace(',', '.'));
  return Number.isFinite(v) ? v : null;
}

/** A number's key: its value to KEY_DIGITS significant digits. */
function numberKey(v: number): number {
  if (v < KEY_FROM) return Math.round(v);
  const unit = 10 ** (Math.floor(Math.log10(v)) + 1 - KEY_DIGITS);
  return Math.round(v / unit) * unit;
}

/** Round numbers ("500", "2 000", "3 millions"): one or two significant digits and at least two zeros. */
function isRound(v: number): boolean {
  return v % 100 === 0 && numberKey(v) % (10 ** (Math.floor(Math.log10(v)) - 1)) === 0;
}

function isYear(raw: string, v: number): boolean {
  return /^\d{4}$/.test(raw) && v >= 1900 && v <= 2100;
}

function inRanges(pos: number, ranges: Array<[number, number]>): boolean {
  for (const [s, e] of ranges) if (pos >= s && pos < e) return true;
  return false;
}

/**
 * inRanges for positions asked in increasing order over sorted ranges: one pass over the ranges in all, where asking
 * each word of a page of title-case lines against every line was quadratic (32,000 such lines: 77 s against 5 s).
 */
function rangeCursor(ranges: Array<[number, number]>): (pos: number) => boolean {
  let k = 0;
  return (pos) => {
    while (k < ranges.length && ranges[k][1] <= pos) k++;
    return k < ranges.length && pos >= ranges[k][0];
  };
}

/** A capital at the start of a sentence or line says nothing about being a name. */
function startsSentence(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const ch = text[i];
    if (ch === ' ' || ch === '\u00A0' || ch === '\u202F' || ch === '"' || ch === '«' || ch === '“' || ch === '(' || ch === '\'' || ch === '-' || ch === '—') continue;
    return ch === '.' || ch === '!' || ch === '?' || ch === '\n' || ch === ':';
  }
  return true;
}

/**
 * A capitalised word that starts a sentence names something when the language never uses it as a word (absent
 * from the background's everyday words), the article never writes it in lower case and writes it capitalised
 * START_NAME_REPEATS times or more: a company or a town that every sentence about it opens with ("Dunlop said on
 * Tuesday...", "Dunlop workers..."). Case is asked of the whole article, title and body, by stem ("Floodwaters" in
 * a title, "floodwater" below). English only: the French background list lacks every accented and most inflected
 * words (background.ts), so absence from it says nothing of a French word ("Impassibles" would be a name).
 */
function startingName(norm: string, lang: Lang, docCase: DocCase): boolean {
  return lang === 'en' && rarity(norm, lang) >= START_NAME_RARITY && repeatedOnlyCapitalised(norm, docCase);
}

/**
 * Does the article write the word, by stem, capitalised START_NAME_REPEATS times or more and never in lower case? Asked
 * of the whole article, title and body, as a capital at a sentence's start says nothing by itself.
 */
function repeatedOnlyCapitalised(norm: string, docCase: DocCase): boolean {
  const key = stem(norm);
  return !docCase.lower.has(key) && (docCase.capitals.get(key) ?? 0) >= START_NAME_REPEATS;
}

/** What ends a sentence or a line between two words: the word before is then no neighbour of the word after. */
const SENTENCE_BREAK = /[.!?:\n]/;

/**
 * A sentence's first word written in capitals alone (ACRONYM_WRITTEN; the call site's MIN_NAME_LENGTH keeps it to three
 * or four letters: "UBS a accepté...", "NATO said...") names something in either language: its capitals are not the
 * sentence's, every letter is one. Asked, as startingName asks, that the article write it capitalised and never in
 * lower case (repeatedOnlyCapitalised), and that no neighbour be written in capitals (a headline or a line set in
 * capitals, "LE PDG DE...", "BTP: RACHAT CONCLU"): the next word, even past punctuation, and the word before when on
 * the same sentence and line (a sentence may end on another acronym, "... validé par la BNS. UBS versera..."). Its
 * letters must be absent from the French background's everyday words (START_NAME_RARITY), on a page in either
 * language: a French common word set in capitals ("FIN de la grève") is no name. Not the English list: it holds
 * "nasa" (measured: asking it too cost starliner's English pages, lowest positive 0.514 -> 0.495). Unlike
 * startingName this holds for French pages: the French list lacks accented and inflected words, but a word of three or
 * four capitals is seldom one of those. A short page that opens every sentence on its company ("UBS rachète...", "UBS a accepté...",
 * "UBS déboursera...") otherwise never named it.
 */
function startingAcronym(ws: Word[], i: number, text: string, docCase: DocCase): boolean {
  const w = ws[i];
  if (!ACRONYM_WRITTEN.test(w.raw)) return false;
  if (rarity(w.norm, 'fr') < START_NAME_RARITY) return false;
  const prev = ws[i - 1];
  if (prev && ALL_CAPITALS.test(prev.raw) && !SENTENCE_BREAK.test(text.slice(prev.end, w.start))) return false;
  if (i + 1 < ws.length && ALL_CAPITALS.test(ws[i + 1].raw)) return false;
  return repeatedOnlyCapitalised(w.norm, docCase);
}

/**
 * A scale word right after a number ("3 Mrds d'euros", "2 Mds"): a unit SCALE reads with the number, not a name. Only
 * there: the same letters elsewhere may name a company ("le groupe MDS").
 */
function isScaleAfterNumber(ws: Word[], i: number, text: string): boolean {
  const prev = ws[i - 1];
  if (!prev || !/^\d/.test(prev.norm)) return false;
  const m = SCALE.exec(text.slice(prev.end, prev.end + SCALE_REACH));
  return !!m && prev.end + m[0].length === ws[i].end;
}

class FeatureBag {
  readonly map = new Map<string, Feature>();
  add(key: string, cls: FeatureClass, spec: number, weight: number, display: string, tally?: string): void {
    const f = this.map.get(key);
    if (f) {
      f.weight += weight;
      f.spec = Math.max(f.spec, spec);
      f.tally ??= tally;
      return;
    }
    this.map.set(key, tally ? { key, cls, spec, weight, display, tally } : { key, cls, spec, weight, display });
  }
}

/** Tokens as the concept table writes its forms: a hyphen or apostrophe inside a word is its own token. */
function subTokens(norm: string): string[] {
  return norm.split(/(['-])/).filter(Boolean);
}

/**
 * The longest concept form of the table starting at word i ("arabie saoudite", "sud-africains"), as the
 * concept and the number of words it spans; forms must end on a word boundary.
 */
/** Punctuation that ends a clause: a word's neighbours across it are another clause's. */
const CLAUSE_BREAK = /[.:;!?]/;

/**
 * The folded word at q as a cue of the word at i reads it: within i's clause only. "Le séisme qui l'a frappé :
 * l'Espagne, le Qatar..." lists who sent help; read across the colon, "frappé" before a nation was an army's strike.
 */
function clauseNeighbour(ws: Word[], text: string, i: number): (q: number) => string | undefined {
  return (q) => {
    if (q < 0 || q >= ws.length) return undefined;
    for (let k = Math.min(i, q); k < Math.max(i, q); k++) if (CLAUSE_BREAK.test(text.slice(ws[k].end, ws[k + 1].start))) return undefined;
    return ws[q].norm;
  };
}

/** Words that count a people noun without a figure ("many lives", "des dizaines de corps"). */
const FATE_QUANTIFIERS = new Set('many several dozens hundreds thousands scores numerous plusieurs nombreux nombreuses dizaines centaines milliers'.split(' '));
/**
 * Words read on each side of a fate noun for a verb that tells what befell them ("the bodies were recovered", "ont
 * retrouvé les corps"): an auxiliary and an article fit between ("were recovered", "found the").
 */
const FATE_VERB_REACH = 3;
/** General verbs, besides the roles of people (killed, missing) and the actions done to remains, that tell a fate noun's people were found. */
const FATE_VERB_IDS = new Set(['w-find']);
function fateVerb(norm: string): boolean {
  return conceptsOf(norm).some((c) => c.onRemains || FATE_VERB_IDS.has(c.id) || isPeopleRole(c));
}
/**
 * Whether a people noun named by a fate ("bodies", "lives", "corps") tells the dead here: counted ("78 corps", "many
 * lives") or beside a verb of what befell them in its clause ("bodies were recovered"). The same words name other
 * things where nothing is counted ("she lives in", "le corps diplomatique", "garde du corps"), and a capital inside a
 * sentence makes them a name ("Marine Corps").
 */
function toldAsFate(ws: Word[], i: number, text: string): boolean {
  const w = ws[i];
  // Counted first: a title-case headline capitalises the noun it counts ("Claims Six Lives").
  for (let j = i - 1; j >= Math.max(0, i - 2); j--) {
    const n = ws[j].norm;
    if (/^\d/.test(n) || COUNT_WORDS.has(n) || FATE_QUANTIFIERS.has(n)) return true;
  }
  if (w.capitalized && !startsSentence(text, w.start)) return false;
  // A verb in the same clause: no sentence or clause mark between it and the noun.
  for (let j = i - 1; j >= Math.max(0, i - FATE_VERB_REACH); j--) {
    if (/[.;:!?,]/.test(text.slice(ws[j].end, ws[j + 1].start))) break;
    if (fateVerb(ws[j].norm)) return true;
  }
  for (let j = i + 1; j <= Math.min(ws.length - 1, i + FATE_VERB_REACH); j++) {
    if (/[.;:!?,]/.test(text.slice(ws[j - 1].end, ws[j].start))) break;
    if (fateVerb(ws[j].norm)) return true;
  }
  return false;
}

/**
 * The role a plain people count (k:<value>:<noun>, a noun of people that says no fate: "18 people", "12 habitants") is
 * told in, read from a verb of what befell people (a role of people: killed, missing, injured, evacuated) in its
 * clause: a single word or a phrase of the concept table ("lost their lives", "a coûté la vie à").
 * - After the noun, the verb starts within FATE_VERB_REACH words ("18 people died", "12 habitants ont été évacués",
 *   "9 personnes ont perdu la vie"); the words read stop at a second count or a relative that names a part of the
 *   count ("23 personnes dont deux ont perdu la vie": the two died, not the 23).
 * - Before the figure, the verb ends within FATE_VERB_REACH words of it and only words that bound a figure stand
 *   between ("killed at least 18 people", "claimed the lives of more than 18 people"): a figure of a part ("killed 2 of
 *   23 people", "a coûté la vie à deux des 23 personnes") tells the toll of the part.
 * - A hedge just before the verb ("nearly lost their lives", "could have died", "ont failli perdre la vie") tells a
 *   death that did not happen: no toll.
 * A count told with another verb ("a boat carrying 35 people capsized") or none is undefined: it counts what the
 * event is made of, and another value of it is counter-evidence (countConflict in index.ts). Kept beside the key as
 * Feature.tally, as a large number's role is.
 */
export function tollOfPlainCount(text: string, countedId: string, start: number, end: number): string | undefined {
  if (!UNNAMED_PEOPLE.has(countedId)) return undefined;
  const roleOf = (norm: string) => conceptsOf(norm).find(isPeopleRole)?.id;
  const after = text.slice(end, end + FATE_CLAUSE_CHARS).split(CLAUSE_OR_COMMA)[0];
  const afterAll = words(after);
  const cut = afterAll.findIndex((w) => /^\d/.test(w.norm) || COUNT_WORDS.has(w.norm) || PART_RELATIVES.has(w.norm));
  const afterWords = cut < 0 ? afterAll : afterAll.slice(0, cut);
  // The verb starts within reach; a hedge between the noun and the verb denies it.
  for (let j = 0; j < Math.min(afterWords.length, FATE_VERB_REACH); j++) {
    const r = roleOf(afterWords[j].norm) ?? rolePhraseAt(afterWords, j, after)?.id;
    if (r) return hedged(afterWords, j) ? undefined : r;
  }
  const beforeTexts = text.slice(Math.max(0, start - FATE_CLAUSE_CHARS), start).split(CLAUSE_OR_COMMA);
  // A figure written in words of several parts ("dix-sept", "twenty-three", "vingt-et-un") may be read from its last part:
  // the parts before it are the figure's, not words between it and the verb.
  const beforeText = beforeTexts[beforeTexts.length - 1].replace(FIGURE_HEAD, '');
  const beforeWords = words(beforeText);
  const n = beforeWords.length;
  // The verb ends within reach of the figure (FATE_VERB_REACH - 1 words between at most, all of them bounds); the one ending nearest is read.
  let boundFrom = n;
  while (boundFrom > 0 && n - boundFrom < FATE_VERB_REACH - 1 && FIGURE_BOUNDS.has(beforeWords[boundFrom - 1].norm)) boundFrom--;
  for (let j = n - 1; j >= Math.max(0, n - FATE_VERB_REACH - MAX_PHRASE_WORDS); j--) {
    const single = j + 1 >= boundFrom ? roleOf(beforeWords[j].norm) : undefined;
    const phrase = single ? undefined : rolePhraseAt(beforeWords, j, beforeText);
    const r = single ?? (phrase && j + phrase.span >= boundFrom && j + phrase.span > n - FATE_VERB_REACH ? phrase.id : undefined);
    if (r) return hedged(beforeWords, j) ? undefined : r;
  }
  return undefined;
}
/** The first parts of a figure written in words with hyphens, just before its last part ("dix-", "vingt-et-"). */
const FIGURE_HEAD = /(?:\p{L}+-)+$/u;
/** Whether a hedge (HEDGES) stands within FATE_VERB_REACH words before the verb that starts at word j. */
function hedged(ws: Word[], j: number): boolean {
  for (let k = j - 1; k >= Math.max(0, j - FATE_VERB_REACH); k--) {
    if (HEDGES.has(ws[k].norm)) return true;
    if (ws[k].norm === 'pu' && k > 0 && HEDGED_BY_PU.has(ws[k - 1].norm)) return true;
  }
  return false;
}
/**
 * French conditionals that hedge only with "pu" after them ("auraient pu perdre la vie"): alone they report a toll at
 * second hand ("23 personnes auraient péri"), which is still the toll news gives.
 */
const HEDGED_BY_PU = new Set(['aurait', 'auraient']);
/**
 * Words that tell a death or a fate that did not happen or is only possible: "nearly died", "could have lost their
 * lives", "ont failli perdre la vie", "pourraient être tués" (and "auraient pu", HEDGED_BY_PU). English modals, French
 * conditionals of "can" and "risk", and the adverbs of a near miss; "may" is left out, for it is also the month.
 */
const HEDGES = new Set('nearly almost narrowly could would might failli faillir pourrait pourraient risquait risquaient'.split(' '));
/**
 * Relatives after a count that name a part of it ("23 personnes dont deux", "23 people, two of whom", "parmi lesquels"):
 * the verb after them is the part's. "among" and "parmi" alone are left out: after a count they put it inside the
 * toll ("three children among the dead").
 */
const PART_RELATIVES = new Set('dont whom which lesquels lesquelles'.split(' '));
/**
 * Words that may stand between a verb of what befell people and the figure it counts, as they bound or round the figure
 * ("killed at least 18", "a coûté la vie à plus de 18", "tué près de 18", "killed an estimated 18", "killed all 18") or
 * join a noun of the fate to it ("the deaths of 18", "la mort de 18", "among the dead were 18", "parmi les morts figurent
 * 18"). A number or a count word is no bound, so "of" or
 * "des" after one is never reached: "killed 2 of 23 people" counts a part. Anything else ("killed 3 and 18 injured")
 * stops the reading.
 */
const FIGURE_BOUNDS = new Set(
  ('of at least more than over nearly almost about around some up to approximately roughly an estimated the all their were are ' +
    'de du au moins plus pas pres presque environ quelque quelques jusqu a les tous toutes leurs sont etaient figurent').split(' '),
);
/** A phrase of the table (two tokens or more, "lost their lives", "sans-abri") naming a role of people that starts at word j: its role and its length in words. */
function rolePhraseAt(ws: Word[], j: number, text: string): { id: string; span: number } | undefined {
  const m = conceptAt(ws, j, text);
  return m && m.tokens > 1 && isPeopleRole(m.c) ? { id: m.c.id, span: m.span } : undefined;
}
/**
 * The people nouns that name no trade, side or office (people, inhabitants, children): reports of one toll count its
 * dead by them at each moment. A count of who they are by trade or side ("four soldiers killed") still tells two
 * events apart (countConflict): the two such tests in story.test.ts were measured on it.
 */
const UNNAMED_PEOPLE = new Set(['person', 'inhabitant', 'child']);
/**
 * Characters read on each side of a count for its verb: a verb of several words ("claimed the lives of", "a coûté la
 * vie à", up to MAX_PHRASE_WORDS) and FATE_VERB_REACH words of a few letters each between it and the count.
 */
const FATE_CLAUSE_CHARS = 60;
/** Marks that end the clause a count's verb is read in (toldAsFate's marks). */
const CLAUSE_OR_COMMA = /[.;:!?,]/;

/** The concept read at word i, with its length in words (span) and in tokens (a hyphen is a token: "sans-abri" is one word of three tokens). */
function conceptAt(ws: Word[], i: number, text: string): { c: Concept; span: number; tokens: number } | undefined {
  const first = subTokens(ws[i].norm);
  const phrases = phrasesStartingWith(first[0]);
  if (phrases.length) {
    // Tokens of the next few words, with the word each token ends.
    const toks: string[] = [];
    const ends: number[] = [];
    for (let j = i; j < ws.length && toks.length < MAX_PHRASE_TOKENS; j++) {
      const st = subTokens(ws[j].norm);
      for (let k = 0; k < st.length; k++) {
        toks.push(st[k]);
        ends.push(k === st.length - 1 ? j - i + 1 : 0);
      }
    }
    for (const { seq, c } of phrases) {
      if (seq.length > toks.length || ends[seq.length - 1] === 0) continue;
      let ok = true;
      for (let k = 1; k < seq.length && ok; k++) ok = seq[k] === toks[k];
      if (ok && STORY_TYPES.has(c.type)) return { c, span: ends[seq.length - 1], tokens: seq.length };
    }
  }
  // A word of two senses ("strike" by workers or by an army) is read with its neighbours.
  const c = (hasSenses(ws[i].norm) ? lookupAt(clauseNeighbour(ws, text, i), i) : lookup(ws[i].norm)) ?? NATION_NAMES.get(ws[i].norm);
  return c && STORY_TYPES.has(c.type) ? { c, span: 1, tokens: 1 } : undefined;
}

/** The preposition or article the table writes before a place ("en Russie", "the United Kingdom", "de l'OTAN"). */
const PLACE_ARTICLE = /^(?:en|au|aux|the|de l'|dans l')\s*/;
/**
 * Nations also by the one-word names the table gives them as labels and places ("French", "français",
 * "Israel"): the table lists these for display, and news capitalises them ("les Français", "Israel said"),
 * which would otherwise read them as names that never meet the other language's nation.
 */
const NATION_NAMES: Map<string, Concept> = (() => {
  const m = new Map<string, Concept>();
  for (const id of conceptIds('nation')) {
    const c = concept(id)!;
    // Only one-word names: the last word of "Corée du Sud" or "United States" ("sud", "states") names no nation.
    const forms = [c.label?.en, c.label?.fr, c.place?.en, c.place?.fr]
      .filter((x): x is string => !!x)
      .map((x) => fold(x).replace(PLACE_ARTICLE, ''))
      .filter((x) => !x.includes(' '));
    for (const f of forms) {
      // French adjectives in -ais ("français", "libanais") are also said in the feminine.
      const inflected = f.endsWith('ais') ? [f, f + 'e', f + 'es'] : [f];
      for (const x of inflected) if (x.length >= MIN_NAME_LENGTH && !m.has(x) && isReadAs(x, c)) m.set(x, c);
    }
  }
  return m;
})();
/**
 * A party of the concept table written as a name at word i ("Rassemblement national", "National Rally",
 * "Nouveau Front populaire"): a phrase whose first word is capitalised, one word capitalised inside its
 * sentence ("la coalition Ensemble", "the Together alliance"), or a two-letter acronym ("le RN"). The party is one name in both languages,
 * where its words would be a name in one ("Rassemblement") and a march in the other ("Rally"). Measured
 * with acronyms read as the party too ("RN", "NFP"): the name and its acronym, two features that met
 * across languages, became one, and a page on a party leader's reaction fell under the threshold (0.383
 * -> 0.321).
 */
function partyAt(ws: Word[], i: number, text: string, titleCase: boolean): { id: string; span: number } | undefined {
  const w = ws[i];
  if (!w.capitalized) return undefined;
  const m = partyNameAt((q) => ws[q]?.norm, i);
  if (!m) return undefined;
  const { c } = m;
  if (m.len > 1) return { id: c.id, span: m.len };
  // An acronym of three letters or more ("NFP", "LFI") is spelled alike in both languages and stays a name of
  // its own, as it was; a two-letter one ("RN", "PS"), too short to be read as a name, is the party's.
  if (w.raw === w.raw.toUpperCase()) return w.raw.length < MIN_NAME_LENGTH ? { id: c.id, span: 1 } : undefined;
  if (titleCase || startsSentence(text, w.start)) return undefined;
  return { id: c.id, span: 1 };
}

/**
 * Two or more names joined by hyphens ("Paris-Lyon" for a rail line, "CDU-CSU" for an alliance of two parties,
 * "Ipsos-Talan" for a pollster's partnership): each part is a name of its own, as other articles write it alone
 * ("Lyon", "CSU", "Ipsos"). Keyed whole, the pair met only an article that joins the same two
 * names in the same order and spelling. Only when every part is capitalised and at least two are MIN_NAME_LENGTH long:
 * "Castilla-La" or "Rafale-led" stay whole (a particle or a word, not two names), as does a name with an
 * elided particle (HYPHENED_PARTICLE); the Arabic article is gone before ("Al-Haouz" comes as "Haouz": withoutArabicArticle). A compound with a nation in it stays whole too: it names a relation between two
 * parties ("the Israel-Hamas war", "India-Pakistan tensions") that every report of the region recalls; split, it gave a
 * report of another strike in the same war the war's parties (a hard negative 0.322 -> 0.367, over the threshold).
 */
/**
 * A saint's name makes one place of the compound it opens ("Saint-Denis", "Seine-Saint-Denis", "St-Malo", "Ste-Foy",
 * "Santo-Domingo", "São-Tomé"): it stays whole. Forms of both languages and of the Spanish, Italian and Portuguese
 * names both languages keep (folded: "são" is "sao").
 */
const SAINT = /^(?:saint|sainte|saints|saintes|st|ste|san|santa|santo|sao)$/;
/**
 * Words of position and size that make one place of a compound with a name ("Haute-Savoie", "Bas-Rhin", "Hauts-de-France",
 * "Basse-Normandie", "Grand-Est", "Nord-Kivu"): the part alone names no place another article writes.
 */
const POSITION_WORDS = new Set(
  'haut haute hauts hautes bas basse basses nord sud est ouest north south east west upper lower grand grande petit petite centre central'.split(' '),
);
/** A hyphenated compound's names, each keyed alone; undefined when it is one name, null when it is none (a paper's title). */
function joinedNames(w: Word): Array<{ norm: string; raw: string }> | null | undefined {
  if (!w.norm.includes('-') || HYPHENED_PARTICLE.test(w.norm)) return undefined;
  const raws = w.raw.split('-');
  const norms = w.norm.split('-');
  if (raws.length !== norms.length) return undefined;
  const parts: Array<{ norm: string; raw: string }> = [];
  for (let k = 0; k < raws.length; k++) {
    const raw = raws[k];
    if (!raw || raw.charAt(0) === raw.charAt(0).toLowerCase()) return undefined;
    if (NATION_NAMES.has(norms[k]) || SAINT.test(norms[k]) || POSITION_WORDS.has(norms[k])) return undefined;
    // A particle between or before names joins one place ("Castilla-La-Mancha", "Val-De-Marne" as a headline writes it).
    if (STOPWORDS.has(norms[k]) && raws.length > 2) return undefined;
    // A paper's title ("Post-Gazette", "Express-News"): no name, as the title written with a space is none.
    if (PAPER_KINDS.has(norms[k]) || NEWS_OUTLETS_IN_CONTEXT.has(norms[k])) return null;
    if (raw.length < MIN_NAME_LENGTH || NOT_NAMES.has(norms[k]) || STOPWORDS.has(norms[k])) continue;
    parts.push({ norm: norms[k], raw });
  }
  return parts.length >= 2 ? parts : undefined;
}

/**
 * A French word right after the reflexive or the negation ("s'inscrit dans le cadre", "se blesse", "n'affecte pas") is
 * a verb: no noun of the concept table stands there. Read as a concept, "l'opération s'inscrit dans un plan" was a
 * registered voter (c:voter, "inscrit") in a report on job cuts.
 */
const VERB_BEFORE = /(?:^|[^\p{L}])(?:[sn]['’]|se |ne )$/iu;
/** Characters before a word read for VERB_BEFORE: "ne " and the character before it. */
const VERB_BEFORE_REACH = 4;

/** Longest phrase of the concept table, in tokens (a hyphen is a token), with room to spare. */
const MAX_PHRASE_TOKENS = 8;
/** Longest phrase of the concept table, in words, as far back as a verb of several words is sought before a count. */
const MAX_PHRASE_WORDS = 6;

/**
 * English joins a name and a word that qualifies it by a hyphen: the maker of a product ("the Xbox-maker"). Keyed
 * whole, "xbox-maker" met no article, which names the product alone ("Xbox"): the compound is read as the name it
 * qualifies. Only "-maker(s)", an agent noun any story may use; the part before it must be capitalised. "-based",
 * "-led", "-run", "-backed" were tried and dropped (story44): read as the name, the seat of a firm or the party that
 * leads an alliance met the wrong story's pages ("-led" raised a French negative over the bar, "-run" an English one).
 */
const NAME_QUALIFIER = /-(?:maker|makers)$/;
function withoutQualifier(w: Word): Word {
  const m = NAME_QUALIFIER.exec(w.norm);
  if (!m || !w.capitalized) return w;
  const cut = w.norm.length - m[0].length;
  // A name too short to be one alone ("EA-maker") keeps its qualifier, as withoutArabicArticle keeps its article.
  if (cut < MIN_NAME_LENGTH || w.raw.length !== w.norm.length) return w;
  return { ...w, norm: w.norm.slice(0, cut), raw: w.raw.slice(0, cut), end: w.start + cut };
}

function addSegment(bag: FeatureBag, text: string, lang: Lang, weightAt: (pos: number) => number, ignore: Array<[number, number]>, titleCase: boolean, docCase: DocCase, segmentWords: Word[], titleLines: Array<[number, number]> = []): void {
  // English possessives ("Russia's") name the thing itself, and so does a name with "-maker" joined to it
  // ("Xbox-maker": NAME_QUALIFIER).
  const ws: Word[] = segmentWords
    .filter((w) => !inRanges(w.start, ignore))
    .map((w) => (/'s$/.test(w.norm) ? { ...w, norm: w.norm.slice(0, -2), raw: w.raw.slice(0, -2), end: w.end - 2 } : w))
    .map(withoutQualifier);
  // Words seen in lower case somewhere are common words even when capitalised at times.
  const lowerSeen = new Set<string>();
  for (const w of ws) if (!w.capitalized) lowerSeen.add(w.norm);
  const inTitleLines = rangeCursor(titleLines);

  // Two capitalised words one space apart ("Gaza Strip", "Élisabeth Borne"), or one space and an elided
  // particle ("Giscard d'Estaing"): one name. Defined once per segment.
  const joined = (a: Word | undefined, b: Word | undefined): boolean =>
    !!a && !!b && a.capitalized && b.capitalized && ((b.start - a.end === 1 && (text[a.end] === ' ' || text[a.end] === '\u00A0')) || ELIDED_PARTICLE.test(text.slice(a.end, b.start)));
  for (let i = 0; i < ws.length; ) {
    const w = ws[i];
    const weight = weightAt(w.start);
    const party = partyAt(ws, i, text, titleCase);
    if (party) {
      // One name in both languages, as specific as a name made of everyday words ("Rally", "Front",
      // "Ensemble"): every political story of its country names it. Measured: 1 instead put a page on the
      // previous month's election over the threshold (0.358); 0.5 keeps it under (0.346).
      bag.add('p:' + party.id, 'name', NAME_MIN_SPEC, weight, text.slice(w.start, ws[i + party.span - 1].end));
      i += party.span;
      continue;
    }
    const hit = /^\d/.test(w.norm) || (lang === 'fr' && VERB_BEFORE.test(text.slice(Math.max(0, w.start - VERB_BEFORE_REACH), w.start))) ? undefined : conceptAt(ws, i, text);
    if (hit) {
      const last = ws[i + hit.span - 1];
      const display = text.slice(w.start, last.end);
      // A concept is as specific as the word that says it here ("seisme" more than "pays"). A people noun named by
      // what befell them ("bodies", "lives") is that role's feature: "78 corps" and "78 dead" tell the same toll.
      const id = hit.c.fate && hit.c.means?.role && toldAsFate(ws, i, text) ? hit.c.means.role : hit.c.id;
      bag.add('c:' + id, hit.c.type === 'nation' ? 'nation' : 'topic', rarity(hit.span > 1 ? last.norm : w.norm, lang), weight, display);
      i += hit.span;
      continue;
    }
    i += 1;
    if (/^\d/.test(w.norm) || STOPWORDS.has(w.norm)) continue;
    const next = ws[i];
    // In "Oleh Synehoubov" or "Financial Times" the last word carries the name; the first is a
    // given name or qualifier that other articles often leave out. In "Gaza Strip" or "West Bank" the
    // last word says what kind of place it is, and the name is the word before (the French "bande de
    // Gaza" writes only that one capitalised).
    const beforePlaceKind = joined(w, next) && PLACE_KINDS.has(next.norm);
    const placeKind = PLACE_KINDS.has(w.norm) && joined(ws[i - 2], w);
    const beforeAnotherName = joined(w, next) && !beforePlaceKind;
    // A title-case line's capitals say no more than a sentence's first one: there a word is a name only as a
    // sentence's first word is (a caption, "Keir Starmer and Emmanuel Macron in Paris", keeps the names the article
    // repeats; a subhead's "Shut", "Early" are not).
    const inTitleLine = inTitleLines(w.start);
    const isName =
      w.capitalized && !titleCase && !beforeAnotherName && !placeKind && !NOT_NAMES.has(w.norm) && !outletAt(ws, i - 1, text) && !isAgencyAcronym(w) && !lowerSeen.has(w.norm) && !isScaleAfterNumber(ws, i - 1, text) &&
      (inTitleLine ? startingName(w.norm, lang, docCase) || startingAcronym(ws, i - 1, text, docCase) : beforePlaceKind || !startsSentence(text, w.start) || startingName(w.norm, lang, docCase) || startingAcronym(ws, i - 1, text, docCase)) && w.norm.length >= MIN_NAME_LENGTH;
    if (isName) {
      // Shown whole ("Élisabeth Borne", "Gaza Strip"), keyed by its last word.
      let first = i - 1;
      while (first > 0 && joined(ws[first - 1], ws[first]) && !NOT_NAMES.has(ws[first - 1].norm) && !STOPWORDS.has(ws[first - 1].norm)) first--;
      const display = text.slice(ws[first].start, beforePlaceKind ? next.end : w.end);
      // A name joined to its elided particle by a hyphen ("Giscard-d'Estaing") is the name written with a space
      // ("Giscard d'Estaing"), keyed by the word after the particle as that one is.
      // A saint's compound written with a space ("Saint Petersburg", "San Sebastián") is keyed whole, as the
      // hyphenated one ("Saint-Pétersbourg") is; the abbreviations as the full word ("St-Malo" as "Saint-Malo").
      const saintBefore = first < i - 1 && SAINT.test(ws[i - 2].norm) ? ws[i - 2].norm + '-' : '';
      const norm = (saintBefore + (HYPHENED_PARTICLE.exec(w.norm)?.[1] ?? w.norm)).replace(/(^|-)st(?=-)/g, '$1saint').replace(/(^|-)ste(?=-)/g, '$1sainte');
      const parts = joinedNames(w);
      if (parts === null) continue;
      if (parts) {
        for (const part of parts) {
          bag.add(nameFeatureKey(part.norm, part.raw, docCase.names), 'name', nameSpec(part.norm), weight, part.raw);
        }
        continue;
      }
      const capitalsBefore = ws.slice(first, i - 1).some((x) => ALL_CAPITALS.test(x.raw));
      bag.add(nameFeatureKey(norm, w.raw, docCase.names, capitalsBefore), 'name', nameSpec(norm), weight, display);
    } else if (w.norm.length >= MIN_TERM_LENGTH) {
      if (!w.capitalized) bag.add(`t:${lang}:${stem(w.norm)}`, 'term', rarity(w.norm, lang), weight, w.raw);
      // A word of the bilingual word list ("annulés"/"cancelled") is also read as its entry (WORD_PREFIX), in lower case
      // or where a capital marks no name: a title in title case, a title-case line, a sentence's first word ("Flights
      // Cancelled As...", "Delays are expected"). Measured (session 22): in lower case only, 16 same-story pages scored
      // less, one of them under the threshold (a French page whose listed words open its sentences); no negative moved.
      // A trade-off (fixrev22b): in a title-case title a listed word inside a name is read too ("Anna Delay Resigns"
      // gives w-delay); a title is one line, its weight that of a few words, and a page must also meet the other
      // language's words for it to count (addCognates: a listed word counts only where both give it).
      const plain = !w.capitalized || titleCase || inTitleLine || startsSentence(text, w.start);
      const listed = plain ? lookup(w.norm, 'word') : undefined;
      if (listed) bag.add(WORD_PREFIX + listed.id, 'term', rarity(w.norm, lang), weight, w.raw);
    }
  }

  addNumbersAndDays(bag, text, weightAt, ignore, docCase.published);
}

/**
 * A segment's numbers (n:, with their scale word), small counts with what they count (k:, in digits or
 * words) and days of the year (d:).
 */
function addNumbersAndDays(bag: FeatureBag, text: string, weightAt: (pos: number) => number, ignore: Array<[number, number]>, published?: string): void {
  const folded = fold(text);
  const days = dayMentions(text, folded);
  const weekdays = weekdayMentions(text, folded, published, days);
  // The day of a date ("May 8 holiday", "le 7 octobre") counts nothing.
  const dayRanges = days.map((d): [number, number] => [d.start, d.start + d.raw.length]);
  NUMBER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBER.exec(text)) !== null) {
    if (inRanges(m.index, ignore) || inRanges(m.index, dayRanges) || NAMED_NUMBER.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    const end = m.index + m[0].length;
    const scaleWord = SCALE.exec(folded.slice(end, end + SCALE_REACH))?.[1];
    const v = numberValue(m[0], scaleWord ? SCALES[scaleWord.toLowerCase()] : 1);
    if (v === null) continue;
    const counted = scaleWord ? undefined : countedNoun(folded, end);
    if (counted && Number.isInteger(v) && v >= MIN_COUNT && v < MIN_ANCHOR_NUMBER) {
      bag.add(`k:${v}:${counted.id}`, 'number', 1, weightAt(m.index), text.slice(m.index, counted.end), tollOfPlainCount(text, counted.id, m.index, counted.end));
      continue;
    }
    // "2012 morts" is a toll, not a year ("2026 budget" is a year).
    if (v < MIN_ANCHOR_NUMBER || (!scaleWord && !(counted && counted.type !== 'topic') && isYear(m[0], v))) continue;
    bag.add('n:' + numberKey(v), 'number', isRound(v) ? ROUND_NUMBER_SPEC : 1, weightAt(m.index), scaleWord ? `${m[0]} ${scaleWord}` : m[0], counted?.type === 'role' ? counted.id : undefined);
  }
  COUNT_WORD.lastIndex = 0;
  while ((m = COUNT_WORD.exec(folded)) !== null) {
    if (inRanges(m.index, ignore)) continue;
    const counted = countedNoun(folded, m.index + m[0].length);
    if (counted) bag.add(`k:${COUNT_WORDS.get(m[0])}:${counted.id}`, 'number', 1, weightAt(m.index), text.slice(m.index, counted.end), tollOfPlainCount(text, counted.id, m.index, counted.end));
  }

  // A day told as recalled ("le 12 septembre dernier") is still keyed: it is most often the story's own day, recalled
  // by a later report; it is kept only from dating an undated page (recalledReader, StoryIndex.unexplainedDays).
  for (const d of days) {
    if (inRanges(d.start, ignore)) continue;
    bag.add('d:' + d.key, 'date', 1, weightAt(d.start), d.raw);
  }
  for (const d of weekdays) {
    if (inRanges(d.start, ignore)) continue;
    bag.add(WEEKDAY_PREFIX + d.key, 'date', 1, weightAt(d.start), d.raw);
  }
}

/**
 * Key prefix of a day named by its weekday (weekdayMentions), "w:6-14": a day inferred from the article's own date, kept
 * out of its core (storyCore) and counted only where it meets a day of another article (the story index's addDays), so
 * that it adds evidence and dilutes nothing. A weekday of the day the article also names by its date joins that date.
 */
export const WEEKDAY_PREFIX = 'w:';
/** Weekdays in both languages, Sunday first (as Date.getUTCDay counts them). */
const WEEKDAY_NAMES = ['dimanche|sunday', 'lundi|monday', 'mardi|tuesday', 'mercredi|wednesday', 'jeudi|thursday', 'vendredi|friday', 'samedi|saturday'];
const WEEKDAY = new RegExp(`\\b(${WEEKDAY_NAMES.join('|')})\\b`, 'g');
/**
 * Words around a weekday that make it no one day: a recurring day ("chaque lundi", "every Monday", "tous les mardis"
 * is plural and not matched), or a day in the week ahead ("lundi prochain", "next Monday"), which the reports of the
 * event that follow name by its date or by another weekday.
 */
const WEEKDAY_NOT_ONE_DAY_BEFORE = /\b(?:chaque|every|next|this|ce|depuis|since|until|jusqu'a|d'ici)[ \u00A0]+$/;
const WEEKDAY_NOT_ONE_DAY_AFTER = /^[ \u00A0]+(?:prochain|next)\b/;
/**
 * A weekday that is part of a feast's name, no day of the week a report tells ("Mardi gras", "Vendredi saint", "Super
 * Tuesday"): such a feast falls on a date of its own. Not "Easter Monday", "Good Friday" or "Friday prayers": a report
 * of the week names them for the day they fell on ("after Friday prayers", the Pope's Easter Monday), and the devset's
 * dated pages lost their placed weekday with them (conclave en, economy fr lowest positive -0.008, -0.005).
 */
const WEEKDAY_FEAST_BEFORE = /\bsuper[ \u00A0]+$/;
const WEEKDAY_FEAST_AFTER = /^[ \u00A0]+(?:gras|saint|sainte)\b/;

/**
 * The weekdays a folded text names as one day of the week (`index`, `end`: where the name stands; `weekday`: 0 Sunday
 * .. 6 Saturday): not a recurring day ("every Monday"), a day of the week ahead ("lundi prochain") or a feast ("Mardi
 * gras"). The one reader of weekdays (weekdayMentions; the story days' toldDay).
 */
export function weekdayNames(folded: string): Array<{ index: number; end: number; weekday: number }> {
  const out: Array<{ index: number; end: number; weekday: number }> = [];
  WEEKDAY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WEEKDAY.exec(folded)) !== null) {
    const end = m.index + m[0].length;
    const before = folded.slice(Math.max(0, m.index - WEEKDAY_CONTEXT_CHARS), m.index);
    const after = folded.slice(end, end + WEEKDAY_CONTEXT_CHARS);
    if (WEEKDAY_NOT_ONE_DAY_BEFORE.test(before) || WEEKDAY_FEAST_BEFORE.test(before)) continue;
    if (WEEKDAY_NOT_ONE_DAY_AFTER.test(after) || WEEKDAY_FEAST_AFTER.test(after)) continue;
    out.push({ index: m.index, end, weekday: WEEKDAY_NAMES.findIndex((n) => n.split('|').includes(m![1])) });
  }
  return out;
}
/**
 * Characters read on each side of a weekday for the words that make it no one day: the longest ("jusqu'a ", "prochain")
 * with its spaces fits.
 */
const WEEKDAY_CONTEXT_CHARS = 12;
/**
 * A weekday followed by its date ("mardi 6 août", "Tuesday, August 6") is read as that date (dayMentions): a day that
 * starts after a comma and spaces at most. A number that opens no day ("On Wednesday, 12 people died", "Mercredi, 300
 * manifestants") leaves the weekday its own day.
 */
const WEEKDAY_DATED_GAP = /^,?[ \u00A0]+/;

/**
 * The days a dated article names by their weekday ("mercredi", "on Wednesday"): the latest such day on or before its
 * publication (news reports what has happened: "lundi" in a Wednesday article is two days before), keyed as a date is
 * ("d:6-14"). A report of an event names its day so far more often than by its date, and two reports of one event
 * published a day or two apart name one day by two weekdays, or by a weekday and a date, where the terms "mercredi"
 * and "Wednesday" never meet across languages; another event at the same place has its own day. Undated articles
 * name no such day: none can be placed.
 */
export function weekdayMentions(text: string, folded = fold(text), published?: string, days?: DayMention[]): DayMention[] {
  const pub = published && /^\d{4}-\d{2}-\d{2}/.test(published) ? Date.parse(published.slice(0, 10) + 'T12:00:00Z') : NaN;
  if (!Number.isFinite(pub)) return [];
  const pubDay = new Date(pub).getUTCDay();
  const dayStarts = new Set((days ?? dayMentions(text, folded)).map((d) => d.start));
  const datedAfter = (end: number): boolean => {
    const gap = WEEKDAY_DATED_GAP.exec(folded.slice(end, end + WEEKDAY_CONTEXT_CHARS))?.[0];
    return gap !== undefined && dayStarts.has(end + gap.length);
  };
  const out: DayMention[] = [];
  for (const { index, end, weekday: wd } of weekdayNames(folded)) {
    if (datedAfter(end)) continue;
    const day = new Date(pub - ((pubDay - wd + 7) % 7) * 86_400_000);
    const month = day.getUTCMonth() + 1;
    const date = day.getUTCDate();
    out.push({ key: `${month}-${date}`, month, date, start: index, raw: text.slice(index, end) });
  }
  return out;
}

/** French month names, folded: the days dayMentions reads, and FRENCH_ONLY_MONTHS. */
const FRENCH_MONTHS = 'janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre'.split(' ');
const MONTHS: Record<string, number> = {};
FRENCH_MONTHS.forEach((m, i) => (MONTHS[m] = i + 1));
'january february march april may june july august september october november december'.split(' ').forEach((m, i) => (MONTHS[m] = i + 1));
'jan feb mar apr jun jul aug sep sept oct nov dec'.split(' ').forEach((m) => (MONTHS[m] ??= ['jan', 'feb', 'mar', 'apr', '', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(m === 'sept' ? 'sep' : m) + 1));
/** Whether a folded, lower-case word names a month as dayMentions reads it ("juillet", "july", "sept"). */
export function isMonthWord(word: string): boolean {
  return Object.hasOwn(MONTHS, word);
}
/** The month (1-12) a folded, lower-case word names as isMonthWord reads it, else undefined. */
export function monthOf(word: string): number | undefined {
  return Object.hasOwn(MONTHS, word) ? MONTHS[word] : undefined;
}
/** "31 janvier", "1er juin", "January 31", "Jan. 31", "31 January". */
const DAY_MONTH = /\b(\d{1,2})(?:er|st|nd|rd|th)?\s+([a-z]{3,9})\b|\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?![\d,.]\d)/g;

/**
 * English month names that are also common words ("12 may have drowned", "30 march were planned"): a month only when
 * capitalised, as English writes months.
 */
const COMMON_MONTH_WORDS = new Set(['may', 'march']);

/**
 * Month names French writes and English does not ("août", "septembre"; all twelve are spelled otherwise in English).
 * French puts the day before its month ("3 août", "le 12 septembre"), so such a month followed by a number is a month,
 * then a count: "le club vise en mars 4 victoires" names no 4 March (read as one, a preview of a decision became a page
 * written weeks before its story).
 */
const FRENCH_ONLY_MONTHS = new Set(FRENCH_MONTHS);

/**
 * A word right after a day that tells it as recalled from weeks or months before the text's own moment: "la réunion du
 * 12 septembre dernier", "depuis le 7 octobre dernier", "on June 4 last year". French news writes "dernier" after a
 * day it looks back to (the day before is "hier", the day of the report "ce jeudi"). English "last" after a day comes
 * with "year" or "month" ("June 4 last year"), not "last year's" (the champion of "On June 4 last year's champion lost"
 * is of last year, not the day). No comma between: "le 30 juin, dernier jour des soldes" tells the day itself.
 */
const RECALLED_AFTER = /^(?:,?\s+(?:19|20)\d\d)?\s+(?:derniere?s?\b|last\s+(?:year|month)\b(?!'s))/;
/** How far after a day's text RECALLED_AFTER looks (", 2024 derniere" and a space: 16 characters; a margin for spaces). */
const RECALLED_AFTER_CHARS = 20;

/**
 * A relative clause opened after a comma whose verb, in a past form, tells of a warning or an announcement, a few words
 * before a day: "the operator, which had warned on 9 March that fares would rise, raised them on Monday", "le ministre,
 * qui avait annoncé le 3 mars...". That day is when the subject spoke before the news the sentence reports, not the
 * page's moment. Only verbs of saying in the past: a relative clause tells the story's own day as often ("the vote,
 * which took place on 9 March", "le scrutin, qui s'est tenu le 12 septembre") or a day to come ("qui aura lieu le...").
 */
const RELATIVE_BEFORE =
  /,\s+(?:(?:which|who)\s+(?:had\s+)?(?:(?:first|already|earlier)\s+)?(?:warned|said|announced|told|declared|stated|promised|pledged|indicated|revealed|signall?ed)|qui\s+(?:avai(?:en)?t|a|ont)\s+(?:(?:deja|d'abord)\s+)?(?:annonce|prevenu|averti|declare|dit|indique|affirme|promis|revele|signale)e?s?)\s+(?:[a-z'-]+\s+){0,2}$/;
/** How far before a day RELATIVE_BEFORE looks: a comma, the pronoun, "had already announced" and two words ("on the "). */
const RELATIVE_BEFORE_CHARS = 60;

/**
 * For a folded text (fold), a test of whether the day named at an offset, `length` characters long, is told as recalled
 * (RECALLED_AFTER, RELATIVE_BEFORE).
 */
export function recalledReader(folded: string): (start: number, length: number) => boolean {
  return (start, length) =>
    RECALLED_AFTER.test(folded.slice(start + length, start + length + RECALLED_AFTER_CHARS)) || RELATIVE_BEFORE.test(folded.slice(Math.max(0, start - RELATIVE_BEFORE_CHARS), start));
}

/** A year written right after a day ("Feb. 12, 2024", "12 février 2024"). */
const YEAR_AFTER = /^,?[ \u00A0\u202F]+((?:19|20)\d\d)\b/;

/**
 * A day of the year named in a text; `year` when it is written next to the day (rarely: the feature leaves it out);
 * `weekday` (0 Sunday .. 6 Saturday) when a weekday's name opens it ("samedi 7 septembre", "Saturday, Sept. 7"): it
 * tells the year a day without one is in, since a date falls on a given weekday about one year in seven.
 */
export interface DayMention {
  key: string;
  month: number;
  date: number;
  year?: number;
  weekday?: number;
  start: number;
  raw: string;
}

/** A weekday's name right before a day ("samedi 7", "Saturday, Sept. 7", "le mardi 3"), on the folded text. */
const WEEKDAY_BEFORE_DAY = new RegExp(`\\b(${WEEKDAY_NAMES.join('|')}),?[ \u00A0\u202F]+$`);
/** How far before a day its weekday's name may open ("wednesday, " is 11 characters). */
const WEEKDAY_BEFORE_CHARS = 12;

/** Where the weekday's name right before a day opens ("Sunday 24 June 2018": the index of "sunday"), on the folded text; -1 when none. */
export function weekdayBeforeDay(folded: string, dayStart: number): number {
  const from = Math.max(0, dayStart - WEEKDAY_BEFORE_CHARS);
  const m = WEEKDAY_BEFORE_DAY.exec(folded.slice(from, dayStart));
  return m ? from + m.index : -1;
}

/** Days of the year named in a text ("31 janvier", "Jan. 31", "Feb. 12, 2024"). */
export function dayMentions(text: string, folded = fold(text)): DayMention[] {
  const out: DayMention[] = [];
  DAY_MONTH.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DAY_MONTH.exec(folded)) !== null) {
    const day = Number(m[1] ?? m[4]);
    const monthWord = m[2] ?? m[3];
    const monthAt = m[2] ? m.index + m[0].length - m[2].length : m.index;
    const month = Object.hasOwn(MONTHS, monthWord) && (!COMMON_MONTH_WORDS.has(monthWord) || /\p{Lu}/u.test(text[monthAt])) ? MONTHS[monthWord] : undefined;
    if (!month || day < 1 || day > 31 || (m[3] !== undefined && FRENCH_ONLY_MONTHS.has(monthWord))) {
      // A word before a day that is no month ("mercredi 8 mars", "samedi 14 juin", the French way of writing a date)
      // took the day's number: read on from the next character, so the number opens a day of its own.
      DAY_MONTH.lastIndex = m.index + 1;
      continue;
    }
    const d: DayMention = { key: `${month}-${day}`, month, date: day, start: m.index, raw: text.slice(m.index, m.index + m[0].length) };
    const year = YEAR_AFTER.exec(folded.slice(m.index + m[0].length, m.index + m[0].length + 8))?.[1];
    if (year) d.year = Number(year);
    // No WEEKDAY_NOT_ONE_DAY_BEFORE here: "depuis samedi 7 septembre", "until Friday, May 9" still name the weekday the
    // day falls on; that list is for a weekday standing alone ("every Friday").
    const wd = WEEKDAY_BEFORE_DAY.exec(folded.slice(Math.max(0, m.index - WEEKDAY_BEFORE_CHARS), m.index))?.[1];
    if (wd) d.weekday = WEEKDAY_NAMES.findIndex((n) => n.split('|').includes(wd));
    out.push(d);
  }
  return out;
}

/**
 * Key prefix of a plain word's entry in the bilingual word list (concept type `word`: "v:w-cancel" for "annulés",
 * "cancelled"), beside the word's own t: key: kept out of an article's cores (storyCore) and counted only where a page
 * and an article in the other language both give it (the story index's addCognates), so that it adds evidence across
 * languages and dilutes nothing.
 */
export const WORD_PREFIX = 'v:';
/** Concept types of the shared table that say what a story is about (not units, times or cues). */
const STORY_TYPES = new Set(['topic', 'entity', 'role', 'action', 'nation']);

/** The concept a count feature (k:<value>:<concept>) counts. */
export function countedOf(key: string): string {
  return key.slice(key.indexOf(':', 2) + 1);
}

/** Words before a place's name ("in Lebanon", "au Sud-Kivu"): a bracket the article also writes after one is a place. */
const DATELINE_PLACE_BEFORE = /(?:^|[^\p{L}])(?:in|en|au|aux|dans|from|of|du|de)[ \u00A0]+$/iu;

/**
 * Is a dateline's bracket a known place, the region of the place before it ("BEIRUT (Lebanon) —", "GOMA (RDC) -")? A
 * country's name or a nation of the concept table, or a name the article writes elsewhere after a place's preposition
 * ("au Sud-Kivu").
 */
function knownPlace(bracket: string, text: string, from: number): boolean {
  const form = fold(bracket).toLowerCase().replace(/-/g, ' - ').replace(/'/g, " ' ").replace(/\s+/g, ' ').trim();
  if (isCountryForm(form) || lookup(form, 'nation')) return true;
  for (let at = text.indexOf(bracket, from); at >= 0; at = text.indexOf(bracket, at + 1)) {
    if (DATELINE_PLACE_BEFORE.test(text.slice(Math.max(0, at - 8), at))) return true;
  }
  return false;
}

/**
 * The [start, end) of the credit in a dateline opening one of the body's first lines, if any (text/dateline.ts): the
 * outlet that carried the report, "SEATTLE (AP) —", "MADRID, 20 octobre (EUROPA PRESS) -". It names who carried the
 * report, not what it reports (as NEWS_AGENCIES, which lists only the best-known wires: a dateline credits a national
 * agency or a paper as often): as a name it took a place's share of the article's core. A bracket naming a known
 * place is a region, not a credit (knownPlace).
 */
export function datelineCredit(text: string): [number, number] | undefined {
  return findDatelineCredit(text, (bracket, from) => knownPlace(bracket, text, from));
}

/** The ranges of an article's text read as furniture: the caller's, the first line when it is the title's copy
 *  (it opens with the title's first 40 characters: a body often repeats a headline, cut or with a site's name), and a
 *  dateline's credit (datelineCredit). */
function ignoredRanges(doc: { title: string; text: string; ignore?: Array<[number, number]> }): Array<[number, number]> {
  const title = doc.title.trim();
  const ignore = [...(doc.ignore ?? [])];
  const firstLineEnd = doc.text.indexOf('\n');
  if (title && doc.text.startsWith(title.slice(0, Math.min(40, title.length)))) {
    ignore.push([0, firstLineEnd < 0 ? doc.text.length : firstLineEnd]);
  }
  const credit = datelineCredit(doc.text);
  if (credit) ignore.push(credit);
  return ignore;
}

/** The lead of an article, [start, end) in its text: LEAD_CHARS from the end of any furniture at the top (the title's
 *  copy included). One reading for the features' lead weight and the story's lead days (index.ts unexplainedDays). */
export function leadRange(doc: { title: string; text: string; ignore?: Array<[number, number]> }, ignore = ignoredRanges(doc)): [number, number] {
  let leadStart = 0;
  for (const [s, e] of [...ignore].sort((a, b) => a[0] - b[0])) if (s <= leadStart) leadStart = Math.max(leadStart, e);
  return [leadStart, leadStart + LEAD_CHARS];
}

/**
 * The Arabic article written before a name and joined to it by a hyphen ("al-Assad", "el-Sissi", "Al-Haouz"): writers
 * and languages write it so, with a space ("al Assad"), or not at all ("Assad"). With a space the name is keyed by its
 * last word, and without it by the name alone, while joined, in lower case, the whole word was no name at all (a
 * plain word, "al-assad") or, capitalised, a key of its own ("p:al-asad"): one name took three keys that never met
 * across pages. Here the word is read as the name after the article, capitalised by that name's own capital, so it
 * meets every other spelling. Only before a capital and a name of MIN_NAME_LENGTH letters or more.
 * Read on the folded word, where every dash `fold` knows (‐, ‑, –, —, ...) is "-", and the article in any case
 * ("AL-ASSAD" in a headline).
 */
const ARABIC_ARTICLE = /^(?:al|el)-/;
/** Letters of the article and its hyphen, in the raw word as in the folded one (fold keeps lengths). */
const ARABIC_ARTICLE_LENGTH = 3;
function withoutArabicArticle(ws: Word[]): Word[] {
  return ws.map((w) => {
    if (!ARABIC_ARTICLE.test(w.norm)) return w;
    const raw = w.raw.slice(ARABIC_ARTICLE_LENGTH);
    const norm = w.norm.slice(ARABIC_ARTICLE_LENGTH);
    const initial = raw.charAt(0);
    if (initial === initial.toLowerCase() || norm.length < MIN_NAME_LENGTH) return w;
    // The word starts after the article on purpose, and so does its shown form ("Mansouri" for "Karim el-Mansouri"):
    // the given name before it is then no longer joined to it by a space (`joined`), and stays a name of its own, as
    // before a name written without the article; the shown form is the spelling every page shares.
    return { ...w, raw, norm, start: w.start + ARABIC_ARTICLE_LENGTH, capitalized: true };
  });
}

/**
 * Features of one article. The title is weighted as the strongest statement of the story; if the
 * body begins with the title (as the bundled texts do), that first line is not counted twice.
 */
export function extractFeatures(doc: { title: string; text: string; lang: Lang; ignore?: Array<[number, number]>; published?: string }): Feature[] {
  const bag = new FeatureBag();
  const title = doc.title.trim();
  const docLower = new Set<string>();
  const docCapitals = new Map<string, number>();
  // Each segment's words are read once, for this and for its features.
  const titleWords = withoutArabicArticle(words(title));
  const textWords = withoutArabicArticle(words(doc.text));
  const ignore = ignoredRanges(doc);
  // How the article writes its words, read once per word written: the body's copy of the title (and any ignored
  // furniture) is not the article writing a word again. Counted twice, a title's first word ("Recap: ...") reached
  // START_NAME_REPEATS on its own and became a name.
  for (const w of [...titleWords, ...textWords.filter((x) => !inRanges(x.start, ignore))]) {
    if (!w.capitalized) docLower.add(stem(w.norm));
    else docCapitals.set(stem(w.norm), (docCapitals.get(stem(w.norm)) ?? 0) + 1);
  }
  const titleCase = looksTitleCase(title, doc.lang);
  const names = nameUses([{ ws: titleWords, text: title, titleCase }, { ws: textWords, text: doc.text, titleCase: false }], doc.lang, docLower);
  const docCase = { lower: docLower, capitals: docCapitals, names, published: doc.published };
  if (title) addSegment(bag, title, doc.lang, () => TITLE_WEIGHT, [], titleCase, docCase, titleWords);
  const [leadStart, leadEnd] = leadRange(doc, ignore);
  addSegment(bag, doc.text, doc.lang, (pos) => (pos >= leadStart && pos < leadEnd ? LEAD_WEIGHT : 1), ignore, false, docCase, textWords, subheads(doc.text, doc.lang));
  // A weekday naming a day the article also gives by its date is that date's mention (WEEKDAY_PREFIX).
  for (const [key, f] of bag.map) {
    if (!key.startsWith(WEEKDAY_PREFIX)) continue;
    const dated = bag.map.get('d:' + key.slice(WEEKDAY_PREFIX.length));
    if (!dated) continue;
    dated.weight += f.weight;
    bag.map.delete(key);
  }
  const out = [...bag.map.values()];
  // A noun counted with many values (a table of seats per party) names no one event: share its weight.
  const values = new Map<string, number>();
  for (const f of out) if (f.key.startsWith('k:')) values.set(countedOf(f.key), (values.get(countedOf(f.key)) ?? 0) + 1);
  for (const f of out) if (f.key.startsWith('k:')) f.spec /= values.get(countedOf(f.key))!;
  return out;
}
