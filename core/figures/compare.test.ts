import { describe, expect, it } from 'vitest';
import { compareFigures, extractFigures } from './index';
import type { Lang } from '../types';

const doc = (text: string, lang: Lang, published?: string) => ({ text, lang, published, figures: extractFigures(text, lang, { published }) });
const verdicts = (page: ReturnType<typeof doc>, src: ReturnType<typeof doc>, q: string) =>
  compareFigures(page, [{ id: 's', ...src }]).find((r) => r.page.text === q)?.comparisons.map((c) => c.verdict) ?? [];

describe('compareFigures', () => {
  it("a named week's count beside a count that names no period is no update of it, in either language (as a timeline keeps them apart)", () => {
    // Sentences written for this test: a week's cases, and a running total that names no period, weeks later.
    const week = doc('Grippe. Entre le 17 et le 23 mars, 5 832 cas de grippe ont été confirmés.', 'fr', '2025-03-26');
    const total = doc('Flu season. A total of 39,500 flu cases have been confirmed, the health agency said.', 'en', '2025-04-16');
    expect(verdicts(total, week, '39,500')).toEqual(['related']);
    // The same week told again, its days in the other language: still that week's count revised.
    const again = doc('Flu season. Between 17 and 23 March, 5,900 flu cases were confirmed, the agency said.', 'en', '2025-03-28');
    expect(verdicts(again, week, '5,900')).toEqual(['updated']);
  });
  it('tells a march of another day from a count an undated article dates by a day without a year', () => {
    const src = doc('Manifestations du 7 mars : la CGT annonce 300 000 participants, les autorités 100 000.', 'fr');
    expect(src.figures.find((f) => f.low === 300000)?.monthDay).toBe('--03-07');
    expect(verdicts(doc('Selon la police, 100 000 personnes ont manifesté.', 'fr', '2024-03-05'), src, '100 000')).not.toContain('differs');
    // Its own day: nothing tells the two apart.
    expect(verdicts(doc('Selon la police, 100 000 personnes ont manifesté.', 'fr', '2024-03-07'), src, '100 000')).toContain('differs');
  });
  it('compares bodies found with the dead, not bodies identified so far, nor a feared toll with a confirmed one', () => {
    // Sentences written for this test.
    const page = doc('Rescuers have pulled 40 bodies from the river since Monday.', 'en');
    expect(verdicts(page, doc('La crue a fait 40 morts, selon la préfecture.', 'fr'), '40')).toEqual(['agrees']);
    expect(verdicts(page, doc('Au total, 12 corps ont été identifiés.', 'fr'), '40')).toEqual([]);
    expect(verdicts(doc('Dozens are feared dead after the ferry sank.', 'en'), doc('Le naufrage a fait 40 morts, selon la préfecture.', 'fr'), 'Dozens')).toEqual([]);
  });
  it('compares survivors with the people rescued at one value, not at two', () => {
    // Sentences written for this test.
    // Both sides say a role (survived, rescued): only their likeness (concept `alike`) lets them meet.
    const page = doc('The coast guard said 104 survivors had been brought ashore.', 'en');
    expect(verdicts(page, doc('Some 104 people were rescued.', 'en'), '104')).toEqual(['agrees']);
    expect(verdicts(page, doc('Some 110 people were rescued.', 'en'), '104')).toEqual([]);
  });
  it('compares a role said on one side only when one side\'s exact value is the other\'s bound, not another value', () => {
    // Sentences written for this test.
    const page = doc('The agreement covers 4,000 jobs at the group.', 'en');
    expect(verdicts(page, doc('Le groupe va supprimer plus de 4 000 emplois.', 'fr'), '4,000')).toEqual(['overlaps']);
    expect(verdicts(page, doc('Le groupe va supprimer plus de 3 000 emplois.', 'fr'), '4,000')).toEqual([]);
    // An upper bound is a count below it: jobs cut at a plant that employs that many.
    const plant = doc('The plant employs 100 people.', 'en');
    expect(verdicts(plant, doc('Fewer than 100 jobs will be cut.', 'en'), '100')).toEqual([]);
    expect(verdicts(plant, doc('Up to 100 jobs will be cut.', 'en'), '100')).toEqual([]);
    // Jobs cut are a part of the workforce the other side gives, even at its lower bound.
    expect(verdicts(doc('The firm has 35,000 employees.', 'en'), doc('La firme va supprimer plus de 35 000 emplois.', 'fr'), '35,000')).toEqual([]);
  });
  it('tells a march of another month from a count an undated article dates by its month only', () => {
    const src = doc('Manifestations du 7 mars : la CGT annonce 300 000 participants.', 'fr');
    const page = doc('Selon la police, 100 000 personnes ont manifesté.', 'fr', '2024-04-04');
    expect(verdicts(page, src, '100 000')).toEqual(['related']);
    // The same month: nothing tells the two days apart, and the two sides' counts are read as one day's.
    expect(verdicts(doc('Selon la police, 100 000 personnes ont manifesté.', 'fr', '2024-03-07'), src, '100 000')).toEqual(['differs']);
  });
  it('compares one quake\'s magnitude told with two regions it struck', () => {
    const fr = doc('Un séisme de magnitude 6,2 a frappé la région de Mamuju vendredi.', 'fr', '2021-01-15');
    const en = doc('A magnitude 6.2 earthquake struck in the Majene region on Friday.', 'en', '2021-01-15');
    expect(verdicts(fr, en, '6,2')).toEqual(['agrees']);
  });
  it('compares one day told with and without a place ("the March 11 attack in Madrid" / "le 11 mars")', () => {
    const en = doc('Since the March 11 attack in Madrid, security at the station has been reinforced.', 'en', '2004-04-02');
    const fr = doc('Depuis l\'attentat du 11 mars, la sécurité de la gare a été renforcée.', 'fr', '2004-04-02');
    expect(verdicts(en, fr, 'March 11')).toEqual(['agrees']);
  });
  it('never reads a target year\'s value as an update of the value measured before it', () => {
    const target = doc('Le gouvernement veut ramener le taux de chômage à 7 % en 2027.', 'fr', '2026-05-12');
    const sameTarget = doc("Le gouvernement a annoncé lundi vouloir ramener le taux de chômage à 7 % l'an prochain.", 'fr', '2026-05-11');
    const measured = doc("Le taux de chômage a atteint 7,9 % au premier trimestre, a annoncé l'Insee.", 'fr', '2026-05-08');
    expect(verdicts(target, sameTarget, '7 %')).toEqual(['agrees']);
    // Read as of the two articles' days, 7,9 % then 7 % was an `updated`: a target is not the next reading.
    expect(verdicts(target, measured, '7 %')).toEqual(['related']);
  });
  it('never sets two years\' values of one count as the same value ("3 000 postes en 2027" / "en 2023")', () => {
    const target = doc("L'entreprise supprimera 3 000 postes en 2027, a annoncé sa direction.", 'fr', '2026-03-02');
    const past = doc("L'entreprise avait déjà supprimé 3 000 postes en 2023, a rappelé sa direction.", 'fr', '2026-03-02');
    const sameYear = doc("La direction a confirmé la suppression de 3 000 postes en 2027.", 'fr', '2026-03-03');
    expect(verdicts(target, past, '3 000')).not.toContain('agrees');
    expect(verdicts(target, sameYear, '3 000')).toEqual(['agrees']);
  });
  it('reads one holder\'s seat projections of two days as an update, two holders\' as no update', () => {
    const night = doc('Selon une projection Ipsos, le Nouveau Front populaire obtiendrait 180 à 215 sièges.', 'fr', '2024-07-07');
    const next = doc('The New Popular Front is projected to win between 175 and 205 seats, pollsters said.', 'en', '2024-07-08');
    expect(verdicts(night, next, '180 à 215')).toEqual(['updated']);
    const other = doc('The National Rally is projected to win between 175 and 205 seats, pollsters said.', 'en', '2024-07-08');
    expect(verdicts(night, other, '180 à 215')).not.toContain('updated');
  });
  it('reads a vague plural at a few times its floor when weighing how far apart two values lie', () => {
    const en = doc('Hundreds of thousands of people marched across France on Thursday.', 'en', '2023-03-23');
    const fr = doc('Jeudi, 2,5 millions de personnes ont manifesté en France.', 'fr', '2023-03-23');
    expect(verdicts(en, fr, 'Hundreds of thousands')).toEqual(['overlaps']);
    // Still not one count: a few hundred beside more than ten thousand.
    const small = doc('Des centaines de personnes ont manifesté en France jeudi.', 'fr', '2023-03-23');
    const big = doc('On Thursday, more than 12,400 people marched across France.', 'en', '2023-03-23');
    expect(verdicts(small, big, 'Des centaines')).toEqual(['related']);
  });
  it('calls a named and an unnamed count of one past march, both dated to its day by a time word, a disagreement', () => {
    const fr = doc('Le 12 mars, 1,1 million de personnes ont manifesté en France, selon le ministère de l\'Intérieur.', 'fr', '2023-03-20');
    const en = doc('On March 12, two million people marched across France.', 'en', '2023-03-20');
    expect(verdicts(fr, en, '1,1 million')).toEqual(['differs']);
  });
  it('compares counts of a topic noun across languages with no other shared word', () => {
    const fr = doc('Le gouvernement propose de supprimer deux jours fériés.', 'fr');
    const en = doc('The plan would scrap two public holidays.', 'en');
    expect(verdicts(fr, en, 'deux')).toEqual(['agrees']);
  });
  it('does not set names around a topic noun against each other (actors, or names that differ by language)', () => {
    const fr = doc('François Bayrou propose de supprimer deux jours fériés, dont le lundi de Pâques.', 'fr');
    const en = doc('The PM wants to scrap two public holidays, Easter Monday among them.', 'en');
    expect(verdicts(fr, en, 'deux')).toEqual(['agrees']);
  });
  it('still sets two owners of seats apart', () => {
    const fr = doc('Le NFP obtient 182 sièges.', 'fr');
    const en = doc('On Sunday, Ensemble won 168 seats.', 'en');
    expect(verdicts(fr, en, '182')).toEqual([]);
  });
  it('reads a later, smaller count whose place is named in the sentence before as a part, not the count revised down', () => {
    const earlier = doc('The Lyon fire left 40 dead and 119 injured, according to a new toll.', 'en', '2025-10-29');
    const later = doc('Another fire broke out in Marseille on Thursday. It left 116 people injured, the police said.', 'en', '2025-10-30');
    expect(verdicts(later, earlier, '116')).toEqual(['related']);
    const avant = doc("L'incendie de Lyon a fait 40 morts et 119 blessés, selon un nouveau bilan.", 'fr', '2025-10-29');
    const apres = doc("Un autre incendie s'est déclaré à Marseille jeudi. Il a fait 116 blessés, selon la police.", 'fr', '2025-10-30');
    expect(verdicts(apres, avant, '116')).toEqual(['related']);
    // A count its clause calls a total is the whole over the places named before it, not one of them.
    const whole = doc('Clashes broke out in Marseille and in other cities on Thursday. In total, 116 people were injured, the police said.', 'en', '2025-10-30');
    expect(verdicts(whole, earlier, '116')).toEqual(['updated']);
    // No other place before it: the same count revised down.
    const same = doc('Firefighters worked through the night on Thursday. The fire left 116 people injured, the police said.', 'en', '2025-10-30');
    expect(verdicts(same, earlier, '116')).toEqual(['updated']);
  });
  it('compares a part that names its own place with a count of that place', () => {
    const fr = doc('La CGT a compté 2,8 millions de manifestants, dont 500 000 à Lyon.', 'fr');
    const en = doc('In Lyon, 500,000 people marched, the CGT said.', 'en');
    expect(verdicts(fr, en, '500 000')).toEqual(['agrees']);
  });
  it('compares an age in years said with or without the word "age"', () => {
    const fr = doc("Les opposants au report de l'âge légal à 64 ans ont défilé contre la réforme des retraites.", 'fr');
    const en = doc('"I do not want to retire at 64 years", read a banner against the pension reform.', 'en');
    expect(verdicts(fr, en, '64 ans')).toEqual(['agrees']);
  });
  it('compares a role said on one side only when the values agree', () => {
    const fr = doc('Au moins 274 Palestiniens, selon le ministère de la Santé.', 'fr');
    const en = doc('At least 274 Palestinians were killed, the health ministry said.', 'en');
    const other = doc('Hundreds were wounded, at least 600 people, the health ministry said.', 'en');
    expect(verdicts(fr, en, 'Au moins 274')).toEqual(['agrees']);
    expect(verdicts(fr, other, 'Au moins 274')).toEqual([]);
  });
  it("calls a march's two counts differs when nothing dates them apart, and not a past day's", () => {
    const police = doc('Selon la préfecture, 40 000 personnes ont manifesté à Lyon.', 'fr');
    const unions = doc('The unions counted 90,000 protesters in Lyon.', 'en', '2023-03-07');
    // One side undated, the other of its article's day: the police and the unions count one march.
    expect(verdicts(police, unions, '40 000')).toEqual(['differs']);
    // A count its clause dates to another day, in an article of 7 March, is a past march.
    const past = doc('Le 19 janvier, les syndicats avaient compté 90 000 manifestants à Lyon.', 'fr', '2023-03-07');
    expect(verdicts(police, past, '40 000')).toEqual(['related']);
    // Left undated in a dated article (the pluperfect): of another day too.
    const pluperfect = doc('Ce mardi, la préfecture a compté 40 000 manifestants à Lyon. La fois précédente, 90 000 manifestants avaient été recensés à Lyon, selon les syndicats.', 'fr', '2023-03-07');
    expect(verdicts(doc('The unions counted 40,000 protesters in Lyon.', 'en'), pluperfect, '40,000')).not.toContain('differs');
    // A toll is no march: undated, two values stay side by side.
    const toll = doc('Selon les secours, le séisme a fait 2 000 morts.', 'fr');
    const other = doc('The quake killed 2,900 people, the Red Cross said.', 'en', '2023-09-12');
    expect(verdicts(toll, other, '2 000')).toEqual(['related']);
  });
  it("calls two ages of one named person differs, unless two days tell them apart", () => {
    const a = doc('Les sauveteurs ont retrouvé Léa Martin, 25 ans, dans les décombres.', 'fr');
    const b = doc('Rescuers found Léa Martin, 26, under the rubble.', 'en');
    expect(verdicts(a, b, '25 ans')).toEqual(['differs']);
    const later = doc('Les sauveteurs ont retrouvé Léa Martin, 25 ans, dans les décombres.', 'fr', '2023-09-12');
    const earlier = doc('Rescuers found Léa Martin, 26, under the rubble.', 'en', '2023-09-10');
    expect(verdicts(later, earlier, '25 ans')).not.toContain('differs');
  });
  it('calls two named speakers\' ages of one named person differs with one side undated, not an unnamed writer\'s', () => {
    const dated = doc("Léa Martin, 25 ans, a été retrouvée dans les décombres, a indiqué la protection civile.", 'fr', '2023-09-10');
    const said = doc('Léa Martin, 26, was found under the rubble, the Red Cross said.', 'en');
    expect(verdicts(dated, said, '25 ans')).toEqual(['differs']);
    const unsaid = doc('Léa Martin, 26, was found under the rubble.', 'en');
    expect(verdicts(dated, unsaid, '25 ans')).not.toContain('differs');
  });
  it('calls a ceiling from one named side under another count differs, not when two days tell them apart or no one says it', () => {
    const ceiling = doc('Fewer than 40 people were killed in the strike, the army said.', 'en');
    const count = doc('Au moins 96 personnes ont été tuées dans la frappe, selon le ministère de la Santé.', 'fr', '2022-03-17');
    expect(verdicts(ceiling, count, 'Fewer than 40')).toEqual(['differs']);
    const floor = doc('At least 40 people were killed in the strike, the army said.', 'en');
    expect(verdicts(floor, count, 'At least 40')).not.toContain('differs');
    const before = doc('Fewer than 40 people were killed in the strike, the army said on Tuesday.', 'en', '2022-03-15');
    expect(verdicts(before, count, 'Fewer than 40')).not.toContain('differs');
    const written = doc('Au moins 96 personnes ont été tuées dans la frappe.', 'fr', '2022-03-17');
    expect(verdicts(ceiling, written, 'Fewer than 40')).toEqual(['differs']);
    const unsaid = doc('Fewer than 40 people were killed in the strike.', 'en');
    expect(verdicts(unsaid, count, 'Fewer than 40')).not.toContain('differs');
    // The top of an estimate is no rebuttal: another side's wider count may exceed it.
    const estimate = doc('Up to 40 people were killed in the strike, the army said.', 'en');
    expect(verdicts(estimate, count, 'Up to 40')).not.toContain('differs');
  });
  it('does not call a value told just under its bound a ceiling that rebuts a higher count', () => {
    // Sentences written for this test.
    const count = doc('Au moins 96 personnes ont été tuées dans la frappe, selon le ministère de la Santé.', 'fr', '2022-03-17');
    expect(verdicts(doc('Just under 40 people were killed in the strike, the army said.', 'en'), count, 'under 40')).not.toContain('differs');
    expect(verdicts(doc('Un peu moins de 40 personnes ont été tuées dans la frappe, a indiqué l\'armée.', 'fr'), count, 'moins de 40')).not.toContain('differs');
    // The bare ceiling still rebuts.
    expect(verdicts(doc('Moins de 40 personnes ont été tuées dans la frappe, a indiqué l\'armée.', 'fr'), count, 'Moins de 40')).toEqual(['differs']);
  });
  it('does not read the toll of a march, undated on one side, as one day\'s count of its crowd', () => {
    // Sentences written for this test.
    const dated = doc('At least 39 people have died in the protests, the rights commission said on Monday.', 'en', '2024-07-01');
    const undated = doc('Rights group says 23 people killed in the protests, police deny it.', 'en');
    expect(verdicts(dated, undated, 'At least 39')).not.toContain('differs');
    // A crowd of the march stays one day's count when nothing dates the two sides apart.
    const police = doc('Selon la préfecture, 40 000 personnes ont manifesté à Lyon.', 'fr');
    expect(verdicts(doc('La CGT a compté 90 000 manifestants à Lyon.', 'fr', '2023-03-07'), police, '90 000')).toEqual(['differs']);
  });
  it('does not read a next morning\'s crowd count with no time word as the march\'s day, nor a frame word outside the count\'s phrase as shared', () => {
    // Both readings made more right verdicts on the development set and false differs on a held-out day of
    // marches (7 and 3): when the day or the frame is not said, say less.
    const police = doc('Selon la préfecture, 12 000 manifestants ont défilé à Lyon.', 'fr', '2019-03-05');
    const unions = doc('The unions counted 30,000 protesters in the streets of Lyon.', 'en', '2019-03-06');
    expect(verdicts(police, unions, '12 000')).not.toContain('differs');
    const sameDay = doc('The unions counted 30,000 protesters in the streets of Lyon.', 'en', '2019-03-05');
    expect(verdicts(police, sameDay, '12 000')).toEqual(['differs']);
    const unionsFr = doc('La manifestation contre la réforme a rassemblé du monde. On avait rarement vu ça, 40 000 personnes dans les rues selon les syndicats.', 'fr', '2023-03-07');
    const policeFr = doc('La police a compté 15 000 manifestants dans les rues.', 'fr', '2023-03-07');
    expect(verdicts(unionsFr, policeFr, '40 000')).not.toContain('differs');
  });
  it('does not set one calendar year of two different plans side by side', () => {
    const deficit = doc('Le gouvernement vise un déficit de 4,6 % du PIB en 2026.', 'fr');
    const jobs = doc('The government plans to cut 3,000 public jobs in 2026.', 'en');
    expect(verdicts(deficit, jobs, '2026')).toEqual([]);
  });
  it('never reads seats given on two days as one count that moved', () => {
    const monday = doc('La gauche obtient 143 sièges.', 'fr', '2024-07-08');
    const sunday = doc('La gauche obtient 182 sièges.', 'fr', '2024-07-07');
    expect(verdicts(monday, sunday, '143')).toEqual(['related']);
  });
  it('reads two names of one government as one side, not two speakers', () => {
    // Each toll dated by its own words to the articles' day (a toll dated by its article only is articleDayToll's case).
    const a = doc('Dimanche, le séisme a fait 2 012 morts, selon les autorités marocaines.', 'fr', '2023-09-10');
    const b = doc('On Sunday, Morocco said 2,122 people were killed in the quake.', 'en', '2023-09-10');
    const c = doc('On Sunday, the Red Cross said 2,122 people were killed in the quake.', 'en', '2023-09-10');
    expect(verdicts(a, b, '2 012')).toEqual(['related']);
    expect(verdicts(a, c, '2 012')).toEqual(['differs']);
  });
  it('does not call two sides\' tolls of one day a disagreement when a side is dated by its article only', () => {
    // Sentences written for this test. A next morning's article gives the toll as it stood the evening before.
    const red = doc('The quake killed 2,122 people, the Red Cross said.', 'en', '2023-09-10');
    const own = doc('Dimanche, le séisme a fait 2 012 morts, selon les autorités marocaines.', 'fr', '2023-09-10');
    expect(verdicts(own, red, '2 012')).not.toContain('differs');
    // Dated by its own words on both sides, the two sides' tolls of one day disagree.
    const redSunday = doc('On Sunday, the Red Cross said 2,122 people were killed in the quake.', 'en', '2023-09-10');
    expect(verdicts(own, redSunday, '2 012')).toEqual(['differs']);
    // Not a crowd: a march's count is of its day, told by its article or not.
    const police = doc('Selon la préfecture, 40 000 personnes ont manifesté à Lyon.', 'fr', '2023-03-07');
    expect(verdicts(doc('La CGT a compté 90 000 manifestants à Lyon.', 'fr', '2023-03-07'), police, '90 000')).toEqual(['differs']);
  });
  it('applies the article-day toll rule to the toll of a march as to any toll', () => {
    // Sentences written for this test: both tolls dated by their articles only, one day, two named sides.
    const rights = doc('At least 39 people have died in the protests, the rights commission said.', 'en', '2024-07-01');
    const police = doc('Police said 12 people have died in the protests.', 'en', '2024-07-01');
    expect(verdicts(rights, police, 'At least 39')).not.toContain('differs');
    // Dated by a time word of their own, the two sides' tolls of the march's day disagree.
    const rightsMonday = doc('On Monday, the rights commission said at least 39 people have died in the protests.', 'en', '2024-07-01');
    const policeMonday = doc('On Monday, police said 12 people have died in the protests.', 'en', '2024-07-01');
    expect(verdicts(rightsMonday, policeMonday, 'at least 39')).toEqual(['differs']);
  });
  it('never calls the crowd of another day an update', () => {
    const jan19 = doc('Le 19 janvier, 1,1 million de manifestants ont défilé en France.', 'fr', '2023-01-20');
    const jan31 = doc('Mardi, 1,27 million de manifestants ont défilé en France.', 'fr', '2023-02-01');
    const toll1 = doc('Le séisme a fait 296 morts au Maroc.', 'fr', '2023-09-09');
    const toll2 = doc('Le séisme a fait 2 012 morts au Maroc.', 'fr', '2023-09-10');
    expect(verdicts(jan31, jan19, '1,27 million')).not.toContain('updated');
    expect(verdicts(toll2, toll1, '2 012')).toEqual(['updated']);
  });
  it('never makes a count its article recalls from months back the earlier step of an update (updates18)', () => {
    // Written for this test: the same toll of two attacks, one recalled from the year before.
    const recall = doc('Une attaque a tué 120 personnes dans la région le 3 mars.', 'fr', '2024-11-20');
    const now = doc("L'attaque de vendredi a fait 35 morts dans la région.", 'fr', '2024-11-20');
    const days = doc("L'attaque a fait 20 morts dans la région.", 'fr', '2024-11-05');
    expect(verdicts(now, recall, '35')).not.toContain('updated');
    expect(verdicts(now, days, '35')).toEqual(['updated']);
  });
  it('keeps a dated reading of a running count an update, not a recalled event (rev18c)', () => {
    // The review's sentences: the day is when the count was read ("as of", "year to", "depuis …, le"), not an event's.
    const june = doc('As of June 1, 4,000 cases of measles had been confirmed this year, the CDC said.', 'en', '2024-10-15');
    const sept = doc('As of September 30, 5,200 cases of measles had been confirmed this year, the CDC said.', 'en', '2024-10-15');
    expect(verdicts(june, sept, '4,000')).toEqual(['updated']);
    const march = doc('In the year to March 31, 2024, 1,200 people were arrested, the police said.', 'en', '2024-10-15');
    const jun30 = doc('In the year to June 30, 2024, 1,500 people were arrested, the police said.', 'en', '2024-10-15');
    expect(verdicts(march, jun30, '1,200')).toEqual(['updated']);
    const aug = doc('Depuis le début de la guerre, le 7 octobre 2023, au moins 40 000 Palestiniens ont été tués.', 'fr', '2024-08-15');
    const apr = doc('Au moins 34 000 Palestiniens ont été tués depuis le 7 octobre.', 'fr', '2024-04-20');
    expect(verdicts(aug, apr, 'au moins 40 000')).toEqual(['updated']);
  });
  it('never sets a projection against the result it foretells', () => {
    const poll = doc("Le NFP obtiendrait entre 172 et 215 sièges, selon les projections d'Ipsos.", 'fr');
    const result = doc('The NFP won 182 seats, final results showed.', 'en');
    expect(verdicts(poll, result, 'entre 172 et 215')).toEqual([]);
    const forecast = doc('Le NFP devrait obtenir entre 172 et 215 sièges.', 'fr');
    expect(verdicts(forecast, result, 'entre 172 et 215')).toEqual([]);
  });
  it('reads a projection from the attribution that opens the sentence, and a range of seats as one', () => {
    const result = doc('The Socialists won 182 seats, final results showed.', 'en');
    const opened = doc("Selon l'estimation d'un institut, les socialistes arrivent en tête avec 180 à 215 députés.", 'fr');
    expect(verdicts(opened, result, '180 à 215')).toEqual([]);
    const ranged = doc('Les socialistes arrivent en tête avec 180 à 215 sièges.', 'fr');
    expect(verdicts(ranged, result, '180 à 215')).toEqual([]);
    // Two projections still meet.
    const poll = doc('The Socialists are set to win between 172 and 192 seats, an exit poll showed.', 'en');
    expect(verdicts(ranged, poll, '180 à 215')).toEqual(['overlaps']);
  });
  it('shows open bounds far apart as related, not as one count that overlaps', () => {
    const war = doc('The war has killed at least 36,801 Palestinians, the health ministry said.', 'en');
    const raid = doc('Plus de 200 Palestiniens ont été tués dans le raid, selon le ministère de la Santé.', 'fr');
    expect(verdicts(war, raid, 'at least 36,801')).not.toContain('overlaps');
  });
  it('does not read a toll over a list of provinces as the toll of one of them', () => {
    const all = doc("Le séisme a entraîné la mort de 296 personnes dans les provinces et communes d'Al-Haouz, Marrakech, Ouarzazate, Azilal et Taroudant.", 'fr', '2023-09-09');
    const one = doc('La secousse a fait 764 morts dans la province de Taroudant.', 'fr', '2023-09-11');
    expect(verdicts(all, one, '296')).toEqual([]);
  });
  it("calls a march's crowd differs when one side names who counted and the other names no one", () => {
    const police = doc('Selon la préfecture, 40 000 personnes ont manifesté à Lyon mardi.', 'fr', '2023-03-07');
    const plain = doc('On Tuesday 90,000 protesters marched in Lyon.', 'en', '2023-03-07');
    expect(verdicts(police, plain, '40 000')).toEqual(['differs']);
    // Nobody named on either side: nothing says these are two counts of one march.
    const plainFr = doc('Mardi, 40 000 personnes ont manifesté à Lyon.', 'fr', '2023-03-07');
    expect(verdicts(plainFr, plain, '40 000')).toEqual(['related']);
  });
  it("reads one hospital's dead as a part of a toll, not a rival count", () => {
    const toll = doc('The strike killed more than 50 people, officials said on Monday.', 'en', '2024-03-04');
    const hospital = doc("Lundi, un porte-parole de l'hôpital central a annoncé la mort de 15 personnes dans la frappe, a déclaré le docteur Paul Martin.", 'fr', '2024-03-04');
    const ngo = doc('Lundi, la frappe a tué 15 personnes, selon la Croix-Rouge.', 'fr', '2024-03-04');
    expect(verdicts(toll, ngo, 'more than 50')).toEqual(['differs']);
    // The saying day is the toll's own in either order (extract.ts ownDay).
    const ngoSaid = doc('Lundi, la Croix-Rouge a indiqué que 15 personnes ont été tuées dans la frappe.', 'fr', '2024-03-04');
    expect(verdicts(doc('On Monday, officials said more than 50 people were killed in the strike.', 'en', '2024-03-04'), ngoSaid, 'more than 50')).toEqual(['differs']);
    expect(verdicts(toll, ngoSaid, 'more than 50')).toEqual(['differs']);
    expect(verdicts(toll, hospital, 'more than 50')).not.toContain('differs');
    // An open bound that meets the hospital's count is no reading of it either: it would join them on a timeline.
    const under = doc('The strike killed fewer than 100 people, officials said on Monday.', 'en', '2024-03-04');
    expect(verdicts(under, hospital, 'fewer than 100')).not.toContain('overlaps');
  });
  it('never calls an order of magnitude ("hundreds of thousands") a disagreement', () => {
    const vague = doc('Hundreds of thousands marched in Lyon on Tuesday, the unions said.', 'en', '2023-03-07');
    const police = doc('Mardi, 55 000 personnes ont manifesté à Lyon, selon la préfecture.', 'fr', '2023-03-07');
    expect(verdicts(vague, police, 'Hundreds of thousands')).not.toContain('differs');
  });
  it("dates an undated report's weekday by the other side's day, to tell an update, never a disagreement", () => {
    const undated = doc('In an update on Saturday, the ministry said 120 people were killed in the floods.', 'en');
    const sunday = doc('Dimanche, les inondations ont fait 180 morts, selon le ministère.', 'fr', '2024-03-10');
    const c = compareFigures(undated, [{ id: 's', ...sunday }]).find((r) => r.page.text.includes('120'))?.comparisons ?? [];
    expect(c.map((x) => [x.verdict, x.newer])).toEqual([['updated', 'source']]);
    // The same weekday on both sides does not make one day: the Red Cross's count stays beside the ministry's.
    const sameDay = doc('Dimanche, les inondations ont fait 180 morts, selon la Croix-Rouge.', 'fr', '2024-03-10');
    const onSunday = doc('In an update on Sunday, the ministry said 120 people were killed in the floods.', 'en');
    expect(verdicts(onSunday, sameDay, '120')).not.toContain('differs');
  });
  it('orders an undated running toll against a dated one by its growth, never calling them a disagreement', () => {
    const undated = doc('The landslide has killed 64 people, the civil protection agency said.', 'en');
    const earlier = doc('Le glissement de terrain a fait 41 morts, selon la protection civile.', 'fr', '2024-07-02');
    const c = compareFigures(undated, [{ id: 's', ...earlier }]).find((r) => r.page.text.includes('64'))?.comparisons ?? [];
    expect(c.map((x) => [x.verdict, x.newer])).toEqual([['updated', 'page']]);
    // The missing may be found: two undated-against-dated values of them stay side by side, unordered.
    const missingUndated = doc('The landslide left 64 people missing, the civil protection agency said.', 'en');
    const missingEarlier = doc('Le glissement de terrain a fait 41 disparus, selon la protection civile.', 'fr', '2024-07-02');
    expect(verdicts(missingUndated, missingEarlier, '64')).not.toContain('updated');
  });
  it("reads a march's crowd in the next morning's report, dated by its weekday, as that march's", () => {
    // 8 March 2023 is a Wednesday.
    const nextMorning = doc('On Tuesday, 40,000 people marched in Lyon, the prefecture said.', 'en', '2023-03-08');
    const unions = doc('Les syndicats ont compté 90 000 manifestants à Lyon.', 'fr');
    expect(verdicts(nextMorning, unions, '40,000')).toEqual(['differs']);
    // A march two days before may be another one.
    const weekBefore = doc('On Monday, 40,000 people marched in Lyon, the prefecture said.', 'en', '2023-03-08');
    expect(verdicts(weekBefore, unions, '40,000')).not.toContain('differs');
  });
  it('keeps a value and an open bound at that value on two days as overlaps, not an update', () => {
    const first = doc('The floods killed 120 people, the ministry said.', 'en', '2024-03-09');
    const next = doc('Les inondations ont fait au moins 120 morts, selon le ministère.', 'fr', '2024-03-10');
    const moved = doc('Les inondations ont fait au moins 180 morts, selon le ministère.', 'fr', '2024-03-10');
    expect(verdicts(first, next, '120')).toEqual(['overlaps']);
    expect(verdicts(first, moved, '120')).toEqual(['updated']);
  });
  it('never reads two dates given on two days as an update', () => {
    const a = doc('Le Premier ministre a présenté sa démission au président le lundi 8 juillet.', 'fr', '2024-07-08');
    const b = doc('The Prime Minister handed his resignation to the president on July 9.', 'en', '2024-07-09');
    expect(verdicts(a, b, 'lundi 8 juillet')).toEqual(['related']);
  });
  it("never reads one hospital's dead and a later toll as one count moving", () => {
    const hospital = doc("Un porte-parole de l'hôpital central a annoncé la mort de 15 personnes dans la frappe.", 'fr', '2024-03-04');
    const toll = doc('The strike killed 274 people, the health ministry said.', 'en', '2024-03-05');
    const earlier = doc('La frappe a tué 150 personnes, selon le ministère de la Santé.', 'fr', '2024-03-04');
    expect(verdicts(toll, hospital, '274')).not.toContain('updated');
    expect(verdicts(toll, earlier, '274')).toEqual(['updated']);
  });
  it("never reads one fire's dead, later and fewer, as the whole toll revised down", () => {
    const whole = doc('Au moins 16 personnes ont été tuées par les incendies, selon le shérif du comté.', 'fr', '2025-03-05');
    const part = (n: string, scope: string) => doc(`${n} personnes sont mortes ${scope}, selon le shérif du comté.`, 'fr', '2025-03-08');
    expect(verdicts(whole, part('Huit', "dans l'incendie de Ridgeline"), 'Au moins 16')).toEqual(['related']);
    // Later and more: a part or the whole grown, not told apart; the same scope, later and a little fewer: a revision.
    expect(verdicts(whole, part('Vingt', "dans l'incendie de Ridgeline"), 'Au moins 16')).toEqual(['updated']);
    expect(verdicts(whole, part('Quinze', 'dans les incendies'), 'Au moins 16')).toEqual(['updated']);
    // The same scope, later and far fewer (xkey24): a part told beside its whole, not the toll revised down.
    expect(verdicts(whole, part('Huit', 'dans les incendies'), 'Au moins 16')).toEqual(['related']);
  });
  it("never reads a past year's count as an update or a disagreement of this year's, only as the same value (xkey24)", () => {
    // Sentences written for this test.
    const now = doc('The floods have killed more than 900 people, the government said.', 'en', '2025-09-03');
    const past = doc('En 2019, une autre crue avait fait plus de 700 morts dans la région voisine.', 'fr', '2025-09-02');
    expect(verdicts(now, past, 'more than 900')).toEqual(['related']);
    const before = doc('Les crues ont fait plus de 700 morts, selon le gouvernement.', 'fr', '2025-09-02');
    expect(verdicts(now, before, 'more than 900')).toEqual(['updated']);
    // One number told with and without a bound: the same past count, told without its year.
    const homes = doc('La crue de la région voisine avait détruit plus de 4 700 habitations.', 'fr', '2025-09-02');
    const homesPast = doc('In 2019, another flood destroyed 4,700 homes in the neighbouring region.', 'en', '2025-09-03');
    expect(verdicts(homesPast, homes, '4,700')).toEqual(['overlaps']);
  });
  it("reads a year against the other side's year, not its own article's, across New Year (fixrev24b)", () => {
    // Sentences written for this test: the year's count as it stood in late December, and the year's final count.
    const december = doc('More than 1,100 migrants have died at sea this year, the agency said.', 'en', '2024-12-28');
    const january = doc('In 2024, 1,452 migrants died at sea, the agency said.', 'en', '2025-01-03');
    // 1,452 meets "more than 1,100": the same year's count, not a past one's (which would be related).
    expect(verdicts(january, december, '1,452')).toEqual(['overlaps']);
    // A year before the other side's is still a past year's count.
    const older = doc('In 2023, 1,452 migrants died at sea, the agency said.', 'en', '2025-01-03');
    expect(verdicts(older, december, '1,452')).toEqual(['related']);
  });
  it('reads two shares far apart at two moments as two shares, not one share moving (xkey24)', () => {
    // Sentences written for this test.
    const poll = doc('The candidate won 45% of the vote in the count published on Sunday night.', 'en', '2025-05-18');
    const result = doc('The candidate won 47% of the vote in the final count.', 'en', '2025-05-19');
    expect(verdicts(result, poll, '47%')).toEqual(['updated']);
    const abroad = doc('The candidate won 15% of the vote in the final count abroad.', 'en', '2025-05-19');
    expect(verdicts(abroad, poll, '15%')).toEqual(['related']);
    // Above 100 a percentage is a rate, which may jump: a duty raised from 130 % to 170 %.
    const tariff = doc('Duties on imported timber will rise to 170%.', 'en', '2025-04-10');
    const before = doc('Duties on imported timber now stand at 130%.', 'en', '2025-04-09');
    expect(verdicts(tariff, before, '170%')).toEqual(['updated']);
  });
  it('reads a progress share told in the same words at two moments as one share moving (fixrev24b)', () => {
    // Sentences written for this test.
    const monday = doc('The fire was 11% contained on Monday, firefighters said.', 'en', '2025-08-04');
    const friday = doc('The fire was 45% contained on Friday, firefighters said.', 'en', '2025-08-08');
    expect(verdicts(friday, monday, '45%')).toEqual(['updated']);
  });
  it('reads a later count far below an earlier one as a part, unless such a count falls as news (xkey24)', () => {
    // Sentences written for this test.
    const early = doc('The ministry said 140 people were killed in the storm and 60 were missing.', 'en', '2025-05-10');
    const part = doc('Among the victims, 40 people were killed in a landslide, the ministry said.', 'en', '2025-05-11');
    expect(verdicts(part, early, '40')).toEqual(['related']);
    // The missing are found, so their count falls as the story goes on: a fall is still an update.
    const found = doc('The ministry said 20 people were still missing after the storm.', 'en', '2025-05-11');
    expect(verdicts(found, early, '20')).toEqual(['updated']);
    // Places under a measure: the measure is lifted place by place.
    const red = doc('Onze districts sont soumis à une alerte aux crues mardi.', 'fr', '2025-07-01');
    const lifted = doc('Three districts are under a flood alert on Thursday.', 'en', '2025-07-03');
    expect(verdicts(lifted, red, 'Three')).toEqual(['updated']);
  });
  it('keeps a later count far below an earlier one an update when its clause says it was revised or still stands (fixrev24b)', () => {
    // Sentences written for this test.
    const storm = doc('The storm killed 140 people, the ministry said.', 'en', '2025-05-10');
    const revised = doc('The death toll was revised down to 90, the ministry said.', 'en', '2025-05-11');
    expect(verdicts(revised, storm, '90')).toEqual(['updated']);
    const stranded = doc('About 2,000 passengers were stranded at the airport.', 'en', '2025-05-10');
    const remain = doc('About 400 passengers remain stranded at the airport.', 'en', '2025-05-11');
    expect(verdicts(remain, stranded, 'About 400')).toEqual(['updated']);
    const power = doc('Some 100,000 homes were without power after the storm.', 'en', '2025-05-10');
    const still = doc('Some 20,000 homes are still without power after the storm.', 'en', '2025-05-11');
    expect(verdicts(still, power, 'Some 20,000')).toEqual(['updated']);
    const baisse = doc('Le bilan a été revu à la baisse à 90 morts, selon le ministère.', 'fr', '2025-05-11');
    expect(verdicts(baisse, storm, '90')).toEqual(['updated']);
  });
  it("calls neither a region's toll against a national one, nor a party's seats against a parliament's, differs", () => {
    const region = doc('Interior minister Jan Kowal revealed that the Porto region suffered the most with 92 fatalities, while two deaths occurred in Braga and one in Faro.', 'en', '2025-03-02');
    const nation = doc('At least 95 people have lost their lives due to flash floods across Portugal, with Porto experiencing the worst impact, according to civil protection officials.', 'en', '2025-03-02');
    expect(verdicts(region, nation, '92')).toEqual(['related']);
    const list = doc('There are a total of 450 seats in the national parliament — according to the election results, the Green Party will receive 120 seats, the Farmers — 95.', 'en', '2025-03-02');
    const held = doc('Le Parlement compte désormais 450 députés. Le Parti vert détient le plus grand nombre de sièges (131), suivi par les Paysans (90).', 'fr', '2025-03-02');
    // The party's "(131)" reads the clause its bracket qualifies (its seats, its party): at most related to the 450.
    expect(verdicts(list, held, '450')).toEqual(['agrees']);
    expect(verdicts(list, held, '120')).not.toContain('differs');
  });
  it('sets apart the dead on board and on the ground, each read in its own count\'s segment', () => {
    const src = doc("L'avion cargo s'est écrasé sur un marché, tuant 6 personnes à bord et au moins 21 au sol.", 'fr', '2025-05-02');
    expect(src.figures.find((f) => f.low === 6)?.countsKey).toEqual(expect.arrayContaining(['aboard']));
    expect(src.figures.find((f) => f.low === 6)?.countsKey).not.toContain('on-ground');
    expect(src.figures.find((f) => f.low === 21)?.countsKey).toEqual(expect.arrayContaining(['on-ground']));
    expect(src.figures.find((f) => f.low === 21)?.countsKey).not.toContain('aboard');
    const later = doc('The cargo plane crashed into a market, and the crash also killed 25 people on the ground.', 'en', '2025-05-06');
    expect(compareFigures(later, [{ id: 's', ...src }]).find((r) => r.page.text === '25')?.comparisons.map((c) => c.source.text)).not.toContain('6');
    const aboard = doc('All 6 people on board the cargo plane died when it crashed into a market.', 'en', '2025-05-03');
    expect(verdicts(aboard, src, '6')).toEqual(['agrees']);
  });
  it('reads a toll whose place of two words only one side names as the same count moving', () => {
    // A place of two words ("Santa Rosa") weighs two keys of the frame: against a toll that names none, the frames
    // share half their keys, under the bar of an update, though a count that names no place may be any place's.
    const early = doc('Les incendies à Santa Rosa ont fait cinq morts, selon le shérif.', 'fr', '2025-03-05');
    // "de Santa Rosa" names the fires, not where the dead were counted: the toll names no place of its own.
    const later = doc('Les incendies de Santa Rosa font 24 morts et des milliers de sans-abri', 'fr', '2025-03-09');
    expect(verdicts(later, early, '24')).toEqual(['updated']);
  });
});


