/**
 * Synthetic French news articles for benchmarks and load tests: sentences of real articles,
 * shuffled, with names, places and numbers swapped, so the index sees the vocabulary and feature
 * density of real coverage without 10,000 real texts. Deterministic for a given seed. Pure (no
 * node API): callers pass the source texts.
 */
import type { NewArticle } from '../../storage/article';
import { prng } from '../../core/text/prng';

/** What real French news articles run to; the bundled ones are 350-700 words. */
export const SYNTHETIC_WORDS = 600;
/** Share of names left as they are, so some synthetic articles stay on the source story. */
const KEEP_NAME_RATE = 0.15;
/** Long enough to read as a headline, short enough to stay one. */
const TITLE_MAX_CHARS = 140;
/** Sentences per paragraph, as in wire copy. */
const SENTENCES_PER_PARAGRAPH = 3;

/** Names found in the bundled corpus, longest first so "Mark Rutte" is swapped before "Rutte". */
const PEOPLE: Array<[full: string, surname: string]> = [
  ['Mark Rutte', 'Rutte'],
  ['Vladimir Poutine', 'Poutine'],
  ['Volodymyr Zelensky', 'Zelensky'],
  ['Lloyd Austin', 'Austin'],
  ['Kim Jong Un', 'Kim'],
];
const PLACES = ['Koursk', 'Pokrovsk', 'Kharkiv', 'Kiev', 'Séoul', 'Washington', 'Moscou', 'Pyongyang'];

const OTHER_PEOPLE: Array<[string, string]> = [
  ['Emmanuel Macron', 'Macron'], ['Olaf Scholz', 'Scholz'], ['Joe Biden', 'Biden'], ['Donald Trump', 'Trump'],
  ['Recep Tayyip Erdogan', 'Erdogan'], ['Xi Jinping', 'Xi'], ['Narendra Modi', 'Modi'], ['Giorgia Meloni', 'Meloni'],
  ['Keir Starmer', 'Starmer'], ['Ursula von der Leyen', 'von der Leyen'], ['Antonio Guterres', 'Guterres'],
  ['Jens Stoltenberg', 'Stoltenberg'], ['Pedro Sánchez', 'Sánchez'], ['Donald Tusk', 'Tusk'], ['Viktor Orban', 'Orban'],
  ['Alexandre Loukachenko', 'Loukachenko'], ['Sergueï Lavrov', 'Lavrov'], ['Sergueï Choïgou', 'Choïgou'],
  ['Andreï Belooussov', 'Belooussov'], ['Dmytro Kouleba', 'Kouleba'], ['Kaja Kallas', 'Kallas'], ['Josep Borrell', 'Borrell'],
  ['Antony Blinken', 'Blinken'], ['Yoon Suk-yeol', 'Yoon'], ['Fumio Kishida', 'Kishida'], ['Luiz Inácio Lula', 'Lula'],
  ['Benyamin Netanyahou', 'Netanyahou'], ['Masoud Pezeshkian', 'Pezeshkian'], ['Ilham Aliev', 'Aliev'], ['Nikol Pachinian', 'Pachinian'],
];
const OTHER_PLACES = [
  'Odessa', 'Zaporijia', 'Kherson', 'Bakhmout', 'Avdiïvka', 'Donetsk', 'Louhansk', 'Belgorod', 'Briansk', 'Marioupol',
  'Soumy', 'Dnipro', 'Lviv', 'Tchernihiv', 'Mykolaïv', 'Vovtchansk', 'Koupiansk', 'Lyman', 'Gaza', 'Beyrouth', 'Damas',
  'Khartoum', 'Taipei', 'Manille', 'Caracas', 'Niamey', 'Bamako', 'Tripoli', 'Bagdad', 'Erevan', 'Bakou', 'Tbilissi',
  'Chisinau', 'Minsk', 'Varsovie', 'Berlin', 'Paris', 'Londres', 'Pékin', 'Tokyo', 'Ankara', 'Téhéran', 'Riyad', 'Le Caire',
];

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Sentences of the source texts, without the very short ones (bylines, "Vues:", "Date:"). */
export function sentencePool(texts: string[]): string[] {
  return texts
    .flatMap((t) => t.split(/(?<=[.!?»"])\s+|\n+/))
    .map((s) => s.trim())
    .filter((s) => s.split(/\s+/).length >= 6);
}

export interface SyntheticOptions {
  seed?: number;
  words?: number;
}

/** `count` synthetic articles built from the sentences of `sourceTexts`. */
export function syntheticArticles(sourceTexts: string[], count: number, opts: SyntheticOptions = {}): NewArticle[] {
  const pool = sentencePool(sourceTexts);
  if (pool.length === 0) throw new Error('syntheticArticles: no usable sentences in the source texts');
  const random = prng(opts.seed ?? 1);
  const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)];
  const words = opts.words ?? SYNTHETIC_WORDS;
  const names = [...PEOPLE.flatMap(([full, sur]) => [full, sur]), ...PLACES].sort((a, b) => b.length - a.length);
  const nameRe = new RegExp(names.map(escapeRe).join('|'), 'g');

  const out: NewArticle[] = [];
  for (let n = 0; n < count; n++) {
    // One substitution table per article, so a swapped name is swapped consistently within it.
    const swap = new Map<string, string>();
    for (const [full, sur] of PEOPLE) {
      const [f2, s2] = random() < KEEP_NAME_RATE ? [full, sur] : pick(OTHER_PEOPLE);
      swap.set(full, f2);
      swap.set(sur, s2);
    }
    for (const p of PLACES) swap.set(p, random() < KEEP_NAME_RATE ? p : pick(OTHER_PLACES));
    const rewrite = (s: string) =>
      s
        .replace(nameRe, (m) => swap.get(m) ?? m)
        // Same number of digits, different value: figures stay plausible but disagree across articles.
        .replace(/\d+/g, (d) => String(Math.floor(10 ** (d.length - 1) + random() * 9 * 10 ** (d.length - 1))));

    const sentences: string[] = [];
    let total = 0;
    while (total < words) {
      const s = rewrite(pick(pool));
      sentences.push(s);
      total += s.split(/\s+/).length;
    }
    // A headline starts with a capital; the splitter leaves some fragments that do not.
    let title = sentences.find((s) => /^\p{Lu}/u.test(s)) ?? sentences[0];
    if (title.length > TITLE_MAX_CHARS) title = title.slice(0, title.lastIndexOf(' ', TITLE_MAX_CHARS)) + '…';
    const paragraphs: string[] = [];
    const body = sentences.filter((s) => s !== title);
    for (let i = 0; i < body.length; i += SENTENCES_PER_PARAGRAPH) paragraphs.push(body.slice(i, i + SENTENCES_PER_PARAGRAPH).join(' '));
    out.push({ title, lang: 'fr', text: `${title}\n\n${paragraphs.join('\n\n')}`, url: `https://example.org/synthetic/${opts.seed ?? 1}/${n}` });
  }
  return out;
}
