/**
 * Session 24 (xkey24): which structural classes the development set's cross-key comparisons fall in, and what removing
 * a class would cost. Every comparison compareFigures makes with a verdict other than `related` between two gold
 * figures of a same-story page and a corpus article is one record: same key (right or wrong verdict) or cross key
 * (gold-related or not). Each class (a predicate on the two figures and their texts) prints how many of each kind it
 * holds, in how many stories, so that a class that removes cross-key comparisons in many stories and no right pair
 * stands out. A tool, not a measure: confirm with `npm run eval`.
 * Usage: tsx scripts/dev/xkey-classes.ts [story|all] [class (print its records)]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareFigures, extractFigures } from '../../core/figures/index';
import type { Figure } from '../../core/figures/types';
import { concept } from '../../core/concepts/index';
import { matchKeys } from '../../core/figures/match';
import { fallsBelow } from '../../core/figures/scope';
import { devsetStories, isGoldFigure } from './devset-stories';
import { goldVerdict } from '../eval/devset';

const [storyArg, showClass] = process.argv.slice(2);
interface Rec { story: string; kind: 'right' | 'wrong' | 'xrel' | 'xkey'; verdict: string; want?: string; f: Figure; g: Figure; ft: string; gt: string; pk: string; sk: string; pid: string; sid: string; pfs: Figure[]; gfs: Figure[] }
const recs: Rec[] = [];
for (const s of devsetStories(storyArg)) {
  const related = new Set(((s.gold as { related_keys?: [string, string][] }).related_keys ?? []).flatMap(([x, y]) => [`${x}|${y}`, `${y}|${x}`]));
  const publishedOf = new Map<string, string | undefined>();
  for (const d of s.corpus) publishedOf.set(`corpus/${d.id}`, d.published);
  for (const p of s.pages) publishedOf.set(`pages/${p.id}`, p.published);
  const cdocs = s.corpus.map((d) => ({ id: d.id, text: d.text, lang: d.lang, published: d.published, figures: extractFigures(d.text, d.lang, { ignore: d.ignore, published: d.published }) }));
  for (const p of s.pages) {
    if (!p.sameStory) continue;
    const text = readFileSync(join(s.dir, 'pages', p.id), 'utf8');
    const lang = p.lang ?? 'fr';
    const pf = extractFigures(text, lang, { published: p.published });
    const reports = compareFigures({ text, lang, published: p.published, figures: pf }, cdocs);
    reports.forEach((r, i) => {
      const f = pf[i];
      const pg = s.gold.figures.find((x) => x.doc === `pages/${p.id}` && isGoldFigure(r.page, x));
      if (!pg) return;
      for (const c of r.comparisons) {
        if (c.verdict === 'related') continue;
        const sg = s.gold.figures.find((x) => x.doc === `corpus/${c.source.id}` && isGoldFigure(c.source, x));
        if (!sg) continue;
        const src = cdocs.find((d) => d.id === c.source.id)!;
        const g = src.figures.find((x) => x.start === c.source.start && x.end === c.source.end)!;
        let kind: Rec['kind'];
        let want: string | undefined;
        if (pg.key === sg.key) {
          want = goldVerdict({ ...pg, when: pg.moment ?? publishedOf.get(pg.doc) }, { ...sg, when: sg.moment ?? publishedOf.get(sg.doc) });
          kind = want === c.verdict ? 'right' : 'wrong';
        } else kind = related.has(`${pg.key}|${sg.key}`) ? 'xrel' : 'xkey';
        recs.push({ story: s.story, kind, verdict: c.verdict, want, f, g, ft: text, gt: src.text, pk: pg.key, sk: sg.key, pid: p.id, sid: src.id, pfs: pf, gfs: src.figures });
      }
    });
  }
}

// XKEY_DUMP=<file>: every record on a line (story, kind, verdict, both figures), to diff two engines' records.
if (process.env.XKEY_DUMP) writeFileSync(process.env.XKEY_DUMP, recs.map((r) => `${r.story} ${r.kind} ${r.verdict} ${r.pid} "${r.f.text}"@${r.f.start} [${r.pk}] vs ${r.sid} "${r.g.text}"@${r.g.start} [${r.sk}]`).sort().join('\n') + '\n');
const has = (f: Figure, p: (k: string) => boolean): boolean => f.countsKey.slice(1).some(p);
const oneSide = (r: Rec, p: (f: Figure) => boolean): boolean => p(r.f) !== p(r.g);
const sentenceOf = (text: string, f: Figure): string => {
  let a = f.start; while (a > 0 && !/[.!?\n]/.test(text[a - 1])) a--;
  let b = f.end; while (b < text.length && !/[.!?\n]/.test(text[b])) b++;
  return text.slice(a, b + 1).replace(/\s+/g, ' ').trim();
};
const nationKeys = (f: Figure): string[] => f.countsKey.slice(1).filter((k) => concept(k)?.type === 'nation');
/** Another figure of its own article counts the same (matchKeys one text), at the same moment, and lies wholly above it. */
const dominated = (f: Figure, figs: Figure[]): boolean => figs.some((h) => h !== f && h.moment === f.moment && fallsBelow(f, h) && matchKeys(f, h, true) === 'same');
const newerLower = (r: Rec): boolean => r.verdict === 'updated' && !!r.f.moment && !!r.g.moment && r.f.moment !== r.g.moment && (r.f.moment > r.g.moment ? fallsBelow(r.f, r.g) : fallsBelow(r.g, r.f));
/** The newer value's top is under `k` times the older's bottom. */
const below = (r: Rec, k: number): boolean => {
  const [n, o] = r.f.moment! > r.g.moment! ? [r.f, r.g] : [r.g, r.f];
  const top = (n.high ?? n.low) as number; const bottom = (o.low ?? o.high) as number;
  return top < bottom * k;
};
const FALLING = new Set(['missing', 'hospitalized', 'evacuated', 'displaced', 'homeless', 'on-strike', 'affected', 'pending']);
const fallEx = (r: Rec, k: number): boolean => newerLower(r) && below(r, k) && r.f.qualifier !== 'vague' && r.g.qualifier !== 'vague'
  && r.f.unit !== 'percent' && ![...r.f.countsKey, ...r.g.countsKey].some((x) => FALLING.has(x));
