import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CorpusDoc, PageInput, Passage } from '../types';
import {
  addDocument,
  createPassageIndex,
  findPassages,
  passageIndexFromJSON,
  passageIndexToJSON,
  removeDocument,
} from './index';

const doc = (id: string, text: string, ignore: Array<[number, number]> = []): CorpusDoc => ({
  id,
  title: text.split('\n')[0],
  lang: 'fr',
  text,
  ignore,
});
const page = (text: string, selfId?: string): PageInput => ({ title: '', lang: 'fr', text, selfId });

// A small corpus written for these tests: one story told by two outlets, plus an unrelated article.
const AGENCY = doc(
  'agence.txt',
  [
    'Les pêcheurs bretons bloquent le port de Lorient',
    "Plusieurs centaines de pêcheurs ont bloqué mardi l'accès au port de Lorient pour protester contre la hausse du prix du gazole.",
    "« Nous ne pouvons plus payer le carburant, chaque sortie en mer nous coûte plus qu'elle ne rapporte », a déclaré le président du comité régional des pêches, Olivier Le Nézet.",
    'Le ministre de la Mer doit recevoir une délégation de marins jeudi à Paris.',
    'Selon la préfecture, une vingtaine de chalutiers sont amarrés en travers du chenal depuis six heures du matin.',
  ].join('\n'),
);
const WEATHER = doc(
  'meteo.txt',
  [
    'Une tempête attendue sur la Bretagne',
    'Des rafales de cent kilomètres par heure sont prévues jeudi sur les côtes du Finistère, selon Météo-France.',
    'Les promeneurs sont invités à éviter le bord de mer pendant la tempête.',
  ].join('\n'),
);
const WAR = doc(
  'guerre.txt',
  [
    'Vladimir Poutine reçoit des diplomates',
    'Le président russe Vladimir Poutine a reçu lundi des diplomates africains au Kremlin pour parler de la guerre en Ukraine.',
    'Le président ukrainien Volodymyr Zelensky a de son côté appelé ses alliés à livrer davantage de défenses antiaériennes.',
    'Le Conseil de sécurité des Nations unies se réunira la semaine prochaine à New York.',
  ].join('\n'),
);

function indexOf(...docs: CorpusDoc[]) {
  const index = createPassageIndex();
  for (const d of docs) addDocument(index, d);
  return index;
}

function expectValid(p: Passage, pageText: string, docs: CorpusDoc[]): void {
  expect(pageText.slice(p.page.start, p.page.end)).toBe(p.page.text);
  const d = docs.find((x) => x.id === p.source.id)!;
  expect(d.text.slice(p.source.start, p.source.end)).toBe(p.source.text);
  expect(p.score).toBeGreaterThanOrEqual(0);
  expect(p.score).toBeLessThanOrEqual(1);
}

