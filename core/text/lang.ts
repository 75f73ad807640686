import type { Lang } from '../types';

/** How many characters to look at: function words settle the question long before that. */
const SAMPLE_CHARS = 20000;

/** French or English, from the frequency of each language's commonest function words. */
export function guessLang(text: string): Lang {
  const sample = text.slice(0, SAMPLE_CHARS).toLowerCase();
  const count = (re: RegExp) => (sample.match(re) ?? []).length;
  const fr = count(/(?:^|[^\p{L}])(?:le|la|les|des|du|est|une|dans|pour|qui|avec|sur)(?=[^\p{L}]|$)/gu);
  const en = count(/(?:^|[^\p{L}])(?:the|and|of|is|was|with|for|that|from|on|by)(?=[^\p{L}]|$)/gu);
  return en > fr ? 'en' : 'fr';
}

/** A declared language ("fr-FR", "en") when it is one we handle, else a guess from the text. */
export function resolveLang(declared: string | null | undefined, text: string): Lang {
  const d = (declared ?? '').trim().toLowerCase().slice(0, 2);
  if (d === 'fr' || d === 'en') return d;
  return guessLang(text);
}
