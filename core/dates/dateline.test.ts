import { describe, expect, it } from 'vitest';
import { datelineDay } from './dateline';

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
