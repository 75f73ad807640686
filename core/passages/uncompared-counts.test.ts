import { describe, expect, it } from 'vitest';
import { analyse } from './tokens';
import { sentenceBags } from './crosslang';
import { smallCountsUncompared } from './uncompared-counts';
import type { FigureReport } from '../types';

/** The first sentence of each text as a span, and the keys both sentences hold. */
function pair(fr: string, en: string) {
  const pa = analyse(fr, [], 'fr');
  const sa = analyse(en, [], 'en');
  const pb = sentenceBags(pa);
  const sb = sentenceBags(sa);
  const keys = pb.keys[0].filter((k) => sb.keys[0].includes(k));
  return { pa, sa, pw: pb.words[0], sw: sb.words[0], keys, pe: fr.length, se: en.length };
}

/** A page figure at [start, end) of value `v` compared with a figure of source `id` at [ss, se) of value `w`. */
function report(start: number, end: number, id: string, ss: number, se: number, v = 7, w = v): FigureReport {
  return {
    page: { start, end, text: '' }, low: v, high: v, qualifier: 'exact', unit: 'countries', counts: 'countries',
    comparisons: [{ source: { id, start: ss, end: se, text: '' }, low: w, high: w, qualifier: 'exact', verdict: 'agrees' }],
  };
}

describe('smallCountsUncompared', () => {
  const fr = 'Le ministre a reçu jeudi à Lyon les délégués de sept pays voisins.';
  const en = 'Seven aircraft from neighbouring countries landed in Lyon on Thursday, the minister said.';

  it('reads a small number no figure comparison joins as two counts', () => {
    const x = pair(fr, en);
    expect(x.keys).toContain('#7');
    expect(smallCountsUncompared(x.pa, x.pw, x.sa, x.sw, x.keys, [], 'src', 0, x.pe, 0, x.se)).toBe(true);
  });

  it('keeps it when the figures engine compared a page figure of the span with one of the source span', () => {
    const x = pair(fr, en);
    const r = report(fr.indexOf('sept'), fr.indexOf('sept') + 4, 'src', 0, 5);
    expect(smallCountsUncompared(x.pa, x.pw, x.sa, x.sw, x.keys, [r], 'src', 0, x.pe, 0, x.se)).toBe(false);
    // A comparison with another source, or outside the source span, joins nothing here.
    const other = report(fr.indexOf('sept'), fr.indexOf('sept') + 4, 'other', 0, 5);
    expect(smallCountsUncompared(x.pa, x.pw, x.sa, x.sw, x.keys, [other], 'src', 0, x.pe, 0, x.se)).toBe(true);
    expect(smallCountsUncompared(x.pa, x.pw, x.sa, x.sw, x.keys, [r], 'src', 0, x.pe, 10, x.se)).toBe(true);
  });

  it('counts only a comparison of the shared number itself, not one of another figure of the two spans', () => {
    const x = pair('Sept pays ont envoyé 300 soldats à Lyon jeudi, a indiqué le ministre.', 'Seven aircraft carried 320 soldiers to Lyon on Thursday, the minister said.');
    expect(x.keys).toContain('#7');
    const pf = x.pa.text.indexOf('300');
    const sf = x.sa.text.indexOf('320');
    // 300 against 320: a comparison inside both spans, of another figure than the shared 7.
    const other = report(pf, pf + 3, 'src', sf, sf + 3, 300, 320);
    expect(smallCountsUncompared(x.pa, x.pw, x.sa, x.sw, x.keys, [other], 'src', 0, x.pe, 0, x.se)).toBe(true);
    // The 7 itself compared, by value or by a span over its word, joins it.
    const seven = report(0, 4, 'src', 0, 5);
    expect(smallCountsUncompared(x.pa, x.pw, x.sa, x.sw, x.keys, [seven], 'src', 0, x.pe, 0, x.se)).toBe(false);
    const over = report(0, 4, 'src', 0, 5, 70, 70);
    expect(smallCountsUncompared(x.pa, x.pw, x.sa, x.sw, x.keys, [over], 'src', 0, x.pe, 0, x.se)).toBe(false);
  });

  it('leaves a larger shared number alone, and a pair sharing no number', () => {
    const big = pair('Le ministre a reçu jeudi à Lyon les délégués de 1 272 communes.', 'The minister met delegates of 1,272 towns in Lyon on Thursday.');
    expect(big.keys).toContain('#1272');
    expect(smallCountsUncompared(big.pa, big.pw, big.sa, big.sw, big.keys, [], 'src', 0, big.pe, 0, big.se)).toBe(false);
    const none = pair('Le ministre a reçu jeudi à Lyon les délégués des communes.', 'The minister met delegates of the towns in Lyon on Thursday.');
    expect(smallCountsUncompared(none.pa, none.pw, none.sa, none.sw, none.keys, [], 'src', 0, none.pe, 0, none.se)).toBe(false);
  });

  it('leaves a rank both sides give', () => {
    const x = pair('Le parti est désormais le troisième du pays en voix.', 'The party came third in the country by share of the vote.');
    expect(x.keys).toContain('#3');
    expect(smallCountsUncompared(x.pa, x.pw, x.sa, x.sw, x.keys, [], 'src', 0, x.pe, 0, x.se)).toBe(false);
    const count = pair('Le parti a obtenu trois sièges dans le pays.', 'The party came third in the country by share of the vote.');
    expect(count.keys).toContain('#3');
    expect(smallCountsUncompared(count.pa, count.pw, count.sa, count.sw, count.keys, [], 'src', 0, count.pe, 0, count.se)).toBe(true);
  });

  it('leaves a rank both sides give in digits', () => {
    const x = pair('Le parti est désormais le 3e du pays en voix.', 'The party came 3rd in the country by share of the vote.');
    expect(x.keys).toContain('#3');
    expect(smallCountsUncompared(x.pa, x.pw, x.sa, x.sw, x.keys, [], 'src', 0, x.pe, 0, x.se)).toBe(false);
    const words = pair('Le parti est désormais le troisième du pays en voix.', 'The party came 3rd in the country by share of the vote.');
    expect(words.keys).toContain('#3');
    expect(smallCountsUncompared(words.pa, words.pw, words.sa, words.sw, words.keys, [], 'src', 0, words.pe, 0, words.se)).toBe(false);
  });
});
