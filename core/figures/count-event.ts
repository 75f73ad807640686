/**
 * The named sub-event or site a count belongs to: "the Ridgeline fire has killed 8", "dans l'incendie de
 * Valcourt, 16 morts", "le site de Montbrison emploie 900 salariés", "the Kessel camp". A story often has
 * several of one kind (two fires, two storms, two plants of one company, two districts): the count of one
 * is not the count of another, nor the total ("in all", "au total", "les deux incendies").
 * Read from structure only: a noun the concept table flags `subevent` next to a proper name.
 */
import type { Tok } from './tokens';
import { STOPWORDS } from '../text/words';
import { nameKey } from '../text/names';
import { conceptsOf, type Concept } from '../concepts/index';
import { conceptAt, isCountNumber, isName, SENTENCE_END } from './count-base';
import { inEpithet } from './count-places';

/** Words of one sub-event's name ("the Mill Creek fire", "le site de Saint Jean"): names rarely run longer. */
const MAX_NAME_WORDS = 3;
/** Words between a noun and the name after it ("l'incendie de X", "le site d'X", "the camp of X"). Not "in /
 * à": "the fire in X" says where, which count-places.ts reads as a place. */
const NAME_LINKS = new Set(['de', 'du', 'd', "'", 'of', 'la', 'le', 'l', 'the']);

export interface EventScope {
  /** Name keys of the sub-event the count belongs to (each word of its name, as place keys are). */
  names: string[];
  /** The clause counts over several of them ("les deux incendies", "the fires", "au total", "in all"). */
  total: boolean;
}

/** The sub-event concept of the word at k ("incendie", "fires", "usine"), else undefined. A noun glued to a
 * hyphen is part of a compound ("cessez-le-feu" is a truce, not a fire). */
function subeventAt(toks: Tok[], k: number): Concept | undefined {
  const t = toks[k];
  if (t.kind !== 'w' || toks[k - 1]?.t === '-') return undefined;
  return conceptsOf(t.t).find((c) => c.subevent);
}

/** "incendies", "fires", "hôpitaux": a plural form of the concept `c` (its singular is also one of its forms). */
export function isPlural(word: string, c: Concept): boolean {
  const singular = word.endsWith('aux') ? `${word.slice(0, -3)}al` : /[sx]$/.test(word) ? word.slice(0, -1) : '';
  return !!singular && singular !== word && conceptsOf(singular).includes(c);
}

/** A word of a sub-event's name: a proper name the concept table does not know (a nation or a weekday is
 * not one: "the Israeli strike", "Monday's fire"), not an acronym (an organisation: "the UN school"), not an
 * epithet of a place named elsewhere ("the Mediterranean city": where that place lies, no event's name). */
function nameWord(toks: Tok[], q: number): boolean {
  const t = toks[q];
  return !!t && t.kind === 'w' && isName(toks, q) && !(t.upper && t.t.length > 1) && !STOPWORDS.has(t.t) && conceptsOf(t.t).length === 0 && !inEpithet(toks, q);
}

/** A named sub-event phrase: its name's keys, its first token (determiners included) and the token after it. */
interface Phrase { name: string[]; start: number; end: number }
const keysOf = (toks: Tok[], words: number[]): string[] => words.map((q) => nameKey(toks[q].t));

/** NAME_LINKS words at most between a sub-event noun and its name: the longest link is three tokens
 * ("le site de l'X": "de", "l", "'"); a longer run of them is no noun-name link. */
const MAX_LINK_WORDS = 3;

/** The name around the sub-event noun at k: before it ("the Ridgeline fire"), else after a link
 * ("l'incendie de Valcourt", "the camp of Kessel"). */
function phraseAt(toks: Tok[], k: number): Phrase | undefined {
  // "au premier tour", "in the second round": the phrase is its own name.
  const h = conceptAt(toks, k);
  // One word ("runoff") is a cue, which conceptAt leaves to the cue readers: read through subeventAt.
  const single = subeventAt(toks, k);
  const own = h?.c.named && h.c.subevent ? h : single?.named ? { c: single, len: 1 } : null;
  if (own) return { name: [own.c.id], start: withDeterminers(toks, k), end: k + own.len };
  const before: number[] = [];
  for (let q = k - 1; q >= 0 && before.length < MAX_NAME_WORDS && nameWord(toks, q); q--) before.unshift(q);
  if (before.length) return { name: keysOf(toks, before), start: withDeterminers(toks, before[0]), end: k + 1 };
  let q = k + 1;
  while (q < toks.length && q <= k + MAX_LINK_WORDS && NAME_LINKS.has(toks[q].t)) q++;
  // "la tempête Daniel", "l'hôpital Al-Aqsa", "Hurricane Milton": a name right after the noun, in French after
  // a determiner, in English when the noun is itself capitalised as part of the name (an English name after a
  // lower-case noun is most often a clause's subject: "the plant Renault bought").
  if (q === k + 1 && !directName(toks, k)) return undefined;
  const after: number[] = [];
  // "Saint-Martin", "Al-Haouz": a hyphen joins the words of one name.
  for (; q < toks.length && after.length < MAX_NAME_WORDS; q++) {
    if (nameWord(toks, q)) after.push(q);
    else if (!(toks[q].t === '-' && after.length && nameWord(toks, q + 1))) break;
  }
  return after.length ? { name: keysOf(toks, after), start: withDeterminers(toks, k), end: after[after.length - 1] + 1 } : undefined;
}

