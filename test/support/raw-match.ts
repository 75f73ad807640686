/**
 * A raw passage match for the judge's unit tests (core/passages/judge.test.ts, attribution.test.ts):
 * the tokens of each stem paired in order on either side (first occurrence of each), as the aligner
 * would report them.
 */
import { expect } from 'vitest';
import type { Analysis } from '../../core/passages/tokens';
import type { RawMatch } from '../../core/passages/merge';

export function matchOf(pa: Analysis, sa: Analysis, stems: string[]): RawMatch {
  const pick = (a: Analysis) => stems.map((s) => a.tokens.findIndex((t) => t.stem === s));
  const pageToks = pick(pa);
  const srcToks = pick(sa);
  expect(pageToks.every((t) => t >= 0) && srcToks.every((t) => t >= 0)).toBe(true);
  return { slot: 0, pageFirst: Math.min(...pageToks), pageLast: Math.max(...pageToks), srcFirst: Math.min(...srcToks), srcLast: Math.max(...srcToks), pageToks, srcToks, aligned: true, score: 0 };
}
