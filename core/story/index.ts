/**
 * Same-story detection.
 *
 * A story is what an article is mainly about. Each article is reduced to its *core*: the features
 * (names, nations, numbers, days, concepts of the shared table, words) that carry most of its
 * weight, each weighed by how often the article says it (title and lead first) and by how specific
 * it is (rare in everyday language: background.ts). Two
 * articles cover the same story when their cores overlap in mass on both sides (a weighted Ruzicka
 * overlap: the sum of min(share on page, share in source)); across languages only the features that
 * cross languages count, on both sides, so French and English pages score on one scale. A long
 * article (a live blog) is also indexed by section, and a page matches its best entry.
 */
import { extractFeatures, countedOf, dayMentions, weekdayBeforeDay, leadRange, recalledReader, MIN_ANCHOR_NUMBER, WEEKDAY_PREFIX, WORD_PREFIX, type DayMention, type Feature, type FeatureClass } from './features';
import { SAME_STORY_DAYS, toldDay, sentenceOpeningDays, type PastMoment, dayProximity, leadProximity, namedDaysProximity, namesStoryDay, nearestOccurrence, ownDay, titleDay, titlePeriodEnd, aheadReader, periodEndReader, trailProximity } from './days';
import { selfFingerprint, isSameText } from './self';
import { scoreOrder } from './rank';
import type { Lang, SourceMatch } from '../types';
import { SAME_STORY_THRESHOLD } from './threshold';
import { concept, conceptIds } from '../concepts/index';
import conceptsData from '../concepts/concepts.json';
import { rarity } from './background';
import { fold } from '../text/fold';
import { guessLang } from '../text/lang';

/**
 * Relative importance of feature classes: names pin a story; nations and numbers nearly as much; concepts support
 * it; plain words count least, since they only meet pages in their own language (measured: raising them to match
 * names widens the gap between languages, AUC 0.73 vs 0.92).
 * Days (d: keys and weekday days) weigh more than a name: a day both sides give is one moment of one story, and a day
 * only one side gives dilutes the overlap of another moment of the same actors, which is what the false matches are.
 * Fitted (session 46) on the development set with leave-one-story-out folds (method, settings, what was dropped:
 * core/story/README.md, session 46). Measured (npm run eval, dated pages): fr 654/697, false 17/158; en 630/669, false
 * 4/155 (date 0.8: fr 651, false 19; en 627, false 4). In the fit, date 1.4 put an English page at 0.000.
 */
const CLASS_WEIGHT: Record<FeatureClass, number> = { name: 1, nation: 0.8, number: 0.8, date: 1.2, topic: 0.6, term: 0.25 };
/**
 * An article's core: its strongest features. Measured on the story eval: 12 features miss the details
 * that tell one event from the next (AUC 0.76), 30-50 keep them (0.87-0.90); 40 it is.
 */
const CORE_SIZE = 40;
export { SAME_STORY_THRESHOLD } from './threshold';
export { timeProximity } from './days';
/**
 * Articles longer than this many characters (live blogs, long reads) are also indexed by section:
 * a page matches a live blog through the entries on its story, not through the whole blog.
 */
const SECTION_MIN_TEXT = 6000;
/** The event must be among this many strongest features of both the page and the entry: what they are about. */
const EVENT_RANK = 5;
/**
 * The event need only be among this many strongest features of the entry: a report of a day of marches
 * leads with its counts, its union and the words for the marchers and the strike, which push the concept of
 * marching itself down its core (7th in a report of one day's counts), while the page is on another day.
 * Measured: 5 let the next day of the same movement, which names the first one's day, match a report of it
 * (0.410); 10 sets it apart (0.324) and moves no same-story page.
 */
const ENTRY_EVENT_RANK = 10;
/**
 * Counter-evidence: the page and an article count the same thing with different small numbers ("deux
 * otages" here, "quatre otages" there, neither naming the other's): two events, or one misread. The
 * overlap loses this share of the mass such counts would have shared had they agreed.
 */
const COUNT_CONFLICT_WEIGHT = 1;
/**
 * A tally the page and an article give with different values (tallyShared) counts as shared at this
 * weight: the same toll at two moments is as much one story as the same toll at one moment. Measured with and
 * without it (session 13, eighteen-story devset): no page crosses the threshold either way (recall 121/131, false
 * matches 1/42), but page-source pairs fr 160 -> 162/370, en 190 -> 192/399, AUC 0.987 -> 0.988, and the lowest
 * positives of stories never tuned for it rise (blackout en 0.266 -> 0.297, kashmir en 0.307 -> 0.312; wildfire fr
 * 0.364 -> 0.404) against one hard negative's 0.16 -> 0.18 (another air crash's toll). Kept for the pairs.
 */
const TALLY_SHARED_WEIGHT = 1;
/**
 * A toll of 100 or more (a tallied number, Tallies) is one tally with another of the same role only within this ratio:
 * two reports of one story a day or two apart give one toll at most a few times the other ("1000 morts", then "1,644
 * dead"), where another event of the same war or disaster has its own scale (a strike on a school: "40 killed",
 * beside a raid's "210 morts" two days later). Measured (session 14, story eval): without a bound that pair put the
 * school-strike negative over the threshold (0.322 -> 0.368); at 2 and at 3 every page scores the same, and it stays
 * at 0.322. Small counts (both under 100, k: keys) keep no bound, as before: "16 morts" and "5 dead" are one toll
 * early and late (a bound of 3 on them too cost a wildfire page 0.404 -> 0.364).
 */
const TALLY_MAX_RATIO = 3;
/**
 * The salience of a count said once in the body (class weight times log2(1 + 1)): a page's counts above it
 * are in its title or lead, or repeated, and only those can set it apart from an article (prominentCounts).
 */
const ONCE_IN_PASSING = CLASS_WEIGHT.number * Math.log2(2);
/** Characters of consecutive paragraphs in one section: a few entries of a live blog. */
const SECTION_CHARS = 2500;
/**
 * Sources explained with a "why" list: a newsroom corpus can hold thousands of articles on one
 * story, and nobody reads the reasons past the first screens of the popup.
 */
const MAX_EXPLAINED = 100;
/**
 * The "why" of every source past MAX_EXPLAINED: one frozen empty list shared by all, instead of thousands of new
 * empty arrays per match (at 10,000 articles on one story a match returns some 9,500 sources). Frozen, so that no
 * reader can fill one source's list and so every other's, and SourceMatch.why is read-only, so that no such write
 * compiles.
 */
const NO_WHY: readonly string[] = Object.freeze([]);
/**
 * A page's name absent from the corpus meets a corpus name with the same consonants in the same order
 * (a vowel misspelled or transliterated otherwise: "Oberndarfer" for "Oberndorfer"; a place's French name and
 * its own, which often differ by their vowels alone: "Valence" keyed "valenc", "Valencia") only when the name
 * is at least this long: short names differ by a vowel too often ("Paris"/"Perez" do not, "Lens"/"Lins"
 * would). Measured at 7 before 6: 6 raised one page of a French story against an English corpus over the
 * threshold (0.340 -> 0.428), French page-source pairs 90 -> 93, and moved no other page, negative or real page.
 */
const VOWEL_ALIAS_MIN = 6;
/** An alias of fewer consonants ("tahiti" -> "t", "ouattara" -> "tr") joins names that share nothing but a letter or
 * two, and its posting list is read for every page key that falls under it: three is the shortest that still names. */
const ALIAS_MIN_CONSONANTS = 3;
/**
 * Undated sources dated per match (dateUndated): each costs about one match over the corpus the first
 * time, so a page against thousands of undated articles on its story stays within its time budget; the
 * best sources come first. The days found are cached (until the corpus changes) to save the time, never to date
 * more of them: the same page gets the same sources whichever pages were matched before.
 */
const MAX_DATINGS = 4;
/**
 * The story's last report, against which a late page is read (trailProximity), is the latest article the page shares
 * this share of the threshold's overlap with, not only the latest it matches: a developing story's later articles
 * (the appeals after a verdict, the inquiry after a crash) meet a page on its first days at half the threshold or
 * more, while unrelated articles stay near nothing (the real pages against the bundled corpus: 0.13 at most). Placed at
 * its corpus's last day, a same-story page of the development set lost score 14 times when
 * only the articles it matches counted (5 of them under the threshold), 3 times at this share (none under it). The
 * story's first report, against which an early page is read (leadProximity), is read the same way (session 21): a
 * dated same-story page led the articles it matches by up to 12 days, those it matches or resembles by 5 at most.
 */
const TRAIL_RESEMBLANCE = 0.5;
/** Names and terms listed in "why". */
const MAX_WHY = 6;

/** The articles passing a match's threshold before the undated are dated (StoryIndex.match), one entry each per array. */
interface Passing {
  n: number[];
  score: number[];
  slot: number[];
  dating: boolean[];
}

/** The undated articles one match may still date (MAX_DATINGS in all), and those it has dated. */
interface Datings {
  left: number;
  asked: Set<number>;
}

/** Bump when features or scoring change: cached entries of an older format are recomputed. */
export const STORY_FORMAT = 51;

/** The days a text names as its own: dayMentions but those it tells as recalled ("le 12 septembre dernier", recalledReader). */
function ownDays(text: string): DayMention[] {
  const folded = fold(text);
  const recalled = recalledReader(folded);
  return dayMentions(text, folded).filter((d) => !recalled(d.start, d.raw.length));
}

/** A core feature and its salience (weight times specificity times class). */
type CoreEntry = [key: string, salience: number];

export interface StoryDoc {
  id: string;
  title: string;
  lang: Lang;
  /** Publication day (YYYY-MM-DD), when known. */
  published?: string;
  /** The whole article's core, then one core per section of a long article; each sorted, largest first. */
  parts: CoreEntry[][];
  /** For each part, its core of the features that cross languages (crossingCore), read by pages in the other language. */
  cross?: CoreEntry[][];
  /** For each part that has any, its tallied numbers (Tallies) as [n: key, role] pairs; absent when no part has one. */
  tallies?: Array<Array<[string, string]>>;
  /** For each part, the days it names by their weekday alone (weekdayDays); absent when no part names one. */
  days?: CoreEntry[][];
  /** For each part, the words of the bilingual word list it gives (listedWords); absent when no part gives one. */
  words?: CoreEntry[][];
  /** For each part, its short name keys written all in capitals (acronymKeys), the only ones read by their letters; absent when none. */
  acronyms?: string[][];
  /** Hashes of the article's long sentences, to recognise a page that is this very article. */
  fingerprint: number[];
  /** STORY_FORMAT of the build that computed it (absent before format 3). */
  format?: number;
}

/** False for an entry cached by a build whose features or scoring differed (it must be recomputed). */
export function isCurrentStoryDoc(d: StoryDoc): boolean {
  return Array.isArray((d as Partial<StoryDoc>).parts) && d.format === STORY_FORMAT;
}

/** Plain-JSON index: built at build time for the bundled corpus, extended as articles are added. */
export interface StoryIndexData {
  version: typeof STORY_FORMAT;
  docs: StoryDoc[];
}

/** Parallel arrays rather than objects: with 10,000 articles one key's list holds 10,000 entries. */
interface Postings {
  slots: number[];
  /**
   * The feature's share in each entry: its salience over the entry's mass, and over the entry's mass of features
   * that cross languages. Divided once when the entry is added, not per query: a page's core meets hundreds of
   * thousands of postings at 10,000 articles on its story, and the quotient is the same double either way.
   */
  shares: number[];
  crossShares: number[];
  /** The feature's salience in each entry, for words spelled alike across languages (addCognates), which rescale masses. */
  sals: number[];
}