/** French determiners after which a name may follow its noun directly ("la tempête Daniel", "l'usine Renault"). */
const FR_NAME_DETERMINERS = new Set(['le', 'la', 'l', 'ce', 'cet', 'cette', 'du', 'au']);
function directName(toks: Tok[], k: number): boolean {
  if (toks[k].cap) return true;
  const prev = toks[k - 1]?.t === "'" ? toks[k - 2]?.t : toks[k - 1]?.t;
  return !!prev && FR_NAME_DETERMINERS.has(prev);
}

/** Determiners before a noun phrase ("l'", "la", "the"). */
const DETERMINERS = new Set(['la', 'le', 'les', 'l', "'", 'the', 'this', 'ce', 'cet', 'cette']);
function withDeterminers(toks: Tok[], k: number): number {
  while (k > 0 && DETERMINERS.has(toks[k - 1].t)) k--;
  return k;
}

/** Prepositions by which a phrase before a count sets its scene ("Dans l'incendie de Valcourt, 16 morts",
 * "In the Ridgeline fire, 8 died", "lors de l'attaque de X"); a phrase opening the clause is its subject.
 * Not "par / by / depuis / since": "déclenchée par l'attaque de X, ..." names a cause, not the count's scene. */
const SCENE_PREPS = new Set(['dans', 'lors', 'pendant', 'durant', 'a', 'au', 'aux', 'en', 'sur', 'pour', 'in', 'during', 'at', 'on', 'for', 'de', 'du', 'd', 'of']);

/** Words before a plural sub-event noun that say the clause counts over several ("les deux incendies",
 * "both fires", "all three plants", "tous les sites"); a bare plural ("des frappes", "the strikes") is
 * often one operation's many strikes, not a total over named ones. */
const SEVERAL = new Set(['deux', 'trois', 'quatre', 'both', 'two', 'three', 'four', 'all', 'tous', 'toutes', 'plusieurs', 'several']);

/**
 * The sub-event the figure at [i0, headEnd) belongs to, in its clause [a, b): a named one in its own
 * segment `seg` ("the Ridgeline fire has killed 8"; after the figure, up to the first comma: "16 morts dans
 * l'incendie de Valcourt"), else, for the clause's first count, one that sets the scene before it
 * ("Dans l'incendie de Valcourt, 16 morts", "The Ridgeline fire, which has killed 8"). Without a name, a
 * plural sub-event noun after a word of several ("les deux incendies ont fait 24 morts") or a word of total
 * ("24 dead in all", "au total") before the end of its segment makes the count a total.
 * Words of the attribution (`said`, from a) are the speaker's, never the count's.
 */
export function eventScope(toks: Tok[], a: number, b: number, seg: [number, number], i0: number, headEnd: number, said: Uint8Array | null): EventScope {
  let inSegment: string[] | undefined;
  let before: string[] | undefined;
  let total = false;
  let comma = seg[1];
  for (let k = headEnd; k < seg[1]; k++) if (toks[k].t === ',') { comma = k; break; }
  // A phrase before the segment sets the scene of the clause's first count only: "1 452 morts dans la province
  // de X, 764 dans celle de Y" gives Y's count nothing of X's.
  let first = true;
  // An ordinal or a day is no count: "Au 1er tour, le RN obtient 33 %" still sets the scene of its first count.
  for (let k = a; k < i0 && first; k++) if (isCountNumber(toks, k)) first = false;
  for (let k = a; k < b; k++) {
    if ((k >= i0 && k < headEnd) || (said && said[k - a])) continue;
    const h = conceptAt(toks, k);
    if (k < seg[1] && h?.c.id === 'total') { total ||= namesSeveral(toks); continue; }
    // "16 dans l'incendie de Valcourt et 4 dans celui de Brenne": the pronoun stands for the noun before it.
    const c = subeventAt(toks, k) ?? (h?.c.named && h.c.subevent ? h.c : undefined) ?? standIn(toks, a, k);
    if (!c) continue;
    if (!c.named && isPlural(toks[k].t, c)) {
      let q = k - 1;
      while (q >= a && DETERMINERS.has(toks[q].t)) q--;
      if (q >= a && (SEVERAL.has(toks[q].t) || toks[q].kind === 'd')) total = true;
      continue;
    }
    const p = phraseAt(toks, k) ?? referredPhrase(toks, k, c);
    if (!p) continue;
    if (p.start >= seg[0] && (p.end <= i0 || (p.start >= headEnd && p.start < comma))) inSegment = [...(inSegment ?? []), ...p.name];
    else if (p.end <= i0 && first && sceneSetting(toks, a, p.start)) before = p.name;
  }
  const subject = inSegment || before || total ? undefined : sentenceSubject(toks, a, i0);
  const names = [...new Set(inSegment ?? before ?? subject ?? [])];
  return { names, total: !names.length && total };
}

