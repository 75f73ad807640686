import { describe, expect, it } from 'vitest';
import { datelineDay, storyDay } from './dateline';

const today = new Date('2026-01-01T00:00:00Z');
const at = (text: string, lang?: 'fr' | 'en'): string | null => datelineDay(text, lang, today);

describe('datelineDay: a publication date at the top of the text', () => {
  it('reads agency datelines and byline stamps in French', () => {
    expect(at('Un titre\nPARIS, 3 mars 2024 (AFP) - Le gouvernement a annoncé...')).toBe('2024-03-03');
    expect(at('Un titre\nPublié le 12/07/2024 à 10h05\nLe texte commence ici.')).toBe('2024-07-12');
    expect(at('Titre\navec AFP Publié le 15/07/2025 à 20:20, mis à jour le 16/07/2025 à 08:00\nTexte.')).toBe('2025-07-15');
    expect(at('Titre\nUne légende de photo, à Paris mardi.\npublié le 2 octobre 2024 à 21h13\nTexte.')).toBe('2024-10-02');
  });
  it('reads English stamps and dates on a line of their own', () => {
    expect(at('A title\nUpdated July 8, 2024\nThe text.', 'en')).toBe('2024-07-08');
    expect(at('A title\nUpdated\nJun 06, 2024, 05:10 PM\nPublished\nJun 06, 2024', 'en')).toBe('2024-06-06');
    expect(at('A title\n\nSunday, 07 July 2024 03:38 PM EDT\nThe text.', 'en')).toBe('2024-07-07');
    expect(at('A title\n10 December 2019It is a Tuesday with a low rate of strikers.', 'en')).toBe('2019-12-10');
  });
  it('trusts a date in a sentence only when its weekday is the right one', () => {
    expect(at('Titre\nFrançois Bayrou a présenté ce mardi 15 Juillet 2025, son plan budgétaire.')).toBe('2025-07-15');
    expect(at('Titre\nIl avait annoncé ce lundi 15 juillet 2025 un plan.')).toBeNull();
    expect(at('Titre\nLe 11 septembre 2001, des avions ont frappé New York.')).toBeNull();
  });
  it('reads a place in title case before a full date on its line, and "mise à jour du"', () => {
    expect(at('A title\nNew Town, November 20, 2025\nThe council met.', 'en')).toBe('2025-11-20');
    expect(at('A title\nLisbon, Oct. 21, 2025 (Wire) - The council met.', 'en')).toBe('2025-10-21');
    expect(at('A title\nSome Town, Region – January 30, 2025 – The council met.', 'en')).toBe('2025-01-30');
    // "Ce 18 octobre 2025, …" is not read: the event's day as often as the day of writing (a page of two days later).
    expect(at('Titre\nCe 13 février 2025, à Lyon, le conseil a voté.')).toBeNull();
    expect(at('Titre\nUn chapeau.\nMise à jour du 4 décembre 2024 à 21 h 45 : le détail du vote.')).toBe('2024-12-04');
    // A sentence's date: a word in lower case, or no comma or dash after the capitalised words.
    expect(at('A title\nThe vote of November 20, 2025 was close.', 'en')).toBeNull();
    // A caption (a photo's credit on the line) and a letter's greeting: a comma, no dash or agency after the date.
    expect(at('A title\nSome Town, Region – February 24, 2024 – Residents shelter in the station. (Photo: X)', 'en')).toBeNull();
    expect(at('A title\nDear Sir, November 20, 2025, was the day I wrote.', 'en')).toBeNull();
    expect(at('A title\nOn Monday, November 20, 2025, the council met.', 'en')).toBeNull();
    // A place longer than DATELINE_PREFIX_CHARS is no dateline's.
    expect(at('A title\nSaint-Amand-Sur-Le-Grand-Fleuve-Des-Plaines-Du-Nord, November 20, 2025\nThe council met.', 'en')).toBeNull();
    // "du" after a marker word is read only on a line that opens with "Mise à jour du": elsewhere it is a text's own date.
    expect(at('Titre\nL\'arrêté modifié du 4 décembre 2024 interdit la pêche.')).toBeNull();
    expect(at('Titre\nDécret modifié du 4 décembre 2024 relatif à la pêche.')).toBeNull();
    expect(at('Titre\nLa mise à jour du 4 décembre 2024 a corrigé le bug.')).toBeNull();
    expect(at('A title\nIn the Town of Lyon, November 20, 2025 was a day of votes.', 'en')).toBeNull();
  });
  it('gives "ce mardi 31 janvier" the one recent year whose 31 January is a Tuesday', () => {
    expect(at('Titre\nLe Premier ministre a dévoilé ce mardi 15 juillet, les grandes orientations du budget.')).toBe('2025-07-15');
    expect(at('Titre\nLa gauche est en tête des législatives ce dimanche 7 juillet.')).toBe('2024-07-07');
    expect(at('Titre\nAlors, combien de manifestants en France ce mardi 31 janvier ?')).toBe('2023-01-31');
    // 31 January was a Thursday in 2019, none of the five years up to today (2022-2026).
    expect(at('Titre\nIl a parlé ce jeudi 31 janvier devant les députés.')).toBeNull();
    // Without "ce" (or "demain", "hier"), the day may be one to come; with a year, the year written wins.
    expect(at('Titre\nIl présentera sa démission le lundi 8 juillet.')).toBeNull();
    expect(at('Titre\nLes syndicats appellent à manifester jusqu\'au lundi 8 juillet.')).toBeNull();
    expect(at('Titre\nIl a présenté ce mardi 15 juillet 2014 son plan.')).toBe('2014-07-15');
  });
  it('counts back from "demain" and forward from "hier" to the day of writing', () => {
    expect(at('Titre\nLe Premier ministre a annoncé, dimanche, qu\'il présenterait sa démission demain lundi 8 juillet.')).toBe('2024-07-07');
    expect(at('Titre\nLe séisme a frappé hier, samedi 9 septembre, la région.')).toBe('2023-09-10');
    expect(at('Titre\nIl remettra sa démission demain lundi 8 juillet 2024.')).toBe('2024-07-07');
    expect(at('A title\nThe vote is tomorrow, Thursday, July 4, 2024.', 'en')).toBe('2024-07-03');
    // "avant-hier" is not "hier".
    expect(at('Titre\nLe séisme a frappé avant-hier samedi 9 septembre.')).toBeNull();
  });
  it('joins "ce mardi" and "ce 31 janvier" said apart, when one recent year has both', () => {
    expect(at('Les premiers chiffres de la grève de ce mardi\nOn dénombre 270 rassemblements ce 31 janvier sur le territoire.')).toBe('2023-01-31');
    // Two different weekdays named as "this" one: no day.
    expect(at('La grève de ce mardi\nOn dénombre 270 rassemblements ce 31 janvier, et ce jeudi encore.')).toBeNull();
    // A date without "ce" may be another Tuesday to come: not joined.
    expect(at('Grève du 7 février : les syndicats l\'ont annoncé ce mardi.')).toBeNull();
    // 31 January fell on a Thursday in none of the recent years.
    expect(at('Titre de ce jeudi\nIl a parlé ce 31 janvier devant les députés.')).toBeNull();
  });
  it('reads a two-digit year only on a stamp line of a time and a date', () => {
    expect(at('Titre\nAFP AGENCE FRANCE-PRESSE.\n22:57 24.02.04\nTexte')).toBe('2004-02-24');
    expect(at('Titre\n24/02/04 - 22h57\nTexte')).toBe('2004-02-24');
    expect(at('Titre\nLe score était de 24.02.04 hier.\nTexte')).toBeNull();
    expect(at('Titre\nVersion 24.02.04\nTexte')).toBeNull();
  });
  it('reads a numeric date month first only for English that allows it', () => {
    expect(at('Title\nPublished 07/08/2024\nText', 'en')).toBe('2024-07-08');
    expect(at('Titre\nPublié le 07/08/2024\nTexte', 'fr')).toBe('2024-08-07');
  });
  it('reads a stamp line or a marked date among the last lines, never a date in a sentence there', () => {
    const body = 'Titre\n' + 'Une phrase du corps de texte sans date.\n'.repeat(8);
    expect(at(body + '#séisme #bilan\n2023-09-13 19:41:52', 'en')).toBe('2023-09-13');
    expect(at(body + '13/09/2023 - 19h41')).toBe('2023-09-13');
    expect(at(body + 'Publié le 12/07/2024 à 10h05')).toBe('2024-07-12');
    expect(at(body + 'La grève du 7 mars 2023 a été suivie.')).toBeNull();
    expect(at(body + 'Lire aussi\n2019-03-07')).toBe('2019-03-07');
    // The top wins over the bottom.
    expect(at('Titre\nPARIS, 3 mars 2024 (AFP) -\n' + body + '2023-09-13 19:41:52')).toBe('2024-03-03');
  });
  it('ignores dates below the top, future dates, old dates and dates without a year', () => {
    const body = 'Titre\n' + 'Une phrase du corps de texte sans date.\n'.repeat(8) + 'PARIS, 3 mars 2024 (AFP)';
    expect(at(body)).toBeNull();
    expect(at('Titre\nPublié le 3 mars 2031\nTexte')).toBeNull();
    expect(at('Titre\nPublié le 3 mars 1985\nTexte')).toBeNull();
    expect(at('Titre\nPublié le 3 mars à 10h\nTexte')).toBeNull();
    expect(at('Mozilla\nIndustry\nFounded\nFebruary 28, 1998; 18 years ago\nFounder', 'en')).toBeNull();
    expect(at('Portrait\nNée le 3 mars 1992 à Lyon, elle dirige le parti.')).toBeNull();
    expect(at('')).toBeNull();
  });
});

