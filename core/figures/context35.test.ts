import { describe, expect, it } from 'vitest';
import { extractFigures, matchDetail } from './index';
import { coversAtLastDigit } from './intervals';
import type { Lang } from '../types';

// Sentences written for these tests (ctx35); the names are invented.
const at = (text: string, lang: Lang, q: string, published = '2025-06-02') => {
  const f = extractFigures(text, lang, { published }).find((x) => x.text === q || x.text.replace(/\s/g, ' ').startsWith(q));
  if (!f) throw new Error(`no figure "${q}" in: ${text}`);
  return f;
};

describe('one value told at two precisions (oneValueTwoPrecisions)', () => {
  const fr = (v: string) => at(`Mme Orvella a obtenu ${v} au premier tour.`, 'fr', v);
  const en = (v: string) => at(`The count gave the opposition leader ${v}, the commission said.`, 'en', v);
  it('a share rounded at its tenth meets the share told to the hundredth, with no shared word', () => {
    expect(matchDetail(fr('42,3 %'), en('42.31 per cent'))).toMatchObject({ match: 'same' });
    expect(matchDetail(en('32.76 per cent'), fr('32,8 %'))).toMatchObject({ match: 'same' });
  });
  it('not a cut: 32.76 written 32,7 would widen the window to one and a half places', () => {
    expect(matchDetail(fr('32,7 %'), en('32.76 per cent'))).toMatchObject({ match: null, reason: 'context' });
    expect(matchDetail(
      at('Le candidat a obtenu 42,3 % dimanche.', 'fr', '42,3 %'),
      at('The opposition leader won 42.38 per cent.', 'en', '42.38 per cent'),
    )).toMatchObject({ match: null, reason: 'context' });
  });
  it('not another value at the coarser precision', () => {
    expect(matchDetail(fr('42,5 %'), en('42.31 per cent'))).toMatchObject({ match: null, reason: 'context' });
  });
  it('not a coarser value of two digits: shares of a story sit at one round number', () => {
    expect(matchDetail(fr('42 %'), en('42.31 per cent'))).toMatchObject({ match: null, reason: 'context' });
  });
  it('not a whole number whose trailing zero is read as a precision', () => {
    expect(matchDetail(
      at('Selon la mairie, 1 240 personnes étaient présentes samedi.', 'fr', '1 240'),
      at('The ministry said 1,247 people had registered by Friday.', 'en', '1,247'),
    )).toMatchObject({ match: null, reason: 'context' });
    expect(matchDetail(
      at('Selon la mairie, 1 250 personnes étaient présentes samedi.', 'fr', '1 250'),
      at('The ministry said 1,254 people had registered by Friday.', 'en', '1,254'),
    )).toMatchObject({ match: null, reason: 'context' });
  });
  it('a scale word shows the precision of a whole number: "125 millions" / "$125.3 million"', () => {
    expect(matchDetail(
      at("L'entreprise a dégagé 125 millions d'euros de bénéfice.", 'fr', "125 millions"),
      at('The group reported a profit of 125.3 million euros.', 'en', '125.3 million'),
    )).toMatchObject({ match: 'same' });
  });
  it('not a bound: "plus de 42,3 %" says where a share starts, not its digits', () => {
    expect(matchDetail(
      at('Mme Orvella a obtenu plus de 42,3 % au premier tour.', 'fr', 'plus de 42,3 %'),
      en('42.31 per cent'),
    ).match).toBeNull();
  });
  it('not a calendar year', () => {
    const y = at('La réforme entrera en vigueur en 2027, selon le ministère.', 'fr', '2027');
    expect(matchDetail(y, at('The fund grew to 2,027.4 tonnes, the bank said.', 'en', '2,027.4 tonnes')).match).toBeNull();
  });
});

describe('coversAtLastDigit', () => {
  it('rounds half away from zero, for a negative value as for a positive one', () => {
    expect(coversAtLastDigit(32.8, 32.76)).toBe(true);
    expect(coversAtLastDigit(-32.8, -32.76)).toBe(true);
    expect(coversAtLastDigit(-32.7, -32.76)).toBe(false);
    expect(coversAtLastDigit(-32.8, -32.75)).toBe(true);
    expect(coversAtLastDigit(-32.7, -32.75)).toBe(false);
    expect(coversAtLastDigit(32.8, -32.8)).toBe(false);
  });
  it('uses a relative slack: a value of one decimal in floating point still rounds to itself', () => {
    expect(coversAtLastDigit(42.3, 42.25)).toBe(true);
    expect(coversAtLastDigit(42.3, 42.35)).toBe(false);
    expect(coversAtLastDigit(54.9e9, 54.92e9)).toBe(true);
  });
});
