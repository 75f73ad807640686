import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { dedupeArticles, decodeFile, fileKind, readArticleFile, type FileResult } from './file-article';
import { exportCorpus } from './exchange';
import { MAX_TEXT_CHARS } from './limits';
import { idForText } from './text-id';

const DIR = join(__dirname, '..', 'test', 'fixtures', 'import');
const parseHtml = (html: string) => parseHTML(html).document as unknown as Document;
const utf8 = (s: string) => new TextEncoder().encode(s);
const fixture = (name: string) => readArticleFile(name, new Uint8Array(readFileSync(join(DIR, name))), { parseHtml, now: 7, json: true });
const ok = (r: FileResult) => {
  if (!r.ok) throw new Error(`${r.name}: ${r.code} ${r.message}`);
  return r.articles;
};
const failure = (r: FileResult) => {
  if (r.ok) throw new Error(`${r.name} was read, a failure was expected`);
  return { code: r.code, message: r.message };
};

describe('readArticleFile: one kind of file each', () => {
  it('.txt: the whole file is the text, its first line the title, language guessed', () => {
    const raw = readFileSync(join(DIR, 'key-bridge-en.txt'), 'utf8');
    const [a] = ok(fixture('key-bridge-en.txt'));
    expect(a).toEqual({ id: idForText(raw), title: "Baltimore's Key Bridge collapses after a container ship loses power", lang: 'en', text: raw, addedAt: 7, ignore: [] });
  });

  it('.txt and .md without a front-matter date: a dateline in the first lines, or a date stamp in the last, is the day', () => {
    const body = 'The council voted on the new budget after a long debate about school repairs and the cost of heating public buildings. ' +
      'Several members asked for a second reading, and the mayor said the vote would stand. The opposition promised to raise the question again next month.';
    const read = (name: string, text: string) => ok(readArticleFile(name, utf8(text), { parseHtml, now: 7 }))[0]!.published;
    expect(read('top.txt', `Council passes the budget\nLYON, 14 March 2024 -\n${body}`)).toBe('2024-03-14');
    expect(read('foot.txt', `Council passes the budget\n${body}\nPublished on 14 March 2024 at 10:12`)).toBe('2024-03-14');
    expect(read('none.txt', `Council passes the budget\n${body}`)).toBeUndefined();
    expect(read('top.md', `# Council passes the budget\n\nLYON, 14 March 2024 -\n\n${body}\n`)).toBe('2024-03-14');
  });

  it('.md: syntax stripped, front matter title, date and language', () => {
    const [a] = ok(fixture('pont-key-fr.md'));
    expect(a.title).toBe('Effondrement du pont Key à Baltimore : six ouvriers portés disparus');
    expect([a.lang, a.published]).toEqual(['fr', '2024-03-27']);
    expect(a.text.startsWith('Effondrement du pont de Baltimore\n\nUn porte-conteneurs privé de propulsion a percuté mardi')).toBe(true);
    expect(a.text).toContain('Voir le communiqué des garde-côtes.');
    expect(a.text).not.toMatch(/[*#>\[\]]|^- /m);
  });

  it('.md without front matter: the first heading is the title', () => {
    const body = 'Le conseil municipal a voté jeudi soir le budget de la ville, après six heures de débats. '.repeat(4);
    const [a] = ok(readArticleFile('x.md', utf8(`Intro sans titre.\n\n## Le budget voté\n\n${body}`), { parseHtml }));
    expect([a.title, a.lang]).toEqual(['Le budget voté', 'fr']);
  });

  it('.html: extracted as the extension extracts a page (article only, declared language, no script text)', () => {
    const [a] = ok(fixture('pont-key-fr.html'));
    expect(a.title).toBe("À Baltimore, le pont Key s'effondre après une collision");
    expect(a.lang).toBe('fr');
    expect(a.text).toMatch(/^Le porte-conteneurs Dali, qui venait de quitter le port/);
    expect(a.text).not.toMatch(/Accueil|hacked|© Le Quotidien/);
  });

  it('.json: a corpus file gives its articles', () => {
    const text = 'Un article exporté, assez long pour en être un, sur la crue de la Seine et les quais fermés. '.repeat(3);
    const file = exportCorpus([{ id: 'own_x', title: 'Crue', lang: 'fr', text, addedAt: 1, ignore: [], published: '2024-05-02' }]);
    const r = readArticleFile('corpus.json', utf8(file), { parseHtml, json: true });
    expect(ok(r)).toEqual([{ id: 'own_x', title: 'Crue', lang: 'fr', text, addedAt: 1, ignore: [], published: '2024-05-02' }]);
    expect(failure(readArticleFile('corpus.json', utf8(file), { parseHtml })).code).toBe('extension');
  });
});

describe('readArticleFile: a clear error per bad file', () => {
  it('each bad fixture gets its code', () => {
    expect(failure(fixture('blank.txt'))).toEqual({ code: 'empty', message: 'the file is empty' });
    expect(failure(fixture('home-page.html')).code).toBe('not-article');
    expect(failure(fixture('notes.txt'))).toEqual({ code: 'encoding', message: 'not readable text: save it as UTF-8' });
    expect(failure(fixture('figures.csv')).code).toBe('extension');
  });

  it('a text too short to be an article, and one too long', () => {
    expect(failure(readArticleFile('a.txt', utf8('Titre\nDeux lignes.'), { parseHtml }))).toEqual({ code: 'not-article', message: expect.stringMatching(/^not an article: 18 characters/) });
    const long = 'Titre\n' + 'mot '.repeat(MAX_TEXT_CHARS / 4 + 10);
    expect(failure(readArticleFile('a.txt', utf8(long), { parseHtml })).code).toBe('too-long');
  });

  it('a bad corpus file keeps its corpus error code', () => {
    expect(failure(readArticleFile('c.json', utf8('{"format": "recoupe-corpus", "version": 9, "articles": []}'), { parseHtml, json: true })).code).toBe('version');
    expect(failure(readArticleFile('c.json', utf8('{'), { parseHtml, json: true })).code).toBe('not-json');
  });

  it('a first line longer than a title may be is cut at a word', () => {
    const line = 'Une très longue première ligne sans saut '.repeat(20);
    const [a] = ok(readArticleFile('a.txt', utf8(`${line}\nSuite.`), { parseHtml }));
    expect(a.title.length).toBeLessThanOrEqual(500);
    const kept = a.title.slice(0, -1);
    expect(a.title.endsWith('…') && line.startsWith(kept) && line[kept.length] === ' ').toBe(true);
  });
});

describe('decodeFile', () => {
  const sample = 'Élection à Montréal : « résultats » attendus';
  it('reads UTF-8 with or without BOM and UTF-16 with a BOM', () => {
    expect(decodeFile(utf8(sample), 'txt')).toBe(sample);
    expect(decodeFile(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(sample)]), 'txt')).toBe(sample);
    const le = new Uint8Array(2 + sample.length * 2);
    le.set([0xff, 0xfe]);
    for (let i = 0; i < sample.length; i++) le.set([sample.charCodeAt(i) & 0xff, sample.charCodeAt(i) >> 8], 2 + 2 * i);
    expect(decodeFile(le, 'txt')).toBe(sample);
  });

  it('refuses Latin-1 text, but reads an .html page that declares it', () => {
    const latin1 = new Uint8Array([...'<html><head><meta charset="iso-8859-1"></head><body>'].map((c) => c.charCodeAt(0)).concat([0xc9, 0x74, 0xe9]));
    expect(decodeFile(latin1, 'txt')).toBeNull();
    expect(decodeFile(latin1, 'html')).toMatch(/Été$/);
  });
});

describe('fileKind and dedupeArticles', () => {
  it('knows the extensions, case-insensitively', () => {
    expect(['a.TXT', 'b.htm', 'c.Markdown', 'd.json', 'e.csv', 'noext'].map(fileKind)).toEqual(['txt', 'html', 'md', 'json', null, null]);
  });

  it('keeps the first of each text and counts the copies', () => {
    const results = readdirSync(DIR).sort().map(fixture);
    const { articles, skipped } = dedupeArticles(results);
    expect(skipped).toBe(1); // key-bridge-en-copy.txt
    expect(articles.map((a) => a.lang).sort()).toEqual(['en', 'fr', 'fr']);
    expect(new Set(articles.map((a) => a.text)).size).toBe(articles.length);
  });
});
