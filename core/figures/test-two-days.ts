/** Test helper shared by the context tests (not used by the engine). Each side is read on another day, so that no rule
 * of one day (oneDayExactValue) lets a pair through: only the words the two clauses share and the values decide. */
import { extractFigures } from './index';
import type { Lang } from '../types';
import type { Figure } from './types';

/** The figure whose text is `q` in `text`, read as published on `published`; throws when there is none. */
export const figureOn = (text: string, lang: Lang, q: string, published: string): Figure => {
  const f = extractFigures(text, lang, { published }).find((x) => x.text === q);
  if (!f) throw new Error(`no figure "${q}" in: ${text}`);
  return f;
};
/** A French sentence's figure, read on a Monday. */
export const readFr = (text: string, q: string): Figure => figureOn(text, 'fr', q, '2025-06-02');
/** An English sentence's figure, read three days later. */
export const readEn = (text: string, q: string): Figure => figureOn(text, 'en', q, '2025-06-05');
