import { describe, expect, it } from 'vitest';
import { cognateKey, cognateKeys, inflectionKey, sameCognate } from './cognates';
import { fold } from '../text/fold';

const same = (fr: string, en: string): boolean => sameCognate(fold(fr), fold(en));

describe('cognate keys', () => {
  it('meet the French and English forms of one word the table does not list', () => {
    // Final "ct" / "t", inflections taken off by the stemmer.
    expect(same('rejeté', 'rejected')).toBe(true);
    expect(same('contrats', 'contract')).toBe(true);
    expect(same('projet', 'projects')).toBe(true);
    // "ouv" / "ov", doubled consonants.
    expect(same('approuvée', 'approved')).toBe(true);
    // One derivational class in both languages.
    expect(same('machinistes', 'machinists')).toBe(true);
    expect(same('officielle', 'official')).toBe(true);
    expect(same('directeurs', 'director')).toBe(true);
    expect(same('économique', 'economic')).toBe(true);
    expect(same('dangereux', 'dangerous')).toBe(true);
    expect(same('sécurité', 'security')).toBe(true);
    expect(same('militaires', 'military')).toBe(true);
    expect(same('organisé', 'organized')).toBe(true);
    expect(same('gouvernement', 'government')).toBe(true);
    // English keeps the verb's "e" before "-ment" (fixrev20a).
    expect(same('mouvements', 'movement')).toBe(true);
    expect(same('mouvement', 'movements')).toBe(true);
  });

  it('keep two derivations of one root apart', () => {
    expect(same('machines', 'machinists')).toBe(false);
    expect(same('traitement', 'traitor')).toBe(false);
    expect(same('général', 'generous')).toBe(false);
    expect(same('départ', 'department')).toBe(false);
  });

  it('never join false friends', () => {
    expect(same('actuel', 'actual')).toBe(false);
    expect(same('actuellement', 'actually')).toBe(false);
    expect(same('éventuellement', 'eventually')).toBe(false);
    expect(same('librairie', 'library')).toBe(false);
    expect(same('scrutin', 'scrutiny')).toBe(false);
    expect(same('magasin', 'magazine')).toBe(false);
    expect(same('réalisé', 'realized')).toBe(false);
    expect(same('poisson', 'poison')).toBe(false);
    // Joined by a derivational class only (fixrev20a): the publisher, an approval, a commissioner, a witty remark.
    expect(same('éditeur', 'editor')).toBe(false);
    expect(same('agrément', 'agreement')).toBe(false);
    expect(same('commissaire', 'commissary')).toBe(false);
    expect(same('spirituel', 'spiritual')).toBe(false);
    expect(same('bassement', 'basement')).toBe(false);
  });

  it('give no key to short stems, and keep vowels doubled', () => {
    expect(cognateKey('banque')).toBe('');
    expect(cognateKey('taxe')).toBe('');
    expect(same('carton', 'cartoon')).toBe(false);
    // "ct" inside a word is kept: only a final "ct" is French "t".
    expect(same('bactéries', 'batteries')).toBe(false);
  });

  it('reads names of Object.prototype as plain words', () => {
    expect(() => cognateKey('constructor')).not.toThrow();
    expect(cognateKey('__proto__')).toBe(':_proto_');
    expect(sameCognate('constructor', 'toString')).toBe(false);
  });
});

describe('inflection keys (lexicon46)', () => {
  // Two forms of one word share a key when the stemmer cuts the bare form at a longer ending than the inflected one.
  const meet = (x: string, y: string): boolean => sameCognate(fold(x), fold(y));
  it('join a bare form and its inflected forms that the stemmer splits', () => {
    expect(cognateKey('sentence')).toBe('');
    expect(meet('sentence', 'sentenced')).toBe(true);
    expect(meet('sentences', 'sentencing')).toBe(true);
    expect(meet('limits', 'limited')).toBe(true);
    expect(meet('limite', 'limited')).toBe(true);
    expect(meet('patient', 'patients')).toBe(true);
    expect(meet('employer', 'employers')).toBe(true);
    expect(meet('réseaux', 'réseau')).toBe(true);
    expect(meet('studied', 'studies')).toBe(true);
  });

  it('take off inflections only, and keep short words and false friends without a key', () => {
    expect(inflectionKey('sentencing')).toBe('i:sentenc');
    expect(inflectionKey('estimated')).toBe('i:estimat');
    expect(meet('estimated', 'estimation')).toBe(false);
    // "lenses" would read "lens" with its "-es" off: four letters, no key (and "lens" itself is too short).
    expect(cognateKeys('lenses')).toEqual([]);
    expect(meet('blessé', 'blessed')).toBe(false);
    expect(meet('actuel', 'actual')).toBe(false);
  });

  it('meet only inflection keys, never a stem or class key of another word (rev46a 1)', () => {
    // Each of these pairs met on the branch before: a bare word read whole met another's stem key.
    expect(meet('prize', 'prise')).toBe(false);
    expect(meet('nouvel', 'novel')).toBe(false);
    expect(meet('since', 'sincere')).toBe(false);
    expect(meet('tyres', 'tirés')).toBe(false);
    expect(meet('mister', 'mystery')).toBe(false);
    expect(meet('commissions', 'commissioner')).toBe(false);
    expect(meet('indique', 'indice')).toBe(false);
    expect(inflectionKey('prize')).toBe('');
    // A derivational ending is the class key's: no inflection key beside it.
    expect(inflectionKey('nouvel')).toBe('');
    expect(inflectionKey('commissions')).toBe('');
  });
});
