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
    // A toll of a day, no night named: a growing role alone does not make it one night's.
    expect(nights('Police arrested 640 people in the protests, the ministry said.', 'en')).toEqual([false]);
  });
  it('is not marked when the night word is not the count\'s own', () => {
    // The saying's night, a night of another clause, another night the count is placed against, a running total.
    expect(nights('Police arrested 640 people, the ministry said on Saturday night.', 'en')).toEqual([false]);
    expect(nights('Police arrested 640 people on Friday; a curfew was imposed at night.', 'en')).toEqual([false]);
    expect(nights('640 people were arrested over the weekend, a week after a night of rioting.', 'en')).toEqual([false]);
    expect(nights('La police a interpellé 640 personnes vendredi, avant une nuit plus calme.', 'fr')).toEqual([false]);
    expect(nights('Police have now arrested 1,311 people, including many in the fourth night of unrest.', 'en')).toEqual([false]);
    expect(nights('Police have arrested 1,311 people since the riots began, many of them overnight.', 'en')).toEqual([false]);
    expect(nights('Au total, 1 311 personnes ont été interpellées dans la nuit de vendredi à samedi.', 'fr')).toEqual([false]);
    expect(nights('Police arrested 640 people tonight, the ministry said.', 'en')).toEqual([false]);
  });
  it('is marked for a night of rioting all night, or during the night', () => {
    expect(nights('Police arrested 640 people as youths were rioting all night, the ministry said.', 'en')).toEqual([true]);
    expect(nights('Police arrested 640 people during the night, the ministry said.', 'en')).toEqual([true]);
  });
  it('leaves a count told as of writing on the day of writing, whatever night it follows', () => {
    const f = extractFigures('Some 3,000 people are now injured after a night of aftershocks, officials said.', 'en', { published: '2024-11-06' }).find((g) => g.low === 3000);
    expect(f?.moment).toBe('2024-11-06');
    expect(f?.night).toBeFalsy();
  });
  it('read twice on one morning by two relays is an earlier and a later reading, not a disagreement', () => {
    const early = doc('Police arrested 640 people overnight from Friday to Saturday, the authorities said.', 'en', '2024-05-11');
    const later = doc('Quelque 910 personnes ont été interpellées dans la nuit de vendredi à samedi, a indiqué le ministère de l\'Intérieur.', 'fr', '2024-05-11');
    expect(verdicts(later, early, '910')).not.toContain('differs');
    // The same two relays, one of them giving a toll of a day rather than of a night, still disagree on that day.
    const day = doc('On Saturday, the authorities said police arrested 640 people in the protests.', 'en', '2024-05-11');
    const laterDay = doc('Samedi, 910 personnes ont été interpellées lors des manifestations, a indiqué le ministère de l\'Intérieur.', 'fr', '2024-05-11');
    expect(verdicts(laterDay, day, '910')).toEqual(['differs']);
  });
  it('leaves two running totals that name a night as other nights still in disagreement', () => {
    const en = doc('On Saturday, police had arrested 640 people since the riots began, as a fourth night of unrest ended, the police said.', 'en', '2024-05-11');
    const fr = doc('Samedi, 910 personnes avaient été interpellées depuis le début des émeutes, après une quatrième nuit de violences, selon le ministère de l\'Intérieur.', 'fr', '2024-05-11');
    expect(verdicts(fr, en, '910')).toEqual(['differs']);
  });
});

describe('a count over the past week', () => {
  const moment = (text: string) => extractFigures(text, 'en', { published: '2023-09-30' }).find((f) => f.low === 400)?.moment;
  it('is a running count of the day of writing, not of last calendar week', () => {
    expect(moment('The number of people who crossed the border over the past week had reached 400, a spokeswoman said.')).toBe('2023-09-30');
    expect(moment('Rebels have fired 400 rockets in the last week, the army said.')).toBe('2023-09-30');
  });
  it('reads the past week of an event as up to now', () => {
    expect(moment('Some 400 people have been killed over the last week of fighting, the army said.')).toBe('2023-09-30');
  });
  it('leaves last week alone as last calendar week, and a past week of a month or before an event', () => {
    expect(moment('Some 400 people were arrested last week, police said.')).toBe('2023-09-18');
    expect(moment('Some 400 people were arrested in the last week before the ceasefire, police said.')).not.toBe('2023-09-30');
    expect(moment('Some 400 people were arrested in the last week of June, police said.')).not.toBe('2023-09-30');
  });
});
