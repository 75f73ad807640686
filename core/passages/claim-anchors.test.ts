import { describe, expect, it } from 'vitest';
import { analyse } from './tokens';
import { sentenceBags, CROSS_MIN_SCORE } from './crosslang';
import { countOnOneSide, restsOnNames, isAnchorKey, otherClaims, quotedShare, sharesCount, CROSS_NO_COUNT_MIN_SCORE, datesOnBothSides } from './claim-anchors';

/** The first sentence of each text as a span, and the keys both sentences hold. */
function pair(fr: string, en: string) {
  const pa = analyse(fr, [], 'fr');
  const sa = analyse(en, [], 'en');
  const pb = sentenceBags(pa);
  const sb = sentenceBags(sa);
  const keys = pb.keys[0].filter((k) => sb.keys[0].includes(k));
  return { pa, sa, pw: pb.words[0], sw: sb.words[0], keys };
}

describe('otherClaims', () => {
  it('drops two sentences that share only the people they name', () => {
    const x = pair(
      'Le Premier ministre Jean Dupont a reçu jeudi Marie Durand et Paul Martin à Lyon.',
      'Prime Minister Jean Dupont criticised Marie Durand and Paul Martin on Thursday.',
    );
    expect(x.keys.some((k) => isAnchorKey(k, x.pa, x.pw, x.sa, x.sw))).toBe(false);
    expect(otherClaims(x.pa, x.pw, x.sa, x.sw, x.keys)).toBe('frame');
  });

  it('keeps them when they also share a count', () => {
    const x = pair(
      'Le Premier ministre Jean Dupont a annoncé que 340 personnes ont été blessées, selon Marie Durand et Paul Martin.',
      'Prime Minister Jean Dupont said 340 people were injured, according to Marie Durand and Paul Martin.',
    );
    expect(otherClaims(x.pa, x.pw, x.sa, x.sw, x.keys)).toBe(null);
  });

  it('drops a quote against a narrated sentence about its speaker', () => {
    const x = pair(
      '« Nous allons reconstruire chaque maison de cette vallée, une par une », a promis Jean Dupont.',
      'Jean Dupont arrived in the valley by helicopter on Monday morning.',
    );
    expect(quotedShare(x.pa, x.pw)).toBeGreaterThanOrEqual(0.5);
    expect(quotedShare(x.sa, x.sw)).toBe(0);
    expect(otherClaims(x.pa, x.pw, x.sa, x.sw, x.keys)).toBe('quote');
  });

  it('keeps a quote reported in indirect speech with its figures', () => {
    const x = pair(
      '« Nous allons reconstruire 340 maisons et 12 écoles », a promis Jean Dupont.',
      'Jean Dupont promised to rebuild 340 homes and 12 schools.',
    );
    expect(otherClaims(x.pa, x.pw, x.sa, x.sw, x.keys)).toBe(null);
  });

  it('reads a year as a date, not an anchor, and a cognate of a name as a name', () => {
    const x = pair('Marie Durand a quitté Lyon en 2024.', 'Marie Durand left Lyon in 2024.');
    const year = x.keys.find((k) => k === '#2024');
    expect(year).toBeDefined();
    expect(isAnchorKey(year!, x.pa, x.pw, x.sa, x.sw)).toBe(false);
    const name = x.keys.find((k) => k.startsWith('p:dura'));
    expect(name).toBeDefined();
    expect(isAnchorKey(name!, x.pa, x.pw, x.sa, x.sw)).toBe(false);
  });

  it('reads a count in the years range written as a count as an anchor', () => {
    const x = pair('« Nous avons accueilli 1950 réfugiés cette semaine », a dit Jean Dupont.', 'Jean Dupont said the town had taken in 1,950 refugees this week.');
    const n = x.keys.find((k) => k === '#1950');
    expect(n).toBeDefined();
    expect(isAnchorKey(n!, x.pa, x.pw, x.sa, x.sw)).toBe(true);
    const y = pair('Marie Durand a accueilli 2 000 réfugiés.', 'Marie Durand took in 2,000 refugees.');
    expect(y.keys.filter((k) => k.startsWith('#')).some((k) => isAnchorKey(k, y.pa, y.pw, y.sa, y.sw))).toBe(true);
  });

  it('keeps a short quote reported in indirect speech with its negation', () => {
    const x = pair('« Je ne démissionnerai pas », a déclaré Jean Dupont.', 'Jean Dupont said he would not resign.');
    expect(otherClaims(x.pa, x.pw, x.sa, x.sw, x.keys)).toBe(null);
  });
});

