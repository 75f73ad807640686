/**
 * Recoupe's one bilingual concept table (concepts.json), indexed for look-ups. French and English
 * surface forms (folded: lower case, no accents; a hyphen is its own token) map to one
 * language-independent concept, so "soldats russes tués" and "Russian soldiers killed" meet.
 * The table holds general news vocabulary only; a story's own names come from its texts.
 *
 * Every look-up goes through a Map: a word such as "constructor" or "__proto__" must never reach
 * Object.prototype (a page with "3,000 constructor staff" once crashed the engine).
 */
import data from './concepts.json';
import countries from './countries.json';
import { fold } from '../text/fold';
import { intern } from '../text/intern';

/** `word`: general vocabulary that translates one word of the other language ("santé"/"health"), read
 *  only by cross-language passages (core/passages/crosslang.ts); `lookup` without a type skips it, so
 *  figures and story detection do not see it. */
/** `party`: a national party's names ("Rassemblement national" / "National Rally" / "RN"), read by
 *  figures only when written as a name (core/figures/counts.ts); `lookup` without a type skips it. */
export type ConceptType = 'entity' | 'role' | 'action' | 'modifier' | 'scope' | 'nation' | 'unit' | 'cue' | 'time' | 'topic' | 'word' | 'party';

export interface Concept {
  id: string;
  type: ConceptType;
  /** What the concept is called in each UI language (plural noun, participle or adjective); `fem`: the French
   *  noun is feminine, so its adjectives and participles agree ("personnes tuées"). */
  label?: { en: string; fr: string; fem?: boolean };
  /** For nations: the place's name ("Russia", "en Russie"). */
  place?: { en: string; fr: string };
  /** For nations: the capital city's name in each language, for "dans la capitale" / "in the capital"
   *  (left out where the table already reads the capital as the nation itself, "Moscou"). */
  capital?: { en: string; fr: string };
  /** Actions that say why rather than what happened ("to help"): they never set two counts apart. */
  weak?: boolean;
  /** Actions that happen on one day and are over (a march, a strike day), and things counted as one
   * day's outcome (seats won in a vote): the counts of two days are two events, or two readings of one
   * outcome, not one count that moved. */
  event?: boolean;
  /** A one-day happening news may name by its day ("la grève du 18 septembre", "Thursday's strike") without its
   *  counts being one day's outcome (a strike rate is read on other days too): such a name dates a morning-after
   *  report as an `event`'s does (core/figures/moment.ts `namedEventDay`), and nothing else. */
  dayEvent?: boolean;
  /** Nouns of a sub-event or a site that news names (a fire, a storm, an attack, a plant, a camp, a school, a
   *  district): with a proper name ("the Ridgeline fire", "le site de Montbrison") they scope a count as a place
   *  does, so the counts of two named fires are two counts (core/figures/count-event.ts). */
  subevent?: boolean;
  /** A sub-event noun phrase that is its own name, one of a series ("premier tour" / "first round", "second
   *  tour" / "runoff"): the counts of the first round and of the second are two counts. Such phrases are cues, so
   *  they bridge neither passages nor stories (as "poll" does not: core/passages/crosslang.ts skips cues). */
  named?: boolean;
  /** Entities that are people (soldiers, inhabitants, hostages): roles of people (killed, wounded) are said of them. */
  people?: boolean;
  /** Topics a sum of money is an amount of (savings, a deficit, a debt, spending, taxes, a budget): the noun an
   *  amount qualifies or is the object of gives its frame ("un effort de 40 milliards", "€4bn in savings"),
   *  the id named here. News calls one amount by several of these nouns ("a €40bn budget plan", "€40bn in
   *  savings", "spending cuts of €40bn"), so they share one frame; a debt, a deficit or taxes are counts of their own. */
  money?: string;
  /** Topics of an event measured on a scale of their own (an earthquake's magnitude): the unit id a value of the event
   *  is in when it cannot count the event ("a 6.2 earthquake", "le séisme de 6,2"; core/figures/count-head.ts). */
  measure?: string;
  /** Units that are another unit's scale ("basis points" are hundredths of a percentage point, "percentage points"
   *  are points): a value in this unit is read as `factor` times that value in `unit`, so "25 basis points", "0.25
   *  percentage point" and "un quart de point" are one value of one unit (core/figures/unit-scales.ts). */
  scale?: { unit: string; factor: number };
  /** Modifiers that name a sector of public money (defence, health, education): "a defence budget of €50bn" is
   *  not the whole budget's effort. Read only in the clause of an amount of money (core/figures/counts.ts):
   *  elsewhere the words name institutions ("Defense Forces", "ministère de la Santé"). */
  sector?: boolean;
  /** A modifier said of the count beside it only ("dans le reste du pays", "à bord", "on the ground"): read in the
   *  figure's own segment (core/figures/counts.ts), never from another count of its clause ("tuant 241 personnes à
   *  bord et au moins 29 au sol": the 241 are not on the ground). */
  ownSegment?: boolean;
  /** A modifier that says a count is of another set than the same noun's count without it, whatever the values:
   *  deaths "en cours d'investigation" / "under investigation" are those not (yet) counted in the confirmed toll,
   *  so nine under investigation are not nine confirmed (core/figures/match.ts). */
  setApart?: boolean;
  /** A scope that says over which period a rate of change is measured (twelve months, one month, since the start of
   *  the year): read in the figure's own segment only (core/figures/counts.ts); two figures of two such periods are
   *  two counts, never compared (core/figures/match.ts `ratePeriods`). */
  period?: boolean;
  /** French forms of a role of people that a toll uses as nouns, one person each ("un mort, un disparu et neuf
   *  blessés", "a fait une victime"): after "un / une" such a form is the number one (core/figures/word-numbers.ts
   *  articleOfOneHarmed). Other forms of the role are participles or nouns of acts and things ("un arrêté",
   *  "un sinistre", "une évacuation"), which an article before does not make a person. */
  tollNouns?: string;
  /** Counts whose result is one number (seats won): given as a range ("150 to 180 seats"), a projection. */
  rangeIsProjection?: boolean;
  /** A people noun that says only that they took part ("participants", "attendees"): in what, the text's event
   * says, so such a count shares a frame with a count of people named for that event's doing (concept flag
   * `event`: "550 000 participants" / "506 000 manifestants"; core/figures/match.ts). */
  takesPart?: boolean;
  /** A people noun that names them by what happened to them ("bodies", "lives": the dead), its `means` role: that
   *  role is the count's own. A role said after it in its clause is other people's ("claimed 95 lives, with
   *  rescuers racing to locate those still missing"); one right before the number is the verb acting on it
   *  ("saved 300 lives"). */
  fate?: boolean;
  /** An action that, told of the dead, is done to their remains once found (identified, handed over, sent home): a
   *  count of the dead it is told of ("25 bodies identified", "31 sent by air") is the part processed so far, counted
   *  as remains, not the toll (core/figures/counts.ts). */
  onRemains?: boolean;
  /** Roles one set of people may be told in besides this one ("survivors" / "rescued"): at one value, one count
   *  (core/figures/match.ts `alikeRoles`). */
  alike?: string[];
  /** For a verb of the word list: the entity the people it takes as its object are ("employs 955 people": employees). */
  object?: string;
  /** A people noun that says what they do ("manifestants" = people who march): counted as that entity
   * with that action or role, so "1,2 million de manifestants" and "1.2 million people marched" meet. */
  means?: { entity: string; action?: string; role?: string };
  /** Generated countries (countries.json): read in text through their forms only. Their labels and
   *  places are for display and may be common words or first names that the forms leave out ("Jordan",
   *  "Saint-Martin"), so code that reads display names as names checks `isReadAs` first. */
  formsOnly?: boolean;
}

