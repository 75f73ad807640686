import { describe, expect, it } from 'vitest';
import { fig } from '../../test/support/figure-probes';
import { extractFigures } from './index';

describe('a list of values whose counted noun is written once, after the last (unit46)', () => {
  it('gives the first member the noun of the next one, in both languages', () => {
    expect(fig('Les deux listes suivent avec respectivement 12 et 9 sièges.', 'fr', '12').unit).toBe('seats');
    expect(fig('The two lists follow with 12 and 9 seats respectively.', 'en', '12').unit).toBe('seats');
    expect(fig('Les deux usines vont perdre 400 et 150 emplois.', 'fr', '400').unit).toBe('people');
    expect(fig('Le groupe versera 2,1 milliards et 640 millions de dollars aux deux régulateurs.', 'fr', '2,1').unit).toBe('dollar');
    expect(fig('Le groupe versera des amendes de 2,1 milliards et de 640 millions d\'euros.', 'fr', '2,1').unit).toBe('euro');
    expect(fig('The firm agreed to pay 2.1 billion and 640 million dollars to two regulators.', 'en', '2.1').unit).toBe('dollar');
    expect(fig('Trois et quatre personnes ont été blessées dans les deux villes.', 'fr', 'Trois').unit).toBe('people');
  });
  it('gives nothing when the next member has no noun of its own written after it, or an alternative joins them', () => {
    expect(fig('Le score est passé à 12 et 9 ont voté contre.', 'fr', '12').unit).toBe('number');
    expect(fig('They killed 12 and wounded 30 people.', 'en', '12').countsKey).not.toContain('wounded');
  });
});

describe('the French pound written "livres" after an amount said of a budget noun (unit46)', () => {
  it('reads the pound when a budget noun governs the amount or follows "livres de" past a determiner', () => {
    expect(fig('Le service bénéficiera d\'une augmentation de 4,2 milliards de livres de son budget.', 'fr', '4,2').unit).toBe('pound');
    expect(fig('Les ménages paieront une hausse d\'impôts de 9 milliards de livres.', 'fr', '9').unit).toBe('pound');
  });
  it('reads no pound for books or a weight', () => {
    expect(fig('La ferme a produit 3 milliards de livres de porc.', 'fr', '3').unit).not.toBe('pound');
    expect(fig('L\'éditeur a vendu 210 000 livres l\'an dernier.', 'fr', '210').unit).not.toBe('pound');
    expect(fig('La bibliothèque compte 12 000 livres.', 'fr', '12').unit).not.toBe('pound');
  });
  it('reads the pound right after a plain amount when the text names the pound elsewhere', () => {
    expect(fig('Le prix est de 12 000 livres. La livre sterling a reculé.', 'fr', '12').unit).toBe('pound');
  });
});

describe('a list member that is an addition, or a value whose noun is said before it (unit46)', () => {
  it('keeps a toll said before the value, and takes no noun of "N more"', () => {
    expect(fig('Storm latest: death toll at 87 and 2,000 more soldiers deployed.', 'en', '87').unit).toBe('people');
    expect(fig('Storm latest: death toll at 87 and 2,000 more soldiers deployed.', 'en', '87').countsKey).not.toContain('soldier');
    expect(fig('Le bilan est de 12 et 300 autres soldats sont attendus.', 'fr', '12').countsKey).not.toContain('soldier');
  });
});

describe('a bare number with its own verb joined to a count of people (unit46)', () => {
  it('counts people, with what its own verb says and not the first count\'s fate, whatever the ratio of values', () => {
    const fr = fig('Au total, 52 personnes sont mortes et 9 000 ont été sinistrées.', 'fr', '9 000');
    expect(fr.unit).toBe('people');
    expect(fr.countsKey).not.toContain('killed');
    const en = fig('At least 12 people died and more than 40,000 have been affected by the floods.', 'en', 'more than 40,000');
    expect(en.unit).toBe('people');
    expect(en.countsKey).not.toContain('killed');
  });
  it('reads nothing across a sentence end, nor without a verb of its own', () => {
    expect(fig('Au total, 52 personnes sont mortes. 9 000 ont été sinistrées.', 'fr', '9 000').unit).toBe('number');
    expect(fig('Au total, 52 personnes sont mortes et 9 000 euros ont été versés.', 'fr', '9 000').unit).toBe('euro');
  });
});

describe('a long chain of "N et M" (unit46)', () => {
  it('reads it without recursing as deep as the chain, the member before the noun counting it', () => {
    const fr = Array.from({ length: 400 }, (_, i) => `${i + 2}`).join(' et ');
    const figs = extractFigures(`Ils ont gagné ${fr} sièges.`, 'fr');
    expect(figs.length).toBeGreaterThan(300);
    expect(figs.find((f) => f.text === '400')!.unit).toBe('seats');
  }, 60_000);
});
