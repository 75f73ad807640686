import { describe, expect, it } from 'vitest';
import type { Passage } from '../types';
import { analyse } from './tokens';
import { sentenceBags } from './crosslang';
import { FEATURE_NAMES, pairFeatures } from './pair-features';

/** A passage over the first occurrence of `pq` in `page` and of `sq` in `source`. */
function pair(page: string, pq: string, source: string, sq: string, score: number): Passage {
  const ps = page.indexOf(pq);
  const ss = source.indexOf(sq);
  return {
    kind: 'paraphrase',
    score,
    page: { start: ps, end: ps + pq.length, text: pq },
    source: { id: 's', start: ss, end: ss + sq.length, text: sq },
  } as Passage;
}
const at = (f: number[], name: (typeof FEATURE_NAMES)[number]): number => f[FEATURE_NAMES.indexOf(name)];

describe('pair features (passage-calibrate.ts)', () => {
  it('gives one value per feature name', () => {
    const a = analyse('The council approved the plan on Monday.', [], 'en');
    const p = pair(a.text, 'The council approved the plan', a.text, 'The council approved the plan', 1);
    expect(pairFeatures(a, a, p, 'stem', null)).toHaveLength(FEATURE_NAMES.length);
  });

  it('reads the shared keys, the value and the sentence cover of the two spans', () => {
    const page = 'Heavy rain fell over the valley.\nThe regional council said 240 homes were flooded after the river burst its banks on Sunday night.';
    const source = 'Officials counted the damage.\nAbout 240 homes were flooded when the river burst its banks, the regional council said.';
    const pa = analyse(page, [], 'en');
    const sa = analyse(source, [], 'en');
    const p = pair(page, 'The regional council said 240 homes were flooded after the river burst its banks on Sunday night.', source, 'About 240 homes were flooded when the river burst its banks, the regional council said.', 0.7);
    const f = pairFeatures(pa, sa, p, 'stem', null);
    expect(at(f, 'shares a value')).toBe(1);
    expect(at(f, 'log shared keys')).toBeGreaterThan(Math.log1p(5));
    expect(at(f, 'page sentence cover')).toBe(1);
    expect(at(f, 'score (stem)')).toBe(0.7);
    expect(at(f, 'score (translated)')).toBe(0);
    // Fewer sources than keyShares reads: the shares are unknown, not 0.
    expect(at(f, 'shares known')).toBe(0);
  });

  it('reads the shares of the shared keys over the sources and the keys each span holds alone', () => {
    // Two different claims about one subject: they share the subject's words, which every source of the story gives,
    // and each says much the other does not.
    const page = 'The regional council met on Sunday.\nThe regional council will ask the national government for emergency funds to rebuild schools, clinics and the old stone bridges of the upper valley.';
    const source = 'Rescue teams worked through the night.\nMembers of the regional council toured shelters where volunteers handed out blankets, water and hot meals to families who had fled their homes.';
    const pa = analyse(page, [], 'en');
    const sa = analyse(source, [], 'en');
    const p = pair(page, 'The regional council will ask the national government for emergency funds to rebuild schools, clinics and the old stone bridges of the upper valley.', source, 'Members of the regional council toured shelters where volunteers handed out blankets, water and hot meals to families who had fled their homes.', 0.13);
    const everywhere = new Map<string, number>();
    const f0 = pairFeatures(pa, sa, p, 'cross', new Map());
    // The same pair when its shared keys are words every source holds.
    for (const a of [pa, sa]) for (const ks of sentenceBags(a).wordKeys) for (const k of ks) everywhere.set(k, 1);
    const f = pairFeatures(pa, sa, p, 'cross', everywhere);
    expect(at(f0, 'shares known')).toBe(1);
    expect(at(f, 'shares known')).toBe(1);
    expect(at(f, 'log shared keys')).toBeGreaterThan(0);
    expect(at(f, 'log page keys not shared')).toBeGreaterThan(Math.log1p(8));
    expect(at(f, 'mean share of shared keys')).toBe(1);
    expect(at(f, 'log source keys not shared')).toBeGreaterThan(Math.log1p(8));
    expect(at(f, 'key dice')).toBeLessThan(0.3);
    expect(at(f, 'score (translated)')).toBe(0.13);
  });

  it('averages the shares of the shared keys only', () => {
    const page = 'The regional council met on Sunday.\nThe regional council approved the new budget for the schools of the valley.';
    const source = 'Rescue teams worked through the night.\nThe regional council approved its budget for the valley schools on Monday.';
    const pa = analyse(page, [], 'en');
    const sa = analyse(source, [], 'en');
    const p = pair(page, 'The regional council approved the new budget for the schools of the valley.', source, 'The regional council approved its budget for the valley schools on Monday.', 0.5);
    // Every page key at 1, then every source key at 0.5: a shared key reads 0.5, a key of the page alone 1.
    const shares = new Map<string, number>();
    for (const ks of sentenceBags(pa).wordKeys) for (const k of ks) shares.set(k, 1);
    for (const ks of sentenceBags(sa).wordKeys) for (const k of ks) shares.set(k, 0.5);
    const f = pairFeatures(pa, sa, p, 'stem', shares);
    expect(at(f, 'log shared keys')).toBeGreaterThan(Math.log1p(3));
    expect(at(f, 'log page keys not shared')).toBeGreaterThan(0);
    expect(at(f, 'mean share of shared keys')).toBe(0.5);
  });

  it('reads the headline, position, lengths, count score and source sentence cover', () => {
    // The source's first line is a headline (no sentence end); the span is its first four words.
    const source = 'Floods close the valley road\nThe road stays shut. Crews will clear it next week.';
    const page = 'Floods close the valley road for a week, officials said.';
    const pa = analyse(page, [], 'en');
    const sa = analyse(source, [], 'en');
    const head = pair(page, 'Floods close the valley road for a week, officials said.', source, 'Floods close the valley', 0.4);
    const f = pairFeatures(pa, sa, head, 'count', null);
    expect(at(f, 'source span in headline')).toBe(1);
    expect(at(f, 'source position')).toBe(0);
    expect(at(f, 'log source words')).toBeCloseTo(Math.log1p(4), 9);
    // Ten page words against four source words.
    expect(at(f, 'length ratio (log)')).toBeCloseTo(Math.log(10 / 4), 9);
    expect(at(f, 'score (count)')).toBe(0.4);
    expect(at(f, 'score (stem)')).toBe(0);
    // Four words of a five-word line: 23 characters of 28.
    expect(at(f, 'source sentence cover')).toBeCloseTo(23 / 28, 9);
    // A body sentence: not the headline, and where it starts in the text.
    const body = pair(page, 'Floods close the valley road for a week, officials said.', source, 'The road stays shut.', 0.4);
    const g = pairFeatures(pa, sa, body, 'chain', null);
    expect(at(g, 'source span in headline')).toBe(0);
    expect(at(g, 'source position')).toBeCloseTo(source.indexOf('The road') / source.length, 9);
    expect(at(g, 'source sentence cover')).toBe(1);
    // A chain pair (judge.ts across languages) gives its score where a same-language pair does.
    expect(at(g, 'score (stem)')).toBe(0.4);
  });

  it('reads a first line ending like a sentence as a lead, not a headline (story-frame.ts headlineEnd)', () => {
    const source = 'Floods closed the valley road on Sunday.\nCrews will clear it next week.';
    const page = 'Floods closed the valley road, officials said.';
    const pa = analyse(page, [], 'en');
    const sa = analyse(source, [], 'en');
    const p = pair(page, 'Floods closed the valley road', source, 'Floods closed the valley road', 0.9);
    expect(at(pairFeatures(pa, sa, p, 'stem', null), 'source span in headline')).toBe(0);
  });
});
