/**
 * The French and English words of the story background lists (core/story/background.json: the 10,000 most common
 * words of each language, no story's) that the cognate keys (core/concepts/cognates.ts) join while the words and
 * their stems differ and the concept table knows neither: a list to read for false friends (two meanings, one key)
 * and for what the rules bring. Session 20 (cognates20). Usage: tsx scripts/dev/cognate-pairs.ts [first N words of
 * each list, default 10000]
 */
import bg from '../../core/story/background.json';
import { cognateKeys } from '../../core/concepts/cognates';
import { conceptsOf } from '../../core/concepts/index';
import { stem } from '../../core/text/stem';

const n = Number(process.argv[2] ?? 10000);
const words = (s: string): string[] => s.split(/\s+/).filter((w) => /^[a-z]+$/.test(w) && !conceptsOf(w).length).slice(0, n);
const byKey = new Map<string, Set<string>>();
// Every key of a word (cognateKeys: its cognate key and its inflection key), as the figures compare them.
for (const w of words(bg.en)) for (const k of cognateKeys(w)) byKey.set(k, (byKey.get(k) ?? new Set()).add(w));
let pairs = 0;
for (const w of words(bg.fr)) {
  const hits = [...new Set(cognateKeys(w).flatMap((k) => [...byKey.get(k) ?? []]))].filter((e) => stem(e) !== stem(w));
  if (hits.length) { pairs++; console.log(`${w}\t${hits.join(' ')}`); }
}
console.log(`# ${pairs} French words meet an English word of another stem`);
