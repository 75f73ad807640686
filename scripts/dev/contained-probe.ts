/**
 * Dev probe (session 16): every cross-language sentence pair of a devset page and its corpus whose lengths
 * differ beyond CROSS_MAX_LENGTH_RATIO and that share a number (not a year), with its containment (the
 * weight of the shared keys over the shorter bag's), the long side's clause holding the shared number, and
 * whether the gold pairs it. One JSON line each, to find a containment rule separating gold from chance.
 * Usage: npx tsx scripts/dev/contained-probe.ts > out.jsonl
 */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { analyse } from '../../core/passages/tokens';
import { keyCounts, keyWeight, sentenceBags, CROSS_MAX_LENGTH_RATIO } from '../../core/passages/crosslang';
import { clauseRanges } from '../../core/passages/clauses';
import { DEVSET } from '../eval/devset';
import { devsetStories } from './_devset-passages';
const ovs = (a: { start: number; end: number }, s: number, e: number): boolean => a.start < e && s < a.end;
for (const st of devsetStories()) {
  const pages = JSON.parse(readFileSync(join(DEVSET, st.story, 'pages', 'manifest.json'), 'utf8')).articles as Array<{ id: string; lang?: 'fr' | 'en'; sameStory: boolean }>;
  for (const pg of pages) {
    if (!pg.sameStory) continue;
    const lang = pg.lang ?? 'fr';
    const text = readFileSync(join(DEVSET, st.story, 'pages', pg.id), 'utf8');
    const pa = analyse(text, [], lang);
    const others = st.corpus.filter((d) => d.lang !== lang);
    const sas = others.map((d) => analyse(d.text, [], d.lang));
    const w = keyWeight(keyCounts([pa, ...sas]));
    const pb = sentenceBags(pa);
    others.forEach((d, i) => {
      const sa = sas[i];
      const sb = sentenceBags(sa);
      for (let p = 0; p < pb.keys.length; p++) for (let s = 0; s < sb.keys.length; s++) {
        if (pb.words[p][0] < 0 || sb.words[s][0] < 0) continue;
        const both = pb.keys[p].filter((k) => sb.keys[s].includes(k));
        const nums = both.filter((k) => k.startsWith('#') && !/^#(19|20)\d\d$/.test(k));
        if (!nums.length || both.length < 2) continue;
        const pl = pa.sentences[p].end - pa.sentences[p].start, sl = sa.sentences[s].end - sa.sentences[s].start;
        if (Math.max(pl, sl) <= CROSS_MAX_LENGTH_RATIO * Math.min(pl, sl)) continue;
        const longIsPage = pl > sl;
        const [la, lb, lidx] = longIsPage ? [pa, pb, p] : [sa, sb, s];
        const shortBag = longIsPage ? sb.keys[s] : pb.keys[p];
        const W = (b: string[]) => b.reduce((x, k) => x + w(k), 0);
        const contain = W(both) / W(shortBag);
        const seg = la.sentences[lidx];
        const cls = clauseRanges(la, lb.words[lidx], seg.start, seg.text);
        const gold = st.gold.some((g) => g.members.some((m) => m.doc === `pages/${pg.id}` && ovs(m, pa.sentences[p].start, pa.sentences[p].end)) && g.members.some((m) => m.doc === `corpus/${d.id}` && ovs(m, sa.sentences[s].start, sa.sentences[s].end)));
        const clTexts = cls.map((r) => { const ck = new Set<string>(); for (let x = r[0]; x <= r[1]; x++) for (const k of lb.wordKeys[x]) ck.add(k); const sh = shortBag.filter((k) => ck.has(k)); return `[${seg.text.slice(la.wordStarts[r[0]] - seg.start, la.wordEnds[r[1]] - seg.start).slice(0, 60)}] ${(W(sh) / W(shortBag)).toFixed(2)} ${((W(sh) * 2) / (W(shortBag) + W([...ck]))).toFixed(2)}`; });
        console.log(JSON.stringify({ clTexts, story: st.story, lang, gold, contain: +contain.toFixed(3), n: both.length, nums: nums.length, clauses: cls.length, both, short: (longIsPage ? sa.sentences[s].text : pa.sentences[p].text).slice(0, 90), long: seg.text.slice(0, 120) }));
      }
    });
  }
}
