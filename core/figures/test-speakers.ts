/** Test helper shared by the speaker tests (not used by the engine). */
import { findSpeaker } from './attribution';

/** The speaker findSpeaker gives the first occurrence of `quote` in `text`. */
export const speakerOf = (text: string, quote: string, lang: 'fr' | 'en'): string | undefined => {
  const at = text.indexOf(quote);
  if (at < 0) throw new Error(`"${quote}" not in the text`);
  return findSpeaker(text, at, at + quote.length, lang);
};
