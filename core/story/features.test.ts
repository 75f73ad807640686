import { describe, expect, it } from 'vitest';
import { extractFeatures } from './features';

const keys = (title: string, text: string, lang: 'fr' | 'en'): string[] => extractFeatures({ title, text, lang }).map((f) => f.key);

describe('story features', () => {
  it('a nation said by its capitalised name or people meets the other language', () => {
    const en = keys('', 'The talks went on. Officials said Israel and the French had agreed.', 'en');
    const fr = keys('', 'Les discussions continuent. Selon les Français, Israël a accepté.', 'fr');
    expect(en).toEqual(expect.arrayContaining(['c:israel', 'c:france']));
    expect(fr).toEqual(expect.arrayContaining(['c:israel', 'c:france']));
    expect(en.filter((k) => k.startsWith('p:'))).toEqual([]);
    expect(fr.filter((k) => k.startsWith('p:'))).toEqual([]);
  });

  it('month abbreviations are days, not names', () => {
    const en = keys('', 'Unions marched again. Another day was set for Feb. 7 and the vote on Oct. 12.', 'en');
    expect(en).toEqual(expect.arrayContaining(['d:2-7', 'd:10-12']));
    expect(en.filter((k) => k.startsWith('p:'))).toEqual([]);
  });
});
