import { describe, expect, it } from 'vitest';
import { segmentSentences } from './segment';

const texts = (t: string) => segmentSentences(t).map((s) => s.text);

describe('segmentSentences', () => {
  it('keeps French abbreviations inside the sentence', () => {
    expect(texts('Selon M. Rutte, oui. Le Dr. Martin parle. Mme Dupont vient. Fin.')).toEqual([
      'Selon M. Rutte, oui.',
      'Le Dr. Martin parle.',
      'Mme Dupont vient.',
      'Fin.',
    ]);
    expect(texts('César part en 50 av. J.-C. Rome tremble.')).toEqual(['César part en 50 av. J.-C. Rome tremble.']);
  });

  it('does not end a sentence after a month abbreviation before a day or a year', () => {
    const en = segmentSentences('Farmers will march on Mar. 4 and Mar. 12. The ministry said no.', 'en').map((s) => s.text);
    expect(en).toEqual(['Farmers will march on Mar. 4 and Mar. 12.', 'The ministry said no.']);
    expect(texts('La vente a eu lieu le 3 janv. 2023 à Lyon. Fin.')).toEqual(['La vente a eu lieu le 3 janv. 2023 à Lyon.', 'Fin.']);
    // Every cut of the shared list (dates/day.ts MONTH_ABBREVIATIONS), "fév." as well as "févr.".
    for (const cut of ['fév', 'févr', 'Sept', 'déc']) {
      expect(texts(`Le pont a fermé le 3 ${cut}. 2023 à Lyon. Fin.`), cut).toEqual([`Le pont a fermé le 3 ${cut}. 2023 à Lyon.`, 'Fin.']);
    }
    // Before a dateline's agency and dash, the cut ends the dateline's day, not a sentence.
    expect(texts('VELMOR, 3 déc. (KW) - Le pont a fermé. Fin.')).toEqual(['VELMOR, 3 déc. (KW) - Le pont a fermé.', 'Fin.']);
    // Before a word, the period may end the sentence.
    expect(segmentSentences('They met in Sept. The talks failed.', 'en').map((s) => s.text)).toEqual(['They met in Sept.', 'The talks failed.']);
  });

  it('gives a closing guillemet back to the sentence it closes', () => {
    expect(texts('Il a dit « Bonjour ! » Puis il est parti.')).toEqual(['Il a dit « Bonjour ! »', 'Puis il est parti.']);
    expect(texts('Il a dit «\u00a0Bonjour !\u00a0» Puis.')).toEqual(['Il a dit «\u00a0Bonjour !\u00a0»', 'Puis.']);
    expect(texts('Il a dit «\u202fBonjour !\u202f» Puis.')).toEqual(['Il a dit «\u202fBonjour !\u202f»', 'Puis.']);
    // A guillemet followed by the attribution belongs to one sentence.
    expect(texts('« Nous partons ! » a-t-il dit. Fin.')).toEqual(['« Nous partons ! » a-t-il dit.', 'Fin.']);
  });

  it('ends a sentence at a line break (titles have no period)', () => {
    expect(texts('Un titre sans point\nLe texte commence. Il continue')).toEqual([
      'Un titre sans point',
      'Le texte commence.',
      'Il continue',
    ]);
  });

  it('still splits ordinary sentences', () => {
    expect(texts('Il pleut. Nous restons. Demain ?')).toEqual(['Il pleut.', 'Nous restons.', 'Demain ?']);
  });

  it('gives offsets that slice back, without surrounding white space', () => {
    const t = '  Selon M. Rutte, « oui ! » Non.\n\nMme X\u00a0vient. ';
    const segs = segmentSentences(t);
    expect(segs.length).toBe(3);
    for (const s of segs) {
      expect(t.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toBe(s.text.trim());
    }
  });

  it('handles empty and blank input', () => {
    expect(segmentSentences('')).toEqual([]);
    expect(segmentSentences(' \n\t ')).toEqual([]);
  });
});
