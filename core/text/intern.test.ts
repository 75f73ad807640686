import { describe, expect, it } from 'vitest';
import { intern } from './intern';

describe('intern', () => {
  it('returns a string equal to the one given, for words, punctuation and property-like names', () => {
    for (const w of ['the', 'manifestants', '-', ',', "'", 'constructor', '__proto__', 'toString', 'hasOwnProperty', '12', '007', 'é']) {
      expect(intern(w)).toBe(w);
      expect(intern(`${w}`.slice(0))).toBe(w);
    }
  });
  it('gives equal answers for a word sliced from two places of a text', () => {
    const text = 'police said 12 were hurt; police later said 14';
    const a = intern(text.slice(0, 6));
    const b = intern(text.slice(text.indexOf('police', 5), text.indexOf('police', 5) + 6));
    expect(a).toBe('police');
    expect(b).toBe(a);
  });
  it('keeps answering after many distinct words (the table is bounded and starts again)', () => {
    for (let i = 0; i < 120_000; i++) intern(`w${i.toString(36)}x`);
    expect(intern('w0x')).toBe('w0x');
    expect(intern('unrelated')).toBe('unrelated');
  });
});
