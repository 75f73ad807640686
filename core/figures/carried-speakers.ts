/**
 * A count listed after another of the same kind takes its speaker: "Selon l'estimation X, le parti A arrive en
 * tête avec 180 à 215 sièges. Le parti B obtient entre 150 et 180 sièges." / "The X exit poll suggests A will win
 * 150 seats. Meanwhile, B is predicted to secure 132 seats." A sentence that names no speaker and counts what the
 * sentence right before it counts (same unit, same counted thing), in the same paragraph, continues that
 * sentence's list: its speaker, when that sentence has a single one, gives this count too. A paragraph break, a
 * sentence that names a speaker, or a count of another thing ends the list.
 */
import type { Figure } from './types';
import { sentenceBounds, speakerKey } from './attribution';

/** Units whose figures list nothing said by anyone: a year, a date, an ordinal, a bare number. Nor people: a
 * toll or a crowd in the sentence after another's is as often another giver's or another place's count told by
 * the writer, and counts of people are the developing counts whose speakers set two sides against each other
 * (compare.ts `differs`): carried there, on the development set +1 right, and held out one more false `differs`
 * (measured, session 9). */
const NOT_LISTED = new Set(['year', 'date', 'ordinal', 'ordinal-relative', 'number', 'time', 'people']);
/** A breakdown's parts (SUBSET_OPENER) are counts, people among them; its dates and times are no part of the count. */
const SUBSET_NOT_LISTED = new Set(['year', 'date', 'ordinal', 'ordinal-relative', 'time']);

/**
 * speaker37: a sentence that opens by pointing back at the count before it, to break it down ("Among the injured, 1,343
 * are in critical condition", "Of the 10 dead, four were …", "Out of those, 320 were placed in custody", "Parmi les
 * blessés, 2 220 ont été soignés", "Parmi elles, on dénombre …", "Sur les 51 accusés, 14 …"), details what the sentence
 * before counted: its giver gives the parts too, whatever they count (people included: the opener says they are a part
 * of that count, not another giver's). General words of breaking a total down, in both languages; "of / out of / sur"
 * only with a determiner or a pronoun of what was counted, "sur" only before a number ("Sur les bateaux, …" is a place).
 */
const SUBSET_OPENER = /^[\s«“"'’(]*(?:(?:Among|Of|Out of) (?:the|them|those|these|that|this|whom)(?![\p{L}])|(?:Parmi) (?:les|eux|elles|ces|ceux|celles|lesquel)|Sur (?:les|ces) \d|(?:Sur|De|Dans) ce (?:total|nombre|bilan|chiffre)(?![\p{L}]))/iu;
/** An opener that points back by itself: a bare pronoun of what was counted ("Of those", "Parmi eux") or "ce total".
 * Any other opener ("Of the two candidates", "Sur les 12 derniers mois") may name a thing of its own, so it must name
 * the count before (OPENER_NUMBER, or a figure of the same counted thing: see carrySpeakers). */
const OPENER_POINTS_BACK = /^[\s«“"'’(]*(?:(?:Among|Of|Out of) (?:them|those|these|whom)(?![\p{L}])|Parmi (?:eux|elles|ceux|celles|lesquel)|(?:Sur|De|Dans) ce (?:total|nombre|bilan|chiffre)(?![\p{L}]))/iu;
/** The number the opener names ("Of the 10 dead", "Sur les 63 personnes"): a breakdown repeats the total it parts. */
const OPENER_NUMBER = /^[^,\d]{0,20}?(\d[\d  .,]*\d|\d)/u;
/** A span of time ("Sur les 12 derniers mois", "Of the last 10 years") counts a period, never the count before. */
const OPENER_TIME_SPAN = /^[^,]{0,30}?\d+ (?:(?:derni|prochain|past|last|next)\p{L}* )?(?:mois|années?|ans|jours|semaines|heures|years|months|days|weeks|hours)(?![\p{L}])/iu;
/** The digits of a text, in order, with every other character dropped ("16 000" / "16,000" -> "16000"). */
export const digitsOf = (s: string): string => s.replace(/\D/g, '');

export function carrySpeakers(figs: Figure[], text: string): void {
  const sorted = [...figs].sort((x, y) => x.start - y.start);
  // Figures by the start of their sentence.
  const bySentence = new Map<number, Figure[]>();
  const sentenceOf = new Map<Figure, [number, number]>();
  for (const f of sorted) {
    const s = sentenceBounds(text, f.start, f.end);
    sentenceOf.set(f, s);
    const list = bySentence.get(s[0]);
    if (list) list.push(f); else bySentence.set(s[0], [f]);
  }
  for (const [a, own] of bySentence) {
    if (own.some((f) => f.saidBy)) continue;
    // speaker37: a breakdown's opener points back across a paragraph break too (a new paragraph often opens on it). A
    // heading between stops it: the "sentence before" is then the heading line, which holds no said figure (`before` is
    // empty or has no single giver), so nothing is carried.
    const subset = SUBSET_OPENER.test(text.slice(a, sentenceOf.get(own[0])![1]));
    // The sentence before, in the same paragraph: no line break between them.
    let e = a - 1;
    while (e > 0 && (subset ? /\s/ : /[ \t]/).test(text[e])) e--;
    if (e <= 0 || text[e] === '\n') continue;
    const [pa] = sentenceBounds(text, e, e);
    const before = bySentence.get(pa);
    if (!before) continue;
    const speakers = new Set(before.filter((g) => g.saidBy).map((g) => speakerKey(g.saidBy!)));
    if (speakers.size !== 1) continue;
    const giver = before.find((g) => g.saidBy)!.saidBy!;
    if (subset) {
      const opener = text.slice(a, sentenceOf.get(own[0])![1]);
      if (OPENER_TIME_SPAN.test(opener)) continue;
      if (!OPENER_POINTS_BACK.test(opener)) {
        // The opener names the count before: its number, or a figure of this sentence counts the same thing.
        const n = OPENER_NUMBER.exec(opener.split(',')[0]);
        const sameNumber = !!n && before.some((g) => digitsOf(text.slice(g.start, g.end)) === digitsOf(n[1]));
        const sameThing = own.some((f) => before.some((g) => g.saidBy && g.countsKey[0] === f.countsKey[0] && g.unit === f.unit));
        if (!sameNumber && !sameThing) continue;
      }
      for (const f of own) if (!SUBSET_NOT_LISTED.has(f.unit)) f.saidBy = giver;
      continue;
    }
    for (const f of own) {
      if (NOT_LISTED.has(f.unit)) continue;
      const sameKind = before.some((g) => g.saidBy && g.unit === f.unit && g.countsKey[0] === f.countsKey[0]);
      if (sameKind) f.saidBy = giver;
    }
  }
}
