/**
 * Dev probe (session 21, passprec18): every passage the engine reports on the devset (given the story, as
 * `npm run eval` counts them), labelled `gold` / `adjT` (adjudicated true) / `adjF` (adjudicated false) / `unadj`,
 * with what it is built from and what its two spans share, to class the false ones by why they were reported and to
 * test a precision rule against every label at once (passage-stories.ts then measures recall):
 * - `origin`: `stem` (same-language shingles or sentence windows, judge.ts), `cross` (sentence pairs,
 *   translations.ts), `count` (count pairs, count-pairs.ts);
 * - `half`: `A` (alphabetical first half of the 32 older stories, read to design rules), `B` (second half, not
 *   read), `new` (the four stories moved in at session 18: adamuz, aude, hkfire, hostages);
 * - `title`: the page or the source span lies in its text's first line (`pTitle`, `sTitle`: which);
 * - `wrongCounterpart`: the page span is a gold member whose group has a member in this source, but not this span;
 * - `shared`: the keys (crosslang.ts sentenceBags word keys, the same across languages) both spans hold, with
 *   `names` (a capitalised word inside a sentence) and `numbers` among them counted apart; `pn`, `sn`: per number
 *   key of each span, whether an ordinal word gives it and the key of the word after it; `pc`, `sc`: the share of
 *   its sentences each span covers; `figs`: the figure comparisons (page value, source value, verdict, unit) between
 *   a page figure inside the page span and a figure of this source inside the source span; `pfigs`: each page figure
 *   inside the page span with the verdicts of its comparisons inside the source span (`here`) and with this source;
 *   `pv`, `sv`: whether the page span, the source span carries a verb mark (verb-marks.ts).
 * Usage: npx tsx scripts/dev/passage-false-classes.ts > out.jsonl
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setPassageDebug } from '../../core/passages/judge';
import { setCountDebug } from '../../core/passages/count-pairs';
import { analyse, type Analysis } from '../../core/passages/tokens';
import { sentenceBags, isNumberKey, rankWord } from '../../core/passages/crosslang';
import { hasVerbMark } from '../../core/passages/verb-marks';
import { wordRange } from '../../core/passages/fragment-claims';
import type { Passage } from '../../core/types';
import { isOwnKey, keyShares } from '../../core/passages/story-frame';
import { DEVSET } from '../eval/devset';
import { devsetStories, ov, passageLabel, type Adjudication } from './_devset-passages';

const origin = new Map<Passage, string>();
setPassageDebug((d) => { if (d.p) origin.set(d.p as Passage, 'stem'); });
setCountDebug((p) => { origin.set(p, 'count'); });
// The stories moved in last (session 19: never read by any rule); the older ones split alphabetically in two halves.
const NEW = new Set((process.env.NEW_STORIES ?? 'cransmontana,jobsreport,melissa,polvote').split(','));
const older = [...devsetStories()].map((s) => s.story).filter((s) => !NEW.has(s));
const halfOf = (s: string): string => (NEW.has(s) ? 'new' : older.indexOf(s) < older.length / 2 ? 'A' : 'B');

/** The keys of the words of `a` inside [s, e), each with whether its word is a name. */
function spanKeys(a: Analysis, s: number, e: number): Map<string, boolean> {
  const wk = sentenceBags(a).wordKeys;
  const out = new Map<string, boolean>();
  for (let w = 0; w < a.wordNorms.length; w++) {
    if (a.wordStarts[w] < s || a.wordEnds[w] > e) continue;
    for (const k of wk[w]) out.set(k, (out.get(k) ?? false) || a.wordNames[w] === 1);
  }
  return out;
}
/** Per number key of the words of `a` inside [s, e): whether every word giving it is an ordinal word ("sixième",
 *  "sixth"; not "6th", a day of the month), and the keys of the two words after it (what it counts). */
function numberRoles(a: Analysis, s: number, e: number): Record<string, { ord: boolean; next: string[] }> {
  const wk = sentenceBags(a).wordKeys;
  const out: Record<string, { ord: boolean; next: string[] }> = {};
  for (let w = 0; w < a.wordNorms.length; w++) {
    if (a.wordStarts[w] < s || a.wordEnds[w] > e) continue;
    for (const k of wk[w]) {
      if (!isNumberKey(k)) continue;
      // The same test as rankAgainstCount's (crosslang.ts rankWord), so the labels are what the rule sees.
      const ord = rankWord(a.wordNorms[w]);
      const next = [...(wk[w + 1] ?? [])].filter((x) => !isNumberKey(x));
      const o = (out[k] ??= { ord: true, next: [] });
      o.ord = o.ord && ord;
      for (const x of next) if (!o.next.includes(x)) o.next.push(x);
    }
  }
  return out;
}
/** The share of the characters of the sentences [s, e) meets that the span covers. */
function cover(a: Analysis, s: number, e: number): number {
  const ss = a.sentences.filter((x) => x.start < e && s < x.end);
  const len = ss.reduce((t, x) => t + x.end - x.start, 0);
  return len ? Math.round((100 * (e - s)) / len) / 100 : 1;
}
const words = (t: string): number => t.split(/\s+/).filter(Boolean).length;
/** Does the span [s, e) of `a` carry a verb mark (verb-marks.ts, as the fragment rules read it)? */
function verbMark(a: Analysis, s: number, e: number): boolean {
  const r = wordRange(a, s, e);
  return r ? hasVerbMark(a, r[0], r[1]) : false;
}

