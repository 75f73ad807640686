import { describe, expect, it } from 'vitest';
import { compareFigures, extractFigures } from './index';
import type { Lang } from '../types';

const keyOf = (text: string, lang: Lang, q: string): string[] => extractFigures(text, lang).find((f) => f.text === q)?.countsKey ?? [];
const doc = (text: string, lang: Lang, published?: string) => ({ text, lang, published, figures: extractFigures(text, lang, { published }) });
const verdicts = (page: ReturnType<typeof doc>, src: ReturnType<typeof doc>, q: string) =>
  compareFigures(page, [{ id: 's', ...src }]).find((r) => r.page.text === q)?.comparisons.map((c) => c.verdict) ?? [];

describe('threshold', () => {
  it('reads a count of what is needed, in both languages', () => {
    expect(keyOf('The coalition won 140 of 300 seats, while an outright win required 151 seats.', 'en', '151')).toContain('threshold');
    expect(keyOf('With 148 of the 151 seats needed to govern alone, the party will lead a minority cabinet.', 'en', '151')).toContain('threshold');
    expect(keyOf('La majorité absolue est de 151 sièges.', 'fr', '151')).toContain('threshold');
    expect(keyOf('Il faut 151 sièges pour gouverner seul.', 'fr', '151')).toContain('threshold');
    expect(keyOf('Le parti doit remporter 151 des 300 sièges pour obtenir la majorité.', 'fr', '151')).toContain('threshold');
  });
  it('leaves counts reached, and people who needed something, as they are', () => {
    expect(keyOf('The coalition won 140 of 300 seats.', 'en', '140')).not.toContain('threshold');
    expect(keyOf('About 40 people needed hospital treatment after the fire.', 'en', 'About 40')).not.toContain('threshold');
    // A modal without a majority in its sentence is a plan, not a threshold.
    expect(keyOf("L'entreprise doit supprimer 900 emplois d'ici juin.", 'fr', '900')).not.toContain('threshold');
  });
  it('never sets a threshold against a count of seats won, but meets another threshold', () => {
    const page = doc('The coalition won 140 of 300 seats, while an outright win required 151 seats, electoral officials said.', 'en', '2026-03-02');
    const won = doc('La coalition compte lundi 146 sièges, selon la commission électorale.', 'fr', '2026-03-02');
    const needed = doc('La majorité absolue est de 151 sièges.', 'fr', '2026-03-02');
    expect(verdicts(page, won, '151')).toEqual([]);
    expect(verdicts(page, needed, '151')).toEqual(['agrees']);
  });
  it('leaves a majority won, people under an obligation and a part of a planned cut without a threshold', () => {
    expect(keyOf('The Greens won an absolute majority of 180 seats on Sunday.', 'en', '180')).not.toContain('threshold');
    expect(keyOf('Les écologistes obtiennent une majorité absolue de 180 sièges.', 'fr', '180')).not.toContain('threshold');
    expect(keyOf('About 60 people needed to be rescued from the river.', 'en', 'About 60')).not.toContain('threshold');
    expect(keyOf('Some 500 residents were required to leave their homes.', 'en', 'Some 500')).not.toContain('threshold');
    expect(keyOf('About 60 people needed a blood transfusion.', 'en', 'About 60')).not.toContain('threshold');
    expect(keyOf('The carmaker must cut 2,300 jobs, the majority of them in Spain.', 'en', '2,300')).not.toContain('threshold');
    // The bar stays a bar: a majority needed, a modal for a majority.
    expect(keyOf('The party needs an absolute majority of 151 seats.', 'en', '151')).toContain('threshold');
    expect(keyOf('No party can achieve an absolute majority of 151 seats.', 'en', '151')).toContain('threshold');
    expect(keyOf('The party must win 151 seats for a majority.', 'en', '151')).toContain('threshold');
    expect(keyOf('Les 151 sièges nécessaires à la majorité lui manquent.', 'fr', '151')).toContain('threshold');
  });
});

