import { describe, expect, it } from 'vitest';
import { analyse } from './tokens';
import { clauseAtOffset, sentenceBags } from './crosslang';
import { replacedCount, replacedOnOneSide } from './replaced-counts';

/** replacedCount at the first occurrence of `num` in `text` (the figure's first word, as clauseAtOffset gives it). */
function at(text: string, num: string, lang: string): boolean {
  const a = analyse(text, [], lang);
  const c = clauseAtOffset(a, text.indexOf(num));
  if (!c) throw new Error(`no clause for ${num}`);
  return replacedCount(a, c.word, c.words[0]);
}

describe('replacedCount', () => {
  it('reads a value set aside after a replacement marker', () => {
    expect(at('The council received 600 complaints, rather than the 900 first reported.', '900', 'en')).toBe(true);
    expect(at('The trip lasted nine weeks instead of 3 weeks.', '3', 'en')).toBe(true);
    expect(at('La hausse a atteint 12 % au lieu de 15 % prévus.', '15', 'fr')).toBe(true);
    expect(at('Le chiffre est de 31 %, et non une moyenne de 40 % comme annoncé.', '40', 'fr')).toBe(true);
    expect(at('Ils resteront huit semaines au lieu des 5 jours prévus.', '5', 'fr')).toBe(true);
  });
  it('leaves the value the clause asserts, and floors', () => {
    expect(at('The council received 600 complaints, rather than the 900 first reported.', '600', 'en')).toBe(false);
    expect(at('La hausse a atteint 12 % au lieu de 15 % prévus.', '12', 'fr')).toBe(false);
    expect(at('More than 900 people attended the meeting.', '900', 'en')).toBe(false);
    expect(at('Plus de 900 personnes étaient présentes et non loin, 40 policiers.', '40', 'fr')).toBe(false);
  });
  it('leaves fixed phrases after "non" that assert the count', () => {
    expect(at('Des heurts ont éclaté, et non loin de là 40 personnes ont été arrêtées.', '40', 'fr')).toBe(false);
    expect(at("La journée s'est achevée dans le calme et non sans 40 interpellations.", '40', 'fr')).toBe(false);
    expect(at('Ils étaient nombreux, et non moins de 40 000 selon la police.', '40', 'fr')).toBe(false);
  });
  it('does not read past punctuation or a verb', () => {
    expect(at('They chose to stay rather than leave, and 40 families remained.', '40', 'en')).toBe(false);
    expect(at('It came instead of buses that carried 30 people.', '30', 'en')).toBe(false);
    expect(at('Instead of leaving they stayed 40 days.', '40', 'en')).toBe(false);
  });
  it('does not read into another phrase opened by a coordination or a preposition', () => {
    expect(at('They chose to stay rather than leave and 40 families remained.', '40', 'en')).toBe(false);
    expect(at('Ils ont préféré rester plutôt que partir et 40 familles sont restées.', '40', 'fr')).toBe(false);
    expect(at('Il a choisi de rester au lieu de partir avec 40 familles.', '40', 'fr')).toBe(false);
  });
});

describe('replacedOnOneSide', () => {
  /** Both texts' first sentences, whole, with the keys they share. */
  function pair(p: string, pl: string, s: string, sl: string): boolean {
    const pa = analyse(p, [], pl);
    const sa = analyse(s, [], sl);
    const pk = sentenceBags(pa).keys[0];
    const shared = sentenceBags(sa).keys[0].filter((k) => pk.includes(k));
    return replacedOnOneSide(pa, sentenceBags(pa).words[0], sa, sentenceBags(sa).words[0], shared);
  }
  it('tells a claim against its correction', () => {
    expect(pair('The agency first put the rate at 40 percent.', 'en', 'Le taux a été de 31 %, et non de 40 %.', 'fr')).toBe(true);
  });
  it('keeps two corrections, and two claims', () => {
    expect(pair('The rate was 31 percent rather than 40 percent.', 'en', 'Le taux a été de 31 %, et non de 40 %.', 'fr')).toBe(false);
    expect(pair('The agency put the rate at 40 percent.', 'en', "L'agence a annoncé un taux de 40 %.", 'fr')).toBe(false);
  });
});
