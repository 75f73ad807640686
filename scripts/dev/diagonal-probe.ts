/**
 * Dev probe (passages17): sentence order across languages. For every cross-language passage the
 * engine reports (devset, given the story), its neighbour sentence pairs (page sentence +-1, source
 * sentence +-1, same direction) that no passage of that source takes: how many hold a gold pair the
 * engine misses, and how many do not (what a rule pairing them would add wrongly).
 * Usage: npx tsx scripts/dev/diagonal-probe.ts
 */
import { devsetStories, ov } from './_devset-passages';
import { analyse } from '../../core/passages/tokens';
import { sentenceBags } from '../../core/passages/crosslang';
const T = new Map<string, number>();
const add = (k: string) => T.set(k, (T.get(k) ?? 0) + 1);
for (const st of devsetStories()) {
  const docOf = new Map(st.corpus.map((d) => [d.id, d]));
  for (const pg of st.pages()) {
    const pa = analyse(pg.text, [], pg.lang);
    const sentOf = (an: typeof pa, pos: number) => an.sentences.findIndex((s) => s.start <= pos && pos < s.end);
    const bySrc = new Map<string, Array<{ p: number; s: number; score: number }>>();
    for (const x of pg.passages) {
      const d = docOf.get(x.source.id);
      if (!d || d.lang === pg.lang) continue;
      const l = bySrc.get(x.source.id) ?? [];
      l.push({ p: sentOf(pa, x.page.start), s: -1, score: x.score, ...{ _x: x } } as any);
      bySrc.set(x.source.id, l);
    }
    for (const [sid, list] of bySrc) {
      const d = docOf.get(sid)!;
      const sa = analyse(d.text, d.ignore ?? [], d.lang);
      const pbag = sentenceBags(pa), sbag = sentenceBags(sa);
      for (const e of list as any[]) e.s = sentOf(sa, e._x.source.start);
      const takenP = new Set(list.map((e) => e.p)), takenS = new Set(list.map((e) => e.s));
      for (const e of list) for (const dlt of [-1, 1]) {
        const p = e.p + dlt, s = e.s + dlt;
        if (p < 0 || s < 0 || p >= pa.sentences.length || s >= sa.sentences.length || takenP.has(p) || takenS.has(s)) continue;
        const P = pa.sentences[p], S = sa.sentences[s];
        const gold = st.gold.some((g) => g.members.some((m) => m.doc === pg.doc && ov(m, P.start, P.end)) && g.members.some((m) => m.doc === `corpus/${sid}` && ov(m, S.start, S.end)));
        const shared = pbag.keys[p].filter((k) => sbag.keys[s].includes(k)).length;
        const lr = Math.max(P.end - P.start, S.end - S.start) / Math.max(1, Math.min(P.end - P.start, S.end - S.start));
        const bucket = `${gold ? 'GOLD' : 'other'} anchor>=${e.score >= 0.5 ? '0.5' : e.score >= 0.3 ? '0.3' : 'low'} shared=${Math.min(shared, 3)} len${lr <= 1.6 ? '<=1.6' : lr <= 2.5 ? '<=2.5' : '>2.5'}`;
        add(bucket);
        if (process.env.LOG && (gold || shared >= 1) && lr <= 2.5) console.log(`${gold ? 'GOLD' : 'other'} ${st.story} ${pg.id} [${e.score}] sh=${shared} "${P.text.slice(0, 90)}" / "${S.text.slice(0, 90)}"`);
      }
    }
  }
}
for (const [k, v] of [...T].sort()) console.log(k, v);
