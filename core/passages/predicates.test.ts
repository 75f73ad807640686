import { describe, expect, it } from 'vitest';
import { analyse } from './tokens';
import { predicateKeys, predicateRelation, sharesOnlyNamesAndNumbers } from './crosslang';

const whole = (text: string, lang: 'fr' | 'en') => {
  const a = analyse(text, [], lang);
  return { a, w0: 0, w1: a.wordNorms.length - 1 };
};
const relation = (x: string, lx: 'fr' | 'en', y: string, ly: 'fr' | 'en'): string => {
  const p = whole(x, lx);
  const s = whole(y, ly);
  return predicateRelation(p.a, p.w0, p.w1, s.a, s.w0, s.w1).kind;
};

describe('predicateKeys (the verbs of a span, by their form)', () => {
  it('reads past forms, verbs after an auxiliary and verb concepts', () => {
    const en = whole('The tower collapsed on Monday and the police will reopen the road.', 'en');
    const keys = predicateKeys(en.a, en.w0, en.w1);
    expect(keys.length).toBe(2);
    const fr = whole('Trois personnes ont été évacuées et la mairie affirmait hier son soutien.', 'fr');
    expect(predicateKeys(fr.a, fr.w0, fr.w1).length).toBeGreaterThanOrEqual(2);
  });
  it('reads no verb in a noun phrase, a name or a number', () => {
    const x = whole('The new mayor of Springfield, 45 streets', 'en');
    expect(predicateKeys(x.a, x.w0, x.w1)).toEqual([]);
  });
});

describe('predicateRelation', () => {
  it('relates a verb to the same concept in the other language', () => {
    expect(relation('Four people were killed in the fire in Springfield.', 'en', 'Quatre personnes ont été tuées dans l’incendie de Springfield.', 'fr')).toBe('related');
  });
  it('relates one side’s verb to the other side’s noun of the same key', () => {
    expect(relation('The council confirmed the closure.', 'en', 'La confirmation du conseil est arrivée lundi.', 'fr')).toBe('related');
  });
  it('tells two sentences about one subject that state two things', () => {
    expect(relation('The Springfield council voted the budget.', 'en', 'Le conseil de Springfield a été évacué.', 'fr')).toBe('unrelated');
  });
  it('has nothing to say when a side has no verb', () => {
    expect(relation('The Springfield council budget', 'en', 'Le conseil de Springfield a été évacué.', 'fr')).toBe('none');
  });
});

describe('sharesOnlyNamesAndNumbers', () => {
  const only = (x: string, lx: 'fr' | 'en', y: string, ly: 'fr' | 'en'): boolean => {
    const p = whole(x, lx);
    const s = whole(y, ly);
    return sharesOnlyNamesAndNumbers(p.a, p.w0, p.w1, s.a, s.w0, s.w1);
  };
  it('is true when the spans meet through a name and a number only', () => {
    expect(only('On Monday Springfield counted 12 buses.', 'en', 'Le maire de Springfield a signé 12 décrets.', 'fr')).toBe(true);
  });
  it('is false when they also share a word of their claim', () => {
    expect(only('Springfield evacuated 12 schools.', 'en', 'Springfield a évacué 12 écoles.', 'fr')).toBe(false);
  });
});
