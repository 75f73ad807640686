/**
 * Dev probe (session 28, passprec28): reads passage-false-classes.ts output (the file named by argv[2]) and adds, per side
 * of each reported passage, the word count, the share of its sentences it covers, whether it carries a verb mark
 * (verb-marks.ts), whether its line is a label line (a short line "label: number ..."), the words from its start to the
 * first shared number (`pb`, `sb`: what governs the count), and whether every shared number says when on both sides
 * (`dateOnly`), to class the false pairs by the shape of their sides. One JSON line each. Session 28 found with it
 * that label lines, verbless sides and counts inside a time clause are judged true as often as false across the set
 * (see core/passages/README.md, passprec28).
 * Usage: npx tsx scripts/dev/passage-false-classes.ts > fc.jsonl; npx tsx scripts/dev/passage-shape-probe.ts fc.jsonl
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse, type Analysis } from '../../core/passages/tokens';
import { hasVerbMark } from '../../core/passages/verb-marks';
import { wordRange } from '../../core/passages/fragment-claims';
import { sentenceBags, isNumberKey, isWhenKey, wordKeysAt } from '../../core/passages/crosslang';
import { monthNumber } from '../../core/dates/day';
import { loadTxtCorpus } from '../../core/corpus/node';
import { DEVSET } from '../eval/devset';

const rows = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const cache = new Map<string, Analysis>();
const corpora = new Map<string, ReturnType<typeof loadTxtCorpus>>();
function pageA(story: string, id: string, lang: string): Analysis {
  const k = `${story}/pages/${id}`;
  if (!cache.has(k)) cache.set(k, analyse(readFileSync(join(DEVSET, story, 'pages', id), 'utf8'), [], lang));
  return cache.get(k)!;
}
function srcA(story: string, id: string): Analysis {
  const k = `${story}/corpus/${id}`;
  if (!corpora.has(story)) corpora.set(story, loadTxtCorpus(join(DEVSET, story, 'corpus')));
  if (!cache.has(k)) { const d = corpora.get(story)!.find((x) => x.id === id)!; cache.set(k, analyse(d.text, d.ignore ?? [], d.lang)); }
  return cache.get(k)!;
}
function side(a: Analysis, s: number, e: number) {
  const r = wordRange(a, s, e);
  if (!r) return null;
  const ls = a.text.lastIndexOf('\n', s - 1) + 1;
  const le0 = a.text.indexOf('\n', e);
  const line = a.text.slice(ls, le0 < 0 ? a.text.length : le0);
  const ss = a.sentences.filter((x) => x.start < e && s < x.end);
  const len = ss.reduce((t, x) => t + x.end - x.start, 0);
  return { w: r[1] - r[0] + 1, verb: hasVerbMark(a, r[0], r[1]), cover: len ? +((e - s) / len).toFixed(2) : 1, label: /^[^:\n]{1,60}:\s*\d/.test(line.replace(/^[\s•*-]+/, '')) && line.length < 80, line: line.slice(0, 80) };
}
/** The folded words from the span's start up to the first word holding one of the shared number keys. */
function before(a: Analysis, s: number, e: number, shared: string[]): string[] | null {
  const r = wordRange(a, s, e);
  if (!r) return null;
  const wk = sentenceBags(a).wordKeys;
  const nums = shared.filter(isNumberKey);
  for (let w = r[0]; w <= r[1]; w++) if ([...wk[w]].some((k) => nums.includes(k))) return a.wordNorms.slice(r[0], w + 1);
  return null;
}
/** Does every word of the span giving number key k say when (a day beside its month, an ordinal, a time)? */
function whenOnly(a: Analysis, s: number, e: number, k: string): boolean {
  const r = wordRange(a, s, e);
  if (!r) return false;
  let any = false;
  for (let w = r[0]; w <= r[1]; w++) {
    if (!wordKeysAt(a, w).includes(k)) continue;
    any = true;
    const besideMonth = [w - 1, w + 1].some((j) => j >= 0 && j < a.wordNorms.length && monthNumber(a.wordNorms[j]) > 0);
    const word = a.text.slice(a.wordStarts[w], a.wordEnds[w]);
    if (!(/^#\d+(?:h\d*|am|pm|s)$/.test(k) || /^\d+(?:e|er|re|ère|ème|eme|nd|rd|st|th)$/iu.test(word) || isWhenKey(k, besideMonth) || /^#(19|20)\d\d$/.test(k) && /^\d{4}$/.test(word))) return false;
  }
  return any;
}
for (const r of rows) {
  const pa = pageA(r.story, r.page, r.lang);
  const sa = srcA(r.story, r.src);
  console.log(JSON.stringify({ story: r.story, label: r.label, origin: r.origin, p: side(pa, r.ps[0], r.ps[1]), s: side(sa, r.ss[0], r.ss[1]), dateOnly: r.shared.filter(isNumberKey).length > 0 && r.shared.filter(isNumberKey).every((k: string) => whenOnly(pa, r.ps[0], r.ps[1], k) && whenOnly(sa, r.ss[0], r.ss[1], k)), score: r.score, shared: r.shared, pb: before(pa, r.ps[0], r.ps[1], r.shared), sb: before(sa, r.ss[0], r.ss[1], r.shared), pt: r.pt.slice(0, 100), st: r.st.slice(0, 100), reason: r.reason }));
}
