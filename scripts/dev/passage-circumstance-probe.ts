/**
 * Dev probe (session 24, passprec24): for every passage reported on the devset (given the story), whether a side
 * states the pair's shared numbers only inside a clause of circumstance (after / following / après / suite à ...),
 * the other side stating them in its main clause. One JSON line a pair with its label (gold / adjT / adjF / unadj).
 * Usage: npx tsx scripts/dev/passage-circumstance-probe.ts > out.jsonl
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setPassageDebug } from '../../core/passages/judge';
import { setCountDebug } from '../../core/passages/count-pairs';
import { analyse, type Analysis } from '../../core/passages/tokens';
import { sentenceBags, isNumberKey } from '../../core/passages/crosslang';
import type { Passage } from '../../core/types';
import { DEVSET } from '../eval/devset';
import { devsetStories, ov } from './_devset-passages';

interface Adj { page: string; doc: string; pageStart: number; pageEnd: number; docStart: number; docEnd: number; verdict: boolean; reason: string }
const origin = new Map<Passage, string>();
setPassageDebug((d) => { if (d.p) origin.set(d.p as Passage, 'stem'); });
setCountDebug((p) => { origin.set(p, 'count'); });

const OPENERS = new Set(['after', 'following', 'apres', 'suite']);
/** Per word of [s, e): its keys and whether it lies in a circumstance clause of its sentence. */
function sideWords(a: Analysis, s: number, e: number): Array<{ keys: string[]; circ: boolean; w: number }> {
  const wk = sentenceBags(a).wordKeys;
  const out: Array<{ keys: string[]; circ: boolean; w: number }> = [];
  for (const sent of a.sentences) {
    if (sent.end <= s || sent.start >= e) continue;
    let circ = false;
    let idx = 0;
    for (let w = 0; w < a.wordNorms.length; w++) {
      if (a.wordStarts[w] < sent.start || a.wordEnds[w] > sent.end) continue;
      const n = a.wordNorms[w];
      if (OPENERS.has(n) && idx >= 2 && !(n === 'following' && a.wordNorms[w - 1] === 'the')) circ = true;
      idx++;
      if (a.wordStarts[w] >= s && a.wordEnds[w] <= e) out.push({ keys: wk[w], circ, w });
    }
  }
  return out;
}
for (const st of devsetStories()) {
  const f = join(DEVSET, st.story, 'passages-adjudicated.json');
  const adjud: Adj[] = existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : [];
  const an = new Map(st.corpus.map((d) => [d.id, analyse(d.text, d.ignore ?? [], d.lang)]));
  for (const pg of st.pages()) {
    const pa = analyse(pg.text, [], pg.lang);
    for (const x of pg.passages) {
      const src = `corpus/${x.source.id}`;
      const gold = st.gold.some((g) => g.members.some((m) => m.doc === pg.doc && ov(m, x.page.start, x.page.end)) && g.members.some((m) => m.doc === src && ov(m, x.source.start, x.source.end)));
      const hits = adjud.filter((a) => a.page === pg.doc && a.doc === src && ov({ start: a.pageStart, end: a.pageEnd }, x.page.start, x.page.end) && ov({ start: a.docStart, end: a.docEnd }, x.source.start, x.source.end));
      const label = gold ? 'gold' : hits.some((a) => a.verdict) ? 'adjT' : hits.length ? 'adjF' : 'unadj';
      const P = sideWords(pa, x.page.start, x.page.end);
      const S = sideWords(an.get(x.source.id)!, x.source.start, x.source.end);
      const pk = new Set(P.flatMap((w) => w.keys));
      const sk = new Set(S.flatMap((w) => w.keys));
      const shared = [...pk].filter((k) => sk.has(k));
      const nums = shared.filter(isNumberKey);
      const where = (side: typeof P) => {
        const inC = new Set<string>(); const inM = new Set<string>();
        for (const w of side) for (const k of w.keys) if (nums.includes(k)) (w.circ ? inC : inM).add(k);
        const mainShared = new Set<string>();
        for (const w of side) if (!w.circ) for (const k of w.keys) if (shared.includes(k)) mainShared.add(k);
        return { c: [...inC].filter((k) => !inM.has(k)).length, m: inM.size, anyC: side.some((w) => w.circ), main: [...mainShared] };
      };
      console.log(JSON.stringify({ story: st.story, page: pg.id, lang: pg.lang, src: x.source.id, label, origin: origin.get(x) ?? (x.translated ? 'cross' : 'other'), reason: hits.find((a) => !a.verdict)?.reason, nums, p: where(P), s: where(S), shared, pt: x.page.text.replace(/\n/g, ' ').slice(0, 240), st: x.source.text.replace(/\n/g, ' ').slice(0, 240) }));
    }
  }
}