describe('compareFigures: two counts never set against each other (session 13)', () => {
  it('never calls two shares of two wholes a disagreement', () => {
    const page = doc("Mardi matin, 95 % de l'approvisionnement électrique était assuré en Italie, a annoncé le gestionnaire du réseau.", 'fr', '2026-02-03');
    const src = doc("Environ 40 % de la demande électrique de l'Italie avait été perdue mardi, a précisé le ministre de l'Énergie.", 'fr', '2026-02-03');
    expect(verdicts(page, src, '95 %')).not.toContain('differs');
    // One whole on both sides: the two speakers' values stay a disagreement.
    const other = doc("Mardi matin, 60 % de l'approvisionnement électrique était assuré en Italie, a précisé le ministre de l'Énergie.", 'fr', '2026-02-03');
    expect(verdicts(page, other, '95 %')).toContain('differs');
  });
  it("never sets one side's own toll against the other nation's", () => {
    const page = doc('Thailand said the shelling left 14 people wounded on Thai soil on Tuesday.', 'en', '2026-07-08');
    const src = doc('Selon des sources médicales, les frappes ont fait 9 blessés côté cambodgien mardi.', 'fr', '2026-07-08');
    expect(verdicts(page, src, '14')).not.toContain('differs');
    // Nor is it the other nation's toll moving a day later.
    const later = doc('Selon des sources médicales, les frappes ont fait 19 blessés côté cambodgien mercredi.', 'fr', '2026-07-09');
    expect(verdicts(page, later, '14')).toEqual(['related']);
  });
  it("never sets two named doers' own decisions against each other", () => {
    const page = doc('In another sign of trouble for steelmakers, Acme Steel announced that it would cut 2,100 jobs in its mills.', 'en', '2026-03-04');
    const src = doc("Ferronord a annoncé la fermeture de ses deux aciéries, entraînant la suppression de 640 emplois dans ses usines.", 'fr', '2026-03-04');
    expect(verdicts(page, src, '2,100')).not.toContain('differs');
    // "it was" stands for the count, "pour sa part" is a turn of phrase: two readings of one crowd stay a disagreement.
    const police = doc('Police said it was 87,000 protesters in Lyon on Tuesday.', 'en', '2026-03-04');
    const firm = doc('The independent firm Occurrence, for its part, counted 55,000 protesters in Lyon on Tuesday.', 'en', '2026-03-04');
    expect(verdicts(police, firm, '87,000')).toContain('differs');
  });
});

