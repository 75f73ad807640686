import { describe, expect, it } from 'vitest';
import { analyse } from './tokens';
import { sentenceBags, wordKeysAt } from './crosslang';

// Invented texts: a dateline, amounts with their scale word, numbers in words, a negation, a percent, a quote, an age,
// and sentence ends right after an amount, in both languages.
const TEXTS: Array<[string, string]> = [
  ['en', 'Storm hits the coast\n\nLONDON – The council said on Monday that 1.3 million homes had no power. "We will not give up," the mayor, 54, said. Prices rose 12 % in two weeks, and two hundred and six families left. Half a million people were told to stay home. It cost 3 billion. Nobody was hurt.'],
  ['fr', 'Tempête sur la côte\n\nPARIS, 3 avril (AFP) - Le conseil a indiqué lundi que 1,3 million de foyers étaient privés de courant. « Nous ne lâcherons rien », a déclaré le maire, âgé de 54 ans. Les prix ont augmenté de 12 % en deux semaines et deux cent six familles sont parties. Un demi-million de personnes doivent rester chez elles. Le coût atteint 3 milliards. Personne n\'a été blessé.'],
  // A sentence closing on an amount, the next opening on a scale word (wordKeysAt keys the whole text then).
  ['fr', 'Le bilan monte à 3\nmillions de sinistrés selon la préfecture. Les secours arrivent.'],
];

/** Every word's keys asked through wordKeysAt in the given order, on a fresh analysis. */
function lazyKeys(lang: string, text: string, order: number[]): string[][] {
  const a = analyse(text, [], lang);
  const out: string[][] = [];
  for (const w of order) out[w] = [...wordKeysAt(a, w)];
  return out;
}

describe('wordKeysAt', () => {
  for (const [lang, text] of TEXTS) {
    const whole = sentenceBags(analyse(text, [], lang)).wordKeys;
    const n = whole.length;
    it(`gives sentenceBags' keys word by word, in text order (${text.slice(0, 20)})`, () => {
      expect(lazyKeys(lang, text, [...Array(n).keys()])).toEqual(whole);
    });
    it(`gives the same keys asked backwards and from the middle of a sentence (${text.slice(0, 20)})`, () => {
      const mid = Math.floor(n / 2);
      const order = [mid, ...[...Array(n).keys()].reverse()];
      expect(lazyKeys(lang, text, order)).toEqual(whole);
    });
  }

  it('reads an amount and its scale word once, the scale word giving no key of its own', () => {
    const a = analyse('The storm left 1.3 million homes without power.', [], 'en');
    const w = a.wordNorms.indexOf('million');
    expect(wordKeysAt(a, w)).toEqual(sentenceBags(analyse(a.text, [], 'en')).wordKeys[w]);
    expect(wordKeysAt(a, w - 1).some((k) => k.startsWith('#'))).toBe(true);
  });

  it('skips the dateline even when the sentence is entered after it', () => {
    const text = 'Title\n\nLONDON – The council met the mayor on Monday.';
    const a = analyse(text, [], 'en');
    const w = a.wordNorms.indexOf('mayor');
    const london = a.wordNorms.indexOf('london');
    wordKeysAt(a, w);
    expect(wordKeysAt(a, london)).toEqual([]);
    expect(wordKeysAt(a, w).length).toBeGreaterThan(0);
  });

  it("returns the text's bags once they are built, and keeps each text's keys apart", () => {
    const a = analyse('The river rose in the night.', [], 'en');
    const b = analyse('The fire spread in the night.', [], 'en');
    const wa = a.wordNorms.indexOf('river');
    const wb = b.wordNorms.indexOf('fire');
    const before = [...wordKeysAt(a, wa)];
    expect(sentenceBags(a).wordKeys[wa]).toEqual(before);
    expect(wordKeysAt(a, wa)).toBe(sentenceBags(a).wordKeys[wa]);
    expect(wordKeysAt(b, wb)).not.toEqual(before);
  });
});
