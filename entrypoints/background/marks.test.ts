import { describe, expect, it, vi } from 'vitest';
import type { CompareResult } from '../../core/types';

// Outside an extension there is no browser.i18n: t() then falls back to the bundled English.
vi.mock('webextension-polyfill', () => ({ default: { i18n: { getMessage: () => '' } } }));
const { buildMarks } = await import('./marks');

describe('buildMarks', () => {
  it("an updated figure's card says it is an update, with its step and both days", () => {
    const page = 'Le bilan atteint 180 morts.';
    const start = page.indexOf('180');
    const result: CompareResult = {
      sameStory: true, sources: [{ id: 'a', title: 'Source A', score: 0.5, why: [] }], passages: [], timeline: [],
      figures: [{
        page: { start, end: start + 3, text: '180' }, low: 180, high: 180, qualifier: 'exact', unit: 'people', counts: 'people killed', moment: '2025-03-04',
        comparisons: [
          { source: { id: 'a', start: 0, end: 3, text: '120' }, low: 120, high: 120, qualifier: 'exact', verdict: 'updated', newer: 'page', moment: '2025-03-03' },
          { source: { id: 'a', start: 0, end: 3, text: '120' }, low: 120, high: 120, qualifier: 'exact', verdict: 'overlaps' },
        ],
      }],
    };
    const [mark] = buildMarks(page, result, () => ({ id: 'a', title: 'Source A', lang: 'fr', text: '120 morts lundi.', ignore: [] }));
    expect(mark.kind).toBe('figure-overlaps');
    // Both come from one sentence of source A: it is shown once, with both notes, the worse first (the mark's colour).
    expect(mark.card.items.map((i) => i.note)).toEqual(['overlaps · update: 120 → 180, 3 to 4 March']);
  });

  it("a figure's card lists a source's sentence once when two of its values come from it", () => {
    const page = 'Le bilan atteint 180 morts.';
    const start = page.indexOf('180');
    const src = 'Bilan : 180 morts selon le ministère, 180 morts au total.';
    const result: CompareResult = {
      sameStory: true, sources: [{ id: 'a', title: 'Source A', score: 0.5, why: [] }], passages: [], timeline: [],
      figures: [{
        page: { start, end: start + 3, text: '180' }, low: 180, high: 180, qualifier: 'exact', unit: 'people', counts: 'people killed',
        comparisons: [8, src.lastIndexOf('180')].map((at) => ({ source: { id: 'a', start: at, end: at + 3, text: '180' }, low: 180, high: 180, qualifier: 'exact' as const, verdict: 'agrees' as const })),
      }],
    };
    const [mark] = buildMarks(page, result, () => ({ id: 'a', title: 'Source A', lang: 'fr', text: src, ignore: [] }));
    expect(mark.card.items).toHaveLength(1);
  });

  it("a figure's card lists once a source that gives the same value with the same verdict in its title and its lead", () => {
    const page = 'Le bilan atteint 180 morts.';
    const start = page.indexOf('180');
    const src = 'Séisme : 180 morts\nLe séisme a fait 180 morts, selon le ministère.';
    const result: CompareResult = {
      sameStory: true, sources: [{ id: 'a', title: 'Source A', score: 0.5, why: [] }], passages: [], timeline: [],
      figures: [{
        page: { start, end: start + 3, text: '180' }, low: 180, high: 180, qualifier: 'exact', unit: 'people', counts: 'people killed',
        comparisons: [src.indexOf('180'), src.lastIndexOf('180')].map((at) => ({ source: { id: 'a', start: at, end: at + 3, text: '180' }, low: 180, high: 180, qualifier: 'exact' as const, verdict: 'agrees' as const })),
      }],
    };
    const [mark] = buildMarks(page, result, () => ({ id: 'a', title: 'Source A', lang: 'fr', text: src, ignore: [] }));
    expect(mark.card.items).toHaveLength(1);
  });

  it("a figure's card says the year a value is for when its article's is another: the page's in the heading, a source's in its note", () => {
    const page = 'Le plan prévoit 3 000 postes en moins en 2026.';
    const start = page.indexOf('3 000');
    const result: CompareResult = {
      sameStory: true, sources: [{ id: 'a', title: 'Source A', score: 0.5, why: [] }], passages: [], timeline: [],
      figures: [{
        page: { start, end: start + 5, text: '3 000' }, low: 3000, high: 3000, qualifier: 'exact', unit: 'jobs', counts: 'jobs cut', year: '2026',
        comparisons: [{ source: { id: 'a', start: 0, end: 5, text: '3 000' }, low: 3000, high: 3000, qualifier: 'exact', verdict: 'agrees', year: '2003' }],
      }],
    };
    const [mark] = buildMarks(page, result, () => ({ id: 'a', title: 'Source A', lang: 'fr', text: '3 000 postes supprimés en 2003.', ignore: [], published: '2025-07-15' }), '2025-07-15');
    expect(mark.card.heading).toBe('jobs cut · for 2026');
    expect(mark.card.items.map((i) => i.note)).toEqual(['agrees · in 2003']);
  });

  it("a figure's card names what it counts and who says it on the page; a translated passage's card says it is a translation", () => {
    const page = 'Several thousand soldiers were sent, the ministry said. Neither side confirmed the deployment.';
    const passageAt = page.indexOf('Neither');
    const result: CompareResult = {
      sameStory: true, sources: [{ id: 'a', title: 'Source A', score: 0.5, why: [] }], timeline: [],
      passages: [{ kind: 'paraphrase', score: 0.4, translated: true, page: { start: passageAt, end: page.length, text: page.slice(passageAt) }, source: { id: 'a', start: 0, end: 40, text: "Aucun des deux camps n'a confirmé le déploiement" } }],
      figures: [{
        page: { start: 0, end: 16, text: 'Several thousand' }, low: 2000, high: null, qualifier: 'vague', unit: 'people', counts: 'soldiers sent', saidBy: 'the ministry',
        comparisons: [{ source: { id: 'a', start: 0, end: 12, text: 'des milliers' }, low: 2000, high: null, qualifier: 'vague', verdict: 'agrees', saidBy: 'le ministère' }],
      }],
    };
    const marks = buildMarks(page, result, () => ({ id: 'a', title: 'Source A', lang: 'fr', text: 'des milliers de soldats envoyés.', ignore: [] }), undefined, 'en');
    const passage = marks.find((m) => m.id.startsWith('p:'))!;
    expect(passage.card.items.map((i) => i.note)).toEqual(['paraphrase · translation']);
    const figure = marks.find((m) => m.id.startsWith('f:'))!;
    expect(figure.card.heading).toBe('soldiers sent · according to the ministry');
    // The English UI quotes a speaker its French source wrote; the page's English speaker reads as it is.
    expect(figure.card.items[0].label).toBe('Source A · according to “le ministère”');
    expect(figure.card.items[0].text).toBe('des milliers de soldats envoyés.');
  });

  it('a figure the popup folds (a date, a non-salient small number) is a quiet mark without a card; an amount is drawn', () => {
    const page = 'Le 3 mars, les deux pays ont annoncé 180 morts.';
    const at = (x: string) => ({ start: page.indexOf(x), end: page.indexOf(x) + x.length, text: x });
    const agrees = [{ source: { id: 'a', start: 0, end: 3, text: 'x' }, low: 1, high: 1, qualifier: 'exact' as const, verdict: 'agrees' as const }];
    const result: CompareResult = {
      sameStory: true, sources: [{ id: 'a', title: 'Source A', score: 0.5, why: [] }], passages: [], timeline: [],
      figures: [
        { page: at('3 mars'), low: 3, high: 3, qualifier: 'exact', unit: 'date', counts: '', comparisons: agrees },
        { page: at('deux'), low: 2, high: 2, qualifier: 'exact', unit: 'countries', counts: 'countries', salient: false, comparisons: agrees },
        { page: at('180'), low: 180, high: 180, qualifier: 'exact', unit: 'people', counts: 'people killed', comparisons: agrees },
      ],
    };
    const marks = buildMarks(page, result, () => undefined);
    expect(marks.map((m) => [m.selector.exact, !!m.quiet, m.card.items.length])).toEqual([['3 mars', true, 0], ['deux', true, 0], ['180', false, 1]]);
  });
  it("a passage's card heading counts sources, not matches: two passages of one source read as one source", () => {
    const page = 'The bridge was closed to traffic on Monday after the storm.';
    const whole = { start: 0, end: page.length, text: page };
    const match = (id: string, start: number) => ({ kind: 'paraphrase' as const, score: 0.4, page: whole, source: { id, start, end: start + 20, text: 'Le pont a été fermé' } });
    const result = (ids: Array<[string, number]>): CompareResult => ({
      sameStory: true, sources: [{ id: 'a', title: 'Source A', score: 0.5, why: [] }, { id: 'b', title: 'Source B', score: 0.5, why: [] }], timeline: [], figures: [],
      passages: ids.map(([id, at]) => match(id, at)),
    });
    const heading = (ids: Array<[string, number]>) => buildMarks(page, result(ids), () => undefined)[0].card.heading;
    expect(heading([['a', 0], ['a', 100]])).toBe('Also in this source');
    expect(heading([['a', 0]])).toBe('Also in this source');
    expect(heading([['a', 0], ['a', 100], ['b', 0]])).toBe('Also in 2 sources');
  });
  it("a figure's card lists the sources' values disagreements first, then agreement before a merely related count, as the popup does", () => {
    const page = 'More than 200 people were injured, officials said.';
    const at = page.indexOf('More than 200');
    const src = (id: string, verdict: 'agrees' | 'related' | 'differs' | 'overlaps') => ({ source: { id, start: 0, end: 3, text: 'x' }, low: 1, high: 1, qualifier: 'exact' as const, verdict });
    const result: CompareResult = {
      sameStory: true, sources: ['a', 'b', 'c', 'd'].map((id) => ({ id, title: `Source ${id}`, score: 0.5, why: [] })), passages: [], timeline: [],
      figures: [{
        page: { start: at, end: at + 13, text: 'More than 200' }, low: 201, high: null, qualifier: 'more-than', unit: 'people', counts: 'people injured',
        comparisons: [src('a', 'agrees'), src('b', 'related'), src('c', 'overlaps'), src('d', 'differs')],
      }],
    };
    const [mark] = buildMarks(page, result, (id) => ({ id, title: `Source ${id}`, lang: 'en', text: `Text of ${id}.`, ignore: [] }));
    expect(mark.kind).toBe('figure-differs');
    expect(mark.card.items.map((i) => i.label)).toEqual(['Source d', 'Source c', 'Source a', 'Source b']);
  });
  it("a figure's card says a same count related for want of a date is of unknown order, another count is another count", () => {
    const page = 'Twelve people were injured in the fire.';
    const at = page.indexOf('Twelve');
    const cmp = (id: string, counts: string) => ({ source: { id, start: 0, end: 2, text: '30' }, low: 30, high: 30, qualifier: 'exact' as const, verdict: 'related' as const, counts });
    const result: CompareResult = {
      sameStory: true, sources: ['a', 'b'].map((id) => ({ id, title: `Source ${id}`, score: 0.5, why: [] })), passages: [], timeline: [],
      figures: [{
        page: { start: at, end: at + 6, text: 'Twelve' }, low: 12, high: 12, qualifier: 'exact', unit: 'people', counts: 'people injured',
        comparisons: [cmp('a', 'people injured'), cmp('b', 'people killed')],
      }],
    };
    // Source a has no publication day (an imported .txt): its 30 injured may be earlier or later than the page's 12.
    const notes = (aPublished: string | undefined) => buildMarks(page, result, (id) => ({ id, title: `Source ${id}`, lang: 'en', text: `Text of ${id}.`, ignore: [], published: id === 'a' ? aPublished : '2025-03-02' }), '2025-03-03')[0].card.items.map((i) => [i.label, i.note]);
    expect(notes(undefined)).toEqual([['Source a', 'date unknown: cannot tell which is newer'], ['Source b', 'related, not the same count']]);
    expect(notes('2025-03-01')).toEqual([['Source a', 'related, not the same count'], ['Source b', 'related, not the same count']]);
  });

  it("a figure's card quotes the source's sentence without the closing quote of the sentence before it", () => {
    const page = 'More than 200 people were injured.';
    const src = 'The mayor called it "a terrible act." He added, "over 200 people have been injured."';
    const at = src.indexOf('200');
    const result: CompareResult = {
      sameStory: true, sources: [{ id: 'a', title: 'Source A', score: 0.5, why: [] }], passages: [], timeline: [],
      figures: [{
        page: { start: 0, end: 13, text: 'More than 200' }, low: 201, high: null, qualifier: 'more-than', unit: 'people', counts: 'people injured',
        comparisons: [{ source: { id: 'a', start: at - 5, end: at + 3, text: 'over 200' }, low: 201, high: null, qualifier: 'more-than', verdict: 'agrees' }],
      }],
    };
    const [mark] = buildMarks(page, result, () => ({ id: 'a', title: 'Source A', lang: 'en', text: src, ignore: [] }));
    expect(mark.card.items[0].text).toBe('He added, "over 200 people have been injured."');
  });
  it("a figure's card keeps a French closing guillemet after its space, and takes no quote past a line break", () => {
    const cardText = (src: string, value: string): string => {
      const at = src.indexOf(value);
      const result: CompareResult = {
        sameStory: true, sources: [{ id: 'a', title: 'Source A', score: 0.5, why: [] }], passages: [], timeline: [],
        figures: [{
          page: { start: 0, end: 3, text: '200' }, low: 200, high: 200, qualifier: 'exact', unit: 'people', counts: 'people injured',
          comparisons: [{ source: { id: 'a', start: at, end: at + value.length, text: value }, low: 200, high: 200, qualifier: 'exact', verdict: 'agrees' }],
        }],
      };
      return buildMarks('200 injured.', result, () => ({ id: 'a', title: 'Source A', lang: 'fr', text: src, ignore: [] }))[0].card.items[0].text;
    };
    expect(cardText('Il a dit : « 200 personnes sont blessées. » Puis il est parti.', '200')).toBe('Il a dit : « 200 personnes sont blessées. »');
    expect(cardText('Il a dit : « 200 personnes sont blessées.\u00A0» Puis il est parti.', '200')).toBe('Il a dit : « 200 personnes sont blessées.\u00A0»');
    expect(cardText('Officials counted 200 injured\n"We are shocked," the mayor said.', '200')).toBe('Officials counted 200 injured');
  });
});
