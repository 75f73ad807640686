/**
 * What a figure counts (its frame, ../shared/notes/FIGURES.md), read from the sentence's structure
 * rather than from one story's words:
 * - entity: the head noun of the counted group right after the number ("600 000 soldats",
 *   "15 million visitors", "des milliers de manifestants"), through the shared concept table when it
 *   knows the noun, else the noun's own stem (so a story's own nouns still meet in one language);
 * - role or state: what happened to it, read in the figure's own segment of the clause, so
 *   "120 morts et 300 blessés" gives two counts (killed, injured), never one "killed or injured";
 * - nation, place (a capitalised name after "à / en / dans / in / at"), actions, a part ("dont");
 * - context: the content words of the clause, for telling two counts of one entity apart;
 * - moment: a time word of the clause ("lundi", "yesterday").
 * The result is a short English phrase (`counts`) and language-independent tokens (`countsKey`).
 *
 * countsKey layout: first the entity ("soldier", "person", or "w:<stem>" for a noun the table does
 * not know), then "of:<nation>" when the text says whose they are, then nations, places ("loc:<name>"),
 * actions, the role, modifiers, each once.
 */
import type { Lang } from '../types';
import type { Tok } from './tokens';
import { concept, conceptIds, isCue, lookup, partyPhrasesStartingWith, phrasesStartingWith, type Concept } from '../concepts/index';
import { STOPWORDS } from '../text/words';
import { nameKey } from '../text/names';
import { stem } from '../text/stem';
import { fold } from '../text/fold';
import { TABLES, has } from './number-words';

/** How far (in tokens) the clause around a number is read for nations, places and actions. Clauses in
 * news sentences rarely run longer; past that, words usually belong to another statement. */
const WINDOW_LEFT = 14;
const WINDOW_RIGHT = 24;
/** Tokens after the number searched for the counted noun (English puts adjectives first: "20,000 Syrian soldiers"). */
const HEAD_LOOKAHEAD = 4;
/** Tokens before the number searched for "force russe (forte de)": the group's name sits right before its size. */
const GROUP_LOOKBACK = 4;
/** A role word before the number ("killing at least 30", "le nombre de morts est passé à 120") is
 * read this far back, within the figure's segment: further back it is usually another figure's. */
const ROLE_LOOKBACK = 8;
/** How far back (tokens) the sentence before is read for the place a "y" / "there" points to. */
const ANAPHORA_LOOKBACK = 40;
/** Context words shorter than this are mostly function words the stop list misses. */
const MIN_CONTEXT_WORD = 4;

const BOUNDARY = new Set(['.', '!', '?', ';', '(', ')', '\u2026']);
const SKIP_BEFORE_HEAD = new Set(['de', 'd', "'", 'of', 'des']);
/** Words that end a figure's own segment when a number or another role follows them: "120 morts et 300
 * blessés", "killing 30 and injuring 100". */
const SEGMENT_JOINS = new Set(['et', 'and', ',', 'dont', 'including', 'plus', 'ainsi', 'while', 'tandis', 'alors']);
/** After a join, how far (tokens) a number or role word shows that another count begins: "et 300 blessés",
 * "et celui des blessés", ", and the number of injured". */
const SEGMENT_JOIN_LOOKAHEAD = 4;
/** Number words that count one thing: the counted noun after them is singular. */
const ONE = new Set(['1', 'un', 'une', 'one', 'a', 'an']);
/** Units written before their value ("magnitude 7", "de magnitude 6,8"), and the words between them. */
const UNITS_BEFORE_VALUE = new Set(['magnitude']);
const UNIT_BEFORE_SKIP = new Set(['de', 'd', "'", 'of', '-', 'a']);
/** Plural nouns of French and English: -s, -x ("lieux"), and English -men / -ren / people. */
const looksPlural = (w: string): boolean => /(?:[sx]|men|ren|ople)$/.test(w);
/** Ages are whole years up to this: a larger number after a name is something else. */
const MAX_AGE = 120;

/** The name whose age the number at [i0, i1) gives ("Noa Argamani, 26," / "(25 ans)"), else undefined. */
function ageName(toks: Tok[], i0: number, i1: number, unit: string, category: string | undefined): string | undefined {
  const before = toks[i0 - 1];
  const name = toks[i0 - 2];
  if (!before || !name || (before.t !== ',' && before.t !== '(') || name.kind !== 'w' || !name.cap || STOPWORDS.has(name.t)) return undefined;
  if (i1 - i0 !== 1 || !(toks[i0].v >= 1 && toks[i0].v <= MAX_AGE)) return undefined;
  const after = toks[i1]?.t;
  const bare = unit === 'number' && !category && (after === undefined || after === ',' || after === ')' || after === '.' || after === ';');
  return unit === 'years' || bare ? nameKey(name.t) : undefined;
}

/** Currency signs written before or after an amount ("€43.8 billion", "5 €"). */
const CURRENCY = new Map([['€', 'euro'], ['$', 'dollar'], ['£', 'pound']]);
/** Units of money and of an event's strength: no role of people (killed, laid off, on strike) is said of them. */
const ROLELESS_UNITS: ReadonlySet<string> = new Set([...CURRENCY.values(), 'euro', 'dollar', 'pound', 'magnitude']);
const DEST_PREP = new Set(['en', 'a', 'au', 'aux', 'vers', 'in', 'to', 'into', 'toward', 'towards', 'dans']);
/** Prepositions that put a figure in a place ("à Paris", "in Hatay province", "dans toute la France").
 * Not "near / près de": "the quake near X killed 2,100" places the event by a landmark, the count is not X's. */
const LOC_PREP = new Set(['a', 'au', 'aux', 'en', 'dans', 'in', 'at', 'across', 'throughout', 'sur']);
const LOC_SKIP = new Set(['tout', 'toute', 'tous', 'toutes', 'la', 'le', 'les', 'l', "'", 'the', 'all', 'de', 'du', 'of']);
/** Verbs of saying (folded): the words around them name who says a figure, not what it counts. */
const SPEECH_VERBS = new Set(
  ('declare declarent affirme affirment souligne indique indiquent annonce annoncent assure assurent note ajoute averti avertit '
    + 'estime estiment precise explique rapporte confirme confirment dit disent ecrit avance rappelle recense recensent compte comptent comptabilise '
    + 'said says say told tells stated added announced reported warned claimed claims wrote estimated estimate estimates believes counted').split(' '),
);
export const PEOPLE_CATS: ReadonlySet<string> = new Set([
  'soldier', 'man', 'woman', 'child', 'person', 'civilian', 'inhabitant', 'refugee', 'migrant', 'prisoner', 'hostage', 'member', 'patient', 'student',
  'teacher', 'employee', 'voter', 'protester', 'striker', 'participant', 'visitor', 'spectator', 'guest', 'leader', 'police-officer', 'firefighter',
  'rescuer', 'doctor', 'candidate', 'ukrainians',
]);
const QUE = new Set(['que', 'qu', 'that']);
/** Tokens after which a French "y" / English "there" points back to a place named in the sentence before. */
const THERE_NOT_PLACE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'have', 'has', 'had', 'will', 'would', 'may', 'might', 'remain', 'remains', 'seems', 'seem']);
/** Auxiliaries between a bare number and its verb: "1,2 million ont manifesté", "thousands have marched". */
const AUXILIARIES = new Set(['ont', 'avaient', 'sont', 'etaient', 'have', 'had', 'were', 'are']);
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
/** How far back (tokens) "the number of X" is read: the verb and its complements ("against the draft
 * amendment to the pension system") may stand between it and the value. */