describe('sharesCount', () => {
  it('finds a count both sentences give, in digits or in words', () => {
    const x = pair('Au moins 340 maisons ont été détruites dans la vallée.', 'At least 340 homes were destroyed in the valley.');
    expect(sharesCount(x.pa, x.pw, x.sa, x.sw, x.keys)).toBe(true);
    const y = pair('Trois ponts ont été emportés par la rivière.', 'Three bridges were swept away by the river.');
    expect(sharesCount(y.pa, y.pw, y.sa, y.sw, y.keys)).toBe(true);
  });

  it('reads a shared year as a date, not a count', () => {
    const x = pair('Marie Durand a quitté Lyon en 2024 pour rejoindre le gouvernement.', 'Marie Durand left Lyon in 2024 to join the government.');
    expect(x.keys).toContain('#2024');
    expect(sharesCount(x.pa, x.pw, x.sa, x.sw, x.keys)).toBe(false);
  });

  it('finds none when each sentence gives its own number', () => {
    const x = pair('Jean Dupont a annoncé que 340 maisons ont été détruites.', 'Jean Dupont said 12 schools were closed.');
    expect(x.keys.length).toBeGreaterThan(0);
    expect(sharesCount(x.pa, x.pw, x.sa, x.sw, x.keys)).toBe(false);
  });

  it('asks more than the cross-language minimum of a pair without one', () => {
    expect(CROSS_NO_COUNT_MIN_SCORE).toBeGreaterThan(CROSS_MIN_SCORE);
  });
});

describe('countOnOneSide', () => {
  it('holds when one sentence states a count and the other gives no number', () => {
    const x = pair('Le bilan provisoire fait état de 14 morts dans la vallée.', 'The toll in the valley is not yet final.');
    expect(countOnOneSide(x.pa, x.pw, x.sa, x.sw)).toBe(true);
    // Either way round: the English side states the count.
    const y = pair('Le bilan dans la vallée reste provisoire.', 'Fourteen people died in the valley, according to a provisional toll.');
    expect(countOnOneSide(y.pa, y.pw, y.sa, y.sw)).toBe(true);
  });

  it('does not hold when both give a count, or none does', () => {
    const both = pair('Le bilan provisoire fait état de 14 morts dans la vallée.', 'At least 12 people died in the valley.');
    expect(countOnOneSide(both.pa, both.pw, both.sa, both.sw)).toBe(false);
    const none = pair('Le bilan dans la vallée reste provisoire.', 'The toll in the valley is not yet final.');
    expect(countOnOneSide(none.pa, none.pw, none.sa, none.sw)).toBe(false);
  });

  it('reads a year on the other side as a number: a dated sentence is left to the number rules', () => {
    const x = pair('Le conseil a voté la fermeture de deux écoles.', 'The council voted in 2024 to close schools.');
    expect(countOnOneSide(x.pa, x.pw, x.sa, x.sw)).toBe(false);
    // A year alone is no count: against a sentence with no number, neither side states one.
    const y = pair('Le conseil a voté la fermeture des écoles en 2024.', 'The council voted to close schools.');
    expect(countOnOneSide(y.pa, y.pw, y.sa, y.sw)).toBe(false);
  });
});

describe('restsOnNames', () => {
  it('holds when the pair shares names and one word besides', () => {
    const x = pair(
      'Le ministre Paul Martin a rencontré Marie Durand à Valbonne mardi.',
      'Paul Martin criticised Marie Durand in Valbonne.',
    );
    expect(x.keys.length).toBeGreaterThanOrEqual(3);
    expect(restsOnNames(x.pa, x.pw, x.sa, x.sw, x.keys)).toBe(true);
  });

  it('does not hold when two words besides the names are shared', () => {
    const x = pair(
      'Paul Martin a annoncé la fermeture des écoles de Valbonne.',
      'Paul Martin announced the closure of schools in Valbonne.',
    );
    expect(restsOnNames(x.pa, x.pw, x.sa, x.sw, x.keys)).toBe(false);
  });

  it('does not hold when the pair shares a count', () => {
    const x = pair('Paul Martin a rencontré 12 maires à Valbonne.', 'Paul Martin met 12 mayors in Valbonne.');
    expect(sharesCount(x.pa, x.pw, x.sa, x.sw, x.keys)).toBe(true);
    expect(restsOnNames(x.pa, x.pw, x.sa, x.sw, x.keys)).toBe(false);
  });
});