describe('storyDay: the latest day the lead names with its weekday, near its sources\' days', () => {
  // Seven lines with no date, so that the day named comes below the dateline's lines.
  const top = 'Un titre sans date\n' + 'Une phrase de contexte sans aucun jour.\n'.repeat(6);
  const topEn = 'A title with no date\n' + 'A sentence of context naming no day.\n'.repeat(6);
  // Read on 1 March 2026: every day below is past, and plausible.
  const t = new Date('2026-03-01T00:00:00Z');
  // The sources of the story span 3 to 8 January 2026 (one undated source is ignored).
  const jan = ['2026-01-03', undefined, '2026-01-08'];
  // And 17 to 22 September 2025.
  const sep = ['2025-09-17', '2025-09-22'];
  it('reads "lundi 5 janvier" and "Friday, September 19" in the lead, placed near the sources\' days', () => {
    expect(storyDay(top + 'La préfecture a annoncé, lundi 5 janvier, la fin des recherches.', jan, t)).toBe('2026-01-05');
    expect(storyDay(topEn + 'The council met on Friday, September 19, and voted the budget.', sep, t)).toBe('2025-09-19');
    expect(storyDay(topEn + 'The agency announced on Thursday, 18 September, that the road was open.', sep, t)).toBe('2025-09-18');
  });
  it('reads a day a week before the first source or after the last, and none further', () => {
    expect(storyDay(top + 'La préfecture a annoncé, lundi 29 décembre, la fin des recherches.', jan, t)).toBe('2025-12-29');
    expect(storyDay(top + 'La préfecture a annoncé, jeudi 15 janvier, la fin des recherches.', jan, t)).toBe('2026-01-15');
    // 22 December 2025 is a Monday, twelve days before the first source: background, not the day of writing.
    expect(storyDay(top + 'La préfecture avait annoncé, lundi 22 décembre, un premier plan.', jan, t)).toBeNull();
  });
  it('leaves a day whose weekday fits no day near the sources (the text\'s own slip), rather than move its year', () => {
    // 6 January 2026 is a Tuesday; "lundi 6 janvier" fits 2025 only, a year before the story.
    expect(storyDay(top + 'Le conseil des ministres s\'est réuni lundi 6 janvier.', jan, t)).toBeNull();
    expect(storyDay(topEn + 'The council met on Friday, September 18, and voted the budget.', sep, t)).toBeNull();
  });
  it('gives no day without dated sources, nor when the lead names no weekday with its day', () => {
    expect(storyDay(top + 'La préfecture a annoncé, lundi 5 janvier, la fin des recherches.', [undefined], t)).toBeNull();
    expect(storyDay(top + 'La préfecture a annoncé, lundi 5 janvier, la fin des recherches.', [], t)).toBeNull();
    expect(storyDay(top + 'La préfecture a annoncé, le 5 janvier, la fin des recherches.', jan, t)).toBeNull();
    expect(storyDay(top + 'La préfecture a annoncé lundi la fin des recherches.', jan, t)).toBeNull();
  });
  it('takes the latest of the days the lead reports as done', () => {
    expect(storyDay(top + 'Le vote a eu lieu lundi 5 janvier, le résultat est tombé mercredi 7 janvier.', jan, t)).toBe('2026-01-07');
  });
  it('counts "hier" and "yesterday" one day on, and leaves other relative days alone', () => {
    expect(storyDay(top + 'Le conseil a voté hier, lundi 5 janvier, le nouveau plan.', jan, t)).toBe('2026-01-06');
    expect(storyDay(topEn + 'The council voted yesterday, Friday, September 19, on the plan.', sep, t)).toBe('2025-09-20');
    expect(storyDay(top + 'Le conseil a voté avant-hier lundi 5 janvier le nouveau plan.', jan, t)).toBeNull();
  });
  it('leaves a day announced as to come', () => {
    expect(storyDay(top + 'Les deux parties doivent se retrouver le lundi 5 janvier.', jan, t)).toBeNull();
    expect(storyDay(top + 'Le ministre présentera son plan lundi 5 janvier.', jan, t)).toBeNull();
    expect(storyDay(top + 'La grève est reconduite jusqu\'au lundi 5 janvier.', jan, t)).toBeNull();
    expect(storyDay(topEn + 'The council will meet on Friday, September 19, to vote.', sep, t)).toBeNull();
    expect(storyDay(topEn + 'Workers may return as soon as Friday, September 19.', sep, t)).toBeNull();
    expect(storyDay(top + 'Le gouvernement tombe si le vote intervient lundi 5 janvier.', jan, t)).toBeNull();
    expect(storyDay(topEn + 'The board resigns if the members reject the plan on Friday, September 19.', sep, t)).toBeNull();
    expect(storyDay(top + 'La commune prévoit, en lien avec les associations et les écoles du canton, une journée de deuil le lundi 5 janvier.', jan, t)).toBeNull();
  });
  it('reads no day below the lead, and none glossed in brackets', () => {
    const long = top + 'Une autre phrase de contexte, plus longue, sans jour non plus.\n'.repeat(12);
    expect(storyDay(long + 'Le scrutin avait été convoqué lundi 5 janvier.', jan, t)).toBeNull();
    expect(storyDay(topEn + 'The river rose on Friday (Sep 19), flooding the town.', sep, t)).toBeNull();
  });
  it('is not read by datelineDay: a page is dated so only once its story is known', () => {
    expect(datelineDay(top + 'La préfecture a annoncé, lundi 5 janvier, la fin des recherches.', 'fr', t)).toBeNull();
  });
});

