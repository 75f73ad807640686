/**
 * Checks that the keys of words keyed one sentence at a time (crosslang.ts wordKeysAt) are the whole text's
 * (sentenceBags wordKeys), and, with BASE (a copy of another commit's core/, as speed-ab.ts), that sentenceBags gives
 * the same bags as that version: on every devset corpus text and page and the bundled corpus, each word asked in a
 * shuffled order (a sentence begun, left, and resumed). Prints the texts and words compared and every difference.
 * `BASE=.prof/base/core npx tsx scripts/dev/bags-equal.ts`.
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEVSET } from '../eval/devset';
import { loadBundledCorpus } from '../../cli/corpus-files';
import { analyse } from '../../core/passages/tokens';
import { sentenceBags, wordKeysAt } from '../../core/passages/crosslang';

const BASE = process.env.BASE ? resolve(process.env.BASE) : null;

function* texts(): Generator<{ text: string; lang: string }> {
  for (const d of loadBundledCorpus()) yield { text: d.text, lang: d.lang ?? 'fr' };
  for (const story of readdirSync(DEVSET).sort()) {
    const dir = join(DEVSET, story);
    if (!statSync(dir).isDirectory()) continue;
    for (const sub of ['corpus', 'pages']) {
      const sd = join(dir, sub);
      if (!existsSync(sd)) continue;
      for (const f of readdirSync(sd).sort()) {
        if (!f.endsWith('.txt')) continue;
        const lang = /[._-]en[._-]|^en[._-]/.test(f) ? 'en' : /[._-]fr[._-]|^fr[._-]/.test(f) ? 'fr' : '';
        yield { text: readFileSync(join(sd, f), 'utf8'), lang };
      }
    }
  }
}

async function main(): Promise<void> {
  const base = BASE ? { tokens: await import(join(BASE, 'passages', 'tokens.ts')), cross: await import(join(BASE, 'passages', 'crosslang.ts')) } : null;
  let n = 0;
  let words = 0;
  let diffs = 0;
  let seed = 1;
  const rand = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  for (const { text, langs } of [...texts()].flatMap((t) => (t.lang ? [{ text: t.text, langs: [t.lang] }] : [{ text: t.text, langs: ['en', 'fr'] }]))) {
    for (const lang of langs) {
      n++;
      const lazy = analyse(text, [], lang);
      const order = lazy.wordNorms.map((_, i) => i).sort(() => rand() - 0.5);
      const got: string[][] = [];
      for (const w of order) got[w] = [...wordKeysAt(lazy, w)];
      const whole = sentenceBags(analyse(text, [], lang));
      words += got.length;
      for (let w = 0; w < got.length; w++) {
        if (JSON.stringify(got[w]) !== JSON.stringify(whole.wordKeys[w])) {
          if (diffs++ < 20) console.log('word', w, lazy.wordNorms[w], JSON.stringify(got[w]), JSON.stringify(whole.wordKeys[w]));
        }
      }
      if (base) {
        const old = base.cross.sentenceBags(base.tokens.analyse(text, [], lang));
        const ser = (b: object): string => JSON.stringify(b, (_k, v) => (v instanceof Map ? [...v] : v));
        if (ser(old) !== ser(whole)) {
          if (diffs++ < 20) console.log('bags differ from BASE in text', n, text.slice(0, 60));
        }
      }
    }
  }
  console.log(`${n} texts, ${words} words, ${diffs} differences`);
  process.exitCode = diffs ? 1 : 0;
}
void main();
