/**
 * The page the passage bench and the passage profile query (the leading underscore keeps it out of
 * scripts/run-all.ts).
 */
import type { CorpusDoc, PageInput } from '../../core/types';

/** Words of the bench page: about 2,000, the length of a long feature article. */
export const PAGE_WORDS = 2000;

/** A long article that reuses agency copy: the bundled articles one after the other, cut at a
 *  line end near PAGE_WORDS words. It is none of the corpus articles but shares passages with all. */
export function benchPage(docs: CorpusDoc[]): PageInput {
  const lines = docs.flatMap((d) => d.text.split('\n'));
  const out: string[] = [];
  let n = 0;
  for (const l of lines) {
    if (n >= PAGE_WORDS) break;
    out.push(l);
    n += l.split(/\s+/).filter(Boolean).length;
  }
  return { title: 'bench page', lang: 'fr', text: out.join('\n') };
}
