/**
 * What a figure counts: the counted noun after the number ("600 000 soldats", "des millions d'obus",
 * "600,000 Russian soldiers"), its nationality, and what the clause says happened to it ("tués ou
 * blessés", "envoyés en Russie"). The result is a short English phrase (`counts`) and a list of
 * language-independent concept tokens (`countsKey`, see lexicon.ts) that compare.ts matches.
 *
 * countsKey layout: first the category ("soldier", "person", "shell", or the folded noun when the
 * lexicon does not know it), then "of:<nation>" when the text says whose they are, then nations,
 * places, actions, roles and modifiers, each once.
 */
import type { Lang } from '../types';
import type { Tok } from './tokens';
import { EN_ACTION, EN_NATION_ADJ, EN_PLACE, EN_PLURAL, lookup, MILITARY_CUES, PHRASES, type Concept } from './lexicon';
import { STOPWORDS } from '../text/words';

/** How far (in tokens) the clause around a number is read for nations, places and actions. Clauses in
 * news sentences rarely run longer; past that, words usually belong to another statement. */
const WINDOW_LEFT = 14;
const WINDOW_RIGHT = 24;
/** Tokens after the number searched for the counted noun (English puts adjectives first: "600,000 Russian soldiers"). */
const HEAD_LOOKAHEAD = 4;
/** Tokens before the number searched for "force russe (forte de)": the group's name sits right before its size. */
const GROUP_LOOKBACK = 4;

const BOUNDARY = new Set(['.', '!', '?', ';', '(', ')', '\u2026']);
const SKIP_BEFORE_HEAD = new Set(['de', 'd', "'", 'of', 'des']);
const DEST_PREP = new Set(['en', 'a', 'au', 'aux', 'vers', 'in', 'to', 'into', 'toward', 'towards', 'dans']);
/** Verbs of saying (folded): the words around them name who says a figure, not what it counts. */
const SPEECH_VERBS = new Set(
  ('declare declarent affirme affirment souligne indique indiquent annonce annoncent assure assurent note ajoute averti avertit '
    + 'estime estiment precise explique rapporte confirme confirment dit disent ecrit avance rappelle '
    + 'said says say told tells stated added announced reported warned claimed claims wrote estimated estimate estimates believes').split(' '),
);
const PEOPLE_CATS = new Set(['soldier', 'man', 'woman', 'child', 'person', 'civilian', 'inhabitant', 'refugee', 'displaced', 'prisoner', 'hostage', 'member']);
const QUE = new Set(['que', 'qu', 'that']);
/** Tokens after which a French "y" / English "there" points back to a place named in the sentence before. */
const THERE_NOT_PLACE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'have', 'has', 'had', 'will', 'would', 'may', 'might', 'remain', 'remains', 'seems', 'seem']);
/** How far back (tokens) the sentence before is read for the place a "y" / "there" points to. */
const ANAPHORA_LOOKBACK = 40;

export interface CountInfo {
  unit: string;
  counts: string;
  countsKey: string[];
  /** Token index after the counted noun (or the number when there is none). */
  headEnd: number;
}

/** Multi-word names indexed by their first word, so most tokens cost one map lookup. */
const PHRASES_BY_FIRST = new Map<string, Array<[string[], Concept]>>();
for (const p of PHRASES) {
  const list = PHRASES_BY_FIRST.get(p[0][0]) ?? [];
  list.push(p);
  PHRASES_BY_FIRST.set(p[0][0], list);
}
const NONE: Array<[string[], Concept]> = [];

/** Concepts found at token k, including multi-word names; returns the concept and tokens used. */
function conceptAt(toks: Tok[], k: number): { c: Concept; len: number } | null {
  const t = toks[k];
  if (t.kind !== 'w') return null;
  for (const [seq, c] of PHRASES_BY_FIRST.get(t.t) ?? NONE) {
    if (k + seq.length > toks.length) continue;
    let ok = true;
    for (let q = 1; q < seq.length; q++) if (toks[k + q].t !== seq[q]) { ok = false; break; }
    if (ok) return { c, len: seq.length };
  }
  const c = lookup(t.t);
  return c ? { c, len: 1 } : null;
}