/** Name keys carry this prefix ("p:oberndorfer"). */
const NAME_PREFIX = 'p:';

/**
 * A long name key's consonants ("p:brndrfr"): the alias under which a vowel-misspelled name is found;
 * undefined for any other key (not a name, or shorter than VOWEL_ALIAS_MIN).
 */
export function vowelAlias(key: string): string | undefined {
  if (!key.startsWith(NAME_PREFIX) || key.length < VOWEL_ALIAS_MIN + NAME_PREFIX.length) return undefined;
  // The consonants, then the spellings French and English give one sound (SOUND_SPELLINGS), then doubled letters
  // once: a coarsening of the bare consonants, so every pair of keys that met before still meets.
  let k = key.slice(NAME_PREFIX.length).replace(/[aeiou]/g, '');
  for (const [re, to] of SOUND_SPELLINGS) k = k.replace(re, to);
  k = k.replace(/([a-z])\1+/g, '$1');
  return k.length >= ALIAS_MIN_CONSONANTS ? NAME_PREFIX + k : undefined;
}

/**
 * The longest name key read as an acronym whose letters the other language orders otherwise: French puts the adjective
 * after the noun, so one body's initials change order ("PLD"/"LDP", "ADN"/"DNA", "OIM"/"IOM", "FMI"/"IMF"). Three or
 * four letters: the acronyms' length, and too short for the consonant alias (VOWEL_ALIAS_MIN). Measured (session 25,
 * story-quick, dated pages, against no letter alias; the same with acronyms alone, fixrev25b): 8 same-story pages up
 * (aircrash fr x2, japanvote fr x4, pnglandslide fr, canada en), none down; three negatives up: japanvote fr frnews24
 * 0.157 -> 0.178 and news7 0.036 -> 0.043 (the same party), conclave en wral (from text alone) 0.238 -> 0.244. Five
 * letters also raised a tariffs en negative (from text alone) 0.447 -> 0.506.
 */
const LETTER_ALIAS_MAX = 4;
/**
 * The shortest key read by its letters: three, an acronym's shortest ("FMI", "ONU"); two letters reorder into too many
 * others. A count of letters, apart from the consonant alias's ALIAS_MIN_CONSONANTS though equal to it.
 */
const LETTER_ALIAS_MIN = 3;

/**
 * A short name key's letters in alphabetical order ("p:#dlp" for "pld" and "ldp"): the alias under which an acronym meets
 * the same initials in the other language's order (LETTER_ALIAS_MAX). An alias, not a key: a page's own spelling meets
 * first, so an acronym both write alike ("PiS", "Unesco") meets as before, and an entry giving both the page's key and
 * another order meets by the page's own; the alias is read only for keys written in capitals (acronymKeys). Undefined
 * for any other key.
 */
export function letterAlias(key: string): string | undefined {
  if (!key.startsWith(NAME_PREFIX)) return undefined;
  const k = key.slice(NAME_PREFIX.length);
  if (k.length < LETTER_ALIAS_MIN || k.length > LETTER_ALIAS_MAX || !/^[a-z]+$/.test(k)) return undefined;
  return NAME_PREFIX + '#' + [...k].sort().join('');
}

/** A name shown ending in a word of capitals alone, of an acronym's length ("PLD", "la FAO"; not "Roma", "Ali", "PiS"). */
const ACRONYM_SHOWN = new RegExp(`(?:^|[^\\p{L}])(\\p{Lu}{${LETTER_ALIAS_MIN},${LETTER_ALIAS_MAX}})$`, 'u');

/**
 * The name keys an article writes as acronyms: in capitals alone, three or four letters (LETTER_ALIAS_MIN..MAX). Only
 * these are read by their letters (letterAlias): a short name in lower case has letters any other name may reorder
 * ("Omar"/"Roma", "Ali"/"Lai", "Leon"/"Noel"), an acronym's letters are the initials of one body's words. An acronym is
 * keyed by its letters as written (features' nameFeatureKey: "BCE" is "p:bce", not folded to "p:bc" as it was, which met "BBC"), so its
 * alias is its key's letters. The capitals shown count only when they are the key's word: "Red SEA" is keyed by "Red"
 * (the last word says the kind of place), and the letters of "SEA" are not that key's.
 */
export function acronymKeys(features: Feature[]): string[] {
  return features
    .filter((f) => {
      if (f.cls !== 'name' || letterAlias(f.key) === undefined) return false;
      const shown = ACRONYM_SHOWN.exec(f.display)?.[1];
      return shown !== undefined && NAME_PREFIX + fold(shown) === f.key;
    })
    .map((f) => f.key);
}

/**
 * A count of this value or more with what it counts (k:78:missing) meets the same value counting another noun of the
 * other article (k:78:person), as a name meets its other spelling (the aliases): reports of one event give one figure
 * with different nouns ("78 people" trapped, "78 missing"; "82 survivors' bodies", "82 morts"), or the noun is read
 * only in one of them. Values under it (the one-digit ones) recur too often ("two children", "three people") to tie
 * two articles whatever they count: those meet across nouns only as people of one fate (`countKinds`, `kindsMeet`).
 * Measured (session 15, 24 stories, dated pages): 11 same-story pages rose (shipwreck en-khaleejtimes 0.261 -> 0.293,
 * quake en-mb 0.295 -> 0.309), no negative rose, no page crossed the threshold; 20 instead of 10 gave the same but for
 * three pages' "15" (kumbh fr-la1ere 0.451 -> 0.415).
 */
const COUNT_ALIAS_MIN = 10;

/** Suffix of a small people count's alias, apart from a large count's: which of its nouns meet, `kindsMeet` says. */
const PEOPLE_ALIAS = ':people';

/**
 * The alias under which a count feature (k:<value>:<concept>) meets the same value of another noun, or undefined.
 * From COUNT_ALIAS_MIN on, any noun: the value alone is rare enough. Under it, a small count of people (k:6:employee)
 * meets the same value counting people of a fate it shares with another noun (k:6:person, k:6:killed; `kindsMeet`): reports of one
 * event name one group by who they are ("six construction workers"), by nothing ("six personnes") or as the dead
 * ("six presumed dead", "six morts"), and a small count of people is most often the toll. A fate other than death
 * (injured, rescued, arrested) meets only itself, an alike fate, or a people noun its article tells in no other fate
 * ("two men" / "two arrested"): "two injured passengers" is not "two people died", and two such stories (a flat explosion and a bus crash in one town) would otherwise meet
 * on the one count every such report gives. A small count of things keeps its own noun: "two ships" is no "two people".
 * Measured (session 16, 28 stories, dated pages, story-quick), with every fate then aliased to people: 18 same-story pages
 * rose (bridge en cbsnews 0.313 -> 0.355 and vovworld 0.336 -> 0.352 crossed, wmar2news +0.041, tf1info +0.022;
 * blackout en cibercuba +0.075, magdeburg fr watson +0.068), no page fell, no negative moved.
 */
export function countAlias(key: string): string | undefined {
  if (!key.startsWith('k:')) return undefined;
  const v = countValue(key);
  if (v >= COUNT_ALIAS_MIN) return 'k:' + v;
  return peopleKind(countedOf(key)) === undefined ? undefined : 'k:' + v + PEOPLE_ALIAS;
}

/** The kind of a people noun that says no fate ("people", "workers", "men"): what befell them, their article says. */
const PLAIN_KIND = '*';

/**
 * The fate kinds a small people count (k:<value>:<noun>) is told in within one core (`keys`: its features): its own
 * noun's kind, or, for a plain people noun, the kinds of the fates the core counts at the same value ("Two people
 * died": k:2:person beside k:2:killed is the toll), PLAIN_KIND when it counts none.
 */
export function countKinds(key: string, keys: Iterable<string>): string[] {
  const own = peopleKind(countedOf(key));
  if (own === undefined) return [];
  if (own !== PLAIN_KIND) return [own];
  const prefix = key.slice(0, key.indexOf(':', 2) + 1);
  const kinds = new Set<string>();
  for (const k of keys) {
    if (!k.startsWith(prefix)) continue;
    const kind = peopleKind(countedOf(k));
    if (kind !== undefined && kind !== PLAIN_KIND) kinds.add(kind);
  }
  return kinds.size ? [...kinds] : [PLAIN_KIND];
}

/** Do two small people counts at one value meet (countKinds of each)? One told in no fate meets any; else one kind. */
export function kindsMeet(a: string[], b: string[]): boolean {
  return a.includes(PLAIN_KIND) || b.includes(PLAIN_KIND) || a.some((k) => b.includes(k));
}

/**
 * The fates that are the toll's kind, with people nouns: the dead, and the missing, whom a story's later reports count
 * as dead ("six workers missing", then "six presumed dead": measured on the development set, bridge pages fell up to
 * 0.037 with the missing apart).
 */
const TOLL_ROLES = new Set(['killed', 'missing']);
/** The kind of the TOLL_ROLES. */
const TOLL_KIND = 'toll';

/**
 * The kind of people a counted noun names, for a small count's alias: people named by who they are (person, worker,
 * passenger) or by a TOLL_ROLES fate ("bodies" and "lives" mean the dead) are one kind; another fate (wounded,
 * rescued, arrested, a striker) is its own kind, shared only with the fates the concept data calls alike (survivors /
 * rescued: one set told in two roles, core/figures/match.ts `alikeRoles`); not people: undefined.
 */
function peopleKind(id: string): string | undefined {
  const c = concept(id);
  if (!c || !(c.people || c.means?.entity === 'person')) return undefined;
  const role = c.type === 'role' ? c.id : c.means?.role;
  if (role === undefined) return PLAIN_KIND;
  if (TOLL_ROLES.has(role)) return TOLL_KIND;
  return alikeRoot(role);
}

/** One name for a fate and the fates it is alike with (concept `alike`, read both ways): the first in order. */
function alikeRoot(role: string): string {
  const kin = [role, ...(concept(role)?.alike ?? []), ...ALIKE_OF.get(role) ?? []];
  return kin.sort()[0];
}
/** Each fate named in another's `alike`, with the fates that name it. */
const ALIKE_OF: Map<string, string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const id of conceptIds('role')) for (const other of concept(id)?.alike ?? []) m.set(other, [...m.get(other) ?? [], id]);
  return m;
})();

/**
 * Spellings of one consonant sound that French and English write differently in a place's or a person's name: the
 * hushing sounds (French "ch" and "tch", English "sh" and "ch", German "sch": "Cachemire"/"Kashmir", "Tchétchénie"/
 * "Chechnya"), the hard c (French "c" or "qu", English and transliterations "k": "Cachemire"/"Kashmir"), "ph"/"f"
 * ("Philippines"/"Filipinas") and an "h" after t, k or g, which transliterations add or drop ("Kirghizistan"/"Kyrgyzstan").
 * The voiced hushing sound: English transliterates the Cyrillic "ж" and the Arabic "ج" as "zh" or "j", French as "j" or
 * "dj" ("Zhukov"/"Joukov", "Tajikistan"/"Tadjikistan", "Jeddah"/"Djeddah", "Zhytomyr"/"Jytomyr"): one name, whose
 * consonants differed by that spelling alone. Read first, so that the "h" after g and the hushing "sh" rule do not take
 * its letters ("dzh" is the whole sound, not a "d" then "zh").
 * Read on the consonants, so "ch" and "sh" are those letters next to each other once the vowels are gone.
 */
