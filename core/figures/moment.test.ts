import { describe, expect, it } from 'vitest';
import { causedToll, clauseDate, grownAfter, heldBefore, inRelativeClauseBefore, isRunningTotal, recalledPast, resolveMoment, risenAfter, weekdayNear, wordBeforeLead } from './moment';
import { tokenize } from './tokens';
import { fold } from '../text/fold';
import { extractFigures } from './extract';

const momentOf = (text: string, lang: 'fr' | 'en', q: string) => extractFigures(text, lang, { published: '2024-11-10' }).find((f) => f.text === q)?.moment;

describe('a figure\'s moment', () => {
  it('reads a time word before a short closed aside as the clause\'s ("mardi à 19h45 (17h45 GMT) … 80 passagers")', () => {
    // Friday 9 May 2025: Tuesday is the 6th.
    const when = (text: string, lang: 'fr' | 'en') => extractFigures(text, lang, { published: '2025-05-09' }).filter((f) => f.unit === 'people').map((f) => f.moment);
    expect(when('La collision s\'est produite mardi à 19h45 (17h45 GMT) entre deux cars transportant plus de 80 passagers.', 'fr')).toEqual(['2025-05-06']);
    expect(when('The bus crashed on Tuesday at 7:45 pm local time (1745 GMT) while carrying 80 passengers.', 'en')).toEqual(['2025-05-06']);
    expect(when('Le car a quitté Lyon mardi (centre-est) avec 80 passagers à bord.', 'fr')).toEqual(['2025-05-06']);
    // A long bracket is a clause of its own, and one with a day of its own is not passed over: the article's day.
    expect(when('The bus crashed on Tuesday (the third crash on that road in the region this year) while carrying 80 passengers.', 'en')).toEqual(['2025-05-09']);
    expect(when('The bus crashed on Tuesday (and again on Wednesday) while carrying 80 passengers.', 'en')).toEqual(['2025-05-09']);
  });
  it('reads a deadline as no day of the value ("by the end of April", "d\'ici vendredi")', () => {
    const when = (text: string, lang: 'fr' | 'en') => extractFigures(text, lang, { published: '2025-04-16' }).filter((f) => f.unit !== 'date').map((f) => f.moment);
    expect(when('A further 50,000 test kits are due to reach the region by the end of April.', 'en')).toEqual(['2025-04-16']);
    expect(when('Quelque 50 000 doses doivent arriver d\'ici vendredi.', 'fr')).toEqual(['2025-04-16']);
    // Without the deadline's words, the month or day is the value's.
    expect(when('Quelque 50 000 doses sont arrivées vendredi.', 'fr')).toEqual(['2025-04-11']);
  });
  it('dates a sentence\'s counts by the report they come from ("according to the latest report, published on March 19")', () => {
    const text = 'Over 8,500 measles cases have been logged since August, among them nearly 3,000 in a single week, according to the latest report from the institute, published on March 19.';
    expect(extractFigures(text, 'en', { published: '2025-03-21' }).filter((f) => f.unit !== 'date').map((f) => f.moment)).toEqual(['2025-03-19', '2025-03-19']);
    // Another participle is no report's day.
    const other = 'Over 8,500 measles cases have been logged since August, among them nearly 3,000 in a single week, according to the latest report from the institute, which was founded on March 19.';
    expect(extractFigures(other, 'en', { published: '2025-03-21' }).filter((f) => f.unit !== 'date').map((f) => f.moment)).toEqual(['2025-03-21', '2025-03-21']);
  });
  it('reads a possessive day before an event\'s noun as that event\'s day, not a toll\'s ("the toll from Wednesday\'s accident")', () => {
    // Friday 9 May 2025.
    const when = (text: string) => extractFigures(text, 'en', { published: '2025-05-09' }).filter((f) => f.unit !== 'date').map((f) => `${f.text} ${f.moment}`);
    expect(when('The toll from Wednesday\'s accident rose to 17, officials said.')).toEqual(['17 2025-05-09']);
    expect(when('Rescuers said more than 300 people were buried by Tuesday\'s landslide.')).toEqual(['more than 300 2025-05-09']);
    // A report's noun or a gathering's keeps its day: the count is of that day.
    expect(when('Tuesday\'s toll of 40 dead was revised.')).toEqual(['40 2025-05-06']);
    expect(when('Wednesday\'s protest drew 5,000 people.')).toEqual(['5,000 2025-05-07']);
    // Without the possessive, the day dates the toll as before.
    expect(when('The storm killed 12 people on Wednesday.')).toEqual(['12 2025-05-07']);
    // An occasion where counts are told keeps its day, as a report's noun does (rev24a).
    expect(when("At Monday's briefing, officials said 40 people had died.")).toEqual(['40 2025-05-05']);
    expect(when("Thursday's meeting heard that 40 people died.")).toEqual(['40 2025-05-08']);
  });
  it('dates a pluperfect count a verb of saying reports by the saying, and leaves other pluperfect counts undated', () => {
    const when = (text: string, lang: 'fr' | 'en') => extractFigures(text, lang, { published: '2025-05-09' }).filter((f) => f.unit !== 'date').map((f) => `${f.text} ${f.moment}`);
    // Reported speech: "had been" / "avaient été" is the speaker's present perfect, the count as of the saying.
    expect(when('Rescuers said 58 passengers had been pulled from the river.', 'en')).toEqual(['58 2025-05-09']);
    expect(when('Le préfet a indiqué que 14 randonneurs avaient été secourus.', 'fr')).toEqual(['14 2025-05-09']);
    expect(when('La mairie a ajouté, précisant que « neuf écoles » avaient été fermées.', 'fr')).toEqual(['neuf 2025-05-09']);
    // No verb of saying before it: a count given before the article's day, with no day of its own.
    expect(when('Some 58 passengers had been pulled from the river.', 'en')).toEqual(['Some 58 undefined']);
    expect(when('Quatorze randonneurs avaient été secourus.', 'fr')).toEqual(['Quatorze undefined']);
  });
  it('reads "by" before a past clause as the time a count was read at, not a deadline ("by Thursday morning 53 were missing")', () => {
    // Friday 9 May 2025.
    const when = (text: string, lang: 'fr' | 'en') => extractFigures(text, lang, { published: '2025-05-09' }).filter((f) => f.unit !== 'date').map((f) => `${f.text} ${f.moment}`);
    expect(when('Divers searched the lake on Tuesday, and by Thursday morning 14 anglers were still missing.', 'en')).toEqual(['14 2025-05-08']);
    // An opening phrase dates both counts of its clause.
    expect(when('By Monday evening, the storm had flooded 300 homes and 2,000 were left without power.', 'en')).toEqual(['300 2025-05-05', '2,000 2025-05-05']);
    expect(when('Avant mercredi, 120 habitants avaient été évacués.', 'fr')).toEqual(['120 2025-05-07']);
    // Before a present, a future or a modal: a deadline, no day of the value.
    expect(when('Some 300 generators should reach the island by Monday.', 'en')).toEqual(['Some 300 2025-05-09']);
    // A forecast or a plan told in the past ("were likely to", "were to be"): still a deadline (rev24a).
    expect(when('Officials warned that by Sunday 2,000 homes were likely to flood.', 'en')).toEqual(['2,000 2025-05-09']);
    expect(when('The plan said that by Thursday 300 troops were to be deployed.', 'en')).toEqual(['300 2025-05-09']);
    expect(when('Quelque 300 groupes électrogènes doivent arriver avant mercredi.', 'fr')).toEqual(['Quelque 300 2025-05-09']);
  });
  it('reads a lower-case month as the month, save "may" and "march" (a verb, a noun)', () => {
    // A month's value is of the month (moment36: "YYYY-MM", no longer its first day).
    const when = (text: string) => extractFigures(text, 'en', { published: '2025-07-10' }).filter((f) => f.unit !== 'date').map((f) => f.moment);
    expect(when('In june, 650 people were aboard.')).toEqual(['2025-06']);
    expect(when('As many as 650 people may have been aboard.')).toEqual(['2025-07-10']);
  });
  it('resolves weekdays, yesterday and the last week against publication', () => {
    // Monday 28 October 2024.
    expect(resolveMoment('fri', '2024-10-28')).toBe('2024-10-25');
    expect(resolveMoment('mon', '2024-10-28')).toBe('2024-10-28');
    expect(resolveMoment('yesterday', '2024-10-28')).toBe('2024-10-27');
    expect(resolveMoment('two-days-ago', '2024-10-28')).toBe('2024-10-26');
    expect(resolveMoment('last-week', '2024-10-28')).toBe('2024-10-21');
    // Sunday 3 November: last week began on Monday 21 October.
    expect(resolveMoment('last-week', '2024-11-03')).toBe('2024-10-21');
    expect(resolveMoment(undefined, '2024-10-28')).toBe('2024-10-28');
    expect(resolveMoment('fri', undefined)).toBeUndefined();
  });
  it('reads "this morning", "ce matin", "ce soir" as the day of publication: a later reading than the day before\'s', () => {
    const day = (text: string, lang: 'fr' | 'en') => extractFigures(text, lang, { published: '2024-03-06' }).filter((f) => f.unit !== 'date').map((f) => [f.text, f.moment]);
    expect(day('The police said this morning that 78 people were killed, and not 79 as reported yesterday.', 'en')).toEqual([['78', '2024-03-06'], ['79', '2024-03-05']]);
    expect(day('La police a annoncé ce matin 78 morts, et non 79 comme annoncé hier.', 'fr')).toEqual([['78', '2024-03-06'], ['79', '2024-03-05']]);
  });
  it('reads "avant-hier" and "the day before yesterday" as two days before publication, "la veille" as one', () => {
    const when = (text: string) => extractFigures(text, 'fr', { published: '2024-03-06' }).map((f) => f.moment);
    expect(when('Avant-hier, 120 personnes ont été évacuées.')).toEqual(['2024-03-04']);
    expect(when('La veille, 120 personnes ont été évacuées.')).toEqual(['2024-03-05']);
    expect(extractFigures('The day before yesterday, 120 people were evacuated.', 'en', { published: '2024-03-06' }).map((f) => f.moment)).toEqual(['2024-03-04']);
  });
  it('gives a pluperfect count without a date of its own no moment, not the publication day', () => {
    const when = (text: string, lang: 'fr' | 'en') => extractFigures(text, lang, { published: '2023-01-31' }).filter((f) => f.unit !== 'date').map((f) => f.moment ?? null);
    expect(when('Deux millions de visiteurs avaient été comptés. Ce mardi, 1,27 million de visiteurs sont venus.', 'fr')).toEqual([null, '2023-01-31']);
    expect(when('About 1.1 million people had marched. Today 1.27 million marched.', 'en')).toEqual([null, '2023-01-31']);
    // A pluperfect with its own day keeps that day.
    expect(when('Le 19 janvier, deux millions de visiteurs avaient été comptés.', 'fr')).toEqual(['2023-01-19']);
  });
  it('takes a month without a year as the nearest such month, before or after publication', () => {
    expect(resolveMoment('month-08', '2024-10-28')).toBe('2024-08-01');
    expect(resolveMoment('month-01', '2024-12-04')).toBe('2025-01-01');
    expect(resolveMoment('month-12', '2025-01-15')).toBe('2024-12-01');
  });
  it('dates a value by a one-day date of its own sentence, not of the next', () => {
    const text = 'Le 19 janvier, 1,1 million de personnes. Le 31, 1,27 million.';
    const dates = [{ start: 0, end: 13, low: '--01-19', high: '--01-19' }];
    expect(clauseDate(text, { start: 15, end: 26 }, dates, '2023-01-31')).toBe('2023-01-19');
    expect(clauseDate(text, { start: 50, end: 62 }, dates, '2023-01-31')).toBeUndefined();
    // A year-less date after publication is last year's.
    expect(clauseDate(text, { start: 15, end: 26 }, [{ start: 0, end: 13, low: '--12-19', high: '--12-19' }], '2023-01-31')).toBe('2022-12-19');
  });
  it('leaves a time word after a comparison to the value compared with', () => {
    const f = (text: string, lang: 'fr' | 'en') => extractFigures(text, lang, { published: '2024-03-20' })[0];
    const en = f("Organisers said 40,000 people attended, more than twice as many as last week's fair.", 'en');
    expect([en.when, en.moment]).toEqual([undefined, '2024-03-20']);
    const fr = f('Selon la police, 40 000 personnes ont manifesté, deux fois plus que la semaine dernière.', 'fr');
    expect([fr.when, fr.moment]).toEqual([undefined, '2024-03-20']);
    // Before the figure, "more than" is its own bound, and the time word is its own.
    expect(f('More than 40,000 people marched last week.', 'en').when).toBe('last-week');
  });
  it('leaves a date after a clause of contrast that gives another value to that value', () => {
    const m = (text: string, lang: 'fr' | 'en') => Object.fromEntries(extractFigures(text, lang, { published: '2024-03-20' }).map((f) => [f.text, f.moment]));
    const fr = m("Le syndicat a compté 40 000 grévistes, alors qu'il en avait recensé un million le 7 mars.", 'fr');
    expect(fr['40 000']).not.toBe('2024-03-07');
    expect(fr['un million']).toBe('2024-03-07');
    expect(m('The union counted 40,000 strikers, whereas it had counted 90,000 on March 7.', 'en')['40,000']).not.toBe('2024-03-07');
    // With no other value in the contrast, the date is still the clause's.
    expect(m("Le syndicat a compté 40 000 grévistes, alors que la grève avait commencé le 7 mars.", 'fr')['40 000']).toBe('2024-03-07');
  });
  it('reads "N days earlier", "two weeks ago" and "il y a 12 jours" as that many days before publication', () => {
    const m = (text: string, lang: 'fr' | 'en') => Object.fromEntries(extractFigures(text, lang, { published: '2024-03-20' }).filter((f) => f.unit !== 'days' && f.unit !== 'weeks').map((f) => [f.text, f.moment]));
    expect(m('Twelve days earlier, the union counted 400,000 in the capital.', 'en')['400,000']).toBe('2024-03-08');
    expect(m('Two weeks ago 3,000 people marched.', 'en')['3,000']).toBe('2024-03-06');
    expect(m('Il y a 12 jours, 3 000 personnes avaient défilé.', 'fr')['3 000']).toBe('2024-03-08');
    // A duration is not a day: "held for 12 days".
    expect(m('The 3,000 people held for 12 days were freed.', 'en')['3,000']).toBe('2024-03-20');
  });
  it('reads a number of several words before its day unit ("twenty-one days ago", "il y a trente et un jours")', () => {
    // dayUnitAhead looks for the unit a few tokens on before the number is read: the number's own words come first.
    const m = (text: string, lang: 'fr' | 'en') => Object.fromEntries(extractFigures(text, lang, { published: '2024-03-31' }).filter((f) => f.unit !== 'days').map((f) => [f.text, f.moment]));
    expect(m('Twenty-one days ago 3,000 people marched.', 'en')['3,000']).toBe('2024-03-10');
    expect(m('Il y a trente et un jours, 3 000 personnes avaient défilé.', 'fr')['3 000']).toBe('2024-02-29');
  });
  it('leaves the time of a value set against the figure ("contre 2 000 il y a 12 jours", "up from 210 on Saturday") to that value', () => {
    const m = (text: string, lang: 'fr' | 'en') => Object.fromEntries(extractFigures(text, lang, { published: '2024-03-20' }).filter((f) => f.unit !== 'days').map((f) => [f.text, f.moment]));
    const fr = m('On compte 3 000 manifestants, contre 2 000 il y a 12 jours.', 'fr');
    expect(fr['3 000']).toBe('2024-03-20');
    expect(fr['2 000']).toBe('2024-03-08');
    // Wednesday 20 March 2024: Saturday is the 16th.
    const en = m('The ministry said 274 people were killed, up from 210 it reported on Saturday.', 'en');
    expect(en['274']).toBe('2024-03-20');
    expect(en['210']).toBe('2024-03-16');
  });
  it('gives a year-less date the publication\'s year, not the year of another date of the text', () => {
    const text = 'Le 3 mars dernier, 1 200 personnes avaient défilé. Le précédent record datait du 12 octobre 2010.';
    const m = Object.fromEntries(extractFigures(text, 'fr', { published: '2024-03-20' }).map((f) => [f.text, f.moment]));
    expect(m['1 200']).toBe('2024-03-03');
  });
  it('reads a point between digits as a thousands separator, not a sentence end', () => {
    const text = 'Le 3 mars, 1.250 personnes évacuées.';
    expect(clauseDate(text, { start: 11, end: 16 }, [{ start: 0, end: 9, low: '--03-03', high: '--03-03' }], '2024-03-05')).toBe('2024-03-03');
  });
});

