/**
 * Which occasion of a story a count belongs to, when its sentence names one among several of one kind: the first wave
 * or the second ("the second wave of blasts killed 20", "dans la deuxième vague d'explosions"), the first round or the
 * runoff, the third night of riots, and the weekday of the event it counts the victims of ("Tuesday's blasts killed
 * 12", "les explosions de mardi ont fait 12 morts"). A story told over days has several such occasions, and two of
 * their counts reported the same day are two counts, never one count read two ways (compare.ts occasionsApart).
 * Read from sentence structure and general words only: an ordinal before an event noun, a weekday tied to an event
 * noun by a possessive, a "de" or the noun's own phrase. Pure (one cache per token array).
 */
import { lookupTok, type Tok } from './tokens';
import type { Figure } from './types';
import { sentenceAround } from './count-base';
import { SPEECH_VERBS } from './count-speakers';
import { TABLES, has, ordinalWord } from './number-words';
import { WEEKDAYS } from './moment';

/** Event nouns (folded) a story may number or date, by the kind they share across the two languages: an ordinal of
 * one kind against another of the same kind tells two occasions apart ("first wave" / "deuxième vague"). */
const EVENT_NOUNS: ReadonlyMap<string, string> = new Map([
  ...['wave', 'waves', 'vague', 'vagues'].map((w) => [w, 'wave'] as const),
  ...['round', 'tour'].map((w) => [w, 'round'] as const),
  ...['night', 'nights', 'nuit', 'nuits'].map((w) => [w, 'night'] as const),
  ...['day', 'days', 'jour', 'jours', 'journee', 'journees'].map((w) => [w, 'day'] as const),
  ...['phase', 'phases'].map((w) => [w, 'phase'] as const),
  ...['strike', 'strikes', 'frappe', 'frappes', 'raid', 'raids', 'bombing', 'bombings', 'bombardement', 'bombardements'].map((w) => [w, 'strike'] as const),
  ...['attack', 'attacks', 'attaque', 'attaques', 'attentat', 'attentats', 'assault', 'assaults', 'assaut', 'assauts'].map((w) => [w, 'attack'] as const),
  ...['explosion', 'explosions', 'blast', 'blasts', 'deflagration', 'deflagrations', 'detonations', 'detonation'].map((w) => [w, 'blast'] as const),
  ...['quake', 'quakes', 'earthquake', 'earthquakes', 'seisme', 'seismes', 'secousse', 'secousses', 'tremor', 'tremors'].map((w) => [w, 'quake'] as const),
]);

/** Kinds an ordinal numbers as an occasion here. Not rounds: an election's rounds are read clause by clause as named
 * sub-events (concepts "round-1", "round-2", count-event.ts), and a sentence often names the round to come beside
 * the one counted ("38 per cent, short of a majority, so a second round will be held"). */
const ORDINAL_KINDS = new Set(['wave', 'night', 'day', 'phase', 'strike', 'attack', 'blast', 'quake']);

/** A number written in digits or as a word of either language ("two", "deux"): after an ordinal it makes a rank of a
 * set ("the first two attacks"), not one occasion. */
const numberAt = (t: Tok | undefined): boolean =>
  !!t && (t.kind === 'd' || (t.kind === 'w' && (has(TABLES.en.units, t.t) || has(TABLES.fr.units, t.t)) && !t.article && t.t !== 'un' && t.t !== 'une'));

const WEEKDAY_IDS = new Set(WEEKDAYS);
/** The weekday's time concept id ("tue") of a folded word ("tuesday", "mardi"), from the concepts table. */
export function weekdayOf(t: Tok | undefined): string | undefined {
  if (!t || t.kind !== 'w') return undefined;
  const id = lookupTok(t, 'time')?.id;
  return id && WEEKDAY_IDS.has(id) ? id : undefined;
}

/** Words an ordinal may stand apart from its event noun by: one adjective ("the second deadly wave") at most. */
const ORDINAL_GAP = 1;
/** Tokens after an event noun within which a weekday still belongs to the noun's phrase ("les explosions simultanées
 * de bipeurs du Hezbollah mardi"). Measured on the 110 stories of the development set (scripts/dev/occasion-reach.ts,
 * session 36): of the 173 weekdays met after an event noun before a phrase stop, 156 stand within 6 tokens and the
 * other 17 are spread thin from 7 to 17 tokens, where a phrase has mostly become another. */
const DAY_AFTER_NOUN = 6;
/** Words that end the noun's phrase before a weekday: a subordinator or relative opens another clause ("the attack
 * came after talks collapsed on Tuesday", "l'attaque, qui a été confirmée mardi"), a saying's weekday is the day it was
 * said (moment.ts), not the event's; auxiliaries mark a finite verb ("a été confirmée mardi", "was reported on
 * Tuesday"). */