const SOUND_SPELLINGS: Array<[RegExp, string]> = [
  [/dzh|zh|dj/g, 'j'],
  [/tsch|sch|sh|tch|ch/g, 'x'],
  [/ph/g, 'f'],
  [/([tkg])h/g, '$1'],
  [/[cq]/g, 'k'],
];

/**
 * A number of this many significant digits or more ("1 266", "107,000", "2,946"), shared by a page and an entry, is one
 * count of one thing: unrelated stories almost never meet on such a value, and another event of the same topic (last
 * year's budget, the June rally) gives its own figures. Such a number counts with the larger of its two shares, not
 * the smaller: a page that gives it in passing meets an entry that leads with it. Round numbers ("500", "51 000") have
 * fewer digits and keep the smaller share. Measured on the development set (pages with their dates): none of the 36
 * hard negatives moved; 28 of 113 same-story pages gained 0.02-0.10.
 */
const DISTINCT_DIGITS = 3;

/** Is this an n: key of DISTINCT_DIGITS significant digits or more (trailing zeros are not significant)? */
export function distinctNumber(key: string): boolean {
  return key.startsWith('n:') && key.slice(2).replace(/0+$/, '').length >= DISTINCT_DIGITS;
}

/**
 * A plain word spelled alike in French and English and rare in both everyday languages (a disease, a drug, a technical
 * term: "chikungunya", "magnitude", "projection") is one word in both: when a page and an entry in the other language
 * both give it, it meets as a name would. It counts only where it meets: in a pair's masses only when both give it, so
 * a core's rare words that the other language never writes dilute nothing (taken into every crossing core, they
 * did: most rare French words qualify, session 12). From this specificity in both languages' background lists (the
 * page's word read in each); the entry's side is its stored salience, read at a name's class weight.
 */
const COGNATE_MIN_SPEC = 0.8;

/** Only names, nations, concepts, numbers and dates cross languages; words stay in theirs. */
function crosses(key: string): boolean {
  return !key.startsWith('t:');
}

function salience(f: Feature): number {
  return CLASS_WEIGHT[f.cls] * f.spec * Math.log2(1 + f.weight);
}

/**
 * A concept as specific across languages as the rarer of its words in the two ("cases" is rarer in English than "cas"
 * in French): read only when a page and an article in different languages meet.
 */
function crossSpec(f: Feature, lang: Lang): Feature {
  if (!f.key.startsWith('c:')) return f;
  const label = concept(f.key.slice(2))?.label;
  if (!label) return f;
  const other: Lang = lang === 'en' ? 'fr' : 'en';
  const o = rarity(fold(label[other]).toLowerCase(), other);
  const spec = Math.max(f.spec, o);
  return spec === f.spec ? f : { ...f, spec };
}

/** The top features that cross languages, concepts at their cross-language specificity (crossSpec). */
export function crossingCore(features: Feature[], lang: Lang): CoreEntry[] {
  return storyCore(features.filter((f) => crosses(f.key)).map((f) => crossSpec(f, lang)));
}

/** The top features of an article (or a section), by salience. */
export function storyCore(features: Feature[]): CoreEntry[] {
  return features
    .filter((f) => !f.key.startsWith(WEEKDAY_PREFIX) && !f.key.startsWith(WORD_PREFIX))
    .map((f): CoreEntry => [f.key, Number(salience(f).toFixed(4))])
    .filter((e) => e[1] > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, CORE_SIZE);
}

/**
 * The words of the bilingual word list an article gives (WORD_PREFIX, "v:w-cancel" for "annulés", "cancelled"), with
 * their salience at a plain word's class weight: counted only where a page and an article in the other language both give
 * them (addCognates), never in a core. Only those as rare in their own language as a word spelled alike must be in
 * both (COGNATE_MIN_SPEC): "annulés" / "cancelled", "retards" / "delays", "épave" / "wreckage", not "maintenant" /
 * "now", which any two reports of anything share. Plain words do not cross languages (crosses), so two reports of one
 * story in two languages met by names, numbers, days and the concept table alone, and a story told in everyday words
 * (a company's job cuts, flights cancelled by an outage) by little else than its company's name. The word list was
 * written by hand from general news vocabulary (session 21), not from any story.
 * Measured (session 22, npm run eval, 52 stories, dated pages): recall 366 -> 368/397, false matches 4/203 unchanged, no
 * same-story page fell (story-quick: 151 up, none down; 11 negatives up by at most 0.03, none crossed). Counted as
 * cognates are (their overlap scaled down by the masses they add), the same words gave +1 page, and 15 same-story pages fell.
 * Taken into the crossing core instead (scored as any feature, diluting where they do not meet): 261 same-story pages
 * fell, recall 361 -> 354/392.
 */
export function listedWords(features: Feature[]): CoreEntry[] {
  return features
    .filter((f) => f.key.startsWith(WORD_PREFIX) && f.spec >= COGNATE_MIN_SPEC)
    .map((f): CoreEntry => [f.key, Number(salience(f).toFixed(4))])
    .filter((e) => e[1] > 0);
}

/** The days an article names by their weekday alone (WEEKDAY_PREFIX), with their salience: counted only where they meet (addDays). */
export function weekdayDays(features: Feature[]): CoreEntry[] {
  return features
    .filter((f) => f.key.startsWith(WEEKDAY_PREFIX))
    .map((f): CoreEntry => [f.key, Number(salience(f).toFixed(4))])
    .filter((e) => e[1] > 0);
}

/** Shares of each entry's salience over the entries that count: all of them, or only those that cross languages. */
function shares(core: CoreEntry[], crossOnly: boolean): Map<string, number> {
  const kept = crossOnly ? core.filter((e) => crosses(e[0])) : core;
  const total = kept.reduce((a, e) => a + e[1], 0) || 1;
  return new Map(kept.map((e) => [e[0], e[1] / total]));
}

/** Are all of the page's shares of features that cross languages (its cross-language core)? Asked for each of up to
 * MAX_EXPLAINED sources of one query with the same two maps: read once per map. */
const crossingOnly = new WeakMap<Map<string, number>, boolean>();
function crossesOnly(page: Map<string, number>): boolean {
  let all = crossingOnly.get(page);
  if (all === undefined) { all = page.size > 0 && [...page.keys()].every(crosses); crossingOnly.set(page, all); }
  return all;
}

/**
 * The numbers of a core that count what befell people (Feature.tally): their n: key and the role they count. A
 * small count carries what it counts in its key (k:4:hostage); a number of 100 or more keeps its value alone as
 * its key, so that "1,644 people" meets "1 644 morts", and its role is kept beside it.
 */
export type Tallies = ReadonlyMap<string, string>;
const NO_TALLIES: Tallies = new Map();

/** What a count feature counts: the concept of a k: key, the role of a tallied n: key (Tallies); else undefined. */
function countedBy(key: string, tallies: Tallies): string | undefined {
  return key.startsWith('k:') ? tallies.get(key) ?? countedOf(key) : key.startsWith('n:') ? tallies.get(key) : undefined;
}

/** The tallies (Tallies) among a core's keys, from its article's features. */
export function coreTallies(core: CoreEntry[], features: Feature[]): Tallies {
  const byKey = new Map(features.map((f) => [f.key, f] as const));
  const out = new Map<string, string>();
  for (const [key] of core) {
    const t = key.startsWith('n:') || key.startsWith('k:') ? byKey.get(key)?.tally : undefined;
    if (t) out.set(key, t);
  }
  return out;
}

/** Count features (k:<value>:<concept>, and tallied numbers) by what they count: each value's share. */
export function counts(shared: Map<string, number>, tallies: Tallies = NO_TALLIES): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const [key, share] of shared) {
    const c = countedBy(key, tallies);
    if (c === undefined) continue;
    let m = out.get(c);
    if (!m) out.set(c, (m = new Map()));
    m.set(key, share);
  }
  return out;
}

/**
 * What a core counts prominently: the things it gives a count of in its title or lead, or more than once.
 * A count the page says once in passing is often a part of the event ("three of the hostages were men"
 * beside the articles' "four hostages") or one row of a table of seats, not another event.
 */
export function prominentCounts(core: CoreEntry[], tallies: Tallies = NO_TALLIES): Set<string> {
  const out = new Set<string>();
  for (const [key, sal] of core) {
    const c = countedBy(key, tallies);
    if (c !== undefined && sal > ONCE_IN_PASSING + 1e-6) out.add(c);
  }
  return out;
}

/**
 * A count of what befell people is a tally that grows while a story is reported: reports a day apart give one toll two
 * values ("11 morts", then "16 morts"). It is a count of a role (killed, injured, missing, evacuated, arrested), or a
 * plain people count its clause tells in such a role ("18 people died": Feature.tally, tollOfPlainCount in
 * features.ts), which the Tallies give under that role (countedBy).
 */
function isTally(counted: string): boolean {
  return concept(counted)?.type === 'role';
}

/**
 * The days dated in full (day, month, year) with their weekday, the weekday the one that day fell on: a writer who gives
 * all three dates the day an account tells ("Sunday 24 June 2018"). A weekday the date contradicts is left out (a
 * misread pairing, or a day told by its weekday beside another's date).
 */
function fullyDated(days: DayMention[]): DayMention[] {
  return days.filter((d) => d.year !== undefined && d.weekday !== undefined && new Date(Date.UTC(d.year, d.month - 1, d.date)).getUTCDay() === d.weekday);
}

/** A text with the weekdays of fully dated days (fullyDated) blanked, same length, for toldDay. */
function withoutWeekdays(text: string, dated: DayMention[]): string {
  if (dated.length === 0) return text;
  const folded = fold(text);
  let out = text;
  for (const d of dated) {
    const at = weekdayBeforeDay(folded, d.start);
    if (at >= 0) out = out.slice(0, at) + ' '.repeat(d.start - at) + out.slice(d.start);
  }
  return out;
}

/**
 * The mass of counts the page and an entry give for one same thing with no value in common, when the page
 * counts that thing prominently (`pageProminent`, from prominentCounts): for each such thing, min(the
 * page's share of its counts, the entry's share of its counts). Only the counts that are no tally (isTally) are
 * asked: what the event is made of (hostages freed, seats, plants, "a boat carrying 35 people") tells two events
 * apart. Only the page's prominence is asked: the entry's passing counts still conflict with the page's headline
 * count ("2 hostages" in a page's title against an article's "trois otages"); asked of both sides, the hard
 * negatives rose by 0.02. `tallies`: the entry's (its page's are in `page`, counts()).
 */
export function countConflict(page: Map<string, Map<string, number>>, pageProminent: Set<string>, core: CoreEntry[], mass: number, tallies: Tallies = NO_TALLIES): number {
  return unsharedCountMass(page, pageProminent, core, mass, (counted) => !isTally(counted), tallies);
}

/**
 * The mass of tallies (counts of what befell people: isTally) the page and an entry give for one same thing
 * with no value in common, when the page counts that thing prominently: one toll reported at two moments
 * ("11 morts", then "16 morts"), which the overlap misses because the values differ. For each such thing,
 * min(the page's share of its counts, the entry's share of its counts): what the two would share had the
 * reports been written the same hour. Another event's toll of the same kind meets it too: the rest of the
 * overlap must still carry the score. The same mass as countConflict's, over the counts it leaves out.
 */