const HOW_MANY_LOOKBACK = 24;
/** Words of ranking after a count ("juste devant X", "derrière X", "ahead of X", "behind X", "against 32
 * for X", "followed by X", "suivi par X"): the names after them are the rivals', not the count's holder. */
const RIVAL_WORDS = new Set(['devant', 'derriere', 'devancant', 'contre', 'ahead', 'behind', 'against', 'versus', 'vs', 'followed', 'suivi', 'suivie', 'suivis']);
/** Words that open a clause of contrast after a count ("…, while Y won 143", "…, tandis que Y …"):
 * the names after them belong to that clause's subject. */
const CONTRAST_WORDS = new Set(['while', 'whereas', 'tandis']);
const isPartyId = (n: string): boolean => concept(n)?.type === 'party';
/** How far back (tokens) before "of the / out of / sur" the part's number may stand: "172 to 215 of the",
 * "75 deputies out of", "182 sièges sur": the number, its counted noun and an adjective. */
const PART_BEFORE_WHOLE = 4;
/** The number at i0 is the whole a number just before it is part of ("X of the N", "X out of N", "X sur N"). */
function wholeAfterPart(toks: Tok[], i0: number): boolean {
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
/** The counted noun (an entity) of the whole right after a part at i1: "of the 577 seats", "out of 650
 * seats", "sur les 577 sièges"; else undefined. */
function wholeNounAfter(toks: Tok[], i1: number): string | undefined {
  let q = i1;
  if (toks[q]?.t === 'out') q++;
  if (toks[q]?.t !== 'of' && toks[q]?.t !== 'sur') return undefined;
  q++;
  if (toks[q]?.t === 'the' || toks[q]?.t === 'les') q++;
  if (!isNumberTok(toks[q])) return undefined;
  while (isNumberTok(toks[q])) q++;
  const h = q < toks.length ? conceptAt(toks, q) : null;
  return h && h.c.type === 'entity' ? h.c.id : undefined;
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
/** Words that open an aside naming a part of a count ("…, dont des enfants, tués", "…, including children, were killed"). */
const ASIDE_OPENERS = new Set(['dont', 'including', 'among', 'parmi', 'notamment']);
/** Tokens an aside may span before its closing comma: a short noun phrase ("dont de nombreux enfants et
 * des femmes"); longer, the comma more often ends a clause of its own. */
const ASIDE_MAX_TOKENS = 8;
/** Auxiliaries between an aside and the participle that gives the role ("were killed", "ont été tués"). */
const PASSIVE_AUXILIARIES = new Set(['ont', 'ete', 'sont', 'etaient', 'furent', 'were', 'was', 'have', 'has', 'had', 'been', 'are', 'is']);
/** Nouns that name a toll: a figure they govern counts the dead unless its segment names another role. */
const TOLL_WORDS = new Set(['bilan', 'toll']);

export interface CountInfo {
  unit: string;
  counts: string;
  countsKey: string[];
  /** Token index after the counted noun (or the number when there is none). */
  headEnd: number;
  /** Content words of the clause (concept ids, or "w:<stem>"), for telling two counts apart. */
  context: string[];
  /** A time word of the clause ("mon", "yesterday"): two figures with different ones refer to different moments. */
  when?: string;
  /** "dont 1 500", "including 300": a part of a count given just before. */
  part: boolean;
  /** The figure's own segment puts it somewhere ("dans toute la France", "à Paris", "in Lyon"). */
  placed: boolean;
  /** Names in the figure's own segment, not its speaker's: whose seats, votes or budget ("182 sièges pour le NFP"). */
  names: string[];
}

/** Concepts found at token k, including multi-word names; returns the concept and tokens used. */
function conceptAt(toks: Tok[], k: number): { c: Concept; len: number } | null {
  const t = toks[k];
  if (t.kind !== 'w' && t.kind !== 'd') return null;
  for (const { seq, c } of phrasesStartingWith(t.t)) {
    if (k + seq.length > toks.length) continue;
    let ok = true;
    for (let q = 1; q < seq.length; q++) if (toks[k + q].t !== seq[q]) { ok = false; break; }
    if (ok) return { c, len: seq.length };
  }
  if (t.kind !== 'w') return null;
  const c = lookup(t.t);
  return c ? { c, len: 1 } : null;
}

/**
 * A party of the concept table named at token k ("Rassemblement national", "National Rally", "RN"):
 * a phrase whose first word is capitalised, or one word written as a name inside its sentence
 * ("la coalition Ensemble") or as an acronym. The name wins over its words' own concepts: "Rally" is
 * no march, "Front" no war.
 */
function partyAt(toks: Tok[], k: number): { id: string; len: number } | undefined {
  const t = toks[k];
  if (!t || t.kind !== 'w' || !t.cap) return undefined;
  for (const { seq, c } of partyPhrasesStartingWith(t.t)) {
    if (k + seq.length <= toks.length && seq.every((w, q) => toks[k + q].t === w)) return { id: c.id, len: seq.length };
  }
  const c = lookup(t.t, 'party');
  if (!c) return undefined;
  const prev = toks[k - 1];
  const opens = k === 0 || t.nl || (prev.kind === 'p' && (BOUNDARY.has(prev.t) || prev.t === ':' || prev.t === '"'));
  return t.upper || !opens ? { id: c.id, len: 1 } : undefined;
}
/** How far back (tokens) a party's name may stand as the subject whose count follows: "Le Rassemblement
 * national de X et Y, allié à certains membres d'un autre parti, décroche 143 sièges" (a sentence's
 * subject, its complements and a relative clause). */
const PARTY_HOLDER_LOOKBACK = 24;
/** The party named last before token i0 in its sentence, else undefined: "X won 8.7 million votes, or
 * 32.05%" (both X's), "X won 182 seats and Y 168" (the nearest is the holder). */
function partyBefore(toks: Tok[], i0: number): string | undefined {
  let found: string | undefined;
  for (let k = i0 - 1; k >= 0 && k >= i0 - PARTY_HOLDER_LOOKBACK; k--) {
    if (SENTENCE_END.has(toks[k].t) || toks[k + 1]?.nl) return found;
    const p = partyAt(toks, k);
    if (p) found = p.id;
    if (found && !p) return found;
  }
  return found;
}

/** Clause bounds around tokens [i0, i1): stop at sentence punctuation and line breaks. */
function clause(toks: Tok[], i0: number, i1: number): [number, number] {
  let a = i0;
  while (a > 0 && i0 - a < WINDOW_LEFT && !BOUNDARY.has(toks[a - 1].t) && !toks[a].nl) a--;
  let b = i1;
  while (b < toks.length && b - i1 < WINDOW_RIGHT && !BOUNDARY.has(toks[b].t) && !toks[b].nl) b++;
  return [a, b];
}

const isNumberTok = (t: Tok | undefined): boolean => !!t && t.kind === 'd';
/** A word that starts a number after a join: "including half a million in Paris", "et deux millions en
 * France". "un" / "one" are left out: after "et" they are far more often a determiner. */
function startsNumberWord(t: Tok | undefined, lang: Lang): boolean {
  if (!t || t.kind !== 'w') return false;
  const T = TABLES[lang];
  return (has(T.units, t.t) && T.units[t.t] > 1) || has(T.mult, t.t) || has(T.denom, t.t);
}

/** Is token k a role word (killed, injured...)? Returns the role id. */
function roleAt(toks: Tok[], k: number): string | undefined {
  const hit = conceptAt(toks, k);
  return hit && hit.c.type === 'role' ? hit.c.id : undefined;
}

/**
 * The figure's own segment: from the end of the previous number (or the clause start) to the next
 * "et / and / ," that is followed by a number or another role word (or the clause end).
 */
function segment(toks: Tok[], a: number, b: number, i0: number, headEnd: number, lang: Lang): [number, number] {
  let s = i0;
  while (s > a && !isNumberTok(toks[s - 1])) s--;
  // "87 000 à Paris et 1,272 million dans toute la France": after a number, the segment starts at the join.
  if (s > a) for (let q = i0 - 1; q >= s; q--) if (SEGMENT_JOINS.has(toks[q].t)) { s = q + 1; break; }
  let e = headEnd;
  for (; e < b; e++) {
    if (isNumberTok(toks[e])) break;
    if (SEGMENT_JOINS.has(toks[e].t)) {
      let next = false;
      for (let q = e + 1; q <= e + SEGMENT_JOIN_LOOKAHEAD && q < b; q++) if (isNumberTok(toks[q]) || startsNumberWord(toks[q], lang) || roleAt(toks, q)) { next = true; break; }
      if (next) break;
    }
  }
  return [s, e];
}

/**
 * Roles of the figure: those in its segment after the number (French "120 morts", English "30 people
 * were killed"), else the nearest before it ("killing at least 30", "le bilan de 45 morts").
 */
function rolesOf(toks: Tok[], seg: [number, number], i0: number, i1: number, said: Uint8Array | null, a: number): string[] {
  const after: string[] = [];
  for (let k = i1; k < seg[1]; k++) {
    if (said && said[k - a]) continue;
    const r = roleAt(toks, k);
    if (r && !after.includes(r)) after.push(r);
  }
  if (after.length) return after;
  // "au moins 200 Palestiniens, dont des enfants, tués", "Scores of people, including children, were
  // killed": the role after an aside that names a part is the whole count's.
  // The segment ends at the aside's closing comma ("…, dont des enfants, ont été tués") or at its opener.
  let q = seg[1];
  let aside = false;
  for (let k = i1; k < seg[1] && !aside; k++) aside = ASIDE_OPENERS.has(toks[k].t);
  if (!aside) {
    if (toks[q]?.t === ',') q++;
    if (ASIDE_OPENERS.has(toks[q]?.t ?? '')) {
      const end = q + ASIDE_MAX_TOKENS;
      for (q++; q < end && q < toks.length && toks[q].t !== ',' && !BOUNDARY.has(toks[q].t) && !toks[q].nl && !isNumberTok(toks[q]); q++);
      aside = true;
    }
  }
  if (aside && toks[q]?.t === ',') {
    for (q++; PASSIVE_AUXILIARIES.has(toks[q]?.t ?? ''); q++);
    const r = q < toks.length ? roleAt(toks, q) : undefined;
    if (r) return [r];
  }
  for (let k = i0 - 1; k >= seg[0] && k >= i0 - ROLE_LOOKBACK; k--) {
    if (said && said[k - a]) continue;
    const r = roleAt(toks, k);
    if (r) return [r];
    if (TOLL_WORDS.has(toks[k].t)) return ['killed'];
  }
  return [];
}

/**
 * Describe what the number at tokens [i0, i1) counts. `unitHint` is set by the caller for dates,
 * times, percentages, ordinals and years, which have no counted noun of their own.
 */
export function describeCounts(toks: Tok[], i0: number, i1: number, lang: Lang, unitHint?: string): CountInfo {
  let unit = unitHint ?? 'number';
  let category: string | undefined;
  let headEnd = i1;
  let own: string | undefined;
  let headRole: string | undefined;
  // The counted noun right after the number.
  const countsOne = i1 - i0 === 1 && ONE.has(toks[i0].t);
  // "de magnitude 7", "a magnitude 6.8 earthquake": a unit written before its value.
  if (!unitHint) {
    let q = i0 - 1;
    while (q >= 0 && q >= i0 - 3 && UNIT_BEFORE_SKIP.has(toks[q].t)) q--;
    const h = q >= 0 ? conceptAt(toks, q) : null;
    if (h && h.c.type === 'unit' && UNITS_BEFORE_VALUE.has(h.c.id)) unit = unitHint = h.c.id;
  }
  if (!unitHint) {
    let adjective = false;
    let k = i1;
    let steps = 0;
    const adjNations: string[] = [];
    while (k < toks.length && steps < HEAD_LOOKAHEAD && !toks[k].nl) {
      const t = toks[k];
      if (t.kind === 'p' && CURRENCY.has(t.t) && steps === 0) { unit = CURRENCY.get(t.t)!; headEnd = k + 1; break; }
      // "two of France's 11 public holidays": a possessive and the whole's own number stand between a
      // part and the noun it counts.
      if (lang === 'en' && toks[i1]?.t === 'of' && k > i1 && ((t.t === "'" && toks[k + 1]?.t === 's') || (t.kind === 'd' && toks[k - 1]?.t === 's'))) {
        k += t.kind === 'd' ? 1 : 2;
        continue;
      }
      if (t.kind === 'p' && t.t !== "'" && t.t !== '%') break;
      if (t.t === '%') { unit = 'percent'; headEnd = k + 1; break; }
      if (SKIP_BEFORE_HEAD.has(t.t) && steps <= 1) { k++; steps++; continue; }
      const hit = conceptAt(toks, k);
      // "43.8 billion next year": past a word that is not the counted noun, a unit belongs to another phrase.
      if (adjective && hit && hit.c.type === 'unit') break;
      if (hit && hit.c.type === 'unit') {
        unit = hit.c.id;
        headEnd = k + hit.len;
        break;
      }
      if (t.t === 'pour' && toks[k + 1]?.t === 'cent') { unit = 'percent'; headEnd = k + 2; break; }
      if ((t.t === 'percent' || (t.t === 'per' && toks[k + 1]?.t === 'cent'))) { unit = 'percent'; headEnd = k + (t.t === 'per' ? 2 : 1); break; }
      if (hit && hit.c.type === 'topic') {
        // A general news noun ("3 réformes", "two holidays"): counted, and the same in both languages.
        category = hit.c.id;
        headEnd = k + hit.len;
        break;
      }
      if (hit && hit.c.type === 'entity') {
        category = hit.c.id;
        headEnd = k + hit.len;
        break;
      }
      // "177 elected deputies", "300 injured people": an English role before a noun is its adjective.
      if (hit && hit.c.type === 'role' && lang === 'en' && k + hit.len < toks.length && conceptAt(toks, k + hit.len)?.c.type === 'entity') { headRole = hit.c.id; k += hit.len; steps++; continue; }
      if (hit && hit.c.type === 'role') {
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
      if (hit && hit.c.type === 'action' && DOERS.has(hit.c.id) && !adjective && (AUXILIARIES.has(toks[k - 1]?.t) || (lang === 'en' && t.t.endsWith('ed')))) {
        // "1.27 million protested", "des milliers ont manifesté": the number counts those who did it. A
        // noun of the action ("200 manifestations", "200 protests") counts events instead.
        category = DOERS.get(hit.c.id);
        headEnd = i1;
        break;
      }
      if (AUXILIARIES.has(t.t) && steps === 0) { k++; steps++; continue; }
      if (hit && hit.c.type === 'nation' && lang === 'en') { adjNations.push(hit.c.id); k += hit.len; steps++; continue; }
      if (hit && hit.c.type === 'modifier' && lang === 'en') { k += hit.len; steps++; continue; }
      if (t.kind === 'w' && !STOPWORDS.has(t.t) && t.t.length > 2 && !hit) {
        // A noun the table does not know: its stem, so the same language can still match it. Counted nouns
        // are plural in both languages ("210 martyrs", "deux lieux"); a singular word after a number is an
        // adjective ("two separate buildings") or starts the next phrase ("43.8 billion next year").
        if (!looksPlural(t.t) && !countsOne) { k++; steps++; adjective = true; continue; }
        category = `w:${stem(t.t)}`;
        headEnd = k + 1;
        break;
      }
      break;
    }
    if (unit === 'number' && !category) {
      const h = howManyBefore(toks, i0);
      // "the number of fatalities ... has risen to 2,862": a role of people counts people in that role.
      if (h && concept(h)?.type === 'role') { headRole = h; category = h === 'casualty' ? 'casualty' : 'person'; } else category = h;
    }
    // "would win 172 to 215 of the 577 seats", "182 sur les 577 sièges": a part counts what its whole does.
    if (unit === 'number' && !category) category = wholeNounAfter(toks, i1);
    // "The coalition won the most seats in parliament, with 182": a bare number after "with / avec" counts
    // the noun its clause named without a number.
    if (unit === 'number' && !category && WITH.has(toks[i0 - 1]?.t ?? '')) category = nounBeforeWith(toks, i0 - 1);
    // "raise the retirement age from 62 to 64", "the age of 64": an age, in years.
    if (unit === 'number' && !category && ageBefore(toks, i0)) unit = unitHint = 'years';
    // "€43.8 billion", "$3 trillion": the currency sign before the number is its unit.
    if (unit === 'number' && !category && CURRENCY.has(toks[i0 - 1]?.t ?? '')) unit = CURRENCY.get(toks[i0 - 1].t)!;
    if (adjNations.length) {
      own = adjNations[adjNations.length - 1];
      // "274 Palestinians were killed": the nation is the noun, the counted are people.
      if (!category && unit === 'number') { category = 'person'; headEnd = k; }
    }
  }
  const [a, b] = clause(toks, i0, i1);
  const said = attributionMask(toks, a, b, i0, headEnd, lang);
  const seg = segment(toks, a, b, i0, headEnd, lang);
  const nations: string[] = [];
  const places: string[] = [];
  const actions: string[] = [];
  const modifiers: string[] = [];
  const context: string[] = [];
  let when: string | undefined;
  let military = false;
  let sender: string | undefined;
  let dest: string | undefined;
  let lastNation: { id: string; k: number } | undefined;
  for (let k = a; k < b; k++) {
    if (k >= i0 && k < i1) continue;
    const t = toks[k];
    // A party's name is context (which party the clause is about), never a cue, an action or a place.
    const party = partyAt(toks, k);
    if (party) {
      if (!(said && said[k - a]) && !context.includes(party.id)) context.push(party.id);
      k += party.len - 1;
      continue;
    }
    if (t.kind === 'w' && isCue(t.t, 'military')) military = true;
    // Words of the attribution ("selon Washington et Pékin", "a affirmé le Pentagone") name who says it.
    if (said && said[k - a]) continue;
    const hit = conceptAt(toks, k);
    if (!hit) {
      if (t.kind === 'w' && isName(toks, k)) {
        // A name: the place the figure covers after "à / in", else a name its clause mentions.
        // A place counts only in the figure's own segment: "87 000 à Paris et 1,2 million en France".
        // Another segment's place ("87 000 à Paris et 1,2 million ...") is kept apart ("x:") so it never
        // counts as this figure's place named in its clause (compare.ts samePlaces).
        const place = isPlaceName(toks, k);
        const p = `${place && k >= seg[0] && k < seg[1] ? 'loc' : place ? 'x' : 'n'}:${nameKey(t.t)}`;
        if (p.startsWith('loc:')) { if (!places.includes(p)) places.push(p); } else if (!context.includes(p)) context.push(p);
      } else if (t.kind === 'w' && t.t.length >= MIN_CONTEXT_WORD && !STOPWORDS.has(t.t) && !SPEECH_VERBS.has(t.t)) {
        const w = `w:${stem(t.t)}`;
        if (!context.includes(w)) context.push(w);
      }
      continue;
    }
    const { c } = hit;
    if (c.type !== 'time' && c.type !== 'cue' && !context.includes(c.id)) context.push(c.id);
    if (c.type === 'nation') {
      if (!nations.includes(c.id)) nations.push(c.id);
      // Whose the counted things are: the nation right after the noun ("soldats iraniens", "soldats russes").
      if (lang === 'fr' && k === headEnd && !own) own = c.id;
      const prev = toks[k - 1]?.t;
      const prep = prev === 'la' || prev === 'le' || prev === 'l' || prev === "'" ? toks[k - 2]?.t : prev;
      if (prep && DEST_PREP.has(prep) && k > i0 && !dest) dest = c.id;
      lastNation = { id: c.id, k };
    } else if (c.type === 'action') {
      if (!actions.includes(c.id)) actions.push(c.id);
      // The sender of troops or goods is their owner: "L'Iran a envoyé ... hommes".
      if ((c.id === 'send' || c.id === 'gather' || c.id === 'supply') && k < i0 && lastNation && k - lastNation.k <= 8) sender = lastNation.id;
      if (c.id === 'send' && k < i0) {
        // "envoyé en Syrie entre ...": a destination before the number.
        for (let q = k + 1; q < i0 && q < k + 4; q++) {
          const h = conceptAt(toks, q);
          if (h && h.c.type === 'nation' && DEST_PREP.has(toks[q - 1]?.t ?? '')) dest = h.c.id;
        }
      }
    } else if (c.type === 'modifier') {
      // Age belongs to a figure in years; elsewhere it describes people next to it, not the count.
      if (c.id === 'age' && unit !== 'years') { k += hit.len - 1; continue; }
      if (c.id === 'special-forces' && k > headEnd + 4) { k += hit.len - 1; continue; }
      if (!modifiers.includes(c.id)) modifiers.push(c.id);
    } else if (c.type === 'time') {
      when ??= c.id;
    } else if (c.type === 'scope' && (c.id === 'per-day' || c.id === 'per-year')) {
      // A rate is not a total: "15 millions de visiteurs par an" is its own count.
      if (!modifiers.includes(c.id)) modifiers.push(c.id);
    }
    k += hit.len - 1;
  }
  // "entre 172 et 192 sièges selon les projections d'Ipsos": a projection is its own count, never the result
  // it foretells. Read in the whole clause, attribution included, since that is where polls are named.
  if (unit !== 'date' && unit !== 'time') {
    // From the sentence's start: "Selon l'estimation Ifop, le parti arrive en tête avec 180 à 215 députés".
    let from = a;
    while (from > 0 && !toks[from].nl && !SENTENCE_END.has(toks[from - 1].t)) from--;
    // Up to the end of the figure's own segment: "X won 143 seats, 80 fewer than polls predicted" compares
    // the result with a projection, which is another figure's.
    for (let k = from; k < seg[1]; k++) {
      // A cue, not a scope: "poll" and "sondage" must not bridge passages or stories (core/concepts).
      if (isCue(toks[k].t, 'projection') || conceptAt(toks, k)?.c.id === 'projection') { if (!modifiers.includes('projection')) modifiers.push('projection'); break; }
    }
    // "150 to 180 seats", "de 120 à 150 sièges": an election's result is one number of seats; a range of
    // them is a projection, whether or not its clause says so.
    if (category && concept(category)?.rangeIsProjection && toks.slice(i0, i1).filter((t) => t.kind === 'd').length >= 2 && !modifiers.includes('projection')) modifiers.push('projection');
  }
  // "dont 1 500 des forces spéciales", "including 300 children": a part of the count before.
  const part = [toks[i0 - 1], toks[i0 - 2], toks[i0 - 3]].some((t) => t && (t.t === 'dont' || t.t === 'including' || t.t === 'among'))
    // "2,944 of whom were buried", "300 of them".
    || (toks[i1]?.t === 'of' && (toks[i1 + 1]?.t === 'whom' || toks[i1 + 1]?.t === 'them' || toks[i1 + 1]?.t === 'which'));
  if (part && !modifiers.includes('part')) modifiers.push('part');
  // "172 to 215 of the 577 seats", "75 deputies out of 577", "182 sièges sur 577": the number after a part
  // is the whole it is taken from, another count than any holder's share.
  // In the context too, so that an elided noun's frame ("182 sièges sur 650", ellipsis.ts) keeps it.
  if (wholeAfterPart(toks, i0)) { if (!modifiers.includes('total')) modifiers.push('total'); if (!context.includes('total')) context.push('total'); }
  // "Les secours y ont dégagé ...", "... gathered there": the place named in the sentence before.
  if (!places.length && unit !== 'date' && unit !== 'time') {
    for (let k = a; k < b; k++) {
      const t = toks[k].t;
      if (said && said[k - a]) continue;
      // "il y a", "il n'y avait" say "there is", not "there".
      const ilYa = toks[k - 1]?.t === 'il' || toks[k - 3]?.t === 'il';
      if ((lang === 'fr' && t === 'y' && k < i0 && !ilYa) || (lang === 'en' && t === 'there' && !THERE_NOT_PLACE.has(toks[k + 1]?.t ?? ''))) {
        placesBefore(toks, a).forEach((p) => { if (!places.includes(p)) places.push(p); });
        break;
      }
    }
  }
  // "87 000 manifestants dans la capitale", "In the capital, police said 87,000 people …": the capital of
  // the nation the text is about.
  if (!places.length && unit !== 'date' && unit !== 'time') {
    for (let k = seg[0]; k < seg[1]; k++) {
      if (!CAPITAL_WORDS.has(toks[k].t) || !LOC_PREP.has(locPrepBefore(toks, k)) || (said && k >= a && said[k - a])) continue;
      const p = textCapital(toks, lang);
      if (p) places.push(p);
      break;
    }
  }
  // "Noa Argamani, 26,", "Almog Meir Jan (21 ans)": a person's age, theirs alone.
  const ageOf = ageName(toks, i0, i1, unit, category);
  if (ageOf) { unit = 'years'; category = 'age'; own = `n:${ageOf}`; }
  if (!own && sender) own = sender;
  if (!own) own = groupNationBefore(toks, i0);
  // The role: the head noun's own ("120 morts"), else its segment's; killed and wounded together are casualties.
  const roles = headRole ? [headRole, ...rolesOf(toks, [headEnd, seg[1]], headEnd, headEnd, said, a).filter((r) => r !== headRole)] : rolesOf(toks, seg, i0, headEnd, said, a);
  let role: string | undefined;
  if (roles.includes('casualty') || (roles.includes('killed') && roles.includes('wounded'))) role = 'casualty';
  else if (roles.length) role = roles[0];
  if (category === 'casualty') {
    // "650 000 victimes" of an army are soldiers killed or wounded.
    role = 'casualty';
    category = military ? 'soldier' : 'person';
  }
  // A role said only of people, with no counted noun ("274 killed", "the toll rose to 45"), counts people;
  // "cut 5 billion" does not.
  if (!category && role && unit === 'number' && concept(role)?.means?.entity === 'person') category = 'person';
  // Killed and wounded are said of people: "12 people were wounded in a strike on three districts".
  if (category && !PEOPLE_CATS.has(category)) role = undefined;
  // "cut €43.8 billion from state spending": an amount of money is cut, nobody is laid off; "a
  // magnitude 7 quake that killed 2,000" measures the quake, not the dead.
  if (ROLELESS_UNITS.has(unit)) role = undefined;
  // "hommes" in a military context, or sent / gathered by a country ("l'Iran a envoyé ... hommes"), are soldiers.
  if (category === 'man' && (military || (sender && (actions.includes('send') || actions.includes('gather'))))) category = 'soldier';
  if (unit === 'number' && category && PEOPLE_CATS.has(category)) unit = 'people';
  else if (unit === 'number' && category && !category.startsWith('w:')) unit = concept(category)?.label?.en.replace(/ people$/, '') ?? category;
  // A noun the table does not know is its own unit: "210 martyrs" and "plus de 200 martyrs" still meet.
  else if (unit === 'number' && category) unit = category;

  const key: string[] = [];
  const push = (s: string | undefined): void => { if (s && !key.includes(s)) key.push(s); };
  const means = category ? concept(category)?.means : undefined;
  push(means?.entity ?? category ?? unit);
  if (own) push(`of:${own}`);
  nations.forEach(push);
  places.forEach(push);
  actions.forEach(push);
  if (means?.action) push(means.action);
  if (role || means?.role) push(role ?? means?.role);
  modifiers.forEach(push);

  // "Al-Haouz (1 293 morts), Taroudant (452)": a name just before the parenthesis is the figure's place.
  if (!ageOf && toks[i0 - 1]?.t === '(' && toks[i0 - 2]?.kind === 'w' && toks[i0 - 2].cap && !STOPWORDS.has(toks[i0 - 2].t)) {
    const p = `loc:${nameKey(toks[i0 - 2].t)}`;
    if (!places.includes(p)) { places.push(p); push(p); }
  }
  // "La province d'Al-Haouz, où se situait l'épicentre, est la plus endeuillée avec 1293 morts": a count
  // introduced by "avec / with" is that of the place its sentence's subject names, however far before.
  if (!ageOf && !places.length && WITH.has(toks[i0 - 1]?.t ?? '')) {
    const p = subjectPlace(toks, i0 - 1);
    if (p !== undefined) { const loc = `loc:${nameKey(toks[p].t)}`; places.push(loc); push(loc); }
  }
  // "Marseille : 205 000 (CGT) / 40 000 selon la police": a name that opens its line as a label, just
  // before the colon, is the place of every figure of that line.
  const label = lineLabel(toks, i0);
  if (!ageOf && label !== undefined) {
    const p = `loc:${nameKey(toks[label].t)}`;
    if (!places.includes(p)) { places.push(p); push(p); }
  }
  const names: string[] = [];
  for (let k = seg[0]; k < seg[1]; k++) {
    // "180 à 215 députés, juste devant le parti présidentiel Renaissance", "ahead of the Greens": names
    // after a word of ranking are the rivals the holder is set against, not whose the count is.
    if (k >= headEnd && RIVAL_WORDS.has(toks[k].t)) break;
    // "X won 168 seats, while Y won 143": a clause of contrast has a subject of its own.
    if (k >= headEnd && CONTRAST_WORDS.has(toks[k].t)) break;
    if ((k >= i0 && k < headEnd) || (said && said[k - a])) continue;
    const party = partyAt(toks, k);
    if (party) { if (!names.includes(party.id)) names.push(party.id); k += party.len - 1; continue; }
    // An institution's name ("the French National Assembly") says where the count sits, not whose it is.
    if (toks[k].kind === 'w' && !conceptAt(toks, k) && isName(toks, k) && !isPlaceName(toks, k) && !inInstitutionName(toks, k)) {
      const n = nameKey(toks[k].t);
      if (!names.includes(n)) names.push(n);
    }
  }
  // "le Nouveau Front populaire (NFP) arrive en tête avec 180 à 215 députés", "derrière le Nouveau Front
  // populaire (178-205)": a count introduced by "avec / with", or in parentheses after a name, is the
  // holder's whose name stands just before (the subject of "avec", the name the parenthesis follows).
  if (!ageOf && !names.length && (WITH.has(toks[i0 - 1]?.t ?? '') || toks[i0 - 1]?.t === '(')) {
    for (const k of holderNameBefore(toks, i0 - 1)) { const n = nameKey(toks[k].t); if (!names.includes(n)) names.push(n); }
  }
  // A party named beside a count is whose it is; the other names there are who polled or said it
  // ("182 sièges pour le NFP, selon Ipsos", "the leader of the Socialist Party, Jean Martin"). Without
  // one in the count's own segment, the party its sentence names last before it is its holder ("Le Parti X, allié à Y, décroche 143 sièges", "the X Party (XP) is expected
  // to have between 172 and 192 seats").
  const party = names.some(isPartyId) ? undefined : !ageOf && partyBefore(toks, i0);
  if (party) names.splice(0, names.length, party);
  else if (names.some(isPartyId)) names.splice(0, names.length, ...names.filter(isPartyId));
  let placed = places.length > 0;
  for (let k = seg[0]; k < seg[1] && !placed; k++) {
    if (k >= i0 && k < i1) continue;
    const h = conceptAt(toks, k);
    if (h && h.c.type === 'nation' && LOC_PREP.has(locPrepBefore(toks, k))) placed = true;
  }
  return { unit, counts: phrase(toks, { own, category, unit, role, actions, dest, places, modifiers }, headEnd), countsKey: key, headEnd, context, when, part, placed, names };
}

/** The English phrase for `counts`: "Syrian refugees sent to Turkey", "people killed". */
function phrase(toks: Tok[], f: { own?: string; category?: string; unit: string; role?: string; actions: string[]; dest?: string; places: string[]; modifiers: string[] }, headEnd: number): string {
  const parts: string[] = [];
  const { own, category, unit, role, actions, dest, places, modifiers } = f;
  const ownLabel = own ? concept(own)?.label?.en : undefined;
  if (ownLabel && category !== undefined) parts.push(ownLabel);
  if (modifiers.includes('special-forces')) parts.push('special forces');
  if (category) parts.push(category.startsWith('w:') ? toks[headEnd - 1]?.t ?? category.slice(2) : concept(category)?.label?.en ?? topicWords(category));
  else if (unit !== 'number') parts.push(unit);
  if (role) parts.push(concept(role)?.label?.en ?? role);
  const mainAction = actions.find((x) => !concept(x)?.weak) ?? actions[0];
  if (mainAction && !role && category) parts.push(concept(mainAction)?.label?.en ?? mainAction);
  if (mainAction === 'send' && dest && dest !== own && category) parts.push(`to ${concept(dest)?.place?.en ?? dest}`);
  const place = places[0];
  if (place && category) parts.push(`in ${place.startsWith('loc:') ? placeWord(toks, place) : concept(place)?.place?.en ?? place}`);
  if (modifiers.includes('age')) parts.push('(age)');
  return parts.join(' ') || unit;
}

/** The place's name as the text spells it (first token whose key it is), capitalised. */
function placeWord(toks: Tok[], place: string): string {
  const key = place.slice(4);
  const t = toks.find((x) => x.kind === 'w' && x.cap && nameKey(x.t) === key);
  const w = t ? t.t : key;
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** Words the text also writes in lower case ("En direct", "Read More"): capitalised, but not names. */
let lowerFor: Tok[] | null = null;
let lowerSeen = new Set<string>();
function writtenLower(toks: Tok[], w: string): boolean {
  if (lowerFor !== toks) {
    lowerSeen = new Set();
    for (const t of toks) if (t.kind === 'w' && !t.cap) lowerSeen.add(t.t);
    lowerFor = toks;
  }
  return lowerSeen.has(w);
}

/** Words for a country's capital city ("dans la capitale", "in the capital"). */
const CAPITAL_WORDS = new Set(['capitale', 'capital']);
/** The capital of the nation a text names most (of the nations whose capital the concept table gives),
 * as a place key: "dans la capitale" in a text about France is Paris. */
let capitalFor: Tok[] | null = null;
let capitalKey: string | undefined;
function textCapital(toks: Tok[], lang: Lang): string | undefined {
  if (capitalFor !== toks) {
    const n = new Map<string, number>();
    for (const t of toks) {
      const c = t.kind === 'w' ? lookup(t.t, 'nation') : undefined;
      if (c?.capital) n.set(c.id, (n.get(c.id) ?? 0) + 1);
    }
    let best: string | undefined;
    for (const [id, k] of n) if (!best || k > n.get(best)!) best = id;
    const name = best ? concept(best)?.capital?.[lang] : undefined;
    capitalKey = name ? `loc:${nameKey(fold(name))}` : undefined;
    capitalFor = toks;
  }
  return capitalKey;
}

/** A proper name at k: capitalised inside a sentence, never written in lower case by the same text. */
function isName(toks: Tok[], k: number): boolean {
  const t = toks[k];
  // Two capitals are an acronym ("RN", "UE"): a name; two letters otherwise are mostly function words.
  if (!t.cap || (t.t.length < 3 && !t.upper) || k === 0 || t.nl) return false;
  const prev = toks[k - 1];
  if (prev.kind === 'p' && (BOUNDARY.has(prev.t) || prev.t === ':' || prev.t === '"')) return false;
  return !writtenLower(toks, t.t) && !STOPWORDS.has(t.t);
}

/** Words of one place name ("Al Haouz", "Rio de Janeiro" has a stopword and stops earlier). */
const MAX_NAME_WORDS = 3;
const PLACE_NOUNS = new Set(['region', 'town', 'district', 'village', 'country']);
const isPlaceNoun = (t: Tok | undefined): boolean => !!t && t.kind === 'w' && PLACE_NOUNS.has(lookup(t.t, 'entity')?.id ?? '');

/**
 * A capitalised word at k names the place a figure covers: "à Paris", "dans toute la France",
 * "dans la région de Marrakech", "in the Hatay province", "in Turkey's Hatay region". A name after a
 * verb ("to retake Gaza City") is what is done, not where.
 */
/** "the French National Assembly": a capitalised word at k that runs into a capitalised institution
 * noun (a topic of the concept table) is part of the institution's name. */
function inInstitutionName(toks: Tok[], k: number): boolean {
  for (let q = k + 1; q < toks.length && q <= k + MAX_NAME_WORDS && toks[q].kind === 'w' && toks[q].cap; q++) {
    const h = conceptAt(toks, q);
    if (h) return h.c.type === 'topic';
  }
  return false;
}

function isPlaceName(toks: Tok[], k: number): boolean {
  // "in the French National Assembly": names that run into an institution noun name the institution,
  // where a count sits, not a place that narrows it.
  if (inInstitutionName(toks, k)) return false;
  if (LOC_PREP.has(locPrepBefore(toks, k))) return true;
  // "in Al Haouz Province", "à Saint Martin": the preposition stands before the whole name.
  for (let q = k - 1; q >= 0 && q >= k - MAX_NAME_WORDS + 1 && toks[q].kind === 'w' && toks[q].cap && !STOPWORDS.has(toks[q].t); q--) {
    if (LOC_PREP.has(locPrepBefore(toks, q))) return true;
  }
  // "la région de Marrakech", "la province d'Al Haouz": a place noun, itself after a locative preposition.
  let n0 = k;
  while (n0 > 0 && k - n0 < MAX_NAME_WORDS - 1 && ((toks[n0 - 1].kind === 'w' && toks[n0 - 1].cap && !STOPWORDS.has(toks[n0 - 1].t)) || (toks[n0 - 1].t === '-' && toks[n0 - 2]?.cap))) n0--;
  let q = n0 - 1;
  while (q >= 0 && (toks[q].t === 'de' || toks[q].t === 'du' || toks[q].t === 'of' || toks[q].t === 'd' || toks[q].t === "'")) q--;
  if (q < n0 - 1 && isPlaceNoun(toks[q]) && LOC_PREP.has(locPrepBefore(toks, q))) return true;
  // "in the Hatay region", "in Turkey's Hatay region".
  if (!isPlaceNoun(toks[k + 1]) || toks[k + 1].cap) return false;
  q = k - 1;
  if (toks[q]?.t === 's' && toks[q - 1]?.t === "'") q -= 3;
  return q >= 0 && LOC_PREP.has(toks[q].t === 'the' ? toks[q - 1]?.t ?? '' : toks[q].t);
}

/** The preposition before a name at k, skipping determiners ("dans toute la France" -> "dans"). */
function locPrepBefore(toks: Tok[], k: number): string {
  let q = k - 1;
  let skipped = 0;
  while (q >= 0 && LOC_SKIP.has(toks[q].t) && skipped < 3) { q--; skipped++; }
  // A capitalised preposition is a headline's ("EN DIRECT", "Troops In Gaza"): no place is read there,
  // unless it opens a sentence ("In Paris, there were ...").
  if (q < 0) return '';
  const opensSentence = !toks[q].upper && (q === 0 || toks[q].nl || BOUNDARY.has(toks[q - 1].t) || toks[q - 1].t === ':');
  return !toks[q].cap || opensSentence ? toks[q].t : '';
}

/**
 * Tokens of [a, b) that belong to an attribution: "selon X, ...", "according to X", "..., a affirmé mardi
 * le Pentagone", "..., officials said", and before the number "Washington a averti que ...", "officials said ...".
 * Returns a mask indexed from `a`, or null when the clause has none.
 */
function attributionMask(toks: Tok[], a: number, b: number, i0: number, headEnd: number, lang: Lang): Uint8Array | null {
  let mask: Uint8Array | null = null;
  const mark = (x: number, y: number): void => {
    if (y <= x) return;
    mask ??= new Uint8Array(b - a);
    for (let k = Math.max(x, a); k < Math.min(y, b); k++) if (k < i0 || k >= headEnd) mask[k - a] = 1;
  };
  const nextComma = (k: number, stop: number): number => { while (k < stop && toks[k].t !== ',') k++; return k; };
  const prevComma = (k: number, stop: number): number => { while (k > stop && toks[k - 1].t !== ',') k--; return k; };
  // "Selon l'agence du renseignement américain, l'Iran a décidé d'envoyer ...": the "selon" may
  // sit before the clause window while its words reach into it.
  let from = a;
  while (from > 0 && a - from < WINDOW_LEFT && !BOUNDARY.has(toks[from - 1].t) && !toks[from].nl) from--;
  for (let k = from; k < b; k++) {
    const t = toks[k].t;
    // "selon X", "according to X", "d'après X": up to the next comma (or the number, or the clause end).
    if (t === 'selon' || (t === 'according' && toks[k + 1]?.t === 'to') || (t === 'apres' && toks[k - 1]?.t === "'" && toks[k - 2]?.t === 'd')) {
      mark(k, nextComma(k + 1, k < i0 ? i0 : b));
      continue;
    }
    if (k < a) continue;
    if (!SPEECH_VERBS.has(t)) continue;
    // "the quake claimed the lives of 2,000 people": a phrase of a role, not of saying.
    if (roleAt(toks, k)) continue;
    // "an estimated 50,000 troops", "the reported 500 deaths": an adjective, not who says it.
    if (lang === 'en' && (toks[k - 1]?.t === 'an' || toks[k - 1]?.t === 'a' || toks[k - 1]?.t === 'the')) continue;
    if (k >= headEnd) {
      // After the figure: only a segment set off by a comma ("..., a affirmé mardi le Pentagone").
      const s = prevComma(k, headEnd);
      if (s > headEnd && k - s <= 6) mark(s, nextComma(k + 1, b));
    } else if (k < i0) {
      // Before the figure: "Washington a averti que ...", "officials said (that) ...".
      let q = k + 1;
      const que = QUE.has(toks[q]?.t ?? '');
      if (que) q++;
      if (que || lang === 'en') mark(prevComma(k, a), Math.min(q, i0));
    }
  }
  return mask;
}

/** Words that give what their subject has: "la province la plus touchée, avec 1 293 morts". */
const WITH = new Set(['avec', 'with']);
/** How far back (tokens) the subject of a "avec / with" count may stand: a relative clause between
 * ("La province d'Al-Haouz, où se situait l'épicentre du séisme, est la plus endeuillée avec ..."). */
const SUBJECT_LOOKBACK = 24;

/**
 * The last word of a place named as "la province de X" / "the X region" / "the region of X" nearest
 * before token `w` in its sentence, else undefined: the subject that has the count "avec / with" gives.
 */
function subjectPlace(toks: Tok[], w: number): number | undefined {
  for (let k = w - 1; k >= 0 && k >= w - SUBJECT_LOOKBACK; k--) {
    if (SENTENCE_END.has(toks[k].t) || toks[k + 1]?.nl) return undefined;
    if (!isPlaceNoun(toks[k]) || toks[k].cap) continue;
    // "la province d'Al-Haouz", "the region of X": the name after the noun, its last capitalised word.
    let q = k + 1;
    while (q < w && (toks[q].t === 'de' || toks[q].t === 'du' || toks[q].t === 'of' || toks[q].t === 'd' || toks[q].t === "'")) q++;
    let last: number | undefined;
    for (let j = q; j < w && j - q < MAX_NAME_WORDS + 1 && ((toks[j].kind === 'w' && toks[j].cap) || (toks[j].t === '-' && toks[j + 1]?.cap)); j++) if (toks[j].kind === 'w') last = j;
    if (q > k + 1 && last !== undefined) return last;
    // "the Hatay region": the name before the noun.
    if (toks[k - 1]?.kind === 'w' && toks[k - 1].cap && !STOPWORDS.has(toks[k - 1].t)) return k - 1;
  }
  return undefined;
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

/** Tokens that end a sentence (the clause's own ends are counts.ts's segment rules). */
const SENTENCE_END = new Set(['.', '!', '?']);

/** Tokens a labelled line may hold before its figure ("Paris : 500 000 (CGT) / 87 000 selon la police"). */
const LABEL_LINE_MAX_TOKENS = 12;
/** Words of a label ("Lyon", "Le Havre", "Clermont Ferrand"). */
const LABEL_MAX_WORDS = 3;
/** The place token of a label opening the line that starts at token k ("Le Havre :"), else undefined. */
function labelAt(toks: Tok[], k: number, end: number): number | undefined {
  let name: number | undefined;
  let j = k;
  for (; j < end && j - k < LABEL_MAX_WORDS && toks[j].kind === 'w' && toks[j].cap; j++) {
    if (!STOPWORDS.has(toks[j].t) && !lookup(toks[j].t)) name = j;
  }
  return name !== undefined && toks[j]?.t === ':' ? name : undefined;
}

/** The first token of the line of token k. */
function lineStartOf(toks: Tok[], k: number): number {
  while (k > 0 && !toks[k].nl) k--;
  return k;
}

/**
 * The token naming the place of a capitalised label of up to three words that opens the line of token
 * `a` and is followed by a colon, in a list of such lines ("Lyon : 45 000 ...", "Le Havre : 40 000"):
 * its last word that is not a function word. The line before must open the list (it ends with a colon)
 * or be another item: a headline's "Gaza: Plus de 200 ..." is a kicker, not a list of places.
 */
export function lineLabel(toks: Tok[], a: number): number | undefined {
  const k = lineStartOf(toks, a);
  if (k === 0 || a - k > LABEL_LINE_MAX_TOKENS || !toks[k].nl) return undefined;
  const name = labelAt(toks, k, a);
  if (name === undefined) return undefined;
  const prev = lineStartOf(toks, k - 1);
  return toks[k - 1].t === ':' || labelAt(toks, prev, k) !== undefined ? name : undefined;
}

/** Places named in the sentence before token `a` (for "y" / "there"). */
function placesBefore(toks: Tok[], a: number): string[] {
  const out: string[] = [];
  let k = a - 1;
  if (k >= 0 && BOUNDARY.has(toks[k].t)) k--;
  for (; k >= 0 && k >= a - ANAPHORA_LOOKBACK; k--) {
    if (BOUNDARY.has(toks[k].t) || toks[k + 1]?.nl) break;
    const t = toks[k];
    if (t.kind === 'w' && !lookup(t.t) && isName(toks, k) && isPlaceName(toks, k)) {
      const p = `loc:${nameKey(t.t)}`;
      if (!out.includes(p)) out.push(p);
    }
  }
  return out;
}

/** "la force turque forte de 5 000", "a Turkish force of 5,000": the nation of a military group named just before. */
function groupNationBefore(toks: Tok[], i0: number): string | undefined {
  for (let k = i0 - 1; k >= 0 && k >= i0 - GROUP_LOOKBACK; k--) {
    const t = toks[k];
    if (t.kind === 'p' || t.nl) return undefined;
    const c = lookup(t.t, 'nation');
    if (!c) continue;
    if (isCue(toks[k - 1]?.t ?? '', 'military') || isCue(toks[k + 1]?.t ?? '', 'military')) return c.id;
  }
  return undefined;
}

/** Words after a number that make it page furniture ("12 commentaires", "3 shares", "11 photos"). */
export function isFurnitureNoun(toks: Tok[], i1: number): boolean {
  const t = toks[i1];
  return !!t && t.kind === 'w' && isCue(t.t, 'furniture');
}

/** A topic concept without a label, as words: "t-public-holiday" -> "public holiday". */
function topicWords(id: string): string {
  return id.replace(/^t-/, '').replace(/-/g, ' ');
}

/** "the number of protesters ... exceeded one million": the people noun after "number of" in the sentence before the value. */
function howManyBefore(toks: Tok[], i0: number): string | undefined {
  for (let k = i0 - 1; k >= 0 && k >= i0 - HOW_MANY_LOOKBACK; k--) {
    const t = toks[k];
    if (BOUNDARY.has(t.t) || t.nl || t.kind === 'd') return undefined;
    if (!HOW_MANY.has(t.t)) continue;
    let q = k + 1;
    while (q < i0 && SKIP_BEFORE_HEAD.has(toks[q].t)) q++;
    const h = q < i0 ? conceptAt(toks, q) : null;
    if (h && h.c.type === 'role' && h.c.means?.entity === 'person') return h.c.id;
    return h && h.c.type === 'entity' && (PEOPLE_CATS.has(h.c.id) || concept(h.c.id)?.means?.entity === 'person') ? h.c.id : undefined;
  }
  return undefined;
}

/** Words between "age" and its value: "age from 62 to 64", "age of 64", "l'âge légal à 64 ans". */
const AGE_LINKS = new Set(['from', 'to', 'of', 'at', 'a', 'de', 'the', 'legal']);
/** How many tokens "age" may stand before its value. */
const AGE_LOOKBACK = 3;
function ageBefore(toks: Tok[], i0: number): boolean {
  for (let k = i0 - 1; k >= 0 && k >= i0 - AGE_LOOKBACK; k--) {
    if (lookup(toks[k].t, 'modifier')?.id === 'age') return true;
    if (!AGE_LINKS.has(toks[k].t)) return false;
  }
  return false;
}
