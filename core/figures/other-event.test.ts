import { describe, expect, it } from 'vitest';
import { compareFigures, extractFigures } from './index';
import type { Lang } from '../types';

const fig = (text: string, lang: Lang, q: string, published?: string) => extractFigures(text, lang, { published }).find((f) => f.text === q);
const doc = (text: string, lang: Lang, published?: string) => ({ text, lang, published, figures: extractFigures(text, lang, { published }) });
const verdicts = (page: ReturnType<typeof doc>, src: ReturnType<typeof doc>, q: string) =>
  compareFigures(page, [{ id: 's', ...src }]).find((r) => r.page.text === q)?.comparisons.map((c) => c.verdict) ?? [];

describe('eventYear', () => {
  it('reads the year of another event named in the count\'s clause, in both languages', () => {
    expect(fig('The record was set when 2 million people marched at the 2011 general strike.', 'en', '2 million')?.eventYear).toBe('2011');
    expect(fig('Lors de la grève générale de 2011, 2 millions de personnes avaient défilé.', 'fr', '2 millions')?.eventYear).toBe('2011');
  });
  it('reads no year of the article\'s own, of a comparison or of a period\'s start', () => {
    expect(fig('About 300,000 people marched at the 2026 spring rally.', 'en', 'About 300,000', '2026-04-02')?.eventYear).toBeUndefined();
    expect(fig('About 300,000 people marched, more than in 2019.', 'en', 'About 300,000', '2026-04-02')?.eventYear).toBeUndefined();
    expect(fig('Depuis 2019, 300 000 personnes ont quitté la région.', 'fr', '300 000', '2026-04-02')?.eventYear).toBeUndefined();
  });
  it('reads no year of an aside between commas, but one of a phrase opening the sentence', () => {
    expect(fig('The firm, founded in 1987, employs 4,000 people.', 'en', '4,000', '2026-04-02')?.eventYear).toBeUndefined();
    expect(fig('The union, which won in 2015, now holds 120 seats.', 'en', '120', '2026-04-02')?.eventYear).toBeUndefined();
    expect(fig("L'entreprise, fondée en 1987, emploie 4 000 personnes.", 'fr', '4 000', '2026-04-02')?.eventYear).toBeUndefined();
    expect(fig('In 2015, 4 million people marched.', 'en', '4 million', '2026-04-02')?.eventYear).toBe('2015');
    expect(fig('En 2015, 4 millions de personnes avaient défilé.', 'fr', '4 millions', '2026-04-02')?.eventYear).toBe('2015');
  });
  it('never calls a count of another year\'s event a disagreement with the story\'s count', () => {
    const page = doc('Selon les organisateurs, 800 000 personnes ont manifesté samedi.', 'fr', '2026-03-14');
    const past = doc('Selon la police, 300 000 personnes ont défilé lors de la grève générale de 2019.', 'fr', '2026-03-14');
    const same = doc('Selon la police, 300 000 personnes ont défilé samedi.', 'fr', '2026-03-14');
    expect(verdicts(page, same, '800 000')).toEqual(['differs']);
    expect(verdicts(page, past, '800 000')).toEqual(['related']);
    // Two undated articles: the year is all that tells the two marches apart.
    const en = doc('Organizers said 800,000 people marched on Saturday.', 'en');
    expect(verdicts(en, doc('Police said 300,000 people marched on Saturday.', 'en'), '800,000')).toEqual(['differs']);
    expect(verdicts(en, doc('Police said 300,000 people marched at the 2019 general strike.', 'en'), '800,000')).toEqual(['related']);
  });
});

describe('a count over the whole world', () => {
  it('reads "across the globe" and "à travers la planète" as the world, the count\'s place', () => {
    expect(fig('Organizers said two million people across the globe joined the strike.', 'en', 'two million')?.countsKey).toContain('loc:world');
    expect(fig('Deux millions de personnes à travers la planète ont rejoint la grève.', 'fr', 'Deux millions')?.countsKey).toContain('loc:world');
  });
});
