/**
 * Dev probe (session 23, passprec19): every cross-language passage the engine reports on the devset (given the story,
 * as `npm run eval` counts them), labelled `gold` / `adjT` / `adjF` / `unadj`, with the keys of each span in word order
 * (crosslang.ts sentenceBags word keys), each with its weight (rarity squared over the page and every source in the
 * other language, as the engine weighs it) and what it is: `num` a number, `name` a word the text capitalises inside a
 * sentence, `spk` a quote's speaker, `neg` negation, `c:<type>` a concept of the shared table with its type, `cog` a
 * cognate prefix. What a judge of "do the two spans state one claim" can read, to test rules on every label at once.
 * `half`: `A` (alphabetical first half of the older stories: read to design), `B` (second half: not read), `new`
 * (NEW_STORIES, default the four moved in at session 19).
 * Usage: npx tsx scripts/dev/claim-probe.ts > out.jsonl
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setCountDebug } from '../../core/passages/count-pairs';
import { analyse, type Analysis } from '../../core/passages/tokens';
import { sentenceBags, isNumberKey, keyCounts, keyWeight, NEGATION_KEY } from '../../core/passages/crosslang';
import { concept } from '../../core/concepts/index';
import type { Passage } from '../../core/types';
import { DEVSET } from '../eval/devset';
import { devsetStories, ov } from './_devset-passages';

interface Adj { page: string; doc: string; pageStart: number; pageEnd: number; docStart: number; docEnd: number; verdict: boolean; reason: string }
const counted = new Set<Passage>();
setCountDebug((p) => { counted.add(p); });
const NEW = new Set((process.env.NEW_STORIES ?? 'cransmontana,jobsreport,melissa,polvote').split(','));
const only = process.env.STORIES ? new Set(process.env.STORIES.split(',')) : null;
const older = [...devsetStories()].map((s) => s.story).filter((s) => !NEW.has(s));
const halfOf = (s: string): string => (NEW.has(s) ? 'new' : older.indexOf(s) < older.length / 2 ? 'A' : 'B');

function kind(k: string, name: boolean): string {
  if (isNumberKey(k)) return 'num';
  if (k === NEGATION_KEY) return 'neg';
  if (k.startsWith('s:')) return 'spk';
  if (k.startsWith('c:')) return `c:${concept(k.slice(2))?.type ?? '?'}`;
  return name ? 'name' : 'cog';
}
/** The keys of the words of `a` inside [s, e), in word order, each with its word. */
function spanKeys(a: Analysis, s: number, e: number, w: (k: string) => number): Array<[string, string, number, string]> {
  const b = sentenceBags(a);
  const out: Array<[string, string, number, string]> = [];
  const seen = new Set<string>();
  for (let i = 0; i < a.wordNorms.length; i++) {
    if (a.wordStarts[i] < s || a.wordEnds[i] > e) continue;
    for (const k of b.wordKeys[i]) {
      if (seen.has(k)) continue;
      seen.add(k);
      out.push([k, kind(k, a.wordNames[i] === 1), Math.round(w(k) * 1000) / 1000, a.wordNorms[i]]);
    }
  }
  // Speaker keys belong to the sentence, not to a word.
  a.sentences.forEach((x, si) => {
    if (x.start < e && s < x.end) for (const k of b.keys[si]) if (k.startsWith('s:') && !seen.has(k)) { seen.add(k); out.push([k, 'spk', Math.round(w(k) * 1000) / 1000, '']); }
  });
  return out;
}

for (const st of devsetStories()) {
  if (only && !only.has(st.story)) continue;
  const f = join(DEVSET, st.story, 'passages-adjudicated.json');
  const adjud: Adj[] = existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : [];
  const an = new Map(st.corpus.map((d) => [d.id, analyse(d.text, d.ignore ?? [], d.lang)]));
  for (const pg of st.pages()) {
    const pa = analyse(pg.text, [], pg.lang);
    const others = st.corpus.filter((d) => d.lang !== pg.lang);
    const w = keyWeight(keyCounts([pa, ...others.map((d) => an.get(d.id)!)]));
    for (const x of pg.passages) {
      if (!x.translated) continue;
      const src = `corpus/${x.source.id}`;
      const gold = st.gold.some((g) => g.members.some((m) => m.doc === pg.doc && ov(m, x.page.start, x.page.end)) && g.members.some((m) => m.doc === src && ov(m, x.source.start, x.source.end)));
      const hits = adjud.filter((a) => a.page === pg.doc && a.doc === src && ov({ start: a.pageStart, end: a.pageEnd }, x.page.start, x.page.end) && ov({ start: a.docStart, end: a.docEnd }, x.source.start, x.source.end));
      const label = gold ? 'gold' : hits.some((a) => a.verdict) ? 'adjT' : hits.length ? 'adjF' : 'unadj';
      const sa = an.get(x.source.id)!;
      console.log(JSON.stringify({
        story: st.story, half: halfOf(st.story), page: pg.id, lang: pg.lang, src: x.source.id, label,
        reason: hits.find((a) => !a.verdict)?.reason ?? hits.find((a) => a.verdict)?.reason, origin: counted.has(x) ? 'count' : 'cross', kind: x.kind, score: x.score,
        ps: [x.page.start, x.page.end], ss: [x.source.start, x.source.end],
        pk: spanKeys(pa, x.page.start, x.page.end, w), sk: spanKeys(sa, x.source.start, x.source.end, w),
        pt: x.page.text.replace(/\n/g, ' '), st: x.source.text.replace(/\n/g, ' '),
      }));
    }
  }
}
