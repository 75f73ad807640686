import { describe, expect, it } from 'vitest';
import { extractFigures, matchDetail } from './index';

// Sentences written for these tests (units21).
const fig = (text: string, lang: 'fr' | 'en', q: string) => extractFigures(text, lang).find((f) => f.text === q)!;

const texts = (text: string, lang: 'fr' | 'en') => extractFigures(text, lang).map((f) => f.text);

describe('what a count counts: the head of a compound, a noun family (units21)', () => {
  it('reads the last noun of an English compound after a name as the counted noun', () => {
    const named = fig('The bad patch crashed 2.4 million Linux servers overnight.', 'en', '2.4 million');
    const plain = fig('The bad patch crashed 2.4 million servers overnight.', 'en', '2.4 million');
    expect(named.unit).toBe(plain.unit);
    // A title capitalises every word: the same reading.
    expect(fig('Bad Patch Crashes 2.4 Million Linux Servers', 'en', '2.4 Million').unit).toBe(plain.unit);
    // A name followed by a participle or a verb is the counted people themselves.
    expect(fig('About 300 Palestinians killed in the strikes.', 'en', 'About 300').unit).toBe('people');
    // A lower-case plural before another plural ends its phrase (a relative clause without "that").
    expect(fig('The 12 reforms lawmakers passed were repealed.', 'en', '12').countsKey[0]).toBe('t-reform');
  });

  it('gives computers, devices and machines of both languages one counted noun', () => {
    const units = [
      fig('The faulty update disabled 3.1 million computers.', 'en', '3.1 million'),
      fig('The faulty update disabled 3.1 million Apple devices.', 'en', '3.1 million'),
      fig('La mise à jour a bloqué 3,1 millions d\'ordinateurs.', 'fr', '3,1 millions'),
      fig('La mise à jour a bloqué 3,1 millions de machines.', 'fr', '3,1 millions'),
    ].map((f) => f.unit);
    expect(new Set(units).size).toBe(1);
    expect(units[0]).toBe('w:computer');
    // Another noun keeps its own unit.
    expect(fig('The faulty update disabled 3.1 million phones.', 'en', '3.1 million').unit).not.toBe('w:computer');
  });

  it('reads a magnitude glued to its value in a title, and not a capitalised name so glued', () => {
    expect(fig('Strong 5.8-Magnitude Quake Shakes The Coast', 'en', '5.8').unit).toBe('magnitude');
    expect(fig('a strong 5.8-magnitude quake shook the coast', 'en', '5.8').unit).toBe('magnitude');
    expect(fig('He bought 12 7-Eleven coffees.', 'en', '7').unit).not.toBe('magnitude');
  });

  it('no longer refuses the two languages\' counts of one set of machines on their unit', () => {
    const en = fig('The outage hit 3.1 million computers on Friday.', 'en', '3.1 million');
    const fr = fig('La panne a touché 3,1 millions de machines vendredi.', 'fr', '3,1 millions');
    expect(matchDetail(en, fr).reason).not.toBe('unit');
    expect(matchDetail(en, fig('The outage hit 3.1 million phones on Friday.', 'en', '3.1 million')).reason).toBe('unit');
  });

  it('reads French "pourcent" written in one word as a percentage', () => {
    expect(fig('La panne a touché moins d\'un pourcent des machines.', 'fr', 'moins d\'un pourcent').unit).toBe('percent');
    expect(fig('Cela représente 3 pourcent des ventes.', 'fr', '3 pourcent').unit).toBe('percent');
  });
});

