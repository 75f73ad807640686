/** How far after an event noun the development set writes the weekday of its phrase: for each event noun of every
 * page and corpus text, the distance to the first weekday met before a phrase stop (occasion.ts phraseStop), up to 20
 * tokens. A tool for occasion.ts's DAY_AFTER_NOUN, not a measure. Usage: tsx scripts/dev/occasion-reach.ts */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fold } from '../../core/text/fold';
import { tokenize } from '../../core/figures/tokens';
import { nounAt, phraseStop, weekdayOf } from '../../core/figures/occasion';

const root = 'test/fixtures/devset';
const hist = new Map<number, number>();
for (const story of readdirSync(root)) {
  for (const sub of ['pages', 'corpus']) {
    const dir = join(root, story, sub);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)) {
      if (!f.endsWith('.txt')) continue;
      const text = readFileSync(join(dir, f), 'utf8');
      const lang = (text.match(/\b(the|and|of)\b/g)?.length ?? 0) > (text.match(/\b(le|la|les|des)\b/g)?.length ?? 0) ? 'en' : 'fr';
      const toks = tokenize(fold(text), lang, text);
      for (let k = 0; k < toks.length; k++) {
        if (!nounAt(toks, k)) continue;
        for (let q = k + 1; q < toks.length && q <= k + 20 && !toks[q].nl && !['.', '!', '?'].includes(toks[q].t); q++) {
          if (weekdayOf(toks[q])) { hist.set(q - k, (hist.get(q - k) ?? 0) + 1); break; }
          if (phraseStop(toks, q)) break;
        }
      }
    }
  }
}
let total = 0;
for (const v of hist.values()) total += v;
let cum = 0;
for (const d of [...hist.keys()].sort((a, b) => a - b)) { cum += hist.get(d)!; console.log(`distance ${d}: ${hist.get(d)} (cumulative ${cum}/${total})`); }
