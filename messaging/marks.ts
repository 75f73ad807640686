/**
 * Ids shared by the popup (click to scroll) and the content script (highlights): derived from the
 * page offsets, so both sides compute the same id without another message.
 */
export function passageMarkId(start: number, end: number): string {
  return `p:${start}-${end}`;
}

export function figureMarkId(start: number, end: number): string {
  return `f:${start}-${end}`;
}
