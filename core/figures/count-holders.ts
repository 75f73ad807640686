/**
 * Whose a count is: the party or name that holds seats or votes ("le NFP arrive en tête avec 180 sièges"),
 * and the rivals named after a word of ranking, which are not.
 */
import type { Tok } from './tokens';
import { STOPWORDS } from '../text/words';
import { concept, lookup, partyNameAt, PARTY_NAME_MAX_WORDS } from '../concepts/index';
import { nameKey } from '../text/names';
import { BOUNDARY, conceptAt, isName, isNumberTok, writtenLower, SENTENCE_END } from './count-base';
import { notACountBetween, WITH } from './count-head';
import { parseNumberAt } from './numbers';
import { DURATION_UNITS } from './unit-sets';
import { inInstitutionName, LOC_PREP, locPrepBefore } from './count-places';
import { isPlaceName, partyAt as partyFact } from './token-facts';

/** Words of ranking after a count ("juste devant X", "derrière X", "ahead of X", "behind X", "against 32
 * for X", "followed by X", "suivi par X"): the names after them are the rivals', not the count's holder. */
const RIVAL_WORDS = new Set(['devant', 'derriere', 'devancant', 'contre', 'ahead', 'behind', 'against', 'versus', 'vs', 'followed', 'suivi', 'suivie', 'suivis']);
/** Words that open a clause of contrast after a count ("…, while Y won 143", "…, tandis que Y …"):
 * the names after them belong to that clause's subject. */
const CONTRAST_WORDS = new Set(['while', 'whereas', 'tandis']);
/** Joins that open the next item of a coordinated list of clauses ("… et Y entre 9 % et 10 %", "…, and Y 12 seats"). */
const ITEM_JOINS = new Set(['et', 'and', ',', ';']);
/** Names a list item's subject may have before its number ("Jorge Álvarez Máynez": three; a fourth is a title). */
const ITEM_NAME_MAX = 4;
/** Words that may stand between the item's subject and its number: a range's or a bound's opener, a preposition of
 * holding ("Y with 12 %", "Y avec 12 %", "Y à 12 %"). Any other word (a verb: "et Y a obtenu 12 %") ends the probe:
 * kept narrow, as the names are then dropped from the count before. Folded tokens. */
const ITEM_NUMBER_OPENERS = new Set(['entre', 'between', 'avec', 'with', 'a', 'at', 'on', 'about', 'around', 'environ', 'pres', 'nearly', 'almost', 'over', 'plus', 'moins', 'under']);
/** At k a join opens the next item of a list of coordinated clauses, each a subject's name and its own number ("… et
 * Jorge Álvarez Máynez entre 9,9 % et 10,8 %", "…, and Smith 12 %"): names after it are that item's (fix-unit44: a
 * joined range carried the next candidate's name, and so differed with that candidate's own share). */
function nextItemSubject(toks: Tok[], k: number): boolean {
  if (!ITEM_JOINS.has(toks[k].t)) return false;
  let q = k + 1;
  while (q - k - 1 < ITEM_NAME_MAX && toks[q] && toks[q].kind === 'w' && !toks[q].nl && isName(toks, q)) q++;
  if (q === k + 1) return false;
  // At most two openers ("Y avec environ 12 %").
  for (let n = 0; n < 2 && toks[q] && ITEM_NUMBER_OPENERS.has(toks[q].t); n++) q++;
  return isNumberTok(toks[q]);
}
const isPartyId = (n: string): boolean => concept(n)?.type === 'party';
/**
 * A party of the concept table named at token k ("Rassemblement national", "National Rally", "RN"):
 * a phrase whose first word is capitalised, or one word written as a name inside its sentence
 * ("la coalition Ensemble") or as an acronym. The name wins over its words' own concepts: "Rally" is
 * no march, "Front" no war.
 */
