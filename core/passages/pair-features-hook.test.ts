/**
 * The pair features' debug hook in findPassages (find.ts, pair-features.ts): the origin it gives each pair and the spans
 * its features are read on.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { CorpusDoc, Passage } from '../types';
import { addDocument, createPassageIndex } from './index';
import { findPassages } from './find';
import { setPairFeaturesDebug, type PassageOrigin } from './pair-features';

const doc = (id: string, lang: 'fr' | 'en', text: string): CorpusDoc => ({ id, title: text.split('\n')[0], lang, text, ignore: [] });
const OTHER = doc('b.txt', 'fr', 'Un concert de jazz au parc\nLe festival accueille trois orchestres venus de Lyon et de Nantes.');

/** findPassages over `source` and OTHER, with what the hook saw when it was called (spans copied then). */
function run(source: CorpusDoc, page: string, lang: 'fr' | 'en') {
  const index = createPassageIndex();
  addDocument(index, source);
  addDocument(index, OTHER);
  const seen: { origin: PassageOrigin; page: [number, number]; source: [number, number] }[] = [];
  setPairFeaturesDebug((p: Passage, _f, origin) => seen.push({ origin, page: [p.page.start, p.page.end], source: [p.source.start, p.source.end] }));
  const out = findPassages(index, { text: page, lang } as Parameters<typeof findPassages>[1]);
  return { out, seen };
}

afterEach(() => setPairFeaturesDebug(null));

describe('pair features hook (find.ts)', () => {
  it('reads the features on the spans reported, after a percent sign is taken in (unit-edges.ts)', () => {
    const source = doc('a.txt', 'fr', 'Le prix du lait recule\nSelon la coopérative, le prix du lait payé aux éleveurs de la région a reculé de 12 %');
    const { out, seen } = run(source, 'Mardi, selon la coopérative, le prix du lait payé aux éleveurs de la région a reculé de 12 %', 'fr');
    expect(out).toHaveLength(1);
    expect(out[0].page.text.endsWith('12 %')).toBe(true);
    expect(seen).toEqual([{ origin: 'stem', page: [out[0].page.start, out[0].page.end], source: [out[0].source.start, out[0].source.end] }]);
  });

  it("tags a pair judge.ts makes on a source in the other language 'chain', not 'stem'", () => {
    // Numbers and names the two languages write alike: a shingle chain across languages.
    const source = doc('a.txt', 'fr', 'Bilan des émeutes\nLe ministère a annoncé 1 240 arrestations, 312 blessés et 17 morts en 2024 à Valcourt, Brennac et Pontmarin, selon le préfet.');
    const { seen } = run(source, 'Riots toll\nThe ministry announced 1,240 arrests, 312 injured and 17 dead in 2024 in Valcourt, Brennac and Pontmarin, according to the prefect.', 'en');
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.map((s) => s.origin)).toContain('chain');
    expect(seen.map((s) => s.origin)).not.toContain('stem');
  });
});