describe('storyDay: a wire dateline without its year, placed near its sources\' days', () => {
  const t = new Date('2026-03-01T00:00:00Z');
  const jan = ['2026-01-03', '2026-01-08'];
  const title = 'Un titre sans date\n';
  it('reads the place, the day and the agency or the dash a dispatch opens with', () => {
    expect(storyDay(title + 'LYON, 6 janvier (Agence) - Le conseil a voté le plan.', jan, t)).toBe('2026-01-06');
    expect(storyDay('A title with no date\nBERLIN, Jan. 7 (Wire) -- The council voted the plan.', jan, t)).toBe('2026-01-07');
    expect(storyDay('A title with no date\nNew Town [Region], January 5 : The council voted the plan.', jan, t)).toBe('2026-01-05');
    expect(storyDay(title + 'Lyon, 4 janvier. Le conseil a voté le plan.', jan, t)).toBe('2026-01-04');
    expect(storyDay('A title with no date\nOSLO, January 4. /Wire/. The council voted the plan.', jan, t)).toBe('2026-01-04');
    // A bare day with the agency's brackets, no place.
    expect(storyDay('A title with no date\nJan. 7 (Wire) -- The council voted the plan.', jan, t)).toBe('2026-01-07');
  });
  it('reads it before the lead\'s weekday-named day: the dispatch is filed on the day of writing', () => {
    expect(storyDay(title + 'LYON, 8 janvier (Agence) - Le conseil a voté, lundi 5 janvier, le plan.', jan, t)).toBe('2026-01-08');
  });
  it('reads no day from a sentence, a title, a bare date without an agency, or a day far from the sources', () => {
    expect(storyDay(title + 'Le conseil de Lyon, 6 janvier oblige, a voté le plan.', jan, t)).toBeNull();
    expect(storyDay('Lyon, 6 janvier : le conseil vote le plan\nLe texte sans jour.', jan, t)).toBeNull();
    expect(storyDay('A title with no date\nJanuary 5 - the council voted the plan.', jan, t)).toBeNull();
    expect(storyDay(title + 'LYON, 6 mars (Agence) - Le conseil a voté le plan.', jan, t)).toBeNull();
    // A weekday, a stamp's label or an adverb is no place.
    expect(storyDay(title + 'Depuis, 6 janvier : rien.', jan, t)).toBeNull();
    expect(storyDay('A title with no date\nUpdate, Jan. 7 - the council voted.', jan, t)).toBeNull();
  });
  it('reads a list of days (two lines in the form) as no dateline, and hands over to the lead\'s days', () => {
    expect(storyDay('Key dates\nMonday, January 5 - The council voted.\nTuesday, January 6 - The mayor resigned.', jan, t)).toBe('2026-01-06');
    expect(storyDay('Key dates\nLYON, 5 janvier - Le conseil vote.\nNANTES, 6 janvier - Le maire démissionne.', jan, t)).toBeNull();
    // Without a dated source there is no year to place the day in.
    expect(storyDay(title + 'LYON, 6 janvier (Agence) - Le conseil a voté le plan.', [], t)).toBeNull();
  });
});
