/**
 * What a figure counts, in the UI language. The engine names a count in English; the background adds its
 * French (`countsFr`, core/figures/counts-fr.ts, from the concept table's French labels) where every part of
 * it has one. Without it a French UI shows the English label as it is (marked lang="en"): a reader is
 * better served by clean English than by franglais.
 */
export function countsLabel(counts: string, uiLang: string, countsFr?: string): { text: string; lang: string } {
  if (uiLang.startsWith('fr') && countsFr) return { text: countsFr, lang: 'fr' };
  return { text: counts, lang: 'en' };
}
