/**
 * compareFigures: pair each page figure with source figures that count the same thing, and say
 * whether their intervals agree, overlap or differ. Pairing is conservative, because a wrong
 * "differs" costs the reader's trust more than a missed comparison: two figures are compared only
 * when unit and category match and nothing in their keys contradicts (another nation's soldiers,
 * another action, another place, killed vs killed-or-wounded); near misses come back as 'related'.
 */
import type { Bound, FigureComparison, FigureReport, Lang, Verdict } from '../types';
import type { Figure } from './types';
import { conceptType } from './lexicon';

/** Share of key tokens two figures must have in common to call a disjoint pair "differs" rather than "related". */
const DIFFERS_MIN_JACCARD = 0.6;
/** Concept tokens besides the category that two figures must share to be compared at all. */
const MIN_SHARED_CONTEXT = 1;
/** Dates, times and plain numbers carry little of their own meaning: require more shared context. */
const MIN_SHARED_CONTEXT_WEAK = 2;
/** Shared context tokens for a 'related' pair: enough that a reader would want to see both side by side. */
const MIN_SHARED_RELATED = 3;
const WEAK_UNITS = new Set(['date', 'time', 'year', 'number', 'ordinal', 'years', 'hours', 'days', 'months', 'weeks']);

export interface SourceDoc {
  id: string;
  text: string;
  lang: Lang;
  figures: Figure[];
}

interface KeyParts {
  category: string;
  own?: string;
  nations: Set<string>;
  places: Set<string>;
  actions: Set<string>;
  roles: Set<string>;
  modifiers: Set<string>;
  all: Set<string>;
}

function parts(key: string[]): KeyParts {
  const p: KeyParts = { category: key[0] ?? '', nations: new Set(), places: new Set(), actions: new Set(), roles: new Set(), modifiers: new Set(), all: new Set() };
  for (let i = 1; i < key.length; i++) {
    const k = key[i];
    if (k.startsWith('of:')) { p.own = k.slice(3); continue; }
    p.all.add(k);
    const t = conceptType(k);
    if (t === 'nation') p.nations.add(k);
    else if (t === 'place') p.places.add(k);
    else if (t === 'action') p.actions.add(k);
    else if (t === 'role') p.roles.add(k);
    else if (t === 'modifier') p.modifiers.add(k);
  }
  return p;
}

/** Actions that say why rather than what happened to the counted things. */
const WEAK_ACTIONS = new Set(['help']);
const strong = (s: Set<string>): Set<string> => new Set([...s].filter((x) => !WEAK_ACTIONS.has(x)));
const inter = (a: Set<string>, b: Set<string>): number => { let n = 0; for (const x of a) if (b.has(x)) n++; return n; };
const sameSet = (a: Set<string>, b: Set<string>): boolean => a.size === b.size && inter(a, b) === a.size;

/** 'same' (compare values), 'related' (close but not the same count), or null (unrelated). */
export function matchKeys(a: Figure, b: Figure): 'same' | 'related' | null {
  if (a.unit !== b.unit) return null;
  // A place in a list ("the last", "avant-dernier") is never checked against another text.
  if (a.unit === 'ordinal-relative') return null;
  const A = parts(a.countsKey);
  const B = parts(b.countsKey);
  if (A.category !== B.category) return null;
  const shared = inter(A.all, B.all);
  const need = WEAK_UNITS.has(a.unit) ? MIN_SHARED_CONTEXT_WEAK : MIN_SHARED_CONTEXT;
  if (shared < need) return null;
  let conflict = false;
  if (A.own && B.own && A.own !== B.own) conflict = true;
  if (!sameSet(A.roles, B.roles)) conflict = true;
  if (!sameSet(A.modifiers, B.modifiers)) conflict = true;
  // "help" says why, not what happened: only the other actions can contradict each other.
  const sa = strong(A.actions);
  const sb = strong(B.actions);
  if (sa.size && sb.size && inter(sa, sb) === 0) conflict = true;
  // A place narrows the count ("8 000 in Kursk" is not "12 000 sent to Russia").
  if (!sameSet(A.places, B.places)) conflict = true;
  if (!conflict) return 'same';
  // 'related' is for near misses only: the same people or things, told about in a close context.
  if (A.own && B.own && A.own !== B.own) return null;
  // Another role or modifier is another kind of count (a force gathered vs casualties, special forces
  // vs all troops): not worth showing side by side.
  if (!sameSet(A.roles, B.roles) || !sameSet(A.modifiers, B.modifiers)) return null;
  // The same nation's soldiers told about elsewhere ("8 000 in Kursk" vs "12 000 sent to Russia") are worth showing.
  if (A.own && A.own === B.own && shared >= 1) return 'related';
  return shared >= MIN_SHARED_RELATED ? 'related' : null;
}

