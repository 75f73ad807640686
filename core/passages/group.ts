import type { Passage, Span } from '../types';

export interface PassageGroup {
  page: Span;
  matches: Passage[];
}

/** One group per page span, with its counterpart in each source: how the popup and cards show them. */
export function groupPassages(passages: Passage[]): PassageGroup[] {
  const groups = new Map<string, PassageGroup>();
  for (const p of passages) {
    const key = `${p.page.start}-${p.page.end}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { page: p.page, matches: [] }));
    g.matches.push(p);
  }
  return [...groups.values()].sort((a, b) => a.page.start - b.page.start);
}
