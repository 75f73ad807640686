import { describe, expect, it } from 'vitest';
import { analyse } from './tokens';
import { crossMatches, CROSS_CLOSE_SCORE, CROSS_MIN_SHARED } from './crosslang';
import { CROSS_NAMES_MIN_SCORE, CROSS_NO_COUNT_MIN_SCORE } from './claim-anchors';
import { onFrameOnDate, onFrameOnly, translations, CROSS_FRAME_HEADLINE_MAX_SCORE, CROSS_FRAME_MIN_SCORE } from './translations';
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

describe('translations: a headline on the story frame (story-frame.ts onStoryFrame, CROSS_FRAME_HEADLINE_MAX_SCORE)', () => {
  /** The source opens with a headline line (no sentence-final mark); the page's last sentence, `frLast`, tells the same
   *  event. Returns the headline pair, and the passages on it given shares where `own` keys of the pair are held by no
   *  other source and the rest by every source. */
  const setUp = (frLast: string) => {
    const fr = FR + frLast;
    const en = 'Landslide strikes the village of Brennick\n' + EN;
    const pa = analyse(fr, [], 'fr');
    const sa = analyse(en, [], 'en');
    const doc: CorpusDoc = { id: 'src', text: en, lang: 'en' } as CorpusDoc;
    const pair = crossMatches(pa, sa).find((c) => c.srcWords[0] === 0);
    const found = (own: number) => {
      const shares = new Map<string, number>(pair!.keys.map((k, i) => [k, i < own ? 0 : 1]));
      return translations(pa, fr, sa, doc, [], undefined, undefined, () => shares).filter((p) => p.source.start === 0);
    };
    return { pair, found };
  };
  // A sentence that meets the headline on three keys among other words: short of a translation.
  const loose = setUp('Les secours ont rejoint le village de Brennick après le glissement de terrain, sous une pluie battante.');
  // A word-for-word translation of the headline.
  const faithful = setUp('Le glissement de terrain a frappé le village de Brennick.');

  it('pairs the headline with a loose sentence on the frame and two words of its own (the control)', () => {
    expect(loose.pair).toBeDefined();
    expect(loose.pair!.keys.length).toBeGreaterThanOrEqual(3);
    expect(loose.pair!.score).toBeLessThan(CROSS_FRAME_HEADLINE_MAX_SCORE);
    expect(loose.found(2).length).toBe(1);
  });

  it('drops the loose pair when all but one of the shared keys are words nearly every source gives', () => {
    expect(loose.found(1)).toEqual([]);
    expect(loose.found(0)).toEqual([]);
  });

  it('keeps a faithful translation of the headline on the frame: at or over CROSS_FRAME_HEADLINE_MAX_SCORE', () => {
    expect(faithful.pair).toBeDefined();
    expect(faithful.pair!.score).toBeGreaterThanOrEqual(CROSS_FRAME_HEADLINE_MAX_SCORE);
    expect(faithful.found(1).length).toBe(1);
    expect(faithful.found(0).length).toBe(1);
  });
});

describe('translations: two body sentences on the story frame (onFrameOnly, CROSS_FRAME_MIN_SCORE)', () => {
  // Shared keys: two the story's sources all hold, one own key (held by one source in five).
  const shares = new Map<string, number>([['c:village', 1], ['p:bren', 1], ['c:w-landslide', 0.2]]);
  const keys = ['c:village', 'p:bren', 'c:w-landslide'];
  const all = () => shares;

  it('drops a body pair on the frame scoring between CROSS_NO_COUNT_MIN_SCORE and CROSS_FRAME_MIN_SCORE', () => {
    expect(CROSS_NO_COUNT_MIN_SCORE).toBeLessThan(0.14);
    expect(onFrameOnly(0.14, false, keys, all)).toBe(true);
  });

  it('keeps a body pair on the frame at 0.16, and one sharing two own keys or a number at any score', () => {
    expect(onFrameOnly(0.16, false, keys, all)).toBe(false);
    expect(onFrameOnly(0.14, false, keys, () => new Map([...shares, ['p:bren', 0.2]]))).toBe(false);
    expect(onFrameOnly(0.14, false, [...keys, '#12'], all)).toBe(false);
  });

  it('reads a headline pair under CROSS_FRAME_HEADLINE_MAX_SCORE instead', () => {
    expect(onFrameOnly(0.16, true, keys, all)).toBe(true);
    expect(onFrameOnly(CROSS_FRAME_HEADLINE_MAX_SCORE, true, keys, all)).toBe(false);
  });
});

describe('translations: two body sentences on the story frame and its date (onFrameOnDate, session 34)', () => {
  const fr = analyse('Une nouvelle crue a débuté dans la vallée le dimanche 14 janvier au matin.', [], 'fr');
  const en = analyse('The January 14 flood in the valley destroyed three bridges on Sunday.', [], 'en');
  const pw: [number, number] = [0, fr.wordNorms.length - 1];
  const sw: [number, number] = [0, en.wordNorms.length - 1];
  // The frame (the flood, the valley) every source holds; the date keys are held by one source in five.
  const keys = ['c:w-flood', 'c:w-valley', '#14', 'c:month-01', 'c:sun'];
  const shares = () => new Map<string, number>([['c:w-flood', 1], ['c:w-valley', 1], ['#14', 0.2], ['c:month-01', 0.2], ['c:sun', 0.2]]);

  it('drops a low-scoring body pair that shares only the frame and the date', () => {
    expect(onFrameOnDate(0.14, fr, pw, en, sw, keys, shares)).toBe(true);
    // onFrameOnly keeps it: the day is a number, the weekday and the month are keys of their own.
    expect(onFrameOnly(0.14, false, keys, shares)).toBe(false);
  });

  it('keeps it from CROSS_FRAME_MIN_SCORE, and with two keys of its own besides the date', () => {
    expect(onFrameOnDate(CROSS_FRAME_MIN_SCORE, fr, pw, en, sw, keys, shares)).toBe(false);
    const more = () => new Map([...shares(), ['c:w-flood', 0.2], ['c:w-valley', 0.2]]);
    expect(onFrameOnDate(0.14, fr, pw, en, sw, keys, more)).toBe(false);
  });

  it('keeps a pair whose shared number is a count on one side', () => {
    const counted = analyse('The flood in the valley destroyed 14 bridges on Sunday, January 14.', [], 'en');
    expect(onFrameOnDate(0.14, fr, pw, counted, [0, counted.wordNorms.length - 1], keys, shares)).toBe(false);
  });
});
