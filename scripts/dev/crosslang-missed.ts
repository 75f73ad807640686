/**
 * Dev probe (kept for the next reader of these misses): for every cross-language gold pair of the devset, the sentence pair behind it
 * (the page and source sentences overlapping the gold members) with the keys they share, their bag
 * sizes, score and length ratio, to see why a missed pair is missed. One JSON line per sentence pair.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadTxtCorpus, REPO_ROOT } from '../../core/corpus/node';
import { analyse } from '../../core/passages/tokens';
import { crossCandidates, keyCounts, sentenceBags } from '../../core/passages/crosslang';

const DEVSET = join(REPO_ROOT, 'test', 'fixtures', 'devset');
interface M { doc: string; start: number; end: number; quote: string }
const ov = (m: { start: number; end: number }, s: number, e: number): boolean => m.start < e && s < m.end;
for (const story of readdirSync(DEVSET).sort()) {
  if (!existsSync(join(DEVSET, story, 'corpus'))) continue;
  const corpus = loadTxtCorpus(join(DEVSET, story, 'corpus'));
  const raw = JSON.parse(readFileSync(join(DEVSET, story, 'gold-passages.json'), 'utf8'));
  const gold: Array<{ id: string; kind: string; members: M[] }> = Array.isArray(raw) ? raw : raw.groups;
  const pages = JSON.parse(readFileSync(join(DEVSET, story, 'pages', 'manifest.json'), 'utf8')).articles as Array<{ id: string; lang?: 'fr' | 'en'; sameStory: boolean }>;
  const an = new Map(corpus.map((d) => [d.id, analyse(d.text, d.ignore ?? [], d.lang)]));
  for (const pg of pages) {
    if (!pg.sameStory) continue;
    const lang = pg.lang ?? 'fr';
    const text = readFileSync(join(DEVSET, story, 'pages', pg.id), 'utf8');
    const pa = analyse(text, [], lang);
    const others = corpus.filter((d) => d.lang !== lang);
    const counts = keyCounts([pa, ...others.map((d) => an.get(d.id)!)]);
    for (const g of gold) {
      const pm = g.members.find((m) => m.doc === `pages/${pg.id}`);
      if (!pm) continue;
      for (const d of others) {
        const sm = g.members.find((m) => m.doc === `corpus/${d.id}`);
        if (!sm) continue;
        const sa = an.get(d.id)!;
        const cands = crossCandidates(pa, sa, 0, 1, counts);
        const ps = pa.sentences.map((s, i) => (ov(pm, s.start, s.end) ? i : -1)).filter((i) => i >= 0);
        const ss = sa.sentences.map((s, i) => (ov(sm, s.start, s.end) ? i : -1)).filter((i) => i >= 0);
        const pb = sentenceBags(pa).keys, sb = sentenceBags(sa).keys;
        let best: { p: number; s: number; score: number; keys: string[] } | null = null;
        for (const p of ps) for (const s of ss) {
          const c = cands.find((x) => x.p === p && x.s === s);
          const shared = pb[p].filter((k) => sb[s].includes(k));
          const score = c?.score ?? 0;
          if (!best || score > best.score || (score === best.score && shared.length > best.keys.length)) best = { p, s, score, keys: shared };
        }
        if (!best) continue;
        const lp = pa.sentences[best.p].text.length, ls = sa.sentences[best.s].text.length;
        console.log(JSON.stringify({ story, gid: g.id, kind: g.kind, page: pg.id, src: d.id, score: +best.score.toFixed(3), shared: best.keys, pn: pb[best.p].length, sn: sb[best.s].length, ratio: +(Math.max(lp, ls) / Math.min(lp, ls)).toFixed(2), pt: pa.sentences[best.p].text.slice(0, 150), st: sa.sentences[best.s].text.slice(0, 150), pk: pb[best.p], sk: sb[best.s] }));
      }
    }
  }
}