describe('threshold of a share (verdict35)', () => {
  it('reads a share needed, a bar and a share nobody reached as thresholds, in both languages', () => {
    expect(keyOf('Sans atteindre les 60 % de voix requis pour la victoire, la maire reste en tête.', 'fr', '60 %')).toContain('threshold');
    expect(keyOf('She fell behind, well under the 60% of the vote needed to win.', 'en', '60%')).toContain('threshold');
    expect(keyOf('Si aucune liste ne dépasse la barre des 60 %, un second vote aura lieu.', 'fr', '60 %')).toContain('threshold');
    expect(keyOf("Aucune liste n'a réussi à obtenir 60 % des suffrages.", 'fr', '60 %')).toContain('threshold');
    expect(keyOf('No list secured more than 60 percent of the ballots, so a second vote follows.', 'en', 'more than 60 percent')).toContain('threshold');
    expect(keyOf("Une liste doit obtenir 60 % des suffrages pour s'assurer une victoire nette.", 'fr', '60 %')).toContain('threshold');
  });
  it('leaves a share won, a milestone passed and a verb of reaching with a subject as they are', () => {
    expect(keyOf('The mayor won 57.4 percent of the ballots.', 'en', '57.4 percent')).not.toContain('threshold');
    expect(keyOf('La liste a obtenu 57 % des suffrages.', 'fr', '57 %')).not.toContain('threshold');
    expect(keyOf("L'usine a franchi la barre des 20 000 moteurs produits.", 'fr', '20 000')).not.toContain('threshold');
    expect(keyOf('The plant passed the bar of 20,000 engines made.', 'en', '20,000')).not.toContain('threshold');
    expect(keyOf('Aucun incident, la liste a obtenu 57 % des suffrages.', 'fr', '57 %')).not.toContain('threshold');
  });
  it('never sets a bar against a share won, and calls two statements of one bar agreeing', () => {
    const page = doc("Selon les règles, une liste doit obtenir 60 % des suffrages pour s'assurer une victoire nette.", 'fr', '2026-03-02');
    const won = doc('The mayor won 57.4 percent of the ballots, the electoral board said.', 'en', '2026-03-02');
    const none = doc('No list secured more than 60 percent of the ballots, the electoral board said.', 'en', '2026-03-02');
    expect(verdicts(page, won, '60 %')).toEqual([]);
    expect(verdicts(page, none, '60 %')).toEqual(['agrees']);
  });
});

describe('threshold of a share: what it is not (verdict35 review)', () => {
  it('needs the nobody word to be the subject of the verb of reaching', () => {
    expect(keyOf('A party with no seats in parliament won 12 percent of the vote.', 'en', '12 percent')).not.toContain('threshold');
    expect(keyOf('No injuries were reported and the fire passed 300 acres.', 'en', '300')).not.toContain('threshold');
    expect(keyOf('No deaths were reported but floods reached 300 homes.', 'en', '300')).not.toContain('threshold');
    expect(keyOf('Chaque personne a obtenu 300 euros.', 'fr', '300 euros')).not.toContain('threshold');
    expect(keyOf('No fewer than 300 households got 500 dollars each.', 'en', '500 dollars')).not.toContain('threshold');
    // The subject still counts when it is nobody: "personne" with "ne", "none of the lists".
    expect(keyOf("Personne n'a obtenu 60 % des suffrages.", 'fr', '60 %')).toContain('threshold');
    expect(keyOf('None of the lists reached 60 percent of the ballots.', 'en', '60 percent')).toContain('threshold');
    expect(keyOf("Aucune liste n'ayant obtenu plus de 60 % des suffrages, un second vote aura lieu.", 'fr', 'plus de 60 %')).toContain('threshold');
  });
  it('reads a share of people required or needed as people, not a bar', () => {
    expect(keyOf('Some 30% of the residents needed to be evacuated.', 'en', 'Some 30%')).not.toContain('threshold');
    expect(keyOf('About 40% of patients required to stay overnight were elderly.', 'en', 'About 40%')).not.toContain('threshold');
    expect(keyOf('Près de 30 % des habitants requis pour le service ont refusé.', 'fr', 'Près de 30 %')).not.toContain('threshold');
  });
  it('reads a bar a share passed as a milestone', () => {
    expect(keyOf("L'inflation a franchi la barre des 5 % en mars.", 'fr', '5 %')).not.toContain('threshold');
    expect(keyOf('Le taux de participation a dépassé la barre des 60 % dimanche.', 'fr', '60 %')).not.toContain('threshold');
    expect(keyOf("Le parti n'a pas franchi la barre des 5 % des suffrages.", 'fr', '5 %')).toContain('threshold');
  });
});