const PHRASE_STOPS = new Set([
  'after', 'before', 'when', 'while', 'as', 'because', 'since', 'until', 'that', 'which', 'who', 'where', 'according',
  'apres', 'avant', 'quand', 'lorsque', 'lorsqu', 'que', 'qu', 'qui', 'dont', 'depuis', 'selon', 'parce', 'puisque',
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'been', 'will', 'would', 'did',
  'ont', 'est', 'sont', 'etait', 'etaient', 'avait', 'avaient', 'ete', 'sera', 'seront',
]);
/** French articles and determiners after "a": then it is the preposition "à" ("à la frontière mardi"), not "a" the verb. */
const AFTER_A_PREPOSITION = new Set(['la', 'le', 'l', 'les', 'un', 'une', 'ce', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs']);
/** Does the token at q end the noun's phrase (PHRASE_STOPS, a verb of saying, an English past form in -ed, the French
 * verb "a" before a participle)? */
export function phraseStop(toks: Tok[], q: number): boolean {
  const t = toks[q];
  if (t.t === ',' || t.t === ':' || t.t === ';' || numberAt(t)) return true;
  if (t.kind !== 'w') return false;
  if (PHRASE_STOPS.has(t.t) || SPEECH_VERBS.has(t.t)) return true;
  if (t.t.length > 4 && t.t.endsWith('ed')) return true;
  if (t.t === 'a' && !t.article) {
    const n = toks[q + 1];
    return !!n && n.kind === 'w' && !n.cap && !AFTER_A_PREPOSITION.has(n.t);
  }
  return false;
}
/** Words between a weekday and its possessive event noun ("Tuesday's blasts", "Wednesday's second wave"). */
const POSSESSIVE_GAP = 3;
/** Parts of a day between a weekday and its possessive ("Tuesday night's attack"). */
const DAY_PARTS = new Set(['night', 'morning', 'afternoon', 'evening']);
/** Tokens after an ordinal's noun within which "since"/"depuis" makes the ordinal a record, not one of the story's
 * occasions ("the first strike on the capital since 2006", "la première frappe sur la ville depuis 2006"): the same
 * reach as a weekday's. */
const RECORD_WORDS = new Set(['since', 'depuis']);
/** Words that make an ordinal a rank in a ranking ("the second deadliest attack", "le deuxième séisme le plus
 * meurtrier", "the second most powerful quake"). */
const SUPERLATIVE_WORDS = new Set(['most', 'least', 'plus', 'moins', 'worst', 'best', 'greatest', 'highest', 'lowest', 'largest', 'strongest', 'longest']);
/** English superlatives by their ending ("deadliest", "biggest", "smallest"); a bare "-est" would take "unrest",
 * "protest", "arrest". */
const SUPERLATIVE_END = /(?:iest|ggest|llest)$/;
const superlative = (t: Tok | undefined): boolean => !!t && t.kind === 'w' && (SUPERLATIVE_WORDS.has(t.t) || SUPERLATIVE_END.test(t.t));

/** The occasion kind of the word at k, if it is an event noun not glued into a compound ("contre-attaque",
 * "counter-attack"). */
export const nounAt = (toks: Tok[], k: number): string | undefined => (toks[k]?.kind === 'w' && toks[k - 1]?.t !== '-' ? EVENT_NOUNS.get(toks[k].t) : undefined);

/** The ordinal number of the token at k: a word ("second", "deuxième") or a digit ordinal ("2e", "2nd"). */
function ordinalAt(toks: Tok[], k: number): number | undefined {
  const t = toks[k];
  if (!t) return undefined;
  if (t.kind === 'd') return t.ord && t.v >= 1 && t.v <= 9 ? t.v : undefined;
  return t.kind === 'w' ? ordinalWord(t.t) : undefined;
}

/** Is the ordinal at q of the noun at k a rank or a record rather than one occasion: a number after it ("the first two
 * attacks"), a superlative ("the second deadliest attack", "le deuxième séisme le plus meurtrier"), a "since" after the
 * noun ("the first strike on the city since 2006")? */
function rankNotOccasion(toks: Tok[], q: number, k: number, e: number): boolean {
  for (let j = q + 1; j < k; j++) if (numberAt(toks[j]) || superlative(toks[j])) return true;
  if (superlative(toks[k + 1]) || superlative(toks[k + 2])) return true;
  for (let j = k + 1; j < e && j <= k + DAY_AFTER_NOUN; j++) {
    const t = toks[j];
    if (RECORD_WORDS.has(t.t)) return true;
    if (t.t === 'in' && (toks[j + 1]?.t === 'decades' || toks[j + 1]?.t === 'years')) return true;
    if (t.t === ',' || t.t === ';' || t.t === ':') break;
  }
  return false;
}

/** Words that join two weekdays into one span ("the blasts on Tuesday and Wednesday", "mardi et mercredi", "la nuit de
 * mardi à mercredi", "Monday through Wednesday"): the days of several occasions, which name none of them. */
const DAY_JOINS = new Set(['and', 'et', 'or', 'ou', '-', 'to', 'au', 'a', 'through', 'thru', 'until', 'till']);
const joinedDay = (toks: Tok[], k: number): boolean =>
  (DAY_JOINS.has(toks[k + 1]?.t ?? '') && !!weekdayOf(toks[k + 2])) || (DAY_JOINS.has(toks[k - 1]?.t ?? '') && !!weekdayOf(toks[k - 2]));

/** One occasion named in a text, at token `at`. */
interface Mention { id: string; at: number }

/** Is token k the end of a sentence, or the first token of a line, past which no phrase reads on? */
const sentenceStop = (toks: Tok[], k: number): boolean => toks[k].t === '.' || toks[k].t === '!' || toks[k].t === '?' || toks[k].nl;

/** The occasions a whole text names, in token order: "o:<kind>:<n>" for an ordinal before an event noun, "d:<weekday>"
 * for a weekday tied to an event noun. Each noun reads at most DAY_AFTER_NOUN tokens on, so the pass is linear in the
 * text's length; it is made once per text (mentionsOf) and each figure keeps those of its own sentence. */
function occasionsIn(toks: Tok[]): Mention[] {
  const out: Mention[] = [];
  for (let k = 0; k < toks.length; k++) {
    const kind = nounAt(toks, k);
    if (!kind) continue;
    let e = k + 1;
    while (e < toks.length && e <= k + DAY_AFTER_NOUN && !sentenceStop(toks, e)) e++;
    for (let q = k - 1; q >= 0 && q >= k - 1 - ORDINAL_GAP && !sentenceStop(toks, q + 1); q--) {
      const n = ordinalAt(toks, q);
      if (n === undefined || !ORDINAL_KINDS.has(kind)) continue;
      if (!rankNotOccasion(toks, q, k, e)) out.push({ id: `o:${kind}:${n}`, at: q });
      break;
    }
    // "l'attaque de mardi", "the blasts on Tuesday", "les explosions ... mardi au Liban".
    for (let q = k + 1; q < e; q++) {
      const day = weekdayOf(toks[q]);
      if (day) { if (!joinedDay(toks, q)) out.push({ id: `d:${day}`, at: q }); break; }
      if (phraseStop(toks, q)) break;
    }
  }
  // "Tuesday's blasts", "Wednesday's second wave of exploding devices", "Tuesday night's attack".
  for (let k = 0; k < toks.length; k++) {
    const day = weekdayOf(toks[k]);
    if (!day || joinedDay(toks, k)) continue;
    const p = DAY_PARTS.has(toks[k + 1]?.t ?? '') ? k + 2 : k + 1;
    if (toks[p]?.t !== "'" || toks[p + 1]?.t !== 's') continue;
    for (let q = p + 2; q < toks.length && q <= p + 2 + POSSESSIVE_GAP && !sentenceStop(toks, q); q++) if (nounAt(toks, q)) { out.push({ id: `d:${day}`, at: k }); break; }
  }
  return out.sort((x, y) => x.at - y.at);
}

/** The occasions of each text, made once (extractFigures asks for every figure of one token array). */
const MENTIONS = new WeakMap<Tok[], Mention[]>();
function mentionsOf(toks: Tok[]): Mention[] {
  let m = MENTIONS.get(toks);
  if (!m) { m = occasionsIn(toks); MENTIONS.set(toks, m); }
  return m;
}
/** The first index of `ms` (sorted by `at`) at or after token k. */
function firstAtOrAfter(ms: Mention[], k: number): number {
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (ms[mid].at < k) lo = mid + 1; else hi = mid; }
  return lo;
}

/** Tokens each side of a count within which its sentence is read for an occasion: a long sentence of news runs to about
 * forty words, and a text with no full stop (a page's flattened table, a 5 MB page) must not be walked whole for each
 * of its figures. */
const SENTENCE_REACH = 40;
/** Tokens that cut a sentence into the segments an occasion is looked for in first. */
const SEGMENT_CUTS = new Set([',', ';', ':']);

/**
 * The occasions of the count at token i0: per sort (ordinal occasion, event weekday), the one its own segment of the
 * sentence names (between commas: "25 were killed in the second wave …, bringing the toll from … to 37"), else the one
 * its sentence names; where two of one sort remain ("12 in the first wave and 20 in the second wave"), none rather
 * than a guess. An ordinal that is the figure's own token ("the fifth day" counted) names none.
 */
export function occasionOf(toks: Tok[], i0: number): string[] | undefined {
  const ms = mentionsOf(toks);
  if (!ms.length) return undefined;
  const [s, e] = sentenceAround(toks, i0, SENTENCE_REACH);
  const all: Mention[] = [];
  for (let j = firstAtOrAfter(ms, s); j < ms.length && ms[j].at < e; j++) if (ms[j].at !== i0) all.push(ms[j]);
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
