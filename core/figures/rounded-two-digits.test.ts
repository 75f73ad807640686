import { describe, expect, it } from 'vitest';
import { matchDetail } from './index';
import { largeAmountRounded, withinRounding } from './intervals';
import { readEn as en, readFr as fr } from './test-two-days';

// Sentences written for these tests; the names are invented. Each side is read on another day (test-two-days.ts).

describe('an amount of a million or more told to two digits is a rounding of the finer value, beyond the 2% rule', () => {
  const finer = fr('Le régulateur a infligé au groupe Varnel une amende de 1,84 milliard d\'euros.', '1,84 milliard');
  it('"1.8 billion" rounds "1,84 milliard" (2.2% apart): one value, read as overlapping', () => {
    const coarse = en('Varnel was fined 1.8 billion euros.', '1.8 billion');
    expect(largeAmountRounded(coarse, finer)).toBe(true);
    expect(withinRounding(coarse, finer)).toBe(true);
  });
  it('asks one shared word, as one amount rounded two ways does (+rounded): "fined" / "amende" alone', () => {
    expect(matchDetail(en('Varnel was fined 1.8 billion euros.', '1.8 billion'), finer)).toMatchObject({ match: 'same' });
    expect(matchDetail(en('The regulator said more than 1.8 billion euros were at stake.', 'more than 1.8 billion'), finer))
      .toMatchObject({ match: null, reason: 'context', bar: 'unit+rounded' });
  });
  it('a bound at the coarse value meets the finer one too ("plus de 1,8 milliard" / "1.84 billion")', () => {
    expect(matchDetail(fr('Le groupe Varnel a reçu une amende de plus de 1,8 milliard d\'euros.', 'plus de 1,8 milliard'),
      en('Varnel was fined 1.84 billion euros.', '1.84 billion'))).toMatchObject({ match: 'same' });
  });
  it('not a value outside the coarse one\'s rounding ("1.8 billion" is no rounding of 1.86)', () => {
    const far = fr('Le régulateur a infligé au groupe Varnel une amende de 1,86 milliard d\'euros.', '1,86 milliard');
    expect(largeAmountRounded(en('Varnel was fined 1.8 billion euros.', '1.8 billion'), far)).toBe(false);
    // One shared word ("fine" / "amende"): enough for the rounding, not for two values apart.
    const fineOnly = en('A fine of 1.8 billion euros was set.', '1.8 billion');
    expect(matchDetail(fineOnly, finer)).toMatchObject({ match: 'same' });
    expect(matchDetail(fineOnly, far)).toMatchObject({ match: null, reason: 'context', bar: 'unit' });
  });
  it('not a value of one significant digit, which tells an order, not a rounding ("2 milliards" / "1.95 billion")', () => {
    const one = fr('Le groupe Varnel a reçu une amende de 2 milliards d\'euros.', '2 milliards');
    expect(largeAmountRounded(one, en('Varnel was fined 1.95 billion euros.', '1.95 billion'))).toBe(false);
    expect(withinRounding(one, en('Varnel was fined 1.95 billion euros.', '1.95 billion'))).toBe(false);
  });
  it('not below a million: counts told to the unit are not rounded each writer their own way', () => {
    expect(largeAmountRounded(fr('Le groupe Varnel emploie 18 000 personnes.', '18 000'), en('Varnel employs 18,400 people.', '18,400'))).toBe(false);
  });
});
