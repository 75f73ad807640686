/**
 * The page's publication day from its own metadata, read from the serialised page (JSDOMParser's
 * document in the background, linkedom's in the CLI; both only through getElementsByTagName,
 * getAttribute and textContent). Sources, most trusted first: JSON-LD `datePublished`; the meta tags
 * of PUBLISHED_META; an element with itemprop="datePublished"; a `<time>` inside the `<article>`
 * (the one marked `pubdate`, else the first). Every value becomes a day by core/dates (the day as
 * written, in the writer's time zone) and must be plausible (not in the future, not before 1990).
 * The dateline in the text, the last resort, is read by extractArticle once the text is known.
 */
import { dayOf, plausibleDay } from '../core/dates/day';
import { jsonLdDatePublished } from '../core/dates/json-ld';
import type { Lang } from '../core/types';

/**
 * Meta names and properties that give the publication time, most specific first: Open Graph's
 * article namespace, schema.org microdata, Dublin Core, then the bare conventions of CMSes.
 */
export const PUBLISHED_META = [
  'article:published_time', 'og:article:published_time', 'article.published', 'datepublished',
  'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dcterms.created', 'dc.date.created',
  'parsely-pub-date', 'sailthru.date', 'publish-date', 'publish_date', 'publishdate', 'pubdate', 'date',
];

/** The one kind of script whose text the serialisation keeps: data, never code (see extract/serialize.ts). */
export const JSON_LD_TYPE = 'application/ld+json';

function tags(root: Document | Element, name: string): Element[] {
  return Array.from(root.getElementsByTagName(name) as ArrayLike<Element>);
}

function attr(el: Element, name: string): string | null {
  const v = el.getAttribute(name);
  return typeof v === 'string' ? v : null;
}

function insideArticle(el: Element): boolean {
  for (let p = el.parentNode as Element | null; p; p = p.parentNode as Element | null) {
    if ((p.tagName ?? '').toLowerCase() === 'article') return true;
  }
  return false;
}

/** Candidate values in order of trust. */
function candidates(doc: Document): string[] {
  const out: string[] = [];
  const ld = tags(doc, 'script').filter((s) => (attr(s, 'type') ?? '').trim().toLowerCase() === JSON_LD_TYPE).map((s) => s.textContent ?? '');
  const fromLd = jsonLdDatePublished(ld);
  if (fromLd) out.push(fromLd);
  const metas = new Map<string, string>();
  for (const m of tags(doc, 'meta')) {
    const content = attr(m, 'content');
    if (!content) continue;
    for (const key of [attr(m, 'property'), attr(m, 'name'), attr(m, 'itemprop')]) {
      const k = key?.trim().toLowerCase();
      if (k && !metas.has(k)) metas.set(k, content);
    }
  }
  for (const key of PUBLISHED_META) {
    const v = metas.get(key);
    if (v) out.push(v);
  }
  for (const tag of ['time', 'span', 'div', 'p', 'abbr']) {
    for (const el of tags(doc, tag)) {
      if ((attr(el, 'itemprop') ?? '').toLowerCase() !== 'datepublished') continue;
      out.push(attr(el, 'content') ?? attr(el, 'datetime') ?? el.textContent ?? '');
    }
  }
  const times = tags(doc, 'time').filter((t) => attr(t, 'datetime') && insideArticle(t));
  const marked = times.find((t) => attr(t, 'pubdate') !== null);
  for (const t of marked ? [marked] : times.slice(0, 1)) out.push(attr(t, 'datetime')!);
  return out;
}

/** The publication day (YYYY-MM-DD) the page's metadata gives, or null. Reads the document before Readability changes it. */
export function publishedFromMetadata(doc: Document, lang?: Lang | null, today: Date = new Date()): string | null {
  for (const value of candidates(doc)) {
    const day = dayOf(value, lang ?? undefined);
    if (day && plausibleDay(day, today)) return day;
  }
  return null;
}
