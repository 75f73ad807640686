/**
 * Session 46 (lexicon46): the expected figure pairs refused for too little shared context (matchDetail reason
 * 'context'), how many are one shared word short of their bar, and which of their unshared word pairs (one `w:` word
 * each side, with the forms the texts write them in) would join as two forms of one word (INFL: the two forms hold one
 * cognate or inflection key, core/concepts/cognates.ts cognateKeys), by a dictionary map (DICT: scripts/dev/freedict-map.ts, built OUTSIDE
 * the repository, FreeDict being GPL; path as third argument, /tmp/lex46/dict.json by default) or as one number word
 * (NUM). Counted as short-by-one pairs / all pairs, with the stories. A tool for choosing lexicon entries, not a measure.
 * Usage: tsx scripts/dev/context-joins.ts [story,story...|all] [INFL|DICT|NUM] [dict.json]
 */
import { readFileSync } from 'node:fs';
import { matchDetail } from '../../core/figures/index';
import { asYearOf, inUnitOf } from '../../core/figures/unit-scales';
import { fold } from '../../core/text/fold';
import { stem } from '../../core/text/stem';
import { devsetStories, goldPairs } from './devset-stories';
import { cognateKeys } from '../../core/concepts/cognates';
const [storyArg, only] = process.argv.slice(2);
// The dictionary map is read only when its joins are asked for (no kind given, or DICT); a Map, so that a word such as
// "constructor" is no look-up of Object.prototype (rev46a 5).
const dict: ReadonlyMap<string, string[]> = !only || only === 'DICT'
  ? new Map(Object.entries(JSON.parse(readFileSync(process.argv[4] ?? '/tmp/lex46/dict.json', 'utf8')) as Record<string, string[]>))
  : new Map();
const FORMS = new Map<string, Map<string, Set<string>>>();
const formsOf = (text: string): Map<string, Set<string>> => {
  let m = FORMS.get(text); if (m) return m; m = new Map();
  for (const w of fold(text).match(/\p{L}+/gu) ?? []) { const s = stem(w); if (!m.has(s)) m.set(s, new Set()); m.get(s)!.add(w); }
  FORMS.set(text, m); return m;
};
// Two forms of one word: one of their keys in common, as the figures read them (cognateKeys; rev46a 4).
const oneWord = (a: string, b: string): boolean => { const kb = cognateKeys(b); return cognateKeys(a).some((k) => kb.includes(k)); };
const NUMS = new Map(Object.entries({ deux: '2', two: '2', trois: '3', three: '3', quatre: '4', four: '4', cinq: '5', five: '5', six: '6', sept: '7', seven: '7', huit: '8', eight: '8', neuf: '9', nine: '9', dix: '10', ten: '10' }));
const wanted = storyArg && storyArg !== 'all' ? new Set(storyArg.split(',')) : undefined;
const hits = new Map<string, { stories: Set<string>; pairs: number; short1: number }>();
let refused = 0, short1 = 0, joinable = 0;
for (const s of devsetStories()) {
  if (wanted && !wanted.has(s.story)) continue;
  for (const { p, text, pf, i, g, src, want, got } of goldPairs(s)) {
    if (got === want || i < 0 || !g) continue;
    const gu = inUnitOf(pf[i], g);
    const md = matchDetail(asYearOf(pf[i], gu) ?? pf[i], asYearOf(gu, pf[i]) ?? gu);
    if (md.reason !== 'context') continue;
    refused++;
    const f = pf[i];
    const gap = (md.need ?? 0) - (md.shared ?? 0);
    if (gap === 1) short1++;
    const A = (f.context ?? []).filter((c) => c.startsWith('w:') && !(g.context ?? []).includes(c));
    const B = (g.context ?? []).filter((c) => c.startsWith('w:') && !(f.context ?? []).includes(c));
    const fa = formsOf(text), fb = formsOf(src.text);
    let found = false;
    for (const x of A) for (const y of B) {
      const xs = [...(fa.get(x.slice(2)) ?? [])], ys = [...(fb.get(y.slice(2)) ?? [])];
      let kind = '';
      if (xs.some((a) => ys.some((b) => oneWord(a, b)))) kind = 'INFL';
      else if ((dict.get(x.slice(2)) ?? []).includes(y.slice(2)) || (dict.get(y.slice(2)) ?? []).includes(x.slice(2))) kind = 'DICT';
      else if (xs.some((a) => ys.some((b) => NUMS.has(a) && NUMS.get(a) === NUMS.get(b)))) kind = 'NUM';
      if (!kind || (only && kind !== only)) continue;
      found = true;
      const k = `${kind} ${xs.join('/')} ~ ${ys.join('/')} (${p.lang ?? 'fr'}-${src.lang})`;
      const e = hits.get(k) ?? { stories: new Set(), pairs: 0, short1: 0 };
      e.stories.add(s.story); e.pairs++; if (gap === 1) e.short1++;
      hits.set(k, e);
    }
    if (found && gap === 1) joinable++;
  }
}
console.log(`refused:context ${refused}, short by one ${short1}, short by one with a join ${joinable}`);
for (const [k, e] of [...hits].sort((a, b) => b[1].short1 - a[1].short1 || b[1].stories.size - a[1].stories.size)) console.log(`${e.short1}/${e.pairs}\t${e.stories.size}st\t${k}\t${[...e.stories].slice(0, 5).join(',')}`);