export function partyAt(toks: Tok[], k: number): { id: string; len: number } | undefined {
  const t = toks[k];
  if (!t || t.kind !== 'w' || !t.cap) return undefined;
  // A name's words joined by hyphens ("les Libéraux-démocrates", "les Chrétiens-démocrates") are its words: the table
  // writes them apart, so the look-up steps over a hyphen that touches the words on both sides.
  const at = wordsAcrossHyphens(toks, k);
  const m = partyNameAt((q) => (q - k < at.length ? toks[at[q - k]].t : undefined), k);
  if (!m) return undefined;
  if (m.len > 1) return { id: m.c.id, len: at[m.len - 1] - k + 1 };
  const prev = toks[k - 1];
  const opens = k === 0 || t.nl || (prev.kind === 'p' && (BOUNDARY.has(prev.t) || prev.t === ':' || prev.t === '"'));
  return t.upper || !opens ? { id: m.c.id, len: 1 } : undefined;
}
/** Token indexes of the words from k on, a hyphen written tight between two words skipped ("Libéraux-démocrates" is
 * read "liberaux democrates"); a hyphen with a space on a side, or any other token, ends the run. */
function wordsAcrossHyphens(toks: Tok[], k: number): number[] {
  const out = [k];
  for (let q = k + 1; q < toks.length && out.length < PARTY_NAME_MAX_WORDS; q++) {
    const t = toks[q];
    if (t.kind === 'w') { out.push(q); continue; }
    const prev = toks[q - 1];
    const next = toks[q + 1];
    if (t.t === '-' && prev.kind === 'w' && next?.kind === 'w' && prev.end === t.start && t.end === next.start) continue;
    break;
  }
  return out;
}
/** A dash with a space on each side ("la coalition – qui réunit X et Y – obtient", "the alliance — which
 * comprises X and Y — would win"): it opens or closes an aside, where a hyphen joins words. */
const spacedDash = (toks: Tok[], k: number): boolean =>
  toks[k].t === '-' && k > 0 && toks[k - 1].end < toks[k].start && !!toks[k + 1] && toks[k].end < toks[k + 1].start;
/** How far back (tokens) a party's name may stand as the subject whose count follows: "Le Rassemblement
 * national de X et Y, allié à certains membres d'un autre parti, décroche 143 sièges" (a sentence's
 * subject, its complements and a relative clause). */
const PARTY_HOLDER_LOOKBACK = 24;
/** The party named last before token i0 in its sentence and the token where its name starts, else undefined: "X won
 * 8.7 million votes, or 32.05%" (both X's), "X won 182 seats and Y 168" (the nearest is the holder). */
function partyBefore(toks: Tok[], i0: number): { id: string; at: number } | undefined {
  let found: { id: string; at: number } | undefined;
  for (let k = i0 - 1; k >= 0 && k >= i0 - PARTY_HOLDER_LOOKBACK; k--) {
    if (SENTENCE_END.has(toks[k].t) || toks[k + 1]?.nl) return found;
    // A party named in an aside between dashes is not the holder.
    if (inClosedAside(toks, k, i0)) continue;
    const p = partyFact(toks, k);
    if (p) found = { id: p.id, at: k };
    if (found && !p) return found;
  }
  return found;
}

/** Numbers written in words below this are also articles ("avec un siège" but "with a majority", "avec une
 * avance"): only "deux / two" and up are read as a count of a list's item. */
const LIST_WORD_COUNT_MIN = 2;
/**
 * Is the number at token k the count of an item of a list of holders: one "avec / with" introduces ("LR avec 24",
 * "LR avec six") or written right after its holder's name ("the Conservatives 120")? A number that counts nothing
 * (a year, a day, a clock time, a measured value: count-head.ts `notACountBetween`) or that counts time ("in power
 * for 14 years", "with 14 years in power") is not; nor is a number a verb governs ("qui comptait 89 députés"), which
 * is its subject's own figure.
 */
function listCountAt(toks: Tok[], k: number, gapped: boolean): boolean {
  const t = toks[k];
  const prev = toks[k - 1];
  if (!t || !prev || t.nl) return false;
  const introduced = gapped || WITH.has(prev.t) || (t.kind === 'd' && prev.kind === 'w' && !!prev.cap && !STOPWORDS.has(prev.t));
  if (!introduced) return false;
  if (t.kind === 'd' ? notACountBetween(toks, k) : t.kind !== 'w') return false;
  const n = parseNumberAt(toks, k, 'fr') ?? parseNumberAt(toks, k, 'en');
  if (!n || n.kind !== 'cardinal' || (t.kind === 'w' && n.value < LIST_WORD_COUNT_MIN)) return false;
  const after = toks[n.i1];
  return !(after?.kind === 'w' && DURATION_UNITS.has(lookup(after.t, 'unit')?.id ?? ''));
}
/** Does the count of an earlier item of a list stand between tokens `at` (where a party's name starts) and `from`
 * (where the count's own item starts)? Then the party is that earlier item's ("LR avec 24 et Valmora avec 20"). When the
 * count is `gapped`, written right after its own item's name with the verb left out ("X, which held 247 seats, and Y
 * 32"), the earlier count is the one the verb governs, in any shape. */
