import { describe, expect, it } from 'vitest';
import { isSameText, selfFingerprint } from './self';
import { prng } from '../text/prng';

/** The rule isSameText implements, without its filter and early stop. */
function plainRatio(doc: number[], page: Set<number>): boolean {
  if (doc.length === 0) return false;
  let hits = 0;
  for (const h of doc) if (page.has(h)) hits++;
  return hits / doc.length >= 0.7;
}

describe('isSameText', () => {
  it('agrees with the plain hit ratio, whatever share of the article is on the page', () => {
    const rand = prng(3);
    const hash = () => Math.floor(rand() * 2 ** 32);
    for (let trial = 0; trial < 300; trial++) {
      const page = new Set(Array.from({ length: 1 + Math.floor(rand() * 40) }, hash));
      const onPage = [...page];
      const n = Math.floor(rand() * 25);
      const share = rand();
      const doc = Array.from({ length: n }, () => (rand() < share ? onPage[Math.floor(rand() * onPage.length)] : hash()));
      expect(isSameText(doc, page)).toBe(plainRatio(doc, page));
    }
  });

  it('reads each page afresh (a second page, or the same Set grown)', () => {
    const text =
      'The regional council voted the new budget on Tuesday evening after a long debate. ' +
      'Opposition members walked out before the final vote on the transport plan. ' +
      'The president of the council said the plan would be revised next spring.';
    const doc = selfFingerprint(text, []);
    expect(doc.length).toBe(3);
    const other = new Set(selfFingerprint('A different article about a football match that ended in a draw on Sunday.', []));
    expect(isSameText(doc, other)).toBe(false);
    expect(isSameText(doc, new Set(doc))).toBe(true);
    for (const h of doc) other.add(h);
    expect(isSameText(doc, other)).toBe(true);
  });
});
