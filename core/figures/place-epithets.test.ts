import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

// Sentences written for these tests.
const places = (text: string): string[] => extractFigures(text, 'en')[0].countsKey.filter((k) => k.startsWith('loc:'));

describe('an epithet of a place named elsewhere', () => {
  it('gives the count no place ("in the South Asian country", "the North Africa nation")', () => {
    expect(places('Protests have left at least 90 people dead in the South Asian country, officials said.')).toEqual([]);
    expect(places('At least 3,200 people died in the North Africa nation after the dams burst.')).toEqual([]);
    expect(places('Some 450 homes were destroyed in the French Indian Ocean island last week.')).toEqual([]);
  });
  it('still reads the place a "city of" names after it', () => {
    expect(places('At least 3,200 people died in the Libyan city of Tobruk after the dams burst.')).toEqual(['loc:tobruk']);
    // Any kind noun of an epithet, not only a place noun: "state", "island".
    expect(places('At least 90 people died in the Indian state of Kerala on Monday.')).toEqual(['loc:kerala']);
    expect(places('At least 12 people died in the Greek island of Rhodes.')).toEqual(['loc:rhodes']);
  });
  it('leaves a region named before its noun a place ("in the Hatay region")', () => {
    expect(places('At least 120 people died in the Hatay region on Monday.')).toEqual(['loc:hatai']);
  });
});

describe('the kind word after a place name', () => {
  it('is no place of its own ("Marion County" is Marion\'s)', () => {
    expect(places('Floods killed 12 people in Marion County on Sunday.')).toEqual(['loc:marion']);
    expect(places('Floods killed 12 people in County Marion on Sunday.')).toEqual(['loc:marion']);
  });
});

describe('a place named before a kind noun (no epithet)', () => {
  it('is the place when its word is a name, not an adjective ("the Gaza enclave")', () => {
    expect(places('At least 30 people were killed in the Gaza enclave on Tuesday.')).toEqual(['loc:gaza']);
  });
  it('is the place when the kind noun runs into a noun of its own ("the Nairobi city centre")', () => {
    expect(places('Some 40 shops burned down in the Nairobi city centre overnight.')).toEqual(['loc:nairobi']);
    // A name of an adjective's ending: only the noun after "city" tells it is a name.
    expect(places('Some 40 shops burned down in the Milan city centre overnight.')).toEqual(['loc:milan']);
  });
});

describe('an epithet is no event name either', () => {
  it('keys no ev: for "the Mediterranean city"', () => {
    const key = extractFigures('At least 20 people were reported missing in the Mediterranean city.', 'en')[0].countsKey;
    expect(key.filter((k) => k.startsWith('ev:') || k.startsWith('loc:'))).toEqual([]);
  });
});