// Sentences written for these tests (units23).
describe('what a bare number counts, from its sentence (units23)', () => {
  it('reads a temperature told in bare degrees beside a word of temperature, in the scale its text or value says', () => {
    // French news gives temperatures in Celsius.
    expect(fig('Le thermomètre a atteint 44 degrés dans la vallée.', 'fr', '44 degrés').unit).toBe('celsius');
    // English: the scale the text names elsewhere.
    const named = extractFigures('Temperatures hit 44 degrees on Tuesday. Forecasters expect 46 degrees Celsius by Friday.', 'en');
    expect(named.find((f) => f.text.startsWith('44'))!.unit).toBe('celsius');
    // No scale named: above any air temperature ever measured in Celsius, it is Fahrenheit; below, the reader cannot tell.
    expect(fig('The temperature climbed to 112 degrees in the desert town.', 'en', '112 degrees').unit).toBe('fahrenheit');
    expect(fig('The temperature climbed to 41 degrees in the desert town.', 'en', '41').unit).not.toMatch(/celsius|fahrenheit/);
    // A letter after the word gives the scale.
    expect(fig('The temperature reached 38.5 degrees C at noon.', 'en', '38.5 degrees C').unit).toBe('celsius');
    // Without a word of temperature, degrees are an angle.
    expect(fig('The crane turned 90 degrees before the cable snapped.', 'en', '90').unit).not.toMatch(/celsius|fahrenheit/);
  });

  it('reads a scale letter glued to the value as a temperature only in a sentence about one', () => {
    const both = extractFigures('Temperatures in the port city rose as high as 47.2C (117F) on Sunday.', 'en');
    expect(both.find((f) => f.text === '47.2C')!.unit).toBe('celsius');
    expect(both.find((f) => f.text === '117F')!.unit).toBe('fahrenheit');
    expect(extractFigures('Passengers in row 12F were moved to the front.', 'en').some((f) => f.unit === 'fahrenheit')).toBe(false);
  });

  it('reads the toll a verb of reaching governs past a span of time in its subject', () => {
    expect(fig("The death toll from the valley's worst landslide in nearly 40 years rose to 86 on Monday.", 'en', '86').countsKey).toEqual(['person', 'killed']);
    expect(fig("Le bilan du pire glissement de terrain depuis 40 ans s'élève à 86.", 'fr', '86').countsKey).toEqual(['person', 'killed']);
    // A count of things between (not a span of time) is still the one the toll governs.
    expect(fig('The toll in 40 villages rose to 86.', 'en', '86').unit).not.toBe('people');
  });

  it('reads a bare number after a lead-in naming a whole as a part of it', () => {
    const p = fig('Among the 212 passengers, 150 boarded in Lyon.', 'en', '150');
    expect(p.unit).toBe('people');
    expect(p.countsKey).toContain('part');
    const fr = fig('Parmi les 212 voyageurs, 150 venaient de Lyon.', 'fr', '150');
    expect(fr.unit).toBe('people');
    expect(fr.countsKey).toContain('part');
    // A lead-in with no number names its whole by its noun or its role of people.
    expect(fig('Among the dead, 14 were never identified.', 'en', '14').countsKey).toEqual(['person', 'identify', 'killed', 'part']);
    // The predicate's role, not the whole's, sets the part apart.
    const still = fig('Sur les 97 blessés, 27 sont toujours hospitalisés.', 'fr', '27');
    expect(still.countsKey).toContain('hospitalized');
    expect(still.countsKey).not.toContain('wounded');
    // A nation as predicate makes it that nation's count, told whole.
    expect(fig('Among the 212 passengers, 150 were French.', 'en', '150').countsKey).not.toContain('part');
    // A whole counted by a large number: its scale word is part of it.
    expect(fig('Officials said 2,000 of the 1.4 million visitors fell ill.', 'en', '2,000').countsKey).toContain('part');
    // No noun in the lead-in: no count read.
    expect(fig('Of course, 150 were expected.', 'en', '150').unit).toBe('number');
  });
});

describe('a bare number after a copula counts its people subject (count-head.ts copulaSubjectBefore, unit26b)', () => {
  it('reads the subject of "were / étaient / sont" with a bound', () => {
    expect(fig('The teachers were more than 2,500 outside the ministry.', 'en', 'more than 2,500').unit).toBe('people');
    expect(fig('Les enseignants étaient plus de 2 500 devant le ministère.', 'fr', 'plus de 2 500').unit).toBe('people');
    expect(fig('Les patients ne sont plus que 60 dans le service.', 'fr', '60').countsKey).toContain('patient');
  });
  it('leaves a bare small number right after the copula (an age) and a subject that is not people', () => {
    expect(fig('Her patients were 19 in the end.', 'en', '19').unit).toBe('number');
    expect(fig('Her patients were about 19 in the end.', 'en', 'about 19').unit).toBe('people');
    expect(fig('Les prix étaient plus de 2 500 en moyenne.', 'fr', 'plus de 2 500').unit).toBe('number');
  });
});

describe('a part of "those who" counts people (count-head.ts wholeNounNoNumber, unit26b)', () => {
  it('reads a demonstrative with a relative clause as people, with the role of its verb', () => {
    expect(fig('Some 40 of those who fled have returned.', 'en', 'Some 40').unit).toBe('people');
    expect(fig('Environ 40 de ceux qui ont fui sont rentrés.', 'fr', 'Environ 40').unit).toBe('people');
    expect(fig('At least 12 of those who died were children.', 'en', 'At least 12').countsKey).toContain('killed');
  });
});

// Sentences written for these tests (units26, fixrev26a): what a figure counts when the counted noun is not next to the number.
describe('"from X to Y" / "de X à Y" with the counted noun before (units26)', () => {
  it('gives both values the noun after "number of / nombre de", in both languages', () => {
    const s = 'The number of seats held by the greens fell from 31 to 24 in the vote.';
    expect(fig(s, 'en', '31').unit).toBe('seats');
    expect(fig(s, 'en', '24').unit).toBe('seats');
    const f = 'Le nombre de sièges des écologistes est passé de 31 à 24 lors du scrutin.';
    expect(fig(f, 'fr', '31').unit).toBe('seats');
    expect(fig(f, 'fr', '24').unit).toBe('seats');
  });
  it('gives both values the subject noun of the verb of change, and reads them as two results, not a projected range', () => {
    const a = fig('The liberals saw their seat tally climb from 12 to 19.', 'en', '12');
    const b = fig('The liberals saw their seat tally climb from 12 to 19.', 'en', '19');
    expect(a.unit).toBe('seats');
    expect(b.unit).toBe('seats');
    expect(a.countsKey).not.toContain('projection');
    // A range of seats with its noun after it is still a projection.
    expect(fig('Polls give the party from 120 to 150 seats.', 'en', 'from 120 to 150').countsKey).toContain('projection');
  });
  it('leaves a lone "from X" alone, and a noun another clause names', () => {
    expect(fig('Twelve came from 40 villages.', 'en', '40').unit).toBe('villages');
    expect(fig('Il a perdu son siège; la cote est passée de 12 à 19.', 'fr', '12').unit).toBe('number');
  });
});