interface RawConcept extends Concept {
  fr: string;
  en: string;
  /** Forms read in English texts only (`conceptInLanguage`): a word of the other language too, with another meaning,
   *  which the shared form list therefore leaves out. */
  enOnly?: string;
  /** Forms read in French texts only, for the same reason ("vague" is a wave in French, unclear in English;
   *  "évasion" an escape in French, tax evasion in English). */
  frOnly?: string;
}

/** Folded single-word forms read in one language's texts only (RawConcept enOnly / frOnly). */
const LANGUAGE_ONLY: Record<'en' | 'fr', Map<string, Concept>> = { en: new Map(), fr: new Map() };

/** Look-up priority when one form has several concepts: what is counted before what happened to it. */
const TYPE_ORDER: ConceptType[] = ['unit', 'entity', 'role', 'action', 'modifier', 'scope', 'nation', 'time', 'topic', 'cue', 'word', 'party'];

const CONCEPTS: Concept[] = [];
const BY_ID = new Map<string, Concept>();
/** Single-word forms -> concepts, best type first. */
const SINGLE = new Map<string, Concept[]>();
/** Multi-word forms, indexed by their first token. */
const PHRASES = new Map<string, Array<{ seq: string[]; c: Concept }>>();
/** Multi-word names of parties ("nouveau front populaire"), indexed by their first token. */
const PARTY_PHRASES = new Map<string, Array<{ seq: string[]; c: Concept }>>();
/** Words standing after the first in a multi-word form of PHRASES: only such a word can be inside a longer name. */
const PHRASE_TAILS = new Set<string>();