describe('a date or time word of a relative clause before the figure dates its event, not the count', () => {
  const at = (text: string, word: string): boolean => inRelativeClauseBefore(text, text.indexOf(word));
  it('tells an event\'s relative clause from a report\'s', () => {
    expect(at('The toll of the flood that hit the valley on Friday has risen to 310.', 'Friday')).toBe(true);
    expect(at('Le bilan des crues, qui ont frappé la vallée le 3 mars, atteint 310 morts.', '3 mars')).toBe(true);
    expect(at('The earlier count, which was released on Tuesday afternoon, listed 290 deaths.', 'Tuesday')).toBe(false);
    expect(at('Officials said that on Friday 310 people had died.', 'Friday')).toBe(false);
    expect(at('Le 3 mars, 310 personnes sont mortes.', '3 mars')).toBe(false);
  });
  const moments = (text: string, lang: 'fr' | 'en', published: string): Record<string, string | undefined> =>
    Object.fromEntries(extractFigures(text, lang, { published }).map((f) => [f.text, f.moment]));
  it('dates a toll by the day it was written, not by the day of the disaster it counts', () => {
    // Wednesday 6 March 2024.
    expect(moments('The toll of the flood that hit the valley on Friday has risen to 310 people, officials said.', 'en', '2024-03-06')['310']).toBe('2024-03-06');
    expect(moments('Un bilan des crues, qui ont frappé la vallée le 1er mars, fait état de 310 morts.', 'fr', '2024-03-06')['310']).toBe('2024-03-06');
    expect(moments('The earlier count, which was released on Tuesday afternoon, listed 290 deaths.', 'en', '2024-03-06')['290']).toBe('2024-03-05');
  });
  it('reads a participle of happening as the event\'s day ("survenu dans la nuit de …"), not the toll\'s', () => {
    // Friday 8 March 2024: the fire of Tuesday night, its toll of the day of writing.
    expect(moments("L'incendie survenu dans la nuit de mardi à mercredi dans un immeuble du centre de Lyon a déjà fait plus de 12 morts.", 'fr', '2024-03-08')['plus de 12']).toBe('2024-03-08');
    // Without it, the night's second day dates a toll told of that night (a count of that night is known on its morning);
    // one its event "a fait" (causedToll) is of the day of writing.
    expect(moments("Dans la nuit de mardi à mercredi, 12 personnes sont mortes dans l'incendie.", 'fr', '2024-03-08')['12']).toBe('2024-03-06');
    expect(moments("Dans la nuit de mardi à mercredi, l'incendie a fait 12 morts.", 'fr', '2024-03-08')['12']).toBe('2024-03-08');
  });
  it("leaves to another value the date it is compared with, or the date of a value set after it", () => {
    // Tuesday 7 March 2023.
    const a = moments("L'affluence a été plus forte ce mardi que le 19 janvier, avec au moins 1,3 million de visiteurs.", 'fr', '2023-03-07');
    expect(a['au moins 1,3 million']).toBe('2023-03-07');
    const b = moments('Le taux de grévistes atteint 36,5 % (49,5 % le 19 janvier).', 'fr', '2023-03-07');
    expect(b['36,5 %']).toBe('2023-03-07');
    expect(b['49,5 %']).toBe('2023-01-19');
    const c = moments('Attendance rose: 45,000 visitors in Nantes, 7,000 more than on January 19.', 'en', '2023-03-07');
    expect(c['45,000']).toBe('2023-03-07');
    // A list of values before one date shares it.
    const d = moments('Les défilés avaient réuni entre 1,2 million (selon la préfecture) et 3,5 millions de personnes le 12 octobre 2010.', 'fr', '2023-03-07');
    expect(d['1,2 million']).toBe('2010-10-12');
  });
  it('dates the figures of a clause a date opens ("March 3, when ...") by that date, even after "since"', () => {
    const a = moments('It was the largest rescue since March 3, when gunmen stormed the village, killing some 120 people and taking 30 hostage.', 'en', '2024-06-09');
    expect(a['some 120']).toBe('2024-03-03');
    const b = moments("C'est la plus grande opération depuis le 3 mars, date à laquelle des hommes armés ont attaqué le village, tuant quelque 120 personnes.", 'fr', '2024-06-09');
    expect(b['quelque 120']).toBe('2024-03-03');
  });
  it('never dates a count by the start of a duration ("détenus depuis le 7 octobre", "held since October")', () => {
    // Sunday 9 June 2024.
    expect(moments('Le retour de 4 marins retenus depuis le 7 octobre.', 'fr', '2024-06-09')['4']).toBe('2024-06-09');
    expect(moments('Four hostages held since October were freed.', 'en', '2024-06-09')['Four']).toBe('2024-06-09');
    expect(moments('Since Friday, 310 people have died.', 'en', '2024-06-09')['310']).toBe('2024-06-09');
    expect(moments('On Friday, 310 people died.', 'en', '2024-06-09')['310']).toBe('2024-06-07');
  });
  it('dates a toll by its report, not by the event a clause after it or a "lors de" names', () => {
    // Tuesday 5 March 2024.
    expect(moments('Au moins 120 personnes ont péri dans les crues qui ont frappé la vallée dimanche, selon un bilan officiel.', 'fr', '2024-03-05')['Au moins 120']).toBe('2024-03-05');
    expect(moments('The ministry said 120 people died in the floods that hit the valley on Sunday.', 'en', '2024-03-05')['120']).toBe('2024-03-05');
    expect(moments("L'armée aurait tué 40 personnes lors de l'assaut de dimanche, selon le ministère.", 'fr', '2024-03-05')['40']).toBe('2024-03-05');
    // After the event it follows ("after", "following", "après"), a time word or a date is the event's.
    expect(moments('More than 120 people were reported to have died after storms last week swept the valley.', 'en', '2024-03-05')['More than 120']).toBe('2024-03-05');
    expect(moments('The floods left 14 people missing following torrential rains on March 1 in the valley.', 'en', '2024-03-05')['14']).toBe('2024-03-05');
    expect(moments('Au moins 30 personnes sont mortes après les orages de dimanche, selon la préfecture.', 'fr', '2024-03-05')['Au moins 30']).toBe('2024-03-05');
    // Without it, the time word and the date still date the toll.
    expect(moments('More than 120 people were confirmed dead last week in the valley.', 'en', '2024-03-05')['More than 120']).toBe('2024-02-26');
    expect(moments('The floods left 14 people missing on March 1 in the valley.', 'en', '2024-03-05')['14']).toBe('2024-03-01');
    // A relative clause right after the counted noun is about the counted people: their day stays.
    expect(moments('Some 8,000 protesters, who marched on Sunday, were counted.', 'en', '2024-03-05')['Some 8,000']).toBe('2024-03-03');
    // A march's count is of the march's day, "lors de" or not.
    expect(moments('Selon la police, 8 000 manifestants ont défilé lors de la journée de dimanche.', 'fr', '2024-03-05')['8 000']).toBe('2024-03-03');
    // "Dont" after a count is its part, not a clause about an event: the time word after it still dates the count.
    expect(moments('Il a fait 120 morts et 300 blessés, dont 40 dans un état grave, a annoncé lundi soir le ministère.', 'fr', '2024-03-05')['120']).toBe('2024-03-04');
  });
  it('dates a toll by its report, not by the action a participle and its agent date before it', () => {
    // Tuesday 5 March 2024. "lancée par …", "déclenchés par …", "launched by …": the date is the action's.
    expect(moments("L'offensive lancée par l'armée le 1er mars dans la vallée, et qui a fait 40 morts, se poursuit.", 'fr', '2024-03-05')['40']).toBe('2024-03-05');
    expect(moments('Le bilan des combats, déclenchés par des tirs le 1er mars, s\'élève à 40 morts.', 'fr', '2024-03-05')['40']).toBe('2024-03-05');
    expect(moments('The offensive launched by the army on March 1 has killed 40 people.', 'en', '2024-03-05')['40']).toBe('2024-03-05');
    // A participle of telling or publishing dates the report, and so the toll.
    expect(moments('Selon le bilan communiqué par le ministère le 3 mars, 40 personnes sont mortes.', 'fr', '2024-03-05')['40']).toBe('2024-03-03');
    // A noun after a determiner is no participle; a count that is not a toll keeps the date; a toll the event "a fait" is
    // of the day of writing whatever comes before (causedToll), one told in the passive keeps the date.
    expect(moments('Une frappe par drone le 3 mars a fait 40 morts.', 'fr', '2024-03-05')['40']).toBe('2024-03-05');
    expect(moments('Le 3 mars, 40 personnes ont été blessées par une frappe de drone.', 'fr', '2024-03-05')['40']).toBe('2024-03-03');
    expect(moments('La marche organisée par les syndicats le 3 mars a réuni 4 000 manifestants.', 'fr', '2024-03-05')['4 000']).toBe('2024-03-03');
  });
  it('gives a time word between a value and a join to that value, not to the figure after the join', () => {
    // Tuesday 5 March 2024.
    expect(moments('The board held three votes: one on Monday and two on Tuesday morning.', 'en', '2024-03-05')['two']).toBe('2024-03-05');
    expect(moments('Ils étaient 3 000 lundi et 5 000 ce mardi.', 'fr', '2024-03-05')['5 000']).toBe('2024-03-05');
    // Without a value before it, the time word opens the clause and dates the figure.
    expect(moments('On Monday and again later, 5,000 people marched.', 'en', '2024-03-05')['5,000']).toBe('2024-03-04');
  });
  it("gives a sentence's opening time phrase, closed by a comma, to its figures however far they stand", () => {
    // Tuesday 5 March 2024.
    expect(moments('In a radio interview Monday night, the engineer said the network of the eastern district of the province lost 15 gigawatts in minutes.', 'en', '2024-03-05')['15']).toBe('2024-03-04');
    expect(moments("Dans la soirée de lundi, les responsables des secours de la région ont indiqué que 972 maisons avaient été détruites et 84 endommagées.", 'fr', '2024-03-05')['84']).toBe('2024-03-04');
    // A bracket ends no sentence: "mardi" after "(18H16 GMT)" is inside the opening phrase of no sentence here.
    expect(moments("La coupure, survenue à 15H16 (18H16 GMT) lundi, a mis la province à l'arrêt, affectant plus de 95 % des 20 millions d'habitants du pays.", 'fr', '2024-03-05')['20 millions']).toBe('2024-03-05');
    // A noun's measure ("the nation of 49 million people") is no count of the frame's day.
    expect(moments('In a radio interview Monday night, the head of the agency said the water network for the coastal nation of 49 million people failed in hours.', 'en', '2024-03-05')['49 million']).toBe('2024-03-05');
    // No comma after the opening phrase: no frame.
    expect(moments('In a radio interview Monday night the engineer said the network of the eastern district of the province lost 15 gigawatts in minutes.', 'en', '2024-03-05')['15']).toBe('2024-03-05');
  });
  it('gives a time word after a change word and "from" to the earlier value', () => {
    // Tuesday 5 March 2024.
    expect(moments('Inspectors report leaks at 12 sites along the pipeline, a steep rise from six the day before.', 'en', '2024-03-05')['12']).toBe('2024-03-05');
    expect(moments('La participation atteint 59 %, en hausse par rapport aux 38 % de lundi.', 'fr', '2024-03-05')['59 %']).toBe('2024-03-05');
    // Without the change word, the time word after the figure still dates it.
    expect(moments('Inspectors report leaks at 12 sites along the pipeline the day before.', 'en', '2024-03-05')['12']).toBe('2024-03-04');
  });
  it('dates a toll of "la nuit de dimanche à lundi" by the night\'s second day', () => {
    expect(moments('Les crues ont fait 120 morts dans la nuit de dimanche à lundi.', 'fr', '2024-03-05')['120']).toBe('2024-03-04');
    expect(moments('The storm killed 120 people in the night from Sunday to Monday.', 'en', '2024-03-05')['120']).toBe('2024-03-04');
    // An event's own measure keeps the night's first day.
    expect(moments('Un séisme de magnitude 6,1 a frappé la région dans la nuit de dimanche à lundi.', 'fr', '2024-03-05')['6,1']).toBe('2024-03-03');
  });
  it('takes the time word nearest to the figure, never the month of a date', () => {
    const text = 'Le bilan des crues, qui ont frappé la vallée le 1er mars, fait état de 1.310 morts et 2.476 blessés jusqu\'à 10 heures ce lundi, selon le ministère.';
    const m = moments(text, 'fr', '2024-03-06');
    expect(m['2.476']).toBe('2024-03-04');
  });
});

