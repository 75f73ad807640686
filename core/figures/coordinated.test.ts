import { describe, expect, it } from 'vitest';
import { compareFigures, extractFigures } from './index';
import { coordinatedWith } from './coordinated';
import type { Lang } from '../types';

const doc = (text: string, lang: Lang, published?: string) => ({ text, lang, published, figures: extractFigures(text, lang, { published }) });
const verdicts = (page: ReturnType<typeof doc>, src: ReturnType<typeof doc>, q: string) =>
  compareFigures(page, [{ id: 's', ...src }]).find((r) => r.page.text === q)?.comparisons.map((c) => c.verdict) ?? [];

describe('coordinated members', () => {
  it('finds the members of one coordination, not two phrases', () => {
    const d = doc('Les séismes de magnitude 7,2 et 5,9 ont frappé la région.', 'fr');
    const [a, b] = d.figures.filter((f) => f.unit === d.figures.find((x) => x.text === '7,2')?.unit);
    expect(coordinatedWith(a, d.figures, d.text)).toEqual([b]);
    const e = doc('The first quake measured 7.2. A second one, hours later, measured 5.9.', 'en');
    const first = e.figures.find((f) => f.text === '7.2')!;
    expect(coordinatedWith(first, e.figures, e.text)).toEqual([]);
  });
  it('never sets the other member against a count its sibling agrees with, in both directions', () => {
    const fr = doc("Les séismes de magnitude 7,2 et 5,9 ont frappé la région vendredi, selon l'institut géologique.", 'fr', '2026-02-06');
    const en = doc('A magnitude 7.2 earthquake struck the region on Friday, the national seismic agency said.', 'en', '2026-02-06');
    expect(verdicts(fr, en, '7,2')).toEqual(['agrees']);
    expect(verdicts(fr, en, '5,9')).toEqual(['related']);
    const back = compareFigures(en, [{ id: 's', ...fr }]).find((r) => r.page.text === '7.2')?.comparisons.map((c) => `${c.source.text} ${c.verdict}`);
    expect(back).toEqual(['7,2 agrees', '5,9 related']);
  });
});
