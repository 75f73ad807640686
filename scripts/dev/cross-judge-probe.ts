/**
 * Dev probe (kept for the next reader of these misses): every cross-language passage of the translation stage the engine reports on the
 * devset (given the story), with its label (gold, adjudicated true/false, or not adjudicated) and the
 * keys the two sentences share, each with its weight (rarity squared over the page and every source in
 * the other language, as crossCandidates weighs it). One JSON line each.
 * Usage: npx tsx scripts/dev/cross-judge-probe.ts > out.jsonl
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../core/passages/tokens';
import { crossCandidates, keyCounts, sentenceBags, CROSS_RARITY_POWER } from '../../core/passages/crosslang';
import { rarity } from '../../core/passages/banality';
import { DEVSET } from '../eval/devset';
import { devsetStories, ov } from './_devset-passages';

interface Adj { page: string; doc: string; pageStart: number; pageEnd: number; docStart: number; docEnd: number; verdict: boolean }
for (const { story, corpus, gold, pages } of devsetStories()) {
  const f = join(DEVSET, story, 'passages-adjudicated.json');
  const adjud: Adj[] = existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : [];
  for (const { id, lang, text, doc, passages } of pages()) {
    const others = corpus.filter((d) => d.lang !== lang);
    if (!others.length) continue;
    const pa = analyse(text, [], lang);
    const sas = new Map(others.map((d) => [d.id, analyse(d.text, d.ignore ?? [], d.lang)]));
    const counts = keyCounts([pa, ...sas.values()]);
    const w = (k: string): number => rarity(counts.df.get(k) ?? 0, counts.total) ** CROSS_RARITY_POWER;
    for (const x of passages) {
      if (!x.translated || !sas.has(x.source.id)) continue;
      const sa = sas.get(x.source.id)!;
      const src = `corpus/${x.source.id}`;
      const ok = gold.some((g) => g.members.some((m) => m.doc === doc && ov(m, x.page.start, x.page.end)) && g.members.some((m) => m.doc === src && ov(m, x.source.start, x.source.end)));
      const hits = adjud.filter((a) => a.page === doc && a.doc === src && ov({ start: a.pageStart, end: a.pageEnd }, x.page.start, x.page.end) && ov({ start: a.docStart, end: a.docEnd }, x.source.start, x.source.end));
      const label = ok ? 'gold' : hits.some((a) => a.verdict) ? 'adjT' : hits.length ? 'adjF' : 'unadj';
      const c = crossCandidates(pa, sa, 0, 1, counts).find((c) => pa.wordStarts[c.pageWords[0]] === x.page.start && sa.wordStarts[c.srcWords[0]] === x.source.start);
      const pk = c ? sentenceBags(pa).keys[c.p] : [];
      const sk = c ? sentenceBags(sa).keys[c.s] : [];
      console.log(JSON.stringify({ story, page: id, lang, src: x.source.id, label, score: x.score, clause: c?.clause, keys: c?.keys.map((k) => `${k}:${w(k).toFixed(2)}`), pk: pk.length, sk: sk.length, pt: x.page.text.replace(/\n/g, ' ').slice(0, 160), st: x.source.text.replace(/\n/g, ' ').slice(0, 160) }));
    }
  }
}