describe('weekdayNear', () => {
  it('reads a weekday as the day of that name nearest another day, either side', () => {
    // 2024-03-10 is a Sunday.
    expect(weekdayNear('sat', '2024-03-10')).toBe('2024-03-09');
    expect(weekdayNear('sun', '2024-03-10')).toBe('2024-03-10');
    expect(weekdayNear('tue', '2024-03-10')).toBe('2024-03-12');
    expect(weekdayNear('thu', '2024-03-10')).toBe('2024-03-07');
    // Three days ahead or four back: as near either way, no day.
    expect(weekdayNear('wed', '2024-03-10')).toBeUndefined();
  });
  it('reads nothing from other time words or without a day', () => {
    expect(weekdayNear('yesterday', '2024-03-10')).toBeUndefined();
    expect(weekdayNear('sat', undefined)).toBeUndefined();
    expect(weekdayNear(undefined, '2024-03-10')).toBeUndefined();
  });
});

describe('the year a figure is for', () => {
  /** The moment and year of the figure whose text starts with `fig`. */
  const dating = (text: string, lang: 'fr' | 'en', published: string, fig: string) => {
    const f = extractFigures(text, lang, { published }).find((x) => x.text.startsWith(fig));
    return { moment: f?.moment, year: f?.year };
  };
  it('takes a target year said after the figure, and no day', () => {
    expect(dating('La ville prévoit 1 200 logements sociaux en moins en 2027.', 'fr', '2026-03-10', '1 200')).toEqual({ moment: undefined, year: '2027' });
    expect(dating("Le port vise 40 000 conteneurs d'ici 2030.", 'fr', '2026-03-10', '40 000')).toEqual({ moment: undefined, year: '2030' });
    expect(dating('The airport expects 12 million passengers by 2028.', 'en', '2026-03-10', '12 million')).toEqual({ moment: undefined, year: '2028' });
    // The year itself stays a year of the day's text.
    expect(dating('The airport expects 12 million passengers by 2028.', 'en', '2026-03-10', '2028')).toEqual({ moment: '2026-03-10', year: undefined });
  });
  it('reads "next year" and "l\'an prochain" from publication, even after a conversion in brackets', () => {
    expect(dating("La commune dépensera 3 millions d'euros l'an prochain.", 'fr', '2026-03-10', '3 millions').year).toBe('2027');
    expect(dating('The city will spend €3 million ($3.3m) on roads next year.', 'en', '2026-03-10', '3 million').year).toBe('2027');
  });
  it("leaves the year of another value and publication's own year alone", () => {
    // "against 7.4% in 2024": that year is the other value's.
    const text = 'Unemployment should fall to 6.1% next year, against 7.4% in 2024.';
    expect(dating(text, 'en', '2025-06-02', '6.1%').year).toBe('2026');
    expect(dating(text, 'en', '2025-06-02', '7.4%').year).toBe('2024');
    // A comma ends the search: the aside's year is not the figure after it.
    expect(dating('Élue en 1998, elle devient la troisième femme à présider la région.', 'fr', '2026-03-10', 'troisième')).toEqual({ moment: '2026-03-10', year: undefined });
    // Publication's year: the day says more.
    expect(dating('Le chantier emploiera 800 ouvriers en 2026.', 'fr', '2026-03-10', '800')).toEqual({ moment: '2026-03-10', year: undefined });
    // A year without its preposition names something else ("the 2026 budget").
    expect(dating('The council cut 40 posts from the 2027 budget.', 'en', '2026-03-10', '40')).toEqual({ moment: '2026-03-10', year: undefined });
  });
  it('takes the year that opens the sentence before a comma, however far, unless another year stands between (xkey24)', () => {
    // Sentences written for this test.
    expect(dating('En 2019, une autre crue avait inondé la vallée voisine et fait plus de 300 sinistrés.', 'fr', '2026-03-10', 'plus de 300')).toEqual({ moment: undefined, year: '2019' });
    expect(dating('In 2019, another flood swept through the valley and left more than 300 people homeless.', 'en', '2026-03-10', 'more than 300')).toEqual({ moment: undefined, year: '2019' });
    // The clause after a colon opens as a sentence does.
    expect(dating("La vallée a déjà connu pire : en 2019, la crue avait fait plus de 300 sinistrés.", 'fr', '2026-03-10', 'plus de 300').year).toBe('2019');
    // Not an opening: the year is an aside's.
    expect(dating('Élue en 1998, elle dirige une équipe de 300 agents.', 'fr', '2026-03-10', '300').year).toBeUndefined();
    // Another year between: the figure's own clause has its year.
    expect(dating('In 2019, the plant employed 500 people, and in 2024 it employed 300.', 'en', '2026-03-10', '300').year).toBe('2024');
    // A time word of the figure's own dates it, not the opening year (Tuesday 10 March 2026: Monday is the 9th).
    expect(dating('In 2025, the agency recorded 1,200 deaths, and on Monday it said 40 more people had died.', 'en', '2026-03-10', '40')).toEqual({ moment: '2026-03-09', year: undefined });
    expect(dating('In 2025, the agency recorded 1,200 deaths, and on Monday it said 40 more people had died.', 'en', '2026-03-10', '1,200').year).toBe('2025');
    // A comma then a coordinator or a word of the present opens a clause of another time.
    expect(dating('In 2019, the plant employed 500 people, but it now employs 300.', 'en', '2026-03-10', '300').year).toBeUndefined();
    expect(dating("En 2019, l'usine employait 500 personnes, contre 300 aujourd'hui.", 'fr', '2026-03-10', '300').year).toBeUndefined();
    expect(dating("En 2019, l'usine employait 500 personnes, contre 300 aujourd'hui.", 'fr', '2026-03-10', '500').year).toBe('2019');
  });
  it('gives an ordinal before a year neither that year nor a day: the year dates the occurrence it ranks', () => {
    expect(dating('Élue maire pour la première fois en 2001, elle brigue un quatrième mandat.', 'fr', '2026-03-10', 'première')).toEqual({ moment: undefined, year: undefined });
    expect(dating('The club won the cup for the second time in 2019.', 'en', '2026-03-10', 'second')).toEqual({ moment: undefined, year: undefined });
  });
  it('gives an age reached by a year no year of its own', () => {
    expect(dating('The plan raises the retirement age from 65 to 67 by 2031.', 'en', '2026-03-10', '67')).toEqual({ moment: '2026-03-10', year: undefined });
  });
});

describe('a day written without its year', () => {
  const moments = (text: string, lang: 'fr' | 'en', published: string) => extractFigures(text, lang, { published })
    .filter((f) => f.unit !== 'date').map((f) => `${f.low}@${f.moment ?? '-'}`);
  it('is one of the weeks ahead when it falls soon after publication: no count is yet of it', () => {
    expect(moments('Strike\nThe 3,000 workers can return to work as late as Nov. 12.', 'en', '2024-11-05')).toEqual(['3000@2024-11-05']);
    expect(moments('Grève\nLes 3 000 salariés reprendront le travail le 12 novembre.', 'fr', '2024-11-05')).toEqual(['3000@2024-11-05']);
  });
  it('is last year\'s when it falls far after publication', () => {
    expect(moments('Strike\nSome 3,000 workers marched on Dec. 20.', 'en', '2025-01-10')).toEqual(['3000@2024-12-20']);
    expect(moments('Grève\nLes 3 000 salariés avaient défilé le 20 décembre.', 'fr', '2025-01-10')).toEqual(['3000@2024-12-20']);
  });
});

describe('a date that belongs to another value of the sentence', () => {
  const momentOf = (text: string, lang: 'fr' | 'en', published: string, fig: string) =>
    extractFigures(text, lang, { published }).find((f) => f.text.startsWith(fig))?.moment;
  it('gives a count no day from a list of two days in its clause, as from a span', () => {
    expect(momentOf('Les syndicats ont annoncé 200 cortèges, les 7 et 11 février 2026.', 'fr', '2026-02-03', '200')).toBe('2026-02-03');
    expect(momentOf('The unions announced 200 marches on 7 and 11 February 2026.', 'en', '2026-02-03', '200')).toBe('2026-02-03');
  });
  it('leaves the date of a value set against the figure to that value', () => {
    const fr = "Le taux de grévistes atteint 21,4 % à La Poste ce jeudi, contre 30,2 % le 9 mars.";
    expect(momentOf(fr, 'fr', '2026-03-19', '21,4')).toBe('2026-03-19');
    expect(momentOf(fr, 'fr', '2026-03-19', '30,2')).toBe('2026-03-09');
    expect(momentOf('Turnout reached 61%, against 55% on March 9.', 'en', '2026-03-19', '61%')).toBe('2026-03-19');
  });
  it('gives a date closed by a join to the value before it, not to the one after', () => {
    expect(momentOf('Selon la CGT, ils étaient 4.000 dans les rues le 9 mars, et 6.000 ce jeudi.', 'fr', '2026-03-19', '6.000')).toBe('2026-03-19');
    // A list that opens with its date shares it.
    expect(momentOf('Le 9 mars, 1,1 million selon la police et 2,8 millions selon la CGT.', 'fr', '2026-03-19', '2,8')).toBe('2026-03-09');
  });
});

