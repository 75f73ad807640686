/**
 * The four stages of findPassages (seed.ts, candidates.ts, judge.ts, select.ts), each called on its
 * own over one small corpus written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { CorpusDoc } from '../types';
import { addDocument, createPassageIndex } from './index';
import { analyse } from './tokens';
import { analysisOf, queryStats } from './store';
import { findSeeds, PAGE_REPEAT_MAX } from './seed';
import { candidateSlots, MIN_SEEDS, rawMatches } from './candidates';
import { boundFiguresDisagree, figuresDisagree, judgeMatches, judgePassages, negated, pairsNumber, sentenceRarity, sharesNumberValue } from './judge';
import { dropFragments, selectCounterparts } from './select';

const doc = (id: string, text: string): CorpusDoc => ({ id, title: text.split('\n')[0], lang: 'fr', text, ignore: [] });
const SHARED = 'Les agriculteurs ont déversé des tonnes de fumier devant la préfecture de Rennes pour dénoncer la baisse des prix du lait.';
const A = doc('a.txt', `Colère paysanne à Rennes\n${SHARED}\nLa préfète a reçu une délégation dans la soirée.`);
const B = doc('b.txt', 'Un concert de jazz au parc\nLe festival accueille trois orchestres venus de Lyon et de Nantes.');

function setup(pageText: string) {
  const index = createPassageIndex();
  addDocument(index, A);
  addDocument(index, B);
  const pa = analyse(pageText, [], 'fr');
  return { index, pa, usable: (s: number) => index.slots[s] != null };
}
const PAGE = `Mardi, ${SHARED} Le syndicat promet d'autres actions.`;

describe('seed', () => {
  it('finds seeds in the article that shares text, none in the other', () => {
    const { index, pa, usable } = setup(PAGE);
    const seeds = findSeeds(index, pa, usable);
    expect(seeds.get(index.slotOf.get('a.txt')!)!.length).toBeGreaterThan(5);
    expect(seeds.has(index.slotOf.get('b.txt')!)).toBe(false);
  });
  it('counts postings over the query\'s sources only: the seeds are those of an index holding just them', () => {
    // Forty articles repeating one formula (it is banal over the whole index), and among them A: over A and B
    // alone the formula is no longer banal. Forty is enough for the binary-search reading of a long list.
    const formula = 'Le fumier devant la préfecture reste une tradition.';
    const many = Array.from({ length: 40 }, (_, n) => doc(`f${n}.txt`, `Brève ${n}\n${formula}`));
    const big = createPassageIndex();
    for (const d of many.slice(0, 20)) addDocument(big, d);
    addDocument(big, A);
    for (const d of many.slice(20)) addDocument(big, d);
    addDocument(big, B);
    const small = createPassageIndex();
    addDocument(small, A);
    addDocument(small, B);
    const pa = analyse(`${PAGE} ${formula}`, [], 'fr');
    const sources = new Set(['a.txt', 'b.txt'].map((id) => big.slotOf.get(id)!));
    const onBig = findSeeds(big, pa, (s) => sources.has(s), queryStats(big, sources));
    const onSmall = findSeeds(small, pa, (s) => small.slots[s] != null);
    expect(onBig.get(big.slotOf.get('a.txt')!)).toEqual(onSmall.get(small.slotOf.get('a.txt')!));
    // Over the whole index the formula is banal: A gets fewer seeds.
    const whole = findSeeds(big, pa, (s) => sources.has(s));
    expect(whole.get(big.slotOf.get('a.txt')!)!.length).toBeLessThan(onSmall.get(small.slotOf.get('a.txt')!)!.length);
  });
  it('counts postings over the query\'s sources when they are most of the index (the whole list read)', () => {
    // Thirty articles repeat a formula and twenty do not; the sources are A, B, ten of the thirty and the
    // twenty: over the index the formula is banal (31 postings of 54 articles), over the sources it is not
    // (11 of 32). So many sources read the list whole rather than by binary search.
    const formula = 'Le fumier devant la préfecture reste une tradition.';
    const withIt = Array.from({ length: 30 }, (_, n) => doc(`f${n}.txt`, `Brève ${n}\n${formula}`));
    const without = Array.from({ length: 20 }, (_, n) => doc(`g${n}.txt`, `Concert ${n}\nLe festival accueille ${n + 2} orchestres.`));
    const sourceDocs = [A, B, ...withIt.slice(0, 10), ...without];
    const big = createPassageIndex();
    for (const d of [...withIt.slice(10), A, ...withIt.slice(0, 10), ...without, B]) addDocument(big, d);
    const small = createPassageIndex();
    for (const d of sourceDocs) addDocument(small, d);
    const pa = analyse(`${PAGE} ${formula}`, [], 'fr');
    const sources = new Set(sourceDocs.map((d) => big.slotOf.get(d.id)!));
    const byId = (index: typeof big, seeds: Map<number, number[]>) => new Map([...seeds].map(([slot, l]) => [index.slots[slot]!.id, l]));
    const onBig = byId(big, findSeeds(big, pa, (s) => sources.has(s), queryStats(big, sources)));
    const onSmall = byId(small, findSeeds(small, pa, (s) => small.slots[s] != null));
    expect(onBig.has('f0.txt')).toBe(true);
    expect(onBig).toEqual(onSmall);
    // Over the whole index the formula is banal: the articles that only share it get no seeds.
    expect(findSeeds(big, pa, (s) => sources.has(s)).has(big.slotOf.get('f0.txt')!)).toBe(false);
  });
  it('gives no seeds for a shingle the page repeats more than PAGE_REPEAT_MAX times', () => {
    const { index, pa, usable } = setup(Array(PAGE_REPEAT_MAX + 2).fill('fumier devant la préfecture.').join(' '));
    expect(findSeeds(index, pa, usable).size).toBe(0);
  });
});

describe('candidates', () => {
  it('keeps articles with MIN_SEEDS seeds, or exactly the allowed ones', () => {
    const seeds = new Map([[0, Array(MIN_SEEDS).fill(0)], [1, [0]]]);
    expect(candidateSlots(seeds, null, () => true)).toEqual([0]);
    expect(candidateSlots(seeds, new Set([1]), () => true)).toEqual([1]);
  });
  it('aligns the shared sentence into one raw match', () => {
    const { index, pa, usable } = setup(PAGE);
    const slot = index.slotOf.get('a.txt')!;
    const raw = rawMatches(slot, pa, analysisOf(index, slot), findSeeds(index, pa, usable).get(slot)!, index.config.k, () => 1, true);
    expect(raw.some((m) => m.aligned && m.pageToks.length >= 10)).toBe(true);
  });
});

describe('judge and select', () => {
  it('keeps the shared sentence as one verbatim passage', () => {
    const { index, pa, usable } = setup(PAGE);
    const slot = index.slotOf.get('a.txt')!;
    const sa = analysisOf(index, slot);
    const rarityOf = sentenceRarity(index, pa);
    const raw = rawMatches(slot, pa, sa, findSeeds(index, pa, usable).get(slot)!, index.config.k, rarityOf, true);
    const judged = judgeMatches(raw, pa, rarityOf);
    const chosen = selectCounterparts(judgePassages(dropFragments(judged), index, slot, pa, sa, PAGE), pa, sa);
    expect(chosen).toHaveLength(1);
    expect(chosen[0].p.kind).toBe('verbatim');
    expect(chosen[0].p.page.text).toContain('fumier devant la préfecture');
  });
  it('drops a match too short to say anything', () => {
    const { index, pa } = setup('la préfecture de Rennes');
    const m = { slot: 0, pageFirst: 0, pageLast: 1, srcFirst: 0, srcLast: 1, pageToks: [0, 1], srcToks: [0, 1], aligned: true, score: 0 };
    expect(judgeMatches([m], pa, sentenceRarity(index, pa))).toEqual([]);
  });
  it('tells spans whose figures disagree (each gives some, none shared)', () => {
    const a = 'La préfecture a compté 12 000 manifestants à Lyon le 19 janvier.';
    const b = 'La préfecture a compté 25 000 manifestants à Lyon le 31 janvier.';
    const c = 'Selon la préfecture, 12.000 personnes ont défilé à Lyon, et 1,5 million en France.';
    const d = 'La préfecture a compté les manifestants à Lyon le 31 janvier.';
    const [pa, pb, pc, pd] = [a, b, c, d].map((t) => analyse(t, [], 'fr'));
    expect(figuresDisagree(pa, 0, a.length, pb, 0, b.length)).toBe(true);
    expect(figuresDisagree(pa, 0, a.length, pc, 0, c.length)).toBe(false);
    // No figure on one side (days of the month are not figures): nothing to disagree on.
    expect(figuresDisagree(pa, 0, a.length, pd, 0, d.length)).toBe(false);
    // Only the spans count: the source span ending before "25 000" gives no figure.
    expect(figuresDisagree(pa, 0, a.length, pb, 0, b.indexOf('25'))).toBe(false);
  });
  it('reads the figure beside a span edge as what the span counts', () => {
    // Each span starts at the noun its value counts: "120 personnes" / "2 012 personnes" are two tolls.
    const a = 'Au moins 120 personnes ont péri dans la crue qui a frappé la vallée dans la nuit de lundi.';
    const b = 'Au moins 2 012 personnes ont péri dans la crue qui a frappé la vallée dans la nuit de lundi.';
    const c = 'Au moins 120 personnes ont péri dans la crue qui a frappé la vallée, selon la préfecture.';
    const [pa, pb, pc] = [a, b, c].map((t) => analyse(t, [], 'fr'));
    const from = (x: ReturnType<typeof analyse>, stem: string) => x.tokens.findIndex((t) => t.stem === stem);
    const span = (x: ReturnType<typeof analyse>) => [from(x, 'person'), from(x, 'vall')] as const;
    const m = (x: ReturnType<typeof analyse>, y: ReturnType<typeof analyse>) => {
      const [p0, p1] = span(x);
      const [s0, s1] = span(y);
      expect(Math.min(p0, p1, s0, s1)).toBeGreaterThan(0);
      return { slot: 0, pageFirst: p0, pageLast: p1, srcFirst: s0, srcLast: s1, pageToks: [p0, p1], srcToks: [s0, s1], aligned: true, score: 0 };
    };
    // The spans alone give no figure: figuresDisagree sees nothing.
    expect(figuresDisagree(pa, pa.tokens[span(pa)[0]].start, pa.tokens[span(pa)[1]].end, pb, pb.tokens[span(pb)[0]].start, pb.tokens[span(pb)[1]].end)).toBe(false);
    expect(boundFiguresDisagree(m(pa, pb), pa, a, pb, b)).toBe(true);
    expect(boundFiguresDisagree(m(pa, pc), pa, a, pc, c)).toBe(false);
  });
  it('tells a match that pairs a number other than a year (what a paraphrase across languages needs)', () => {
    const whole = (text: string) => {
      const a = analyse(text, [], 'fr');
      const toks = a.tokens.map((_, i) => i);
      return pairsNumber({ slot: 0, pageFirst: 0, pageLast: toks.length - 1, srcFirst: 0, srcLast: 0, pageToks: toks, srcToks: [], aligned: true, score: 0 }, a, text);
    };
    // A name, a year and the topic: the story's actors and date, no statement of its own.
    expect(whole('Budget 2027 : Marie Delorme présente son plan')).toBe(false);
    expect(whole('Marie Delorme présente son plan pour le budget')).toBe(false);
    // Ages, counts, and a count written like a year but with a separator.
    expect(whole('Marie Delorme, 52 ans, et Paul Vidal, 47 ans')).toBe(true);
    expect(whole('au moins 2 012 morts dans la province')).toBe(true);
    expect(whole('400.000 participants dans la capitale')).toBe(true);
  });
  it('tells two spans that give one value, in digits or in words of either language', () => {
    const both = (a: string, la: string, b: string, lb: string) =>
      sharesNumberValue(analyse(a, [], la), 0, a.length, analyse(b, [], lb), 0, b.length);
    expect(both('Trois mineurs ont été secourus', 'fr', 'Three miners were rescued', 'en')).toBe(true);
    expect(both('Trois mineurs ont été secourus', 'fr', 'The 3 miners were rescued', 'en')).toBe(true);
    expect(both('Trois mineurs ont été secourus', 'fr', 'Four miners were rescued', 'en')).toBe(false);
    // A year is a date, not a value the two spans share.
    expect(both('Le plan pour 2027', 'fr', 'The plan for 2027', 'en')).toBe(false);
    // "un"/"one" are articles more often than counts.
    expect(both('Un mineur secouru', 'fr', 'One miner rescued', 'en')).toBe(false);
  });
  it('reads negation before a span', () => {
    const t = "Il n'a pas confirmé la présence";
    expect(negated(t, t.indexOf('confirmé'), t.length)).toBe(true);
    expect(negated('Il confirme la présence', 3, 22)).toBe(false);
  });
});