export function tallyShared(page: Map<string, Map<string, number>>, pageProminent: Set<string>, core: CoreEntry[], mass: number, tallies: Tallies = NO_TALLIES): number {
  return unsharedCountMass(page, pageProminent, core, mass, isTally, tallies, TALLY_MAX_RATIO);
}

/**
 * For each counted thing `kind` keeps that the page counts prominently and the entry counts too, with no value in
 * common: min(the page's share of its counts, the entry's share of its counts), summed. Counter-evidence for a count
 * of what the event is made of (countConflict), shared evidence for a growing toll (tallyShared). With `maxRatio`, only
 * the values that can be one toll at two moments (near) count, on both sides.
 */
function unsharedCountMass(page: Map<string, Map<string, number>>, pageProminent: Set<string>, core: CoreEntry[], mass: number, kind: (counted: string) => boolean, tallies: Tallies, maxRatio = Infinity): number {
  if (pageProminent.size === 0) return 0;
  const entry = new Map<string, { share: number; agree: boolean; values: number[] }>();
  for (const [key, sal] of core) {
    const c = countedBy(key, tallies);
    if (c === undefined || !kind(c) || !pageProminent.has(c)) continue;
    const values = page.get(c);
    if (!values) continue;
    const e = entry.get(c) ?? { share: 0, agree: false, values: [] };
    e.agree ||= values.has(key);
    const v = countValue(key);
    // Only the entry's values that can be one of the page's counts at another moment (near) add to its share.
    if (maxRatio < Infinity && ![...values.keys()].some((k) => near(countValue(k), v, maxRatio))) {
      entry.set(c, e);
      continue;
    }
    e.share += sal / mass;
    e.values.push(v);
    entry.set(c, e);
  }
  let total = 0;
  for (const [c, e] of entry) {
    if (e.agree || e.share === 0) continue;
    let pageShare = 0;
    for (const [k, share] of page.get(c)!) if (maxRatio === Infinity || e.values.some((v) => near(countValue(k), v, maxRatio))) pageShare += share;
    total += Math.min(pageShare, e.share);
  }
  return total;
}

/** The value a count feature gives: k:<value>:<concept> or n:<value>. */
function countValue(key: string): number {
  return Number(key.slice(2, key.startsWith('k:') ? key.indexOf(':', 2) : undefined));
}

/** Can two tallies be one toll at two moments: both small counts (k:), or within `ratio` of each other? */
function near(a: number, b: number, ratio: number): boolean {
  return Math.max(a, b) < MIN_ANCHOR_NUMBER || Math.max(a, b) <= ratio * Math.min(a, b);
}

/** Sections of a long article: runs of consecutive paragraphs of about SECTION_CHARS each. */
function sections(text: string): Array<[number, number]> {
  if (text.length < SECTION_MIN_TEXT) return [];
  const out: Array<[number, number]> = [];
  let start = 0;
  const re = /\n\s*\n|\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m.index - start >= SECTION_CHARS) {
      out.push([start, m.index]);
      start = m.index + m[0].length;
    }
  }
  if (text.length - start >= SECTION_CHARS / 2) out.push([start, text.length]);
  else if (out.length) out[out.length - 1][1] = text.length;
  return out.length > 1 ? out : [];
}

/**
 * Do the page and an entry turn on a one-day event (a day of marches: concepts the table marks `event`),
 * among the strongest features of the page (EVENT_RANK) and of the entry (ENTRY_EVENT_RANK)? Then the story
 * is that day's, and two days far apart are two days of the movement.
 */
function sharesOneDayEvent(pageCore: CoreEntry[], core: CoreEntry[]): boolean {
  const top = (c: CoreEntry[], rank: number) => c.slice(0, rank).filter(([key]) => key.startsWith('c:') && concept(key.slice(2))?.event === true).map(([key]) => key);
  const entry = new Set(top(core, ENTRY_EVENT_RANK));
  return entry.size > 0 && top(pageCore, EVENT_RANK).some((k) => entry.has(k));
}

/** A page's words spelled alike in the other language (COGNATE_MIN_SPEC): the other language's key and the page's salience, with the page's crossing mass. */
interface Cognates {
  sals: Map<string, number>;
  mass: number;
  /**
   * The keys of `sals` that are words of the bilingual word list (listedWords), not words spelled alike: read at their
   * stored salience (a plain word's weight, as the page's), and counted beside the overlap, never scaling it down.
   */
  listed: Set<string>;
}
/** A page's days named by their weekday (weekdayDays), by key, with its masses in its language and across languages. */
interface PageDays {
  sals: Map<string, number>;
  /** The page's publication day (timestamp; NaN when unknown). */
  day: number;
  mass: number;
  crossMass: number;
  /**
   * An undated page's days told as past (d:<month>-<day> keys, aheadReader): the days it may report, which meet the
   * days an article names by their weekday (addDays); undefined for a dated page, whose own moment says which.
   */
  toldDays?: Set<string>;
  /** The mentions behind toldDays, read once for addDays and for the page's early test (namesStoryDay). */
  toldMentions?: DayMention[];
}

/**
 * A date an article gives is its own moment (what it reports) when it lies within this many days of its publication:
 * a weekday names a day of the past week, and the date of that moment is as near. A date further back is recalled (the
 * previous march, the vote a month before, last year's wreck): a page's weekday that falls on it (another day of marches
 * on the same weekday of the year before) is not the same moment. Measured: without this bound, negatives of another
 * day of the same movement rose on the recalled day their corpus names (0.340 -> 0.360, 0.340 -> 0.366).
 */
const OWN_MOMENT_DAYS = 7;
/** Is a d:<month>-<day> key within OWN_MOMENT_DAYS of an article's publication day (a timestamp; false when unknown)? */
function ownMoment(key: string, published: number): boolean {
  if (!Number.isFinite(published)) return false;
  const [month, date] = key.slice(2).split('-').map(Number);
  const year = new Date(published).getUTCFullYear();
  return [year - 1, year, year + 1].some((y) => Math.abs(Date.UTC(y, month - 1, date) - published) <= OWN_MOMENT_DAYS * 86_400_000);
}

/** An entry stores a plain word at the term class weight; a cognate meets at a name's. */
const COGNATE_ENTRY_SCALE = CLASS_WEIGHT.name / CLASS_WEIGHT.term;

/**
 * A page's words that meet an entry in the other language only where both give them: its words spelled alike in the
 * other language (COGNATE_MIN_SPEC), keyed as the other language's word, and its words of the bilingual word list
 * (listedWords), keyed by their entry. A listed word the page writes as the other language does, a cognate too (a rare
 * word both languages write alike), counts once, as the cognate.
 */
export function pageCognates(features: Feature[], lang: Lang, crossCore: CoreEntry[]): Cognates | undefined {
  const other: Lang = lang === 'en' ? 'fr' : 'en';
  const sals = new Map<string, number>();
  const listed = new Set<string>();
  const spelledAlike = new Set<string>();
  const asCognate = new Set<string>();
  for (const f of features) {
    if (f.cls !== 'term' || !f.key.startsWith('t:') || f.spec < COGNATE_MIN_SPEC) continue;
    const norm = fold(f.display).toLowerCase();
    if (rarity(norm, other) < COGNATE_MIN_SPEC) continue;
    sals.set(`t:${other}:${f.key.slice(5)}`, CLASS_WEIGHT.name * f.spec * Math.log2(1 + f.weight));
    asCognate.add(norm);
    // A word the other language writes too (in its background list, however rarely): its translation may be itself.
    if (rarity(norm, other) < 1) spelledAlike.add(norm);
  }
  const display = new Map(features.map((f) => [f.key, f.display] as const));
  for (const [key, sal] of listedWords(features)) {
    const norm = fold(display.get(key) ?? '').toLowerCase();
    // Also a word too rare in the other language's list to be in it that the entry lists as a form of that language
    // ("famine": fixrev22b): the other language's page writing it meets the cognate already.
    if (spelledAlike.has(norm) || (asCognate.has(norm) && listedForms(key.slice(WORD_PREFIX.length), other).has(norm))) continue;
    sals.set(key, sal);
    listed.add(key);
  }
  if (!sals.size) return undefined;
  return { sals, mass: crossCore.reduce((a, e) => a + e[1], 0) || 1, listed };
}

/** The one-word forms of a word of the bilingual list in one language, folded, as concepts.json lists them. */
const formsByLang = new Map<string, Set<string>>();
function listedForms(id: string, lang: Lang): Set<string> {
  const k = `${lang}:${id}`;
  let forms = formsByLang.get(k);
  if (!forms) {
    const raw = (conceptsData as { concepts: Array<{ id: string; fr?: string; en?: string }> }).concepts.find((c) => c.id === id);
    forms = new Set((raw?.[lang] ?? '').split(/\s+/).filter((w) => w && !w.includes('_')).map((w) => fold(w).toLowerCase()));
    formsByLang.set(k, forms);
  }
  return forms;
}

type ArticleInput = { id: string; title: string; lang: Lang; text: string; ignore?: Array<[number, number]>; published?: string };

export function storyDoc(doc: ArticleInput): StoryDoc {
  const featureSets = [extractFeatures(doc)];
  for (const [s, e] of sections(doc.text)) {
    // A section is read as a short article of its own, without the title (a live blog's title is its whole subject).
    const ignore = (doc.ignore ?? []).map(([a, b]): [number, number] => [a - s, b - s]);
    featureSets.push(extractFeatures({ title: '', text: doc.text.slice(s, e), lang: doc.lang, ignore, published: doc.published }));
  }
  const parts = featureSets.map(storyCore);
  const cross = featureSets.map((fs) => crossingCore(fs, doc.lang));
  const tallies = parts.map((core, i) => [...coreTallies(core, featureSets[i])]);
  const d: StoryDoc = { id: doc.id, title: doc.title, lang: doc.lang, parts, fingerprint: selfFingerprint(doc.text, doc.ignore ?? []), format: STORY_FORMAT };
  d.cross = cross;
  if (tallies.some((t) => t.length)) d.tallies = tallies;
  const days = featureSets.map(weekdayDays);
  if (days.some((t) => t.length)) d.days = days;
  const listed = featureSets.map(listedWords);
  if (listed.some((t) => t.length)) d.words = listed;
  const acronyms = featureSets.map(acronymKeys);
  if (acronyms.some((t) => t.length)) d.acronyms = acronyms;
  if (doc.published) d.published = doc.published;
  return d;
}

