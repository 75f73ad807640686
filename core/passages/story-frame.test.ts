import { describe, expect, it } from 'vitest';
import { analyse } from './tokens';
import { headlineEnd, onStoryFrame, keyShares, repeatsFrame, FRAME_MIN_SOURCES } from './story-frame';
import { sentenceBags } from './crosslang';

/** The offsets of `piece` in `text` (its first occurrence). */
function at(text: string, piece: string): [number, number] {
  const s = text.indexOf(piece);
  if (s < 0) throw new Error(`not found: ${piece}`);
  return [s, s + piece.length];
}

// Five invented articles on one story: a flood in a town every article names, each saying something else of it.
const SOURCES = [
  'The flood in Brennick destroyed the old bridge. Engineers said the river rose faster than ever recorded.',
  'Rescuers searched the streets of Brennick after the flood. The school will stay closed until spring.',
  'After the flood, Brennick residents queued for clean water. The mayor asked for patience.',
  'The flood in Brennick cut the railway line. Farmers lost their harvest to the water.',
  'Volunteers cleaned the church of Brennick after the flood. Insurers sent experts to the town on 4 May.',
].map((t) => analyse(t, [], 'en'));

describe('repeatsFrame', () => {
  const shares = keyShares(SOURCES);

  it('drops a short pair that shares only the words every source gives (the town and the flood)', () => {
    const page = 'Children painted pictures of the flood in Brennick for an exhibition at the library.';
    const src = 'The flood in Brennick destroyed the old bridge.';
    const pa = analyse(page, [], 'en');
    const sa = analyse(src, [], 'en');
    const [ps, pe] = at(page, 'the flood in Brennick');
    const [ss, se] = at(src, 'The flood in Brennick');
    expect(repeatsFrame(pa, ps, pe, sa, ss, se, shares)).toBe(true);
  });

  it('keeps a pair that shares two words of its own besides the frame', () => {
    const page = 'The flood in Brennick destroyed the old bridge on the northern road.';
    const src = 'The flood in Brennick destroyed the old bridge.';
    const pa = analyse(page, [], 'en');
    const sa = analyse(src, [], 'en');
    const [ps, pe] = at(page, 'The flood in Brennick destroyed the old bridge');
    const [ss, se] = at(src, 'The flood in Brennick destroyed the old bridge');
    expect(repeatsFrame(pa, ps, pe, sa, ss, se, shares)).toBe(false);
  });

  it('keeps a pair that shares a number', () => {
    const page = 'Insurers reached the flood in Brennick on 4 May.';
    const src = 'Insurers sent experts to the town on 4 May.';
    const pa = analyse(page, [], 'en');
    const sa = analyse(src, [], 'en');
    const [ps, pe] = at(page, 'Insurers reached the flood in Brennick on 4 May');
    const [ss, se] = at(src, 'Insurers sent experts to the town on 4 May');
    expect(repeatsFrame(pa, ps, pe, sa, ss, se, shares)).toBe(false);
  });

  it('drops a pair whose source span holds function words only: it shares no key, so no claim', () => {
    const page = 'It was in the valley that the flood began.';
    const src = 'It was in the';
    const pa = analyse(page, [], 'en');
    const sa = analyse(src, [], 'en');
    const [ps, pe] = at(page, 'It was in the valley');
    expect(repeatsFrame(pa, ps, pe, sa, 0, src.length, shares)).toBe(true);
  });

  it('drops nothing with fewer sources than FRAME_MIN_SOURCES', () => {
    expect(keyShares(SOURCES.slice(0, FRAME_MIN_SOURCES - 1))).toBeNull();
    const page = 'Children painted pictures of the flood in Brennick for an exhibition at the library.';
    const src = 'The flood in Brennick destroyed the old bridge.';
    const pa = analyse(page, [], 'en');
    const sa = analyse(src, [], 'en');
    const [ps, pe] = at(page, 'the flood in Brennick');
    const [ss, se] = at(src, 'The flood in Brennick');
    expect(repeatsFrame(pa, ps, pe, sa, ss, se, null)).toBe(false);
  });
});

describe('onStoryFrame', () => {
  const shares = keyShares(SOURCES);
  const keysOf = (text: string, piece: string): string[] => {
    const a = analyse(text, [], 'en');
    const [s, e] = at(text, piece);
    const out = new Set<string>();
    const wk = sentenceBags(a).wordKeys;
    for (let w = 0; w < a.wordNorms.length; w++) if (a.wordStarts[w] >= s && a.wordEnds[w] <= e) for (const k of wk[w]) out.add(k);
    return [...out];
  };

  it('drops two headlines sharing only the words every source gives', () => {
    expect(onStoryFrame(keysOf('Flood in Brennick', 'Flood in Brennick'), shares)).toBe(true);
  });

  it('drops a headline sharing the frame and one word of its own: one word more names the event, claims nothing', () => {
    // "water" is in two of the five sources: the pair's one own key.
    expect(onStoryFrame(keysOf('Flood in Brennick: water', 'Flood in Brennick: water'), shares)).toBe(true);
  });

  it('allows no own key when asked none (the session-23 rule for two headlines)', () => {
    expect(onStoryFrame(keysOf('Flood in Brennick', 'Flood in Brennick'), shares, 0)).toBe(true);
    expect(onStoryFrame(keysOf('Flood in Brennick: water', 'Flood in Brennick: water'), shares, 0)).toBe(false);
  });

  it('keeps headlines that share two words few sources give, or a number', () => {
    expect(onStoryFrame(keysOf('Flood in Brennick destroys the bridge', 'Flood in Brennick destroys the bridge'), shares)).toBe(false);
    expect(onStoryFrame(keysOf('Flood in Brennick: 12 dead', 'Flood in Brennick: 12 dead'), shares)).toBe(false);
  });

  it('drops nothing without the shares of enough sources', () => {
    expect(onStoryFrame(keysOf('Flood in Brennick', 'Flood in Brennick'), null)).toBe(false);
  });
});

describe('headlineEnd', () => {
  it('reads a first line without sentence-final punctuation as a headline', () => {
    const text = 'Flood cuts the railway to Brennick\nThe flood cut the line on Monday.';
    expect(headlineEnd(text)).toBe(text.indexOf('\n'));
  });
  it('reads no headline in a text whose first line ends as a sentence (an extracted page: its title is kept apart)', () => {
    expect(headlineEnd('Le maire de Brennick a été arrêté pour corruption, a indiqué la police.\nIl sera entendu lundi.')).toBe(0);
    expect(headlineEnd('« Nous reconstruirons le pont », a promis le maire. »\nLa suite.')).toBe(0);
  });
  it('reads no headline in a text with no line break', () => {
    expect(headlineEnd('The mayor of Brennick was arrested for corruption, police said.')).toBe(0);
  });
});
