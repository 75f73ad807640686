/**
 * Dev probe (kept for the next reader of these misses): every cross-language sentence pair the devset's pages make with their corpus
 * (pages against their whole corpus), with its features and whether the gold pairs it, one JSON line
 * each, to study what separates gold translations and paraphrases from chance pairs.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadTxtCorpus, REPO_ROOT } from '../../core/corpus/node';
import { analyse } from '../../core/passages/tokens';
import { crossCandidates, sentenceBags } from '../../core/passages/crosslang';

const DEVSET = join(REPO_ROOT, 'test', 'fixtures', 'devset');
interface M { doc: string; start: number; end: number }
for (const story of readdirSync(DEVSET).sort()) {
  if (!existsSync(join(DEVSET, story, 'corpus'))) continue;
  const corpus = loadTxtCorpus(join(DEVSET, story, 'corpus'));
  const gold = JSON.parse(readFileSync(join(DEVSET, story, 'gold-passages.json'), 'utf8')) as Array<{ id: string; kind: string; members: M[] }>;
  const pages = JSON.parse(readFileSync(join(DEVSET, story, 'pages', 'manifest.json'), 'utf8')).articles as Array<{ id: string; lang?: 'fr' | 'en'; sameStory: boolean }>;
  for (const pg of pages) {
    if (!pg.sameStory) continue;
    const text = readFileSync(join(DEVSET, story, 'pages', pg.id), 'utf8');
    const pa = analyse(text, [], pg.lang ?? 'fr');
    for (const d of corpus) {
      if (d.lang === (pg.lang ?? 'fr')) continue;
      const sa = analyse(d.text, d.ignore ?? [], d.lang);
      for (const c of crossCandidates(pa, sa, 0.1, 2)) {
        const ps = pa.wordStarts[c.pageWords[0]], pe = pa.wordEnds[c.pageWords[1]];
        const ss = sa.wordStarts[c.srcWords[0]], se = sa.wordEnds[c.srcWords[1]];
        const ov = (m: M, s: number, e: number) => m.start < e && s < m.end;
        const g = gold.find((g) => g.members.some((m) => m.doc === `pages/${pg.id}` && ov(m, ps, pe)) && g.members.some((m) => m.doc === `corpus/${d.id}` && ov(m, ss, se)));
        console.log(JSON.stringify({ story, page: pg.id, src: d.id, p: c.p, s: c.s, gold: g ? g.kind : null, gid: g?.id, score: +c.score.toFixed(3), ps, pe, ss, se, shared: c.shared, keys: c.keys, pk: sentenceBags(pa).keys[c.p], sk: sentenceBags(sa).keys[c.s], pt: text.slice(ps, pe).slice(0, 160), st: d.text.slice(ss, se).slice(0, 160) }));
      }
    }
  }
}