/** Clause bounds around tokens [i0, i1): stop at sentence punctuation and line breaks. */
function clause(toks: Tok[], i0: number, i1: number): [number, number] {
  let a = i0;
  while (a > 0 && i0 - a < WINDOW_LEFT && !BOUNDARY.has(toks[a - 1].t) && !toks[a].nl) a--;
  let b = i1;
  while (b < toks.length && b - i1 < WINDOW_RIGHT && !BOUNDARY.has(toks[b].t) && !toks[b].nl) b++;
  return [a, b];
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
  // The counted noun right after the number.
  if (!unitHint) {
    let k = i1;
    let steps = 0;
    const adjNations: string[] = [];
    while (k < toks.length && steps < HEAD_LOOKAHEAD && !toks[k].nl) {
      const t = toks[k];
      if (t.kind === 'p' && t.t !== "'" && t.t !== '%') break;
      if (t.t === '%') { unit = 'percent'; headEnd = k + 1; break; }
      if (SKIP_BEFORE_HEAD.has(t.t) && steps <= 1) { k++; steps++; continue; }
      const hit = conceptAt(toks, k);
      if (hit && hit.c.type === 'unit') { unit = hit.c.id; headEnd = k + 1; break; }
      if (t.t === 'pour' && toks[k + 1]?.t === 'cent') { unit = 'percent'; headEnd = k + 2; break; }
      if ((t.t === 'percent' || (t.t === 'per' && toks[k + 1]?.t === 'cent'))) { unit = 'percent'; headEnd = k + (t.t === 'per' ? 2 : 1); break; }
      if (hit && (hit.c.type === 'category' || hit.c.type === 'role')) {
        category = hit.c.id;
        headEnd = k + hit.len;
        if (hit.c.type === 'role') category = hit.c.id === 'casualty' ? 'casualty' : 'person';
        // "des millions d'Ukrainiens": the noun is a nation.
        if (t.t === 'ukrainiens') own = 'ukraine';
        break;
      }
      if (hit && hit.c.type === 'nation' && lang === 'en') { adjNations.push(hit.c.id); k += hit.len; steps++; continue; }
      if (hit && hit.c.type === 'modifier' && lang === 'en') { k += hit.len; steps++; continue; }
      if (t.kind === 'w' && !STOPWORDS.has(t.t) && t.t.length > 2) {
        // Unknown noun: keep its folded form, so same-language pages can still match it.
        category = t.t;
        headEnd = k + 1;
        break;
      }
      break;
    }
    if (adjNations.length) own = adjNations[adjNations.length - 1];
  }
  const [a, b] = clause(toks, i0, i1);
  const said = attributionMask(toks, a, b, i0, headEnd, lang);
  const nations: string[] = [];
  const places: string[] = [];
  const actions: string[] = [];
  const roles: string[] = [];
  const modifiers: string[] = [];
  let military = false;
  let sender: string | undefined;
  let dest: string | undefined;
  let lastNation: { id: string; k: number } | undefined;
  for (let k = a; k < b; k++) {
    if (k >= i0 && k < i1) continue;
    const t = toks[k];
    if (MILITARY_CUES.has(t.t)) military = true;
    // Words of the attribution ("selon Washington et Séoul", "a affirmé le Pentagone") name who says it.
    if (said && said[k - a]) continue;
    const hit = conceptAt(toks, k);
    if (!hit) continue;
    const { c } = hit;
    if (c.type === 'nation') {
      if (!nations.includes(c.id)) nations.push(c.id);
      // Whose the counted things are: the nation right after the noun ("soldats nord-coréens", "soldats russes").
      if (lang === 'fr' && k === headEnd && !own) own = c.id;
      const prep = toks[k - 1]?.t === 'la' || toks[k - 1]?.t === 'le' || toks[k - 1]?.t === 'l' || toks[k - 1]?.t === "'" ? toks[k - 2]?.t : toks[k - 1]?.t;
      if (prep && DEST_PREP.has(prep) && k > i0 && !dest) dest = c.id;
      lastNation = { id: c.id, k };
    } else if (c.type === 'place') {
      if (!places.includes(c.id)) places.push(c.id);
    } else if (c.type === 'action') {
      if (!actions.includes(c.id)) actions.push(c.id);
      // The sender of troops or goods is their owner: "La Corée du Nord a envoyé ... hommes".
      if ((c.id === 'send' || c.id === 'gather' || c.id === 'supply') && k < i0 && lastNation && k - lastNation.k <= 8) sender = lastNation.id;
      if (c.id === 'send' && k < i0) {
        // "envoyé en Russie entre ...": a destination before the number.
        for (let q = k + 1; q < i0 && q < k + 4; q++) {
          const h = conceptAt(toks, q);
          if (h && h.c.type === 'nation' && DEST_PREP.has(toks[q - 1]?.t ?? '')) dest = h.c.id;
        }
      }
    } else if (c.type === 'role') {
      if (!roles.includes(c.id)) roles.push(c.id);
    } else if (c.type === 'modifier') {
      // Age belongs to a figure in years; elsewhere it describes people next to it, not the count.
      if (c.id === 'age' && unit !== 'years') continue;
      if (c.id === 'special-forces' && k > headEnd + 4) continue;
      if (!modifiers.includes(c.id)) modifiers.push(c.id);
    } else if (c.type === 'category' && !category && k < i0 && k >= i0 - 3 && unit === 'number') {
      // "la force russe forte de 50 000 hommes": a noun just before may name the group.
    }
    k += hit.len - 1;
  }
  // "Moscou y a rassemblé ...", "... gathered there": the place named in the sentence before.
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
  if (!own && sender) own = sender;
  if (!own) own = groupNationBefore(toks, i0);
  // Roles: killed and wounded together are casualties.
  let role: string | undefined;
  if (roles.includes('casualty') || (roles.includes('killed') && roles.includes('wounded'))) role = 'casualty';
  else if (roles.length === 1) role = roles[0];
  if (category === 'casualty') {
    // "650 000 victimes" of an army are soldiers killed or wounded.
    role = 'casualty';
    category = military ? 'soldier' : 'person';
  }
  // "hommes" in a military context, or sent / gathered by a country ("la Corée du Nord a envoyé ... hommes"), are soldiers.
  // Killed and wounded are said of people: "12 people were wounded in a strike on three districts".
  if (category && !PEOPLE_CATS.has(category) && category !== 'casualty') role = undefined;
  if (category === 'man' && (military || (sender && (actions.includes('send') || actions.includes('gather'))))) category = 'soldier';
  if (unit === 'number' && category && PEOPLE_CATS.has(category)) unit = 'people';
  else if (unit === 'number' && category && EN_PLURAL[category]) unit = EN_PLURAL[category].replace(/ people$/, '');

  const key: string[] = [];
  const push = (s: string | undefined): void => { if (s && !key.includes(s)) key.push(s); };
  push(category ?? unit);
  if (own) push(`of:${own}`);
  nations.forEach(push);
  places.forEach(push);
  actions.forEach(push);
  if (role) push(role);
  modifiers.forEach(push);

  // The English phrase.
  const parts: string[] = [];
  if (own && EN_NATION_ADJ[own] && category !== undefined) parts.push(EN_NATION_ADJ[own]);
  if (modifiers.includes('special-forces')) parts.push('special forces');
  if (category) parts.push(EN_PLURAL[category] ?? category);
  else if (unit !== 'number') parts.push(unit);
  if (role) parts.push(EN_ACTION[role]);
  const mainAction = actions.find((x) => x !== 'help') ?? actions[0];
  if (mainAction && !role && category) parts.push(EN_ACTION[mainAction]);
  if (mainAction === 'send' && dest && dest !== own && category) parts.push(`to ${EN_PLACE[dest] ?? dest}`);
  if (places.length && category) parts.push(`in ${EN_PLACE[places[0]] ?? places[0]}`);
  if (modifiers.includes('age')) parts.push('(age)');
  return { unit, counts: parts.join(' ') || unit, countsKey: key, headEnd };
}