for (const st of devsetStories()) {
  const f = join(DEVSET, st.story, 'passages-adjudicated.json');
  const adjud: Adjudication[] = existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : [];
  const an = new Map(st.corpus.map((d) => [d.id, analyse(d.text, d.ignore ?? [], d.lang)]));
  const docs = new Map(st.corpus.map((d) => [d.id, d]));
  // The share of the story's sources holding each key (story-frame.ts keyShares). It approximates the engine's shares:
  // the engine counts over a page's candidate sources, this script over the whole corpus of the story.
  const shares = keyShares([...an.values()]);
  for (const pg of st.pages()) {
    const pa = analyse(pg.text, [], pg.lang);
    const firstLine = pg.text.indexOf('\n') < 0 ? pg.text.length : pg.text.indexOf('\n');
    for (const x of pg.passages) {
      const src = `corpus/${x.source.id}`;
      const { label, gold, hits } = passageLabel(st, adjud, pg.doc, x);
      const pageGroups = st.gold.filter((g) => g.members.some((m) => m.doc === pg.doc && ov(m, x.page.start, x.page.end)));
      const wrongCounterpart = !gold && pageGroups.some((g) => g.members.some((m) => m.doc === src));
      const doc = docs.get(x.source.id)!;
      const sFirst = doc.text.indexOf('\n') < 0 ? doc.text.length : doc.text.indexOf('\n');
      const pk = spanKeys(pa, x.page.start, x.page.end);
      const sk = spanKeys(an.get(x.source.id)!, x.source.start, x.source.end);
      const shared = [...pk.keys()].filter((k) => sk.has(k));
      const names = shared.filter((k) => pk.get(k) || sk.get(k)).length;
      const numbers = shared.filter((k) => isNumberKey(k)).length;
      console.log(JSON.stringify({
        story: st.story, half: halfOf(st.story), page: pg.id, lang: pg.lang, src: x.source.id, label,
        reason: hits.find((a) => !a.verdict)?.reason, origin: origin.get(x) ?? (x.translated ? 'cross' : 'other'), kind: x.kind, score: x.score,
        title: x.page.start < firstLine || x.source.start < sFirst, pTitle: x.page.start < firstLine, sTitle: x.source.start < sFirst, wrongCounterpart, pageInGold: pageGroups.length > 0,
        pn: numberRoles(pa, x.page.start, x.page.end), sn: numberRoles(an.get(x.source.id)!, x.source.start, x.source.end),
        pc: cover(pa, x.page.start, x.page.end), sc: cover(an.get(x.source.id)!, x.source.start, x.source.end),
        pv: verbMark(pa, x.page.start, x.page.end), sv: verbMark(an.get(x.source.id)!, x.source.start, x.source.end),
        pw: words(x.page.text), sw: words(x.source.text), shared, pkeys: [...pk.keys()], skeys: [...sk.keys()], names, numbers, other: shared.length - names - numbers,
        // Shared keys that fewer than STORY_PERVASIVE_SHARE of the story's sources hold: the pair's own words, not the frame.
        own: shared.filter((k) => !shares || isOwnKey(k, shares)),
        figs: (pg.figures ?? []).filter((f) => f.page.start >= x.page.start && f.page.end <= x.page.end).flatMap((f) => f.comparisons.filter((c) => c.source.id === x.source.id && c.source.start >= x.source.start && c.source.end <= x.source.end).map((c) => `${f.low}|${f.high}:${c.low}|${c.high}:${c.verdict}:${f.unit}`)),
        pfigs: (pg.figures ?? []).filter((f) => f.page.start >= x.page.start && f.page.end <= x.page.end).map((f) => ({ low: f.low, high: f.high, unit: f.unit, counts: f.counts, here: f.comparisons.filter((c) => c.source.id === x.source.id && c.source.start >= x.source.start && c.source.end <= x.source.end).map((c) => c.verdict), any: f.comparisons.filter((c) => c.source.id === x.source.id).length })),
        // Each figure of the source span that the figures engine compared with a page figure: whether that page figure
        // lies inside the page span, and the verdict (a source figure whose counts are the page's elsewhere).
        sfigs: (pg.figures ?? []).flatMap((f) => f.comparisons.filter((c) => c.source.id === x.source.id && c.source.start >= x.source.start && c.source.end <= x.source.end).map((c) => ({ inPage: f.page.start >= x.page.start && f.page.end <= x.page.end, src: c.source.start, verdict: c.verdict, counts: f.counts }))),
        ps: [x.page.start, x.page.end], ss: [x.source.start, x.source.end],
        pt: x.page.text.replace(/\n/g, ' ').slice(0, 240), st: x.source.text.replace(/\n/g, ' ').slice(0, 240),
      }));
    }
  }
}