export class StoryIndex {
  private docs: StoryDoc[] = [];
  /** False once a doc is removed (doc numbers are tombstoned, never reused). */
  private live: boolean[] = [];
  /** Each entry (an article's whole core, or one of its sections): its doc number and whether it crosses languages. */
  private slotDoc: number[] = [];
  private slotLang: Lang[] = [];
  /** Each entry's small people counts with the fate kinds they are told in (countKinds), undefined when none. */
  private slotKinds: Array<Map<string, string[]> | undefined> = [];
  /** Each entry's mass: the sum of its core's saliences, over all features and over those that cross languages. */
  private slotMass: number[] = [];
  private slotCrossMass: number[] = [];
  /** Each article's publication day as a timestamp (NaN when unknown), parsed once. */
  private day: number[] = [];
  /**
   * Each article's publication day as its match shows it (SourceMatch.published): the one the Engine holds for the
   * article, given when it is added (undefined when the index is used alone). Set in each match as it is made: at
   * 10,000 articles on one story, looking up 10,000 ids in the Engine's map after the match cost about as much as
   * the match's overlap of cores.
   */
  private shown: Array<string | undefined> = [];
  /**
   * Each article's id and title, by number, as its StoryDoc holds them: a match copies them into each of its sources,
   * and at 10,000 articles on one story reading them here instead of through each article's entry (a large object,
   * scattered in memory) spares one memory read per source. The gain (scripts/dev/story-ab.ts, session 32) was
   * measured only together with NO_WHY, never for these arrays alone.
   */
  private ids: string[] = [];
  private titles: string[] = [];
  /**
   * Every article's sentence hashes (StoryDoc.fingerprint) one after the other, the article numbered n's from
   * fpStart[n] to fpStart[n + 1]: a match asks each same-story article whether it is the page, and at 10,000 articles
   * reading each article's own array (and the article's entry to reach it) cost more than the test.
   */
  private fp: number[] = [];
  private fpStart: number[] = [0];
  private postings = new Map<string, Postings>();
  /** Long name keys by their consonants (vowelAlias()), short ones by their letters (letterAlias()), counts by value (countAlias()): a key whose postings are empty is skipped when read. */
  private aliases = new Map<string, string[]>();
  private byId = new Map<string, number>();
  /** The day of the dated article each undated one most resembles (eventDay), until the corpus changes. */
  private resembled = new Map<number, number>();
  /** Live articles per language: a page reads its cross-language core only when the other language is held. */
  private docsIn: Record<Lang, number> = { fr: 0, en: 0 };

  /** `shownOf`: each article's day as its matches show it (addStoryDoc's `shown`). */
  static fromData(data: StoryIndexData, shownOf?: (id: string) => string | undefined): StoryIndex {
    const idx = new StoryIndex();
    for (const d of data.docs) idx.addStoryDoc(d, shownOf?.(d.id));
    return idx;
  }

  static of(docs: Iterable<ArticleInput>): StoryIndex {
    const idx = new StoryIndex();
    for (const d of docs) idx.add(d);
    return idx;
  }

  toData(): StoryIndexData {
    // By number, not id: an article re-added under the same id leaves a dead slot with that id.
    return { version: STORY_FORMAT, docs: this.docs.filter((_, i) => this.live[i]) };
  }

  get size(): number {
    return this.byId.size;
  }

  add(doc: ArticleInput): void {
    this.addStoryDoc(storyDoc(doc));
  }

  /**
   * Adding touches only the new article's postings: the index is never rebuilt. `shown`: the day its matches show
   * (SourceMatch.published), when the caller holds one.
   */
  addStoryDoc(d: StoryDoc, shown?: string): void {
    if (this.byId.has(d.id)) this.remove(d.id);
    this.resembled.clear();
    this.docsIn[d.lang]++;
    const n = this.docs.length;
    this.docs.push(d);
    this.day.push(d.published ? Date.parse(d.published) : NaN);
    this.shown.push(shown);
    this.ids.push(d.id);
    this.titles.push(d.title);
    for (const h of d.fingerprint ?? []) this.fp.push(h);
    this.fpStart.push(this.fp.length);
    this.live.push(true);
    this.byId.set(d.id, n);
    for (const [i, core] of d.parts.entries()) {
      const slot = this.slotDoc.length;
      this.slotDoc.push(n);
      this.slotLang.push(d.lang);
      const mass = core.reduce((a, e) => a + e[1], 0) || 1;
      const crossCore = d.cross?.[i];
      const crossSal = crossCore ? new Map(crossCore) : undefined;
      const crossMass = (crossCore ?? core).reduce((a, e) => a + (crosses(e[0]) ? e[1] : 0), 0) || 1;
      this.slotMass.push(mass);
      this.slotCrossMass.push(crossMass);
      let kinds: Map<string, string[]> | undefined;
      for (const [key] of core) {
        if (!key.startsWith('k:') || countValue(key) >= COUNT_ALIAS_MIN) continue;
        const k = countKinds(key, core.map((e) => e[0]));
        if (k.length) (kinds ??= new Map()).set(key, k);
      }
      this.slotKinds.push(kinds);
      const acronyms = new Set(d.acronyms?.[i]);
      for (const [key, sal] of core) {
        this.post(key, slot, sal / mass, crossSal ? (crossSal.get(key) ?? 0) / crossMass : crosses(key) ? sal / crossMass : 0, sal, acronyms.has(key));
      }
      // The crossing core's features outside the entry's core meet pages in the other language only.
      if (crossCore) {
        const inCore = new Set(core.map((e) => e[0]));
        for (const [key, sal] of crossCore) if (!inCore.has(key)) this.post(key, slot, 0, sal / crossMass, 0, acronyms.has(key));
      }
      // Weekday days (addDays) and listed words (addCognates) are read by their salience alone, outside the entry's masses.
      for (const [key, sal] of [...(d.days?.[i] ?? []), ...(d.words?.[i] ?? [])]) {
        let list = this.postings.get(key);
        if (!list) this.postings.set(key, (list = { slots: [], shares: [], crossShares: [], sals: [] }));
        list.slots.push(slot);
        list.shares.push(0);
        list.crossShares.push(0);
        list.sals.push(sal);
      }
    }
  }

  /** One entry's posting of a key, the key listed under its alias (vowelAlias, letterAlias, countAlias) when first posted. */
  private post(key: string, slot: number, share: number, crossShare: number, sal: number, acronym = false): void {
    let list = this.postings.get(key);
    if (!list) {
      this.postings.set(key, (list = { slots: [], shares: [], crossShares: [], sals: [] }));
      const alias = vowelAlias(key) ?? countAlias(key);
      if (alias !== undefined) this.listAlias(alias, key);
    }
    // A short key is listed under its letters once an entry writes it in capitals (acronymKeys): "Roma" is no acronym of "Omar".
    if (acronym) {
      const alias = letterAlias(key);
      if (alias !== undefined && !this.aliases.get(alias)?.includes(key)) this.listAlias(alias, key);
    }
    list.slots.push(slot);
    list.shares.push(share);
    list.crossShares.push(crossShare);
    list.sals.push(sal);
  }

  private listAlias(alias: string, key: string): void {
    const a = this.aliases.get(alias);
    if (a) a.push(key);
    else this.aliases.set(alias, [key]);
  }

  /** Removal tombstones the article and takes its entries out of their postings. */
  remove(id: string): void {
    const n = this.byId.get(id);
    if (n === undefined) return;
    this.byId.delete(id);
    this.resembled.clear();
    this.docsIn[this.docs[n].lang]--;
    this.live[n] = false;
    for (const [i, core] of this.docs[n].parts.entries()) {
      // The crossing core's own features were posted too (add); leaving them would let a re-added id
      // carry stale postings and count a removed article's days as explained.
      const keys = new Set([...core, ...(this.docs[n].cross?.[i] ?? []), ...(this.docs[n].days?.[i] ?? []), ...(this.docs[n].words?.[i] ?? [])].map((e) => e[0]));
      for (const key of keys) {
        const list = this.postings.get(key);
        if (!list) continue;
        for (let j = list.slots.length - 1; j >= 0; j--) {
          if (this.slotDoc[list.slots[j]] !== n) continue;
          list.slots.splice(j, 1);
          list.shares.splice(j, 1);
          list.crossShares.splice(j, 1);
          list.sals.splice(j, 1);
        }
      }
    }
  }

