import { describe, expect, it } from 'vitest';
import { fold } from '../text/fold';
import { tokenize, type Tok } from './tokens';
import { partyAt as readPartyAt } from './count-holders';
import { isPlaceName as readPlaceName } from './count-places';
import { isPlaceName, partyAt } from './token-facts';

const toks = (text: string, lang: 'fr' | 'en'): Tok[] => tokenize(fold(text), lang, text);

describe('token facts', () => {
  // Sentences of my own: a party's name, places after a preposition, a name that is no place, a line's start.
  const lists = [
    toks('In Springfield, the Labour Party won 12 seats, while Jane Roe of the Green Party counted 40 in the Hatay region.', 'en'),
    toks('À Lyon, le Rassemblement national obtient 30 sièges, selon Jean Dupont. La CGT compte 8 000 personnes dans la région de Rennes.', 'fr'),
  ];
  it('give what the rules give, for every token, asked twice and list after list', () => {
    for (let round = 0; round < 2; round++) {
      for (const list of lists) {
        for (let k = 0; k < list.length; k++) {
          expect(isPlaceName(list, k), `${list[k].t} place`).toBe(readPlaceName(list, k));
          expect(partyAt(list, k), `${list[k].t} party`).toEqual(readPartyAt(list, k));
        }
      }
    }
  });
  it('find the places and the parties these sentences name', () => {
    const [en, fr] = lists;
    const placeWords = (list: Tok[]): string[] => list.filter((_, k) => list[k].cap && isPlaceName(list, k)).map((t) => t.t);
    expect(placeWords(en)).toContain('hatay');
    expect(placeWords(fr)).toEqual(expect.arrayContaining(['lyon', 'rennes']));
    expect(placeWords(en)).not.toContain('roe');
    expect(en.some((_, k) => partyAt(en, k) !== undefined)).toBe(true);
  });
});
