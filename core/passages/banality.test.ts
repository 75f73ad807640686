/**
 * What a matched word is worth toward the judge's minimums (banality.ts wordsWorth): a value of three
 * digits or with decimals pins a fact as two words do; Texts
 * written for these tests (a regional election).
 */
import { describe, expect, it } from 'vitest';
import { analyse } from './tokens';
import { matchedWords, NUMBER_WORDS_WORTH, wordsWorth } from './banality';

const stems = (text: string, lang: 'fr' | 'en') => analyse(text, [], lang).tokens;

describe('wordsWorth', () => {
  it('counts a value with decimals as a value of three digits, a small value as one word', () => {
    const toks = stems('Participation was 58.41% in 212 towns and 12 villages.', 'en');
    const worth = (digits: string) => wordsWorth(toks.find((t) => t.stem === digits)!.stem);
    expect(worth('58.41')).toBe(NUMBER_WORDS_WORTH);
    expect(worth('212')).toBe(NUMBER_WORDS_WORTH);
    expect(worth('12')).toBe(1);
  });
});
