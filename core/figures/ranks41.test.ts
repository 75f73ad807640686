import { describe, expect, it } from 'vitest';
import type { Lang } from '../types';
import { compareFigures, extractFigures } from './index';

// Sentences written for these tests (cat41): a rank's noun read past a hyphen, before it when the rank stands alone,
// and in the doing of an occurrence.
const doc = (text: string, lang: Lang) => ({ text, lang, figures: extractFigures(text, lang) });
const verdicts = (page: ReturnType<typeof doc>, src: ReturnType<typeof doc>, q: string) =>
  compareFigures(page, [{ id: 's', ...src }]).find((r) => r.page.text === q)?.comparisons.map((c) => c.verdict) ?? [];
const rank = (text: string, lang: Lang, q: string) => extractFigures(text, lang).find((f) => f.text === q && f.unit === 'ordinal');

describe('the noun of a rank (cat41)', () => {
  it('reads a compound adjective past its hyphen', () => {
    expect(rank('The storm flooded Valdor, the region\'s second-largest city, on Monday.', 'en', 'second')?.ranked).toContain('town');
    expect(verdicts(doc('La tempête a inondé Valdor, la deuxième ville de la région, lundi.', 'fr'),
      doc('The storm flooded Valdor, the region\'s second-largest city, on Monday.', 'en'), 'deuxième')).toEqual(['agrees']);
  });

  it('reads the noun of a rank standing alone from the phrase it is set in apposition to', () => {
    const r = rank('Ce putsch militaire, le cinquième dans la région depuis 2019, inquiète les voisins.', 'fr', 'cinquième');
    expect(r?.ranked).toContain('w:putsch');
    // Not the place after its preposition: "région" is the clause's, not the rank's.
    expect(r?.ranked).not.toContain('region');
    expect(verdicts(doc('It is the fifth putsch in the region since 2019, worrying the neighbours.', 'en'),
      doc('Ce putsch militaire, le cinquième dans la région depuis 2019, inquiète les voisins.', 'fr'), 'fifth')).toEqual(['agrees']);
  });

  it('reads the noun of a rank standing alone from an earlier rank of its sentence', () => {
    expect(rank('She was the 12th mayor of the town and is now the 14th.', 'en', '14th')?.ranked).toContain('w:mayor');
    // A rank with neither ranks nothing, and so meets no other rank.
    expect(rank('After the vote he came in second.', 'en', 'second')?.ranked ?? []).toEqual([]);
  });

  it('meets an occurrence whose clause names what the other rank ranks', () => {
    expect(verdicts(doc('The Harlan club won its third national cup after a tense match on Sunday.', 'en'),
      doc('Le club de Harlan a remporté la coupe nationale pour la troisième fois dimanche après un match tendu.', 'fr'), 'third')).toEqual(['agrees']);
    // An occurrence whose clause names another thing is still apart from a rank of a day.
    expect(verdicts(doc('Rescuers searched the valley on the second day of the floods.', 'en'),
      doc('The village was evacuated for the second time as the floods rose in the valley.', 'en'), 'second')).toEqual([]);
  });
});
