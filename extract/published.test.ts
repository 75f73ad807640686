import { describe, expect, it } from 'vitest';
import JSDOMParser from '@mozilla/readability/JSDOMParser.js';
import { publishedFromMetadata, publishedFromPage } from './published';
import { extractFromHtml } from './article';

const today = new Date('2026-01-01T00:00:00Z');
// JSDOMParser reads the serialised page, whose void elements are closed (<meta/>), as extract/serialize.ts writes them.
const doc = (head: string, body = ''): Document => new JSDOMParser().parse(`<html><head>${head}</head><body>${body}</body></html>`, 'http://localhost/') as Document;
const day = (head: string, body = '', lang?: 'fr' | 'en'): string | null => publishedFromMetadata(doc(head, body), lang, today);

describe('publishedFromMetadata (on JSDOMParser, as the background reads the page)', () => {
  it('reads JSON-LD datePublished, also in @graph and arrays', () => {
    expect(day('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2024-07-07T23:30:00-04:00"}</script>')).toBe('2024-07-07');
    expect(day('<script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"Article","datePublished":"2023-09-09T08:00:00Z"}]}</script>')).toBe('2023-09-09');
    expect(day('<script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":"BlogPosting","datePublished":"2022-05-06"}]</script>')).toBe('2022-05-06');
  });
  it('reads the meta tags, most specific first', () => {
    expect(day('<meta name="date" content="2020-01-01"/><meta property="article:published_time" content="2024-03-03T10:00:00+01:00"/>')).toBe('2024-03-03');
    expect(day('<meta property="og:article:published_time" content="2024-03-04"/>')).toBe('2024-03-04');
    expect(day('<meta itemprop="datePublished" content="2024-03-05"/>')).toBe('2024-03-05');
    expect(day('<meta name="DC.date" content="2024-03-06"/>')).toBe('2024-03-06');
    expect(day('<meta name="pubdate" content="20240307"/>')).toBe('2024-03-07');
    expect(day('<meta name="date" content="Sun, 07 Jul 2024 23:30:00 -0400"/>')).toBe('2024-07-07');
  });
  it('reads itemprop elements and <time> inside the article, the pubdate one first', () => {
    expect(day('', '<span itemprop="datePublished" content="2024-04-01">1 avril</span>')).toBe('2024-04-01');
    expect(day('', '<article><p><time datetime="2024-04-02T09:00">9 h</time></p><time datetime="2024-04-03" pubdate="">x</time></article>')).toBe('2024-04-03');
    expect(day('', '<article><time datetime="2024-04-02">x</time><time datetime="2024-04-05">y</time></article>')).toBe('2024-04-02');
    expect(day('', '<aside><time datetime="2024-04-02">another story</time></aside>')).toBeNull();
  });
  it('skips implausible and junk values for the next source', () => {
    expect(day('<meta property="article:published_time" content="2031-01-01"/><meta name="date" content="2024-05-05"/>')).toBe('2024-05-05');
    expect(day('<meta property="article:published_time" content="1970-01-01T00:00:00Z"/>')).toBeNull();
    expect(day('<meta property="article:published_time" content="{{date}}"/><script type="application/ld+json">{"@type":"Article","datePublished":</script>')).toBeNull();
    expect(day('<script>var x = {"@type":"Article","datePublished":"2024-01-01"}</script>')).toBeNull();
  });
  it('reads numeric dates month first only on English pages', () => {
    expect(day('<meta name="date" content="07/08/2024"/>', '', 'en')).toBe('2024-07-08');
    expect(day('<meta name="date" content="07/08/2024"/>')).toBe('2024-08-07');
  });
});

describe('publishedFromPage: the metadata, else the address', () => {
  const page = (head: string, url?: string): string | null => publishedFromPage(doc(head), undefined, url, today);
  it('prefers the metadata to the address', () => {
    expect(page('<meta property="article:published_time" content="2024-03-03"/>', 'https://example.org/2024/03/01/story')).toBe('2024-03-03');
  });
  it('reads the tab\'s address, else the canonical link, else og:url', () => {
    expect(page('', 'https://www.journaldequebec.com/2023/09/10/le-maroc-pleure')).toBe('2023-09-10');
    expect(page('<link rel="canonical" href="https://www.nytimes.com/2017/01/13/world/africa/sudan-sanctions.html"/>', 'https://example.org/amp/x')).toBe('2017-01-13');
    expect(page('<link rel="canonical" href="https://example.org/story"/><meta property="og:url" content="https://example.org/2017/01/14/story"/>')).toBe('2017-01-14');
    expect(page('<link rel="alternate" href="https://example.org/2017/01/15/story"/>')).toBeNull();
    expect(page('', 'https://www.i24news.tv/fr/actu/international/afrique/1694233110-au-moins-296-morts')).toBeNull();
  });
});

describe('extractFromHtml fills published', () => {
  const para = 'Le gouvernement a présenté son plan devant les députés réunis en séance publique ce matin. '.repeat(6);
  it('from the metadata, else from a dateline in the text, else not at all', () => {
    const withMeta = `<html lang="fr"><head><title>Un titre</title><meta property="article:published_time" content="2024-10-28T18:00:00+01:00"/></head><body><article><h1>Un titre</h1><p>${para}</p><p>${para}</p></article></body></html>`;
    expect(extractFromHtml(withMeta)?.published).toBe('2024-10-28');
    const withDateline = `<html lang="fr"><head><title>Un titre</title></head><body><article><h1>Un titre</h1><p>PARIS, 4 décembre 2024 (AFP) - ${para}</p><p>${para}</p></article></body></html>`;
    expect(extractFromHtml(withDateline)?.published).toBe('2024-12-04');
    const without = `<html lang="fr"><head><title>Un titre</title></head><body><article><h1>Un titre</h1><p>${para}</p><p>${para}</p></article></body></html>`;
    const art = extractFromHtml(without);
    expect(art?.text.length).toBeGreaterThan(250);
    expect(art && 'published' in art).toBe(false);
  });
  it('from the address before the dateline', () => {
    const withDateline = `<html lang="fr"><head><title>Un titre</title></head><body><article><h1>Un titre</h1><p>PARIS, 4 décembre 2024 (AFP) - ${para}</p><p>${para}</p></article></body></html>`;
    expect(extractFromHtml(withDateline, 'fr', 'https://example.org/2024/12/05/un-titre')?.published).toBe('2024-12-05');
    expect(extractFromHtml(withDateline, 'fr', 'https://example.org/un-titre')?.published).toBe('2024-12-04');
  });
});