describe('a caused toll told on a day before the other side\'s (session 16 review)', () => {
  it('keeps the day it was said on, so the later, higher count is the newer', () => {
    // Sentences written for this test.
    const page = doc('Officials said Thursday the storm killed 40 people.', 'en', '2025-06-14');
    const src = doc('The storm has killed 45 people, officials said on Friday.', 'en', '2025-06-13');
    const c = compareFigures(page, [{ id: 's', ...src }]).find((r) => r.page.text === '40')?.comparisons ?? [];
    expect(c.map((x) => [x.verdict, x.newer])).toEqual([['updated', 'source']]);
  });
});

describe('an undated total ordered by growth only when it is the total as of its day (review rev17b)', () => {
  it('orders today\'s higher toll after a dated one, never one its sentence recalls from a past', () => {
    const dated = doc('Seven people were killed in the storms, the agency said.', 'en', '2025-06-10');
    expect(verdicts(doc('In the storms, 20 people were killed, the agency said.', 'en'), dated, '20')).toEqual(['updated']);
    expect(verdicts(doc('Last year, 20 people were killed in the storms, the agency said.', 'en'), dated, '20')).not.toContain('updated');
    expect(verdicts(doc('Storms of this kind killed 20 people ten years ago, the agency said.', 'en'), dated, '20')).not.toContain('updated');
    const datedFr = doc('Sept personnes ont été tuées dans les tempêtes, selon la préfecture.', 'fr', '2025-06-10');
    expect(verdicts(doc("L'an dernier, 20 personnes avaient été tuées dans les tempêtes.", 'fr'), datedFr, '20')).not.toContain('updated');
  });
  it('orders no total of one place after the nation\'s, nor the nation\'s after a place\'s', () => {
    const dated = doc('Seven people were killed in the storms, the agency said.', 'en', '2025-06-10');
    expect(verdicts(doc('In Lyon, 20 people were killed in the storms, the agency said.', 'en'), dated, '20')).not.toContain('updated');
  });
});

