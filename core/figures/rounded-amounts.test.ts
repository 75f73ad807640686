import { describe, expect, it } from 'vitest';
import { matchDetail } from './index';
import { readEn as en, readFr as fr } from './test-two-days';

// Sentences written for these tests; the names are invented. Each side is read on another day, so that no rule of
// one day (oneDayExactValue) lets a pair through: only the words the two clauses share and the two values decide.

describe('one amount in millions rounded two ways asks one shared word, as one value does (+rounded)', () => {
  const precise = fr('Le tribunal a condamné le groupe Varnel à payer 212,47 millions de dollars.', '212,47 millions');
  it('"$212M" and "212.4 million" (cut) and "212,5 millions" (rounded) meet "212,47 millions" on one shared word', () => {
    for (const [text, q] of [['A judge ordered Varnel to return $212M.', '212M'],
      ['A judge ordered Varnel to return $212.4 million.', '212.4 million']] as const) {
      expect(matchDetail(en(text, q), precise)).toMatchObject({ match: 'same' });
    }
    expect(matchDetail(fr('Le groupe Varnel devra rendre 212,5 millions de dollars.', '212,5 millions'), precise).match).toBe('same');
  });
  it('still asks that one word: no shared word, no comparison', () => {
    expect(matchDetail(en('Shares worth $212M changed hands last year.', '212M'), precise)).toMatchObject({ match: null, reason: 'context', bar: 'unit+rounded' });
  });
  it('not two amounts further apart than a rounding', () => {
    expect(matchDetail(en('A judge ordered Varnel to return $220 million.', '220 million'), precise)).toMatchObject({ match: null, reason: 'context', bar: 'unit' });
  });
  it('not a range, whose middle only is near the amount', () => {
    const range = fr('Le groupe Varnel devra rendre entre 200 et 225 millions de dollars.', 'entre 200 et 225 millions');
    expect(matchDetail(range, en('A judge ordered Varnel to return $212.4 million.', '212.4 million'))).toMatchObject({ match: null, reason: 'context', bar: 'unit' });
  });
});

describe('+rounded refuses what is no rounding of one amount (review rev-ctx38)', () => {
  const refused = { match: null, reason: 'context', bar: 'unit' };
  it('not two bounds on opposite sides, which cannot both hold', () => {
    expect(matchDetail(fr('Le groupe Varnel devra rendre plus de 215 millions de dollars.', 'plus de 215 millions'),
      en('A judge ordered Varnel to return less than $212 million.', 'less than $212 million'))).toMatchObject(refused);
  });
  it('but two bounds on one side, or a value and a bound at its rounding', () => {
    expect(matchDetail(fr('Le groupe Varnel devra rendre plus de 212 millions de dollars.', 'plus de 212 millions'),
      en('A judge ordered Varnel to return more than $212.4 million.', 'more than $212.4 million'))).toMatchObject({ match: 'same' });
    expect(matchDetail(fr('Le groupe Varnel devra rendre plus de 212 millions de dollars.', 'plus de 212 millions'),
      en('A judge ordered Varnel to return $212.47 million.', '212.47 million'))).toMatchObject({ match: 'same' });
  });
  it('not two values of one precision that differ at their last digit (212 / 216 million, 5.5 / 5.6 billion)', () => {
    expect(matchDetail(fr('Le groupe Varnel devra rendre 212 millions de dollars de titres.', '212 millions'),
      en('A judge ordered Varnel to return $216 million.', '216 million'))).toMatchObject(refused);
    expect(matchDetail(fr('Le groupe Varnel devra rendre 5,5 milliards de dollars.', '5,5 milliards'),
      en('A judge ordered Varnel to return $5.6 billion.', '5.6 billion'))).toMatchObject(refused);
  });
  it('not two values about 1.5% apart of which neither rounds nor cuts the other (209 / 212,47 million)', () => {
    expect(matchDetail(fr('Le groupe Varnel devra rendre 212,47 millions de dollars.', '212,47 millions'),
      en('A judge ordered Varnel to return $209 million.', '209 million'))).toMatchObject(refused);
  });
  it('not metres, whose "m" is no scale of millions', () => {
    expect(matchDetail(fr('Le mur du groupe Varnel mesure 100 m.', '100 m'), en('The wall of Varnel is 99 m high.', '99 m'))).toMatchObject(refused);
  });
});
