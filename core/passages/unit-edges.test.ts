import { describe, expect, it } from 'vitest';
import { withUnitSigns } from './unit-edges';

const span = (text: string, from: string, to: string): [number, number] => {
  const s = text.indexOf(from);
  return [s, text.indexOf(to, s) + to.length];
};

describe('withUnitSigns', () => {
  it('takes in a percent sign written against the span\'s last number, or after one space', () => {
    const en = 'The group will cut its output by 20% next year.';
    const [s, e] = withUnitSigns(en, ...span(en, 'cut', '20'));
    expect(en.slice(s, e)).toBe('cut its output by 20%');
    const fr = 'Le groupe réduira sa production de 20 % l’an prochain.';
    const [s2, e2] = withUnitSigns(fr, ...span(fr, 'réduira', '20'));
    expect(fr.slice(s2, e2)).toBe('réduira sa production de 20 %');
  });
  it('takes in a currency sign before the span\'s first number', () => {
    const t = 'The plan saves €43.8 billion over two years.';
    const [s, e] = withUnitSigns(t, ...span(t, '43.8', 'billion'));
    expect(t.slice(s, e)).toBe('€43.8 billion');
  });
  it('leaves a span alone when no sign is against its numbers', () => {
    const t = 'About 20 people were hurt, 5% of them badly.';
    expect(withUnitSigns(t, ...span(t, 'About', 'hurt'))).toEqual(span(t, 'About', 'hurt'));
    // A sign two spaces away is not written against the number.
    const u = 'a rise of 20  % in a year';
    expect(withUnitSigns(u, ...span(u, 'a rise', '20'))).toEqual(span(u, 'a rise', '20'));
  });
});