describe('an ordinal is a rank two articles tell of one thing (unit28)', () => {
  // Sentences written for this test.
  const en = doc('The company suspended its dividend for the fourth quarter, the board said.', 'en');
  it('agrees with the same rank told in another language', () => {
    expect(verdicts(en, doc('Le conseil a suspendu le dividende du quatrième trimestre.', 'fr'), 'fourth')).toEqual(['agrees']);
    expect(verdicts(doc('The festival marked the town\'s 300th anniversary on Saturday.', 'en'),
      doc('La fête célébrait samedi le 300e anniversaire de la ville.', 'fr'), '300th')).toEqual(['agrees']);
  });
  it('never calls another rank a disagreement', () => {
    expect(verdicts(en, doc('Le conseil a suspendu le dividende du troisième trimestre.', 'fr'), 'fourth')).not.toContain('differs');
  });
  it('is not compared when the two clauses share too little', () => {
    expect(verdicts(en, doc('Le pays a connu en juin son quatrième séisme de l\'année.', 'fr'), 'fourth')).toEqual([]);
  });
  it('is never an update: two ranks told on two days are two things ranked', () => {
    const later = doc('The company suspended its dividend for the fourth quarter, the board said on Monday.', 'en', '2025-05-20');
    const earlier = doc('The company suspended its dividend for the third quarter, the board said on Monday.', 'en', '2025-02-10');
    expect(verdicts(later, earlier, 'fourth').length).toBe(1);
    expect(verdicts(later, earlier, 'fourth')).not.toContain('updated');
  });
});