/**
 * Words the table writes with their accents because another word has the same letters with other accents or none
 * ("élève", a pupil, and "élevé", high): folded key -> the spellings the table writes (lower case, accents kept). Every
 * other form is folded and meets any accents, as copy often drops them. These meet a text that writes the table's
 * accents or none, never other accents, only where the caller asks writtenApart: the figures tokenizer
 * (core/figures/tokens.ts) does; a caller that looks up a folded word alone (conceptsOf(fold('élevé')), as the story
 * and passage readers do) still meets both words' concepts.
 */
const ACCENTED = new Map<string, Set<string>>();

/**
 * Is the word as written (lower case, accents kept) another word than the table's form of the same letters? Only for a
 * form the table writes with its accents (ACCENTED): "élevé" is not "élève"; "eleve", written without accents, reads as
 * the table's form. `folded` is the word folded, `written` as the text writes it in lower case.
 */
export function writtenApart(folded: string, written: string): boolean {
  const spellings = ACCENTED.get(folded);
  return spellings !== undefined && written !== folded && !spellings.has(written);
}
/** Has the folded word a form the table writes with its accents (writtenApart may then be true)? One Map look-up, for a
 * tokenizer to ask before it reads the word as written. */
export function hasAccentedForm(folded: string): boolean {
  return ACCENTED.has(folded);
}

function addForm(written: string, c: Concept): void {
  // A form written with accents is read by its folded letters, and its spelling is kept (ACCENTED).
  const form = /[^\x00-\x7f]/.test(written) ? fold(written) : written;
  if (form !== written && !form.includes(' ')) ACCENTED.set(form, (ACCENTED.get(form) ?? new Set()).add(written.toLowerCase()));
  // Interned (core/text/intern.ts) as the tokenizer's words are: a look-up of a word found then compares pointers.
  const seq = form.split(' ').filter(Boolean).map(intern);
  if (seq.length === 0) return;
  if (seq.length === 1) {
    const list = SINGLE.get(seq[0]) ?? [];
    if (!list.includes(c)) list.push(c);
    list.sort((a, b) => TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type));
    SINGLE.set(seq[0], list);
    return;
  }
  // Parties' names are kept apart: only figures read them, and only when written as a name.
  const map = c.type === 'party' ? PARTY_PHRASES : PHRASES;
  if (map === PHRASES) for (const w of seq.slice(1)) PHRASE_TAILS.add(w);
  const list = map.get(seq[0]) ?? [];
  list.push({ seq, c });
  // Longest phrase first, so "forces speciales" wins over "forces".
  list.sort((a, b) => b.seq.length - a.seq.length);
  map.set(seq[0], list);
}

for (const raw of data.concepts as RawConcept[]) {
  const { fr, en, enOnly, frOnly, ...c } = raw;
  CONCEPTS.push(c);
  BY_ID.set(c.id, c);
  for (const form of splitForms(fr)) addForm(form, c);
  for (const form of splitForms(en)) addForm(form, c);
  for (const form of splitForms(enOnly ?? '')) LANGUAGE_ONLY.en.set(intern(form), c);
  for (const form of splitForms(frOnly ?? '')) LANGUAGE_ONLY.fr.set(intern(form), c);
}

/**
 * The concept a folded word has in a text of language `lang` only (RawConcept enOnly / frOnly), or undefined: "vague"
 * in a French text is a wave, in an English one an adjective. Only readers that know the text's language ask
 * (the cross-language keys of core/passages/crosslang.ts); the figures read the shared forms alone.
 */
export function conceptInLanguage(word: string, lang: string | undefined): Concept | undefined {
  return lang === 'en' || lang === 'fr' ? LANGUAGE_ONLY[lang].get(word) : undefined;
}

/**
 * Every country (countries.json, generated by scripts/build/countries.mjs from a maintained list), after
 * the hand-written table: a country whose id the table has ("uk") only adds its names to that nation,
 * which keeps its labels, capitals and adjectives; any other becomes a nation of its own.
 */
