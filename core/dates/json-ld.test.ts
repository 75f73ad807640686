import { describe, expect, it } from 'vitest';
import { jsonLdDatePublished } from './json-ld';

const ld = (o: unknown): string => JSON.stringify(o);

describe('jsonLdDatePublished', () => {
  it('reads one object, an array, a @graph and nested entities', () => {
    expect(jsonLdDatePublished([ld({ '@context': 'https://schema.org', '@type': 'NewsArticle', datePublished: '2024-07-07T23:30:00-04:00' })])).toBe('2024-07-07T23:30:00-04:00');
    expect(jsonLdDatePublished([ld([{ '@type': 'Organization', name: 'X' }, { '@type': 'Article', datePublished: '2024-01-02' }])])).toBe('2024-01-02');
    expect(jsonLdDatePublished([ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite' }, { '@type': ['NewsArticle'], datePublished: '2023-09-09' }] })])).toBe('2023-09-09');
    expect(jsonLdDatePublished([ld({ '@type': 'WebPage', mainEntity: { '@type': 'BlogPosting', datePublished: '2022-05-06' } })])).toBe('2022-05-06');
  });
  it('prefers an article type over other objects, in any block', () => {
    const page = ld({ '@type': 'WebPage', datePublished: '2020-01-01' });
    const article = ld({ '@type': 'http://schema.org/NewsArticle', datePublished: '2024-03-03' });
    expect(jsonLdDatePublished([page, article])).toBe('2024-03-03');
    expect(jsonLdDatePublished([page])).toBe('2020-01-01');
  });
  it('survives broken and hostile blocks', () => {
    expect(jsonLdDatePublished(['{"@type": "Article", "datePublished": "2024-01-02",}', '<!-- ' + ld({ '@type': 'Article', datePublished: '2024-05-05' }) + ' -->'])).toBe('2024-05-05');
    expect(jsonLdDatePublished(['', 'null', '42', '"x"', ld({ '@type': 'Article', datePublished: 12 }), '{"__proto__": {"@type": "Article", "datePublished": "2024-01-01"}}'])).toBeNull();
    let deep: Record<string, unknown> = { '@type': 'Article', datePublished: '2024-01-01' };
    for (let i = 0; i < 50; i++) deep = { mainEntity: deep };
    expect(jsonLdDatePublished([ld(deep)])).toBeNull();
  });
});
