/**
 * The words that keep refused cross-language pairs apart (session 26, context26): for each expected figure pair of
 * one French and one English figure refused for context (matchDetail reason 'context'), the plain words of each
 * clause that the other clause does not hold: `w:` keys that are no table word's (count-head.ts listedWordToken gives
 * the table's words of type `word` a `w:` key too, "w:decrease" for "w-decrease"; those are dropped, the table already
 * knows them), with the forms the texts write them in, counted by the STORIES they occur in (a word of one story only is that story's word, never a
 * lexicon entry). Beside each word, the other language's unmatched words that stand opposite it most often, as a hint
 * for its translation. A tool for choosing lexicon entries, not a measure.
 * Usage: tsx scripts/dev/context-words.ts [story,story...|all] [minStories]
 */
import { concept } from '../../core/concepts/index';
import { matchDetail } from '../../core/figures/index';
import { fold } from '../../core/text/fold';
import { stem } from '../../core/text/stem';
import { devsetStories, goldPairs } from './devset-stories';

const [storyArg, minArg] = process.argv.slice(2);
const wanted = storyArg && storyArg !== 'all' ? new Set(storyArg.split(',')) : undefined;
const minStories = Number(minArg ?? 2);
if (!Number.isInteger(minStories) || minStories < 1) {
  console.error(`minStories must be a whole number of at least 1, not "${minArg}"`);
  console.error('Usage: tsx scripts/dev/context-words.ts [story,story...|all] [minStories]');
  process.exit(1);
}
/** Is this `w:` key's word one of the concept table's (listedWordToken's key for the concept "w-<word>")? */
const tableWord = (word: string): boolean => concept(`w-${word}`) !== undefined;
type Entry = { stories: Set<string>; pairs: number; forms: Set<string>; opposite: Map<string, Set<string>> };
const words = { fr: new Map<string, Entry>(), en: new Map<string, Entry>() };
/** Each text's words by stem, made once per text: the same page holds many pairs. */
const FORMS = new Map<string, Map<string, Set<string>>>();
const formsOf = (text: string): Map<string, Set<string>> => {
  const cached = FORMS.get(text);
  if (cached) return cached;
  const m = new Map<string, Set<string>>();
  for (const w of fold(text).match(/\p{L}+/gu) ?? []) { const s = stem(w); if (!m.has(s)) m.set(s, new Set()); m.get(s)!.add(w); }
  FORMS.set(text, m);
  return m;
};
for (const s of devsetStories()) {
  if (wanted && !wanted.has(s.story)) continue;
  for (const { p, text, pf, i, g, src, want, got } of goldPairs(s)) {
    if (got === want || i < 0 || !g) continue;
    const pl = p.lang ?? 'fr';
    if (pl === src.lang) continue;
    const f = pf[i];
    if (matchDetail(f, g).reason !== 'context') continue;
    const sides = pl === 'fr' ? [[f, text, g], [g, src.text, f]] as const : [[g, src.text, f], [f, text, g]] as const;
    const unmatched = sides.map(([a, , b]) => (a.context ?? []).filter((c) => c.startsWith('w:') && !(b.context ?? []).includes(c)).map((c) => c.slice(2)).filter((w) => !tableWord(w)));
    (['fr', 'en'] as const).forEach((lang, j) => {
      const forms = formsOf(sides[j][1]);
      for (const w of unmatched[j]) {
        const e = words[lang].get(w) ?? { stories: new Set(), pairs: 0, forms: new Set(), opposite: new Map() };
        e.stories.add(s.story); e.pairs++;
        for (const x of forms.get(w) ?? []) e.forms.add(x);
        for (const o of unmatched[1 - j]) { if (!e.opposite.has(o)) e.opposite.set(o, new Set()); e.opposite.get(o)!.add(s.story); }
        words[lang].set(w, e);
      }
    });
  }
}
for (const lang of ['fr', 'en'] as const) {
  console.log(`## ${lang}`);
  const rows = [...words[lang]].filter(([, e]) => e.stories.size >= minStories).sort((a, b) => b[1].stories.size - a[1].stories.size || b[1].pairs - a[1].pairs);
  for (const [w, e] of rows) {
    const opp = [...e.opposite].sort((a, b) => b[1].size - a[1].size).slice(0, 8).map(([o, st]) => `${o}:${st.size}`).join(' ');
    console.log(`${w}\t${e.stories.size}st ${e.pairs}p\t[${[...e.forms].slice(0, 6).join(' ')}]\t${[...e.stories].slice(0, 6).join(',')}\t<> ${opp}`);
  }
}