describe('two ranks are compared only when they rank one noun (fixrev28b)', () => {
  // Sentences written for this test (after a review of unit28).
  it('does not compare ranks of two things', () => {
    expect(verdicts(doc('Rescuers searched for survivors on the second day of the floods in the valley.', 'en'),
      doc('The second victim of the floods in the valley was found on Tuesday.', 'en'), 'second')).toEqual([]);
    expect(verdicts(doc('Lyon est la deuxième ville de France par sa population.', 'fr'),
      doc('Lyon is the second strongest economy in France.', 'en'), 'deuxième')).toEqual([]);
    expect(verdicts(doc('It was the second day of mourning in the region of Valdoria this week.', 'en'),
      doc('The storm was the second to hit the region of Valdoria this week.', 'en'), 'second')).toEqual([]);
  });
  it('still compares one noun ranked in two languages or in two words', () => {
    expect(verdicts(doc('It was the second day of mourning in the region of Valdoria this week.', 'en'),
      doc('C\'était cette semaine le deuxième jour de deuil dans la région de Valdoria.', 'fr'), 'second')).toEqual(['agrees']);
    expect(verdicts(doc('Marville is now the second largest city in the country, the census office said.', 'en'),
      doc('Marville est désormais la deuxième plus grande ville du pays, selon l\'office du recensement.', 'fr'), 'second')).toEqual(['agrees']);
  });
  it('tells two holders of one rank apart by a name one side gives and the other lacks', () => {
    const leo = doc('Bishop Arnaud Delmas is the 112th bishop of the diocese of Saint-Ferrand.', 'en');
    expect(verdicts(leo, doc('Bishop Paul Verrier is the 112th bishop of the diocese of Saint-Ferrand.', 'en'), '112th')).toEqual([]);
    expect(verdicts(leo, doc('Arnaud Delmas became the 112th bishop of the diocese of Saint-Ferrand on Sunday.', 'en'), '112th')).toEqual(['agrees']);
  });
});

