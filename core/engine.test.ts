/**
 * Fuzzing the whole engine: any Unicode, empty or huge text, odd numbers. It must never throw,
 * and every offset it reports must slice back to the reported text.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Engine } from './engine';
import { loadBundledCorpus } from '../cli/corpus-files';
import type { CompareResult } from './types';

const corpus = loadBundledCorpus();
const engine = new Engine(corpus);
const texts = new Map(corpus.map((d) => [d.id, d.text]));

function checkOffsets(page: string, r: CompareResult): void {
  for (const p of r.passages) {
    expect(page.slice(p.page.start, p.page.end)).toBe(p.page.text);
    expect(texts.get(p.source.id)!.slice(p.source.start, p.source.end)).toBe(p.source.text);
  }
  for (const f of r.figures) {
    expect(page.slice(f.page.start, f.page.end)).toBe(f.page.text);
    for (const c of f.comparisons) expect(texts.get(c.source.id)!.slice(c.source.start, c.source.end)).toBe(c.source.text);
  }
  for (const s of r.sources) expect(s.score).toBeGreaterThanOrEqual(0);
}

/** Story words, numbers in every notation, and noise, so fuzzed pages sometimes do match. */
const storyish = fc.array(
  fc.oneof(
    fc.constantFrom('Koursk', 'nord-coréens', 'Rutte', 'soldats', 'OTAN', 'jusqu’à', 'entre', 'et', 'plus de', 'Corée du Nord', '.', '\n', '«', '»', 'M.', 'Mme'),
    fc.integer({ min: -1e9, max: 1e12 }).map((n) => n.toLocaleString('fr-FR')),
    fc.double({ noNaN: false }).map(String),
    fc.string({ unit: 'binary', maxLength: 12 }),
  ),
  { maxLength: 120 },
).map((parts) => parts.join(' '));

describe('Engine.compare under fuzzing', () => {
  it('never throws and keeps every offset valid, for any Unicode input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 600 }), fc.constantFrom('fr' as const, 'en' as const), (text, lang) => {
        checkOffsets(text, engine.compare({ title: text.slice(0, 40), lang, text }));
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on story-like text with odd numbers', () => {
    fc.assert(
      fc.property(storyish, fc.constantFrom('fr' as const, 'en' as const), (text, lang) => {
        checkOffsets(text, engine.compare({ title: 'Koursk', lang, text }));
      }),
      { numRuns: 150 },
    );
  });

  it('handles empty, whitespace-only and huge pages', () => {
    for (const text of ['', ' ', '\n\n\n', '\uFEFF', '\uD800']) expect(() => engine.compare({ title: '', lang: 'fr', text })).not.toThrow();
    const huge = corpus.map((d) => d.text).join('\n').repeat(12); // ~190,000 characters, near the article limit
    const r = engine.compare({ title: corpus[0].title, lang: 'fr', text: huge });
    checkOffsets(huge, r);
    expect(r.sameStory).toBe(true);
  });
});
