import { describe, expect, it } from 'vitest';
import { fold } from '../text/fold';
import { tokenize } from './tokens';
import { textLead } from './count-places';
import { extractFigures, matchDetail } from './index';

// Sentences written for these tests.
const toks = (text: string, lang: 'fr' | 'en') => tokenize(fold(text), lang, text);

describe('a month or a weekday after a place preposition', () => {
  it('is never a place an article leads with', () => {
    expect(textLead(toks('The hearing ended in January. A ruling was expected in March.', 'en'))).toBeUndefined();
    // A town after the same preposition still leads.
    expect(textLead(toks('The hearing ended in January in Dunmore. A ruling was expected in Dunmore.', 'en'))).toEqual(['dunmor']);
  });
});

describe('a place said on one side only, the other article leading there with no setting', () => {
  // Article A is set in Valcourt (named three times as a place); article B names Valcourt once as a place, so it has
  // no setting, but Valcourt is the place it names most (its lead).
  const setIn = 'Incendie à Valcourt\nÀ Valcourt, le feu a fait 41 morts. Les secours restent mobilisés à Valcourt. Le maire de Valcourt a parlé.';
  const leads = 'Deadly blaze\nThe fire broke out on Friday night in Valcourt. Around 40 people were killed, officials said.';
  const placed = extractFigures(setIn, 'fr').find((f) => f.text.includes('41'))!;
  const unplaced = extractFigures(leads, 'en').find((f) => /40/.test(f.text))!;
  it('is one count: the unplaced side counts where its article leads', () => {
    expect(placed.countsKey).toContain('loc:valcurt');
    expect(unplaced.countsKey.some((k) => k.startsWith('loc:'))).toBe(false);
    expect(unplaced.setting).toBeUndefined();
    expect(unplaced.lead).toEqual(['valcurt']);
    expect(matchDetail(unplaced, placed).match).toBe('same');
  });
  it('is still two counts when the unplaced article leads with another place', () => {
    const elsewhere = 'Deadly blaze\nThe fire broke out on Friday night in Brennac. Around 40 people were killed, officials said.';
    const other = extractFigures(elsewhere, 'en').find((f) => /40/.test(f.text))!;
    expect(other.lead).toEqual(['brenac']);
    expect(matchDetail(other, placed).reason).toBe('places');
  });
});

describe('a place said on one side only, neither article set anywhere', () => {
  // Neither article names a place often enough for a setting; each leads with Corvigny. The English count is the
  // nation's (a march across the country), the French one the town's.
  const national = 'Unions said 1.2 million people marched across the country on Thursday. The biggest march was in Corvigny.';
  const town = 'Grève\nÀ Corvigny, 120 000 manifestants ont défilé jeudi.';
  it('is two counts: a lead is not enough on both sides', () => {
    const whole = extractFigures(national, 'en').find((f) => f.text.includes('1.2 million'))!;
    const part = extractFigures(town, 'fr').find((f) => f.text.includes('120'))!;
    expect(whole.setting).toBeUndefined();
    expect(part.setting).toBeUndefined();
    expect(whole.lead).toEqual(['corvigni']);
    expect(part.countsKey.some((k) => k.startsWith('loc:'))).toBe(true);
    expect(matchDetail(whole, part).match).not.toBe('same');
  });
});
