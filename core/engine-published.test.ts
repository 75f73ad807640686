/**
 * A source's day (SourceMatch.published) is the article's as the Engine holds it, however the story index was made:
 * from the articles, from a prebuilt index, or from an entry computed beforehand; the story index alone shows none.
 */
import { describe, expect, it } from 'vitest';
import { Engine } from './engine';
import { StoryIndex, storyDoc } from './story/index';
import type { CorpusDoc } from './types';

const BODY = [
  'The regional council voted on Tuesday to close the old river bridge for eighteen months of repairs.',
  'Engineers found cracks in three of the bridge piers during an inspection in the spring, the council said.',
  'About 14,500 vehicles cross the bridge every day, and buses will be diverted through the northern bypass.',
  'The repairs will cost 42 million euros, shared between the council and the national transport agency.',
  'Shop owners near the bridge said they feared losing customers during the long closure of the crossing.',
];
const page = { title: 'Old river bridge to close for repairs', lang: 'en' as const, text: BODY.join(' ') };
// Each source gives half of the page's sentences (more and it would be the page itself: core/story/self.ts).
const dated: CorpusDoc = {
  id: 'dated', title: 'Council closes the river bridge', lang: 'en', published: '2025-03-04', ignore: [],
  text: [BODY[0], BODY[2], 'Drivers were told to expect delays of up to forty minutes at peak hours.', 'The council leader said the closure was the only safe choice after the inspection.'].join(' '),
};
const undated: CorpusDoc = {
  id: 'undated', title: 'River bridge repairs approved', lang: 'en', ignore: [],
  text: [BODY[1], BODY[3], 'The bridge was opened in 1932 and last repaired four decades ago.', 'Cyclists and walkers will be able to use a temporary footbridge during the works.'].join(' '),
};

function days(engine: Engine): Record<string, string | undefined> {
  const sources = engine.compare(page).sources;
  expect(sources.map((s) => s.id).sort()).toEqual(['dated', 'undated']);
  return Object.fromEntries(sources.map((s) => [s.id, s.published]));
}

describe('SourceMatch.published', () => {
  it('is the engine article\'s day, and absent for an undated article', () => {
    const engine = new Engine([dated, undated]);
    expect(days(engine)).toEqual({ dated: '2025-03-04', undated: undefined });
    expect(engine.compare(page).sources.find((s) => s.id === 'undated')).not.toHaveProperty('published');
  });

  it('is the engine article\'s day even when a prebuilt or cached entry was made from another day', () => {
    const stale = { ...storyDoc(dated), published: '2024-01-01' };
    const prebuilt = new Engine([dated, undated], { version: new StoryIndex().toData().version, docs: [stale, storyDoc(undated)] });
    expect(days(prebuilt)).toEqual({ dated: '2025-03-04', undated: undefined });
    const added = new Engine([undated]);
    added.add(dated, stale);
    expect(days(added)).toEqual({ dated: '2025-03-04', undated: undefined });
  });

  it('is not shown by the story index alone', () => {
    const idx = StoryIndex.of([dated, undated]);
    expect(idx.match(page).map((s) => s.published)).toEqual([undefined, undefined]);
  });
});

describe('CompareResult.published: an undated page dated from its lead near its sources\' days', () => {
  // The page's lead names the day of the vote with its weekday and no year: 4 March 2025 is a Tuesday.
  const lead = 'The regional council voted on Tuesday, 4 March, to close the old river bridge for eighteen months of repairs.';
  const undatedPage = { ...page, text: [lead, ...BODY.slice(1)].join(' ') };
  it('is the lead\'s day placed near the sources\' days when the page has none', () => {
    expect(new Engine([dated, undated]).compare(undatedPage).published).toBe('2025-03-04');
  });
  it('is the page\'s own day when it has one, and absent when no source is dated', () => {
    expect(new Engine([dated, undated]).compare({ ...undatedPage, published: '2025-03-05' }).published).toBe('2025-03-05');
    expect(new Engine([{ ...dated, published: undefined }, undated]).compare(undatedPage)).not.toHaveProperty('published');
  });
});
