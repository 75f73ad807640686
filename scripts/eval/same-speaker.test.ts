/** The eval's speaker scorer: who the engine names against who the gold names, leniently but not blindly. */
import { describe, expect, it } from 'vitest';
import { sameSpeaker } from './devset';

describe('sameSpeaker', () => {
  it('reads a second mention with an honorific as the full name', () => {
    expect(sameSpeaker('Ms Beccuau', 'Laure Beccuau')).toBe(true);
    expect(sameSpeaker('Mme Dupont', 'Claire Dupont')).toBe(true);
    expect(sameSpeaker('Ms Beccuau', 'Laure Martin')).toBe(false);
  });
  it("takes a name's short form in brackets as the name", () => {
    expect(sameSpeaker('the General Confederation of Labour (CGT)', 'CGT')).toBe(true);
    expect(sameSpeaker('the General Confederation of Labour (CGT)', 'the General Confederation of Labour')).toBe(true);
    expect(sameSpeaker('the General Confederation of Labour (CGT)', 'CFDT')).toBe(false);
  });
  it('never matches an empty or filler-only speaker', () => {
    expect(sameSpeaker('the ministry', '')).toBe(false);
    expect(sameSpeaker('Mr', 'Mr')).toBe(false);
  });
});