/** How far back (tokens) from a clause's window the opening of its sentence is looked for: a sentence of news
 * rarely runs longer before its last count. */
const SUBJECT_LOOKBACK = 40;
/** Words a sentence's subject may open with before its noun ("Le feu X", "The X fire", "Selon X, le feu Y"). */
const SUBJECT_START_SKIP = 3;
/**
 * The named sub-event that opens the sentence of a clause starting at `a`, its subject, however far before the count at i0
 * ("Le feu X a ravagé 14 021 acres à A et B, rasant plus de 9 400 structures et revendiquant 17 vies"): the scene
 * of each count its verbs and participles give, when the count's own words name none.
 */
function sentenceSubject(toks: Tok[], a: number, i0: number): string[] | undefined {
  let s = a;
  while (s > 0 && a - s < SUBJECT_LOOKBACK && !SENTENCE_END.has(toks[s - 1].t) && !toks[s].nl) s--;
  if (s > 0 && !SENTENCE_END.has(toks[s - 1].t) && !toks[s].nl) return undefined;
  for (let k = s; k < i0 && k <= s + SUBJECT_START_SKIP; k++) {
    const c = subeventAt(toks, k);
    if (!c || isPlural(toks[k].t, c)) continue;
    const p = phraseAt(toks, k);
    return p && p.start === s && p.end <= i0 ? p.name : undefined;
  }
  return undefined;
}

/** French pronouns that stand for a noun said before ("celui de X", "celle de Y"). */
const STAND_INS = new Set(['celui', 'celle']);
/** The sub-event concept a "celui / celle" at k stands for: the last sub-event noun before it in its clause. */
function standIn(toks: Tok[], a: number, k: number): Concept | undefined {
  if (!STAND_INS.has(toks[k].t)) return undefined;
  for (let q = k - 1; q >= a; q--) {
    const c = subeventAt(toks, q);
    if (c) return c;
  }
  return undefined;
}

/** How far back (tokens) a sub-event said without its name ("the blaze", "l'usine") looks for it. */
const REFERENCE_LOOKBACK = 60;
/** Determiners by which a noun without a name refers to one told before ("the fire", "l'incendie", "ce site"):
 * the singular ones ("les incendies" is several). */
const REFERRING = new Set([...DETERMINERS].filter((d) => d !== 'les'));

/**
 * "The Ridgeline fire broke out on Tuesday. The blaze has killed 8 people": a sub-event noun of concept `c` at k,
 * with no name but a determiner that refers back, is the one of that kind named in its sentence or the one
 * before, when only one is named there (two named fires leave "the fire" unresolved).
 */
function referredPhrase(toks: Tok[], k: number, c: Concept): Phrase | undefined {
  if (c.named || !REFERRING.has(toks[k - 1]?.t ?? '')) return undefined;
  let ends = 0;
  const names = new Set<string>();
  let found: string[] | undefined;
  for (let q = k - 1; q >= 0 && q >= k - REFERENCE_LOOKBACK; q--) {
    if (SENTENCE_END.has(toks[q].t) || toks[q + 1]?.nl) if (++ends > 1) break;
    if (subeventAt(toks, q) !== c || isPlural(toks[q].t, c)) continue;
    const p = phraseAt(toks, q);
    if (!p) continue;
    names.add(p.name.join(' '));
    found = p.name;
  }
  return found && names.size === 1 ? { name: found, start: withDeterminers(toks, k), end: k + 1 } : undefined;
}

/** Whether the text names two sub-events of one kind (two fires, two plants): only there is "au total" / "in
 * all" a total over them; elsewhere it sums something else ("au total entre 10 000 et 12 000 hommes" sent). */
const severalOf = new WeakMap<Tok[], boolean>();
function namesSeveral(toks: Tok[]): boolean {
  let several = severalOf.get(toks);
  if (several === undefined) {
    const names = new Map<string, Set<string>>();
    for (let k = 0; k < toks.length; k++) {
      const c = subeventAt(toks, k);
      const p = c && !isPlural(toks[k].t, c) ? phraseAt(toks, k) : undefined;
      if (!c || !p) continue;
      const set = names.get(c.id) ?? new Set<string>();
      set.add(p.name[p.name.length - 1]);
      names.set(c.id, set);
    }
    several = [...names.values()].some((n) => n.size >= 2);
    severalOf.set(toks, several);
  }
  return several;
}

/** The phrase starting at `start` opens the clause [a, ...) or follows a preposition of scene. */
function sceneSetting(toks: Tok[], a: number, start: number): boolean {
  return start <= a || SCENE_PREPS.has(toks[start - 1].t);
}
