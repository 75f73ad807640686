/**
 * Which occasion of a story a count belongs to, when its sentence names one among several of one kind: the first wave
 * or the second ("the second wave of blasts killed 20", "dans la deuxième vague d'explosions"), the first round or the
 * runoff, the third night of riots, and the weekday of the event it counts the victims of ("Tuesday's blasts killed
 * 12", "les explosions de mardi ont fait 12 morts"). A story told over days has several such occasions, and two of
 * their counts reported the same day are two counts, never one count read two ways (compare.ts occasionsApart).
 * Read from sentence structure and general words only: an ordinal before an event noun, a weekday tied to an event
 * noun by a possessive, a "de" or the noun's own phrase. Pure.
 */
import type { Tok } from './tokens';
import type { Figure } from './types';
import { SENTENCE_END } from './count-base';

/** Event nouns (folded) a story may number or date, by the kind they share across the two languages: an ordinal of
 * one kind against another of the same kind tells two occasions apart ("first wave" / "deuxième vague"). */
const EVENT_NOUNS: ReadonlyMap<string, string> = new Map([
  ...['wave', 'waves', 'vague', 'vagues'].map((w) => [w, 'wave'] as const),
  ...['round', 'tour'].map((w) => [w, 'round'] as const),
  ...['night', 'nights', 'nuit', 'nuits'].map((w) => [w, 'night'] as const),
  ...['day', 'jour', 'journee'].map((w) => [w, 'day'] as const),
  ...['phase'].map((w) => [w, 'phase'] as const),
  ...['strike', 'strikes', 'frappe', 'frappes', 'raid', 'raids', 'bombing', 'bombings', 'bombardement', 'bombardements'].map((w) => [w, 'strike'] as const),
  ...['attack', 'attacks', 'attaque', 'attaques', 'attentat', 'attentats', 'assault', 'assaut'].map((w) => [w, 'attack'] as const),
  ...['explosion', 'explosions', 'blast', 'blasts', 'deflagration', 'deflagrations', 'detonations', 'detonation'].map((w) => [w, 'blast'] as const),
  ...['quake', 'earthquake', 'seisme', 'secousse', 'tremor'].map((w) => [w, 'quake'] as const),
  // Verbs of a blast, for its day only ("the pagers that exploded on Tuesday afternoon", "qui ont explosé mardi").
  ...['exploded', 'detonated', 'explose', 'explosees', 'exploses'].map((w) => [w, 'blast-verb'] as const),
]);

/** Kinds an ordinal numbers as an occasion here. Not rounds: an election's rounds are read clause by clause as named
 * sub-events (concepts "round-1", "round-2", count-event.ts), and a sentence often names the round to come beside
 * the one counted ("38 per cent, short of a majority, so a second round will be held"). */
const ORDINAL_KINDS = new Set(['wave', 'night', 'day', 'phase', 'strike', 'attack', 'blast', 'quake']);

/** Ordinal words (folded) that number an occasion; "second" is both languages' ("le second tour"). */
const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5],
  ['premier', 1], ['premiere', 1], ['deuxieme', 2], ['seconde', 2], ['troisieme', 3], ['quatrieme', 4], ['cinquieme', 5],
]);

/** Weekday names (folded) as the time concepts' ids. */
const WEEKDAYS: ReadonlyMap<string, string> = new Map([
  ['monday', 'mon'], ['tuesday', 'tue'], ['wednesday', 'wed'], ['thursday', 'thu'], ['friday', 'fri'], ['saturday', 'sat'], ['sunday', 'sun'],
  ['lundi', 'mon'], ['mardi', 'tue'], ['mercredi', 'wed'], ['jeudi', 'thu'], ['vendredi', 'fri'], ['samedi', 'sat'], ['dimanche', 'sun'],
]);

/** Words an ordinal may stand apart from its event noun by: one adjective ("the second deadly wave") at most. */
const ORDINAL_GAP = 1;
/** Tokens after an event noun within which a weekday still belongs to the noun's phrase ("les explosions simultanées
 * de bipeurs du Hezbollah mardi", "la deuxième vague d'explosions d'appareils de transmission mercredi"): a noun
 * phrase of news rarely runs longer; a comma, a number or a saying word ends it first. */
const DAY_AFTER_NOUN = 8;
/** Words after which a weekday is the day something was said, not the event's ("a indiqué mercredi", "said on
 * Wednesday"): the saying's day dates the count (moment.ts), never the occasion. */
const SAYING = new Set(['said', 'says', 'told', 'announced', 'reported', 'indique', 'annonce', 'declare', 'precise', 'affirme', 'rapporte', 'selon', 'according']);
/** Words between a weekday and its possessive event noun ("Tuesday's blasts", "Wednesday's second wave"). */
const POSSESSIVE_GAP = 3;

/** The occasion kind of the word at k, if it is an event noun not glued into a compound ("cessez-le-feu"). */
const nounAt = (toks: Tok[], k: number): string | undefined => (toks[k]?.kind === 'w' && toks[k - 1]?.t !== '-' ? EVENT_NOUNS.get(toks[k].t) : undefined);

/** The ordinal number of the token at k: a word ("second", "deuxième") or a digit ordinal ("2e", "2nd"). */
function ordinalAt(toks: Tok[], k: number): number | undefined {
  const t = toks[k];
  if (!t) return undefined;
  if (t.kind === 'd') return t.ord && t.v >= 1 && t.v <= 9 ? t.v : undefined;
  return t.kind === 'w' ? ORDINALS.get(t.t) : undefined;
}

