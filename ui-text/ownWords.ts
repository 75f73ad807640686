import type { Qualifier } from '../core/types';

/**
 * The writer's own words for a figure whose value is a convention rather than a number they wrote
 * ("des milliers", "une quarantaine", "several hundred", "a dozen"): the reader should see what the
 * text says, the interval Recoupe compares it as only beside it. Null for a figure written in
 * digits, or a lone number word, whose formatted value says the same as its words.
 */
export function ownWords(text: string, qualifier: Qualifier): string | null {
  const words = text.replace(/\s+/g, ' ').trim();
  if (!words || /\d/.test(words)) return null;
  // A lone number word ("three", "trois") is its value; "a dozen" or "des milliers" is a way of counting.
  return qualifier === 'vague' || qualifier === 'about' || words.includes(' ') ? words : null;
}
