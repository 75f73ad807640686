import { describe, expect, it } from 'vitest';
import { extractFeatures } from './features';
import { storyCore, crossingCore, StoryIndex } from './index';

describe('crossing core (a concept across languages)', () => {
  // "cas" is an everyday French word (specificity 0), "cases" an English one of middling rank: across languages a
  // concept is as specific as the rarer of its two words, so a French article's cases can meet an English page's.
  const fr = { title: 'Les autorités sanitaires comptent les cas', text: 'Les autorités sanitaires comptent les cas. Les cas se multiplient dans la région, et les cas graves remplissent les hôpitaux de la ville.', lang: 'fr' as const };
  it('keeps a concept said by an everyday word out of the same-language core', () => {
    expect(storyCore(extractFeatures(fr)).some((e) => e[0] === 'c:case')).toBe(false);
  });
  it('gives it the other language word\'s specificity in the crossing core', () => {
    const entry = crossingCore(extractFeatures(fr), 'fr').find((e) => e[0] === 'c:case');
    expect(entry?.[1]).toBeGreaterThan(0.3);
  });
  it('leaves words out of the crossing core: they do not cross languages', () => {
    expect(crossingCore(extractFeatures(fr), 'fr').some((e) => e[0].startsWith('t:'))).toBe(false);
  });
});

describe('removing an article takes out its crossing-only postings', () => {
  // A French article whose crossing core holds concepts its same-language core leaves out (the everyday "cas"):
  // those postings belong to the article as much as its core's, and must leave with it.
  const doc = {
    id: 'fr-1', title: 'Les autorités sanitaires comptent les cas', lang: 'fr' as const,
    text: 'Les autorités sanitaires comptent les cas. Les cas se multiplient dans la région, et les cas graves remplissent les hôpitaux de la ville.',
  };
  const postingCount = (i: StoryIndex) => {
    let n = 0;
    for (const list of (i as unknown as { postings: Map<string, { slots: number[] }> }).postings.values()) n += list.slots.length;
    return n;
  };
  it('leaves no posting behind, and none piles up when the same id is added again', () => {
    const i = new StoryIndex();
    i.add(doc);
    const once = postingCount(i);
    expect(once).toBeGreaterThan(0);
    for (let k = 0; k < 3; k++) i.add(doc);
    expect(postingCount(i)).toBe(once);
    i.remove(doc.id);
    expect(postingCount(i)).toBe(0);
  });
});
