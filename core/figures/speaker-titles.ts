/**
 * A person's title standing for the person: "the prime minister announced", "le Premier ministre a précisé".
 * When the same text writes that title right before a full name ("Prime Minister Jane Doe", "le Premier
 * ministre Jean Dupont", "President Ana Lima"), the title names that person, and the popup and the comparison
 * show who, not a role (two articles, one writing the title and one the name, then name one speaker). Only
 * titles of one person (not "the ministry", "the police"), and only when the text gives the title a single
 * holder: "le ministre" before two different names names nobody in particular.
 */

/** Titles of one person, the longest first so "prime minister" wins over "minister". Lower case: the text may
 * capitalise them or not ("Prime Minister", "premier ministre"). */
const TITLES = [
  'premier ministre', 'première ministre', 'prime minister', 'porte-parole', 'spokesman', 'spokeswoman', 'spokesperson',
  'chancellor', 'chancelier', 'chancelière', 'président', 'présidente', 'president', 'ministre', 'minister',
  'secretary', 'secrétaire', 'governor', 'gouverneur', 'mayor', 'maire', 'préfet', 'préfète', 'prefect', 'leader',
];

/** A name after its title: two capitalised words ("Jane Doe", "Jean-Luc Dupont"); the third a name may have is
 * most often the next word of a headline ("Prime Minister Jane Doe Gives ..."), so it is left out. */
const NAME_AFTER = "(\\p{Lu}[\\p{L}'’-]+) (\\p{Lu}[\\p{L}'’-]+)(?![\\p{L}'’-])";
/** Capitalised words after a title that are no first name: another title or a day ("President Monday"). */
const NOT_FIRST_NAMES = new Set(['Minister', 'Ministre', 'President', 'Président', 'Prime', 'Premier', 'Secretary', 'General',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'The', 'Le', 'La', 'Les']);

/** A title written in either case, letter by letter: the name after it must stay capitalised, so no `i` flag. */
const eitherCase = (s: string): string => [...s].map((c) => (c.toUpperCase() !== c ? `[${c}${c.toUpperCase()}]` : c)).join('');

/** The titles as one regular-expression source, either case, for attribution.ts's patterns of a title speaking. */
export const TITLE_WORDS = `(?:${TITLES.map(eitherCase).join('|')})(?![\\p{L}])`;
const TITLE_IN = new RegExp(`(?<![\\p{L}])${TITLE_WORDS}`, 'u');

let holdersFor: string | null = null;
const holders = new Map<string, string | null>();

/** The one full name the text writes right after `title` (lower case), or null when none or several. */
function holderOfTitle(title: string, text: string): string | null {
  // The string given becomes the key even when equal to it: an equal text's next calls then compare pointers (speed19).
  if (holdersFor !== text) holders.clear();
  holdersFor = text;
  const cached = holders.get(title);
  if (cached !== undefined) return cached;
  const re = new RegExp(`(?<![\\p{L}])${eitherCase(title)} ${NAME_AFTER}`, 'gu');
  let name: string | null = null;
  let surname: string | null = null;
  for (const m of text.matchAll(re)) {
    if (NOT_FIRST_NAMES.has(m[1]) || NOT_FIRST_NAMES.has(m[2])) continue;
    // Two holders of one title ("ministre X", "ministre Y"): the bare title names neither.
    if (surname !== null && m[2] !== surname) { name = null; break; }
    surname ??= m[2];
    name ??= `${m[1]} ${m[2]}`;
  }
  holders.set(title, name);
  return name;
}

/**
 * The person a speaker that is a title stands for ("Premier ministre", "French Prime Minister", "centrist prime
 * minister"), or undefined when `who` holds no title or the text names no single holder for it. A speaker with
 * a name in it beside the title ("President Ana Lima") is already a person and is left as it is.
 */
export function titleHolder(who: string, text: string): string | undefined {
  const m = TITLE_IN.exec(who);
  if (!m) return undefined;
  const before = who.slice(0, m.index).trim(), after = who.slice(m.index + m[0].length).trim();
  // One word beside the title at most, never a complement: "le ministre de l'Intérieur" is another title than
  // "le ministre", and "Interior Minister" than "Minister".
  if ((before && after) || /\s/.test(before || after) || /^(?:de|du|des|d['’]|of|for)(?![\p{L}])/u.test(after)) return undefined;
  // A capitalised word before the title ("Interior Minister", "French Prime Minister") makes it another title
  // unless the text writes that whole title before the name; a word after it is a French adjective
  // ("Premier ministre français") or a lower-case one before it ("centrist prime minister") qualifies the holder.
  if (/^\p{Lu}/u.test(before)) return holderOfTitle(`${before} ${m[0]}`.toLowerCase(), text) ?? undefined;
  return holderOfTitle(m[0].toLowerCase(), text) ?? undefined;
}
