import { describe, expect, it } from 'vitest';
import { inlineText, markdownArticle } from './markdown-text';

describe('markdownArticle', () => {
  it('takes the first heading as the title and strips block syntax, keeping one line per block', () => {
    const md = markdownArticle('# Le titre #\n\nUn paragraphe.\n\n## Sous-titre\n\n- un\n* deux\n1. trois\n- [x] fait\n\n> citée\n> > deux fois\n\n---\n\nFin.');
    expect(md.title).toBe('Le titre');
    expect(md.text).toBe('Le titre\n\nUn paragraphe.\n\nSous-titre\n\nun\ndeux\ntrois\nfait\n\ncitée\ndeux fois\n\nFin.');
  });

  it('reads setext headings, a front matter (title, date, lang) and drops link definitions', () => {
    const md = markdownArticle('---\ntitle: "Front title"\ndate: 2024-03-27\nlang: en\n---\nHeading\n=======\n\nBody [link][1].\n\n[1]: https://example.org\n');
    expect(md.meta).toEqual({ title: 'Front title', date: '2024-03-27', lang: 'en' });
    expect(md.title).toBe('Front title');
    expect(md.text).toBe('Heading\n\nBody link.');
    expect(markdownArticle('Heading\n-------\n\nBody.').title).toBe('Heading');
  });

  it('keeps code as its text and does not read syntax inside a fence', () => {
    const md = markdownArticle('Avant.\n\n```js\nconst x = a * b * c; // # pas un titre\n```\nAprès.');
    expect(md.text).toBe('Avant.\n\nconst x = a * b * c; // # pas un titre\nAprès.');
    expect(md.title).toBe('');
  });
});

describe('inlineText', () => {
  const cases: Array<[string, string]> = [
    ['**gras** et *italique* et __aussi__ et _là_', 'gras et italique et aussi et là'],
    ['[le communiqué](https://example.org/x "t") et ![une photo](p.jpg)', 'le communiqué et une photo'],
    ['du `code` ici', 'du code ici'],
    ['`a*b*c` reste', 'a*b*c reste'],
    ['<b>balise</b> <script>alert(1)</script>', 'balise alert(1)'],
    ['5 * 3 = 15, snake_case_name, 2 * x', '5 * 3 = 15, snake_case_name, 2 * x'],
    ['\\*pas en italique\\*', '*pas en italique*'],
    ['~~barré~~ <https://example.org>', 'barré https://example.org'],
  ];
  for (const [input, expected] of cases) it(JSON.stringify(input), () => expect(inlineText(input)).toBe(expected));
});
