import { describe, expect, it } from 'vitest';
import { extractFigures } from './extract';

const saidBy = (text: string, quote: string, lang: 'fr' | 'en'): string | undefined => {
  const at = text.indexOf(quote);
  return extractFigures(text, lang).find((f) => f.start <= at && at < f.end)?.saidBy;
};

describe('a count listed after another of the same kind takes its speaker', () => {
  it('carries a list of seats to the next sentence of the paragraph', () => {
    const fr = "Selon l'estimation Acme pour Radio Nord, le parti A arrive en tête avec 180 à 215 sièges. Le parti B obtient entre 150 et 180 sièges.";
    expect(saidBy(fr, '150 et 180', 'fr')).toBe("l'estimation Acme pour Radio Nord");
    const en = 'The Acme exit poll suggests Party A will win 150 to 170 seats. Meanwhile, Party B is predicted to secure 132 to 152 seats.';
    expect(saidBy(en, '132 to 152', 'en')).toBe('the Acme exit poll');
  });

  it('stops at a paragraph break, a count of another thing, a count of people, and a sentence with its own speaker', () => {
    const para = "Selon l'estimation Acme, le parti A obtient 180 sièges.\nLe parti B obtient 150 sièges.";
    expect(saidBy(para, '150', 'fr')).toBeUndefined();
    const other = 'The Acme exit poll suggests Party A will win 150 seats. Turnout reached 63%.';
    expect(saidBy(other, '63%', 'en')).toBeUndefined();
    const people = 'Police said 80,000 people marched in Lyon. In Nantes, 20,000 people marched.';
    expect(saidBy(people, '20,000', 'en')).toBeUndefined();
    const own = 'The Acme exit poll suggests Party A will win 150 seats. Party B will win 90 seats, the Beta poll found.';
    expect(saidBy(own, '90', 'en')).toBe('the Beta poll');
  });
});

// speaker37: a sentence opening on a breakdown of the count before it takes that count's giver.
describe('a breakdown of the count before takes its giver', () => {
  it('carries the giver to the parts, people included, in both languages', () => {
    const en = 'The regional health service said 870 people were treated in hospitals. Among the injured, 212 are in serious condition.';
    expect(saidBy(en, '212', 'en')).toMatch(/health service/);
    const en2 = 'Officials reported that 410 people had been detained.\n\nOut of those, 95 were charged, including 30 minors.';
    expect(saidBy(en2, '95', 'en')).toMatch(/^Officials$/i);
    expect(saidBy(en2, '30', 'en')).toMatch(/^Officials$/i);
    const fr = "La préfecture a recensé 318 blessés. Parmi eux, 41 ont été hospitalisés.";
    expect(saidBy(fr, '41', 'fr')).toMatch(/préfecture/);
    const fr2 = "Le parquet a annoncé 63 gardes à vue. Sur les 63 personnes, 12 sont mineures.";
    expect(saidBy(fr2, '12', 'fr')).toMatch(/parquet/);
    const en3 = 'Officials said 10 people were killed in the blast. Of the 10 dead, four were children.';
    expect(saidBy(en3, 'four', 'en')).toMatch(/^Officials$/i);
  });

  it('carries nothing after a sentence that opens on a place or a time', () => {
    expect(saidBy("La préfecture a recensé 318 blessés. Sur les quais, 40 bateaux étaient amarrés.", '40', 'fr')).toBeUndefined();
    // Openers that reach the breakdown rule but name a thing of their own, not the count before.
    expect(saidBy('Officials said 410 people had been detained. Of the two candidates, Smith won 52% of the vote.', '52%', 'en')).toBeUndefined();
    expect(saidBy("La préfecture a recensé 318 blessés. Sur les 12 derniers mois, l'inflation a atteint 5 %.", '5 %', 'fr')).toBeUndefined();
    expect(saidBy("La préfecture a recensé 318 blessés. Sur les 10 dernières années, 40 000 personnes ont été blessées.", '40 000', 'fr')).toBeUndefined();
  });
});
