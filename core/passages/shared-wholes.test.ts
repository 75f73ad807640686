import { describe, expect, it } from 'vitest';
import { analyse } from './tokens';
import { sentenceBags } from './crosslang';
import { givesWhole, partitionWhole, partsOfOneWhole, wholeOfAPart } from './shared-wholes';

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

  it('takes only a count of its clause as the part: not a year, a day beside a month, a clock time', () => {
    const a = analyse('In 2019, the rescue of 30 sailors was praised by the navy.', [], 'en');
    expect(givesWhole(a, wordOf(a, '30'))).toBe(false);
    const b = analyse('Le sondage du 12 octobre parmi les 300 salariés a surpris la direction.', [], 'fr');
    expect(givesWhole(b, wordOf(b, '300'))).toBe(false);
    const c = analyse('The alarm rang at 10:30 among the 300 passengers of the ferry.', [], 'en');
    expect(givesWhole(c, wordOf(c, '300'))).toBe(false);
    const d = analyse('Mardi 12 mars, sur 300 personnes interrogées, la moitié a répondu.', [], 'fr');
    expect(givesWhole(d, wordOf(d, '300'))).toBe(false);
  });

  it('reads French "des" as a partition only right after the part', () => {
    const a = analyse('Les 40 familles des 20 otages ont été reçues au ministère.', [], 'fr');
    expect(givesWhole(a, wordOf(a, '20'))).toBe(false);
    const b = analyse('Au total, 95 des 120 conseillers ont voté le budget.', [], 'fr');
    expect(givesWhole(b, wordOf(b, '120'))).toBe(true);
  });

  it('reads "out of" as one preposition', () => {
    const a = analyse('Some 42 elected councillors out of 120 took their seats.', [], 'en');
    expect(givesWhole(a, wordOf(a, '120'))).toBe(true);
  });

  it('reads "N member" written apart as a size only after a determiner, and never a size of one', () => {
    const a = analyse('All 12 member clubs signed the new rules.', [], 'en');
    expect(givesWhole(a, wordOf(a, '12'))).toBe(false);
    const b = analyse('The coalition holds a 1 seat majority in the council.', [], 'en');
    expect(givesWhole(b, wordOf(b, '1'))).toBe(false);
    const c = analyse('The coalition holds a 1-seat majority in the council.', [], 'en');
    expect(givesWhole(c, wordOf(c, '1-seat'))).toBe(false);
    const d = analyse('The vote was held in the 120 seat council.', [], 'en');
    expect(givesWhole(d, wordOf(d, '120'))).toBe(true);
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

  it('keeps a translation whose shared count follows a year, not a part', () => {
    const x = pair('En 2019, la libération des 30 marins a été saluée.', 'In 2020, the release of 30 sailors was hailed.');
    expect(x.keys).toContain('#30');
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

describe('wholeOfAPart', () => {
  it('drops a pair whose only shared count is, on one side, the whole a part is taken of', () => {
    const x = pair(
      'Le parti et ses alliés ont obtenu au moins 61 sièges sur 120, selon des résultats partiels.',
      'The regional council has 120 seats, and 61 are needed for a majority.',
    );
    expect(x.keys).toContain('#120');
    // 61 is shared too here: the page's part is the source's threshold, a count both state.
    expect(wholeOfAPart(x.pa, x.pw, x.sa, x.sw, x.keys)).toBe(false);
    const y = pair(
      'Le parti et ses alliés ont obtenu au moins 64 sièges sur 120, selon des résultats partiels.',
      'The regional council has 120 seats.',
    );
    expect(y.keys).toContain('#120');
    expect(y.keys).not.toContain('#64');
    expect(wholeOfAPart(y.pa, y.pw, y.sa, y.sw, y.keys)).toBe(true);
  });

  it('reads no span of time as a whole (fix43)', () => {
    const x = pair('Le taux d’inflation atteint 4 % sur les 18 derniers mois.', 'Prices have risen over the past 18 months.');
    expect(x.keys).toContain('#18');
    expect(wholeOfAPart(x.pa, x.pw, x.sa, x.sw, x.keys)).toBe(false);
    const y = pair('La région a perdu 9 usines sur 18 mois.', 'The region was hit for 18 months.');
    expect(y.keys).toContain('#18');
    expect(wholeOfAPart(y.pa, y.pw, y.sa, y.sw, y.keys)).toBe(false);
  });

  it('reads the whole on either side', () => {
    const x = pair('Le conseil régional compte 120 sièges.', 'The party won 64 of the 120 seats in the regional council.');
    expect(x.keys).toContain('#120');
    expect(wholeOfAPart(x.pa, x.pw, x.sa, x.sw, x.keys)).toBe(true);
  });

  it('keeps a size attribute: it states how many the body holds', () => {
    const x = pair(
      'Une contre-manifestation a rassemblé 3 000 personnes dans le centre.',
      'Police kept the marchers apart from a 3,000-strong counter-demonstration in the centre.',
    );
    expect(x.keys).toContain('#3000');
    expect(givesWhole(x.sa, wordOf(x.sa, '3,000-strong'))).toBe(true);
    expect(partitionWhole(x.sa, wordOf(x.sa, '3,000-strong'))).toBe(false);
    expect(wholeOfAPart(x.pa, x.pw, x.sa, x.sw, x.keys)).toBe(false);
  });

  it('keeps a count after a year, which is no part', () => {
    const x = pair('En 2019, la libération des 30 marins a été saluée.', 'The release of 30 sailors was hailed.');
    expect(x.keys).toContain('#30');
    expect(wholeOfAPart(x.pa, x.pw, x.sa, x.sw, x.keys)).toBe(false);
  });
});
