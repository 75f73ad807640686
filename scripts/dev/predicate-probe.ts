/**
 * Dev probe (session 45, pprec45): every passage the engine reports on the devset (given the story), labelled as
 * passage-false-classes.ts labels them (_devset-passages.ts passageLabel: gold / adjT / adjF / unadj), with the
 * predicate words of each span: the words verb-marks.ts reads as verbs (isVerbWord only; an infinitive is listed where
 * isVerbWord takes it, none is looked for after a verb), each with its keys (crosslang.ts sentenceBags word keys, the
 * same across languages), and whether that key occurs anywhere in the other span. To test
 * whether two spans whose predicates share no key state different claims ("le titre a augmenté" / "X will be
 * joining"), on every label at once.
 * Usage: DEV_STORIES=a,b npx tsx scripts/dev/predicate-probe.ts > out.jsonl
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setPassageDebug } from '../../core/passages/judge';
import { setCountDebug } from '../../core/passages/count-pairs';
import { analyse, type Analysis } from '../../core/passages/tokens';
import { sentenceBags } from '../../core/passages/crosslang';
import { isVerbWord } from '../../core/passages/verb-marks';
import type { Passage } from '../../core/types';
import { DEVSET } from '../eval/devset';
import { devsetStories, passageLabel, type Adjudication } from './_devset-passages';

const origin = new Map<Passage, string>();
setPassageDebug((d) => { if (d.p) origin.set(d.p as Passage, 'stem'); });
setCountDebug((p) => { origin.set(p, 'count'); });

/** Keys of every word of `a` in [s, e). */
function keysIn(a: Analysis, s: number, e: number): Set<string> {
  const wk = sentenceBags(a).wordKeys;
  const out = new Set<string>();
  for (let w = 0; w < a.wordNorms.length; w++) if (a.wordStarts[w] >= s && a.wordEnds[w] <= e) for (const k of wk[w]) out.add(k);
  return out;
}
/** The verb words of `a` in [s, e), each with its written form and keys. */
function verbs(a: Analysis, s: number, e: number): Array<{ w: string; k: string[] }> {
  const wk = sentenceBags(a).wordKeys;
  const out: Array<{ w: string; k: string[] }> = [];
  for (let w = 0; w < a.wordNorms.length; w++) {
    if (a.wordStarts[w] < s || a.wordEnds[w] > e || !isVerbWord(a, w)) continue;
    out.push({ w: a.text.slice(a.wordStarts[w], a.wordEnds[w]), k: wk[w] });
  }
  return out;
}
/** The keys of the words of `a` in [s, e) before its first verb word (the subject of a span that opens a clause), and
 *  whether that verb was found. */
function subject(a: Analysis, s: number, e: number): { k: string[]; v: boolean } {
  const wk = sentenceBags(a).wordKeys;
  const out = new Set<string>();
  for (let w = 0; w < a.wordNorms.length; w++) {
    if (a.wordStarts[w] < s || a.wordEnds[w] > e) continue;
    if (isVerbWord(a, w)) return { k: [...out], v: true };
    for (const k of wk[w]) out.add(k);
  }
  return { k: [...out], v: false };
}
for (const st of devsetStories()) {
  const f = join(DEVSET, st.story, 'passages-adjudicated.json');
  const adjud: Adjudication[] = existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : [];
  const an = new Map(st.corpus.map((d) => [d.id, analyse(d.text, d.ignore ?? [], d.lang)]));
  for (const pg of st.pages()) {
    const pa = analyse(pg.text, [], pg.lang);
    for (const x of pg.passages) {
      const { label } = passageLabel(st, adjud, pg.doc, x);
      const sa = an.get(x.source.id)!;
      const pk = keysIn(pa, x.page.start, x.page.end);
      const sk = keysIn(sa, x.source.start, x.source.end);
      const pv = verbs(pa, x.page.start, x.page.end).map((v) => ({ ...v, hit: v.k.some((k) => sk.has(k)) }));
      const sv = verbs(sa, x.source.start, x.source.end).map((v) => ({ ...v, hit: v.k.some((k) => pk.has(k)) }));
      console.log(JSON.stringify({
        story: st.story, page: pg.id, lang: pg.lang, src: x.source.id, label, origin: origin.get(x) ?? (x.translated ? 'cross' : 'other'),
        score: x.score, pv, sv, psub: subject(pa, x.page.start, x.page.end), ssub: subject(sa, x.source.start, x.source.end), pk: [...pk], sk: [...sk], pt: x.page.text.replace(/\n/g, ' ').slice(0, 200), st: x.source.text.replace(/\n/g, ' ').slice(0, 200),
      }));
    }
  }
}
