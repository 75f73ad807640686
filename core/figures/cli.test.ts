import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { figuresJsonl, figuresLine } from '../../cli/figures-jsonl';

describe('recoupe figures --jsonl', () => {
  it('answers each line with the figure fields of the contract', () => {
    const out = JSON.parse(figuresLine(JSON.stringify({ text: "jusqu'à 12.000 soldats", lang: 'fr' })));
    expect(out).toEqual({ figures: [{ start: 0, end: 14, text: "jusqu'à 12.000", low: null, high: 12000, qualifier: 'up-to', unit: 'people' }] });
  });
  it('reports relative ordinals for the peer suite', () => {
    const out = JSON.parse(figuresLine(JSON.stringify({ text: 'Show me the penultimate.', lang: 'en' })));
    expect(out.figures).toEqual([{ start: 12, end: 23, text: 'penultimate', low: 'end-1', high: 'end-1', qualifier: 'exact', unit: 'ordinal-relative' }]);
  });
  it('answers bad lines with an error line', () => {
    expect(JSON.parse(figuresLine('not json'))).toHaveProperty('error');
    expect(JSON.parse(figuresLine('{"text": 3}'))).toHaveProperty('error');
    expect(JSON.parse(figuresLine('{"text": "x", "lang": "de"}'))).toHaveProperty('error');
  });
  it('streams one output line per input line', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let got = '';
    output.on('data', (d) => (got += d));
    const done = figuresJsonl(input, output);
    input.end(['{"text":"3 km","lang":"en"}', 'oops', '{"text":"rien","lang":"fr"}'].join('\n') + '\n');
    await done;
    const lines = got.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].figures[0].unit).toBe('km');
    expect(lines[1]).toHaveProperty('error');
    expect(lines[2]).toEqual({ figures: [] });
  });
});
