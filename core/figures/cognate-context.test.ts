import { describe, expect, it } from 'vitest';
import { extractFigures, matchDetail } from './index';
import { cognatePairs, phrasePairs, phraseTokens, variantConcepts } from './cognate-context';
import type { Lang } from '../types';

// Sentences written for these tests; the places are invented.
const fig = (text: string, lang: Lang, q: string) => {
  const f = extractFigures(text, lang).find((x) => x.text === q);
  if (!f) throw new Error(`no figure "${q}" in: ${text}`);
  return f;
};

describe('the French and English forms of a word the table does not know', () => {
  it('are context two shares of two languages share', () => {
    // A share names nothing it counts: two words of its clause must meet. "texte" / "text" do; "rejeté" / "rejected"
    // and "approuvé" / "approved" are not in the table and stem apart ("rejet" / "reject", "approuv" / "approv").
    const fr = fig('Au final, 61 % ont rejeté le texte approuvé par la direction.', 'fr', '61 %');
    const en = fig('In the end, 74% rejected the text approved by management.', 'en', '74%');
    expect(fr.context).toEqual(expect.arrayContaining(['w:rejet', 'w:approuv', 'w:text']));
    expect(en.context).toEqual(expect.arrayContaining(['w:reject', 'w:approv', 'w:text']));
    expect(matchDetail(fr, en).match).toBe('same');
  });

  it('a false friend is no shared word', () => {
    // "actuelle" (current) is not "actual": without the list of false friends both would read to one key ("al:actu")
    // and be a second shared word besides "total". "librairie" (a bookshop) and "library" are two keys already.
    const fr = fig('Au total, 61 % des lecteurs jugent la librairie actuelle.', 'fr', '61 %');
    const en = fig('In all, 74% of readers praise the actual library.', 'en', '74%');
    expect(matchDetail(fr, en).reason).toBe('context');
  });

  it('a bare form and its inflected form are one word though the stemmer cuts them apart (lexicon46)', () => {
    // "sentence" stems to "sent", "sentenced" to "sentenc": read with their inflection only, both are "sentenc", the one
    // word two durations of one value need.
    const a = fig('The judge handed down a sentence of four months for the fraud.', 'en', 'four months');
    const b = fig('Marlow was sentenced to four months on Tuesday.', 'en', 'four months');
    expect(a.context).toContain('w:sent');
    expect(b.context).toContain('w:sentenc');
    expect(matchDetail(a, b).match).toBe('same');
  });

  it('a bare word read whole is no form of another word (rev46a 1)', () => {
    // "tyres" less "s" is four letters and "prize" is no inflected form: before rev46a each read whole ("tires",
    // "prise") and met French "tirés" (fired) and "prise" (a catch) as one shared word.
    const a = fig('Nearly 30% of the tyres were worn out on the road.', 'en', 'Nearly 30%');
    const b = fig('Près de 30 % des obus tirés ont raté la route.', 'fr', 'Près de 30 %');
    expect(cognatePairs(a, b, new Set())).toBe(0);
    const c = fig('About 30% of the prize went to the text.', 'en', 'About 30%');
    const d = fig('Environ 30 % de la prise vont au texte.', 'fr', 'Environ 30 %');
    expect(cognatePairs(c, d, new Set())).toBe(0);
    expect(c.cognates?.some(([k]) => k.endsWith('prise')) ?? false).toBe(false);
  });

  it('make one counted noun of two languages', () => {
    // "cardinaux" / "cardinals" are two stems ("cardinau", "cardinal") of one noun in one derivational class. Since
    // unit44 the table holds them as one people word (concepts.json w-cardinal), so that they meet counts of people
    // too; the two languages' forms still make one counted noun.
    const fr = fig('Quelque 133 cardinaux électeurs se sont réunis à Valdoria.', 'fr', 'Quelque 133');
    const en = fig('Some 120 cardinals gathered in Valdoria.', 'en', 'Some 120');
    expect([fr.unit, en.unit]).toEqual(['people', 'people']);
    expect(fr.countsKey[0]).toBe(en.countsKey[0]);
    expect(matchDetail(fr, en).match).toBe('same');
  });
});