  /**
   * Corpus articles covering the same story as the page, best first. The score of an article is its
   * best entry's (the whole article or one section): the weighted overlap of the two cores, the sum
   * over shared features of min(share on the page, share in the entry), where shares are taken over
   * the features both languages can share when the page and the article are in different languages.
   * The overlap is scaled down when both publication days are known and far apart (timeProximity).
   * `selfId` (or a page whose text is a corpus article) is never listed as its own source. `exclude`
   * hides articles the reader chose to hide.
   */
  match(page: { title: string; text: string; lang: Lang; selfId?: string; published?: string }, opts: { exclude?: Set<string>; threshold?: number } = {}): SourceMatch[] {
    const threshold = opts.threshold ?? SAME_STORY_THRESHOLD;
    const features = extractFeatures(page);
    const byKey = new Map(features.map((f) => [f.key, f] as const));
    const pageAcronyms = new Set(acronymKeys(features));
    // The page's core: its shares for entries in its language and for entries in the other one.
    const core = storyCore(features);
    const same = shares(core, false);
    // Across languages the page counts its strongest features that cross, not those of its core that do: a
    // French page's core spends many places on words, which leaves few features to meet an English article.
    const crossCore = this.docsIn[page.lang === 'en' ? 'fr' : 'en'] > 0 ? crossingCore(features, page.lang) : core;
    const cross = shares(crossCore, true);
    const cognates = crossCore === core ? undefined : pageCognates(features, page.lang, crossCore);
    const weekdays = weekdayDays(features);
    const days: PageDays = {
      sals: new Map(weekdays),
      day: page.published ? Date.parse(page.published) : NaN,
      mass: core.reduce((a, e) => a + e[1], 0) || 1,
      crossMass: crossCore.reduce((a, e) => a + (crosses(e[0]) ? e[1] : 0), 0) || 1,
    };
    if (!page.published) {
      days.toldMentions = this.unexplainedDays(page, { past: true, namedByArticles: true });
      days.toldDays = new Set(days.toldMentions.map((d) => 'd:' + d.key));
    }
    const { bestScore, bestSlot, candidates } = this.overlaps(same, cross, page.lang, pageAcronyms, cognates, days);
    const pageDay = page.published ? Date.parse(page.published) : NaN;
    let pageFp: Set<number> | undefined;
    // The page's own article, by number (byId holds live articles only), and the hidden ones: neither is a source.
    const selfN = page.selfId === undefined ? -1 : this.byId.get(page.selfId) ?? -1;
    const exclude = opts.exclude?.size ? opts.exclude : undefined;
    // Each article's id and title by number, read from the flat arrays (see `ids`) in the loop and in the sources.
    const { ids, titles } = this;
    // The articles passing so far, in flat arrays (thousands of them at 10,000 articles on one story: an object each
    // cost as much as sorting them): each one's number, score and best entry, and whether it is an undated article
    // still to be dated (resembledDay) before its score is final.
    const passing: Passing = { n: [], score: [], slot: [], dating: [] };
    // Both checks below read the entry's core; most pages need neither (no count, no one-day event, no day).
    const pageTallies = coreTallies([...core, ...crossCore], features);
    const pageCounts = { same: counts(same, pageTallies), cross: counts(cross, pageTallies) };
    const pageProminent = prominentCounts(core, pageTallies);
    // The most a tally can add (tallyShared): the page's share of its prominent tallies, in either language.
    let pageTallyMass = 0;
    for (const m of [same, cross]) {
      let t = 0;
      for (const [key, share] of m) {
        const c = countedBy(key, pageTallies);
        if (c !== undefined && isTally(c) && pageProminent.has(c)) t += share;
      }
      pageTallyMass = Math.max(pageTallyMass, t);
    }
    // An undated page on a one-day event is on the day its title names ("Manifestation du 12 mars"), as an undated
    // article is (eventDay): a report of a day of marches names its day in its headline.
    // A day the title tells as recalled ("la réunion du 12 septembre dernier") is not the page's (recalledReader).
    const pageTitleMention = Number.isFinite(pageDay) ? undefined : ownDays(page.title)[0];
    const pageTitleDay = pageTitleMention !== undefined;
    const pageEvent = (Number.isFinite(pageDay) || pageTitleDay) && sharesOneDayEvent(core, core);
    // An undated page is read by the days it names that no article names (namedDaysProximity).
    const unexplained = Number.isFinite(pageDay) ? [] : this.unexplainedDays(page);
    // What its title and lead say of a past moment (PastMoment), read only when its other days leave nothing
    // (namedDaysProximity): an account of another event of the same place, "On 4 August 2020, a fire...".
    let pastMoment: PastMoment | undefined;
    const pastLead = () => (pastMoment ??= this.pastMoment(page));
    // The story's first report as the corpus holds it: the earliest day of the articles the page matches before any
    // scaling by time (at the one threshold, whatever the caller's), an undated one taken on the day of the dated
    // article it most resembles (resembledDay: a story's first reports are often the undated ones), or of the dated
    // articles it resembles (TRAIL_RESEMBLANCE, as for the last report): a page on a story's first days may match only
    // its later reports (the first count of the dead, a week before the bulletins it matches). A page dated well
    // before it is on an earlier event of the same actors (leadProximity).
    // Undated articles are dated only when the dated ones would cost the page (rarely: a page written before them),
    // so a corpus of many undated articles costs a page no more datings than dateUndated spends.
    let firstDay = Infinity;
    // The story's last report the same way: a page dated weeks after it that names none of its days is on another
    // event of the same actors (trailProximity).
    let lastDay = -Infinity;
    // The articles that set those days (their best entries), for what a late page recalls of them (recallsStory).
    const reports: number[] = [];
    // An undated page is as late as the day it tells as past that lies nearest the story's last report and that no
    // article names (ownDay): a report names the day of what it reports. Its days told as still to come are left out.
    const told = unexplained.length ? this.unexplainedDays(page, { past: true }) : [];
    // Its days are placed in the year of the reports it matches: a resembled article may be of another story and year.
    let matchedLast = -Infinity;
    const lateDay = () => (Number.isFinite(pageDay) ? pageDay : ownDay(told, matchedLast));
    let trailed: number | undefined;
    const trail = () => (trailed ??= trailProximity(lateDay(), lastDay, () => this.recallsStory(page, core, lateDay(), firstDay, lastDay, reports.map((n) => bestSlot[n]))));
    // An undated page is on an earlier event of the same actors when the day it leads with is weeks before the story's
    // first report (the previous meeting, last month's report: leadProximity), unless it also names, as past, a day of
    // the story. Only the days of its title and lead count (the past days it names there that no article names): a
    // report states its own day first, while a same-story page recalls older days further down (the day a campaign
    // was called, the period a statistic runs through, the first day of a story whose later report it is on).
    const leadDays = told.length ? this.unexplainedDays(page, { past: true, leadOnly: true }) : [];
    // The lead's own day against the story's first report: the page's day, else the day of its lead it tells as past.
    const leadDay = () => (Number.isFinite(pageDay) ? leadProximity(pageDay, firstDay) : leadDays.length ? leadProximity(ownDay(leadDays, matchedLast), firstDay) : 1);
    // An undated page whose title gives the month and year of what it reports ("Coastal storm situation report Oct 2015") is of
    // that month (titlePeriodEnd): weeks before the story's first report, it is an earlier event of the same kind.
    // The days it names without a year do not excuse it (namesStoryDay places them in the story's year, which the
    // title's year contradicts).
    const titleEnd = Number.isFinite(pageDay) ? NaN : titlePeriodEnd(page.title);
    const early = () => {
      const titled = Number.isFinite(titleEnd) ? leadProximity(titleEnd, firstDay) : 1;
      const lead = leadDay();
      if (lead === 1 || Number.isFinite(pageDay)) return lead * titled;
      return (namesStoryDay(days.toldMentions ?? [], matchedLast, firstDay, lastDay) ? 1 : lead) * titled;
    };
    // Datings this match may still make (MAX_DATINGS), shared by the first report's day and dateUndated.
    const datings: Datings = { left: MAX_DATINGS, asked: new Set() };
    if (Number.isFinite(pageDay) || told.length > 0 || Number.isFinite(titleEnd)) {
      // The articles it matches at the one threshold, or its best article when none does: a page just under the
      // threshold (which a tally may lift over it) is placed in time by what it resembles most.
      let top = 0;
      for (const n of candidates) top = Math.max(top, bestScore[n]);
      const bar = Math.min(SAME_STORY_THRESHOLD, top);
      // Resemblance is measured against the threshold, not against a weak best match: on a page matching nothing,
      // half of a tiny top would let noise set the story's last day.
      const resembles = SAME_STORY_THRESHOLD * TRAIL_RESEMBLANCE;
      const undated: number[] = [];
      // The dated articles the page resembles without matching them: the earliest moves the story's first report
      // earlier only once the articles the page matches have set one (below), so that the undated ones are still dated
      // first.
      const resembledDays: number[] = [];
      for (const n of candidates) {
        if (bestScore[n] < bar && bestScore[n] < resembles) continue;
        // An article the page resembles without matching it still dates the story's course (trailProximity, leadProximity).
        if (bestScore[n] < bar) {
          if (this.day[n] > lastDay) lastDay = this.day[n];
          if (Number.isFinite(this.day[n])) resembledDays.push(this.day[n]);
          continue;
        }
        if (!Number.isFinite(this.day[n])) undated.push(n);
        else {
          if (this.day[n] < firstDay) firstDay = this.day[n];
          if (this.day[n] > lastDay) lastDay = this.day[n];
          if (this.day[n] > matchedLast) matchedLast = this.day[n];
          reports.push(n);
        }
      }
      // The best matches first, whatever the corpus's order (MAX_DATINGS: "the best sources come first").
      undated.sort((a, b) => bestScore[b] - bestScore[a]);
      for (const n of undated) {
        // The late side asks only the days (the cheap test): what the page recalls is read once they are all known.
        if (Number.isFinite(firstDay) && leadDay() === 1 && !(Number.isFinite(titleEnd) && leadProximity(titleEnd, firstDay) < 1) && trailProximity(lateDay(), lastDay, () => false) === 1) break;
        // A page whose matches are all undated dates a few of them, from the one budget dateUndated then spends.
        const day = this.datedWithin(n, datings);
        if (day === undefined || !Number.isFinite(day)) continue;
        if (day < firstDay) firstDay = day;
        if (day > lastDay) lastDay = day;
        if (day > matchedLast) matchedLast = day;
        reports.push(n);
      }
      // A page no article dates keeps no first report: an article it merely resembles does not make it early. A
      // resembled article may be of another event of the same actors, months or years older: only those within
      // SAME_STORY_DAYS of the latest report the page matches (a story's course, as dayProximity reads it) can be its
      // first report, else an old article would cancel the lead of a page written before every report it matches.
      if (Number.isFinite(firstDay)) {
        for (const d of resembledDays) if (d < firstDay && d >= matchedLast - SAME_STORY_DAYS * 86_400_000) firstDay = d;
      }
    }
    const lead = early() * trail();
    for (const n of candidates) {
      const slot = bestSlot[n];
      let base = bestScore[n];
      if (pageTallyMass > 0 && base + pageTallyMass >= threshold) {
        const crossLang = this.slotLang[slot] !== page.lang;
        base += TALLY_SHARED_WEIGHT * tallyShared(crossLang ? pageCounts.cross : pageCounts.same, pageProminent, this.entryCore(slot), crossLang ? this.slotCrossMass[slot] : this.slotMass[slot], this.entryTallies(slot));
      }
      let score = base * dayProximity(pageDay, this.day[n]) * lead;
      let dating = !Number.isFinite(this.day[n]) && (Number.isFinite(pageDay) || unexplained.length > 0);
      if (pageEvent && score >= threshold && sharesOneDayEvent(core, this.entryCore(slot))) {
        const articleDay = this.eventDay(n, pageDay);
        score = base * dayProximity(pageTitleDay ? nearestOccurrence(pageTitleMention!, articleDay) : pageDay, articleDay, true) * lead;
        dating = false;
      }
      if (unexplained.length && !dating && score >= threshold) score *= namedDaysProximity(unexplained, this.day[n], pastLead);
      if (score < threshold) continue;
      const crossLang = this.slotLang[slot] !== page.lang;
      const pc = crossLang ? pageCounts.cross : pageCounts.same;
      if (pageProminent.size) score -= COUNT_CONFLICT_WEIGHT * countConflict(pc, pageProminent, this.entryCore(slot), crossLang ? this.slotCrossMass[slot] : this.slotMass[slot], this.entryTallies(slot));
      if (score < threshold) continue;
      if (n === selfN || (exclude && exclude.has(ids[n]))) continue;
      pageFp ??= new Set(selfFingerprint(page.text, []));
      if (isSameText(this.fp, pageFp, this.fpStart[n], this.fpStart[n + 1])) continue;
      passing.n.push(n);
      passing.score.push(score);
      passing.slot.push(slot);
      passing.dating.push(dating);
    }
    this.dateUndated(passing, pageDay, unexplained, datings, pastLead);
    // The sources: those still over the threshold once dated, best first.
    const kept: number[] = [];
    for (let i = 0; i < passing.n.length; i++) if (passing.score[i] >= threshold) kept.push(i);
    const order = scoreOrder((i) => passing.score[kept[i]], kept.length, (i) => ids[passing.n[kept[i]]]);
    const out = new Array<SourceMatch>(order.length);
    for (let rank = 0; rank < order.length; rank++) {
      const i = kept[order[rank]];
      const n = passing.n[i];
      const score = passing.score[i];
      const slot = passing.slot[i];
      let why = NO_WHY;
      if (rank < MAX_EXPLAINED) {
        const d = this.docs[n];
        why = this.why(slot, d, d.lang === page.lang ? same : cross, byKey, d.lang === page.lang ? undefined : cognates);
      }
      const id = ids[n];
      const title = titles[n];
      const rounded = Math.round(Math.min(1, score) * 1000) / 1000;
      const shown = this.shown[n];
      // Each source is made whole in one literal: adding `published` to a made object gave each dated source of
      // thousands a second store for its properties.
      out[rank] = shown ? { id, title, score: rounded, why, published: shown } : { id, title, score: rounded, why };
    }
    return out;
  }

