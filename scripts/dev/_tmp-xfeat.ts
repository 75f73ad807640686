import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTxtCorpus, REPO_ROOT } from '../../core/corpus/node';
import { analyse } from '../../core/passages/tokens';
import { sentenceBags, keyCounts } from '../../core/passages/crosslang';
import { rarity } from '../../core/passages/banality';
const DEVSET = join(REPO_ROOT, 'test', 'fixtures', 'devset');
const rows = readFileSync('/tmp/pp/dev.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l)).filter((r) => r.x);
const cache = new Map<string, any>();
for (const r of rows) {
  const key = r.story;
  if (!cache.has(key)) {
    const corpus = loadTxtCorpus(join(DEVSET, r.story, 'corpus'));
    cache.set(key, { corpus, an: new Map(corpus.map((d) => [d.id, analyse(d.text, d.ignore ?? [], d.lang)])) });
  }
  const { corpus, an } = cache.get(key);
  const text = readFileSync(join(DEVSET, r.story, 'pages', r.page), 'utf8');
  const pa = analyse(text, [], r.lang);
  const sa = an.get(r.src);
  const others = corpus.filter((d: any) => d.lang !== r.lang).map((d: any) => an.get(d.id));
  const { df, total } = keyCounts([pa, ...others]);
  const bagsOf = (a: any, s: number, e: number) => {
    const b = sentenceBags(a);
    const out = new Set<string>();
    a.sentences.forEach((x: any, i: number) => { if (x.start < e && s < x.end) for (const k of b.keys[i]) out.add(k); });
    return out;
  };
  const P = bagsOf(pa, r.ps, r.pe), S = bagsOf(sa, r.ss, r.se);
  const fig = (k: string) => k.startsWith("#") && (k.length >= 4 || k.includes("."));
  const pf = [...P].filter(fig), sf = [...S].filter(fig);
  const shared = [...P].filter((k) => S.has(k)).map((k) => [k, +(rarity(df.get(k) ?? 0, total) ** 2).toFixed(3)]);
  console.log(JSON.stringify({ story: r.story, page: r.page, src: r.src, ok: r.ok, pf, sf, score: r.score, kind: r.kind, pn: P.size, sn: S.size, shared, pt: r.pt.slice(0, 100), st: r.st.slice(0, 100) }));
}
