/**
 * Nouns of people the concept table does not know, told by their suffix (session 20, units20): in both languages the
 * suffix "-ist" / "-iste" makes a noun of a person who does or practises something ("machinists", "machinistes",
 * "journalists", "secouristes", "terroristes"). A count of such a noun counts people, of a kind the table cannot name:
 * counts.ts reads it as people (unit `people`, its noun kept as its category), as it reads "five suspects arrested".
 * Only plurals, after a stem of AGENT_STEM_MIN letters: shorter stems end words that are no people ("lists",
 * "twists", "insists", "exists"), and a count's noun is plural.
 */
import type { Lang } from '../types';
import { isEverydayWord } from '../story/background';

/** Letters before the suffix: four ("machin-ists", "secour-istes", "terror-ists"); three or fewer begin verbs and
 * things ("ins-ists", "res-ists", "l-ists", "tw-ists"). */
const AGENT_STEM_MIN = 4;
const AGENT_PLURAL: Record<Lang, RegExp> = {
  en: new RegExp(`^[a-z]{${AGENT_STEM_MIN},}ists$`),
  fr: new RegExp(`^[a-z]{${AGENT_STEM_MIN},}istes$`),
};

/** The plural of "list" in each language: "playlists", "checklists", "shortlists" end in "-ists" but are lists. */
const LISTS: Record<Lang, string> = { en: 'lists', fr: 'listes' };

/** Is the folded word a compound of "list" ("playlists", "checklists", "waitlists")? Its part before "lists" is an
 * everyday word (core/story/background.ts) and its part before "ists" is not: "journa-", "cyc-", "nove-" are no
 * words, and "ideal-ists", "final-ists", "medal-ists" keep their agent suffix though "idea" is one (fixrev20a). */
function listCompound(word: string, lang: Lang): boolean {
  if (!word.endsWith(LISTS[lang])) return false;
  const before = word.slice(0, -LISTS[lang].length);
  const root = word.slice(0, -(LISTS[lang].length - 1));
  return isEverydayWord(before, lang) && !isEverydayWord(root, lang);
}

/** Is the folded word a plural noun of people by its suffix ("machinists", "machinistes")? */
export function isAgentNoun(word: string, lang: Lang): boolean {
  return AGENT_PLURAL[lang].test(word) && !listCompound(word, lang);
}