describe('the rank of a victim is a count of victims (unit29)', () => {
  // Sentences written for this test.
  it('agrees with the same count told as a number, across languages', () => {
    const page = doc('Divers recovered the sixth victim of the collapse on Tuesday, officials said.', 'en');
    expect(verdicts(page, doc('Les plongeurs ont retrouvé mardi six victimes de l\'effondrement.', 'fr'), 'sixth')).toEqual(['agrees']);
  });
  it('is not compared with a rank of something else', () => {
    const page = doc('Divers recovered the sixth victim of the collapse on Tuesday, officials said.', 'en');
    expect(verdicts(page, doc('Les plongeurs ont repris mardi les recherches pour la sixième journée après l\'effondrement.', 'fr'), 'sixth')).toEqual([]);
  });
});

describe('people trapped under rubble are not people interred (fixrev29: role trapped apart from buried)', () => {
  // Sentences written for this test.
  it('does not pair a count of burials with a count of people trapped', () => {
    const page = doc('Au total, 300 personnes ont été inhumées dans le cimetière du village.', 'fr');
    expect(verdicts(page, doc('Quelque 300 personnes seraient ensevelies sous les gravats, selon les secours.', 'fr'), '300')).toEqual([]);
  });
  it('still pairs people buried by a landslide with people "ensevelies", across languages', () => {
    const page = doc('More than 2,000 people were buried by the landslide, officials said.', 'en');
    expect(verdicts(page, doc('Plus de 2 000 personnes ont été ensevelies par le glissement de terrain.', 'fr'), 'More than 2,000')).toEqual(['agrees']);
  });
});

