import { describe, expect, it } from 'vitest';
import { analyse } from './tokens';
import { crossMatches, CROSS_CLOSE_SCORE, CROSS_MIN_SHARED } from './crosslang';
import { CROSS_NAMES_MIN_SCORE } from './claim-anchors';
import { translations } from './translations';
import type { CorpusDoc } from '../types';

/** Two sentences of filler each text shares with the other, so that the keys of the last sentence weigh as a story's
 *  rarer words do; then the page's and the source's last sentences. */
const FR = 'Les écoles de la région resteront fermées lundi. Le maire a demandé aux habitants de rester chez eux. ';
const EN = 'Schools in the region will stay closed on Monday. The mayor asked residents to stay at home. ';

/** `enFirst`: the source opens with `enLast` (a headline that ends on no mark, so that it runs into the first sentence
 *  as an extracted page's title often does). */
function run(frLast: string, enLast: string, enFirst = false) {
  const fr = FR + frLast;
  const en = enFirst ? `${enLast} ${EN}` : EN + enLast;
  const pa = analyse(fr, [], 'fr');
  const sa = analyse(en, [], 'en');
  const doc: CorpusDoc = { id: 'src', text: en, lang: 'en' } as CorpusDoc;
  const last = (t: string): boolean => t.startsWith(frLast.slice(0, 12));
  return { matches: crossMatches(pa, sa), found: translations(pa, fr, sa, doc, []).filter((p) => last(p.page.text)), pa, fr };
}

describe('translations: a count on one side only (claim-anchors.ts countOnOneSide)', () => {
  it('drops a pair on the minimum of shared keys whose one side states a count the other does not give', () => {
    const x = run('Le bilan provisoire du glissement de terrain fait état de 14 morts.', 'The provisional toll of the landslide is not yet final.');
    // crossMatches pairs the two sentences on exactly the minimum of keys, short of a faithful translation ...
    const m = x.matches.find((c) => x.fr.slice(x.pa.wordStarts[c.pageWords[0]]).startsWith('Le bilan'));
    expect(m).toBeDefined();
    expect(m!.keys.length).toBe(CROSS_MIN_SHARED);
    expect(m!.score).toBeLessThan(CROSS_CLOSE_SCORE);
    // ... and translations does not report it.
    expect(x.found).toEqual([]);
  });

  it('keeps the pair when both sentences state the count', () => {
    const x = run('Le bilan provisoire du glissement de terrain fait état de 14 morts.', 'The provisional toll of the landslide stands at 14 dead.');
    expect(x.found.length).toBe(1);
  });

  it('keeps a pair on the minimum of keys when neither states a count', () => {
    const x = run('Le bilan provisoire du glissement de terrain reste incertain.', 'The provisional toll of the landslide is not yet final.');
    const m = x.matches.find((c) => x.fr.slice(x.pa.wordStarts[c.pageWords[0]]).startsWith('Le bilan'));
    expect(m).toBeDefined();
    expect(x.found.length).toBe(1);
  });
});

describe('translations: a number that says when is no count (claim-anchors.ts countOnOneSide)', () => {
  const EN_LAST = 'The landslide struck the village, sweeping away barns.';
  const frOf = (when: string): string => `Le glissement de terrain a frappé le village${when}, emportant des granges.`;
  it.each([
    ['a day beside its month', ' le 4 juin'],
    ['an ordinal', ' du 2e canton'],
    ['a time of day', ' vers 15h30'],
  ])('keeps a pair on the minimum of keys whose one side gives %s', (_what, when) => {
    const x = run(frOf(when), EN_LAST);
    const m = x.matches.find((c) => x.fr.slice(x.pa.wordStarts[c.pageWords[0]]).startsWith('Le glissement'));
    expect(m).toBeDefined();
    expect(m!.keys.length).toBe(CROSS_MIN_SHARED);
    expect(m!.score).toBeLessThan(CROSS_CLOSE_SCORE);
    expect(x.found.length).toBe(1);
  });

  it('keeps a pair with a count on one side when it shares more than the minimum of keys', () => {
    const x = run('Le glissement de terrain a frappé 4 villages de montagne.', 'The landslide struck the mountain villages.');
    const m = x.matches.find((c) => x.fr.slice(x.pa.wordStarts[c.pageWords[0]]).startsWith('Le glissement'));
    expect(m).toBeDefined();
    expect(m!.keys.length).toBeGreaterThan(CROSS_MIN_SHARED);
    expect(m!.score).toBeLessThan(CROSS_CLOSE_SCORE);
    expect(x.found.length).toBe(1);
  });

  it('still drops it when the number is a count', () => {
    expect(run('Le glissement de terrain a frappé le village, emportant 40 granges.', EN_LAST).found).toEqual([]);
  });
});