  /**
   * Each article's best entry for a core (its shares in its own language and across languages): the
   * overlap score, the entry, and the articles touched at all. `pageAcronyms`: the page's keys written as acronyms
   * (acronymKeys), the only ones it reads by their letters (letterAlias).
   */
  private overlaps(same: Map<string, number>, cross: Map<string, number>, lang: Lang, pageAcronyms: ReadonlySet<string>, cognates?: Cognates, days?: PageDays): { bestScore: Float64Array; bestSlot: Int32Array; candidates: number[] } {
    const nSlots = this.slotDoc.length;
    const slotScore = new Float64Array(nSlots);
    const touched: number[] = [];
    const seen = new Uint8Array(nSlots);
    const { slotLang } = this;
    const keys = [...cross.keys()].some((k) => !same.has(k)) ? new Set([...same.keys(), ...cross.keys()]) : same.keys();
    // A page's feature meets an entry once, through its own key or one alias (stamped with the key's number).
    let stamp: Int32Array | undefined;
    let keyNo = 0;
    const meet = (slot: number, j: number, list: Postings, share: number, crossShare: number | undefined, exact: boolean) => {
      if (!seen[slot]) {
        seen[slot] = 1;
        touched.push(slot);
      }
      if (slotLang[slot] === lang) { if (list.shares[j] > 0) slotScore[slot] += exact ? Math.max(share, list.shares[j]) : Math.min(share, list.shares[j]); }
      else if (crossShare !== undefined && list.crossShares[j] > 0) slotScore[slot] += exact ? Math.max(crossShare, list.crossShares[j]) : Math.min(crossShare, list.crossShares[j]);
    };
    // An entry's count (k:78:missing) is met once: by the page's own key when it has it, else by one of the page's other
    // nouns at that value (k:78:person, k:78:employee), never by each of them. Counts meet through their own keys first
    // (marking the entry keys they used per slot), then through the count alias, skipping what is used.
    const countUsed = new Map<string, Set<number>>();
    const usedBy = (k: string) => countUsed.get(k) ?? countUsed.set(k, new Set()).get(k)!;
    let pageKeys: string[] | undefined;
    const countAliased: Array<{ keyNo: number; share: number; crossShare: number | undefined; exact: boolean; others: string[]; kinds: string[] | undefined }> = [];
    for (const key of keys) {
      keyNo++;
      const share = same.get(key) ?? 0;
      const crossShare = cross.get(key);
      // A distinct number (distinctNumber) meets with its larger share.
      const exact = distinctNumber(key);
      const nameAlias = vowelAlias(key) ?? (pageAcronyms.has(key) ? letterAlias(key) : undefined);
      const countKey = nameAlias === undefined ? countAlias(key) : undefined;
      const aliasKey = nameAlias ?? countKey;
      const alias = aliasKey === undefined ? undefined : this.aliases.get(aliasKey);
      if (countKey !== undefined) {
        const own = this.postings.get(key);
        const used = own && usedBy(key);
        if (own) for (let j = 0; j < own.slots.length; j++) {
          used!.add(own.slots[j]);
          meet(own.slots[j], j, own, share, crossShare, exact);
        }
        const others = alias ? alias.filter((k) => k !== key) : [];
        if (others.length) {
          stamp ??= new Int32Array(nSlots);
          if (own) for (const slot of own.slots) stamp[slot] = keyNo;
          const small = countValue(key) < COUNT_ALIAS_MIN;
          countAliased.push({ keyNo, share, crossShare, exact, others, kinds: small ? countKinds(key, (pageKeys ??= [...same.keys(), ...cross.keys()])) : undefined });
        }
        continue;
      }
      // The aliases hold the page's own key when an article spells the name as the page does; that key is read first,
      // so that an entry giving both meets the page's own.
      const lists = alias && (alias.length > 1 || alias[0] !== key) ? [key, ...alias.filter((k) => k !== key)].map((k) => this.postings.get(k)) : [this.postings.get(key)];
      if (lists.length > 1) stamp ??= new Int32Array(nSlots);
      for (const list of lists) {
        if (!list) continue;
        const { slots } = list;
        for (let j = 0; j < slots.length; j++) {
          const slot = slots[j];
          if (lists.length > 1) {
            if (stamp![slot] === keyNo) continue;
            stamp![slot] = keyNo;
          }
          meet(slot, j, list, share, crossShare, exact);
        }
      }
    }
    for (const { keyNo: no, share, crossShare, exact, others, kinds } of countAliased) {
      for (const k of others) {
        const list = this.postings.get(k);
        if (!list) continue;
        const used = usedBy(k);
        for (let j = 0; j < list.slots.length; j++) {
          const slot = list.slots[j];
          if (stamp![slot] === no || used.has(slot)) continue;
          // A small count of people meets another noun's only in a kind both are told in: the injured are not the dead.
          if (kinds && !kindsMeet(kinds, this.slotKinds[slot]?.get(k) ?? [PLAIN_KIND])) continue;
          stamp![slot] = no;
          used.add(slot);
          meet(slot, j, list, share, crossShare, exact);
        }
      }
    }
    if (cognates) this.addCognates(cognates, lang, slotScore, seen, touched);
    if (days) this.addDays(days, same, cross, lang, slotScore, seen, touched);
    // Best entry per article, in flat arrays (thousands of articles may share the page's features).
    const nDocs = this.docs.length;
    const bestScore = new Float64Array(nDocs).fill(-1);
    const bestSlot = new Int32Array(nDocs);
    const candidates: number[] = [];
    for (const slot of touched) {
      const n = this.slotDoc[slot];
      if (!this.live[n]) continue;
      const score = slotScore[slot];
      if (bestScore[n] < 0) candidates.push(n);
      if (score > bestScore[n]) {
        bestScore[n] = score;
        bestSlot[n] = slot;
      }
    }
    return { bestScore, bestSlot, candidates };
  }

  /**
   * Words spelled alike in both languages (COGNATE_MIN_SPEC) that the page and an entry in the other language both
   * give: each such entry's masses take in the salience of the ones it shares (the shares it had scale down by the
   * smaller of the two sides' ratios, a lower bound of the exact rescaling) and each shared word adds the smaller of
   * its two shares. Words of the bilingual word list both give (listedWords) take their place in the masses too, so
   * that each adds the smaller of its two shares, but scale nothing down: the overlap the pair had stands, as a
   * weekday day's meeting leaves it (addDays), and a listed word only adds evidence.
   */
  private addCognates(cognates: Cognates, lang: Lang, slotScore: Float64Array, seen: Uint8Array, touched: number[]): void {
    const { slotLang, slotCrossMass } = this;
    // Each shared key's postings, the page's salience, the factor the entry's stored salience is read at, and whether it
    // scales the overlap down (a cognate does; a listed word does not).
    const lists: Array<[Postings, number, number, boolean]> = [];
    for (const [key, pageSal] of cognates.sals) {
      const list = this.postings.get(key);
      const listed = cognates.listed.has(key);
      if (list) lists.push([list, pageSal, listed ? 1 : COGNATE_ENTRY_SCALE, !listed]);
    }
    if (!lists.length) return;
    // Per entry, the salience its shared cognates and listed words add to each side's mass (flat arrays: many entries
    // may share one), and the part of it that scales down the overlap it had: the cognates' only.
    const pageAdd = new Float64Array(slotScore.length);
    const entryAdd = new Float64Array(slotScore.length);
    const pageScaling = new Float64Array(slotScore.length);
    const entryScaling = new Float64Array(slotScore.length);
    const hit: number[] = [];
    for (const [{ slots, sals }, pageSal, scale, scales] of lists) {
      for (let j = 0; j < slots.length; j++) {
        const slot = slots[j];
        if (slotLang[slot] === lang) continue;
        if (pageAdd[slot] === 0) hit.push(slot);
        pageAdd[slot] += pageSal;
        entryAdd[slot] += sals[j] * scale;
        if (scales) {
          pageScaling[slot] += pageSal;
          entryScaling[slot] += sals[j] * scale;
        }
      }
    }
    for (const slot of hit) {
      slotScore[slot] *= Math.min(cognates.mass / (cognates.mass + pageScaling[slot]), slotCrossMass[slot] / (slotCrossMass[slot] + entryScaling[slot]));
      if (!seen[slot]) {
        seen[slot] = 1;
        touched.push(slot);
      }
    }
    for (const [{ slots, sals }, pageSal, scale] of lists) {
      for (let j = 0; j < slots.length; j++) {
        const slot = slots[j];
        if (slotLang[slot] === lang) continue;
        slotScore[slot] += Math.min(pageSal / (cognates.mass + pageAdd[slot]), (sals[j] * scale) / (slotCrossMass[slot] + entryAdd[slot]));
      }
    }
  }


  /**
   * Days named by their weekday (WEEKDAY_PREFIX) where they meet a day of the entry: the page's weekday day and the
   * entry's (both outside their cores), the page's weekday day and a date of the entry's core, a date of the page's core
   * and the entry's weekday day. As addCognates: each side's mass takes in the weekday salience it adds for this entry
   * (the overlap it had scales down by the smaller of the two sides' ratios), then each meeting adds the smaller of
   * its two shares. A weekday day that meets nothing costs nothing.
   */
  private addDays(days: PageDays, same: Map<string, number>, cross: Map<string, number>, lang: Lang, slotScore: Float64Array, seen: Uint8Array, touched: number[]): void {
    const { slotLang, slotMass, slotCrossMass, slotDoc } = this;
    // Each meeting: the entry's postings, the page's salience (weekday) or share (date), and whether the entry's side is a weekday.
    const meets: Array<{ list: Postings; pageSal: number; pageShare?: Map<string, number>; key: string; entryWeekday: boolean }> = [];
    for (const [key, pageSal] of days.sals) {
      const day = key.slice(WEEKDAY_PREFIX.length);
      const w = this.postings.get(key);
      if (w) meets.push({ list: w, pageSal, key, entryWeekday: true });
      const d = this.postings.get('d:' + day);
      if (d) meets.push({ list: d, pageSal, key: 'd:' + day, entryWeekday: false });
    }
    for (const key of new Set([...same.keys(), ...cross.keys()])) {
      // A page's date meets an article's weekday when it is the page's own moment: within a week of a dated page's day,
      // or told as past by an undated page (a day its report gives; "the vote will take place on 7 July" is still to come).
      if (!key.startsWith('d:') || !(Number.isFinite(days.day) ? ownMoment(key, days.day) : days.toldDays?.has(key))) continue;
      const w = this.postings.get(WEEKDAY_PREFIX + key.slice(2));
      if (w) meets.push({ list: w, pageSal: 0, pageShare: undefined, key, entryWeekday: true });
    }
    if (!meets.length) return;
    const pageAdd = new Float64Array(slotScore.length);
    const entryAdd = new Float64Array(slotScore.length);
    const hit: number[] = [];
    // Slots already listed in `hit`: a day may meet a slot and add nothing to either mass (a page weekday of no salience).
    const isHit = new Uint8Array(slotScore.length);
    const mark = (slot: number) => {
      if (isHit[slot]) return;
      isHit[slot] = 1;
      hit.push(slot);
    };
    for (const { list, pageSal, key, entryWeekday } of meets) {
      for (let j = 0; j < list.slots.length; j++) {
        const slot = list.slots[j];
        if (!entryWeekday && !ownMoment(key, this.day[slotDoc[slot]])) continue;
        mark(slot);
        if (pageSal > 0) pageAdd[slot] += pageSal;
        if (entryWeekday) entryAdd[slot] += list.sals[j];
      }
    }
    const massOf = (slot: number) => {
      const crossLang = slotLang[slot] !== lang;
      return { page: crossLang ? days.crossMass : days.mass, entry: crossLang ? slotCrossMass[slot] : slotMass[slot], crossLang };
    };
    for (const slot of hit) {
      const m = massOf(slot);
      slotScore[slot] *= Math.min(m.page / (m.page + pageAdd[slot]), m.entry / (m.entry + entryAdd[slot]));
      if (!seen[slot]) {
        seen[slot] = 1;
        touched.push(slot);
      }
    }
    for (const { list, pageSal, key, entryWeekday } of meets) {
      for (let j = 0; j < list.slots.length; j++) {
        const slot = list.slots[j];
        if (!entryWeekday && !ownMoment(key, this.day[slotDoc[slot]])) continue;
        const m = massOf(slot);
        const pageTotal = m.page + pageAdd[slot];
        const entryTotal = m.entry + entryAdd[slot];
        const pageSide = pageSal > 0 ? pageSal / pageTotal : ((m.crossLang ? cross : same).get(key) ?? 0) * (m.page / pageTotal);
        const entrySide = entryWeekday ? list.sals[j] / entryTotal : (m.crossLang ? list.crossShares[j] : list.shares[j]) * (m.entry / entryTotal);
        slotScore[slot] += Math.min(pageSide, entrySide);
      }
    }
  }

