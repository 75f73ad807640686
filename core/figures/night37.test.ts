import { describe, expect, it } from 'vitest';
import { compareFigures, extractFigures } from './index';
import type { Lang } from '../types';

// Sentences written for these tests.
const doc = (text: string, lang: Lang, published?: string) => ({ text, lang, published, figures: extractFigures(text, lang, { published }) });
const verdicts = (page: ReturnType<typeof doc>, src: ReturnType<typeof doc>, q: string) =>
  compareFigures(page, [{ id: 's', ...src }]).find((r) => r.page.text === q)?.comparisons.map((c) => c.verdict) ?? [];
/** Whether each count of people (not the ordinal of a night, not a date) is marked as one night's. */
const nights = (text: string, lang: Lang) => extractFigures(text, lang, { published: '2024-05-11' }).filter((f) => f.unit !== 'date' && typeof f.low === 'number' && f.low >= 100).map((f) => !!f.night);

describe('a count of one night', () => {
  it('is marked when its sentence names one night, in both languages', () => {
    expect(nights('Police arrested 640 people overnight, the ministry said on Saturday.', 'en')).toEqual([true]);
    expect(nights('Some 640 people were arrested on the third night of unrest, the ministry said.', 'en')).toEqual([true]);
    expect(nights('640 personnes ont été interpellées dans la nuit de vendredi à samedi, selon le ministère.', 'fr')).toEqual([true]);
    expect(nights('La police a procédé à 640 interpellations la nuit dernière, a indiqué le ministère.', 'fr')).toEqual([true]);
  });
  it('is not marked for several nights, every night, or a count of no growing toll', () => {
    // Several nights: a cumulative count's span.
    expect(nights('Police have arrested 2,400 people in five nights of unrest, the ministry said.', 'en')).toEqual([false]);
    expect(nights('Au total, 2 400 personnes ont été interpellées en trois nuits, selon le ministère.', 'fr')).toEqual([false]);
    expect(nights('Police patrolled day and night and arrested 640 people, the ministry said.', 'en')).toEqual([false]);
    // Cars burned are no growing toll of people.
    expect(nights('Some 900 cars were burned overnight, the ministry said.', 'en')).toEqual([false]);
  });
  it('read twice on one morning by two relays is an earlier and a later reading, not a disagreement', () => {
    const early = doc('Police arrested 640 people overnight from Friday to Saturday, the authorities said.', 'en', '2024-05-11');
    const later = doc('Au total, 910 personnes ont été interpellées dans la nuit de vendredi à samedi, a indiqué le ministère de l\'Intérieur.', 'fr', '2024-05-11');
    expect(verdicts(later, early, '910')).not.toContain('differs');
    // The same two relays, one of them giving a toll of a day rather than of a night, still disagree on that day.
    const day = doc('On Saturday, the authorities said police arrested 640 people in the protests.', 'en', '2024-05-11');
    const laterDay = doc('Samedi, 910 personnes ont été interpellées lors des manifestations, a indiqué le ministère de l\'Intérieur.', 'fr', '2024-05-11');
    expect(verdicts(laterDay, day, '910')).toEqual(['differs']);
  });
});

describe('a count over the past week', () => {
  const moment = (text: string) => extractFigures(text, 'en', { published: '2023-09-30' }).find((f) => f.low === 400)?.moment;
  it('is a running count of the day of writing, not of last calendar week', () => {
    expect(moment('The number of people who crossed the border over the past week had reached 400, a spokeswoman said.')).toBe('2023-09-30');
    expect(moment('Rebels have fired 400 rockets in the last week, the army said.')).toBe('2023-09-30');
  });
  it('leaves last week alone as last calendar week', () => {
    expect(moment('Some 400 people were arrested last week, police said.')).toBe('2023-09-18');
  });
});
