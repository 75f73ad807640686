import { describe, expect, it } from 'vitest';
import { analyse } from './tokens';
import { hasPredicateMark, hasVerbMark } from './verb-marks';
import { wordRange } from './fragment-claims';

/** hasVerbMark over the words of `piece` inside `text` (its first occurrence). */
function marks(text: string, piece: string, lang: string): boolean {
  const a = analyse(text, [], lang);
  const s = text.indexOf(piece);
  if (s < 0) throw new Error(`not found: ${piece}`);
  const r = wordRange(a, s, s + piece.length)!;
  return hasVerbMark(a, r[0], r[1]);
}

describe('hasVerbMark', () => {
  it('finds an English auxiliary, a past form or a reporting verb', () => {
    const t = 'Officials said the old harbour wall was repaired last spring and then collapsed again.';
    expect(marks(t, 'the old harbour wall was', 'en')).toBe(true);
    expect(marks(t, 'repaired last spring', 'en')).toBe(true);
    expect(marks(t, 'Officials said', 'en')).toBe(true);
  });

  it('finds no verb in an English noun phrase', () => {
    const t = 'The inquiry will hear Ms Lambert, the director of the regional water board, next month.';
    expect(marks(t, 'Ms Lambert, the director of the regional water board', 'en')).toBe(false);
  });

  it('finds a French auxiliary, a finite ending or a participle, none in a noun phrase', () => {
    const t = "Le maire de la commune, ancien instituteur du village, a promis que les travaux commenceraient en mai.";
    expect(marks(t, 'a promis', 'fr')).toBe(true);
    expect(marks(t, 'les travaux commenceraient', 'fr')).toBe(true);
    expect(marks(t, 'Le maire de la commune, ancien instituteur du village', 'fr')).toBe(false);
    const u = 'La digue construite au siècle dernier, puis renforcée, cédait sous la pression des eaux.';
    expect(marks(u, 'digue construite au siècle dernier', 'fr')).toBe(false);
    expect(marks(u, 'cédait sous la pression', 'fr')).toBe(true);
    expect(marks(u, 'puis renforcée', 'fr')).toBe(true);
  });

  it('does not read the English article as the French auxiliary', () => {
    const t = 'A quiet street near a school and a small park.';
    expect(marks(t, 'A quiet street near a school and a small park', 'en')).toBe(false);
  });

  it('reads a text of another language as having a verb, so that no rule drops it', () => {
    const t = 'Der Bürgermeister der Stadt, ein ehemaliger Lehrer.';
    expect(marks(t, 'Der Bürgermeister der Stadt', 'de')).toBe(true);
  });
});

/** hasPredicateMark over the words of `piece` inside `text` (its first occurrence). */
function predicate(text: string, piece: string, lang: string): boolean {
  const a = analyse(text, [], lang);
  const s = text.indexOf(piece);
  if (s < 0) throw new Error(`not found: ${piece}`);
  const r = wordRange(a, s, s + piece.length)!;
  return hasPredicateMark(a, r[0], r[1]);
}

describe('hasPredicateMark', () => {
  it('reads a French infinitive after an elided de or a preposition as a clause', () => {
    const t = "Le conseil a approuvé la décision de la région d’envoyer des équipes pour réparer les digues, afin de protéger la ville.";
    expect(marks(t, 'la décision de la région d’envoyer des équipes', 'fr')).toBe(false);
    expect(predicate(t, 'la décision de la région d’envoyer des équipes', 'fr')).toBe(true);
    expect(predicate(t, 'des équipes pour réparer les digues', 'fr')).toBe(true);
    expect(predicate(t, 'afin de protéger la ville', 'fr')).toBe(true);
  });

  it('does not read a French noun after de as an infinitive', () => {
    const t = 'Les victimes de guerre et le ministre de l’intérieur du premier gouvernement.';
    expect(predicate(t, 'Les victimes de guerre', 'fr')).toBe(false);
    expect(predicate(t, 'le ministre de l’intérieur du premier gouvernement', 'fr')).toBe(false);
  });

  it('does not read a month, a rank or a noun after an elided article as an infinitive', () => {
    const t = 'Les réunions de janvier et de février, les Français à l’étranger, un acteur de premier rang.';
    expect(predicate(t, 'Les réunions de janvier et de février', 'fr')).toBe(false);
    expect(predicate(t, 'les Français à l’étranger', 'fr')).toBe(false);
    expect(predicate(t, 'un acteur de premier rang', 'fr')).toBe(false);
  });

  it('does not read a number word after to as a verb', () => {
    const t = 'The rise from five to nine seats and from twenty to forty votes.';
    expect(predicate(t, 'The rise from five to nine seats', 'en')).toBe(false);
    expect(predicate(t, 'from twenty to forty votes', 'en')).toBe(false);
  });

  it('reads an English infinitive after to, not a preposition before a noun phrase', () => {
    const t = 'The plan to close three schools was sent to the council and to parents in the district.';
    expect(predicate(t, 'The plan to close three schools', 'en')).toBe(true);
    expect(predicate(t, 'to the council and to parents in the district', 'en')).toBe(false);
  });

  it('still finds the plain verb marks', () => {
    const t = 'Officials said the old harbour wall was repaired.';
    expect(predicate(t, 'the old harbour wall was', 'en')).toBe(true);
  });
});
