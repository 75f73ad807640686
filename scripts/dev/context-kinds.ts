/**
 * The expected figure pairs refused for context (matchDetail reason 'context'), classed by what the two frames do have
 * in common (session 48, ctx48), as a table class x story x page language. Each pair gets every flag that holds, and
 * its class is the first flag in this order:
 *   repeated      the source figure's value (one exact value, same unit) is told in RECURRING_DOCS or more of the
 *                 story's corpus articles: a figure the corpus repeats (a headline figure);
 *   exact         one exact value on both sides, same unit (not repeated across the corpus);
 *   agree         the two intervals agree otherwise (a bound, a rounding);
 *   speaker       one side's speaker is named in the other's clause, or both name one speaker;
 *   tiny          one side's clause holds two context words or fewer (its frame is in another sentence);
 *   other         none of these (the values differ and the clauses say different words).
 * The language column is the page's; `cross` counts the pairs whose page and source languages differ.
 * A tool for choosing what to mend, not a measure. Usage: tsx scripts/dev/context-kinds.ts [story,story...|all] [class]
 * (with a class, each pair of that class is printed with both frames).
 */
import { matchDetail, intervalVerdict } from '../../core/figures/index';
import { oneNamedSpeaker } from '../../core/figures/match';
import { asYearOf, inUnitOf } from '../../core/figures/unit-scales';
import type { Figure } from '../../core/figures/types';
import { devsetStories, goldPairs } from './devset-stories';

const [storyArg, showClass] = process.argv.slice(2);
const wanted = storyArg && storyArg !== 'all' ? new Set(storyArg.split(',')) : undefined;
/** Corpus articles that must tell one value for it to count as repeated: two (the source's and one more). */
const RECURRING_DOCS = 2;
/** Letters of a name word (a context key `n:<word>`, its two-letter prefix cut) that must be found in the other side's
 * speaker: four, enough to tell a name and to meet it declined or cut ("Macron", "macron's"). */
const NAME_PREFIX = 4;
/** Context words a clause may hold and still count as tiny: two (a verb and its object, the frame in another sentence). */
const TINY_CONTEXT = 2;
/** One exact value, not vague: the same reading as repeated-value-context.ts's `exact`. */
const exactValue = (f: Figure): boolean => typeof f.low === 'number' && f.low === f.high && f.qualifier !== 'vague';
const exact = (a: Figure, b: Figure): boolean => exactValue(a) && exactValue(b) && a.low === b.low;
const table: Record<string, Record<string, number>> = {};
const stories: Record<string, Set<string>> = {};
const cols = new Set<string>();
const add = (k: string, col: string, story: string): void => {
  (table[k] ??= {})[col] = (table[k][col] ?? 0) + 1;
  (stories[k] ??= new Set()).add(story);
};
const show = (f: Figure): string => `"${f.text}" ${f.unit} [${f.countsKey.join(' ')}]${f.saidBy ? ` by ${f.saidBy}` : ''} ctx{${(f.context ?? []).join(' ')}}`;
for (const s of devsetStories()) {
  if (wanted && !wanted.has(s.story)) continue;
  const pairs = [...goldPairs(s)];
  // The story's corpus articles, as the pairs give them (every article with a gold figure of a same-story key).
  const corpus = [...new Map(pairs.map((x) => [x.src.id, x.src.figures])).values()];
  for (const { p, pf, i, g, src, want, got, pg } of pairs) {
    if (got === want || i < 0 || !g) continue;
    const gu = inUnitOf(pf[i], g);
    const a = asYearOf(pf[i], gu) ?? pf[i];
    const b = asYearOf(gu, pf[i]) ?? gu;
    const md = matchDetail(a, b);
    if (md.reason !== 'context') continue;
    const lang = p.lang ?? 'fr';
    const cross = lang !== src.lang;
    // Corpus articles telling the source's value in its unit (the source's own included).
    let docs = 0;
    for (const d of corpus) if (d.some((x) => x.unit === b.unit && exact(x, b))) docs++;
    const flags: string[] = [];
    if (exact(a, b) && docs >= RECURRING_DOCS) flags.push('repeated');
    if (exact(a, b)) flags.push('exact');
    else if (intervalVerdict(a, b) === 'agrees') flags.push('agree');
    const named = (x: Figure, y: Figure): boolean => !!x.saidBy && (y.context ?? []).some((c) => c.startsWith('n:') && x.saidBy!.toLowerCase().includes(c.slice('n:'.length, 'n:'.length + NAME_PREFIX)));
    if ((a.saidBy && b.saidBy && oneNamedSpeaker(a.saidBy, b.saidBy)) || named(a, b) || named(b, a)) flags.push('speaker');
    if ((a.context ?? []).length <= TINY_CONTEXT || (b.context ?? []).length <= TINY_CONTEXT) flags.push('tiny');
    const cls = flags[0] ?? 'other';
    const col = `${s.story} ${lang}`;
    cols.add(col);
    add(cls, col, s.story);
    add(`${cls} ${cross ? 'cross' : 'same'}-lang`, col, s.story);
    add(`${cls} ${md.bar}`, col, s.story);
    for (const f of flags) add(`flag:${f}`, col, s.story);
    add('all', col, s.story);
    if (showClass && cls === showClass) {
      console.log(`${s.story} ${lang}-${src.lang} ${md.bar} ${md.shared}/${md.need} docs=${docs} want ${want} [${pg.key}] flags ${flags.join(',')}\n   page ${p.id}: ${show(a)}\n   src  ${src.id}: ${show(b)}`);
    }
  }
}
// Totals per class: pairs, stories, pairs per page language.
console.log('class\tpairs\tstories\ten pages\tfr pages');
for (const k of Object.keys(table).sort()) {
  const row = table[k];
  const by = (l: string): number => Object.entries(row).filter(([c]) => c.endsWith(` ${l}`)).reduce((x, [, v]) => x + v, 0);
  console.log(`${k}\t${by('en') + by('fr')}\t${stories[k].size}\t${by('en')}\t${by('fr')}`);
}
if (process.env.PER_STORY) {
  const colList = [...cols].sort();
  console.log(['class', ...colList].join('\t'));
  for (const k of Object.keys(table).sort()) console.log([k, ...colList.map((c) => table[k][c] ?? 0)].join('\t'));
}
