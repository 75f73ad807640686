/**
 * Spaces of any width, as French copy writes them: a tab, the no-break space (U+00A0), the thin space (U+2009) and the
 * narrow no-break space (U+202F) stand where English puts a plain space ("12\u202f000", "président\u2009dénonce").
 * One definition, so that every reader of the gap between two words accepts the same ones.
 */
export const SPACE = /[ \t\u00a0\u2009\u202f]/;
/** A gap made of spaces only (SPACE), one or more: two words of one phrase with no punctuation between. */
export const SPACE_GAP = new RegExp(`^${SPACE.source}+$`);
