import { describe, expect, it } from 'vitest';
import { extractFigures, matchDetail } from './index';
import type { Lang } from '../types';

// Sentences written for these tests (ctx35); the names are invented.
const at = (text: string, lang: Lang, q: string, published = '2025-06-02') => {
  const f = extractFigures(text, lang, { published }).find((x) => x.text === q);
  if (!f) throw new Error(`no figure "${q}" in: ${text}`);
  return f;
};

describe('one value told at two precisions (oneValueTwoPrecisions)', () => {
  const fr = (v: string) => at(`Mme Orvella a obtenu ${v} au premier tour.`, 'fr', v);
  const en = (v: string) => at(`The count gave the opposition leader ${v}, the commission said.`, 'en', v);
  it('a share rounded or cut at its tenth meets the share told to the hundredth, with no shared word', () => {
    expect(matchDetail(fr('42,3 %'), en('42.31 per cent')).reason).not.toBe('context');
    // Cut, not rounded: 32.76 written 32,7.
    expect(matchDetail(fr('32,7 %'), en('32.76 per cent')).reason).not.toBe('context');
    expect(matchDetail(en('32.76 per cent'), fr('32,8 %')).reason).not.toBe('context');
  });
  it('not another value at the coarser precision', () => {
    expect(matchDetail(fr('42,5 %'), en('42.31 per cent'))).toMatchObject({ match: null, reason: 'context' });
  });
  it('not a coarser value of two digits: shares of a story sit at one round number', () => {
    expect(matchDetail(fr('42 %'), en('42.31 per cent'))).toMatchObject({ match: null, reason: 'context' });
  });
  it('not one value told twice at two digits', () => {
    expect(matchDetail(fr('4,2 %'), en('4.2 per cent'))).toMatchObject({ match: null, reason: 'context' });
  });
});