describe('figures told under an earlier ranked event of the article', () => {
  const momentOf = (text: string, lang: 'fr' | 'en', published: string, fig: string) =>
    extractFigures(text, lang, { published }).find((f) => f.text.startsWith(fig))?.moment;
  it('take the day the article gives that event, in a paragraph that opens on it', () => {
    const fr = "Le maire sortant était arrivé en tête lors du premier tour des municipales, dimanche 15 mars. Sa liste totalisait 41,2 % des voix.\nCe dimanche, sa liste obtient 52,3 % des voix.";
    expect(momentOf(fr, 'fr', '2026-03-22', '41,2')).toBe('2026-03-15');
    // The day of writing's own figures keep it.
    expect(momentOf(fr, 'fr', '2026-03-22', '52,3')).toBe('2026-03-22');
    const en = 'At the end of the first round on March 15, 12 councillors were elected.\nSome 9,000 voters turned out.';
    expect(momentOf(en, 'en', '2026-03-22', '12')).toBe('2026-03-15');
    expect(momentOf(en, 'en', '2026-03-22', 'Some 9,000')).toBe('2026-03-22');
  });
  it('leave figures alone when the event is an aside later in the paragraph, or has no stated day', () => {
    const aside = 'Some 40,000 marched today. That exceeds the 30,000 of a first round of protests on March 5. The nine unions called a new strike.';
    expect(momentOf(aside, 'en', '2026-03-19', 'nine')).toBe('2026-03-19');
    expect(momentOf('Au terme du premier tour, 12 conseillers ont été élus.', 'fr', '2026-03-22', '12')).toBe('2026-03-22');
  });
});

describe('a count said again less precisely takes the day of the count it restates', () => {
  const momentOf = (text: string, lang: 'fr' | 'en', published: string, fig: string) =>
    extractFigures(text, lang, { published }).find((f) => f.text.startsWith(fig))?.moment;
  it('gives a title\'s open bound the day of the dated count of the same thing inside it', () => {
    // Sunday 10 March 2024: the ministry's toll of Saturday evening, restated by the title.
    const fr = "Crues : le bilan dépasse les 300 morts\nLes crues ont fait au moins 312 morts, a annoncé samedi soir le ministère.";
    expect(momentOf(fr, 'fr', '2024-03-10', 'dépasse les 300')).toBe('2024-03-09');
    expect(momentOf(fr, 'fr', '2024-03-10', 'au moins 312')).toBe('2024-03-09');
    const en = 'The interior ministry said the number of protesters exceeded 40,000. The ministry said in a statement that 46,000 people took part in protests on Tuesday across the region.';
    expect(momentOf(en, 'en', '2024-03-06', 'exceeded 40,000')).toBe('2024-03-05');
  });
  it('leaves it alone when the interval also holds a count of another day, or when the dated count is outside it', () => {
    // 312 on Saturday and 340 today: "plus de 300" may be either.
    const two = "Le bilan dépasse les 300 morts.\nLes crues ont fait 312 morts, a annoncé samedi le ministère. Elles ont fait 340 morts, selon le ministère.";
    expect(momentOf(two, 'fr', '2024-03-10', 'dépasse les 300')).toBe('2024-03-10');
    // A rising toll: "plus de 320" is not Saturday's 312.
    const above = "Le bilan dépasse les 320 morts.\nLes crues avaient fait 312 morts samedi, selon le ministère.";
    expect(momentOf(above, 'fr', '2024-03-10', 'dépasse les 320')).toBe('2024-03-10');
    // Another speaker's count (an NGO's beside the ministry's) is not a restatement.
    const speakers = "Les crues ont fait plus de 300 morts, selon l'ONG Secours. Les crues ont fait 312 morts, a annoncé samedi le ministère.";
    expect(momentOf(speakers, 'fr', '2024-03-10', 'plus de 300')).toBe('2024-03-10');
    expect(momentOf(speakers.replace("l'ONG Secours", 'le ministère'), 'fr', '2024-03-10', 'plus de 300')).toBe('2024-03-09');
  });
});

describe('a morning-after report of a one-day event', () => {
  const momentOf = (text: string, lang: 'fr' | 'en', published: string, fig: string) =>
    extractFigures(text, lang, { published }).find((f) => f.text.startsWith(fig))?.moment;
  // Wednesday 6 March 2024: Tuesday's march, counted the next morning.
  const en = 'The police said 46,000 people took part in protests on Tuesday across the region. The unions estimated the number of marchers at about 90,000.';
  it("gives the event's counts without a time word the day its dated counts put it on, the day before publication", () => {
    expect(momentOf(en, 'en', '2024-03-06', 'about 90,000')).toBe('2024-03-05');
    // A weekend's report of a Tuesday march, written on Friday: still the march's counts.
    expect(momentOf(en, 'en', '2024-03-08', 'about 90,000')).toBe('2024-03-05');
  });
  it("leaves them on publication's day when a count of the event is dated that day, or the event's day is further back", () => {
    expect(momentOf(en + ' On Wednesday, 3,000 marchers gathered again.', 'en', '2024-03-06', 'about 90,000')).toBe('2024-03-06');
    expect(momentOf(en, 'en', '2024-03-09', 'about 90,000')).toBe('2024-03-09');
    // A toll is not an event's count: it is of the day it is given.
    expect(momentOf('The floods killed 46 people on Tuesday, officials said. The toll now stands at about 60 people killed.', 'en', '2024-03-06', 'about 60')).toBe('2024-03-06');
  });
});

describe('a report of a day before publication, named in its lead', () => {
  // Wednesday 6 November 2024: "Tuesday" is the 5th.
  const moments = (text: string, lang: 'fr' | 'en' = 'en') => extractFigures(text, lang, { published: '2024-11-06' })
    .filter((f) => f.unit !== 'date').map((f) => `${f.low}@${f.moment ?? '-'}`);
  it('dates the article\'s undated counts to the day its lead says they were given', () => {
    expect(moments('Storm toll rises\nThe death toll from the storm now stands at 140, officials said on Tuesday.\nSome 3,000 houses were damaged and 60 people are missing.'))
      .toEqual(['140@2024-11-05', '3000@2024-11-05', '60@2024-11-05']);
    expect(moments('Le bilan s\'alourdit\nLes autorités ont annoncé mardi que 140 personnes étaient mortes.\nQuelque 3 000 maisons ont été endommagées.', 'fr'))
      .toEqual(['140@2024-11-05', '3000@2024-11-05']);
  });
  it('leaves them at publication when the lead\'s day is not a statement\'s, or its sentence gives no count of people', () => {
    // The storm's day, not a report's; the toll its verb causes is of the day of writing (causedToll), and a lead that
    // tells a toll its event caused names no news day either (newsDay): a toll keeps rising after its event.
    expect(moments('Storm toll rises\nThe storm struck on Tuesday, killing 140 people.\nSome 3,000 houses were damaged.'))
      .toEqual(['140@2024-11-06', '3000@2024-11-06']);
    expect(moments('Inondations\nUne crue a frappé la ville mardi, faisant 12 morts.\nQuelque 300 maisons sont inondées.', 'fr'))
      .toEqual(['12@2024-11-06', '300@2024-11-06']);
    // A statement of that day about something else.
    expect(moments('Aid arrives\nThe government announced on Tuesday that it accepted aid from two countries.\nThe storm has killed 140 people.'))
      .toEqual(['2@2024-11-05', '140@2024-11-06']);
  });
  it('leaves them when a count of the article is dated to publication by a time word of its own', () => {
    expect(moments('Storm toll rises\nThe death toll stood at 140, officials said on Tuesday.\nToday 60 people are still missing.'))
      .toEqual(['140@2024-11-05', '60@2024-11-06']);
    // A count the article gives at two values: the undated one is not the lead's day's.
    expect(moments('Storm toll rises\nThe toll stood at 140 dead, officials said on Tuesday.\nThe storm has killed 152 people, the ministry says.'))
      .toEqual(['140@2024-11-05', '152@2024-11-06']);
  });
  it('reads the first paragraph only: a later one recalls an earlier report', () => {
    expect(moments('Storm toll rises\nThe death toll now stands at 140.\nThe previous toll, announced on Tuesday, was 120 people.'))
      .toEqual(['140@2024-11-06', '120@2024-11-05']);
  });
});

describe('the day a lead sentence tells its news of (newsDay)', () => {
  // Wednesday 6 November 2024: "Tuesday" is the 5th, "lundi" the 4th.
  const moments = (text: string, lang: 'fr' | 'en' = 'en') => extractFigures(text, lang, { published: '2024-11-06' })
    .filter((f) => f.unit !== 'date').map((f) => `${f.low}@${f.moment ?? '-'}`);
  it('dates a next morning\'s counts to the day its first sentence tells, in both languages', () => {
    expect(moments('Markets\nWall Street closed lower on Tuesday after the central bank spoke.\nThe Dow lost 1.2%, or 500 points.'))
      .toEqual(['1.2@2024-11-05', '500@2024-11-05']);
    expect(moments('Bourse\nLa Bourse de Paris a fini en baisse mardi, après une séance agitée.\nL\'indice a perdu 1,2 %, à 7 300 points.', 'fr'))
      .toEqual(['1.2@2024-11-05', '7300@2024-11-05']);
    // A toll in a relative clause describes its noun: the sentence's news is its main verb's day.
    expect(moments('Incendie\nLes pompiers ont lutté mardi contre les feux qui ont tué 14 personnes.\nQuelque 300 maisons ont brûlé.', 'fr'))
      .toEqual(['14@2024-11-05', '300@2024-11-05']);
  });
  it('leaves them when the lead sentence gives a running total: the event\'s day, and the total grows after it', () => {
    expect(moments('Storm toll rises\nThe storm struck on Tuesday, and 140 people died.\nSome 3,000 houses were damaged.'))
      .toEqual(['140@2024-11-05', '3000@2024-11-06']);
    expect(moments('Bousculade\nAu moins 14 personnes sont mortes et 38 ont été blessées mardi dans une bousculade.\nQuelque 2 500 spectateurs étaient présents.', 'fr'))
      .toEqual(['14@2024-11-05', '38@2024-11-05', '2500@2024-11-06']);
  });
  it('takes a total\'s day when a source tells it between them: the day of the report', () => {
    expect(moments('Séisme\nLe séisme a fait 120 morts, selon le nouveau bilan du ministère, mardi.\nQuelque 300 maisons sont détruites.', 'fr'))
      .toEqual(['120@2024-11-05', '300@2024-11-05']);
    expect(moments('Séisme\nLe séisme a fait 120 morts mardi dans le sud du pays.\nQuelque 300 maisons sont détruites.', 'fr'))
      .toEqual(['120@2024-11-05', '300@2024-11-06']);
  });
  it('reads a night\'s news as the next morning\'s', () => {
    expect(moments('Fans\nCelebrations erupted across the city on Tuesday night after the final.\nPolice made 300 arrests.'))
      .toEqual(['300@2024-11-06']);
    expect(moments('Fans\nCelebrations erupted across the city on Monday night after the final.\nPolice made 300 arrests.'))
      .toEqual(['300@2024-11-05']);
  });
  it('leaves ages and lengths of time: properties said on the day of writing', () => {
    expect(moments('Bourse\nLa Bourse de Paris a fini en baisse mardi.\nL\'indice a perdu 1,2 %. Le directeur, âgé de 61 ans, part dans six mois.', 'fr'))
      .toEqual(['1.2@2024-11-05', '61@2024-11-06', '6@2024-11-06']);
  });
  it('leaves them when a count has publication\'s day by its own words', () => {
    expect(moments('Markets\nWall Street closed lower on Tuesday after the central bank spoke.\nThe Dow lost 1.2% today.'))
      .toEqual(['1.2@2024-11-06']);
  });
  it('reads no day of a possessive, a relative clause, a clause of place or time, or a participle and its agent', () => {
    expect(moments('Markets\nShares fell after Tuesday\'s report.\nThe Dow lost 1.2%, or 500 points.'))
      .toEqual(['1.2@2024-11-06', '500@2024-11-06']);
    expect(moments('Vote\nThe union said workers, who voted on Tuesday, accepted the offer.\nSome 59% backed it.'))
      .toEqual(['59@2024-11-06']);
    expect(moments('Grève\nLes ouvriers ont voté, lorsque la direction a cédé mardi, la fin de la grève.\nQuelque 300 salariés reprennent.', 'fr'))
      .toEqual(['300@2024-11-06']);
    expect(moments('Floods\nRescuers searched the town, where a dam burst on Tuesday.\nSome 300 houses are flooded.'))
      .toEqual(['300@2024-11-06']);
    expect(moments('Heurts\nLes affrontements, déclenchés par des frappes mardi, continuent.\nQuelque 300 familles ont fui.', 'fr'))
      .toEqual(['300@2024-11-06']);
  });
});