const COUNTRY_FORMS = new Set<string>();
for (const raw of countries.countries as Array<Partial<RawConcept> & { id: string; fr: string; en: string }>) {
  const { fr, en, ...rest } = raw;
  for (const form of [...splitForms(fr), ...splitForms(en)]) COUNTRY_FORMS.add(form);
  let c = BY_ID.get(rest.id);
  if (!c) {
    c = rest as Concept;
    CONCEPTS.push(c);
    BY_ID.set(c.id, c);
  }
  for (const form of splitForms(fr)) addForm(form, c);
  for (const form of splitForms(en)) addForm(form, c);
}

/** Is the folded form one of a country's names in the maintained list ("usa", "uae", "royaume - uni")? A country
 *  is a place, never a giver of figures, even written as an acronym ("the USA's 330 million"). */
export function isCountryForm(form: string): boolean {
  return COUNTRY_FORMS.has(form);
}

/** The folded place names of every nation ("france", "royaume - uni", "pays - bas", "united arab emirates"), without
 *  the article or preposition the table writes before some ("en France", "the United Kingdom"): a country's name as a
 *  text writes it, never its people's adjective ("dutch", "czech", "french"), which a person's surname may be. */
const PLACE_NAMES = new Set<string>();
for (const c of CONCEPTS) {
  if (c.type !== 'nation' || !c.place) continue;
  for (const name of [c.place.en, c.place.fr]) {
    if (!name) continue;
    const folded = fold(name.toLowerCase()).replace(/-/g, ' - ').replace(/'/g, " ' ").replace(/\s+/g, ' ').trim();
    PLACE_NAMES.add(folded.replace(/^(?:en|au|aux|the|le|la|les|l ')\s+/, ''));
  }
}
/** Is the folded phrase (tokens joined by spaces) a nation's place name ("allemagne", "pays - bas")? */
export function isNationPlaceName(phrase: string): boolean {
  return PLACE_NAMES.has(phrase);
}

/**
 * A form list is space-separated; inside a form "_" joins the words of a phrase ("coree_du_nord"),
 * and hyphens and apostrophes are their own tokens, as the tokenizer makes them ("sud-africain" is
 * "sud", "-", "africain"). A plain word list is easy to read and to review.
 */
function splitForms(list: string): string[] {
  return list
    .split(/\s+/)
    .filter(Boolean)
    .map((f) => f.replace(/_/g, ' ').replace(/-/g, ' - ').replace(/'/g, " ' ").replace(/\s+/g, ' ').trim());
}

export function concept(id: string): Concept | undefined {
  return BY_ID.get(id);
}

/** Concepts typed nation that are no one country but a union or an alliance of several ("Europe", "NATO"): a count
 * told of one is not one country's, so it neither sets nor parts two countries' counts. */
const NOT_ONE_COUNTRY = new Set(['europe', 'nato']);
/**
 * The country a count key names, by its concept type, whether a plain nation word ("france", "iso-kh") or its "of:"
 * form (whose the count is, the same nation): one reading for every rule that tells two countries' counts apart.
 */
export function countryOfKey(key: string): string | undefined {
  const id = key.replace(/^of:/, '');
  return concept(id)?.type === 'nation' && !NOT_ONE_COUNTRY.has(id) ? id : undefined;
}

let formsById: Map<string, string[]> | undefined;
/** The one-word forms of a concept, both languages ("soldats", "soldiers", "troops"...). */
export function wordFormsOf(id: string): readonly string[] {
  if (!formsById) {
    formsById = new Map();
    for (const [word, cs] of SINGLE) for (const c of cs) formsById.set(c.id, [...(formsById.get(c.id) ?? []), word]);
  }
  return formsById.get(id) ?? NONE_FORMS;
}
const NONE_FORMS: string[] = [];

/** Every concept of one folded word, best type first; a crude plural strip catches unlisted forms. */
export function conceptsOf(word: string): Concept[] {
  const hit = SINGLE.get(word);
  if (hit) return hit;
  if (word.length > 4 && word.endsWith('s')) {
    // The stripped word is a new string whose hash is made anew at each call; the word itself keeps its hash.
    let stripped = STRIPPED.get(word);
    if (stripped === undefined) {
      if (STRIPPED.size >= STRIPPED_MAX) STRIPPED.clear();
      stripped = SINGLE.get(word.slice(0, -1)) ?? NONE;
      STRIPPED.set(word, stripped);
    }
    return stripped;
  }
  return NONE;
}
const NONE: Concept[] = [];
/** conceptsOf's plural strip, by the word read (SINGLE never changes after this module is loaded): every figure of a
 * clause reads its words again. */
const STRIPPED = new Map<string, Concept[]>();
/** Words kept at most before STRIPPED starts again: far more than the plurals of the pages of one session, and a
 * bound on what a background that runs for days holds. */
const STRIPPED_MAX = 50_000;

/** Whether a concept is a role people are in (killed, missing, evacuated, homeless): what befell people, as against a
 *  role of things or a noun of who they are. */
export function isPeopleRole(c: Concept): boolean {
  return c.type === 'role' && c.means?.entity === 'person';
}

/** The best concept of one folded word, optionally of one type (without a type, never a cue or a
 *  general `word`). */
export function lookup(word: string, type?: ConceptType): Concept | undefined {
  return lookupIn(conceptsOf(word), type);
}
/** `lookup` in a word's concepts already read (conceptsOf): a caller that keeps them per token reads them once. */
export function lookupIn(list: readonly Concept[], type?: ConceptType): Concept | undefined {
  return type ? list.find((c) => c.type === type) : list.find((c) => c.type !== 'cue' && c.type !== 'word' && c.type !== 'party');
}

/** May the folded one-word display name `name` of `c` (a label or place) be read as `c` in text?
 *  Always for the hand-written table; for a generated country only when it is one of its forms. */
export function isReadAs(name: string, c: Concept): boolean {
  return !c.formsOnly || conceptsOf(name).includes(c);
}

/** Folded French forms any role concept lists as toll nouns (Concept.tollNouns). */
const TOLL_NOUNS = new Set<string>();
for (const c of CONCEPTS) for (const w of c.tollNouns?.split(' ') ?? []) if (w) TOLL_NOUNS.add(w);
/** Is `word` (folded) a noun a toll counts one person by ("un mort", "une victime", "un blessé")? */
export function isTollNoun(word: string): boolean {
  return TOLL_NOUNS.has(word);
}

/** The toll nouns of the role `id` (concepts.json `tollNouns`): "mort", "morts", "victime"... */
export function tollNounsOf(id: string): string[] {
  return BY_ID.get(id)?.tollNouns?.split(' ').filter(Boolean) ?? [];
}

/** Is `word` a form of the cue `id` ("furniture", "military")? */
export function isCue(word: string, id: string): boolean {
  return conceptsOf(word).some((c) => c.type === 'cue' && c.id === id);
}

/** Multi-word forms starting with `first`, longest first. */
export function phrasesStartingWith(first: string): ReadonlyArray<{ seq: string[]; c: Concept }> {
  return PHRASES.get(first) ?? EMPTY;
}
const EMPTY: Array<{ seq: string[]; c: Concept }> = [];
/** Does `word` stand after the first word of some multi-word form (`phrasesStartingWith`)? */
export function inPhraseTail(word: string): boolean {
  return PHRASE_TAILS.has(word);
}

/** Multi-word names of parties starting with `first`, longest first (never among `phrasesStartingWith`'s). */
export function partyPhrasesStartingWith(first: string): ReadonlyArray<{ seq: string[]; c: Concept }> {
  return PARTY_PHRASES.get(first) ?? EMPTY;
}

/** Words of the longest multi-word party name of the table: how far a reader of party names need look. */
export const PARTY_NAME_MAX_WORDS = Math.max(1, ...[...PARTY_PHRASES.values()].flat().map((p) => p.seq.length));

/**
 * The party whose name starts at word i of a sequence read through `normAt` (folded words; undefined past
 * its end): a multi-word name, longest first ("nouveau front populaire"), else a one-word form ("ensemble",
 * "rn"). Whether a one-word form stands as a name where it is written (capitalised inside its sentence, an
 * acronym) is the caller's to say: story features and figures read it differently.
 */
export function partyNameAt(normAt: (q: number) => string | undefined, i: number): { c: Concept; len: number } | undefined {
  const first = normAt(i);
  if (first === undefined) return undefined;
  for (const { seq, c } of partyPhrasesStartingWith(first)) {
    if (seq.every((w, q) => normAt(i + q) === w)) return { c, len: seq.length };
  }
  const c = lookup(first, 'party');
  return c ? { c, len: 1 } : undefined;
}

/** Ids of one type, for tests and tools. */
export function conceptIds(type: ConceptType): string[] {
  return CONCEPTS.filter((c) => c.type === type).map((c) => c.id);
}
