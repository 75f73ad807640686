import { describe, expect, it } from 'vitest';
import { extractFigures, matchDetail } from './index';

// Sentences written for these tests (names28); the parties are of the concept table, the rest invented.
const fig = (text: string, lang: 'fr' | 'en', q: string) => {
  const f = extractFigures(text, lang).find((x) => x.text === q);
  if (!f) throw new Error(`no figure "${q}" in: ${text}`);
  return f;
};

describe("a party's name written with a hyphen", () => {
  it('is the party: "les Libéraux-démocrates" as "the Liberal Democrats"', () => {
    const fr = fig('Au terme du scrutin, les Libéraux-démocrates gagnent 38 sièges à Valdoria.', 'fr', '38');
    const en = fig('In Valdoria the Liberal Democrats took 38 seats after the count.', 'en', '38');
    expect(fr.names).toEqual(['p-uk-libdems']);
    expect(en.names).toEqual(['p-uk-libdems']);
    expect(matchDetail(fr, en).reason).not.toBe('names');
  });

  it('not across a hyphen with a space on a side, nor a lone first word', () => {
    const spaced = fig('Les Libéraux - démocrates selon leurs rivaux - gagnent 38 sièges.', 'fr', '38');
    expect(spaced.names).not.toContain('p-uk-libdems');
    const lone = fig('Les Libéraux-conservateurs gagnent 38 sièges.', 'fr', '38');
    expect(lone.names).not.toContain('p-uk-libdems');
  });
});

describe('a list of holders, each with its own count after "avec / with" (names39)', () => {
  // Sentences written for this test; "Valmora" and "the Brenvik List" are invented, the other parties are the table's.
  it("each count is its own item's, not the table's party named before an earlier count", () => {
    const text = 'Le RN arrive en tête avec 125 sièges. Le PS suit avec 60 sièges, LR avec 41 et Valmora avec 31.';
    // A guard, not a test of the fix: '41' was already the LR's before it (LR is the table's, no earlier count between).
    expect(fig(text, 'fr', '41').names).toEqual(['p-lr']);
    expect(fig(text, 'fr', '31').names).toEqual(['valmora']);
  });
  it('still reads the party named before the count when no other count stands between', () => {
    expect(fig('Le parti RN de Jordan Bardella arrive en tête avec 125 sièges.', 'fr', '125').names).toEqual(['p-rn']);
  });
  it('an item the table does not know is not the earlier party', () => {
    const a = fig('Labour came first with 212 seats, the Conservatives with 120 and Brenvik with 31.', 'en', '31');
    expect(a.names).toEqual(['brenvik']);
  });
});

describe('a number between the party and the count is an earlier item of a list only in the list shape (fix-names39)', () => {
  // Sentences written for this test; the people's names and "Valmora" are invented, the parties are the table's.
  it('a length of time, a year or a day is no earlier count: the party named before keeps the count', () => {
    expect(fig('The Conservatives, in power for 14 years, were led by Alan Marsh with 121 seats.', 'en', '121').names).toEqual(['p-uk-conservatives']);
    expect(fig('The Conservatives, with 14 years in power, were led by Alan Marsh with 121 seats.', 'en', '121').names).toEqual(['p-uk-conservatives']);
    expect(fig('The Socialist Party, founded in 1969, came first with Jean Martin with 31 seats.', 'en', '31').names).toEqual(['p-ps']);
    expect(fig('Le Nouveau Front populaire obtient 180 sièges le 7 juillet, Jean-Marc Duval avec 75 députés.', 'fr', '75').names).toEqual(['p-nfp']);
  });
  it("a number a verb governs is the party's own figure, not an earlier item's", () => {
    expect(fig('Le RN, qui comptait 89 députés sortants, arrive en tête : Paul Vernier avec 143 sièges.', 'fr', '143').names).toEqual(['p-rn']);
  });
  it('a count written right after its own name, the verb left out, is past the count the verb governs', () => {
    const t = 'It is the first time that the Socialist Party, which formerly held 247 seats, and Valmora 32 have fallen short of a majority.';
    expect(fig(t, 'en', '32').names).toEqual(['valmora']);
  });
  it('an earlier count written in words is one too', () => {
    expect(fig('Le PS suit avec 60 sièges, LR avec six et Valmora avec trois.', 'fr', 'trois').names).toEqual(['valmora']);
  });
});
