/**
 * "de 275 000 à 325 000 manifestants selon des sources indépendantes (et 107 000 personnes selon les autorités)",
 * "12,000 marchers according to the organisers and 3,000 people according to the police": two speakers' values of
 * one count in one sentence. The second often names its things by a generic noun ("personnes", "people") and leaves
 * out what they did: it counts what the first counts. Pure.
 */
import type { Figure } from './types';
import { concept } from '../concepts/index';

/** Nouns that name people without saying what they are or did. */
const GENERIC_PEOPLE = new Set(['person']);
/** Two speakers rarely disagree on one count by more than this factor (compare.ts DIFFERS_MAX_RATIO): further apart,
 * the second value is more often another count of the sentence. */
const ALTERNATIVE_MAX_RATIO = 10;
/** A sentence end between two counts: then they are not one sentence's alternatives. */
const SENTENCE_END = /[.!?\n]/;

/** What a count's key says of its people beyond the noun: roles and actions. */
const doings = (f: Figure): string[] => f.countsKey.slice(1).filter((k) => { const t = concept(k)?.type; return t === 'role' || t === 'action'; });

const size = (f: Figure): number | null => {
  const v = typeof f.high === 'number' ? f.high : f.low;
  return typeof v === 'number' && v > 0 ? v : null;
};

/** Gives a generic count of people, said by another speaker than the count of people right before it in its sentence,
 * that count's roles and actions. */
export function resolveSpeakerAlternatives(figures: Figure[], text: string): void {
  let prev: Figure | undefined;
  for (const f of [...figures].sort((x, y) => x.start - y.start)) {
    if (f.unit !== 'people') { if (f.unit !== 'date' && f.unit !== 'time' && f.unit !== 'year') prev = undefined; continue; }
    const a = prev;
    prev = f;
    if (!a || !GENERIC_PEOPLE.has(f.countsKey[0]) || a.countsKey[0] !== f.countsKey[0] || doings(f).length) continue;
    if (!a.saidBy || !f.saidBy || a.saidBy === f.saidBy || SENTENCE_END.test(text.slice(a.end, f.start))) continue;
    const x = size(a);
    const y = size(f);
    if (x === null || y === null || Math.max(x, y) / Math.min(x, y) > ALTERNATIVE_MAX_RATIO) continue;
    const add = doings(a).filter((k) => !f.countsKey.includes(k));
    if (!add.length) continue;
    f.countsKey = [...f.countsKey, ...add];
    f.context = [...new Set([...(f.context ?? []), ...add])];
  }
}
