/**
 * Dev probe: every cross-language sentence pair of the devset's pages with their whole corpus that
 * shares two keys or more, scored as the engine scores it (key weights over the page and every
 * source of the other language, as findPassages counts them), with the features the rules of
 * crosslang.ts read and whether the gold pairs it. One JSON line each. Thresholds are off (score >=
 * 0.03, two shared keys, no title, weak or specific rule) to see what each rule costs.
 * Usage: npx tsx scripts/dev/crosslang-loose.ts > pairs.jsonl
 */
import { crossCandidates, keyWeight, sentenceBags } from '../../core/passages/crosslang';
import { crossLanguagePages, ov } from './_devset-passages';

for (const { story, corpus, gold, id, lang, text, pa, others, an, counts } of crossLanguagePages()) {
  const pg = { id };
  const w = keyWeight(counts);
  const pb = sentenceBags(pa);
  const pTitle = pb.words.findIndex((x) => x[0] >= 0);
  const pageKeys = new Set(pb.keys.flat());
  const otherKeys = new Set(others.flatMap((d) => sentenceBags(an.get(d.id)!).keys.flat()));
  for (const d of others) {
    const sa = an.get(d.id)!;
    const sb = sentenceBags(sa);
    const sTitle = sb.words.findIndex((x) => x[0] >= 0);
    for (const c of crossCandidates(pa, sa, 0.03, 2, counts, 0, 0, 0)) {
      const ps = pa.wordStarts[c.pageWords[0]], pe = pa.wordEnds[c.pageWords[1]];
      const ss = sa.wordStarts[c.srcWords[0]], se = sa.wordEnds[c.srcWords[1]];
      const g = gold.find((g) => g.members.some((m) => m.doc === `pages/${pg.id}` && ov(m, ps, pe)) && g.members.some((m) => m.doc === `corpus/${d.id}` && ov(m, ss, se)));
      const pageGold = gold.some((g) => g.members.some((m) => m.doc === `pages/${pg.id}` && ov(m, ps, pe)) && g.members.some((m) => m.doc.startsWith('corpus/') && corpus.find((x) => `corpus/${x.id}` === m.doc)?.lang !== lang));
      console.log(JSON.stringify({
        story, lang, page: pg.id, src: d.id, p: c.p, s: c.s, gold: g ? g.kind : null, gid: g?.id, pageGold,
        score: +c.score.toFixed(3), shared: c.shared, clause: c.clause, anchored: c.anchored, title: c.p === pTitle || c.s === sTitle,
        wts: c.keys.map((k) => +w(k).toFixed(2)),
        pw: pb.keys[c.p].map((k) => [k, +w(k).toFixed(3), otherKeys.has(k) ? 1 : 0]),
        sw: sb.keys[c.s].map((k) => [k, +w(k).toFixed(3), pageKeys.has(k) ? 1 : 0]), keys: c.keys, np: pb.keys[c.p].length, ns: sb.keys[c.s].length,
        pt: text.slice(ps, pe).slice(0, 140), st: d.text.slice(ss, se).slice(0, 140),
      }));
    }
  }
}
