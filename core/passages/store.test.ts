/**
 * store.ts queryStats: the sentence counts of a query's sources, summed into one scratch array reused
 * from query to query.
 */
import { describe, expect, it } from 'vitest';
import type { CorpusDoc } from '../types';
import { addDocument, createPassageIndex } from './index';
import { queryStats } from './store';
import { analyse } from './tokens';

const doc = (id: string, text: string): CorpusDoc => ({ id, title: text.split('\n')[0], lang: 'fr', text, ignore: [] });

describe('queryStats', () => {
  const index = createPassageIndex();
  addDocument(index, doc('a.txt', 'Le conseil vote le budget\nLe conseil a voté le budget mardi.\nLe budget prévoit des hausses.'));
  addDocument(index, doc('b.txt', 'Un marché ouvre\nLe marché ouvre samedi sur la place.'));
  const sid = (word: string) => analyse(word, [], 'fr').tokens[0].sid;

  it('counts each query over its own sources, the sums of the previous query reset', () => {
    const both = queryStats(index, new Set([0, 1]));
    expect(both.sdf(sid('budget'))).toBe(3);
    expect(both.sdf(sid('marché'))).toBe(2);
    const onlyB = queryStats(index, new Set([1]));
    expect(onlyB.sdf(sid('budget'))).toBe(0);
    expect(onlyB.sdf(sid('marché'))).toBe(2);
    expect(onlyB.sentCount).toBe(2);
  });

  it('refuses to read the statistics of an earlier query after a later one (they share one array)', () => {
    const first = queryStats(index, new Set([0]));
    queryStats(index, new Set([1]));
    expect(() => first.sdf(sid('budget'))).toThrow();
  });
});