/**
 * Tokens of [a, b) that belong to an attribution: "selon X, ...", "according to X", "..., a affirmé mardi
 * le Pentagone", "..., officials said", and before the number "Kiev a averti que ...", "officials said ...".
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
  // "Selon l'agence du renseignement sud-coréen, la Corée du Nord a décidé d'envoyer ...": the "selon" may
  // sit before the clause window while its words reach into it.
  let from = a;
  while (from > 0 && a - from < WINDOW_LEFT && !BOUNDARY.has(toks[from - 1].t) && !toks[from].nl) from--;
  for (let k = from; k < b; k++) {
    const t = toks[k].t;
    // "selon X", "according to X": up to the next comma (or the number, or the clause end).
    if (t === 'selon' || (t === 'according' && toks[k + 1]?.t === 'to')) {
      mark(k, nextComma(k + 1, k < i0 ? i0 : b));
      continue;
    }
    if (k < a) continue;
    if (!SPEECH_VERBS.has(t)) continue;
    // "an estimated 50,000 troops", "the reported 500 deaths": an adjective, not who says it.
    if (lang === 'en' && (toks[k - 1]?.t === 'an' || toks[k - 1]?.t === 'a' || toks[k - 1]?.t === 'the')) continue;
    if (k >= headEnd) {
      // After the figure: only a segment set off by a comma ("..., a affirmé mardi le Pentagone").
      const s = prevComma(k, headEnd);
      if (s > headEnd && k - s <= 6) mark(s, nextComma(k + 1, b));
    } else if (k < i0) {
      // Before the figure: "Kiev a averti que ...", "officials said (that) ...".
      let q = k + 1;
      const que = QUE.has(toks[q]?.t ?? '');
      if (que) q++;
      if (que || lang === 'en') mark(prevComma(k, a), Math.min(q, i0));
    }
  }
  return mask;
}

/** Places named in the sentence before token `a` (for "y" / "there"). */
function placesBefore(toks: Tok[], a: number): string[] {
  const out: string[] = [];
  let k = a - 1;
  if (k >= 0 && BOUNDARY.has(toks[k].t)) k--;
  for (; k >= 0 && k >= a - ANAPHORA_LOOKBACK; k--) {
    if (BOUNDARY.has(toks[k].t) || toks[k + 1]?.nl) break;
    const c = lookup(toks[k].t);
    if (c && c.type === 'place' && !out.includes(c.id)) out.push(c.id);
  }
  return out;
}

/** "la force russe forte de 50 000", "a Russian force of 50,000": the nation of a military group named just before. */
function groupNationBefore(toks: Tok[], i0: number): string | undefined {
  for (let k = i0 - 1; k >= 0 && k >= i0 - GROUP_LOOKBACK; k--) {
    const t = toks[k];
    if (t.kind === 'p' || t.nl) return undefined;
    const c = lookup(t.t);
    if (!c || c.type !== 'nation') continue;
    if (MILITARY_CUES.has(toks[k - 1]?.t ?? '') || MILITARY_CUES.has(toks[k + 1]?.t ?? '')) return c.id;
  }
  return undefined;
}

/** Words after a number that make it page furniture ("12 commentaires", "3 shares"). */
export function isFurnitureNoun(toks: Tok[], i1: number): boolean {
  const t = toks[i1];
  if (!t) return false;
  const c = lookup(t.t);
  return !!c && c.type === 'cue' && c.id === 'furniture';
}