describe('a morning-after report of a scheduled event the article says took place', () => {
  // Monday 4 March 2024: the vote of Sunday the 3rd, its results printed the next morning.
  const moments = (text: string, lang: 'fr' | 'en' = 'en') => extractFigures(text, lang, { published: '2024-03-04' })
    .filter((f) => f.unit === 'percent').map((f) => `${f.low}@${f.moment ?? '-'}`);
  it("dates the article's counts without a day of their own to the event's day", () => {
    expect(moments('Résultats\nLes résultats des élections régionales, qui se sont tenues le 3 mars, ont été publiés.\nLe parti vainqueur a obtenu 31,5 % des voix, contre 24,2 % pour son rival.', 'fr'))
      .toEqual(['31.5@2024-03-03', '24.2@2024-03-03']);
    expect(moments('Results\nThe regional vote, which was held on Sunday, ended with a narrow win.\nThe winning party took 31.5% of the vote.'))
      .toEqual(['31.5@2024-03-03']);
  });
  it('takes the latest day a count of the article is dated to by its own words, when it is later than the event', () => {
    expect(moments('Incendie\nLe feu, qui a eu lieu samedi soir, a détruit 1 000 maisons.\nLes pompiers estimaient dimanche soir que 31,5 % du feu était maîtrisé.\nLe feu a brûlé 40 % de la forêt.', 'fr'))
      .toEqual(['31.5@2024-03-03', '40@2024-03-03']);
    expect(moments('Incendie\nLe feu, qui a eu lieu samedi soir, a détruit 1 000 maisons.\nLe feu a brûlé 40 % de la forêt.', 'fr'))
      .toEqual(['40@2024-03-02']);
  });
  it('leaves them at publication for an event that struck, one further back, or a count dated to publication', () => {
    expect(moments('Results\nThe storm, which struck on Sunday, left the region in the dark.\nPower was restored to 31.5% of homes.'))
      .toEqual(['31.5@2024-03-04']);
    expect(moments('Résultats\nLes élections, qui se sont tenues le 24 février, ont été suivies de tractations.\nLe parti vainqueur avait obtenu 31,5 % des voix.', 'fr'))
      .toEqual(['31.5@2024-03-04']);
    expect(moments('Results\nThe regional vote, which was held on Sunday, ended with a narrow win.\nThe party took 31.5% of the vote, and polls today give it 33%.'))
      .toEqual(['31.5@2024-03-04', '33@2024-03-04']);
  });
});

describe('a held event whose counts the lead says were told on a later day (moment33)', () => {
  // Thursday 7 March 2024: the vote of Sunday the 3rd, its results announced on Wednesday the 6th.
  const moments = (text: string, lang: 'fr' | 'en' = 'en', published = '2024-03-07') => extractFigures(text, lang, { published })
    .filter((f) => f.unit === 'percent').map((f) => `${f.low}@${f.moment ?? '-'}`);
  it('dates the counts to the later day the lead names, not to the event\'s', () => {
    expect(moments('Results\nThe results of the regional vote held on Monday, March 4, were announced by the commission on Wednesday, March 6.\nThe winning party took 31.5% of the vote.'))
      .toEqual(['31.5@2024-03-06']);
    expect(moments('Résultats\nLes résultats du scrutin régional, qui s\'est tenu lundi, ont été annoncés mercredi par la commission.\nLe parti vainqueur a obtenu 31,5 % des voix.', 'fr'))
      .toEqual(['31.5@2024-03-06']);
    // The later day is publication's: the counts are of the day of writing.
    expect(moments('Results\nThe results of the regional vote held on Monday, March 4, were announced by the commission on Wednesday, March 6.\nThe winning party took 31.5% of the vote.', 'en', '2024-03-06'))
      .toEqual(['31.5@2024-03-06']);
    // Without a later day, the held event's day stays the counts' (a morning-after report).
    expect(moments('Results\nThe regional vote, which was held on Tuesday, ended with a narrow win.\nThe winning party took 31.5% of the vote.'))
      .toEqual(['31.5@2024-03-05']);
  });
  it('reads no count\'s day from a held event\'s day before it in its sentence ("the vote held on Monday ... revealing 31.5%")', () => {
    // Saturday 9 March: the vote is too far back to be the report's day, so only the figure's own clause could date it.
    expect(moments('Results\nThe results of the regional vote held on Monday, March 4, were unveiled, revealing a winner with 31.5% of the votes.', 'en', '2024-03-09'))
      .toEqual(['31.5@2024-03-09']);
    // A count before the held day keeps it: "31.5% in the vote held on Monday" is that day's.
    expect(moments('Results\nThe party won 31.5% in the regional vote held on Monday, March 4.', 'en', '2024-03-09'))
      .toEqual(['31.5@2024-03-04']);
  });
  it("passes over a day that names its event in the lead's first sentence to the day it tells its news of", () => {
    expect(moments('Résultats\nLes résultats provisoires de l\'élection régionale du lundi 4 mars ont été annoncés ce mercredi 6 mars par la commission.\nLe parti vainqueur a obtenu 31,5 % des voix.', 'fr'))
      .toEqual(['31.5@2024-03-06']);
    expect(moments('Results\nThe provisional results of the regional election of March 4 were announced on Wednesday by the commission.\nThe winning party took 31.5% of the vote.'))
      .toEqual(['31.5@2024-03-06']);
  });
});

describe('a held event\'s day that is the count\'s own, and a later day that tells no results (moment34)', () => {
  const moments = (text: string, lang: 'fr' | 'en' = 'en', published = '2024-03-09') => extractFigures(text, lang, { published })
    .filter((f) => f.unit === 'percent').map((f) => `${f.low}@${f.moment ?? '-'}`);
  it('keeps the held day of a count whose own clause it dates (no noun of results before the "held")', () => {
    // Saturday 9 March: the vote of Monday the 4th is too far back to be the report's day; only the clause dates the count.
    expect(moments('Results\nIn the regional vote held on Monday, March 4, the winning party took 31.5% of the vote.'))
      .toEqual(['31.5@2024-03-04']);
    expect(moments('Results\nThe regional vote was held on Monday, March 4, and the winning party took 31.5% of the vote.'))
      .toEqual(['31.5@2024-03-04']);
    expect(moments('Results\nThe regional vote held on Monday, March 4, gave the winning party 31.5% of the vote.'))
      .toEqual(['31.5@2024-03-04']);
    // A results' noun phrase the "held" clause closes: the results were told on a day the sentence does not give.
    expect(moments('Results\nThe final tally of the regional vote held on Monday, March 4, came out, giving the winning party 31.5% of the vote.'))
      .toEqual(['31.5@2024-03-09']);
  });
  it('takes no later day from a clause that tells another event than the results', () => {
    // Thursday 7 March: the vote of Monday the 4th; the protests of Wednesday the 6th are not when the counts were told.
    expect(moments('Results\nThe regional vote held on Monday, March 4, ended with a narrow win, and protests broke out on Wednesday, March 6.\nThe winning party took 31.5% of the vote.', 'en', '2024-03-07'))
      .toEqual(['31.5@2024-03-04']);
    expect(moments('Résultats\nLe scrutin régional s\'est tenu lundi 4 mars dans le calme. Mercredi 6 mars, des manifestants ont bloqué les routes.\nLe parti vainqueur a obtenu 31,5 % des voix.', 'fr', '2024-03-07'))
      .toEqual(['31.5@2024-03-04']);
    // The same day in a clause that tells the results is theirs, also when it opens its sentence.
    expect(moments('Résultats\nLe scrutin régional s\'est tenu lundi 4 mars dans le calme. Mercredi 6 mars, la commission a annoncé les résultats provisoires.\nLe parti vainqueur a obtenu 31,5 % des voix.', 'fr', '2024-03-07'))
      .toEqual(['31.5@2024-03-06']);
  });
});

describe('a date after a count inside an absolute participial clause (moment34)', () => {
  // Sunday 14 January 2024.
  const moments = (text: string, lang: 'fr' | 'en' = 'en') => extractFigures(text, lang, { published: '2024-01-14' })
    .filter((f) => f.low === 40).map((f) => `${f.low}@${f.moment ?? '-'}`);
  it('does not date the count by the day of the clause with its own subject', () => {
    expect(moments('Floods\nSome 40 houses were destroyed, the previous flood having struck on December 18.')).toEqual(['40@2024-01-14']);
    expect(moments('Crues\nQuelque 40 maisons ont été détruites, la précédente crue ayant eu lieu le 18 décembre.', 'fr')).toEqual(['40@2024-01-14']);
  });
  it('still dates a count by a day after it in its own clause', () => {
    expect(moments('Floods\nSome 40 houses were destroyed on December 18, the previous flood having struck in May.')).toEqual(['40@2023-12-18']);
  });
});

describe('a morning-after report that names the event by its day', () => {
  // Sunday 16 March 2025: Saturday's march, counted the next morning.
  const moments = (text: string, lang: 'fr' | 'en' = 'en') => extractFigures(text, lang, { published: '2025-03-16' })
    .filter((f) => f.unit !== 'date').map((f) => `${f.low}@${f.moment ?? '-'}`);
  it("dates the article's counts without a day of their own to the event's day", () => {
    expect(moments('Lyon\nThe police estimated the crowd at 40,000 people.\nYesterday\'s demonstration was the largest in years.'))
      .toEqual(['40000@2025-03-15']);
    expect(moments('Lyon\nLa suite du mouvement reste incertaine après l\'immense manifestation de samedi.\nEntre 40 000 et 60 000 personnes ont défilé, selon les syndicats.', 'fr'))
      .toEqual(['40000@2025-03-15']);
    expect(moments('Lyon\nPlus de 40 000 personnes ont manifesté à Lyon vendredi 14 mars.\nAu moins 12 personnes ont été interpellées.', 'fr'))
      .toEqual(['40000@2025-03-14', '12@2025-03-14']);
    expect(moments('Grève du 14 mars : le bilan\n“Il y a eu 120 interpellations”, annonce le ministre.', 'fr'))
      .toEqual(['120@2025-03-14']);
    // A vote named by its day after an elided article ("d'hier"): the results printed the next morning are that day's.
    expect(moments("Résultats\nLa liste a gagné le scrutin municipal d'hier avec 29 % des voix.\nSon rival obtient 20 %.", 'fr'))
      .toEqual(['29@2025-03-15', '20@2025-03-15']);
    expect(moments("Results\nThe party won Saturday's election with 29% of the vote.\nIts rival got 20%."))
      .toEqual(['29@2025-03-15', '20@2025-03-15']);
  });
  it('leaves an age or a length of time, a month named "March", and an event of the day of writing', () => {
    expect(moments("Lyon\nYesterday's demonstration was the largest in years.\nThe reform raises the age to 64 years."))
      .toEqual(['64@2025-03-16']);
    expect(moments('Lyon\nThe health agency reported 40 new cases on March 14.\nOnly 12 people have been hospitalized.'))
      .toEqual(['40@2025-03-14', '12@2025-03-16']);
    expect(moments("Lyon\nYesterday's demonstration was large, today's rally is smaller.\nThe police counted 40,000 people."))
      .toEqual(['40000@2025-03-16']);
  });
});