function listCountBetween(toks: Tok[], at: number, from: number, gapped: boolean): boolean {
  for (let k = at + 1; k < from; k++) if (listCountAt(toks, k, gapped)) return true;
  return false;
}

/** Determiners that refer back: "the alliance", "cette coalition", "le parti". */
const BACK_DETERMINERS = new Set(['the', 'this', 'le', 'la', 'l', 'ce', 'cette']);
/** Tokens between a determiner and its group noun: an adjective written with a hyphen ("the left-wing alliance"). */
const GROUP_ADJECTIVES = 4;
/** Nouns of a political group (concepts.json: coalition / alliance, party). */
const GROUP_NOUNS = new Set(['t-coalition', 'w-party']);
/** How far (tokens) before a count the group noun that refers back may stand: the sentence's subject,
 * an adjective or two and its verb ("The left-wing alliance came out on top and should win between"). */
const ANAPHOR_LOOKBACK = 16;
/**
 * "X created a surprise in the second round. The left-wing alliance came out on top and should win between 177
 * and 192 seats": a count whose sentence names no holder but a group noun after a determiner that refers back
 * is the group's the sentence before names last (same paragraph), else undefined.
 */
function partyOfGroupAnaphor(toks: Tok[], i0: number): string | undefined {
  let s = i0;
  let group = false;
  for (let k = i0 - 1; k >= 0 && k >= i0 - ANAPHOR_LOOKBACK; k--) {
    if (SENTENCE_END.has(toks[k].t) || toks[k + 1]?.nl) break;
    s = k;
    const t = toks[k];
    if (t.kind === 'w' && GROUP_NOUNS.has(lookup(t.t, 'topic')?.id ?? lookup(t.t, 'word')?.id ?? '')) {
      for (let q = k - 1; q >= 0 && q >= k - GROUP_ADJECTIVES; q--) {
        if (BACK_DETERMINERS.has(toks[q].t)) { group = true; break; }
        // Another determiner ("une coalition") or the sentence's start ends the noun phrase.
        if (STOPWORDS.has(toks[q].t) || SENTENCE_END.has(toks[q].t)) break;
      }
    }
  }
  if (!group || s === 0 || toks[s].nl || !SENTENCE_END.has(toks[s - 1].t)) return undefined;
  return partyBefore(toks, s - 1)?.id;
}

/** Tokens between "avec / with" and the name of the holder before it ("le NFP arrive en tête avec"):
 * a verb and its complement. Further back, a name is more often another clause's. */
const HOLDER_LOOKBACK = 6;
/** Tokens one holder's name may span, an acronym in parentheses and lower-case words inside included
 * ("Nouveau Front populaire (NFP)", "Les Républicains"). */
const HOLDER_NAME_SPAN = 7;
const holderWord = (toks: Tok[], k: number): boolean => {
  const t = toks[k];
  return !!t && t.kind === 'w' && !!t.cap && !t.nl && (t.t.length >= 3 || !!t.upper) && !STOPWORDS.has(t.t) && !conceptAt(toks, k) && !writtenLower(toks, t.t) && !inInstitutionName(toks, k);
};
/** The name tokens of the holder named just before token w (within its sentence), else none. */
function holderNameBefore(toks: Tok[], w: number): number[] {
  let p = w - 1;
  while (p >= 0 && p >= w - HOLDER_LOOKBACK && !holderWord(toks, p)) {
    if (SENTENCE_END.has(toks[p].t) || toks[p].t === ',' || toks[p + 1]?.nl) return [];
    p--;
  }
  if (p < 0 || p < w - HOLDER_LOOKBACK) return [];
  const out: number[] = [];
  for (let k = p; k >= 0 && k > p - HOLDER_NAME_SPAN; k--) {
    const t = toks[k];
    if (holderWord(toks, k)) { out.push(k); continue; }
    if (t.t === '(' || t.t === ')' || (t.kind === 'w' && !t.cap && !STOPWORDS.has(t.t) && !conceptAt(toks, k) && holderWord(toks, k - 1))) continue;
    break;
  }
  return out;
}

