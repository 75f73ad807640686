/**
 * Dev probe (kept for the next reader of these misses): every passage the engine reports on the devset (pages against their whole corpus,
 * "given the story"), one JSON line each, with whether the gold pairs it and, when not, a bucket:
 * - `wrong-counterpart`: the page span is a gold member whose group has a member in this source, but
 *   the source span is another text of that source;
 * - `page-gold-elsewhere`: the page span is a gold member, the source has no member of its group
 *   (a gold gap or a same-topic sentence);
 * - `unpaired`: the page span is in no gold group (boilerplate, generic sentence or gold gap).
 * Each false one also gets a `cause`, the first that applies (core/passages/README.md, "What the
 * false positives are"):
 * - `same-figure`: both spans give one value of 3+ digits or with decimals (a year is not one);
 * - `title`: the page or source span starts in its text's first line;
 * - `wrong-counterpart`: the bucket above;
 * - `stock-phrase`: within a language, a page span of 10 words or fewer, not a paraphrase;
 * - `restated`: within a language, the rest (a circumstance or the story's fact said again);
 * - `cross-weak`: across languages, scoring under CROSS_WEAK_SCORE (names and one or two concepts);
 * - `cross-other`: across languages, the rest.
 * Usage: npx tsx scripts/dev/passage-buckets.ts > out.jsonl
 */
import { CROSS_WEAK_SCORE } from '../../core/passages/crosslang';
import { devsetStories, ov } from './_devset-passages';

/** Values of 3+ digits or with decimals ("2,8 millions" -> 2.8, "500 000" -> 500000), years left out. */
function figures(t: string): Set<string> {
  const out = new Set<string>();
  for (const m of t.matchAll(/\d+(?:[ .,\u202f\u00a0]\d{3})*(?:[.,]\d+)?/g)) {
    const v = m[0].replace(/[ \u202f\u00a0]/g, '').replace(/[.,](?=\d{3}\b)/g, '').replace(',', '.');
    if ((v.split('.')[0].length >= 3 || v.includes('.')) && !/^(19|20)\d\d$/.test(v)) out.add(v);
  }
  return out;
}
function cause(bucket: string, pt: string, st: string, titled: boolean, cross: boolean, kind: string, score: number): string {
  const a = figures(pt);
  if ([...figures(st)].some((v) => a.has(v))) return 'same-figure';
  if (titled) return 'title';
  if (bucket === 'wrong-counterpart') return bucket;
  if (!cross) return pt.split(/\s+/).length <= 10 && kind !== 'paraphrase' ? 'stock-phrase' : 'restated';
  return score < CROSS_WEAK_SCORE ? 'cross-weak' : 'cross-other';
}
for (const { story, corpus, gold, pages } of devsetStories()) {
  for (const { id, lang, text, doc, passages } of pages()) {
    for (const x of passages) {
      const src = `corpus/${x.source.id}`;
      const pageGroups = gold.filter((g) => g.members.some((m) => m.doc === doc && ov(m, x.page.start, x.page.end)));
      const ok = pageGroups.some((g) => g.members.some((m) => m.doc === src && ov(m, x.source.start, x.source.end)));
      let bucket = 'right';
      if (!ok) {
        if (pageGroups.length === 0) bucket = 'unpaired';
        else if (pageGroups.some((g) => g.members.some((m) => m.doc === src))) bucket = 'wrong-counterpart';
        else bucket = 'page-gold-elsewhere';
      }
      const srcGroups = gold.filter((g) => g.members.some((m) => m.doc === src && ov(m, x.source.start, x.source.end))).map((g) => g.id);
      const d = corpus.find((c) => c.id === x.source.id)!;
      const pTitle = x.page.start < text.indexOf('\n');
      const sTitle = x.source.start < d.text.indexOf('\n');
      const why = ok ? null : cause(bucket, x.page.text, x.source.text, pTitle || sTitle, !!x.translated, x.kind, x.score);
      console.log(JSON.stringify({ story, page: id, lang, src: x.source.id, kind: x.kind, score: x.score, x: !!x.translated, ok, bucket, cause: why, pTitle, sTitle, pageGroups: pageGroups.map((g) => g.id), srcGroups, ps: x.page.start, pe: x.page.end, ss: x.source.start, se: x.source.end, pt: x.page.text.slice(0, 140), st: x.source.text.slice(0, 140) }));
    }
  }
}
