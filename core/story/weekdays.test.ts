import { describe, expect, it } from 'vitest';
import { dayMentions, extractFeatures, weekdayMentions } from './features';
import { StoryIndex } from './index';

describe('days named by their weekday', () => {
  it('places a weekday on the latest such day on or before publication', () => {
    // 2023-03-09 is a Thursday: "mercredi" is the day before, "jeudi" the day itself, "lundi" three days before.
    const keys = (text: string, published?: string) => weekdayMentions(text, undefined, published).map((d) => d.key);
    expect(keys('Le ferry a chaviré mercredi soir ; les recherches ont repris jeudi et lundi.', '2023-03-09')).toEqual(['3-8', '3-9', '3-6']);
    expect(keys('The ferry capsized on Wednesday, officials said.', '2023-03-09')).toEqual(['3-8']);
    // Across a month's end: a Sunday before a Tuesday 2 April.
    expect(keys('The vote took place on Sunday.', '2024-04-02')).toEqual(['3-31']);
  });

  it('reads no day without a publication day, nor from a recurring, coming or dated weekday', () => {
    expect(weekdayMentions('Le ferry a chaviré mercredi.', undefined, undefined)).toEqual([]);
    const keys = (text: string) => weekdayMentions(text, undefined, '2023-03-09').map((d) => d.key);
    expect(keys('Le marché se tient chaque lundi, et le conseil votera lundi prochain.')).toEqual([]);
    expect(keys('The market opens every Monday; the council votes next Tuesday.')).toEqual([]);
    expect(keys('Le scrutin du mardi 7 mars a été annulé.')).toEqual([]);
  });

  it('a weekday followed by a number that opens no date keeps its day', () => {
    const keys = (text: string) => weekdayMentions(text, undefined, '2023-03-09').map((d) => d.key);
    expect(keys('On Wednesday, 14 passengers were taken to hospital.')).toEqual(['3-8']);
    expect(keys('Mercredi, 450 grévistes ont bloqué le dépôt.')).toEqual(['3-8']);
    expect(keys('The strike began on Wednesday, March 8, at dawn.')).toEqual([]);
  });

  it('keeps a weekday day out of the core, and joins it to the date the article also gives', () => {
    const f = extractFeatures({ title: 'Un ferry chavire au large de Varna', text: 'Le ferry a chaviré mercredi au large de Varna, ont annoncé les secours.', lang: 'fr', published: '2023-03-09' });
    expect(f.some((x) => x.key === 'w:3-8')).toBe(true);
    const both = extractFeatures({ title: 'Un ferry chavire au large de Varna', text: 'Le ferry a chaviré mercredi 8 mars au large de Varna. Mercredi, les secours ont retrouvé douze corps.', lang: 'fr', published: '2023-03-09' });
    expect(both.some((x) => x.key.startsWith('w:'))).toBe(false);
    expect(both.find((x) => x.key === 'd:3-8')!.weight).toBeGreaterThan(1);
  });
});

describe('days of the year', () => {
  it('reads a date written after its weekday, the French way', () => {
    expect(dayMentions('Le scrutin du dimanche 9 juin a été suivi du vote du lundi 3 février 2025.').map((d) => [d.key, d.year])).toEqual([['6-9', undefined], ['2-3', 2025]]);
    expect(dayMentions('The vote on Sunday, June 9 was followed by another on Feb. 3, 2025.').map((d) => d.key)).toEqual(['6-9', '2-3']);
  });
});

describe('weekday days in the story index', () => {
  const article = {
    id: 'a',
    lang: 'fr' as const,
    published: '2023-03-09',
    title: 'Naufrage au large de Varna : douze morts',
    text: "Un ferry a chaviré au large de Varna le 8 mars, faisant douze morts, selon les garde-côtes. Les secours ont repêché quarante survivants. Le capitaine a été interrogé par la police portuaire.",
  };
  const page = {
    lang: 'en' as const,
    title: 'Ferry capsizes off Varna, twelve dead',
    text: 'A ferry capsized off Varna on Wednesday, killing twelve people, the coast guard said. Rescuers pulled forty survivors from the water. Police questioned the captain at the port.',
  };

  it('a page naming the day by its weekday meets an article giving its date, only when both are that moment', () => {
    const idx = StoryIndex.of([article]);
    const score = (published?: string) => idx.match({ ...page, published }, { threshold: -Infinity })[0]?.score ?? 0;
    const undated = score(undefined);
    // Published the next day, "Wednesday" is 8 March: the article's day.
    expect(score('2023-03-09')).toBeGreaterThan(undated);
    // Published a week later, "Wednesday" is 15 March: no day met, and the unmet weekday costs nothing.
    expect(score('2023-03-16')).toBeCloseTo(undated, 6);
  });

  it('a date the article recalls from weeks before its own day is not met by a weekday', () => {
    // Eight days later: the recalled day is beyond the 7 days a weekday meets, and the page (seven days before the
    // article) is within the week a page may lead its story's first report (days.ts LEAD_DAYS, leadProximity), so
    // only the weekday could move its score.
    const recalled = { ...article, id: 'b', published: '2023-03-16' };
    const idx = StoryIndex.of([recalled]);
    const score = (published?: string) => idx.match({ ...page, published }, { threshold: -Infinity })[0]?.score ?? 0;
    expect(score('2023-03-09')).toBeCloseTo(score(undefined), 6);
  });
});
