/**
 * Another event's count: a figure whose own clause names a calendar year, other than its article's, as the time of
 * what it counts ("when between 3.3 million and 5.6 million people showed up at the 2017 Women's March", "lors de la
 * marche de 2017, 3 millions de personnes", "in 2019 the party won 157 seats"). Such a count is of another event
 * than the story's (a previous record, an earlier election); compare.ts never sets it against a count of another or
 * of no known year as a disagreement. Pure.
 */
import type { Tok } from './tokens';
import type { Figure } from './types';
import { EVENT_YEAR } from './years';

/** Tokens searched after the figure ("… people showed up at the 2017 Women's March": seven; "… personnes ont défilé
 * lors de la grève générale de 2019": ten, French names its events with more words) and before it ("Lors de la marche
 * de 2017, entre 3,3 et …": seven). Further, a year is most often another fact's. */
const EVENT_YEAR_RIGHT = 10;
const EVENT_YEAR_LEFT = 8;
/** Words before a year that make it the time of a thing named: "the 2017 march", "la marche de 2017", "in 2017". */
const YEAR_OPENERS: ReadonlySet<string> = new Set(['the', 'of', 'in', 'at', 'de', 'du', 'des', 'en', 'dans', 'lors']);
/** Words that end the search: a year after them is another value's or a period's bound ("more than in 2017",
 * "since 2017", "by 2030", "contre 5 millions en 2017"). */
const STOP: ReadonlySet<string> = new Set(['than', 'que', 'qu', 'contre', 'against', 'versus', 'vs', 'compared', 'since', 'depuis', 'by', 'until', 'jusqu', 'avant', 'before', 'after', 'apres', 'from']);
const CLAUSE_END: ReadonlySet<string> = new Set(['.', '!', '?', ';', ':', '(', ')']);

/**
 * The year (YYYY) the figure at tokens [i0, i1) is of when its clause names one as the time of what it counts, other
 * than the article's year; undefined otherwise. A year inside a date (`inDate`) is that date's, read elsewhere. A
 * comma ends the search after the figure (what follows is another phrase), and before it too, unless the phrase
 * before the comma opens the sentence ("In 2017, 3 million …", "Lors de la marche de 2017, …"): an aside between
 * commas is another fact's ("The company, founded in 1998, employs 3,000 people").
 */
export function eventYear(toks: Tok[], i0: number, i1: number, inDate: (k: number) => boolean, published: string | undefined): string | undefined {
  const pub = published?.slice(0, 4);
  const yearAt = (k: number): string | undefined => {
    const t = toks[k];
    if (t.kind !== 'd' || !EVENT_YEAR.test(t.t) || inDate(k) || !YEAR_OPENERS.has(toks[k - 1]?.t ?? '')) return undefined;
    return t.t === pub ? undefined : t.t;
  };
  for (let k = i1, n = 0; k < toks.length && n < EVENT_YEAR_RIGHT; k++, n++) {
    const t = toks[k];
    if (CLAUSE_END.has(t.t) || t.t === ',' || t.nl || STOP.has(t.t)) break;
    const y = yearAt(k);
    if (y) return y;
    if (t.kind === 'd') break;
  }
  for (let k = i0 - 1, n = 0; k >= 0 && n < EVENT_YEAR_LEFT; k--, n++) {
    const t = toks[k];
    if (CLAUSE_END.has(t.t) || toks[k + 1].nl || STOP.has(t.t)) break;
    if (t.t === ',' && !opensSentence(toks, k)) break;
    if (t.kind === 'd') {
      if (STOP.has(toks[k - 1]?.t ?? '')) break;
      return yearAt(k);
    }
  }
  return undefined;
}

/** Does the phrase ending before the comma at k open its sentence (no other comma, no clause end before it)? */
function opensSentence(toks: Tok[], k: number): boolean {
  for (let q = k - 1; q >= 0; q--) {
    if (toks[q].t === ',') return false;
    if (CLAUSE_END.has(toks[q].t)) return true;
    if (toks[q].nl) return true;
  }
  return true;
}

/** The year a figure's count is of, as far as its article says: its named year, its day's, else its article's. */
const knownYear = (f: Figure, published: string | undefined): string | undefined =>
  f.eventYear ?? f.year ?? (f.moment && /^\d{4}/.test(f.moment) ? f.moment.slice(0, 4) : undefined) ?? (published && /^\d{4}/.test(published) ? published.slice(0, 4) : undefined);

/**
 * Two counts of which one is another year's event: one side names a year of its own (eventYear) and the other is of
 * another year, or of none known. Never a disagreement (compare.ts).
 */
export function otherEventApart(f: Figure, g: Figure, dayF: string | undefined, dayG: string | undefined): boolean {
  if (!f.eventYear && !g.eventYear) return false;
  const yf = knownYear(f, dayF);
  const yg = knownYear(g, dayG);
  return yf === undefined || yg === undefined || yf !== yg;
}
