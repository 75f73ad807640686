import { describe, expect, it } from 'vitest';
import { extractFeatures } from './features';
import { storyCore, crossingCore } from './index';

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