/** Points between two shares' nearest bounds. */
const pts = (r: Rec): number => {
  const lo = (f: Figure): number => (f.low ?? f.high) as number; const hi = (f: Figure): number => (f.high ?? f.low) as number;
  return Math.max(lo(r.f) - hi(r.g), lo(r.g) - hi(r.f), 0);
};
const classes: Record<string, (r: Rec) => boolean> = {
  all: () => true,
  ownOneSide: (r) => r.f.unit === 'people' && oneSide(r, (f) => has(f, (k) => k.startsWith('of:'))),
  ownOneSideNA: (r) => r.verdict !== 'agrees' && r.f.unit === 'people' && oneSide(r, (f) => has(f, (k) => k.startsWith('of:'))),
  ownOneSideD: (r) => r.verdict === 'differs' && r.f.unit === 'people' && oneSide(r, (f) => has(f, (k) => k.startsWith('of:'))),
  eventYearOneSide: (r) => r.verdict !== 'agrees' && oneSide(r, (f) => !!f.eventYear),
  yearOneSide: (r) => r.verdict !== 'agrees' && oneSide(r, (f) => !!f.year),
  noMomentOneSide: (r) => r.verdict === 'updated' && oneSide(r, (f) => !f.moment),
  pctUpdated: (r) => r.verdict === 'updated' && r.f.unit === 'percent',
  pctUpd5: (r) => r.verdict === 'updated' && r.f.unit === 'percent' && pts(r) > 5,
  pctUpd10: (r) => r.verdict === 'updated' && r.f.unit === 'percent' && pts(r) > 10,
  pctUpd20: (r) => r.verdict === 'updated' && r.f.unit === 'percent' && pts(r) > 20,
  pctOverlaps: (r) => r.verdict === 'overlaps' && r.f.unit === 'percent',
  partOneSide: (r) => oneSide(r, (f) => has(f, (k) => k === 'part')),
  placeOneSide: (r) => oneSide(r, (f) => has(f, (k) => k.startsWith('loc:'))),
  evOneSide: (r) => oneSide(r, (f) => has(f, (k) => k.startsWith('ev:'))),
  nationsDiffer: (r) => nationKeys(r.f).join() !== nationKeys(r.g).join(),
  nationOneSide: (r) => oneSide(r, (f) => nationKeys(f).length > 0),
  periodOneSide: (r) => oneSide(r, (f) => !!f.period),
  projOneSide: (r) => oneSide(r, (f) => has(f, (k) => k === 'projection')),
  changeOneSide: (r) => oneSide(r, (f) => has(f, (k) => k === 'change')),
  updatedX: (r) => r.verdict === 'updated',
  domOneSide: (r) => r.verdict === 'updated' && dominated(r.f, r.pfs) !== dominated(r.g, r.gfs),
  domPage: (r) => r.verdict === 'updated' && dominated(r.f, r.pfs) && !dominated(r.g, r.gfs),
  domSrc: (r) => r.verdict === 'updated' && !dominated(r.f, r.pfs) && dominated(r.g, r.gfs),
  domEarlier: (r) => r.verdict === 'updated' && (r.f.moment! > r.g.moment! ? dominated(r.g, r.gfs) && !dominated(r.f, r.pfs) : dominated(r.f, r.pfs) && !dominated(r.g, r.gfs)),
  domLater: (r) => r.verdict === 'updated' && (r.f.moment! > r.g.moment! ? !dominated(r.g, r.gfs) && dominated(r.f, r.pfs) : !dominated(r.f, r.pfs) && dominated(r.g, r.gfs)),
  domBoth: (r) => r.verdict === 'updated' && dominated(r.f, r.pfs) && dominated(r.g, r.gfs),
  domAny: (r) => r.verdict !== 'agrees' && (dominated(r.f, r.pfs) || dominated(r.g, r.gfs)),
  newerLower,
  newerLower09: (r) => newerLower(r) && below(r, 0.9),
  newerLower08: (r) => newerLower(r) && below(r, 0.8),
  newerLower066: (r) => newerLower(r) && below(r, 0.66),
  newerLower05: (r) => newerLower(r) && below(r, 0.5),
  nl08noVague: (r) => newerLower(r) && below(r, 0.8) && r.f.qualifier !== 'vague' && r.g.qualifier !== 'vague',
  nl08accum: (r) => newerLower(r) && below(r, 0.8) && r.f.qualifier !== 'vague' && r.g.qualifier !== 'vague' && ['killed', 'wounded', 'casualty'].some((k) => r.f.countsKey.includes(k)),
  nl066accum: (r) => newerLower(r) && below(r, 0.66) && r.f.qualifier !== 'vague' && r.g.qualifier !== 'vague' && ['killed', 'wounded', 'casualty'].some((k) => r.f.countsKey.includes(k)),
  nl08people: (r) => newerLower(r) && below(r, 0.8) && r.f.qualifier !== 'vague' && r.g.qualifier !== 'vague' && r.f.unit === 'people',
  nl08notAccum: (r) => newerLower(r) && below(r, 0.8) && r.f.qualifier !== 'vague' && r.g.qualifier !== 'vague' && !['killed', 'wounded', 'casualty'].some((k) => r.f.countsKey.includes(k)),
  fallEx09: (r) => fallEx(r, 0.9),
  fallEx08: (r) => fallEx(r, 0.8),
  fallEx066: (r) => fallEx(r, 0.66),
  fallEx05: (r) => fallEx(r, 0.5),
  newerLower033: (r) => newerLower(r) && below(r, 0.33),
  newerLowerToll: (r) => newerLower(r) && r.f.countsKey.includes('killed'),
};
const kinds = ['right', 'wrong', 'xrel', 'xkey'] as const;
for (const [name, pred] of Object.entries(classes)) {
  const hit = recs.filter(pred);
  const n = (k: string, v?: string): number => hit.filter((r) => r.kind === k && (!v || r.verdict === v)).length;
  const stories = (k: string[]): number => new Set(hit.filter((r) => k.includes(r.kind)).map((r) => r.story)).size;
  console.log(`${name.padEnd(14)} ${kinds.map((k) => `${k} ${n(k)}`).join(', ')} | x-differs ${n('xrel', 'differs') + n('xkey', 'differs')} x-updated ${n('xrel', 'updated') + n('xkey', 'updated')} | stories: x ${stories(['xrel', 'xkey'])} right ${stories(['right'])}`);
  if (name === showClass) {
    for (const r of hit) {
      console.log(`${r.story} ${r.kind} ${r.verdict}${r.want ? ` want ${r.want}` : ''} [${r.pk}] vs [${r.sk}]`);
      console.log(`   P ${r.pid} ${r.f.moment ?? ''} "${r.f.text}" {${r.f.countsKey.join(' ')}}${r.f.period ? ` period=${r.f.period}` : ''}: ${sentenceOf(r.ft, r.f).slice(0, 260)}`);
      console.log(`   S ${r.sid} ${r.g.moment ?? ''} "${r.g.text}" {${r.g.countsKey.join(' ')}}${r.g.period ? ` period=${r.g.period}` : ''}: ${sentenceOf(r.gt, r.g).slice(0, 260)}`);
    }
  }
}
