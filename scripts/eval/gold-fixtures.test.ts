/**
 * The hand-written gold of the development and held-out sets stays consistent with its texts: every
 * quote is its text's slice at its offsets (JavaScript UTF-16 indices of the whole file), every doc
 * exists, every related key names a key of a figure. The eval scores against these offsets, so a text
 * edited without its gold would silently score nothing.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEVSET, HOLDOUT } from './devset';

interface Span { doc: string; quote: string; start: number; end: number }
interface Gold { figures: Array<Span & { key: string }>; not_figures?: Span[]; relative_dates?: Span[]; related_keys?: Array<[string, string]> }
type Passages = Array<{ members: Span[] }> | { groups: Array<{ members: Span[] }> };

const stories = (root: string): string[] =>
  existsSync(root) ? readdirSync(root).filter((s) => existsSync(join(root, s, 'gold-figures.json'))).map((s) => join(root, s)) : [];

/**
 * The spans whose quote is not the text's slice, as "doc@start: quote"; a held-out story's as "doc@start" only, so that
 * a failing run shows no held-out text to whoever reads it.
 */
function misquoted(dir: string, spans: readonly Span[], heldOut: boolean): string[] {
  const texts = new Map<string, string | null>();
  const text = (doc: string): string | null => {
    if (!texts.has(doc)) texts.set(doc, existsSync(join(dir, doc)) ? readFileSync(join(dir, doc), 'utf8') : null);
    return texts.get(doc)!;
  };
  return spans.filter((s) => text(s.doc)?.slice(s.start, s.end) !== s.quote).map((s) => (heldOut ? `${s.doc}@${s.start}` : `${s.doc}@${s.start}: ${s.quote}`));
}

describe('gold fixtures', () => {
  const all = [...stories(DEVSET), ...stories(HOLDOUT)];
  it('finds the stories', () => {
    expect(stories(DEVSET).length).toBeGreaterThan(0);
  });
  for (const dir of all) {
    const name = dir.slice(dir.lastIndexOf('fixtures') + 'fixtures/'.length);
    const heldOut = dir.startsWith(HOLDOUT);
    it(`${name}: figures, not-figures and relative dates quote their texts`, () => {
      const gold = JSON.parse(readFileSync(join(dir, 'gold-figures.json'), 'utf8')) as Gold;
      expect(gold.figures.length).toBeGreaterThan(0);
      expect(misquoted(dir, [...gold.figures, ...(gold.not_figures ?? []), ...(gold.relative_dates ?? [])], heldOut)).toEqual([]);
    });
    it(`${name}: related keys name keys of figures`, () => {
      const gold = JSON.parse(readFileSync(join(dir, 'gold-figures.json'), 'utf8')) as Gold;
      const keys = new Set(gold.figures.map((f) => f.key));
      expect((gold.related_keys ?? []).flat().filter((k) => !keys.has(k)).map((k) => (heldOut ? '(a held-out key)' : k))).toEqual([]);
    });
    it(`${name}: passage members quote their texts`, () => {
      const raw = JSON.parse(readFileSync(join(dir, 'gold-passages.json'), 'utf8')) as Passages;
      const groups = Array.isArray(raw) ? raw : raw.groups;
      expect(misquoted(dir, groups.flatMap((g) => g.members), heldOut)).toEqual([]);
    });
  }
});
