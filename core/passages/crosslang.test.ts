import { describe, expect, it } from 'vitest';
import { analyse } from './tokens';
import { bridgeKey, crossMatches } from './crosslang';

describe('bridgeKey', () => {
  it('meets across languages through numbers, concepts and cognates', () => {
    expect(bridgeKey('50000')).toBe('#50000');
    expect(bridgeKey('sante')).toBe(bridgeKey('health'));
    expect(bridgeKey('otages')).toBe(bridgeKey('hostages'));
    expect(bridgeKey('reforme')).toBe(bridgeKey('reform'));
    expect(bridgeKey('les')).toBeNull();
    expect(bridgeKey('constructor')).toBe('p:cons');
  });
});

describe('crossMatches', () => {
  const fr = analyse(
    "Le maire a ouvert le marché couvert samedi. Selon la préfecture, 12 000 personnes ont été évacuées après l'incendie de l'usine Delmas, et trois pompiers ont été blessés. La pluie est attendue demain.",
    [],
    'fr',
  );
  const en = analyse(
    'Officials expect more rain. According to the prefecture, 12,000 people were evacuated after the fire at the Delmas factory, and three firefighters were injured. Markets reopened.',
    [],
    'en',
  );
  it('pairs a sentence with its translation, and nothing else', () => {
    const m = crossMatches(fr, en);
    expect(m).toHaveLength(1);
    const pageText = fr.wordNorms.slice(m[0].pageWords[0], m[0].pageWords[1] + 1).join(' ');
    expect(pageText).toContain('12000');
    expect(pageText).toContain('delmas');
  });
  it('finds nothing between unrelated sentences', () => {
    const other = analyse('The orchestra played two symphonies in Vienna last night.', [], 'en');
    expect(crossMatches(fr, other)).toEqual([]);
  });
});
