import { describe, expect, it } from 'vitest';
import { stem } from './stem';

const same = (a: string, b: string) => expect(stem(a)).toBe(stem(b));

describe('stem', () => {
  it('conflates the inflections French news copy alternates', () => {
    same('tue', 'tues');
    same('envoyees', 'envoye');
    same('envoyer', 'envoi');
    same('deploiement', 'deploye');
    same('fournir', 'fourni');
    same('fournissant', 'fournit');
    same('combattre', 'combat');
    same('zelensky', 'zelenskyy');
    same('russie', 'russe');
  });
  it('keeps different words apart', () => {
    expect(stem('mine')).not.toBe(stem('missile'));
    expect(stem('front')).not.toBe(stem('frontiere'));
    expect(stem('12')).toBe('12');
  });
});
