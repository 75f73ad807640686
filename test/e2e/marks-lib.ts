/**
 * Reading what Recoupe marked in a page, from the page itself, the same way in Chromium
 * (playwright) and Firefox (puppeteer): Highlight API ranges, or the fallback's wrapper elements.
 */

import type { FigureReport } from '../../core/types';
import { isMinorFigure } from '../../ui-text/figureRows';

export const norm = (x: string) => x.replace(/\s+/g, ' ').trim();

/** What a background tab state says should be marked (the parts the suites read). */
export interface DoneState {
  status: 'done';
  result: { passages: Array<{ page: { text: string }; source: { text: string } }>; figures: Array<{ page: { text: string }; comparisons: unknown[]; unit: string; salient?: boolean }> };
}

export interface Marks {
  passages: string[];
  figures: string[];
  wrappers: number;
}

/**
 * One passage per page span, and the figures that have comparisons, but not those the popup folds
 * (dates, small numbers): the page draws those quiet, undrawn until the popup scrolls to one.
 */
export function expectedMarks(st: DoneState): { passages: string[]; figures: string[] } {
  return {
    // The popup's copy gives a page span's text once (messaging/popup-result.ts): the others are ''.
    passages: [...new Set(st.result.passages.map((p) => norm(p.page.text)).filter((t) => t !== ''))],
    figures: [...new Set(st.result.figures.filter((f) => f.comparisons.length > 0 && !isMinorFigure(f as FigureReport)).map((f) => norm(f.page.text)))],
  };
}

interface Evaluating {
  evaluate<T>(fn: () => T | Promise<T>): Promise<T>;
}

export async function readMarks(page: Evaluating): Promise<Marks> {
  const raw = await page.evaluate(() => {
    const passages: string[] = [];
    const figures: string[] = [];
    for (const [name, hl] of CSS.highlights as unknown as Map<string, Set<Range>>) {
      if (name.startsWith('recoupe-passage')) for (const r of hl) passages.push(r.toString());
      if (name.startsWith('recoupe-figure')) for (const r of hl) figures.push(r.toString());
    }
    const byId = new Map<string, string>();
    // A quiet wrapper (a folded figure, styled as nothing) is no drawn mark.
    const wrappers = document.querySelectorAll('recoupe-mark:not([data-recoupe-quiet])');
    for (const w of wrappers) {
      const id = (w as HTMLElement).dataset.id ?? '';
      byId.set(id, (byId.get(id) ?? '') + (w.textContent ?? ''));
    }
    for (const [id, text] of byId) (id.startsWith('p:') ? passages : figures).push(text);
    return { passages, figures, wrappers: wrappers.length };
  });
  return { passages: [...new Set(raw.passages.map(norm))], figures: [...new Set(raw.figures.map(norm))], wrappers: raw.wrappers };
}

/** Scrolls the first marked passage into view and returns a point on it, for hovering. */
export async function firstPassagePoint(page: Evaluating): Promise<{ x: number; y: number; text: string } | null> {
  return page.evaluate(() => {
    for (const [name, hl] of CSS.highlights as unknown as Map<string, Set<Range>>) {
      if (!name.startsWith('recoupe-passage')) continue;
      const range = [...hl][0];
      (range.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
      const r = range.getClientRects()[0];
      return { x: r.left + 5, y: r.top + r.height / 2, text: range.toString() };
    }
    return null;
  });
}

export interface Traces {
  same: boolean;
  style: boolean;
  host: boolean;
  registered: number;
}

/**
 * Our page-side traces after highlights are off: none may remain. `page` is a playwright or
 * puppeteer page; their evaluate() generics differ, hence the narrow cast.
 */
export async function traces(page: unknown, fixtureUrl: string): Promise<Traces> {
  const p = page as { evaluate(fn: (u: string) => Promise<Traces>, u: string): Promise<Traces> };
  return p.evaluate(async (u: string) => {
    const fresh = new DOMParser().parseFromString(await (await fetch(u)).text(), 'text/html');
    return {
      same: fresh.body.innerHTML === document.body.innerHTML,
      style: !!document.getElementById('recoupe-highlight-style'),
      host: !!document.querySelector('recoupe-card-host'),
      registered: [...(CSS.highlights as unknown as Map<string, unknown>).keys()].filter((k) => k.startsWith('recoupe')).length,
    };
  }, fixtureUrl);
}

/** Marked text per highlight name (Highlight API) or per wrapper kind (fallback). */
export async function marksByKind(page: Evaluating): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, hl] of CSS.highlights as unknown as Map<string, Set<Range>>) {
      if (name.startsWith('recoupe-')) out[name.slice('recoupe-'.length)] = [...hl].map((r) => r.toString().replace(/\s+/g, ' ').trim());
    }
    for (const w of document.querySelectorAll('recoupe-mark:not([data-recoupe-quiet])')) {
      const kind = (w as HTMLElement).dataset.kind ?? '';
      (out[kind] ??= []).push((w.textContent ?? '').trim());
    }
    return out;
  });
}

/** Texts of the popup's list items that mention both a value and a verdict label. */
export async function popupRowsWith(page: Evaluating & { evaluate<T>(fn: () => T): Promise<T> }): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll('li')].map((li) => (li.textContent ?? '').replace(/\s+/g, ' ')));
}

/**
 * Scrolls the first mark whose highlight name starts with `prefix` (`recoupe-passage`,
 * `recoupe-figure`) and whose text is `text` (whitespace folded) into view, and returns a point
 * in the middle of its first box, for hovering. Highlight API marks only.
 */
export async function pointOnMark(page: { evaluate<T, A>(fn: (a: A) => T, a: A): Promise<T> }, prefix: string, text: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate(([pre, want]) => {
    for (const [name, hl] of CSS.highlights as unknown as Map<string, Set<Range>>) {
      if (!name.startsWith(pre)) continue;
      const range = [...hl].find((r) => r.toString().replace(/\s+/g, ' ').trim() === want);
      if (!range) continue;
      (range.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
      const r = range.getClientRects()[0];
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return null;
  }, [prefix, text] as const);
}
