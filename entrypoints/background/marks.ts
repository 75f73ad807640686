/**
 * What to mark in the page for one result: quote selectors (exact text with some context, and a
 * position hint) and the plain-text card each mark shows on hover. Built in the background, which
 * holds the source texts; the content script only anchors and draws.
 */
import type { CompareResult, CorpusDoc, FigureComparison, FigureReport, Passage, Verdict } from '../../core/types';
import type { MarkKind, MarkRequest } from '../../highlight/types';
import { quoteSelector as selector } from '../../highlight/selector';
import { passageMarkId, figureMarkId } from '../../messaging/marks';
import { groupPassages } from '../../core/passages/group';
import { t, uiLang } from '../../ui-text/i18n';
import { countsLabel } from '../../ui-text/countsLabel';
import { countsInFrench } from '../../core/figures/counts-fr';
import { updateStep, updateStepText } from '../../ui-text/updateStep';
import { isMinorFigure } from '../../ui-text/figureRows';
import { yearNote } from '../../ui-text/figureYear';
import { saidByText } from '../../ui-text/saidBy';
import { relatedReason } from '../../ui-text/relatedReason';
import { byVerdict, worstVerdict } from '../../messaging/shown-limits';

/** A card quoting a source sentence stops here: the popup has the full text. */
const MAX_CARD_QUOTE = 320;

