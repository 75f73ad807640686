import { describe, expect, it } from 'vitest';
import { words } from './words';
import { joinNumbers } from './number-words';

const norms = (t: string) => joinNumbers(t, words(t)).map((w) => w.norm);

describe('joinNumbers', () => {
  it('gives one value for every thousands style', () => {
    for (const t of ['50.000 soldats', '50,000 soldats', '50 000 soldats', '50\u202f000 soldats', '50\u00a0000 soldats']) {
      expect(norms(t)).toEqual(['50000', 'soldats']);
    }
    expect(norms('1.270.000 manifestants')).toEqual(['1270000', 'manifestants']);
  });
  it("reads the Swiss apostrophe between thousands groups, straight or typographic", () => {
    expect(norms("plus de 40'000 visiteurs")).toEqual(['plus', 'de', '40000', 'visiteurs']);
    expect(norms('2\u2019350\u2019000 francs')).toEqual(['2350000', 'francs']);
    const t = "Environ 40'000 visiteurs.";
    const w = joinNumbers(t, words(t)).find((x) => x.norm === '40000')!;
    expect(t.slice(w.start, w.end)).toBe("40'000");
  });
  it('does not read other apostrophes between digits as thousands', () => {
    expect(norms("5'10 de haut")).not.toContain('510');
    expect(norms("12'3456 fois")).not.toContain('123456');
  });
  it('reads decimals in both languages', () => {
    expect(norms('2,5 millions')).toEqual(['2.5', 'millions']);
    expect(norms('2.5 million')).toEqual(['2.5', 'million']);
    expect(norms('1,212 million de manifestants')[0]).toBe('1.212');
    expect(norms('25,9 %')).toEqual(['25.9']);
  });
  it('keeps the whole number in one span, never a tail group', () => {
    const t = 'Il y avait 50.000 soldats.';
    const w = joinNumbers(t, words(t)).find((x) => x.norm === '50000')!;
    expect(t.slice(w.start, w.end)).toBe('50.000');
  });
  it('does not join a year and a count, or two numbers of a list', () => {
    expect(norms('in 2023 300 people')).toEqual(['in', '2023', '300', 'people']);
    expect(norms('19, 20 et 21')).toEqual(['19', '20', 'et', '21']);
  });
});

describe('words() and numbers', () => {
  it('keeps a number with dots or commas as one word', () => {
    const t = 'Il y avait 50.000 soldats, 1,5 million de civils et 1.270.000 manifestants.';
    const raws = words(t).map((w) => w.raw);
    expect(raws).toContain('50.000');
    expect(raws).toContain('1,5');
    expect(raws).toContain('1.270.000');
  });
  it('starts no word inside a number', () => {
    const t = 'Bilan : 50.000 morts, 12,5 % et 3.4.2024 ; fin. 2024.Suite';
    for (const w of words(t)) expect(/\d/.test(t[w.start - 1] ?? '') && /\d/.test(w.raw[0])).toBe(false);
    expect(words('en 2024. Puis').map((w) => w.raw)).toEqual(['en', '2024', 'Puis']);
  });
});
