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
    expect(at(f, 'mean share of shared keys')).toBe(0);
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
    expect(at(f0, 'mean share of shared keys')).toBe(0);
    expect(at(f, 'log shared keys')).toBeGreaterThan(0);
    expect(at(f, 'log page keys not shared')).toBeGreaterThan(Math.log1p(8));
    expect(at(f, 'mean share of shared keys')).toBe(1);
    expect(at(f, 'log source keys not shared')).toBeGreaterThan(Math.log1p(8));
    expect(at(f, 'key dice')).toBeLessThan(0.3);
    expect(at(f, 'score (translated)')).toBe(0.13);
  });
});