describe('findPassages', () => {
  const corpus = [AGENCY, WEATHER, WAR];
  const index = indexOf(...corpus);

  it('finds a verbatim copy with exact offsets on both sides', () => {
    const text =
      "Notre reportage. « Nous ne pouvons plus payer le carburant, chaque sortie en mer nous coûte plus qu'elle ne rapporte », a déclaré le président du comité régional des pêches. La suite demain.";
    const found = findPassages(index, page(text));
    expect(found.length).toBe(1);
    const [p] = found;
    expectValid(p, text, corpus);
    expect(p.kind).toBe('verbatim');
    expect(p.source.id).toBe('agence.txt');
    expect(p.page.text).toContain('payer le carburant');
    expect(p.source.text).toContain('qu\'elle ne rapporte');
  });

  it('finds a light rewording as close', () => {
    const text =
      "Mardi, plusieurs centaines de marins-pêcheurs ont bloqué l'entrée du port de Lorient afin de protester contre la forte hausse du prix du gazole.";
    const found = findPassages(index, page(text));
    expect(found.map((p) => p.kind)).toEqual(['close']);
    expectValid(found[0], text, corpus);
  });

  it('finds a paraphrase through stems and synonyms', () => {
    // "chalutiers amarrés en travers du chenal" / "bateaux de pêche ... amarrés ... chenal", different order.
    const text =
      "D'après la préfecture, depuis six heures, une vingtaine de chalutiers bloquent le chenal, amarrés en travers.";
    const found = findPassages(index, page(text));
    expect(found.length).toBe(1);
    expect(found[0].source.id).toBe('agence.txt');
    expectValid(found[0], text, corpus);
  });

  it('does not report the stock phrases of war coverage', () => {
    const text = [
      'La guerre en Ukraine entre dans son troisième hiver.',
      'Vladimir Poutine a limogé un général.',
      'Le président ukrainien Volodymyr Zelensky est attendu à Berlin.',
      'Le Conseil de sécurité des Nations unies a été saisi par la France.',
    ].join('\n');
    expect(findPassages(index, page(text))).toEqual([]);
  });

  it('reports nothing for an unrelated page', () => {
    expect(findPassages(index, page('La recette de la tarte aux pommes demande du beurre et du sucre.'))).toEqual([]);
  });

  it('never lists a page as its own source, and honours sourceIds', () => {
    expect(findPassages(index, page(AGENCY.text, 'agence.txt'))).toEqual([]);
    expect(findPassages(index, page(AGENCY.text), { sourceIds: ['meteo.txt'] })).toEqual([]);
    const all = findPassages(index, page(AGENCY.text));
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((p) => p.source.id === 'agence.txt' && p.kind === 'verbatim')).toBe(true);
  });

  it('ignores page furniture ranges of corpus articles', () => {
    const furniture = 'Abonnez-vous à notre lettre quotidienne pour recevoir chaque matin les informations de la pêche bretonne.';
    const withPromo = doc('promo.txt', `${furniture}\nUn article sur les impôts locaux et la taxe foncière.`, [[0, furniture.length]]);
    const idx = indexOf(withPromo);
    expect(findPassages(idx, page(`Texte. ${furniture} Fin.`))).toEqual([]);
    const noIgnore = indexOf(doc('promo.txt', withPromo.text));
    expect(findPassages(noIgnore, page(`Texte. ${furniture} Fin.`)).length).toBe(1);
  });

  it('adds and removes articles incrementally, and survives a JSON round trip', () => {
    const idx = indexOf(WEATHER);
    const text = AGENCY.text.split('\n')[2];
    expect(findPassages(idx, page(text))).toEqual([]);
    addDocument(idx, AGENCY);
    expect(findPassages(idx, page(text)).length).toBe(1);
    const restored = passageIndexFromJSON(JSON.parse(JSON.stringify(passageIndexToJSON(idx))));
    expect(findPassages(restored, page(text))).toEqual(findPassages(idx, page(text)));
    removeDocument(idx, 'agence.txt');
    expect(findPassages(idx, page(text))).toEqual([]);
    expect(idx.postings.size).toBe(indexOf(WEATHER).postings.size);
  });

  it('never throws and always returns valid offsets, for arbitrary Unicode input', () => {
    const words = fc.constantFrom('carburant', 'pêcheurs', 'Lorient', 'port', 'hausse', 'gazole', 'le', 'de', '«', '»', '.', '\n', 'œ', '😀');
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.array(fc.oneof(words, fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 80 }).map((a) => a.join(' ')),
    );
    fc.assert(
      fc.property(text, text, (pageText, docText) => {
        const docs = [AGENCY, doc('random.txt', docText)];
        const idx = indexOf(...docs);
        for (const p of findPassages(idx, page(pageText + ' ' + AGENCY.text.slice(0, 200)))) {
          const full = pageText + ' ' + AGENCY.text.slice(0, 200);
          expectValid(p, full, docs);
          expect(p.page.start).toBeLessThan(p.page.end);
        }
      }),
      { numRuns: 150 },
    );
  });
});
