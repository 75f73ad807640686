import { describe, expect, it } from 'vitest';
import type { Passage } from '../types';
import { withTranslationCues } from './translation-cue';

// An English page on an earthquake's toll against a French source and an English one.
const page = 'The toll rose to 2,946 people, 2,944 of whom were buried, while the number of wounded reached 5,674.';
const passage = (id: string, text: string, translated?: true): Passage => ({
  kind: 'paraphrase', score: 0.4, page: { start: 17, end: page.length, text: page.slice(17) }, source: { id, start: 0, end: text.length, text }, ...(translated ? { translated } : {}),
});
const langs: Record<string, 'fr' | 'en'> = { fr1: 'fr', fr2: 'fr', en1: 'en' };

describe('withTranslationCues', () => {
  it('marks a passage from a source in the other language, found without the aligner, as a translation', () => {
    const r = withTranslationCues([passage('fr1', '2 946 et celui des blessés 5 674 personnes'), passage('en1', '2,946 people, 2,944 of whom')], 'en', (id) => langs[id]);
    expect(r.map((p) => p.translated ?? false)).toEqual([true, false]);
  });

  it('keeps what the aligner said, and passages of unknown sources as they are', () => {
    const input = [passage('fr2', 'Le bilan atteint 2 946 morts', true), passage('gone', 'whatever')];
    expect(withTranslationCues(input, 'en', (id) => langs[id])).toBe(input);
  });
});
