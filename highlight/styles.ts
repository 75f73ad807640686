/**
 * The one style sheet we add to the page. Every rule targets ::highlight(recoupe-*) or our own
 * <recoupe-mark> element, so the page itself is never restyled. Colours are translucent and the
 * text colour is never changed, so marks read on light and dark pages alike.
 */
import type { MarkKind } from './types';

export const STYLE_ID = 'recoupe-highlight-style';
export const WRAPPER_TAG = 'recoupe-mark';
export const FLASH_NAME = 'recoupe-flash';
/** Attribute set on wrappers while they flash (wrap mode has no flash highlight). */
export const FLASH_ATTR = 'data-recoupe-flash';
/** Attribute of a quiet mark's wrappers (types.ts, MarkRequest.quiet): unstyled until it flashes. */
export const QUIET_ATTR = 'data-recoupe-quiet';

export const KINDS: readonly MarkKind[] = [
  'passage-verbatim', 'passage-close', 'passage-paraphrase',
  'figure-differs', 'figure-overlaps', 'figure-agrees', 'figure-related', 'figure-updated',
];

export const highlightName = (kind: MarkKind): string => `recoupe-${kind}`;

/** Figures sit inside passages: they paint above them, and the flash above all. */
export const priorityOf = (kind: MarkKind): number => (kind.startsWith('figure') ? 2 : 1);
export const FLASH_PRIORITY = 10;

// background, then text-decoration (the only properties ::highlight() honours besides colour).
const LOOK: Record<MarkKind, [string, string]> = {
  'passage-verbatim': ['rgba(255,190,0,.36)', 'underline 2px rgba(214,150,0,.9)'],
  'passage-close': ['rgba(255,190,0,.26)', 'underline 2px rgba(214,150,0,.7)'],
  'passage-paraphrase': ['rgba(255,190,0,.16)', 'underline dotted 2px rgba(214,150,0,.8)'],
  'figure-differs': ['rgba(235,45,45,.30)', 'underline wavy 1px #e03131'],
  'figure-overlaps': ['rgba(255,135,0,.30)', 'underline 2px #f08c00'],
  'figure-agrees': ['rgba(45,180,90,.28)', 'underline 2px #2b9a4f'],
  'figure-related': ['rgba(140,140,140,.14)', 'underline dashed 1px #909090'],
  // A value that moved over time: blue, never the red of a contradiction.
  'figure-updated': ['rgba(40,110,200,.12)', 'underline dotted 2px #2a6fc8'],
};
const FLASH_BG = 'rgba(40,140,255,.55)';

export function styleSheet(): string {
  const rules = KINDS.map((k) => {
    const [bg, deco] = LOOK[k];
    const body = `background-color:${bg};text-decoration:${deco};`;
    return `::highlight(${highlightName(k)}){${body}}${WRAPPER_TAG}[data-kind="${k}"]{${body}}`;
  });
  return (
    `${WRAPPER_TAG}{display:inline;color:inherit;font:inherit;border-radius:2px;}` +
    rules.join('') +
    // After the kinds' rules (same specificity) and before the flash's, which must still show on it.
    `${WRAPPER_TAG}[${QUIET_ATTR}]{background-color:transparent;text-decoration:none;}` +
    `::highlight(${FLASH_NAME}){background-color:${FLASH_BG};}` +
    `${WRAPPER_TAG}[${FLASH_ATTR}]{background-color:${FLASH_BG};transition:background-color .3s;}`
  );
}