/** Prepositions of where (besides LOC_PREP's "in / at / à / dans / sur") and of a way in or out of a place: a name
 * after them, around a clock time, is where it happened or whence ("near X Avenue", "from Paris", "près de X"). */
const WHERE_PREPS: ReadonlySet<string> = new Set(['near', 'from', 'outside', 'to', 'into', 'onto', 'pres', 'devant', 'depuis', 'vers']);
/** Words of one name run back over to find the preposition before it ("near Castelmar Avenue": two). */
const WHERE_NAME_WORDS = 3;
const wherePrep = (toks: Tok[], k: number): boolean => {
  const p = locPrepBefore(toks, k);
  return LOC_PREP.has(p) || WHERE_PREPS.has(p) || (p === 'de' && toks[k - 2]?.t === 'pres');
};
/** Is the capitalised word at k (or the name it ends) after a preposition of where, directly or through a common
 * noun and "de / of" ("sur le boulevard de X", "at the airport of X")? Only read around a clock time (holdersOf). */
function whereName(toks: Tok[], k: number): boolean {
  let n0 = k;
  while (n0 > 0 && k - n0 < WHERE_NAME_WORDS - 1 && toks[n0 - 1].kind === 'w' && toks[n0 - 1].cap && !STOPWORDS.has(toks[n0 - 1].t)) n0--;
  if (wherePrep(toks, n0)) return true;
  let q = n0 - 1;
  while (q >= 0 && (toks[q].t === 'de' || toks[q].t === 'du' || toks[q].t === 'of' || toks[q].t === 'd' || toks[q].t === "'")) q--;
  return q >= 0 && q < n0 - 1 && toks[q].kind === 'w' && !toks[q].cap && wherePrep(toks, q);
}

/** Is token k inside an aside between two spaced dashes of its sentence, closed before the count at i0? Its
 * names are what the subject is made of or compared to, not the count's holder: "the coalition — which
 * comprises Socialists and Greens — would win 172 to 215" is the coalition's count. A dash right before the
 * number separates a name from its value ("SPD — 121", a list): no aside. */
function inClosedAside(toks: Tok[], k: number, i0: number): boolean {
  let after = 0;
  for (let q = k + 1; q < i0 - 1; q++) if (spacedDash(toks, q)) after++;
  if (after % 2 === 0) return false;
  for (let q = k - 1; q >= 0 && !SENTENCE_END.has(toks[q].t) && !toks[q + 1].nl; q--) if (spacedDash(toks, q)) return true;
  return false;
}

/**
 * Whose the count at tokens [i0, headEnd) is, as name keys or party ids: names in its segment `seg`
 * (not its speaker's, masked in `said` from token `a`), up to a word of ranking or contrast; else the
 * holder named before "avec / with" or its parenthesis; a party wins over other names.
 */
