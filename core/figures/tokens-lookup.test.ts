import { describe, expect, it } from 'vitest';
import { lookup } from '../concepts/index';
import { fold } from '../text/fold';
import { lookupTok, tokenize } from './tokens';

describe('lookupTok', () => {
  it('gives what lookup of the token word gives, for each type, and keeps the concepts on the token', () => {
    const text = 'Mardi, les pompiers de France ont secouru 40 personnes; on Tuesday, officials in Spain counted 12 deaths.';
    const toks = tokenize(fold(text), 'fr', text);
    let found = 0;
    for (const t of toks) {
      for (const type of [undefined, 'time', 'nation', 'entity', 'role'] as const) {
        expect(lookupTok(t, type)).toBe(lookup(t.t, type));
        if (lookupTok(t, type)) found++;
      }
      if (t.kind === 'w') expect(t.concepts).toBeDefined();
    }
    expect(found).toBeGreaterThan(3);
  });
});