describe("a period's bound is not the value's day", () => {
  const m = (text: string, lang: 'fr' | 'en', published: string) => extractFigures(text, lang, { published })
    .filter((f) => f.unit !== 'date').map((f) => `${f.low}@${f.moment ?? '-'}`);
  it('leaves "until", "jusqu\'au", "à partir du", "starting" to the day of writing', () => {
    expect(m('The group said it would halt production at its two plants until November 13.', 'en', '2024-11-05')).toEqual(['2@2024-11-05']);
    expect(m('Pékin impose des droits de douane de 34 % sur les biens importés à partir du 10 avril.', 'fr', '2025-04-04')).toEqual(['34@2025-04-04']);
    expect(m('Les deux usines resteront fermées jusqu\'au 13 novembre.', 'fr', '2024-11-05')).toEqual(['2@2024-11-05']);
  });
  it('keeps a date that dates its clause', () => {
    expect(m('Pékin a imposé des droits de douane de 34 % le 2 avril.', 'fr', '2025-04-04')).toEqual(['34@2025-04-02']);
  });
});

describe('an undated article\'s counts', () => {
  const whens = (text: string, lang: 'fr' | 'en' = 'en') => extractFigures(text, lang, {})
    .filter((f) => f.unit === 'people').map((f) => `${f.low ?? f.high}:${f.when ?? '-'}`);
  it('keep the weekday of their clause, and the others take the one its lead says a count was given on', () => {
    expect(whens('Toll rises to 1,200\nThe death toll has risen to 1,200, the government announced on Saturday.\nThe number of injured now stands at 3,400.'))
      .toEqual(['1200:sat', '1200:sat', '3400:sat']);
    expect(whens("Le bilan atteint 1 200 morts\nLe bilan s'élève à 1 200 morts, a annoncé samedi le gouvernement.\nOn compte aussi 3 400 blessés.", 'fr'))
      .toEqual(['1200:sat', '1200:sat', '3400:sat']);
  });
  it("give no report's day from a narrative's weekday or an event's", () => {
    // units21: "captives" count people (concepts.json word `people`); their own clause dates them, not the toll.
    expect(whens('A rescue\nWhen the four captives woke up on Saturday, they had been held for months.\nOfficials put the number of dead at more than 270.'))
      .toEqual(['4:sat', '270:-']);
    expect(whens('A raid\nA raid in the town on Saturday that officials said killed more than 200 people.\nAbout 400 people were injured.'))
      .toEqual(['200:-', '400:-']);
  });
});

describe('a toll in a relative clause after a time word', () => {
  it('is of the day of writing, not of the event the time word dates', () => {
    // Monday 10 June 2024.
    const m = (text: string) => extractFigures(text, 'en', { published: '2024-06-10' }).filter((f) => f.unit === 'people').map((f) => f.moment);
    expect(m('A raid in the town on Saturday that officials said killed more than 200 people.')).toEqual(['2024-06-10']);
    expect(m('A raid in the town killed more than 200 people on Saturday, officials said.')).toEqual(['2024-06-08']);
    // "that" after a verb of saying opens what was said on that day.
    expect(m('The ministry said on Saturday that around 700 people were wounded.')).toEqual(['2024-06-08']);
  });
});

describe('a time word followed by "that" / "qui"', () => {
  // Monday 31 March 2025.
  const m = (text: string, lang: 'fr' | 'en' = 'en') => extractFigures(text, lang, { published: '2025-03-31' }).filter((f) => f.unit === 'people').map((f) => f.moment);
  it('is the day of telling after a verb, whatever the verb or its distance', () => {
    expect(m('The army confirmed on Sunday that 700 people were killed in the raid.')).toEqual(['2025-03-30']);
    expect(m('The minister said at a news conference on Sunday that 700 people were killed in the raid.')).toEqual(['2025-03-30']);
    expect(m('Selon le bilan publié dimanche qui fait état de 700 morts, la situation reste grave.', 'fr')).toEqual(['2025-03-30']);
  });
  it("is the day of a noun's event after a noun, and the toll in the clause is of the day of writing", () => {
    expect(m('A strike on the market on Sunday that officials said killed 70 people.')).toEqual(['2025-03-31']);
    expect(m('La frappe de dimanche qui a tué 70 personnes a été condamnée.', 'fr')).toEqual(['2025-03-31']);
  });
});

describe("an undated article's report day after 'said on <weekday> that'", () => {
  const whens = (text: string, lang: 'fr' | 'en' = 'en') => extractFigures(text, lang, {})
    .filter((f) => f.unit === 'people').map((f) => `${f.low ?? f.high}:${f.when ?? '-'}`);
  it('dates the other counts of the article', () => {
    expect(whens('Toll rises\nThe interior ministry said on Saturday that the death toll has risen to 1,200.\nThe number of injured now stands at 3,400.'))
      .toEqual(['1200:sat', '3400:sat']);
    expect(whens('Toll rises\nThe interior ministry confirmed on Saturday that 1,200 people have died.\nThe number of injured now stands at 3,400.'))
      .toEqual(['1200:sat', '3400:sat']);
  });
});

describe('a lower-case "may" or "march" is no month', () => {
  it('leaves the count on the day its sentence names', () => {
    const f = extractFigures('As many as 650 people may have been aboard when the boat capsized on Wednesday.', 'en', { published: '2023-06-16' }).find((x) => x.text.includes('650'));
    expect(f?.moment).toBe('2023-06-14');
    const g = extractFigures('In May, 650 people were aboard the ferries.', 'en', { published: '2023-06-16' }).find((x) => x.text.includes('650'));
    expect(g?.moment).toBe('2023-05');
  });
});

describe('a toll its event caused, or told with its event\'s clause, is of the day of writing', () => {
  // Saturday 14 June 2025.
  const when = (text: string, lang: 'fr' | 'en') => extractFigures(text, lang, { published: '2025-06-14' }).filter((f) => f.unit === 'people').map((f) => `${f.text}@${f.moment}`);
  it('a day before a participle or perfect of causing ("crashed on Thursday, killing 40", "a fait au moins 12 morts")', () => {
    expect(when('A bus crashed into a river on Thursday, killing at least 40 people.', 'en').map((s) => s.split('@')[1])).toEqual(['2025-06-14']);
    expect(when('Jeudi soir, un incendie dans un entrepôt a fait au moins 12 morts.', 'fr').map((s) => s.split('@')[1])).toEqual(['2025-06-14']);
    expect(when('Le glissement de terrain du 12 juin a causé la mort de 30 personnes.', 'fr').map((s) => s.split('@')[1])).toEqual(['2025-06-14']);
  });
  it('keeps the day the caused toll was told on ("officials said Thursday the storm killed 40", "a annoncé jeudi que")', () => {
    expect(when('Officials said Thursday the storm killed 40 people.', 'en').map((s) => s.split('@')[1])).toEqual(['2025-06-12']);
    expect(when('The agency announced on June 12 that the flood had killed 40 people.', 'en').map((s) => s.split('@')[1])).toEqual(['2025-06-12']);
    expect(when('Le ministère a annoncé jeudi que le séisme avait fait 120 morts.', 'fr').map((s) => s.split('@')[1])).toEqual(['2025-06-12']);
    // The event's day stays the event's when the telling has none: "a raid on Thursday that officials said killed 40".
    expect(when('Residents fled a raid on Thursday that officials said killed 40 people.', 'en').map((s) => s.split('@')[1])).toEqual(['2025-06-14']);
  });
  it('gives the further members of a caused toll\'s list the first one\'s day ("killing 6 in A, 4 in B and 2 in C")', () => {
    expect(when('A gale swept the islands on Thursday, killing five people in Kirkwall, three in Lerwick and two inland.', 'en').map((s) => s.split('@')[1]))
      .toEqual(['2025-06-14', '2025-06-14', '2025-06-14']);
    expect(when('Une tempête a balayé les îles la semaine dernière, tuant cinq personnes à Brest, trois à Morlaix et deux à Quimper.', 'fr').map((s) => s.split('@')[1]))
      .toEqual(['2025-06-14', '2025-06-14', '2025-06-14']);
    // A list told on its own day keeps that day for every member ("officials said on Thursday").
    expect(when('The gale killed five people in Kirkwall, three in Lerwick and two inland, officials said on Thursday.', 'en').map((s) => s.split('@')[1]))
      .toEqual(['2025-06-12', '2025-06-12', '2025-06-12']);
    // A comma opens no list when the number after it has a verb of its own before it: its day stays its own.
    expect(when('A gale swept the islands, killing five people. On Thursday, three people were injured in the port.', 'en').map((s) => s.split('@')[1]))
      .toEqual(['2025-06-14', '2025-06-12']);
  });
  it('keeps the day of a passive toll ("12 people were injured on Thursday") and of other counts', () => {
    expect(when('Twelve people were injured on Thursday.', 'en').map((s) => s.split('@')[1])).toEqual(['2025-06-12']);
    expect(when('On Thursday, 3,000 people marched in the capital.', 'en').map((s) => s.split('@')[1])).toEqual(['2025-06-12']);
  });
  it('a time word after "lorsque" / "when" after a toll is its event\'s day', () => {
    expect(when('Huit personnes ont été blessées lorsqu\'un camion a percuté un abribus jeudi.', 'fr').map((s) => s.split('@')[1])).toEqual(['2025-06-14']);
    expect(when('Eight people were injured when a truck hit a bus shelter on Thursday.', 'en').map((s) => s.split('@')[1])).toEqual(['2025-06-14']);
    // Not a count of people no role names: the thieves of a robbery "when they ... on Sunday" are that day's.
    expect(when('Four thieves got in when they broke a window on Thursday.', 'en').map((s) => s.split('@')[1])).toEqual(['2025-06-12']);
  });
});

describe('an undated article\'s count told as risen', () => {
  const risen = (text: string, lang: 'fr' | 'en') => extractFigures(text, lang, {}).filter((f) => f.unit !== 'date').map((f) => `${f.text}:${f.rises === true}`);
  it('reads "has risen to", "bringing the total ... to", "est passé à" as a rise, not "rose to their feet" before another count', () => {
    expect(risen('The death toll from the flood has risen to nine, officials said.', 'en')).toEqual(['nine:true']);
    expect(risen('A woman died in hospital, bringing the total deaths to nine.', 'en')).toEqual(['nine:true']);
    expect(risen('Le bilan de l\'incendie est passé à 9 morts.', 'fr')).toEqual(['9:true']);
    expect(risen('Nine people died in the flood.', 'en')).toEqual(['Nine:false']);
    // Written for this test: "rose to" followed by no count, then another count.
    expect(risen('Fans rose to their feet as 12 players walked out.', 'en')).toEqual(['12:false']);
  });
  it('reads a rise, as a caused toll, back over a number\'s lead words on its own line only (written for this test)', () => {
    // A headline ending on "rises to" and a sentence on the next line: the number is the next line's.
    expect(risen('Flood toll rises to\n14 people are in hospital.', 'en')).toEqual(['14:false']);
    const toks = tokenize(fold('the toll has risen to at least 14'), 'en', 'the toll has risen to at least 14');
    const at14 = toks.findIndex((t) => t.t === '14');
    expect(wordBeforeLead(toks, at14, (t) => t === 'to')).toBe(at14 - 3);
    // "has" is no lead word: the walk stops there, before "toll".
    expect(wordBeforeLead(toks, at14, (t) => t === 'toll')).toBe(-1);
  });
  it('reads no rise in a clock time after "à", nor in the verb "a" after a name (written for this test)', () => {
    expect(risen('La réunion du conseil passe à 16 heures, a indiqué la mairie.', 'fr')).toEqual(['16 heures:false']);
    expect(risen('Rose a 41 ans et travaille à la gare.', 'fr')).toEqual(['41 ans:false']);
    // A duration past the day's last hour, or a bound before the hour, is still a value risen to.
    expect(risen('La semaine de travail passe à 39 heures.', 'fr')).toEqual(['39 heures:true']);
    expect(risen("Le nombre de sinistrés est passé à 16.", 'fr')).toEqual(['16:true']);
  });
  it('puts it after a dated count wholly below it, never beside a higher or an equal one', () => {
    const up = { rises: true, low: 9, high: 9 };
    expect(risenAfter(up, { moment: '2025-03-02', low: 5, high: 5 })).toBe('2025-03-03');
    // An open floor ("at least five") is the count as told.
    expect(risenAfter(up, { moment: '2025-03-02', low: 5, high: null })).toBe('2025-03-03');
    expect(risenAfter(up, { moment: '2025-03-02', low: 9, high: 9 })).toBeUndefined();
    expect(risenAfter(up, { moment: '2025-03-02', low: 12, high: 12 })).toBeUndefined();
    // A dated count of its own, or no rise told: nothing to order.
    expect(risenAfter({ ...up, moment: '2025-03-01' }, { moment: '2025-03-02', low: 5, high: 5 })).toBeUndefined();
    expect(risenAfter({ low: 9, high: 9 }, { moment: '2025-03-02', low: 5, high: 5 })).toBeUndefined();
    // An undated count below a dated one told as risen stood before it.
    expect(risenAfter({ low: 5, high: 5 }, { rises: true, moment: '2025-03-02', low: 9, high: 9 })).toBe('2025-03-01');
    expect(risenAfter({ low: 9, high: 9 }, { rises: true, moment: '2025-03-02', low: 9, high: 9 })).toBeUndefined();
  });
});