describe('"p.c" / "pc" written for per cent (units26)', () => {
  it('reads both abbreviations as a percentage', () => {
    expect(fig('She took 41.6 p.c of the ballots cast.', 'en', '41.6').unit).toBe('percent');
    expect(fig('The index lost 2.5 pc on Monday.', 'en', '2.5 pc').unit).toBe('percent');
  });
  it('does not read a PC (a computer) as a percentage', () => {
    const f = extractFigures('The school bought 30 PC units for its lab.', 'en').find((x) => x.text.startsWith('30'));
    expect(f).toBeDefined();
    expect(f!.unit).not.toBe('percent');
  });
});

describe('a bare number whose verb is a doing only people do (units26)', () => {
  it('is a count of people against a count of people that names no doing', () => {
    const crowd = fig('Around 60,000 gathered outside the stadium on Sunday.', 'en', 'Around 60,000');
    const people = fig('Some 60,000 people filled the streets around the stadium on Sunday.', 'en', 'Some 60,000');
    expect(crowd.unit).toBe('number');
    expect(matchDetail(crowd, people).reason).not.toBe('unit');
    const fr = fig('Plus de 8 000 ont manifesté samedi dans la ville.', 'fr', 'Plus de 8 000');
    const frPeople = fig('Plus de 8 000 personnes étaient dans les rues de la ville samedi.', 'fr', 'Plus de 8 000');
    expect(matchDetail(fr, frPeople).reason).not.toBe('unit');
  });
  it('is no count of people when its verb is said of things too', () => {
    const sent = fig('Around 60,000 were shipped to the stadium on Sunday.', 'en', 'Around 60,000');
    const people = fig('Some 60,000 people filled the streets around the stadium on Sunday.', 'en', 'Some 60,000');
    expect(matchDetail(sent, people).reason).toBe('unit');
  });
});

describe('"deceased" as a noun of the dead (units26)', () => {
  it('counts people killed, as "défunts" does in French', () => {
    const en = fig('Doctors said 48 deceased had been identified by Friday.', 'en', '48');
    const fr = fig('Les médecins ont identifié 48 défunts vendredi.', 'fr', '48');
    expect(en.unit).toBe('people');
    expect(en.countsKey).toContain('killed');
    expect(fr.countsKey).toContain('killed');
  });
});

describe('a share "from X to Y" is no count of the noun after "share of" (fixrev26a)', () => {
  it('leaves the two values without the noun, in both languages', () => {
    const en = extractFigures('The share of seats held by the left went from 42 to 37.', 'en');
    expect(en.find((f) => f.text === '42')?.unit).toBe('number');
    expect(en.find((f) => f.text === '37')?.unit).toBe('number');
    const fr = extractFigures('La part des sièges de la gauche est passée de 42 à 37.', 'fr');
    expect(fr.find((f) => f.text === '42')?.unit).toBe('number');
  });
  it('still gives the noun to a number of seats', () => {
    expect(extractFigures('The number of seats held by the left went from 42 to 37.', 'en').find((f) => f.text === '42')?.unit).toBe('seats');
  });
});

describe('"pc" alone is per cent only after a decimal number (fixrev26a)', () => {
  it('reads "500 pc" as no percentage, "3.5 pc" as one', () => {
    const pieces = extractFigures('The shop sold 500 pc of the old stock.', 'en').find((f) => f.text.startsWith('500'));
    expect(pieces).toBeDefined();
    expect(pieces!.unit).not.toBe('percent');
    expect(extractFigures('Shares fell 3.5 pc on Tuesday.', 'en').find((f) => f.text.startsWith('3.5'))?.unit).toBe('percent');
  });
});

describe('a role\'s noun of an action before "de / of" and a known noun (key32)', () => {
  it('counts that noun, the role kept: "224 suppressions de postes" is 224 jobs cut', () => {
    const cut = fig('Le plan entraînerait 224 suppressions de postes dans les entrepôts.', 'fr', '224');
    const jobs = fig('The plan would affect approximately 224 jobs at the warehouses.', 'en', 'approximately 224');
    expect(cut.countsKey.slice(0, 1)).toEqual(jobs.countsKey.slice(0, 1));
    expect(cut.countsKey).toContain('laid-off');
    expect(matchDetail(cut, jobs).match).toBe('same');
  });
  it('not a role\'s noun alone: "120 suppressions" still counts people cut', () => {
    expect(fig('Le plan prévoit 120 suppressions dans les entrepôts.', 'fr', '120').countsKey.slice(0, 2)).toEqual(['person', 'laid-off']);
  });
});
