import { describe, expect, it } from 'vitest';
import { analyse } from './tokens';
import { sentenceBags } from './crosslang';
import { givesWhole, partsOfOneWhole } from './shared-wholes';

/** The first sentence of each text as a span, and the keys both sentences hold. */
function pair(fr: string, en: string) {
  const pa = analyse(fr, [], 'fr');
  const sa = analyse(en, [], 'en');
  const pb = sentenceBags(pa);
  const sb = sentenceBags(sa);
  const keys = pb.keys[0].filter((k) => sb.keys[0].includes(k));
  return { pa, sa, pw: pb.words[0], sw: sb.words[0], keys };
}
const wordOf = (a: ReturnType<typeof analyse>, norm: string): number => a.wordNorms.indexOf(norm);

describe('givesWhole', () => {
  it('reads the number after a partition that follows a number as a whole', () => {
    const a = analyse('Au premier tour, 42 conseillers sur 120 ont été élus.', [], 'fr');
    expect(givesWhole(a, wordOf(a, '120'))).toBe(true);
    expect(givesWhole(a, wordOf(a, '42'))).toBe(false);
    const b = analyse('After 95 of the 120 wards had reported, the mayor conceded.', [], 'en');
    expect(givesWhole(b, wordOf(b, '120'))).toBe(true);
  });

  it('reads an attributive size as a whole', () => {
    const a = analyse('The party won a majority in the 120-seat council.', [], 'en');
    expect(givesWhole(a, wordOf(a, '120-seat'))).toBe(true);
    const b = analyse("Labour won in the country's 120 seat council.", [], 'en');
    expect(givesWhole(b, wordOf(b, '120'))).toBe(true);
  });

  it('does not read a counted object after "of" as a whole', () => {
    const a = analyse('The plan means the loss of 600 jobs by next year.', [], 'en');
    expect(givesWhole(a, wordOf(a, '600'))).toBe(false);
    const b = analyse('The council has 120 seats.', [], 'en');
    expect(givesWhole(b, wordOf(b, '120'))).toBe(false);
  });
});

describe('partsOfOneWhole', () => {
  it('drops two sentences taking different parts of one whole', () => {
    const x = pair(
      'Au premier tour, 42 conseillers sur 120 ont été élus dans la ville.',
      'Polls suggest the party would win 60 to 70 of the 120 seats in the city council.',
    );
    expect(x.keys).toContain('#120');
    expect(partsOfOneWhole(x.pa, x.pw, x.sa, x.sw, x.keys)).toBe(true);
  });

  it('keeps them when they also share the part', () => {
    const x = pair(
      'Au premier tour, 42 conseillers sur 120 ont été élus dans la ville.',
      'In the first round, 42 councillors out of 120 were elected in the city.',
    );
    expect(x.keys).toContain('#42');
    expect(partsOfOneWhole(x.pa, x.pw, x.sa, x.sw, x.keys)).toBe(false);
  });

  it('keeps a whole one side states as a count of its own', () => {
    const x = pair(
      "L'identité de 95 des 120 victimes a été confirmée.",
      'The crash killed 120 people, the fire service said.',
    );
    expect(partsOfOneWhole(x.pa, x.pw, x.sa, x.sw, x.keys)).toBe(false);
  });
});