function jaccard(a: Figure, b: Figure): number {
  const A = new Set(a.countsKey);
  const B = new Set(b.countsKey);
  const i = inter(A, B);
  return i / (A.size + B.size - i || 1);
}

/** Map a bound to a sortable value: numbers as is, ISO dates/times as strings padded to day/minute. */
function lowKey(b: Bound): number | string | null {
  if (b === null || typeof b === 'number') return b;
  return /^\d{4}-\d{2}$/.test(b) || /^--\d{2}$/.test(b) ? `${b}-01` : b;
}
function highKey(b: Bound): number | string | null {
  if (b === null || typeof b === 'number') return b;
  return /^\d{4}-\d{2}$/.test(b) || /^--\d{2}$/.test(b) ? `${b}-31` : b;
}
function lt(x: number | string, y: number | string): boolean {
  return typeof x === typeof y ? x < y : false;
}

/** "2024-10-27" -> "--10-27": drop the year so a year-less date can be set against a full one. */
const dropYear = (b: Bound): Bound => (typeof b === 'string' && /^\d{4}-\d{2}/.test(b) ? `--${b.slice(5)}` : b);
const yearless = (b: Bound): boolean => typeof b === 'string' && b.startsWith('--');

/** Verdict from the two intervals alone. */
export function intervalVerdict(a: { low: Bound; high: Bound }, b: { low: Bound; high: Bound }): Verdict {
  if ([a.low, a.high, b.low, b.high].some(yearless)) {
    // Without a year on one side, only month and day can be compared.
    a = { low: dropYear(a.low), high: dropYear(a.high) };
    b = { low: dropYear(b.low), high: dropYear(b.high) };
  }
  if (a.low === b.low && a.high === b.high) return 'agrees';
  const aLo = lowKey(a.low), aHi = highKey(a.high), bLo = lowKey(b.low), bHi = highKey(b.high);
  // Disjoint when one ends before the other starts.
  if (aHi !== null && bLo !== null && lt(aHi, bLo)) return 'differs';
  if (bHi !== null && aLo !== null && lt(bHi, aLo)) return 'differs';
  return 'overlaps';
}

export function compareFigures(page: { text: string; lang: Lang; figures: Figure[] }, sources: SourceDoc[]): FigureReport[] {
  return page.figures.map((f) => {
    const comparisons: FigureComparison[] = [];
    for (const src of sources) {
      for (const g of src.figures) {
        const m = matchKeys(f, g);
        if (!m) continue;
        let verdict: Verdict = m === 'same' ? intervalVerdict(f, g) : 'related';
        // Two different dates (or times, years) in one context are most often two events, not a disagreement:
        // 'related' when their contexts are near-identical, otherwise not paired at all (noise in the popup).
        if (verdict === 'differs' && WEAK_UNITS.has(f.unit)) {
          if (jaccard(f, g) < DIFFERS_MIN_JACCARD) continue;
          verdict = 'related';
        }
        // Conservative: a disjoint pair needs near-identical keys to be called "differs".
        if (verdict === 'differs' && jaccard(f, g) < DIFFERS_MIN_JACCARD) verdict = 'related';
        const c: FigureComparison = {
          source: { id: src.id, start: g.start, end: g.end, text: g.text },
          low: g.low, high: g.high, qualifier: g.qualifier, verdict, counts: g.counts,
        };
        if (g.saidBy) c.saidBy = g.saidBy;
        comparisons.push(c);
      }
    }
    const report: FigureReport = {
      page: { start: f.start, end: f.end, text: f.text },
      low: f.low, high: f.high, qualifier: f.qualifier, unit: f.unit, counts: f.counts, comparisons,
    };
    if (f.saidBy) report.saidBy = f.saidBy;
    // Not in core/types.ts's FigureReport yet: carried at runtime so the popup can hide non-salient figures.
    (report as FigureReport & { salient?: boolean }).salient = f.salient !== false;
    return report;
  });
}