describe('isAnchorKey: a number that is part of a name', () => {
  it('reads "<Name> 310" as the name of a model, no count; "310 planes" as a count', () => {
    const named = analyse('Les Corvex 310 de la compagnie Aerolis restent au sol. Corvex a promis des contrôles.', [], 'fr');
    const other = analyse('Aerolis said its Corvex 310 jets would stay grounded on Saturday.', [], 'en');
    const counted = analyse('Aerolis said 310 jets would stay grounded on Saturday.', [], 'en');
    const all = (a: ReturnType<typeof analyse>): [number, number] => [0, a.wordNorms.length - 1];
    expect(isAnchorKey('#310', named, all(named), other, all(other))).toBe(false);
    const countedToo = analyse('La compagnie Aerolis annonce que 310 avions restent au sol.', [], 'fr');
    expect(isAnchorKey('#310', countedToo, all(countedToo), counted, all(counted))).toBe(true);
  });
});

describe('a number that is part of a name (designations.ts), at each call site of claim-anchors.ts', () => {
  it('countOnOneSide: a model\'s code is no count on its side (numbersOf)', () => {
    const x = pair('Le Corvex 310 reste au sol à Valbonne.', 'The jet stays grounded in Valbonne.');
    expect(countOnOneSide(x.pa, x.pw, x.sa, x.sw)).toBe(false);
    const y = pair('Les 310 avions restent au sol à Valbonne.', 'The new jets stay grounded in Valbonne.');
    expect(countOnOneSide(y.pa, y.pw, y.sa, y.sw)).toBe(true);
  });

  it('restsOnNames: a code both spans write after a name is read as part of the name', () => {
    const x = pair('Paul Martin a visité le Corvex 310 à Valbonne.', 'Paul Martin toured the Corvex 310 in Valbonne.');
    expect(x.keys).toContain('#310');
    expect(restsOnNames(x.pa, x.pw, x.sa, x.sw, x.keys)).toBe(true);
  });
});


describe('datesOnBothSides (session 34)', () => {
  const whole = (a: ReturnType<typeof analyse>): [number, number] => [0, a.wordNorms.length - 1];
  const fr = analyse('Une crue a touché la vallée le dimanche 14 janvier au matin.', [], 'fr');
  const en = analyse('The January 14 flood destroyed 14 bridges in the valley on Sunday.', [], 'en');
  const en2 = analyse('The flood in the valley on Sunday, January 14 closed the road.', [], 'en');

  it('reads a day beside its month on both sides, a weekday and a month as saying when', () => {
    const when = datesOnBothSides(fr, whole(fr), en2, whole(en2), ['#14', 'c:month-01', 'c:sun', 'c:w-valley']);
    expect([...when].sort()).toEqual(['#14', 'c:month-01', 'c:sun']);
  });

  it('does not read a number as a date when one span also gives it as a count', () => {
    // "14 bridges": the same number counts something on the English side.
    expect(datesOnBothSides(fr, whole(fr), en, whole(en), ['#14']).has('#14')).toBe(false);
  });

  it('does not read a count after its month as a date: a comma between, or a plural noun after (review of pass34)', () => {
    const fr1 = analyse('En janvier, 14 personnes sont mortes dans la vallée.', [], 'fr');
    const en1 = analyse('In January, 14 people died in the valley.', [], 'en');
    const en3 = analyse('In January 14 people died in the valley.', [], 'en');
    expect(datesOnBothSides(fr1, whole(fr1), en2, whole(en2), ['#14']).size).toBe(0);
    expect(datesOnBothSides(fr, whole(fr), en1, whole(en1), ['#14']).size).toBe(0);
    expect(datesOnBothSides(fr, whole(fr), en3, whole(en3), ['#14']).size).toBe(0);
  });

  it('does not read a number far from any month as a date', () => {
    const a = analyse('Les secours ont évacué 14 familles dimanche.', [], 'fr');
    expect(datesOnBothSides(a, whole(a), en2, whole(en2), ['#14']).size).toBe(0);
  });
});
