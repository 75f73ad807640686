import { describe, expect, it } from 'vitest';
import { sameSpeaker } from './same-speaker';

describe('one rule for "the same speaker"', () => {
  it('reads one speaker through determiners, honorifics and a shared name', () => {
    expect(sameSpeaker('la police', 'Police')).toBe(true);
    expect(sameSpeaker('Mme Lind', 'Lind')).toBe(true);
    expect(sameSpeaker('President Halvorsen', 'Erik Halvorsen')).toBe(true);
  });

  it('keeps two speakers that only share a common word or a first name apart', () => {
    expect(sameSpeaker('the state government', 'the local government')).toBe(false);
    expect(sameSpeaker("l'armée nationale", 'la police nationale')).toBe(false);
    expect(sameSpeaker('Anna Kowal Brenner', 'Anna Meritz')).toBe(false);
  });

  it('keeps a man and a woman of one surname apart', () => {
    expect(sameSpeaker('M. Roe', 'Mme Roe')).toBe(false);
    expect(sameSpeaker('Mr. Roe', 'Ms. Roe')).toBe(false);
    expect(sameSpeaker('Mme Roe', 'Roe')).toBe(true);
  });
});