describe('translations: a pair resting on names (claim-anchors.ts restsOnNames)', () => {
  it('drops a pair sharing the names and one word besides, under CROSS_NAMES_MIN_SCORE', () => {
    const x = run(
      'Selon la radio, Paul Martin a critiqué Marie Durand à Valbonne pour le budget des routes, du nouveau stade, des piscines et des parkings.',
      'In a speech, Paul Martin criticised Marie Durand in Valbonne over the delays of the hospital, the bridge, the airport and the tramway line.',
    );
    const m = x.matches.find((c) => x.fr.slice(x.pa.wordStarts[c.pageWords[0]]).startsWith('Selon'));
    expect(m).toBeDefined();
    expect(m!.score).toBeLessThan(CROSS_NAMES_MIN_SCORE);
    expect(x.found).toEqual([]);
  });

  it('keeps a pair resting on names from CROSS_NAMES_MIN_SCORE on: a short sentence of names and its translation', () => {
    const x = run('Paul Martin a rencontré Marie Durand à Valbonne.', 'Paul Martin met Marie Durand in Valbonne.');
    const m = x.matches.find((c) => x.fr.slice(x.pa.wordStarts[c.pageWords[0]]).startsWith('Paul'));
    expect(m).toBeDefined();
    expect(m!.score).toBeGreaterThanOrEqual(CROSS_NAMES_MIN_SCORE);
    expect(x.found.length).toBe(1);
  });

  it('keeps it when the two sentences also share a count', () => {
    const x = run(
      'Selon la radio, Paul Martin a critiqué Marie Durand à Valbonne pour les 40 millions du budget des routes, du nouveau stade et des piscines.',
      'In a speech, Paul Martin criticised Marie Durand in Valbonne over the 40 million spent on the hospital, the bridge, the airport and the tramway line.',
    );
    expect(x.found.length).toBe(1);
  });

  // A title-case headline capitalises every content word: its capitals mark no names (core/story subheads), so the
  // shared action and topic words count besides the names. The same headline in sentence case is the control.
  const FR_RESIGN =
    "Le Premier ministre Anton Velk a démissionné jeudi, a indiqué son entourage, après des semaines de crise au sein de la coalition et des critiques répétées de l'opposition sur la réforme des retraites.";
  it.each([
    ['title case', 'Prime Minister Anton Velk Resigns Amid Coalition Crisis'],
    ['sentence case', 'Prime Minister Anton Velk resigns amid coalition crisis'],
  ])('keeps a headline in %s that shares an action and topics besides the names', (_case, headline) => {
    const x = run(FR_RESIGN, headline, true);
    const m = x.matches.find((c) => x.fr.slice(x.pa.wordStarts[c.pageWords[0]]).startsWith('Le Premier'));
    expect(m).toBeDefined();
    expect(m!.score).toBeLessThan(CROSS_NAMES_MIN_SCORE);
    expect(x.found.length).toBe(1);
  });
});

describe('translations: a headline on the story frame (story-frame.ts onStoryFrame)', () => {
  // The source opens with a headline line (no sentence-final mark); the page's last sentence tells the same event.
  const fr = FR + 'Le glissement de terrain a frappé le village de Brennick.';
  const en = 'Landslide strikes the village of Brennick\n' + EN;
  const pa = analyse(fr, [], 'fr');
  const sa = analyse(en, [], 'en');
  const doc: CorpusDoc = { id: 'src', text: en, lang: 'en' } as CorpusDoc;
  const pair = crossMatches(pa, sa).find((c) => c.srcWords[0] === 0);
  /** The pair with the headline, given shares where `own` keys of the pair are held by no other source and the rest
   *  by every source. */
  const found = (own: number) => {
    const shares = new Map<string, number>(pair!.keys.map((k, i) => [k, i < own ? 0 : 1]));
    return translations(pa, fr, sa, doc, [], undefined, undefined, () => shares).filter((p) => p.source.start === 0);
  };

  it('pairs the headline with the sentence on the frame and two words of its own (the control)', () => {
    expect(pair).toBeDefined();
    expect(pair!.keys.length).toBeGreaterThanOrEqual(3);
    expect(found(2).length).toBe(1);
  });

  it('drops it when all but one of the shared keys are words nearly every source gives', () => {
    expect(found(1)).toEqual([]);
    expect(found(0)).toEqual([]);
  });
});
