import { describe, expect, it, vi } from 'vitest';

// No browser messages here: t() falls back to the bundled English, which is what we check.
vi.mock('webextension-polyfill', () => ({ default: { i18n: { getMessage: () => '' } } }));

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusErrorText } from './corpusErrors';
import type { CorpusOutcomeCode } from '../messaging/protocol';

const fr = JSON.parse(readFileSync(join(__dirname, '..', 'public', '_locales', 'fr', 'messages.json'), 'utf8')) as Record<string, unknown>;
const codes: CorpusOutcomeCode[] = ['not-json', 'schema', 'version', 'too-large', 'duplicate', 'field-too-large', 'missing-field', 'quota', 'storage', 'no-store', 'no-article', 'bundled'];

describe('corpusErrorText', () => {
  it.each(codes)('%s has its own English head, and a French one', (code) => {
    const text = corpusErrorText(code, 'detail');
    expect(text).toMatch(/ \(detail\)$/);
    expect(text).not.toMatch(/^corpusError_/);
    expect(fr[`corpusError_${code.replace(/-/g, '_')}`]).toBeDefined();
  });

  it('request problems are not blamed on a file', () => {
    expect(corpusErrorText('no-article', 'x')).not.toMatch(/file/i);
    expect(corpusErrorText('bundled', 'x')).not.toMatch(/file/i);
    expect(corpusErrorText('no-store', 'x')).not.toBe(corpusErrorText('storage', 'x'));
  });
});
