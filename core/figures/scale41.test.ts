import { describe, expect, it } from 'vitest';
import { matchDetail } from './index';
import { readEn as en, readFr as fr } from './test-two-days';

// Sentences written for these tests; the places are left out. Each side is read on another day, so that no rule of
// one day (oneDayExactValue) lets the pair through: only the value and the words the two clauses share decide.

describe('one magnitude told to its tenth on both sides (oneScaleValue, ctx41)', () => {
  const shock = fr("La secousse principale, d'une magnitude de 6,9, a été ressentie jusque sur la côte.", '6,9');
  it('is one quake graded twice, though the clauses share no word', () => {
    const jolt = en('Rescuers kept digging through the night after the 6.9-magnitude jolt.', '6.9');
    expect(shock.unit).toBe('magnitude');
    expect(jolt.unit).toBe('magnitude');
    expect(matchDetail(shock, jolt).match).toBe('same');
    expect(matchDetail(jolt, shock).match).toBe('same');
  });
  it('so is a half or a whole written with its tenth', () => {
    const a = fr("La secousse, d'une magnitude de 7,0, a été ressentie jusque sur la côte.", '7,0');
    const b = en('Rescuers kept digging through the night after the 7.0-magnitude jolt.', '7.0');
    expect(matchDetail(a, b).match).toBe('same');
  });
  it('not two values: an aftershock is another event, and the clauses must say it is one', () => {
    const after = en('Rescuers kept digging through the night after the 6.4-magnitude jolt.', '6.4');
    expect(matchDetail(shock, after)).toMatchObject({ match: null, reason: 'context' });
  });
  it('not a bound on one side: a threshold many events pass', () => {
    const bound = en('Rescuers were warned of jolts of up to 6.9 in the coming days.', 'up to 6.9');
    expect(matchDetail(shock, bound).match).toBeNull();
  });
  it('not a whole value with no tenth: a storm\'s category runs 1 to 5 and recurs', () => {
    const cat = fr('Le phénomène est monté en catégorie 4 dans la nuit de mardi.', '4');
    const storm = en('The system could strengthen to Category 4 by Friday, the agency said.', '4');
    expect(cat.unit).toBe('category');
    expect(storm.unit).toBe('category');
    expect(matchDetail(cat, storm)).toMatchObject({ match: null, reason: 'context' });
  });
});
