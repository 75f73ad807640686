import { describe, expect, it } from 'vitest';
import { analyse } from './tokens';
import { fragmentWithoutCount, wordRange, NO_COUNT_FRAGMENT_MAX_WORDS } from './fragment-claims';

/** The offsets of `piece` in `text` (its first occurrence). */
function at(text: string, piece: string): [number, number] {
  const s = text.indexOf(piece);
  if (s < 0) throw new Error(`not found: ${piece}`);
  return [s, s + piece.length];
}

const PAGE =
  'The regional council met on Tuesday evening in the old town hall to discuss the reconstruction of the northern districts after the storm, and the mayor of the city promised new funds for schools.';
const SOURCE =
  'On Tuesday, after a long debate that lasted well into the night, the mayor of the city promised that the reconstruction would begin before winter and that every family would be housed.';

describe('fragmentWithoutCount', () => {
  it('drops a few words of a long sentence paired with a few of another, no count shared', () => {
    const pa = analyse(PAGE, [], 'en');
    const sa = analyse(SOURCE, [], 'en');
    const [ps, pe] = at(PAGE, 'the mayor of the city promised');
    const [ss, se] = at(SOURCE, 'the mayor of the city promised');
    expect(fragmentWithoutCount(pa, ps, pe, sa, ss, se)).toBe(true);
  });

  it('keeps the fragment when it carries a count both texts give', () => {
    const page = 'The regional council met on Tuesday evening in the old town hall to discuss the storm, and said 340 homes were lost in the northern districts of the city.';
    const source = 'On Tuesday, after a long debate that lasted well into the night, officials said 340 homes were lost and every family would be housed before winter.';
    const pa = analyse(page, [], 'en');
    const sa = analyse(source, [], 'en');
    const [ps, pe] = at(page, '340 homes were lost');
    const [ss, se] = at(source, '340 homes were lost');
    expect(fragmentWithoutCount(pa, ps, pe, sa, ss, se)).toBe(false);
  });

  it('keeps a short sentence paired whole: it is not a piece of a sentence', () => {
    // Five words on the page side (under the word limit): only the share of its sentence it covers keeps it.
    const page = 'The council met at noon. The mayor promised new funds. Nobody else spoke at length about the plan.';
    const source = 'Officials gathered in the hall. The mayor promised new funds on Tuesday. The vote was postponed.';
    const pa = analyse(page, [], 'en');
    const sa = analyse(source, [], 'en');
    const [ps, pe] = at(page, 'The mayor promised new funds');
    const [ss, se] = at(source, 'The mayor promised new funds on Tuesday');
    expect(wordRange(pa, ps, pe)).toEqual([5, 9]);
    expect(fragmentWithoutCount(pa, ps, pe, sa, ss, se)).toBe(false);
  });

  it('drops the pair when only one side is a short piece of its sentence', () => {
    const pa = analyse(PAGE, [], 'en');
    const source = 'The mayor of the city promised new funds for schools and roads.';
    const sa = analyse(source, [], 'en');
    const [ps, pe] = at(PAGE, 'the mayor of the city promised');
    const [ss, se] = at(source, 'The mayor of the city promised new funds for schools and roads');
    expect(fragmentWithoutCount(pa, ps, pe, sa, ss, se)).toBe(true);
  });

  it('finds the words of a span by their offsets, none when it holds no whole word', () => {
    const a = analyse('One two three four.', [], 'en');
    expect(wordRange(a, 4, 13)).toEqual([1, 2]);
    expect(wordRange(a, 5, 13)).toEqual([2, 2]);
    expect(wordRange(a, 5, 7)).toBeNull();
  });

  it('keeps a long span of a long sentence', () => {
    const pa = analyse(PAGE, [], 'en');
    const sa = analyse(SOURCE, [], 'en');
    const [ps, pe] = at(PAGE, 'after the storm, and the mayor of the city promised new funds for schools');
    const [ss, se] = at(SOURCE, 'well into the night, the mayor of the city promised that the reconstruction would begin');
    expect(pe - ps).toBeGreaterThan(0);
    expect(PAGE.slice(ps, pe).split(/\s+/).length).toBeGreaterThan(NO_COUNT_FRAGMENT_MAX_WORDS);
    expect(fragmentWithoutCount(pa, ps, pe, sa, ss, se)).toBe(false);
  });
});
