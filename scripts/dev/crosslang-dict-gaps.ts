/**
 * Dev probe (session 29, passrec29): which French-English word pairs the cross-language keys fail to join in the
 * devset's cross-language gold pairs that the engine misses. For each cross-language gold pair (its best sentence pair,
 * as crosslang-missed.ts picks it), a pair counts as missed when no candidate reaches CROSS_MIN_SCORE; for those, every
 * French word and English word that a dictionary map (scripts/dev/freedict-map.ts, built OUTSIDE the repository) gives
 * as translations while their keys differ is listed, counted by STORY. Also counted: the same word pairs in found gold
 * pairs and in non-gold candidate pairs sharing 2+ keys, to see what a new key would join besides.
 * Usage: npx tsx scripts/dev/crosslang-dict-gaps.ts /tmp/dict.json
 */
import { readFileSync } from 'node:fs';
import { sentenceBags, CROSS_MIN_SCORE } from '../../core/passages/crosslang';
import { stem } from '../../core/text/stem';
import type { Analysis } from '../../core/passages/tokens';
import { crossLanguageGoldPairs } from './_devset-passages';

const dict = JSON.parse(readFileSync(process.argv[2], 'utf8')) as Record<string, string[]>;
const gaps = new Map<string, { missed: Set<string>; found: Set<string>; n: number; ex: string }>();
function wordsOf(a: Analysis, s: number): Array<{ w: number; norm: string; st: string; keys: readonly string[] }> {
  const b = sentenceBags(a);
  const out = [];
  for (let w = b.words[s][0]; w >= 0 && w <= b.words[s][1]; w++) out.push({ w, norm: a.wordNorms[w], st: stem(a.wordNorms[w]), keys: b.wordKeys[w] });
  return out;
}
for (const { story, lang, pa, sa, ps, ss, cands } of crossLanguageGoldPairs()) {
  let best = { p: ps[0], s: ss[0], score: -1 };
  for (const p of ps) for (const s of ss) {
    const sc = cands.find((x) => x.p === p && x.s === s)?.score ?? 0;
    if (sc > best.score) best = { p, s, score: sc };
  }
  if (best.p === undefined || best.s === undefined) continue;
  const missed = best.score < CROSS_MIN_SCORE;
  const [fa, fs, ea, es] = lang === 'fr' ? [pa, best.p, sa, best.s] : [sa, best.s, pa, best.p];
  const fw = wordsOf(fa, fs), ew = wordsOf(ea, es);
  const seen = new Set<string>();
  for (const f of fw) {
    const tr = dict[f.st];
    if (!tr) continue;
    for (const e of ew) {
      if (!tr.includes(e.st)) continue;
      if (f.keys.some((k) => e.keys.includes(k))) continue;
      const key = `${f.st}/${e.st}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const r = gaps.get(key) ?? gaps.set(key, { missed: new Set(), found: new Set(), n: 0, ex: `${f.norm}/${e.norm} ${f.keys.join(',')} | ${e.keys.join(',')}` }).get(key)!;
      (missed ? r.missed : r.found).add(story);
      if (missed) r.n++;
    }
  }
}
const rows = [...gaps].filter(([, r]) => r.missed.size >= 2).sort((a, b) => b[1].missed.size - a[1].missed.size || b[1].n - a[1].n);
for (const [k, r] of rows) console.log(`${k}\tstories ${r.missed.size}\tpairs ${r.n}\tfound-in ${r.found.size}\t${r.ex}\t${[...r.missed].join(',')}`);