/** Quote marks closing a sentence right after its stop, French ones after a space: '." ' or '. »'. */
const CLOSING_QUOTE_AFTER_STOP = /^(?:[ \u00A0\u202F]?»|["”’])+/;
/** Characters read after a stop for its closing quote marks: a space and a guillemet, or a few marks. */
const CLOSING_QUOTE_REACH = 4;
/** A quote mark, then a space, at the start of a cut sentence: the previous sentence's closing quote. */
const LEFTOVER_CLOSING_QUOTE = /^["”»’]\s+/;

/** The sentence around a span of a source text, for a card. */
function sentenceAround(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && !/[.!?\n]/.test(text[s - 1])) s--;
  let e = end;
  while (e < text.length && !/[.!?\n]/.test(text[e])) e++;
  // The quote mark that closes a quoted sentence comes after its full stop (French puts a space, often a no-break one,
  // before «»»): it stays with it. A cut at a line break takes nothing: the quote after it opens the next paragraph.
  if (e < text.length && text[e] !== '\n') {
    const after = CLOSING_QUOTE_AFTER_STOP.exec(text.slice(e + 1, e + 1 + CLOSING_QUOTE_REACH));
    if (after) e += after[0].length;
  }
  // After a quoted sentence ('… brutality." He added') the cut starts on the quote that closed it
  // (one the previous sentence's end did not take, as "?»"): it belongs there, not here.
  const sentence = text.slice(s, Math.min(text.length, e + 1)).trim().replace(LEFTOVER_CLOSING_QUOTE, '');
  return sentence.length > MAX_CARD_QUOTE ? sentence.slice(0, MAX_CARD_QUOTE - 1) + '…' : sentence;
}

function figureKind(f: FigureReport): MarkKind {
  // The popup's row takes the same colour (worstVerdict): the mark and the row never disagree.
  return `figure-${worstVerdict(f.comparisons)}` as MarkKind;
}

/**
 * A comparison's verdict for the card; an update says so with its step and both days; a source value
 * for another year than its article's says that year, as the popup does ("agrees · for 2026").
 */
function noteFor(f: FigureReport, c: FigureComparison, pagePublished: string | undefined, sourcePublished: string | undefined): string {
  const step = updateStep(f, c);
  // A same count left 'related' for want of a date says so, as the popup's badge does.
  const undated = relatedReason(f, c, pagePublished, sourcePublished) === 'undated';
  const note = step ? t('cardUpdated', updateStepText(step)) : t(undated ? 'verdict_related_undated' : `verdict_${c.verdict}`);
  const year = yearNote(c.year, sourcePublished);
  return year ? `${note} · ${year}` : note;
}

/** A passage's kind for the card, with the popup's translation cue when the source is in the other language. */
function passageNote(m: Passage): string {
  const kind = t(`kind_${m.kind}`);
  return m.translated ? `${kind} · ${t('kind_translated')}` : kind;
}

/** What a figure counts, in the UI language as the popup says it, the year it is for when not the page's, and who says it on the page. */
function figureHeading(f: FigureReport, published: string | undefined, pageLang: string | undefined): string {
  const year = yearNote(f.year, published);
  return [countsLabel(f.counts, uiLang(), countsInFrench(f.counts) ?? undefined).text, year, f.saidBy && saidByText(f.saidBy, pageLang)].filter(Boolean).join(' · ');
}

/**
 * The titles of the sources the marks quote (their passages' and figures' sources), by id. Only those: at 10,000
 * articles a page has thousands of same-story sources, and a map of every one cost more of the worker's CPU than
 * all the marks it labels (session 33, node, the browser bench's page: 98 of 1,092 profile samples).
 */
function sourceTitles(result: CompareResult): Map<string, string> {
  const quoted = new Set<string>();
  for (const p of result.passages) quoted.add(p.source.id);
  for (const f of result.figures) for (const c of f.comparisons) quoted.add(c.source.id);
  const titles = new Map<string, string>();
  for (const s of result.sources) if (quoted.has(s.id)) titles.set(s.id, s.title);
  return titles;
}

/**
 * `published`: the page's publication day (YYYY-MM-DD), when known: a figure's year reads against it.
 * `pageLang`: the page's language: a speaker on the page is quoted when it is not the UI's.
 */
export function buildMarks(pageText: string, result: CompareResult, docs: (id: string) => CorpusDoc | undefined, published?: string, pageLang?: string): MarkRequest[] {
  const titles = sourceTitles(result);
  const marks: MarkRequest[] = [];
  for (const g of groupPassages(result.passages)) {
    const best = g.matches.reduce((a, b) => (b.score > a.score ? b : a));
    // The heading counts sources, not matches: two passages of one source are "this source", never "1 sources".
    const sources = new Set(g.matches.map((m) => m.source.id)).size;
    marks.push({
      id: passageMarkId(g.page.start, g.page.end),
      kind: `passage-${best.kind}` as MarkKind,
      selector: selector(pageText, g.page.start, g.page.end),
      card: {
        heading: sources === 1 ? t('cardAlsoInOne') : t('cardAlsoInMany', String(sources)),
        items: g.matches.map((m) => ({ label: titles.get(m.source.id) ?? m.source.id, text: m.source.text, note: passageNote(m) })),
      },
    });
  }
  for (const f of result.figures) {
    if (f.comparisons.length === 0) continue;
    // The page carries marks only for what the popup shows unfolded; a figure it folds (a date, a
    // small number) is anchored quiet, so clicking it there still scrolls to it and flashes it.
    if (isMinorFigure(f)) {
      marks.push({ id: figureMarkId(f.page.start, f.page.end), kind: figureKind(f), selector: selector(pageText, f.page.start, f.page.end), card: { heading: '', items: [] }, quiet: true });
      continue;
    }
    marks.push({
      id: figureMarkId(f.page.start, f.page.end),
      kind: figureKind(f),
      selector: selector(pageText, f.page.start, f.page.end),
      card: {
        heading: figureHeading(f, published, pageLang),
        // Disagreements first, in the popup's order: a red mark's card opens on the value that differs,
        // not below the fold of a card that scrolls.
        items: withoutRepeats([...f.comparisons].sort(byVerdict).map((c) => {
          const doc = docs(c.source.id);
          const who = c.saidBy ? ` · ${saidByText(c.saidBy, doc?.lang)}` : '';
          return {
            label: (titles.get(c.source.id) ?? c.source.id) + who,
            text: doc ? sentenceAround(doc.text, c.source.start, c.source.end) : c.source.text,
            note: noteFor(f, c, published, doc?.published),
          };
        })),
      },
    });
  }
  return marks;
}

/** Two comparisons from one sentence of one source ("entre 10.000 et 12.000" read as two values) would show
 * that sentence twice: the reader sees it once, with each distinct note. A source that says the same thing
 * twice (a title repeating its lead: same value, same verdict, same note) is shown once. */
function withoutRepeats<T extends { label: string; text: string; note: string }>(items: T[]): T[] {
  const byKey = new Map<string, T>();
  const said = new Set<string>();
  for (const i of items) {
    const key = `${i.label}\u0000${i.text}`;
    const seen = byKey.get(key);
    if (seen) {
      if (!seen.note.split(NOTE_JOIN).includes(i.note)) seen.note += NOTE_JOIN + i.note;
      continue;
    }
    const same = `${i.label}\u0000${i.note}`;
    if (said.has(same)) continue;
    said.add(same);
    byKey.set(key, { ...i });
  }
  return [...byKey.values()];
}
const NOTE_JOIN = ' · ';
