/**
 * Cleaning a speaker's words read by a pattern: words that are no name (NOT_NAMES), a surname expanded to the full name
 * the text writes, a person's name (PERSON_NAME), a title's holder written beside it, the person a role or an apposition
 * names (rolePerson, appositionHead). Split out of attribution.ts (speakers19).
 */
import { TITLE_WORDS } from './speaker-titles';
import { lookup } from '../concepts/index';
import { fold } from '../text/fold';
import { FR_APPOSITION_MAX_CHARS, FR_SAYING_PARTICIPLE, HONORIFIC, NAME } from './speech-verbs';
import { bmpExec } from '../text/bmp-regex';

export const NOT_NAMES = new Set([
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
export const CONTRACTED_BEFORE_NOUN = /^(?:Du|Des) (?=\p{Ll})/u;

/** Full names written in a text, by surname ("Bayrou" -> "François Bayrou"); the first full spelling wins.
 * Cached for the last text seen, because every figure of a page asks about the same text. */
let namesFor: string | null = null;
let names = new Map<string, string>();
const FULL_NAME = /(\p{Lu}[\p{L}-]+) (\p{Lu}[\p{L}-]+)(?![\p{L}])/gu;
function fullNames(text: string): Map<string, string> {
  if (namesFor === text) { namesFor = text; return names; } // the given string becomes the key (speed19, speaker-sentences.ts)
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
export const HONORIFIC_OPENING = new RegExp(`^${HONORIFIC} `, 'u');

export function expand(name: string, text: string): string {
  const clean = name.replace(HONORIFIC_OPENING, '').trim();
  if (clean.includes(' ')) return clean;
  return fullNames(text).get(clean) ?? clean;
}
/** A person's name, then a comma and an apposition up to the capitalised words a pattern read as the subject: "Jane
 * Roe, Minister of Foreign Affairs, wrote", "Jeanne Dupont, présidente de la région Haute-Provence, a indiqué". */
const APPOSITION_HEAD = new RegExp(`${NAME}, [^,;:«»"“”().!?\\n]{0,${FR_APPOSITION_MAX_CHARS}}$`, 'u');
/** Capitalised words only, two at least ("Ana Maria Lopes"): a name of its own, the subject itself, not an
 * apposition's title ("Minister of Foreign Affairs") or a place inside one ("région Île-de-France"). */
const CAPITALISED_WORDS = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)+$/u;
/** An apposition whose last word, before the capitalised words read, is a lower-case word other than a conjunction
 * ("president of the local "): those words are the complement of its noun. */
const APPOSITION_ENDS_ON_COMPLEMENT = /, [^,]*(?<![\p{L}])(?!(?:and|et|or|ou|but|mais) $)\p{Ll}[\p{L}'’-]* $/u;
/** Room for the name before an apposition: four capitalised words (NAME's longest) of up to a dozen letters and their
 * spaces, with an honorific ("Mme Jeanne-Marie de Montfort-Lacroix, "): 60 characters. */
const APPOSITION_NAME_MAX_CHARS = 60;
/** How far before the words read the apposition's head is looked for: the name and the apposition. */
const APPOSITION_HEAD_WINDOW = FR_APPOSITION_MAX_CHARS + APPOSITION_NAME_MAX_CHARS;
/** Prepositions (and contracted articles) of both languages: a capitalised name right after one is their complement. */
const PREPOSITIONS = "in|of|at|from|to|for|on|with|by|à|de|en|dans|par|pour|sur|avec|vers|chez|du|des|au|aux|d['’]|l['’]";
/** A preposition or a conjunction right before a name makes it a complement or a title's last words ("In Paris, X,
 * …", "Minister of Labour and Social Affairs, Jane Roe, revealed"), no apposition's head. */
const PREPOSITION_BEFORE = new RegExp(`(?<![\\p{L}])(?:and|et|${PREPOSITIONS})\\s*$`, 'iu');
/** A preposition alone, not "and / et" (fixrev19b: "The mayor met reporters and John Smith of the fire department said"
 * names John Smith, a coordinated subject). */
const PREPOSITION_ONLY_BEFORE = new RegExp(`(?<![\\p{L}])(?:${PREPOSITIONS})\\s*$`, 'iu');
/**
 * The person whose apposition the words `seg[at, end)` close, or undefined. A comma between a subject and its verb
 * closes an apposition ("Jane Roe, Minister of Foreign Affairs, wrote"), so capitalised words followed by that comma
 * are the apposition's last words (a title, or a region's name inside a title), not the subject: the subject is the
 * person's name written before the apposition's opening comma. Only a person's full name (two capitalised words at
 * least) and only when the words read are none (session 17: on the development set two speakers read as "Minister of
 * Foreign Affairs" and as a region's name).
 */
export function appositionHead(seg: string, at: number, end: number, who: string, text: string, offset?: number): string | undefined {
  // speakers19: an acronym in parentheses may close the apposition ("Jane Roe, the head of the National Electoral
  // Commission (NEC), told reporters"): the apposition is read up to its opening parenthesis, and the person speaks,
  // not the body whose acronym it is.
  const inParens = seg.charCodeAt(at - 1) === 40 /* ( */ && seg.charCodeAt(end) === 41 /* ) */ && seg.charCodeAt(end + 1) === 44;
  if (seg.charCodeAt(end) !== 44 /* , */ && !inParens) return undefined;
  const head = inParens ? at - 1 : at;
  // A stretch cut at a comma ("…, présidente de la région X, a indiqué") holds the apposition but not its head: when
  // the stretch's place in the text is known, the words before it are read too.
  const before = offset === undefined ? seg.slice(0, head) : text.slice(Math.max(0, offset + head - APPOSITION_HEAD_WINDOW), offset + head);
  const m = APPOSITION_HEAD.exec(before);
  if (!m || !PERSON_NAME.test(m[1]) || NOT_NAMES.has(m[1].split(' ')[0])) return undefined;
  // Capitalised words right after the comma are a name of their own, the subject itself; speakers20: after the
  // apposition's own lower-case words they are its complement ("Jane Roe, president of the local Residents Association,
  // told": the association is where she presides, she speaks), but not after a conjunction, which lists subjects.
  if (CAPITALISED_WORDS.test(who) && !APPOSITION_ENDS_ON_COMPLEMENT.test(m[0])) return undefined;
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
/** speakers46: the role's seat, a capitalised place after "à / in / at" between the role and the comma ("…, a indiqué le
 * procureur de la République à Valmont, Jean Dupont."): one or two capitalised words, the role's complement, not a list. */
const APPOSED_ROLE_SEAT = "(?: (?:à|au|in|at) \\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*)?)?";
export const APPOSED_NAME = new RegExp(`^${APPOSED_ROLE_SEAT}, ${APPOSED_RANK}${NAME}(?=\\s*(?:[.;]|$)|,? ${APPOSED_NAME_SETTING}|${APPOSED_NAME_THEN})`, 'u');
/** A capitalised name in quotation marks right after a role ("la société "X"", "the firm “X”"). */
export const QUOTED_NAME = /^ ?["“«] ?(\p{Lu}[\p{L}\d'’ .&-]{0,40}?) ?["”»]/u;
/** Adverbs that stand between a subject and its verb ("She also said", "officials later said"): alone before the
 * verb they are no noun group, and the pronoun or the subject before them says the figure (speakers18: "She also
 * said" read "also" as the speaker). */
export const ADVERB_ALONE = /^(?:also|now|since|earlier|later|previously|already|then|still|further|again|too|aussi|encore|déjà|ensuite|également|alors)$/u;
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
export function rolePerson(seg: string, at: number, end: number, matchEnd: number, who: string, text: string, offset?: number): string | undefined {
  // A role naming a nation ("le porte-parole de l'armée pakistanaise, le général X") is kept: its nation is the side
  // the comparison reads (sides.ts twoSides), which a person's name does not carry (kashmir: the name set two counts
  // of one side on two sides, three false differs).
  if (namesNation(who)) return undefined;
  // speed22: bmpExec, the same result as exec for a cheaper first compile (core/text/bmp-regex.ts).
  const apposed = bmpExec(GROUP_APPOSED_NAME, seg.slice(end));
  if (apposed && PERSON_NAME.test(apposed[1]) && !NOT_NAMES.has(apposed[1].split(' ')[0])
    && (who.search(TITLE_IN_WORDS) >= 0 || matchEnd > end + apposed[0].length)) return apposed[1];
  // The apposition is a noun group: one holding a source's word opens a clause of its own ("Au Portugal, selon le
  // gestionnaire du réseau, …" has no person before its comma).
  const before = offset === undefined ? seg.slice(0, at) : text.slice(Math.max(0, offset + at - APPOSITION_HEAD_WINDOW), offset + at);
  const head = SOURCE_WORD.test(before.slice(before.lastIndexOf(',') + 1)) ? undefined : appositionHead(seg, at, end, who, text, offset);
  if (head) return head;
  const from = Math.max(0, at - APPOSITION_NAME_MAX_CHARS);
  const of = bmpExec(NAME_OF_GROUP, seg.slice(from, at));
  // speakers19: a name after a preposition is a place's complement, no person ("Rescuers in Los Angeles of the fire
  // department said": the city is where the rescuers are, not who speaks).
  if (of && SEVERAL_CAPITALISED.test(of[1]) && !NOT_NAMES.has(of[1].split(' ')[0])
    && !PREPOSITION_ONLY_BEFORE.test(seg.slice(0, from + of.index))) return of[1];
  return undefined;
}
/** Whether a speaker's words name a nation ("armée pakistanaise", "Indian officials"). */
const namesNation = (who: string): boolean => fold(who).split(/[^\p{L}]+/u).some((w) => !!w && !!lookup(w, 'nation'));
/** Digits or a number word: a noun group holding one names an amount, not a speaker (digits in a name, "TF1", do not count). */
export const HAS_NUMBER = /(?<![\p{L}\d])\d|(?<![\p{L}])(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|cent|mille|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand)(?![\p{L}])/iu;
/** A person's name: two capitalised words at least, or one after a title ("Dr X", "M. X"). */
export const PERSON_NAME = new RegExp(`^(?:${HONORIFIC} \\p{Lu}|\\p{Lu}[\\p{L}'’-]+ (?:\\p{Lu}\\.? )?\\p{Lu}[\\p{L}'’-]+$)`, 'u');

/** A title alone, one lower-case word ("ministre", "mayor"). */
export const BARE_TITLE = new RegExp(`^${TITLE_WORDS}$`, 'u');

/** A title's words in the few words right before a name ("la ministre Jeanne Dupont", "le maire de Lyon Jean Dupont"),
 * and in the apposition right after it ("Jean Dupont, maire de Lyon, a déclaré"). */
const TITLE_BEFORE_NAME = new RegExp(`(?<![\\p{L}])(${TITLE_WORDS})(?: [\\p{L}'’-]+){0,3} $`, 'u');
/** A title of one person anywhere in some words ("le ministre des Transports", "the county's mayor"): every one of an
 * apposition (matchAll), or whether a role holds one (`search`, which ignores the global flag's position). */
const TITLE_IN_WORDS = new RegExp(`(?<![\\p{L}])${TITLE_WORDS}`, 'gu');
/** How far before a name its title is looked for: a title and a complement of a few words ("le maire de Lyon "). */
const TITLE_BEFORE_NAME_CHARS = 40;
/** One title in either gender and with or without its accents ("préfet" / "préfète", "président" / "présidente"). */
const titleForm = (title: string): string => fold(title.toLowerCase()).replace(/e$/u, '');
/**
 * Whether the person `name` may be the one a bare `title` names again: the text gives that person no title, or that
 * one (rev17c: after "Jean Dupont, maire de Lyon, a déclaré", "a ajouté la ministre" is another person, "a ajouté le
 * maire" the same).
 */
export function mayHoldTitle(name: string, title: string, text: string): boolean {
  const own = new Set<string>();
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
    const before = TITLE_BEFORE_NAME.exec(text.slice(Math.max(0, i - TITLE_BEFORE_NAME_CHARS), i));
    if (before) own.add(titleForm(before[1]));
    const apposition = /^, ([^,;:.«»"“”()]+),/u.exec(text.slice(i + name.length, i + name.length + FR_APPOSITION_MAX_CHARS));
    for (const m of apposition?.[1].matchAll(TITLE_IN_WORDS) ?? []) own.add(titleForm(m[0]));
  }
  return own.size === 0 || own.has(titleForm(title));
}


/** A name in apposition right after a group, closed by a comma ("Le maire de X, Jean Dupont, a parlé de drame") or
 * ending its sentence ("…, a détaillé la maire de la commune, Anne Morel."; speakers18). */
export const GROUP_APPOSED_NAME = new RegExp(`^, ${APPOSED_RANK}${NAME}(?:,|\\s*[.;!?]?\\s*$)`, 'u');