export function holdersOf(toks: Tok[], seg: [number, number], i0: number, headEnd: number, said: Uint8Array | null, a: number, isAge: boolean, moment = false): string[] {
  const ageOf = isAge;
  const names: string[] = [];
  for (let k = seg[0]; k < seg[1]; k++) {
    // "180 à 215 députés, juste devant le parti présidentiel Renaissance", "ahead of the Greens": names
    // after a word of ranking are the rivals the holder is set against, not whose the count is.
    if (k >= headEnd && RIVAL_WORDS.has(toks[k].t)) break;
    // "X won 168 seats, while Y won 143": a clause of contrast has a subject of its own.
    if (k >= headEnd && CONTRAST_WORDS.has(toks[k].t)) break;
    // "X obtient entre 26 % et 28 % des voix et Y entre 9 % et 10 %": past a join, a name with its own number after
    // it is the subject of the next coordinated clause, not this count's holder.
    if (k >= headEnd && nextItemSubject(toks, k)) break;
    if ((k >= i0 && k < headEnd) || (said && said[k - a])) continue;
    if (k < i0 && inClosedAside(toks, k, i0)) continue;
    const party = partyFact(toks, k);
    if (party) { if (!names.includes(party.id)) names.push(party.id); k += party.len - 1; continue; }
    // An institution's name ("the French National Assembly") says where the count sits, not whose it is.
    // Around a clock time, a name of where it happened ("near Castelmar Avenue", "sur le boulevard de X") is no more
    // the moment's holder than the speaker is: only who acted then (the subject's name) sets two times apart.
    if (moment && whereName(toks, k)) continue;
    if (toks[k].kind === 'w' && !conceptAt(toks, k) && isName(toks, k) && !isPlaceName(toks, k) && !inInstitutionName(toks, k)) {
      const n = nameKey(toks[k].t);
      if (!names.includes(n)) names.push(n);
    }
  }
  // "le Nouveau Front populaire (NFP) arrive en tête avec 180 à 215 députés", "derrière le Nouveau Front
  // populaire (178-205)": a count introduced by "avec / with", or in parentheses after a name, is the
  // holder's whose name stands just before (the subject of "avec", the name the parenthesis follows).
  let heldBefore: number[] = [];
  if (!ageOf && !names.length && (WITH.has(toks[i0 - 1]?.t ?? '') || toks[i0 - 1]?.t === '(')) {
    heldBefore = holderNameBefore(toks, i0 - 1);
    for (const k of heldBefore) { const n = nameKey(toks[k].t); if (!names.includes(n)) names.push(n); }
  }
  // A party named beside a count is whose it is; the other names there are who polled or said it
  // ("182 sièges pour le NFP, selon Ipsos", "the leader of the Socialist Party, Jean Martin"). Without
  // one in the count's own segment, the party its sentence names last before it is its holder ("Le
  // Parti X, allié à Y, décroche 143 sièges", "the X Party (XP) is expected
  // to have between 172 and 192 seats").
  // Not past another count when the count's own segment or the name "avec / with" introduces already names a holder
  // ("Le Front vert suit avec 25 sièges, LR avec 24 et Valmora avec 20", an invented party last): in such a list each
  // count's holder is the name of its own item, which the table may not know, and a party of the table named before an
  // earlier count of the list is that count's, not this one's. holderNameBefore gives the name's tokens last first.
  const blocked = names.some(isPartyId) || !!ageOf;
  const before = blocked ? undefined : partyBefore(toks, i0);
  const ownFrom = heldBefore.length ? heldBefore[heldBefore.length - 1] : names.length ? seg[0] : -1;
  const prev = toks[i0 - 1];
  const gapped = (): boolean => !heldBefore.length && !!prev && prev.kind === 'w' && !!prev.cap && !STOPWORDS.has(prev.t);
  const listed = !!before && ownFrom > before.at && listCountBetween(toks, before.at, ownFrom, gapped());
  const party = blocked ? undefined : (listed ? undefined : before?.id) || (!names.length ? partyOfGroupAnaphor(toks, i0) : undefined);
  if (party) names.splice(0, names.length, party);
  else if (names.some(isPartyId)) names.splice(0, names.length, ...names.filter(isPartyId));
  return names;
}

/** Tokens before a count within which a verb of harm ("a tué", "killed") stands between the count and a
 * group named before it: the span groupNationBefore reads (four tokens) and the auxiliary before the verb. */
const HARM_LOOKBACK = 4;
/** Roles whose verb, before a count, makes the subject its agent: "l'armée X a tué 120 personnes". */
export const HARM_ROLES: ReadonlySet<string> = new Set(['killed', 'wounded', 'casualty']);

/**
 * Whether a verb of harm stands just before the count at token i0, in its clause ("l'armée X aurait tué 274
 * personnes", "troops killed 120 people"): the group named before it is who did it, never whose the
 * counted people are.
 */
export function harmVerbBefore(toks: Tok[], i0: number): boolean {
  for (let k = i0 - 1; k >= 0 && k >= i0 - HARM_LOOKBACK; k--) {
    const t = toks[k];
    if (t.kind === 'p' || t.nl) return false;
    const c = t.kind === 'w' ? lookup(t.t, 'role') : undefined;
    if (c && HARM_ROLES.has(c.id)) return true;
  }
  return false;
}