describe('a word met through the table only, when both sides tell one number (session 22, context22)', () => {
  it('an unlisted form of a concept meets that concept', () => {
    // "licencier" is not among the forms of the role `laid-off` ("licenciés", "licenciement"); the stemmer reads it
    // to their stem. "salariés" / "employees" is one shared word, "licencier" / "layoffs" the second a share needs.
    expect(variantConcepts('w:licenc')).toContain('laid-off');
    const fr = fig('La coopérative Varnel va licencier plus de 12 % de ses salariés.', 'fr', 'plus de 12 %');
    const en = fig('Layoffs will hit 12% of employees.', 'en', '12%');
    expect(fr.context).toContain('w:licenc');
    expect(en.context).toContain('laid-off');
    expect(matchDetail(fr, en).match).toBe('same');
  });

  it('but not for two numbers: a story word stands in many of its sentences', () => {
    const fr = fig('La coopérative Varnel va licencier plus de 30 % de ses salariés.', 'fr', 'plus de 30 %');
    const en = fig('Layoffs will hit 15% of employees.', 'en', '15%');
    expect(matchDetail(fr, en).reason).toBe('context');
  });

  it('a word reaches a concept only through a form of its own language (fixrev22b)', () => {
    // One stemmer serves both languages: "electric" and "électeurs" share a stem, but an English everyday word is no
    // unlisted form of a concept whose French forms only stem alike. "Le prix" / "price" is one shared word, the
    // electric bill must not be the second.
    const fr = fig('Le prix payé par les électeurs a augmenté de 15 %.', 'fr', '15 %');
    const en = fig('The electric bill price rose 15%.', 'en', '15%');
    expect(variantConcepts('w:electric')).toEqual([]);
    expect(matchDetail(fr, en).match).not.toBe('same');
  });

  it('one number told is one value, or a one-sided bound at it; not a range sharing an end (fixrev22b)', () => {
    // One word shared ("locataires" / "tenants") is enough only for one number told on both sides.
    const en15 = fig('Only 15% of tenants stayed away.', 'en', '15%');
    expect(matchDetail(fig('Plus de 15 % des locataires ont déménagé.', 'fr', 'Plus de 15 %'), en15).match).toBe('same');
    expect(matchDetail(fig('Entre 15 et 30 % des locataires ont déménagé.', 'fr', 'Entre 15 et 30 %'), en15).match).not.toBe('same');
    const fr1020 = fig('Entre 10 et 20 % des locataires ont déménagé.', 'fr', 'Entre 10 et 20 %');
    expect(matchDetail(fr1020, fig('Between 10 and 20% of tenants stayed away.', 'en', 'Between 10 and 20%')).match).toBe('same');
    expect(matchDetail(fr1020, fig('Between 10 and 30% of tenants stayed away.', 'en', 'Between 10 and 30%')).match).not.toBe('same');
  });

  it('nor for a calendar year, which names the year of many counts (fixrev22b)', () => {
    // "salariés" / "employees" is one shared word; "licencier" / "layoffs" would be the second.
    const fr = fig('La coopérative Varnel va licencier des salariés en 2027.', 'fr', '2027');
    const en = fig('Layoffs of employees will come in 2027.', 'en', '2027');
    expect(fr.unit).toBe('year');
    expect(matchDetail(fr, en).match).not.toBe('same');
  });

  it('a word of the bilingual list has no unlisted forms', () => {
    expect(variantConcepts('w:decrease')).toEqual([]);
  });

  it('a phrase of the bilingual list meets its word in the other language', () => {
    // "chiffre d'affaires" / "revenue": counts.ts reads the phrase with its elided "d'" as the concept's id
    // ("w-revenue"), the English word is "w:revenue". With "troisième" / "third" (ord:3) that is two shared words.
    // "manche" / "leg" stem apart and are not in the table (a listed word, e.g. "trimestre" / "quarter" since
    // context26, would be a third shared word without the table-only bar; "saison" / "season" were these two words
    // until unit47 wrote them into the table).
    const fr = fig("Pour la troisième manche, le chiffre d'affaires a dépassé 2,4 milliards d'euros.", 'fr', 'dépassé 2,4 milliards');
    const en = fig('For a third leg, revenue was 2.4 billion euros.', 'en', '2.4 billion');
    expect(en.context).toContain('w:revenue');
    expect(fr.context).toContain('w-revenue');
    expect(matchDetail(fr, en).match).toBe('same');
    const other = fig("Pour la troisième manche, le chiffre d'affaires a dépassé 2,9 milliards d'euros.", 'fr', 'dépassé 2,9 milliards');
    expect(matchDetail(other, en).reason).toBe('context');
  });

  it('a phrase is read in its order, not as two words anywhere in the clause (fixrev22b)', () => {
    // "chiffre" and "affaires" apart are a figure and business, not a turnover.
    const fr = fig('Le chiffre publié lundi montre que les affaires de Valdoria ont progressé de 12 %.', 'fr', '12 %');
    const en = fig('Valdoria revenue rose 12% on Monday.', 'en', '12%');
    expect(fr.context).not.toContain('w-revenue');
    expect(phraseTokens(new Set(fr.context))).not.toContain('w:revenue');
    const whole = fig("Le chiffre d'affaires de Valdoria a progressé de 12 % lundi.", 'fr', '12 %');
    expect(whole.context).toContain('w-revenue');
  });

  it('a phrase read whole is its word too, and two phrases are not counted again', () => {
    // counts.ts writes a phrase read whole as the concept's id ("w-percent"), a word as "w:percent".
    expect(phraseTokens(new Set(['w-percent', 'w:trade']))).toEqual(['w:percent']);
    expect(phrasePairs(new Set(['w-percent']), new Set(['w:percent']), new Set(), new Set())).toBe(1);
    expect(phrasePairs(new Set(['w-percent']), new Set(['w-percent']), new Set(), new Set())).toBe(0);
    expect(phrasePairs(new Set(['w:number', 'w:affair']), new Set(['w:number', 'w:affair']), new Set(), new Set())).toBe(0);
    // A word both clauses hold as a phrase is shared already, whatever else one of them writes (fixrev22b); a counted
    // noun (`skip`) is never context.
    expect(phrasePairs(new Set(['w-percent']), new Set(['w-percent', 'w:percent']), new Set(), new Set())).toBe(0);
    expect(phrasePairs(new Set(['w-percent']), new Set(['w:percent']), new Set(['w:percent']), new Set())).toBe(0);
  });
});
