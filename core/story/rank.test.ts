import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scoreOrder, sortByScore } from './rank';

type Item = { id: string; score: number };
const reference = (xs: Item[]): Item[] => [...xs].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));

describe('sortByScore', () => {
  it('orders by score, highest first, then by id', () => {
    const items = [{ id: 'c', score: 0.4 }, { id: 'a', score: 0.9 }, { id: 'b', score: 0.4 }, { id: 'd', score: 0.7 }];
    expect(sortByScore(items, (x) => x.id).map((x) => x.id)).toEqual(['a', 'd', 'b', 'c']);
  });

  it('gives the comparator sort\'s order for any scores, many of them tied', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ id: fc.string({ maxLength: 4 }), score: fc.oneof(fc.constantFrom(0.25, 0.5, 1, 0, -0), fc.double({ noNaN: true })) }), { selector: (x) => x.id, maxLength: 200 }),
        (items) => {
          const want = reference(items);
          expect(sortByScore([...items], (x) => x.id)).toEqual(want);
        },
      ),
    );
  });

  it('leaves a list with a NaN score to the comparator, as before', () => {
    const items = [{ id: 'b', score: 0.3 }, { id: 'a', score: NaN }, { id: 'c', score: 0.8 }];
    expect(sortByScore([...items], (x) => x.id)).toEqual(reference(items));
  });
});

describe('scoreOrder', () => {
  it('orders numbers as sortByScore orders their items, ties by id', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ id: fc.string({ maxLength: 4 }), score: fc.oneof(fc.constantFrom(0.25, 0.5, 1, 0, -0), fc.double({ noNaN: true })) }), { selector: (x) => x.id, maxLength: 200 }),
        (items) => {
          const order = scoreOrder((i) => items[i].score, items.length, (i) => items[i].id);
          expect(Array.from(order, (i) => items[i])).toEqual(reference(items));
        },
      ),
    );
  });

  it('orders a list with a NaN score as the comparator does', () => {
    const items = [{ id: 'b', score: 0.3 }, { id: 'a', score: NaN }, { id: 'c', score: 0.8 }];
    expect(Array.from(scoreOrder((i) => items[i].score, items.length, (i) => items[i].id), (i) => items[i])).toEqual(reference(items));
  });
});
