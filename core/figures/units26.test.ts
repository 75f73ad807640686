import { describe, expect, it } from 'vitest';
import { extractFigures, matchDetail } from './index';

// Sentences written for these tests (units26): what a figure counts when the counted noun is not next to the number.
const fig = (text: string, lang: 'fr' | 'en', q: string) => extractFigures(text, lang).find((f) => f.text === q)!;

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

describe('a model name and code between a count and its noun (units26)', () => {
  it('counts the noun after the model, and reads no figure in the code', () => {
    const s = 'The navy ordered 14 Sikorsky S-70 helicopters and 3 C295 aircraft last year.';
    const fs = extractFigures(s, 'en');
    expect(fs.find((f) => f.text === '14')?.unit).toBe(fig('The navy ordered 14 helicopters.', 'en', '14').unit);
    expect(fs.find((f) => f.text === '3')?.unit).toBe('aircraft');
    expect(fs.some((f) => f.text.includes('70') || f.text.includes('295'))).toBe(false);
    const words = extractFigures('Officials grounded eight Airbus A320 jets.', 'en');
    expect(words.find((f) => f.text === 'eight')?.unit).toBe('aircraft');
  });
  it('keeps a name and a number with no count before it, and a date', () => {
    expect(extractFigures('Apollo 11 carried three astronauts.', 'en').some((f) => f.text === 'three')).toBe(true);
    expect(extractFigures('Some 40 Boeing workers struck on 12 March 2024.', 'en').find((f) => f.text === 'Some 40')?.unit).toBe('people');
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
