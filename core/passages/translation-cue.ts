import type { Lang, Passage } from '../types';

/**
 * Every passage whose source is in the other language carries the `translated` cue, however it was
 * found: the cross-language aligner sets it, but the within-language matcher also pairs an English
 * page with a French source when the two share enough names and numbers ("2,946 people ... 5,674" /
 * "2 946 ... 5 674 personnes"), and without the cue the popup showed such a pair as a word diff in
 * which every word differs, the card said nothing of the language, and `recoupe compare` left it out.
 */
export function withTranslationCues(passages: Passage[], pageLang: Lang, langOf: (id: string) => Lang | undefined): Passage[] {
  if (!passages.some((p) => !p.translated && langOf(p.source.id) !== undefined && langOf(p.source.id) !== pageLang)) return passages;
  return passages.map((p) => {
    const lang = langOf(p.source.id);
    return p.translated || lang === undefined || lang === pageLang ? p : { ...p, translated: true as const };
  });
}
