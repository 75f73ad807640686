/**
 * Study of the days read from a text (session 21, dates21): every devset article with a known day (corpus and
 * pages), dated by its address then its dateline; those left undated classed by what their text offers, and the
 * lead rule listed: storyDay (the lead's latest weekday-named day near the span of the story's other corpus
 * articles, as the engine dates an undated page against its sources), and leadDay without a span (session 20's
 * recent-year form, for comparison). Pages' story given (not matched). `npx tsx scripts/dev/dates-study.ts
 * [story,story]`. Printed, never asserted.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { datelineDay, leadDay, storyDay, storySpan } from '../../core/dates/dateline';
import { urlDay } from '../../core/dates/url';
import { fold } from '../../core/text/fold';
import { DEVSET } from '../eval/devset';
import type { Lang } from '../../core/types';

interface Entry { id: string; lang?: Lang; published?: string; url?: string; sameStory?: boolean }
const only = process.argv[2]?.split(',');
const t: Record<string, number> = {};
const add = (k: string): void => { t[k] = (t[k] ?? 0) + 1; };
const WD = 'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const MO = 'janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|june|july|august|september|october|november|december';
const lines: string[] = [];
for (const story of readdirSync(DEVSET).sort()) {
  if (only && !only.includes(story)) continue;
  const dir = join(DEVSET, story);
  if (!existsSync(join(dir, 'pages', 'manifest.json'))) continue;
  const corpus = (JSON.parse(readFileSync(join(dir, 'corpus', 'manifest.json'), 'utf8')) as { articles: Entry[] }).articles;
  const pages = (JSON.parse(readFileSync(join(dir, 'pages', 'manifest.json'), 'utf8')) as { articles: Entry[] }).articles;
  const days = corpus.map((a) => a.published).filter((d): d is string => !!d).sort();
  for (const [part, list] of [['corpus', corpus], ['pages', pages]] as const) {
    for (const a of list) {
      if (!a.published) continue;
      const text = readFileSync(join(dir, part, a.id), 'utf8');
      const base = urlDay(a.url) ?? datelineDay(text, a.lang);
      const kind = `${part}${part === 'pages' ? (a.sameStory ? '+' : '-') : ''}`;
      if (base) { add(`${kind} base ${base === a.published ? 'right' : 'wrong'}`); continue; }
      add(`${kind} undated`);
      const f = fold(text);
      const offer = new RegExp(`(?:${MO})\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d\\d|\\d{1,2}(?:er|st|nd|rd|th)?\\s+(?:${MO}),?\\s+(?:19|20)\\d\\d`).test(f) ? 'full date'
        : new RegExp(`\\b(?:${WD}),?\\s+(?:the\\s+)?\\d{1,2}(?:er|st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MO})|\\b(?:${WD}),?\\s+(?:${MO})\\s+\\d{1,2}\\b`).test(f) ? 'weekday+day'
        : new RegExp(`\\b\\d{1,2}(?:er|st|nd|rd|th)?\\s+(?:${MO})\\b|\\b(?:${MO})\\s+\\d{1,2}\\b`).test(f) ? 'day+month'
        : new RegExp(`\\b(?:${WD})\\b`).test(f) ? 'weekday only'
        : new RegExp(`\\b(?:${MO})\\b`).test(f) ? 'month only' : 'nothing';
      add(`${kind} undated offers ${offer}`);
      // The span of the story's other corpus articles (a page's sources, given the story).
      const span = storySpan(corpus.filter((c) => c.id !== a.id).map((c) => c.published));
      const bounded = storyDay(text, corpus.filter((c) => c.id !== a.id).map((c) => c.published));
      if (bounded) {
        const ok = bounded === a.published;
        add(`${kind} bounded ${ok ? 'right' : 'wrong'}`);
        lines.push(`B ${ok ? 'ok   ' : 'WRONG'} ${story}/${part}/${a.id} got ${bounded} true ${a.published} span ${span?.from}..${span?.to}`);
      }
      const lead = leadDay(text);
      if (lead) {
        const ok = lead === a.published;
        add(`${kind} lead ${ok ? 'right' : 'wrong'}`);
        const span = days.length ? `${days[0]}..${days[days.length - 1]}` : 'none';
        lines.push(`${ok ? 'ok   ' : 'WRONG'} ${story}/${part}/${a.id} got ${lead} true ${a.published} corpus ${span}`);
      }
    }
  }
}
console.log(Object.entries(t).sort().map(([k, v]) => `${k}: ${v}`).join('\n'));
console.log(lines.join('\n'));
