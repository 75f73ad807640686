import { describe, expect, it } from 'vitest';
import data from './concepts.json';
import { conceptsOf, lookup, partyNameAt } from './index';

const idOf = (w: string): string | undefined => conceptsOf(w).find((c) => c.type !== 'cue')?.id;

describe('concept table: general vocabulary across languages', () => {
  it('maps common news words of both languages to one concept', () => {
    for (const [fr, en] of [
      ['deuil', 'grieving'],
      ['enleves', 'kidnapped'],
      ['aerienne', 'air'],
      ['guerre', 'war'],
      ['chiffre', 'figure'],
      ['tour', 'round'],
      ['ensemble', 'together'],
      ['riposte', 'retaliated'],
      ['degats', 'damage'],
      ['enquete', 'investigation'],
      ['relaches', 'released'],
      ['droite', 'right'],
    ]) {
      expect(idOf(fr), fr).toBeDefined();
      expect(idOf(fr), `${fr} / ${en}`).toBe(idOf(en));
    }
  });

  it('keeps general `word` concepts out of what figures and story detection look up', () => {
    expect(lookup('deuil')).toBeUndefined();
    expect(lookup('guerre')).toBeUndefined();
    expect(conceptsOf('guerre').some((c) => c.type === 'cue' && c.id === 'military')).toBe(true);
  });

  it('does not read the parts of a compound as unrelated words', () => {
    // "porte-parole" is split at its hyphen: "porte" (also "porte le bilan à") is no door, and
    // "premier" (the first round) is no prime minister on its own.
    expect(idOf('porte')).toBeUndefined();
    expect(idOf('parole')).toBe(idOf('spokesperson'));
    expect(lookup('premier')).toBeUndefined();
  });

  it('gives each concept a unique id within its type (a cue may share the id of its modifier)', () => {
    const ids = (data.concepts as Array<{ id: string; type: string }>).map((c) => `${c.type}:${c.id}`);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('concept table: false friends', () => {
  it('leaves out English forms that are also common French words of another sense', () => {
    // Forms are folded and shared by both languages: "met" is French "(il) met" (puts), "court" is
    // French "court" (short, runs), "retire" is French "retiré" (pulled out, of bodies from rubble).
    expect(idOf('met')).toBeUndefined();
    expect(idOf('court')).toBeUndefined();
    expect(conceptsOf('retire').some((c) => c.id === 't-pension')).toBe(false);
    expect(idOf('meeting')).toBe(idOf('reunion'));
    expect(idOf('retirees')).toBe(idOf('retraite'));
  });
});

describe('partyNameAt', () => {
  const at = (words: string[], i: number) => partyNameAt((q) => words[q], i);
  it('reads a multi-word name before its words, and a one-word form alone', () => {
    expect(at(['le', 'nouveau', 'front', 'populaire', 'arrive'], 1)).toMatchObject({ len: 3, c: { type: 'party' } });
    expect(at(['the', 'national', 'rally', 'won'], 1)?.len).toBe(2);
    expect(at(['nouveau', 'front'], 0)).toBeUndefined();
    expect(at(['ensemble'], 0)?.len).toBe(1);
    expect(at(['armee'], 0)).toBeUndefined();
  });
});

describe('conceptsOf: a plural the table does not list', () => {
  it('is read as its singular, every time it is asked, and a word of no concept stays of none', () => {
    // "hopital" is listed, "hopitals" (a misspelt plural) is not.
    for (let k = 0; k < 3; k++) {
      expect(conceptsOf('hopitals').map((c) => c.id)).toEqual(conceptsOf('hopital').map((c) => c.id));
      expect(conceptsOf('hopitals').map((c) => c.id)).toContain('hospital');
      expect(conceptsOf('quelconques')).toEqual([]);
      expect(conceptsOf('bus')).toEqual(conceptsOf('bus'));
    }
  });
});
