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
    expect(first('The company sold 40 chf units last year.', 'en').unit).not.toBe('w:franc');
    expect(first('The company sold 40 ABC units last year.', 'en').unit).not.toBe('w:franc');
    expect(first('The fund lost 3 billion in the crash.', 'en').unit).toBe('number');
  });
  it('takes a code after the amount only when it ends the amount, not as an acronym before the counted noun', () => {
    expect(first('The firm hired 400 CAD engineers last year.', 'en').unit).not.toBe('dollar');
    expect(first('About 6 million CHF patients live here.', 'en').unit).not.toBe('w:franc');
    expect(first('The bank wrote down 16 billion CHF of bonds.', 'en').unit).toBe('w:franc');
    expect(first('The insurer pays 100,000 CHF a year to each client.', 'en').unit).toBe('w:franc');
    expect(first("L'assureur a perdu 2 milliards de CHF.", 'fr').unit).toBe('w:franc');
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
  it('keeps the Brazilian, Mexican and Taiwanese prefixed signs apart from the US dollar', () => {
    const us = first('Le groupe a investi 5 milliards de dollars américains dans l\'usine.', 'fr');
    for (const [text, own] of [['The group invested R$5 billion in the plant.', 'iso-br'], ['The group invested MX$5 billion in the plant.', 'iso-mx'], ['The group invested NT$5 billion in the plant.', 'iso-tw']]) {
      const f = first(text, 'en');
      expect(f.countsKey).toContain(`of:${own}`);
      expect(matchDetail(f, us).reason).not.toBe('ok');
    }
  });
});

describe('the French pound written "livres" without "sterling" (unit37)', () => {
  it('reads "milliards de livres" as pounds when the text names the pound, and meets the same amount with the sign', () => {
    const fr = extractFigures('Le port a investi 3 milliards de livres dans ses quais. La livre sterling a baissé.', 'fr')[0];
    expect(fr.unit).toBe('pound');
    const en = extractFigures('The port invested £3 billion in its docks.', 'en')[0];
    expect(matchDetail(fr, en).reason).toBe('ok');
  });
  it('reads "livres" as pounds only with a money conversion or the pound named in the text', () => {
    const conv = extractFigures("Le club a payé 80 millions de livres (95 millions d'euros) pour le joueur.", 'fr');
    expect(conv.map((f) => f.unit)).toEqual(['pound', 'euro']);
    const soit = extractFigures("Le port a investi 3 milliards de livres (soit environ 3,5 milliards d'euros) dans ses quais.", 'fr');
    expect(soit[0].unit).toBe('pound');
    expect(extractFigures("L'auteure a vendu deux millions de livres en France.", 'fr')[0].unit).not.toBe('pound');
    expect(extractFigures('Plus de 2 milliards de livres sont imprimés chaque année dans le monde.', 'fr')[0].unit).not.toBe('pound');
  });
  it('does not take a bracketed amount that is no restatement, nor a name, for the pound', () => {
    expect(extractFigures("L'éditeur a vendu 3 millions de livres (pour 40 millions d'euros).", 'fr')[0].unit).not.toBe('pound');
    expect(extractFigures("Raheem Sterling a signé. L'auteur a vendu 2 millions de livres.", 'fr')[0].unit).not.toBe('pound');
  });
  it('refuses the pound when "livres" is followed by what they are made of', () => {
    expect(extractFigures('Les États-Unis ont exporté 3 milliards de livres de porc. La livre sterling a baissé.', 'fr')[0].unit).not.toBe('pound');
  });
});