  /**
   * The day of an article on a one-day event: its publication day; else the day its title names; else the
   * day of the dated article it most resembles (over SAME_STORY_THRESHOLD): an undated report of a march
   * is on the day the dated reports most like it are on. NaN when none of these is known.
   */
  private eventDay(n: number, pageDay: number): number {
    if (Number.isFinite(this.day[n])) return this.day[n];
    const named = titleDay(this.docs[n].title, pageDay);
    if (Number.isFinite(named)) return named;
    return this.resembledDay(n);
  }

  /**
   * Undated sources are as far from the page as the dated articles they most resemble: from a dated page's
   * day, or from the days an undated page names (namedDaysProximity). Dating an article costs about one
   * match over the corpus (then it is cached until the corpus changes): the best sources are dated first, at
   * most MAX_DATINGS per match (cached or not); the others keep their score.
   */
  private dateUndated(passing: Passing, pageDay: number, unexplained: DayMention[], datings: Datings, lead?: () => PastMoment): void {
    const pending: number[] = [];
    for (let i = 0; i < passing.n.length; i++) if (passing.dating[i]) pending.push(i);
    pending.sort((a, b) => passing.score[b] - passing.score[a]);
    for (const i of pending) {
      const day = this.datedWithin(passing.n[i], datings);
      if (day === undefined) continue;
      passing.score[i] *= Number.isFinite(pageDay) ? dayProximity(pageDay, day) : namedDaysProximity(unexplained, day, lead);
    }
  }

  /**
   * An undated article's resembledDay when the match's budget (`datings`) still allows it. The budget counts every
   * article the match dates, cached or not: a day other matches cached would let this one date more articles, and the
   * same page would score its sources otherwise after other pages (the cache only saves time).
   */
  private datedWithin(n: number, datings: Datings): number | undefined {
    if (!datings.asked.has(n)) {
      if (datings.left <= 0) return undefined;
      datings.left--;
      datings.asked.add(n);
    }
    return this.resembledDay(n);
  }

  /** The day of the dated article an undated one most resembles (over SAME_STORY_THRESHOLD), cached until the corpus changes. */
  private resembledDay(n: number): number {
    let day = this.resembled.get(n);
    if (day === undefined) {
      const core = this.docs[n].parts[0] ?? [];
      const { bestScore, candidates } = this.overlaps(shares(core, false), shares(core, true), this.docs[n].lang, new Set(this.docs[n].acronyms?.[0]));
      let best = SAME_STORY_THRESHOLD;
      day = NaN;
      for (const m of candidates) {
        if (m === n || !Number.isFinite(this.day[m]) || bestScore[m] < best) continue;
        best = bestScore[m];
        day = this.day[m];
      }
      this.resembled.set(n, day);
    }
    return day;
  }

  /**
   * The days a page names (in its title or text) that no article's core names: a day every report of a
   * story recalls (the day a war began) is named by its articles too, and says nothing of the page's moment.
   * `past`: only the days told as past (told as still to come left out: aheadReader). `leadOnly`: only those of its
   * title and lead, the lead read as the features read it (leadRange). `namedByArticles`: the days the articles name
   * are kept too (what the page names as past, for namesStoryDay).
   */
  private unexplainedDays(page: { title: string; text: string }, opts: { past?: boolean; leadOnly?: boolean; namedByArticles?: boolean } = {}): DayMention[] {
    // One fold per text, shared by its days' mentions and both readers (aheadReader, periodEndReader), in the language
    // of the page's text (its title is too short to tell).
    const lang = opts.past ? guessLang(page.text) : undefined;
    const named = (t: string) => {
      const folded = fold(t);
      // A day told as recalled ("la réunion du 12 septembre dernier") is not the page's own moment: it neither dates the
      // page nor makes it early. What the page recalls of the story (namedByArticles) keeps it.
      const recalled = opts.namedByArticles ? undefined : recalledReader(folded);
      let days = dayMentions(t, folded);
      if (recalled) days = days.filter((d) => !recalled(d.start, d.raw.length));
      if (!opts.past) return days;
      const lower = folded.toLowerCase();
      const ahead = aheadReader(t, lang, lower);
      // The close of a period ("the fiscal year ending Sept. 30") is no day the page tells of.
      const periodEnd = periodEndReader(t, lower);
      return days.filter((d) => !ahead(d.start) && !periodEnd(d.start));
    };
    let text = named(page.text);
    if (opts.leadOnly) {
      const [leadStart, leadEnd] = leadRange(page);
      text = text.filter((d) => d.start >= leadStart && d.start < leadEnd);
    }
    const days = [...named(page.title), ...text];
    return opts.namedByArticles ? days : days.filter((d) => !(this.postings.get('d:' + d.key)?.slots.length));
  }

  /**
   * What an undated page's title and lead say of a past moment (PastMoment): the days no article names that open one
   * of their sentences, none when either tells its own day (toldDay); and every day the page names.
   */
  private pastMoment(page: { title: string; text: string }): PastMoment {
    const titleDays = dayMentions(page.title);
    const textDays = dayMentions(page.text);
    const named = [...titleDays, ...textDays];
    const [leadStart, leadEnd] = leadRange(page);
    const inLead = textDays.filter((d) => d.start >= leadStart && d.start < leadEnd);
    // A day dated in full, its weekday true to its year ("The elections held on Sunday 24 June 2018", "jeudi 14 juillet
    // 2016"), is how a report dates the day it tells: its weekday tells that day, not the page's week (toldDay reads the
    // text without it), and the day is the page's own moment wherever it stands in the sentence.
    const titleDated = fullyDated(titleDays);
    const leadDated = fullyDated(inLead);
    const leadText = withoutWeekdays(page.text, leadDated).slice(leadStart, leadEnd);
    if (toldDay(withoutWeekdays(page.title, titleDated)) || toldDay(leadText)) return { opening: [], named };
    const opening = new Set([...sentenceOpeningDays(page.title, titleDays), ...sentenceOpeningDays(page.text, inLead), ...titleDated, ...leadDated]);
    return { opening: [...opening].filter((d) => !this.postings.get('d:' + d.key)?.slots.length), named };
  }

  /**
   * Does a page recall the story of the articles it matches (`slots`: their best entries; `firstDay`, `lastDay`: the
   * span of their days)? It names a day of that span (namesStoryDay) or one that they name, or one of its prominent
   * figures (a count in its title or lead, or repeated: prominentCounts' bar) is one of theirs. A figure said once in
   * passing is no recall: the next month's report gives last month's count as its revision.
   */
  private recallsStory(page: { title: string; text: string }, core: CoreEntry[], pageDay: number, firstDay: number, lastDay: number, slots: number[]): boolean {
    const named = [...dayMentions(page.title), ...dayMentions(page.text)];
    if (namesStoryDay(named, pageDay, firstDay, lastDay)) return true;
    const theirs = new Set<string>();
    for (const slot of slots) for (const [key] of this.entryCore(slot)) if (/^[dkn]:/.test(key)) theirs.add(key.startsWith('k:') ? 'k:' + countValue(key) : key);
    if (named.some((d) => theirs.has('d:' + d.key))) return true;
    return core.some(([key, sal]) => sal > ONCE_IN_PASSING + 1e-6 && (key.startsWith('n:') || key.startsWith('k:')) && theirs.has(key.startsWith('k:') ? 'k:' + countValue(key) : key));
  }

  /** Shared core features of the entry that matched, biggest shared mass first, as spelled on the page. */
  private why(slot: number, d: StoryDoc, page: Map<string, number>, byKey: Map<string, Feature>, cognates?: Cognates): string[] {
    const first = this.firstSlot(slot);
    const core = d.parts[slot - first] ?? [];
    // The entry's shares as shares() makes them (same entries, same sum in the same order), read in place: a Map and
    // two arrays per source made for up to MAX_EXPLAINED sources were a third of this function's time at 10,000
    // articles on one story.
    const crossOnly = crossesOnly(page);
    let total = 0;
    for (let i = 0; i < core.length; i++) if (!crossOnly || crosses(core[i][0])) total += core[i][1];
    total ||= 1;
    const shared: Array<{ f: Feature; w: number }> = [];
    // Indexed loops: for...of here made an iterator result per entry (sampled allocation, session 43).
    for (let i = 0; i < core.length; i++) {
      const e = core[i];
      const key = e[0];
      if (crossOnly && !crosses(key)) continue;
      const pageShare = page.get(key);
      const f = pageShare === undefined ? undefined : byKey.get(key);
      if (f) shared.push({ f, w: Math.min(e[1] / total, pageShare!) });
    }
    // A word spelled alike in both languages (addCognates), at about the share it met with.
    if (cognates) {
      const mass = this.slotCrossMass[slot];
      for (const [key, sal] of core) {
        const pageSal = cognates.sals.get(key);
        const f = pageSal === undefined ? undefined : byKey.get(`t:${d.lang === 'en' ? 'fr' : 'en'}:${key.slice(5)}`);
        if (f) shared.push({ f, w: Math.min(pageSal! / cognates.mass, (sal * COGNATE_ENTRY_SCALE) / mass) });
      }
      // A word of the bilingual word list both give, as the page writes it.
      for (const [key, sal] of d.words?.[slot - first] ?? []) {
        const pageSal = cognates.sals.get(key);
        const f = pageSal === undefined ? undefined : byKey.get(key);
        if (f) shared.push({ f, w: Math.min(pageSal! / cognates.mass, sal / mass) });
      }
    }
    shared.sort((a, b) => b.w - a.w);
    const why: string[] = [];
    const seen = new Set<string>();
    for (const { f } of shared) {
      const label = f.display.replace(/\s+/g, ' ').trim();
      if (seen.has(label.toLowerCase())) continue;
      seen.add(label.toLowerCase());
      why.push(label);
      if (why.length >= MAX_WHY) break;
    }
    return why;
  }

  /** The core of one entry (an article's whole core or one of its sections). */
  private entryCore(slot: number): CoreEntry[] {
    return this.docs[this.slotDoc[slot]].parts[slot - this.firstSlot(slot)] ?? [];
  }

  /** The tallied numbers of one entry (Tallies), read from its article's stored pairs once per query at most. */
  private entryTallies(slot: number): Tallies {
    const pairs = this.docs[this.slotDoc[slot]].tallies?.[slot - this.firstSlot(slot)];
    return pairs?.length ? new Map(pairs) : NO_TALLIES;
  }

  /** The first entry (slot) of the article that owns `slot`. */
  private firstSlot(slot: number): number {
    let s = slot;
    while (s > 0 && this.slotDoc[s - 1] === this.slotDoc[slot]) s--;
    return s;
  }
}
