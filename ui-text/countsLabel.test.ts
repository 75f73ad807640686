import { describe, expect, it } from 'vitest';
import { countsInFrench, countsLabel } from './countsLabel';

describe('figure labels in French', () => {
  it('puts the noun first and agrees the adjective', () => {
    expect(countsInFrench('North Korean soldiers sent to Russia')).toBe('soldats nord-coréens envoyés en Russie');
    expect(countsInFrench('Russian soldiers gathered in Kursk')).toBe('soldats russes rassemblés à Koursk');
    expect(countsInFrench('hours')).toBe('heures');
    expect(countsInFrench('North Korean special forces')).toBe('forces spéciales nord-coréennes');
  });
  it('keeps the English label when a word is unknown', () => {
    expect(countsInFrench('bananas eaten')).toBeNull();
    expect(countsLabel('bananas eaten', 'fr')).toEqual({ text: 'bananas eaten', lang: 'en' });
    expect(countsLabel('hours', 'en')).toEqual({ text: 'hours', lang: 'en' });
  });
});
