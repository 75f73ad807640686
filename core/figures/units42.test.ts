import { describe, expect, it } from 'vitest';
import { fig, verdicts } from '../../test/support/figure-probes';

describe('counted things read in units the other side can meet (unit42)', () => {
  it('reads "N h MM de <noun>" as a length in minutes, not a clock time', () => {
    const d = fig("Après 3h12 de jeu, la joueuse s'est imposée.", 'fr', '3h12');
    expect(d.unit).toBe('minutes');
    expect(d.low).toBe(192);
    expect(fig("Il a gagné après 2 h 05 d'un match serré.", 'fr', '2 h 05').unit).toBe('minutes');
    expect(fig("La séance a commencé à 14h30 de l'après-midi.", 'fr', '14h30').unit).toBe('time');
  });
  it("keeps a noun's hour and an hour before a day a clock time", () => {
    expect(fig('Le vol de 7h15 de Lyon a été annulé.', 'fr', '7h15').unit).toBe('time');
    expect(fig('La réunion de 9h30 de lundi a été reportée.', 'fr', '9h30').unit).toBe('time');
    expect(fig('Le journal de 8h30 de la radio publique a été supprimé.', 'fr', '8h30').unit).toBe('time');
    expect(fig('Une déclaration est attendue peu après 9h30 de mardi.', 'fr', '9h30').unit).toBe('time');
  });
  it('reads a length in hours and minutes as one length in minutes, in both languages', () => {
    const en = fig('The debate lasted three hours and 12 minutes on Tuesday.', 'en', 'three');
    expect(en.unit).toBe('minutes');
    expect(en.low).toBe(192);
    expect(fig('She won a two-hour, 5-minute match.', 'en', 'two').low).toBe(125);
    expect(fig('La réunion a duré trois heures et douze minutes.', 'fr', 'trois').low).toBe(192);
    expect(fig('Le vol a duré 2 heures 5 minutes.', 'fr', '2').low).toBe(125);
    expect(verdicts('Le débat a duré 3h12 de parole.', 'fr', 'The debate lasted three hours and 12 minutes.', 'en')).toContain('agrees');
  });
  it('reads "à N reprises" as N times, and other counts of "reprises" as before', () => {
    expect(fig('Les deux équipes se sont affrontées à six reprises.', 'fr', 'six').unit).toBe('times');
    expect(fig('Le suspect a tiré à 3 reprises.', 'fr', '3').unit).toBe('times');
    expect(fig("Le groupe a annoncé deux reprises d'usines.", 'fr', 'deux').unit).not.toBe('times');
  });
  it('meets French brands with their English word', () => {
    expect(fig('Le constructeur aux 9 marques a publié ses ventes.', 'fr', '9').unit).toBe(fig('The carmaker, whose 9 brands include two new ones, reported sales.', 'en', '9').unit);
  });
});
