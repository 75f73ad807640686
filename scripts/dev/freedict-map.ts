/**
 * Session 20 (cognates20): the FreeDict French-English map the cognate bridge was compared with, built OUTSIDE the
 * repository and never bundled (FreeDict is GPL-2+: README, section Figures). Reads Debian's dict-freedict-fra-eng and
 * dict-freedict-eng-fra (apt-get install them), and writes a JSON map French stem -> English stems (core/text/stem.ts
 * of each single-word headword and translation, both directions, at most MAX_SENSES translations a stem) to the path
 * given. Usage: tsx scripts/dev/freedict-map.ts /tmp/cog-dict.json
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fold } from '../../core/text/fold';
import { stem } from '../../core/text/stem';
import { STOPWORDS } from '../../core/text/words';

/** Translations kept per stem: a headword with more is a general word whose senses join unrelated words. */
const MAX_SENSES = 3;
const out = process.argv[2];
if (!out) throw new Error('usage: tsx scripts/dev/freedict-map.ts OUT.json');
const read = (name: string): string => gunzipSync(readFileSync(`/usr/share/dictd/freedict-${name}.dict.dz`)).toString('utf8');

/** Single-word headwords -> single-word translations, from a dictd text of FreeDict's format. */
function entries(text: string): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  let head: string | undefined;
  for (const line of text.split('\n')) {
    const m = /^(\S[^/<]*?)\s+\/[^/]*\/(\s+<[^>]*>)?\s*$/.exec(line);
    if (m) { head = m[1].includes(' ') ? undefined : fold(m[1].toLowerCase()); continue; }
    if (!head || !line.trim()) continue;
    for (const t of line.replace(/^\s*\d+\.\s*/, '').split(/[,;]/)) {
      const w = fold(t.trim().toLowerCase());
      if (/^[a-z]+$/.test(w) && w.length > 2 && !STOPWORDS.has(w)) (map.get(head) ?? map.set(head, new Set()).get(head)!).add(w);
    }
  }
  return map;
}
const fr = new Map<string, Set<string>>();
const add = (f: string, e: string): void => {
  if (f.length < 3 || STOPWORDS.has(f)) return;
  const [sf, se] = [stem(f), stem(e)];
  if (sf === se) return;
  (fr.get(sf) ?? fr.set(sf, new Set()).get(sf)!).add(se);
};
for (const [f, es] of entries(read('fra-eng'))) for (const e of es) add(f, e);
for (const [e, fs] of entries(read('eng-fra'))) for (const f of fs) add(f, e);
const json: Record<string, string[]> = {};
let kept = 0;
for (const [f, es] of fr) if (es.size <= MAX_SENSES) { json[f] = [...es]; kept++; }
writeFileSync(out, JSON.stringify(json));
console.log(`${fr.size} French stems, ${kept} kept (at most ${MAX_SENSES} translations), ${JSON.stringify(json).length} bytes`);
