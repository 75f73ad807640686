/**
 * Both UI languages say everything: the same keys, the same placeholders, and every key the code
 * asks for (t('key'), and the keys it builds from a prefix: t(`verdict_${v}`)) exists.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (lang: string): Messages => JSON.parse(readFileSync(join(ROOT, 'public', '_locales', lang, 'messages.json'), 'utf8'));
const en = load('en');
const fr = load('fr');

/** $NAME$ references in a message, and the placeholders it declares, normalised. */
function placeholders(m: Messages[string]): { used: string[]; declared: string[] } {
  const used = [...new Set((m.message.match(/\$([A-Za-z_]+)\$/g) ?? []).map((s) => s.slice(1, -1).toLowerCase()))].sort();
  const declared = Object.keys(m.placeholders ?? {}).map((k) => k.toLowerCase()).sort();
  return { used, declared };
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) ? [p] : [];
  });
}

describe('locales', () => {
  it('French and English have the same keys', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en))('%s: same placeholders in both, each declared and used', (key) => {
    const a = placeholders(en[key]);
    const b = placeholders(fr[key]);
    expect(a.used).toEqual(a.declared);
    expect(b.used).toEqual(b.declared);
    expect(b.declared).toEqual(a.declared);
    expect(Object.values(fr[key].placeholders ?? {}).map((p) => p.content).sort()).toEqual(Object.values(en[key].placeholders ?? {}).map((p) => p.content).sort());
    expect(fr[key].message.trim()).not.toBe('');
  });

  const files = [...sources(join(ROOT, 'components')), ...sources(join(ROOT, 'entrypoints'))];
  const used = new Set<string>();
  const prefixes = new Set<string>();
  for (const f of files) {
    const src = readFileSync(f, 'utf8');
    for (const m of src.matchAll(/\bt\(\s*'([A-Za-z0-9_@]+)'/g)) used.add(m[1]);
    for (const m of src.matchAll(/\bt\(\s*`([A-Za-z0-9_]+)\$\{/g)) prefixes.add(m[1]);
    for (const m of src.matchAll(/getMessage\(\s*'([A-Za-z0-9_]+)'/g)) used.add(m[1]);
  }

  it('the code uses keys at all (the scan works)', () => {
    expect(used.size).toBeGreaterThan(50);
    expect([...prefixes]).toEqual(expect.arrayContaining(['verdict_', 'kind_', 'caution_', 'mode_', 'verdictHint_']));
  });

  it('every t(key) used in components/ and entrypoints/ exists', () => {
    expect([...used].filter((k) => !(k in en))).toEqual([]);
  });

  it('every family of keys built from a prefix has members in both languages', () => {
    for (const p of prefixes) {
      expect(Object.keys(en).some((k) => k.startsWith(p)), p).toBe(true);
      expect(Object.keys(en).filter((k) => k.startsWith(p))).toEqual(Object.keys(fr).filter((k) => k.startsWith(p)));
    }
  });

  it('verdicts, kinds, cautions and modes are all translated', () => {
    for (const k of ['verdict_agrees', 'verdict_overlaps', 'verdict_differs', 'verdict_related', 'verdictHint_related', 'kind_verbatim', 'kind_close', 'kind_paraphrase', 'caution_relaxed', 'caution_normal', 'caution_strict', 'mode_auto', 'mode_wrap']) {
      expect(en[k], k).toBeDefined();
      expect(fr[k], k).toBeDefined();
    }
  });
  // French sets a space before : ; ! ? » and after «; an ordinary one lets the line break there and a
  // lone "»" or ":" start the next line (seen in the timeline legend, "« plus de\n»"). No-break spaces.
  it.each(Object.keys(fr))('%s: French punctuation is held to its word by a no-break space', (key) => {
    expect(fr[key].message).not.toMatch(/ [:;!?»]|« /);
  });
});
