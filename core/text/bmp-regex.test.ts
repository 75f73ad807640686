import { describe, expect, it } from 'vitest';
import { hasSurrogate, withoutAstral } from './bmp-regex';
import { PATTERNS, TITLE_PATTERNS } from '../figures/speech-patterns';
import { GROUP_APPOSED_NAME, PERSON_NAME } from '../figures/speaker-names';

/** Sentences written for this test, in both languages, shaped like news attribution (with and without a speaker). */
const SENTENCES = [
  "Le ministère de l'Intérieur a indiqué lundi que 12 000 personnes avaient été évacuées.",
  '« Nous avons compté 350 blessés », précise le préfet de la région, Jean Dupont.',
  "Selon un bilan provisoire communiqué par les autorités locales, 42 personnes sont mortes.",
  "D'après l'Organisation mondiale de la santé (OMS), 1 200 cas ont été recensés.",
  'Les services de secours estiment qu’environ 300 maisons ont été détruites.',
  'Pour la CGT, ils étaient 2,8 millions dans les rues ; 1,1 million selon la police.',
  'Le Premier ministre a proposé de supprimer deux jours fériés.',
  'Une étude de l’université de Lyon estime à 4 000 le nombre de postes menacés.',
  'The health ministry said on Tuesday that 85 people had died.',
  'According to the State Weather Agency (SWA), winds reached 180 km/h.',
  '"We counted 2,000 cars," said police chief Mary Roe, adding that more were expected.',
  'Local officials estimate 1,368 deaths, a figure revised up by the authorities.',
  'Residents say 50 dead.',
  'An independent poll released Monday found 52% support the plan.',
  'The prime minister aims to cut 3,000 jobs, the union warned.',
  'Ångström, Ærø and Øresund: Ça, Ðuro and Þór count 7 names.',
  '',
  ', Jean-Marc Dupont, a indiqué',
  ', Mary Roe.',
];

describe('withoutAstral', () => {
  it('limits each letter class to exactly the BMP code points the original matches', () => {
    for (const prop of ['L', 'Lu', 'Ll']) {
      const original = new RegExp(`^\\p{${prop}}$`, 'u');
      const bmp = withoutAstral(new RegExp(`^\\p{${prop}}$`, 'u'));
      const inClass = withoutAstral(new RegExp(`^[\\p{${prop}}0-9]$`, 'u'));
      const negated = withoutAstral(new RegExp(`^[^\\p{${prop}}]$`, 'u'));
      expect(bmp.source).not.toContain('\\p{');
      for (let c = 0; c < 0x10000; c++) {
        if (c >= 0xd800 && c <= 0xdfff) continue;
        const s = String.fromCharCode(c);
        const want = original.test(s);
        if (bmp.test(s) !== want || inClass.test(s) !== (want || /[0-9]/.test(s)) || negated.test(s) === want) {
          throw new Error(`\\p{${prop}} differs at U+${c.toString(16)}`);
        }
      }
    }
  });

  it('gives the same match, index and groups as every attribution pattern, in French and English', () => {
    let compared = 0;
    let matched = 0;
    let rewritten = 0;
    for (const lang of ['fr', 'en'] as const) {
      for (const re of [...PATTERNS[lang], ...TITLE_PATTERNS[lang], GROUP_APPOSED_NAME, PERSON_NAME]) {
        const bmp = withoutAstral(re);
        if (bmp !== re) rewritten++;
        for (const s of SENTENCES) {
          for (const text of [s, s.slice(20), s.toLowerCase()]) {
            const a = re.exec(text);
            const b = bmp.exec(text);
            expect(b?.index, `${re.source.slice(0, 60)} on ${text}`).toBe(a?.index);
            expect(b && [...b]).toEqual(a && [...a]);
            compared++;
            if (a) matched++;
          }
        }
      }
    }
    // The sentences exercise the patterns: many of them hold a speaker.
    expect(compared).toBeGreaterThan(1000);
    expect(matched).toBeGreaterThan(50);
    // Nearly all the patterns hold a letter class ("selon la même source" holds none).
    expect(rewritten).toBeGreaterThan(70);
  });

  it('differs from the original only on letters outside the BMP, which hasSurrogate flags', () => {
    const re = /(?<![\p{L}])(\p{Lu}\p{Ll}+) said/u;
    const astral = '𝐀bc said'; // a mathematical bold capital: a letter outside the BMP
    expect(hasSurrogate(astral)).toBe(true);
    expect(re.exec(astral)?.[1]).toBe('𝐀bc');
    expect(withoutAstral(re).exec(astral)).toBeNull();
    expect(withoutAstral(re).exec('x𝐀Abc said')?.[1]).toBe('Abc');
    expect(re.exec('x𝐀Abc said')).toBeNull();
    expect(hasSurrogate('Le préfet a dit « 30 % ».')).toBe(false);
  });

  it('leaves alone what it cannot rewrite exactly', () => {
    for (const re of [/\p{L}+/gu, /\p{L}+/iu, /\p{L}+/yu, /[a-z]+/u, new RegExp('\\p{Lu}', 'v')]) expect(withoutAstral(re)).toBe(re);
    // An escaped bracket opens no class; an escaped backslash before "p" is no property.
    const re = /\[\p{Lu}\]\\p/u;
    const bmp = withoutAstral(re);
    expect(bmp.exec('[É]\\p')?.[0]).toBe('[É]\\p');
    expect(bmp.exec('[é]\\p')).toBeNull();
  });
});
