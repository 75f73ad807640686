import { describe, expect, it } from 'vitest';
import { extractFigures, matchDetail } from './index';
import type { Lang } from '../types';

// Sentences written for these tests; the places are invented.
const fig = (text: string, lang: Lang, q: string) => {
  const f = extractFigures(text, lang).find((x) => x.text === q);
  if (!f) throw new Error(`no figure "${q}" in: ${text}`);
  return f;
};

describe('the French and English forms of a word the table does not know', () => {
  it('are context two shares of two languages share', () => {
    // A share names nothing it counts: two words of its clause must meet. "texte" / "text" do; "rejeté" / "rejected"
    // and "approuvé" / "approved" are not in the table and stem apart ("rejet" / "reject", "approuv" / "approv").
    const fr = fig('Au final, 61 % ont rejeté le texte approuvé par la direction.', 'fr', '61 %');
    const en = fig('In the end, 74% rejected the text approved by management.', 'en', '74%');
    expect(fr.context).toEqual(expect.arrayContaining(['w:rejet', 'w:approuv', 'w:text']));
    expect(en.context).toEqual(expect.arrayContaining(['w:reject', 'w:approv', 'w:text']));
    expect(matchDetail(fr, en).match).toBe('same');
  });

  it('a false friend is no shared word', () => {
    // "actuelle" (current) is not "actual": without the list of false friends both would read to one key ("al:actu")
    // and be a second shared word besides "total". "librairie" (a bookshop) and "library" are two keys already.
    const fr = fig('Au total, 61 % des lecteurs jugent la librairie actuelle.', 'fr', '61 %');
    const en = fig('In all, 74% of readers praise the actual library.', 'en', '74%');
    expect(matchDetail(fr, en).reason).toBe('context');
  });

  it('make one counted noun of two languages', () => {
    // "cardinaux" / "cardinals" are two stems ("cardinau", "cardinal") of one noun in one derivational class.
    const fr = fig('Quelque 133 cardinaux électeurs se sont réunis à Valdoria.', 'fr', 'Quelque 133');
    const en = fig('Some 120 cardinals gathered in Valdoria.', 'en', 'Some 120');
    expect([fr.unit, en.unit]).toEqual(['w:cardinau', 'w:cardinal']);
    expect(matchDetail(fr, en).match).toBe('same');
  });
});
