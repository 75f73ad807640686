/**
 * Who a stretch of text says is speaking: a pronoun's group within it, else the first pattern of speech-patterns.ts
 * that holds, its words cleaned (speaker-names.ts), else a title's holder. `matchAt` reads a stretch once per text.
 * Split out of attribution.ts (speakers19).
 */
import type { Lang } from '../types';
import { giverOf, lastSpeakerGroup, pronounSays } from './speaker-groups';
import { titleHolder } from './speaker-titles';
import { mayMatchNumbered, newTurn, requiredNumbers } from '../text/required-literals';
import { PATTERNS, TITLE_PATTERNS } from './speech-patterns';
import { ADVERB_ALONE, APPOSED_NAME, appositionHead, CONTRACTED_BEFORE_NOUN, expand, HAS_NUMBER, NOT_NAMES, QUOTED_NAME, rolePerson } from './speaker-names';
import { withoutQuotations } from './speaker-sentences';

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


/** An acronym and its expansion in parentheses ("the CGT (General Confederation of Labour) counted"): the
 * expansion, without digits, stands between the name and its verb, so it is read as if left out. */
const ACRONYM_EXPANSION = /(?<![\p{L}])(\p{Lu}{2,}(?:-\p{Lu}+)?) \([^()\d]{3,80}\)/gu;

/** Each pattern's literal requirements by number (required-literals.ts `mayMatchNumbered`), read once per language on
 * its first use rather than looked up for every stretch `match` reads (speed19). Not at load: reading a pattern's
 * source costs, and a page of one language needs the other's never. */
const PATTERN_NEEDS: Partial<Record<Lang, Array<readonly number[]>>> = {};
const TITLE_NEEDS: Partial<Record<Lang, Array<readonly number[]>>> = {};

export function match(seg: string, lang: Lang, text: string, offset?: number): string | undefined {
  // A line without a closing point ("Paris : 500 000 (CGT) / 87 000 selon la police") ends its phrase too.
  // trimEnd strips what /\s+$/ did (white space and line ends, as the spec defines both), without the pattern's tries
  // from every space of the stretch; the expansion needs " (", which most stretches lack (speed20).
  seg = seg.trimEnd();
  if (seg.includes(' (')) seg = seg.replace(ACRONYM_EXPANSION, '$1');
  const viaPronoun = pronounSpeaker(seg, lang);
  if (viaPronoun) return viaPronoun;
  // Most stretches lack the words a pattern needs (its verb of saying, "selon", "according to"): those patterns are
  // not run (core/text/required-literals.ts); each list of words is tested once per stretch (a turn).
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
export function matchAt(text: string, a: number, b: number, lang: Lang): string | undefined {
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