describe('an undated running total ordered by its growth (grownAfter)', () => {
  const dead = (low: number, high: number | null, extra: object = {}) => ({ low, high, countsKey: ['person', 'killed'], ...extra });
  it('puts a total wholly above a dated one of the same role after it, never orders one below it', () => {
    expect(grownAfter(dead(30, 30), dead(12, 12, { moment: '2025-05-02' }))).toBe('2025-05-03');
    expect(grownAfter(dead(30, null), dead(12, 12, { moment: '2025-05-02' }))).toBe('2025-05-03');
    const arrested = { low: 300, high: 300, countsKey: ['person', 'arrested'] };
    expect(grownAfter(arrested, { low: 120, high: 120, countsKey: ['person', 'arrested'], moment: '2025-05-02' })).toBe('2025-05-03');
    // Below the dated one: an earlier reading, or a part or a shorter period's count; not told apart.
    expect(grownAfter(dead(8, 8), dead(12, null, { moment: '2025-05-02' }))).toBeUndefined();
    // More than three times the dated one: as often another count.
    expect(grownAfter(dead(40, 40), dead(12, 12, { moment: '2025-05-02' }))).toBeUndefined();
    // A dated count its own clause dates ("samedi et dimanche soir") is not the total as of its article's day.
    expect(grownAfter(dead(30, 30), dead(12, 12, { moment: '2025-05-02', when: 'sat' }))).toBeUndefined();
  });
  it('orders nothing when the values meet, the role may fall, or a side has its own day', () => {
    // "at least 8" and "12": the count may not have moved.
    expect(grownAfter(dead(8, null), dead(12, 12, { moment: '2025-05-02' }))).toBeUndefined();
    expect(grownAfter(dead(12, 12), dead(12, 12, { moment: '2025-05-02' }))).toBeUndefined();
    // The missing are found: their count falls as often as it grows.
    const missing = (low: number, extra: object = {}) => ({ low, high: low, countsKey: ['person', 'missing'], ...extra });
    expect(grownAfter(missing(30), missing(12, { moment: '2025-05-02' }))).toBeUndefined();
    // Two roles, or a weekday, a month or a day of the undated side's own clause.
    expect(grownAfter(dead(30, 30), { low: 12, high: 12, countsKey: ['person', 'wounded'], moment: '2025-05-02' })).toBeUndefined();
    expect(grownAfter(dead(30, 30, { when: 'sat' }), dead(12, 12, { moment: '2025-05-02' }))).toBeUndefined();
    expect(grownAfter(dead(30, 30, { monthDay: '--05-01' }), dead(12, 12, { moment: '2025-05-02' }))).toBeUndefined();
    expect(grownAfter(dead(30, 30, { moment: '2025-05-01' }), dead(12, 12, { moment: '2025-05-02' }))).toBeUndefined();
  });
  it('puts a total above a dated floor after it, never one at or below the floor', () => {
    // "at least 12" on the day, then an undated 30 or "at least 30": the floor of a total that only grows has risen.
    expect(grownAfter(dead(30, 30), dead(12, null, { moment: '2025-05-02' }))).toBe('2025-05-03');
    expect(grownAfter(dead(30, null), dead(12, null, { moment: '2025-05-02' }))).toBe('2025-05-03');
    // At the floor's value, or below it: nothing says the count moved.
    expect(grownAfter(dead(12, null), dead(12, null, { moment: '2025-05-02' }))).toBeUndefined();
    expect(grownAfter(dead(8, null), dead(12, null, { moment: '2025-05-02' }))).toBeUndefined();
    // Far above the floor: as often another count (GROWN_MAX_RATIO).
    expect(grownAfter(dead(40, null), dead(12, null, { moment: '2025-05-02' }))).toBeUndefined();
  });
  it('orders no count of another year\'s event, of a numbered week or of a period', () => {
    const day = dead(12, 12, { moment: '2025-05-02' });
    // "Les crues de 2019 ont fait 30 morts", "En 2023, 300 personnes ont été interpellées".
    expect(grownAfter(dead(30, 30, { eventYear: '2019' }), day)).toBeUndefined();
    expect(grownAfter(dead(30, 30), dead(12, 12, { moment: '2025-05-02', eventYear: '2019' }))).toBeUndefined();
    // "En semaine 12, 30 morts".
    expect(grownAfter(dead(30, 30, { week: 12, period: 'W12' }), day)).toBeUndefined();
    expect(grownAfter(dead(30, 30, { week: 0 }), day)).toBeUndefined();
    expect(grownAfter(dead(30, 30), dead(12, 12, { moment: '2025-05-02', period: '2025-04-28/2025-05-04' }))).toBeUndefined();
  });
  it('finds a recalled past in a figure\'s sentence (recalledPast)', () => {
    const at = (text: string, n: string): boolean => recalledPast(text, { start: text.indexOf(n), end: text.indexOf(n) + n.length });
    expect(at('Storms killed 7 people. Last year, 30 people died in the storms.', '30')).toBe(true);
    expect(at('Storms like these killed 30 people two decades ago, the agency said.', '30')).toBe(true);
    expect(at('Thirty people had drowned in the river, she said.', 'Thirty')).toBe(true);
    expect(at("L'année dernière, 30 personnes sont mortes dans les tempêtes.", '30')).toBe(true);
    expect(at('Il y a cinq ans, des tempêtes semblables ont fait 30 morts.', '30')).toBe(true);
    expect(at('Ces tempêtes avaient fait 30 morts.', '30')).toBe(true);
    // Today's toll, and a past in another sentence.
    expect(at('Storms killed 7 people last year. Now 30 people have died, the agency said.', '30')).toBe(false);
    expect(at('Les tempêtes ont fait 30 morts, selon la préfecture.', '30')).toBe(false);
    // "il y a" before a count of people is "there are".
    expect(at('Il y a 30 morts et 12 blessés, selon la préfecture.', '30')).toBe(false);
  });
  it('takes as a running total only its article\'s highest count of its role', () => {
    const figs = [{ low: 17, high: 17, countsKey: ['person', 'killed'] }, { low: 4, high: 4, countsKey: ['person', 'killed', 'of:spain'] }, { low: 30, high: 30, countsKey: ['person', 'wounded'] }];
    expect(isRunningTotal(figs[0], figs)).toBe(true);
    // "dont quatre Espagnols": a part beside its whole.
    expect(isRunningTotal(figs[1], figs)).toBe(false);
    expect(isRunningTotal({ low: 3, countsKey: ['person', 'missing'] }, figs)).toBe(false);
  });
});

describe('a property\'s moment (propertyMoments, session 23)', () => {
  // Thursday 9 October 2025; sentences written for this test.
  const ages = (text: string, lang: 'fr' | 'en', published: string | null = '2025-10-09') =>
    extractFigures(text, lang, { published: published ?? undefined }).filter((f) => f.countsKey[0] === 'age').map((f) => [f.moment ?? null, f.when ?? null]);
  it('keeps an age at the day of writing when its clause names the day of an event', () => {
    expect(ages('Titre\nUn homme âgé de 41 ans a été interpellé mardi près de la gare.', 'fr')).toEqual([['2025-10-09', null]]);
    expect(ages('Title\nA 19-year-old man was arrested on Tuesday morning near the station.', 'en')).toEqual([['2025-10-09', null]]);
    // An undated article keeps no weekday for it either.
    expect(ages('Title\nA 19-year-old man was arrested on Tuesday morning near the station.', 'en', null)).toEqual([[null, null]]);
  });
  it('gives an age no date of its clause: publication\'s day, or none in an undated article (fixrev23b)', () => {
    expect(ages('Titre\nUne femme âgée de 52 ans a été arrêtée le 2 octobre 2025 à la frontière.', 'fr')).toEqual([['2025-10-09', null]]);
    expect(ages('Titre\nUne femme âgée de 52 ans a été arrêtée le 2 octobre 2025 à la frontière.', 'fr', null)).toEqual([[null, null]]);
    expect(ages('Title\nA 52-year-old woman was arrested at the border on October 2, 2025.', 'en', null)).toEqual([[null, null]]);
  });
  it('still dates a count of people in the same clause by its day', () => {
    const f = extractFigures('Titre\nTrois hommes, dont un homme âgé de 41 ans, ont été interpellés mardi.', 'fr', { published: '2025-10-09' }).filter((x) => x.text === 'Trois');
    expect(f.map((x) => x.moment)).toEqual(['2025-10-07']);
  });
});

describe('a second object of a verb of causing (tollJoinedToCaused, session 23)', () => {
  // Tuesday 11 March 2025; sentences written for this test.
  const when = (text: string, lang: 'fr' | 'en') => extractFigures(text, lang, { published: '2025-03-11' }).map((f) => `${f.text}@${f.moment}`);
  it('reads the count joined by "and / et" to a caused toll as caused too: of the writing, not of the event\'s day', () => {
    expect(when('Title\nA bus overturned on a mountain road on Sunday night, leaving 12 passengers dead and about 30 injured.', 'en')).toEqual(['12@2025-03-11', 'about 30@2025-03-11']);
    expect(when('Titre\nUn car s\'est renversé samedi sur une route de montagne, faisant 12 morts et une trentaine de blessés.', 'fr')).toEqual(['12@2025-03-11', 'une trentaine@2025-03-11']);
  });
  it('finds it only after a number the verb governs', () => {
    const toks = tokenize(fold('leaving 12 passengers dead and about 30 injured'), 'en');
    const at = (w: string) => toks.findIndex((t) => t.t === w);
    expect(causedToll(toks, at('30'))).toBe(true);
    // The first object's noun phrase runs longer than the reach: no join read.
    const far = tokenize(fold('leaving 12 passengers of the first coach dead and about 30 injured'), 'en');
    expect(causedToll(far, far.findIndex((t) => t.t === '30'))).toBe(false);
    // No verb of causing before the first number.
    const none = tokenize(fold('with 12 passengers dead and about 30 injured'), 'en');
    expect(causedToll(none, none.findIndex((t) => t.t === '30'))).toBe(false);
  });
});

describe('a day after a toll its relative clause\'s verb causes (causedInRelative, session 23)', () => {
  // Wednesday 12 March 2025; sentences written for this test.
  const when = (text: string, lang: 'fr' | 'en') => extractFigures(text, lang, { published: '2025-03-12' }).filter((f) => f.unit !== 'date').map((f) => `${f.text}@${f.moment}`);
  it('is the main clause\'s, not the toll\'s', () => {
    expect(when('Title\nThe damage of the storm that killed more than 40 people was plain to see on Monday in the coastal towns.', 'en')).toEqual(['more than 40@2025-03-12']);
    expect(when('Titre\nLes dégâts de la tempête qui a fait plus de 40 morts étaient visibles lundi dans les villes côtières.', 'fr')).toEqual(['plus de 40@2025-03-12']);
  });
  it('still takes the day the toll was told on', () => {
    expect(when('Title\nThe storm that killed more than 40 people, officials said on Monday, hit the coast.', 'en')).toEqual(['more than 40@2025-03-10']);
  });
  it('reads a day before a toll in the pluperfect as the day it was counted up to (fixrev23b)', () => {
    expect(when('Titre\nSamedi soir, les crues avaient fait 9 morts et 2 000 sinistrés dans la vallée.', 'fr')).toEqual(['9@2025-03-08', '2 000@2025-03-08']);
    expect(when('Title\nOn Saturday evening, the floods had killed 9 people and 40 others in the valley.', 'en')).toEqual(['9@2025-03-08', '40@2025-03-08']);
    // In the perfect, the day before is the event's and the toll is as of the writing.
    expect(when('Titre\nSamedi soir, les crues ont fait 9 morts et 2 000 sinistrés dans la vallée.', 'fr')).toEqual(['9@2025-03-12', '2 000@2025-03-12']);
  });
  it('reads "left" before a toll as a verb of causing (fixrev23b)', () => {
    expect(when('Title\nThe avalanche on Sunday left 6 climbers dead near the summit.', 'en')).toEqual(['6@2025-03-12']);
  });
  it('keeps a toll joined to the relative clause\'s first one on the same day (fixrev23b)', () => {
    expect(when('Titre\nL\'incendie qui a fait 7 morts et 15 blessés a été maîtrisé jeudi dans la nuit.', 'fr')).toEqual(['7@2025-03-12', '15@2025-03-12']);
    expect(when('Title\nThe blaze that killed 7 residents and 3 firefighters was put out on Thursday night.', 'en')).toEqual(['7@2025-03-12', '3@2025-03-12']);
    // Not a relative clause: the day after the toll is its event's, for both counts.
    expect(when('Title\nThe blaze killed 7 residents and 3 firefighters on Sunday night.', 'en')).toEqual(['7@2025-03-09', '3@2025-03-09']);
  });
});

