/**
 * The passage adjudication (test/fixtures/devset/<story>/passages-adjudicated.json, ADJUDICATION.md):
 * each entry quotes its two texts at its offsets, has a reason, a kind when true, and is a pair the
 * gold does not have (the adjudication is kept apart from the gold, never merged into it).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEVSET, type AdjudicatedPair } from './devset';

interface Member { doc: string; start: number; end: number }
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/** Stories moved into the devset whose unpaired engine passages are not judged yet (none: the four moved in session 22 were adjudicated while held out). */
const AWAITING_ADJUDICATION: string[] = [];

const stories = readdirSync(DEVSET).filter((s) => existsSync(join(DEVSET, s, 'passages-adjudicated.json')));

describe('devset passage adjudication', () => {
  it('covers every devset story but those moved in this session and still awaiting their adjudication', () => {
    const all = readdirSync(DEVSET).filter((s) => existsSync(join(DEVSET, s, 'story.json')));
    expect(all.length).toBe(158);
    expect([...stories, ...AWAITING_ADJUDICATION].sort()).toEqual([...all].sort());
  });
  for (const story of stories) {
    const dir = join(DEVSET, story);
    const pairs = JSON.parse(readFileSync(join(dir, 'passages-adjudicated.json'), 'utf8')) as AdjudicatedPair[];
    const raw = JSON.parse(readFileSync(join(dir, 'gold-passages.json'), 'utf8')) as Array<{ members: Member[] }> | { groups: Array<{ members: Member[] }> };
    const gold = Array.isArray(raw) ? raw : raw.groups;
    it(`${story}: quotes, verdicts and reasons are well formed`, () => {
      const bad = pairs.filter((p) => {
        const page = readFileSync(join(dir, p.page), 'utf8');
        const doc = readFileSync(join(dir, p.doc), 'utf8');
        return !p.page.startsWith('pages/') || !p.doc.startsWith('corpus/')
          || page.slice(p.pageStart, p.pageEnd) !== p.pageQuote || doc.slice(p.docStart, p.docEnd) !== p.docQuote
          || typeof p.verdict !== 'boolean' || !p.reason
          || (p.verdict ? !['verbatim', 'close', 'paraphrase'].includes(p.kind ?? '') : p.kind !== undefined);
      });
      expect(bad).toEqual([]);
    });
    it(`${story}: no adjudicated pair is already a gold pair`, () => {
      const inGold = pairs.filter((p) => gold.some((g) => g.members.some((m) => m.doc === p.page && overlaps(m, { start: p.pageStart, end: p.pageEnd }))
        && g.members.some((m) => m.doc === p.doc && overlaps(m, { start: p.docStart, end: p.docEnd }))));
      expect(inGold).toEqual([]);
    });
  }
});