/** The sentence [s, e) around token k. */
function sentenceOf(toks: Tok[], k: number): [number, number] {
  let s = k;
  while (s > 0 && !SENTENCE_END.has(toks[s - 1].t) && !toks[s].nl) s--;
  let e = k;
  while (e < toks.length && !SENTENCE_END.has(toks[e].t) && !(e > k && toks[e].nl)) e++;
  return [s, e];
}

/** Words that join two weekdays into one span ("the blasts on Tuesday and Wednesday", "mardi et mercredi"): the days of
 * several occasions, which name none of them. */
const DAY_JOINS = new Set(['and', 'et', 'or', 'ou', '-', 'to', 'au']);
const joinedDay = (toks: Tok[], k: number): boolean =>
  (DAY_JOINS.has(toks[k + 1]?.t ?? '') && WEEKDAYS.has(toks[k + 2]?.t ?? '')) || (DAY_JOINS.has(toks[k - 1]?.t ?? '') && WEEKDAYS.has(toks[k - 2]?.t ?? ''));

/** One occasion named in a sentence, at token `at`. */
interface Mention { id: string; at: number }

/** The occasions a sentence names: "o:<kind>:<n>" for an ordinal before an event noun, "d:<weekday>" for a weekday
 * tied to an event noun. An ordinal that is the figure's own token (`self`: "the fifth day" counted) names none. */
function occasionsIn(toks: Tok[], s: number, e: number, self: number): Mention[] {
  const out: Mention[] = [];
  for (let k = s; k < e; k++) {
    const kind = nounAt(toks, k);
    if (!kind) continue;
    for (let q = k - 1; q >= s && q >= k - 1 - ORDINAL_GAP; q--) {
      const n = q === self ? undefined : ordinalAt(toks, q);
      if (n !== undefined && ORDINAL_KINDS.has(kind)) { out.push({ id: `o:${kind}:${n}`, at: q }); break; }
    }
    // "l'attaque de mardi", "the blasts on Tuesday", "les explosions ... mardi au Liban".
    for (let q = k + 1; q < e && q <= k + DAY_AFTER_NOUN; q++) {
      const t = toks[q];
      if (t.t === ',' || t.kind === 'd' || SAYING.has(t.t) || t.t === ':' || t.t === ';') break;
      const day = WEEKDAYS.get(t.t);
      if (day) { if (!joinedDay(toks, q)) out.push({ id: `d:${day}`, at: q }); break; }
    }
  }
  // "Tuesday's blasts", "Wednesday's second wave of exploding devices".
  for (let k = s; k < e; k++) {
    const day = WEEKDAYS.get(toks[k].t);
    if (!day || toks[k + 1]?.t !== "'" || toks[k + 2]?.t !== 's' || joinedDay(toks, k)) continue;
    for (let q = k + 3; q < e && q <= k + 3 + POSSESSIVE_GAP; q++) if (nounAt(toks, q)) { out.push({ id: `d:${day}`, at: k }); break; }
  }
  return out;
}

/** Tokens that cut a sentence into the segments an occasion is looked for in first. */
const SEGMENT_CUTS = new Set([',', ';', ':']);

/**
 * The occasions of the count at token i0: per sort (ordinal occasion, event weekday), the one its own segment of the
 * sentence names (between commas: "25 were killed in the second wave …, bringing the toll from … to 37"), else the one
 * its sentence names; where two of one sort remain ("12 in the first wave and 20 in the second wave"), none rather
 * than a guess.
 */
export function occasionOf(toks: Tok[], i0: number): string[] | undefined {
  const [s, e] = sentenceOf(toks, i0);
  const all = occasionsIn(toks, s, e, i0);
  if (!all.length) return undefined;
  let a = i0;
  while (a > s && !SEGMENT_CUTS.has(toks[a - 1].t)) a--;
  let b = i0;
  while (b < e && !SEGMENT_CUTS.has(toks[b].t)) b++;
  const out: string[] = [];
  for (const sort of ['o:', 'd:']) {
    const of = all.filter((m) => m.id.startsWith(sort));
    const inSegment = new Set(of.filter((m) => m.at >= a && m.at < b).map((m) => m.id));
    const inSentence = new Set(of.map((m) => m.id));
    const pick = inSegment.size ? inSegment : inSentence;
    if (pick.size === 1) out.push([...pick][0]);
  }
  return out.length ? out : undefined;
}

/** The event weekday its sentence ties a figure to. Not its clause's weekday (`when`) read against its moment: tried
 * (session 36), that reading set apart same-key counts of six other stories (a toll said on Monday, dated by a later
 * report), for two pairs gained in one. */
const eventDay = (f: Figure): string | undefined => f.occasion?.find((o) => o.startsWith('d:'))?.slice(2);

/**
 * Two counts of two occasions of one story: their events' weekdays differ, or both number an occasion of one kind and
 * not the same one ("the first wave" / "la deuxième vague"). Such counts are two keys, never one count read two ways
 * nor one count moving (compare.ts).
 */
export function occasionsApart(f: Figure, g: Figure): boolean {
  const df = eventDay(f);
  const dg = eventDay(g);
  if (df && dg && df !== dg) return true;
  for (const o of f.occasion ?? []) {
    if (!o.startsWith('o:')) continue;
    const kind = o.slice(0, o.lastIndexOf(':') + 1);
    const other = g.occasion?.find((x) => x.startsWith(kind));
    if (other && other !== o) return true;
  }
  return false;
}
