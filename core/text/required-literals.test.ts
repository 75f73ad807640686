import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mayMatch, mayMatchNumbered, newTurn, requiredLiterals, requiredNumbers } from './required-literals';
import { speakerGroup } from '../figures/speaker-groups';

const sources = (re: RegExp): string[] => requiredLiterals(re).map((n) => n.source);

describe('requiredLiterals', () => {
  it('reads a verb list and a literal run that every match holds', () => {
    const re = /(\p{Lu}\p{L}+) (?:said|told|warned) reporters/u;
    expect(sources(re)).toEqual([' reporters', 'said|told|warned']);
  });

  it('leaves out optional parts, classes and lookarounds', () => {
    expect(sources(/(?:according to )?[Tt]he (?=police)\p{L}+/u)).toEqual(['he ']);
    expect(sources(/colou?r/u)).toEqual(['colo', 'r']);
    expect(sources(/(?:selon|d'après)?\d+/u)).toEqual([]);
    expect(sources(/a|\d/u)).toEqual([]);
  });

  it('keeps one copy of a repeated character and of a repeated group', () => {
    expect(sources(/ab+c/u)).toEqual(['ab', 'c']);
    expect(sources(/(?:tolls?|tally){1,2} rose/u)).toEqual([' rose', 'tally|toll']);
  });

  it('reads an escaped punctuation mark as itself, a back-reference as unknown', () => {
    expect(sources(/\(CGT\)/u)).toEqual(['\\(CGT\\)']);
    expect(sources(/(\p{L}+) \1 again/u)).toEqual([' again', ' ']);
  });

  it('never filters a case-insensitive, global or sticky pattern', () => {
    expect(sources(/said/iu)).toEqual([]);
    expect(sources(/said/gu)).toEqual([]);
    expect(sources(/said/yu)).toEqual([]);
  });

  it('skips a pattern only when the text lacks its words', () => {
    const re = /(\p{Lu}\p{L}+) (?:said|told)/u;
    expect(mayMatch(re, 'The ministry gave 300 dead')).toBe(false);
    expect(mayMatch(re, 'The ministry told AFP')).toBe(true);
  });

  // Soundness: whenever a pattern matches, the filter lets it through. The speaker groups are the largest patterns
  // the attribution tries; the texts are every devset text's sentences plus random mixes of their words.
  const patterns = (['fr', 'en'] as const).flatMap((lang) => (['short', 'long'] as const).flatMap((tail) => [
    new RegExp(`${speakerGroup(lang, tail)} (?:said|a déclaré|told|a indiqué)`, 'u'),
    new RegExp(`(?:[Ss]elon|[Aa]ccording to) ${speakerGroup(lang, tail)}`, 'u'),
  ]));
  const devset = join(__dirname, '..', '..', 'test', 'fixtures', 'devset');
  const sentences = readdirSync(devset, { withFileTypes: true }).filter((d) => d.isDirectory()).flatMap((d) =>
    ['corpus', 'pages'].flatMap((part) => readdirSync(join(devset, d.name, part)).filter((f) => f.endsWith('.txt'))
      .flatMap((f) => readFileSync(join(devset, d.name, part, f), 'utf8').split(/(?<=[.!?\n])/))));

  it('lets through every devset sentence a speaker pattern matches', () => {
    let matched = 0;
    for (const re of patterns) {
      for (const s of sentences) {
        if (!re.test(s)) continue;
        matched++;
        expect(mayMatch(re, s), `${re.source.slice(0, 40)} on ${s}`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(20);
  });

  it('lets through every random mix of speaker words a pattern matches', () => {
    const words = ['the', 'The', 'police', 'ministry', 'Ministry', 'of', 'Health', 'said', 'told', 'la', 'préfecture', 'a',
      'déclaré', 'indiqué', 'selon', 'Selon', 'According', 'to', 'officials', 'union', '12,000', ',', '.'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...words), { maxLength: 12 }), (ws) => {
      const s = ws.join(' ');
      for (const re of patterns) if (re.test(s) && !mayMatch(re, s)) return false;
      return true;
    }), { numRuns: 2000 });
  });
});

describe('mayMatchNumbered', () => {
  const said = /(\p{Lu}\p{L}+) (?:said|told) reporters/u;
  const warned = /(\p{Lu}\p{L}+) warned reporters/u;
  it('answers as mayMatch does, for each text in its own turn', () => {
    for (const text of ['The mayor said reporters were told', 'The mayor warned reporters', 'nothing here', 'Officials told reporters']) {
      const turn = newTurn();
      expect(mayMatchNumbered(requiredNumbers(said), text, turn)).toBe(mayMatch(said, text));
      expect(mayMatchNumbered(requiredNumbers(warned), text, turn)).toBe(mayMatch(warned, text));
    }
  });
  it('tests again after a nested turn on another text', () => {
    const outer = newTurn();
    expect(mayMatchNumbered(requiredNumbers(said), 'Police said reporters', outer)).toBe(true);
    // Another text's turn in between (a nested speaker search) overwrites the shared results.
    const inner = newTurn();
    expect(mayMatchNumbered(requiredNumbers(said), 'no speaker', inner)).toBe(false);
    expect(mayMatchNumbered(requiredNumbers(said), 'Police said reporters', outer)).toBe(true);
  });
});
