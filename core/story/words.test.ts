import { describe, expect, it } from 'vitest';
import { extractFeatures, WORD_PREFIX } from './features';
import { crossingCore, listedWords, pageCognates, storyCore, storyDoc, StoryIndex } from './index';

// Invented reports: a French page and an English article on one strike at one port, which share the port's name and
// the words of the bilingual word list for cancelled and delayed sailings ("annulées", "cancelled"; "retards",
// "delays"), which are plain words and met nothing across languages before session 22.
const en = {
  id: 'en-1',
  title: 'Strike at Varnholm port: sailings cancelled',
  lang: 'en' as const,
  text:
    'Dockers at Varnholm walked out on Monday. Dozens of sailings were cancelled and passengers faced long delays, the port authority said.\n' +
    'Cancellations are expected to continue until Wednesday, and further delays could follow, a union spokesman said in Varnholm.\n' +
    'The Kelsby ferry company asked the government to step in.',
};
const fr = (text: string, title = 'Grève au port de Varnholm') => ({ title, lang: 'fr' as const, text });
const withWords = fr(
  'Les dockers de Varnholm ont cessé le travail lundi. Des dizaines de traversées ont été annulées et les passagers subissent de longs retards.\n' +
    'Les annulations devraient durer jusqu\'à mercredi, et de nouveaux retards sont à craindre, selon un porte-parole du syndicat à Varnholm.',
  'Grève à Varnholm : des traversées annulées',
);
// The same page with the listed words written as words of no entry ("reportées", "attentes"): what they add is what differs.
const withoutWords = fr(
  'Les dockers de Varnholm ont cessé le travail lundi. Des dizaines de traversées ont été reportées et les passagers subissent de longues attentes.\n' +
    'Les reports devraient durer jusqu\'à mercredi, et de nouvelles attentes sont à craindre, selon un porte-parole du syndicat à Varnholm.',
  'Grève à Varnholm : des traversées reportées',
);

describe('words of the bilingual word list across languages', () => {
  it('reads a listed word as its entry beside the plain word, and keeps the entry out of both cores', () => {
    const features = extractFeatures(withWords);
    expect(features.some((f) => f.key === WORD_PREFIX + 'w-cancel')).toBe(true);
    expect(features.some((f) => f.key.startsWith('t:fr:annul'))).toBe(true);
    expect(storyCore(features).some((e) => e[0].startsWith(WORD_PREFIX))).toBe(false);
    expect(crossingCore(features, 'fr').some((e) => e[0].startsWith(WORD_PREFIX))).toBe(false);
    expect(listedWords(features).map((e) => e[0])).toContain(WORD_PREFIX + 'w-cancel');
  });

  it('keeps an everyday listed word out: only words rare in their own language count, as cognates', () => {
    // "now" and "maintenant" (w-now) are everyday words in both languages.
    const features = extractFeatures(fr('Les dockers de Varnholm sont maintenant en grève, et maintenant le port attend.'));
    expect(features.some((f) => f.key === WORD_PREFIX + 'w-now')).toBe(true);
    expect(listedWords(features).some((e) => e[0] === WORD_PREFIX + 'w-now')).toBe(false);
  });

  it('reads a listed word where its capital marks no name (a title-case title, a sentence\'s first word), not in a name', () => {
    const keys = (doc: { title: string; text: string; lang: 'en' | 'fr' }) => extractFeatures(doc).map((f) => f.key);
    expect(keys({ title: 'Ferry Sailings Cancelled at Varnholm Port', text: 'The port authority gave no reason.', lang: 'en' })).toContain(WORD_PREFIX + 'w-cancel');
    expect(keys({ title: 'Port strike', text: 'Delays are expected at Varnholm.', lang: 'en' })).toContain(WORD_PREFIX + 'w-delay');
    // "Delay" inside a sentence, capitalised, is a surname here.
    expect(keys({ title: 'Port strike', text: 'The strike at Varnholm was called by the union leader, Anna Delay, on Monday.', lang: 'en' })).not.toContain(WORD_PREFIX + 'w-delay');
  });

  it('raises a French page that gives the English article\'s listed words', () => {
    const idx = StoryIndex.of([en]);
    const score = (p: ReturnType<typeof fr>) => idx.match(p, { threshold: -Infinity })[0]?.score ?? 0;
    expect(score(withWords)).toBeGreaterThan(score(withoutWords) + 0.02);
  });

  it('costs nothing where the article lacks them: a listed word counts only where both give it', () => {
    // An English article on the same strike that names no cancellation or delay.
    const bare = {
      ...en,
      title: 'Strike at Varnholm port',
      text: 'Dockers at Varnholm walked out on Monday, the port authority said.\nA union spokesman said in Varnholm that the strike would go on.\n' +
        'The Kelsby ferry company asked the government to step in.',
    };
    const idx = StoryIndex.of([bare]);
    const score = (p: ReturnType<typeof fr>) => idx.match(p, { threshold: -Infinity })[0]?.score ?? 0;
    expect(score(withWords)).toBeCloseTo(score(withoutWords), 3);
  });

  it('stores an article\'s listed words, and its removal takes their postings out', () => {
    expect(storyDoc(en).words?.[0].some((e) => e[0] === WORD_PREFIX + 'w-cancel')).toBe(true);
    const i = new StoryIndex();
    i.add(en);
    i.remove(en.id);
    let n = 0;
    for (const list of (i as unknown as { postings: Map<string, { slots: number[] }> }).postings.values()) n += list.slots.length;
    expect(n).toBe(0);
  });
});

describe('a listed word that is also a cognate (fixrev22b)', () => {
  it('counts once, as the cognate, also when the other language writes it too rarely to list it', () => {
    // "famine" is a French and an English form of one listed word (hunger), and rare enough in English to be read as
    // a cognate: the two keys would count one word twice.
    const features = extractFeatures({ title: 'La famine menace Valdoria', lang: 'fr', text: 'La famine menace le nord de Valdoria, selon les agences. La famine pourrait toucher des milliers de familles de Valdoria.' });
    const keys = [...(pageCognates(features, 'fr', [])?.sals.keys() ?? [])];
    expect(keys).toContain('t:en:famin');
    expect(keys).not.toContain(WORD_PREFIX + 'w-hunger');
  });

  it('a listed word the other language does not write keeps its entry', () => {
    const features = extractFeatures({ title: 'Grève à Valdoria', lang: 'fr', text: 'Les traversées ont été annulées à Valdoria. Les traversées annulées seront remboursées, selon Valdoria.' });
    expect([...(pageCognates(features, 'fr', [])?.listed ?? [])]).toContain(WORD_PREFIX + 'w-cancel');
  });
});
