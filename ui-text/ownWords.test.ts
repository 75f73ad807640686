import { describe, expect, it } from 'vitest';
import { ownWords } from './ownWords';

describe('ownWords', () => {
  it("keeps the writer's words for a way of counting, not for digits or a lone number word", () => {
    expect(ownWords('des milliers', 'vague')).toBe('des milliers');
    expect(ownWords('une  quarantaine', 'about')).toBe('une quarantaine');
    expect(ownWords('a dozen', 'exact')).toBe('a dozen');
    expect(ownWords('three', 'exact')).toBeNull();
    expect(ownWords('quelque 50.000', 'about')).toBeNull();
    expect(ownWords('2 000', 'vague')).toBeNull();
  });
});
