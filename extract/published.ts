/**
 * The page's publication day from its own metadata, read from the serialised page (JSDOMParser's
 * document, in the background and in the CLI, only through children, tagName, getAttribute and
 * textContent). Sources, most trusted first: JSON-LD `datePublished`; the meta tags
 * of PUBLISHED_META; an element with itemprop="datePublished"; a `<time>` inside the `<article>`
 * (the one marked `pubdate`, else the first). Every value becomes a day by core/dates (the day as
 * written, in the writer's time zone) and must be plausible (not in the future, not before 1990).
 * Without any of these, the page's address: the tab's (given by the caller), else the canonical one
 * the page declares (`<link rel="canonical">`, `og:url`: all a saved file or a dropped .html has).
 * The dateline in the text, the last resort, is read by extractArticle once the text is known.
 */
import { dayOf, plausibleDay } from '../core/dates/day';
import { jsonLdDatePublished } from '../core/dates/json-ld';
import { urlDay } from '../core/dates/url';
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

function attr(el: Element, name: string): string | null {
  const v = el.getAttribute(name);
  return typeof v === 'string' ? v : null;
}

interface Found {
  jsonLd: string[];
  metas: Map<string, string>;
  itemprop: string[];
  /** `<time datetime>` inside an `<article>`: the `pubdate` one, else the first. */
  marked?: string;
  firstTime?: string;
  /** `<link rel="canonical" href>`: the address the page says is its own. */
  canonical?: string;
}

/**
 * One walk over the document, collecting every source at once: on the largest saved page
 * (a Wikipedia article) one getElementsByTagName walk per source cost 74 ms in JSDOMParser.
 */
function collect(doc: Document): Found {
  const found: Found = { jsonLd: [], metas: new Map(), itemprop: [] };
  const root = doc.documentElement;
  if (!root) return found;
  // Each entry: an element and how many <article> elements enclose it.
  const stack: Array<[Element, number]> = [[root, 0]];
  while (stack.length) {
    const [el, inArticle] = stack.pop()!;
    const tag = (el.tagName ?? '').toLowerCase();
    if (tag === 'script') {
      if ((attr(el, 'type') ?? '').trim().toLowerCase() === JSON_LD_TYPE) found.jsonLd.push(el.textContent ?? '');
      continue;
    }
    if (tag === 'link') {
      const href = attr(el, 'href');
      if (href && (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/).includes('canonical')) found.canonical ??= href;
      continue;
    }
    if (tag === 'meta') {
      const content = attr(el, 'content');
      if (content) {
        for (const key of [attr(el, 'property'), attr(el, 'name'), attr(el, 'itemprop')]) {
          const k = key?.trim().toLowerCase();
          if (k && !found.metas.has(k)) found.metas.set(k, content);
        }
      }
      continue;
    }
    if ((attr(el, 'itemprop') ?? '').toLowerCase() === 'datepublished') found.itemprop.push(attr(el, 'content') ?? attr(el, 'datetime') ?? el.textContent ?? '');
    if (tag === 'time' && inArticle > 0) {
      const dt = attr(el, 'datetime');
      if (dt) {
        found.firstTime ??= dt;
        if (attr(el, 'pubdate') !== null) found.marked ??= dt;
      }
    }
    const depth = inArticle + (tag === 'article' ? 1 : 0);
    const kids = el.children;
    // Pushed last to first, so the walk visits them in document order.
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i], depth]);
  }
  return found;
}

/** Candidate values in order of trust. */
function candidates(found: Found): string[] {
  const out: string[] = [];
  const fromLd = jsonLdDatePublished(found.jsonLd);
  if (fromLd) out.push(fromLd);
  for (const key of PUBLISHED_META) {
    const v = found.metas.get(key);
    if (v) out.push(v);
  }
  out.push(...found.itemprop);
  const time = found.marked ?? found.firstTime;
  if (time) out.push(time);
  return out;
}

function fromMetadata(found: Found, lang: Lang | null | undefined, today: Date): string | null {
  for (const value of candidates(found)) {
    const day = dayOf(value, lang ?? undefined);
    if (day && plausibleDay(day, today)) return day;
  }
  return null;
}

/** The publication day (YYYY-MM-DD) the page's metadata gives, or null. Reads the document before Readability changes it. */
export function publishedFromMetadata(doc: Document, lang?: Lang | null, today: Date = new Date()): string | null {
  return fromMetadata(collect(doc), lang, today);
}

/**
 * The publication day the page itself gives: its metadata, else its address (`url`, the tab's, else
 * the canonical one it declares), else null. One walk over the document for both.
 */
export function publishedFromPage(doc: Document, lang?: Lang | null, url?: string | null, today: Date = new Date()): string | null {
  const found = collect(doc);
  return fromMetadata(found, lang, today) ?? urlDay(url, today) ?? urlDay(found.canonical, today) ?? urlDay(found.metas.get('og:url'), today);
}