describe('a count told as the state at the time of writing (writingTimeMoments, session 26)', () => {
  // Wednesday 6 November 2024: "Tuesday" is the 5th.
  const moments = (text: string, lang: 'fr' | 'en' = 'en') => extractFigures(text, lang, { published: '2024-11-06' })
    .filter((f) => f.unit !== 'date').map((f) => `${f.low}@${f.moment ?? '-'}`);
  it('keeps the day of writing for a count with "now", "so far", "désormais", "jusqu\'ici" when the lead reports an earlier day', () => {
    expect(moments('Storm toll rises\nThe death toll from the storm stood at 140, officials said on Tuesday.\nSome 3,000 houses have so far been inspected and 60 people are missing.'))
      .toEqual(['140@2024-11-05', '3000@2024-11-06', '60@2024-11-05']);
    expect(moments('Storm toll rises\nThe death toll from the storm stood at 140, officials said on Tuesday.\nThe number of people in shelters is now above 3,000.'))
      .toEqual(['140@2024-11-05', '3000@2024-11-06']);
    expect(moments('Le bilan s\'alourdit\nLes autorités ont annoncé mardi que 140 personnes étaient mortes.\nLa région compte désormais 3 000 sinistrés et 200 maisons détruites.', 'fr'))
      .toEqual(['140@2024-11-05', '3000@2024-11-06', '200@2024-11-05']);
    expect(moments('Le bilan s\'alourdit\nLes autorités ont annoncé mardi que 140 personnes étaient mortes.\nLa tempête a jusqu\'ici privé 3 000 foyers de courant.', 'fr'))
      .toEqual(['140@2024-11-05', '3000@2024-11-06']);
    expect(moments('Storm toll rises\nThe death toll from the storm stood at 140, officials said on Tuesday.\nSome 3,000 soldiers remain deployed in the region.'))
      .toEqual(['140@2024-11-05', '3000@2024-11-06']);
    expect(moments('Le bilan s\'alourdit\nLes autorités ont annoncé mardi que 140 personnes étaient mortes.\nQuelque 3 000 foyers sont toujours privés de courant.', 'fr'))
      .toEqual(['140@2024-11-05', '3000@2024-11-06']);
  });
  it('leaves a quoted "now" (the speaker\'s day), a "now-" compound and a count with a day of its own', () => {
    expect(moments('Le bilan s\'alourdit\nLes autorités ont annoncé mardi que 140 personnes étaient mortes.\n« Quelque 3 000 personnes sont désormais dans des abris », a déclaré le ministre.', 'fr'))
      .toEqual(['140@2024-11-05', '3000@2024-11-05']);
    expect(moments('Storm toll rises\nThe death toll from the storm stood at 140, officials said on Tuesday.\n"Some 3,000 people are now in shelters," the minister said.'))
      .toEqual(['140@2024-11-05', '3000@2024-11-05']);
    expect(moments('Storm toll rises\nThe death toll from the storm stood at 140, officials said on Tuesday.\nThe now-closed shelter held 3,000 people.'))
      .toEqual(['140@2024-11-05', '3000@2024-11-05']);
    expect(moments('Storm toll rises\nThe death toll from the storm stood at 140, officials said on Tuesday.\nOn Monday, 3,000 people were now in shelters.'))
      .toEqual(['140@2024-11-05', '3000@2024-11-04']);
  });
});

describe('a day that ends a "since"/"depuis" phrase starts the period a count runs over (inSincePhrase, session 26)', () => {
  // Sunday 10 November 2024: "Friday" is the 8th.
  const moments = (text: string, lang: 'fr' | 'en' = 'en') => extractFigures(text, lang, { published: '2024-11-10' })
    .filter((f) => f.unit !== 'date').map((f) => `${f.low}@${f.moment ?? '-'}`);
  it('keeps the day of writing for a running count whose only day is the start of its period', () => {
    expect(moments('Floods\nAt least 75 people have died since the river burst its banks on Friday.')).toEqual(['75@2024-11-10']);
    expect(moments('Crues\nPlus de 2 000 habitants ont été évacués depuis la montée des eaux vendredi.', 'fr')).toEqual(['2000@2024-11-10']);
    expect(moments('Crues\nDepuis le début de la crue vendredi, les secours ont évacué 2 000 habitants.', 'fr')).toEqual(['2000@2024-11-10']);
  });
  it('still reads a day of the count\'s own clause ("on Friday", "since Friday" is no count\'s day either way)', () => {
    expect(moments('Floods\nAt least 75 people died on Friday when the river burst its banks.')).toEqual(['75@2024-11-08']);
    expect(moments('Crues\nVendredi, les secours ont évacué 2 000 habitants.', 'fr')).toEqual(['2000@2024-11-08']);
  });
});

// Sentences written for these tests (fixrev26a): a "since" phrase and "remains" that do not date a count.
describe('"depuis" + a name and a "since" clause of saying date no period (fixrev26a)', () => {
  it('keeps the day of a count told "depuis" a place', () => {
    expect(momentOf('La ministre a déclaré depuis Lyon jeudi que 25 personnes ont été blessées.', 'fr', '25')).toBe('2024-11-07');
  });
  it('keeps the day of a count in a "since" clause of saying', () => {
    expect(momentOf('Since the police said on Thursday that 25 people were injured, the town has been quiet.', 'en', '25')).toBe('2024-11-07');
  });
  it('still reads "depuis la ... jeudi" as the start of the period', () => {
    expect(momentOf('25 personnes ont été blessées depuis la reprise des combats jeudi.', 'fr', '25')).not.toBe('2024-11-07');
  });
});

describe('"remains" / "reste" as a noun is no adverb of the time of writing (fixrev26a)', () => {
  const pub = { published: '2024-11-07' };
  it('leaves the count after "the remains of" / "le reste des" with the lead\'s day', () => {
    const en = extractFigures('Quake toll climbs\nThe toll reached 90, the agency said on Wednesday.\nTeams have recovered the remains of 15 people.', 'en', pub);
    expect(en.find((f) => f.text === '15')?.moment).toBe('2024-11-06');
    const fr = extractFigures('Le bilan monte\nLa préfecture a indiqué mercredi que 90 personnes étaient mortes.\nLe reste des 200 habitants a été relogé.', 'fr', pub);
    expect(fr.find((f) => f.text === '200')?.moment).toBe('2024-11-06');
  });
  it('still reads the verb "remain" as the time of writing', () => {
    const en = extractFigures('Quake toll climbs\nThe toll reached 90, the agency said on Wednesday.\n15 people remain missing.', 'en', pub);
    expect(en.find((f) => f.text === '15')?.moment).toBe('2024-11-07');
  });
});

describe('a restated count takes the day of its speaker\'s own count only (restatedMoments, same-speaker.ts)', () => {
  // Friday 9 May 2025: Tuesday is the 6th.
  const when = (text: string) => extractFigures(text, 'en', { published: '2025-05-09' }).filter((f) => f.unit !== 'date').map((f) => `${f.text} ${f.moment}`);
  it('moves a bound to the day its speaker gave the count', () => {
    expect(when('More than 900 people were killed in the floods, the state government said. On Tuesday the state government said 950 people had been killed in the floods.'))
      .toEqual(['More than 900 2025-05-06', '950 2025-05-06']);
  });
  it('leaves it on the article\'s day when another speaker gave the count, though the two share a word', () => {
    // moment.ts oneSpeaker reads "the state government" and "the local government" as one (a shared word), same-speaker.ts as two.
    expect(when('More than 900 people were killed in the floods, the state government said. On Tuesday the local government said 950 people had been killed in the floods.'))
      .toEqual(['More than 900 2025-05-09', '950 2025-05-06']);
  });
});

describe('the review of moment34: a later day that tells results, a held day inside results, an absolute clause', () => {
  // Thursday 7 March 2024: the vote of Monday the 4th.
  const moments = (text: string, lang: 'fr' | 'en' = 'en', published = '2024-03-07') => extractFigures(text, lang, { published })
    .filter((f) => f.unit === 'percent').map((f) => `${f.low}@${f.moment ?? '-'}`);
  it('takes no later day from a clause with a verb of telling but no noun of results', () => {
    expect(moments('Results\nThe regional vote held on Monday, March 4, ended with a narrow win, and the president announced a new cabinet on Wednesday, March 6.\nThe winning party took 31.5% of the vote.'))
      .toEqual(['31.5@2024-03-04']);
    expect(moments('Results\nThe regional vote held on Monday, March 4, ended with a narrow win, and two jailed opposition leaders were released on Wednesday, March 6.\nThe winning party took 31.5% of the vote.'))
      .toEqual(['31.5@2024-03-04']);
    expect(moments('Résultats\nLe scrutin régional s\'est tenu lundi 4 mars dans le calme. Mercredi 6 mars, des manifestants ont contesté les résultats.\nLe parti vainqueur a obtenu 31,5 % des voix.', 'fr'))
      .toEqual(['31.5@2024-03-04']);
  });
  it('takes the later day of a sentence a preposition and the day open', () => {
    expect(moments('Results\nThe regional vote was held on Monday, March 4. On Wednesday, March 6, the commission announced the results.\nThe winning party took 31.5% of the vote.'))
      .toEqual(['31.5@2024-03-06']);
  });
  it('takes no later day from a clause "alors que" or "tandis que" opens', () => {
    expect(moments('Résultats\nLe scrutin régional s\'est tenu lundi 4 mars, alors que les résultats ont été annoncés mercredi 6 mars.\nLe parti vainqueur a obtenu 31,5 % des voix.', 'fr'))
      .toEqual(['31.5@2024-03-04']);
    expect(moments('Résultats\nLe scrutin régional s\'est tenu lundi 4 mars, tandis que les résultats ont été annoncés mercredi 6 mars.\nLe parti vainqueur a obtenu 31,5 % des voix.', 'fr'))
      .toEqual(['31.5@2024-03-04']);
  });
  it('keeps a held day when the noun of results is not followed by "of" and the event', () => {
    // Saturday 9 March: the vote is too far back to be the report's day; only the clause dates the count.
    expect(moments('Results\nOfficial figures show the vote held on Monday, March 4, gave the party 31.5%.', 'en', '2024-03-09'))
      .toEqual(['31.5@2024-03-04']);
    expect(moments('Results\nThe report says the vote held on Monday, March 4, gave the party 31.5%.', 'en', '2024-03-09'))
      .toEqual(['31.5@2024-03-04']);
  });
  it('reads a bare "held" as an event taking place only after an event\'s noun', () => {
    const held = (text: string) => heldBefore(text, text.indexOf('Monday'));
    expect(held('The ruling party held on Monday, March 4, to a narrow majority.')).toBe(false);
    expect(held('Police held on Monday, March 4, some protesters.')).toBe(false);
    expect(held('The regional vote held on Monday, March 4, ended calmly.')).toBe(true);
    expect(held('The regional vote was held on Monday, March 4.')).toBe(true);
    expect(held('The regional vote was also held on Monday, March 4.')).toBe(true);
  });
  it('keeps the day of a count whose participle clause shares its subject', () => {
    const houses = (text: string, lang: 'fr' | 'en' = 'en') => extractFigures(text, lang, { published: '2024-01-14' })
      .filter((f) => f.low === 40).map((f) => `${f.low}@${f.moment ?? '-'}`);
    expect(houses('Floods\nSome 40 houses were destroyed, having been swept away by the river on December 18.')).toEqual(['40@2023-12-18']);
    expect(houses('Crues\nQuelque 40 maisons ont été détruites, ayant été emportées par la rivière le 18 décembre.', 'fr')).toEqual(['40@2023-12-18']);
    expect(houses('Floods\nSome 40 houses, having been swept away by the river, were lost on December 18.')).toEqual(['40@2023-12-18']);
  });
});

