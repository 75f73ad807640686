import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../corpus/node';
import { SentenceIndex, splitSentences, wordRanges } from './index';

const docs = loadBundledCorpus();
const index = new SentenceIndex(docs);
const marked = (q: string) => index.search(q).map((h) => h.marks.map(([a, b]) => h.text.slice(a, b).toLowerCase()));

describe('sentence search', () => {
  it('finds a name whatever its spelling: Zelenskyy/Zelensky, Kursk/Koursk', () => {
    for (const q of ['Zelenskyy', 'zelensky', 'ZELENSKI']) expect(marked(q).flat().some((m) => m.startsWith('zelensk')), q).toBe(true);
    expect(marked('Kursk').flat()).toContain('koursk');
    expect(marked('koursk').flat()).toContain('koursk');
  });

  it('finds the French words for an English query through the concept table, and names by their key', () => {
    expect(marked('soldiers').flat()).toContain('soldats');
    expect(marked('putin').flat()).toContain('poutine');
    expect(marked('zzzsoldiers')).toEqual([]);
  });

  it('tolerates a typo and folds accents and case', () => {
    expect(marked('sodlats').flat()).toContain('soldats');
    expect(marked('coreens').flat().some((m) => m.includes('coréen'))).toBe(true);
  });

  it('needs every word of the query when some sentence has them all', () => {
    const hits = index.search('Rutte OTAN');
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) {
      const words = h.marks.map(([a, b]) => h.text.slice(a, b).toLowerCase());
      expect(words.some((w) => w === 'rutte')).toBe(true);
      expect(words.some((w) => w === 'otan')).toBe(true);
    }
  });

  it('hits point into the article text, with context around them', () => {
    for (const h of index.search('Pyongyang')) {
      const doc = docs.find((d) => d.id === h.docId)!;
      expect(doc.text.slice(h.start, h.end)).toBe(h.text);
      expect(doc.text.slice(h.start - h.before.length, h.start)).toBe(h.before);
      expect(h.marks.every(([a, b]) => a >= 0 && b <= h.text.length && a < b)).toBe(true);
    }
  });

  it('caps results, leaves out excluded articles, answers nothing for nothing', () => {
    expect(index.search('soldats', { limit: 3 })).toHaveLength(3);
    const all = new Set(docs.map((d) => d.id));
    expect(index.search('soldats', { exclude: all })).toEqual([]);
    expect(index.search('')).toEqual([]);
    expect(index.search('zzzzqqq')).toEqual([]);
  });
});

describe('splitSentences', () => {
  it('splits at sentence ends and line breaks, not after M. or Mme', () => {
    const t = 'Titre\nM. Rutte a parlé. Mme Dupont aussi ! Puis 12 000 soldats.';
    expect(splitSentences(t).map(([a, b]) => t.slice(a, b))).toEqual(['Titre', 'M. Rutte a parlé.', 'Mme Dupont aussi !', 'Puis 12 000 soldats.']);
  });
});

describe('wordRanges', () => {
  it('grows fuzzy ranges to whole words and merges them', () => {
    const t = 'Les soldats nord-coréens';
    expect(wordRanges(t, [[5, 9], [10, 11]])).toEqual([[4, 11]]);
  });
  it('grows a range inside a number to the whole number', () => {
    const t = 'Il y avait 50.000 soldats et 600\u202f000 civils, 1,5 million.';
    const at = (s: string) => t.indexOf(s);
    expect(wordRanges(t, [[at('000 soldats'), at('000 soldats') + 3]])).toEqual([[at('50.000'), at('50.000') + 6]]);
    expect(wordRanges(t, [[at('000 civils'), at('000 civils') + 3]])).toEqual([[at('600'), at('600') + 7]]);
    expect(wordRanges(t, [[at('million') - 1, at('million') + 7]])).toEqual([[at('1,5'), at('million') + 7]]);
    // A sentence's full stop after a number is not inside it.
    expect(wordRanges('soldats. Puis', [[0, 7]])).toEqual([[0, 7]]);
  });
});