describe('a rank of an occurrence ranks the event of its clause (related34)', () => {
  // Sentences written for this test.
  it('meets the same occurrence told with "time" and with "fois" when both clauses tell one doing', () => {
    expect(verdicts(doc('Police in Norland arrested the activist for the second time this month on Thursday.', 'en'),
      doc('Jeudi, la police de Norland a interpellé la militante pour la deuxième fois ce mois-ci.', 'fr'), 'second')).toEqual(['agrees']);
  });
  it('does not meet an occurrence of another doing, nor one whose clause tells none (review finding 1)', () => {
    expect(verdicts(doc('The central bank of Norland cut its key interest rate for the second time on Thursday.', 'en'),
      doc('La banque centrale de Norland a relevé jeudi son principal taux d\'intérêt pour la deuxième fois.', 'fr'), 'second')).toEqual([]);
  });
  it('meets a rank whose noun is the role its clause tells', () => {
    expect(verdicts(doc('The village of Arlen was evacuated for the third time this year on Sunday as the river rose.', 'en'),
      doc('Dimanche, la crue a entraîné la troisième évacuation du village d\'Arlen cette année.', 'fr'), 'third')).toEqual(['agrees']);
  });
  it('does not meet a rank of another noun', () => {
    expect(verdicts(doc('The village of Arlen was evacuated for the third time this year on Sunday as the river rose.', 'en'),
      doc('Dimanche, la crue a marqué le troisième jour d\'alerte au village d\'Arlen cette année.', 'fr'), 'third')).toEqual([]);
  });
  it('reads the ranked noun alone, not a participle after it (review finding 2)', () => {
    expect(verdicts(doc('In Arlen, the man was arrested for the second time on Sunday.', 'en'),
      doc('In Arlen, police questioned the second man arrested on Sunday.', 'en'), 'second')).toEqual([]);
  });
  it('reads the event in the occurrence\'s own clause, not another clause of its sentence (review finding 3)', () => {
    expect(verdicts(doc('Rebels attacked Arlen for the second time on Sunday and the army evacuated the town.', 'en'),
      doc('Dimanche, l\'armée a procédé à la deuxième évacuation d\'Arlen.', 'fr'), 'second')).toEqual([]);
  });
  it('reads an occurrence from the word "time" itself, not its stem (review finding 4)', () => {
    expect(verdicts(doc('In Arlen, police arrested a man with the second timer of the bomb on Sunday.', 'en'),
      doc('Dimanche à Arlen, la police a interpellé un homme pour la deuxième fois.', 'fr'), 'second')).toEqual([]);
  });
});
