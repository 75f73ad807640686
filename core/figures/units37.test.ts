import { describe, expect, it } from 'vitest';
import type { Lang } from '../types';
import { extractFigures, matchDetail } from './index';

const first = (text: string, lang: Lang, q?: string) => {
  const fs = extractFigures(text, lang);
  return q ? fs.find((f) => f.text.includes(q))! : fs[0];
};

describe('currencies written by their code or a prefixed dollar sign (unit37)', () => {
  it('reads a franc code before or after the amount as the francs of its country', () => {
    const before = first('The regulator approved a loan of CHF 12 billion to the insurer.', 'en');
    expect(before.unit).toBe('w:franc');
    expect(before.countsKey).toContain('of:iso-ch');
    const glued = first('The bank drew CHF40 billion from the facility.', 'en');
    expect(glued.unit).toBe('w:franc');
    const after = first("L'assureur a perdu 12 milliards de CHF l'an dernier.", 'fr');
    expect(after.unit).toBe('w:franc');
  });
  it('meets the same amount written as Swiss francs in the other language, not as French francs', () => {
    const code = first('The regulator approved a loan of CHF 12 billion to the insurer.', 'en');
    const swiss = first("Le régulateur a approuvé un prêt de 12 milliards de francs suisses à l'assureur.", 'fr');
    expect(matchDetail(code, swiss).reason).toBe('ok');
    const french = first("Le régulateur a approuvé un prêt de 12 milliards de francs français à l'assureur.", 'fr');
    expect(matchDetail(code, french).reason).toBe('own');
  });
  it('leaves a lower-case word or a code of no currency alone', () => {
    expect(first('The company sold 40 ABC units last year.', 'en').unit).not.toBe('w:franc');
    expect(first('The fund lost 3 billion in the crash.', 'en').unit).toBe('number');
  });
  it('keeps a Canadian dollar apart from a dollar said to be American', () => {
    const cad = first('The province borrowed C$5 billion from the markets.', 'en');
    expect(cad.unit).toBe('dollar');
    expect(cad.countsKey).toContain('of:iso-ca');
    const hk = first('The developer paid HK$2 billion for the tower.', 'en');
    expect(hk.countsKey).toContain('of:iso-hk');
    const us = first('La province a emprunté 5 milliards de dollars américains sur les marchés.', 'fr');
    expect(matchDetail(cad, us).reason).toBe('own');
    const coded = first('The province borrowed CAD 5 billion from the markets.', 'en');
    expect(coded.countsKey).toContain('of:iso-ca');
    expect(matchDetail(cad, coded).reason).toBe('ok');
  });
  it('reads US$ as the plain dollar, as "US dollars" are read', () => {
    const f = first('The company reported US$37 billion in revenue.', 'en');
    expect(f.unit).toBe('dollar');
    expect(f.countsKey.some((k) => k.startsWith('of:'))).toBe(false);
  });
});

describe('the French pound written "livres" without "sterling" (unit37)', () => {
  it('reads "milliards de livres" as pounds, and meets the same amount written with the sign', () => {
    const fr = extractFigures("La hausse des cotisations rapportera 25 milliards de livres par an.", 'fr')[0];
    expect(fr.unit).toBe('pound');
    const en = extractFigures('The rise in contributions will raise £25 billion a year.', 'en')[0];
    expect(matchDetail(fr, en).reason).toBe('ok');
  });
  it('reads "millions de livres" as pounds only with a conversion or the pound named in the text', () => {
    const conv = extractFigures("Le club a payé 80 millions de livres (95 millions d'euros) pour le joueur.", 'fr');
    expect(conv.map((f) => f.unit)).toEqual(['pound', 'euro']);
    expect(extractFigures("L'auteure a vendu deux millions de livres en France.", 'fr')[0].unit).not.toBe('pound');
  });
  it('never takes the euro for a pound written "livres"', () => {
    const fr = extractFigures("Le total des hausses d'impôts avoisine les 40 milliards de livres (48 milliards d'euros).", 'fr');
    expect(fr[0].unit).toBe('pound');
  });
});
