/**
 * Dev helper (session 47, pfrag47): the Analysis of a development-set page or source named by a row of
 * passage-false-classes.ts, analysed once and cached, for pfrag47-offline.ts and pfrag47-variants.ts. A page row
 * carries its language; a source's language is read from its story's corpus manifest ("articles").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse, type Analysis } from '../../core/passages/tokens';
import { DEVSET } from '../eval/devset';

const cache = new Map<string, Analysis>();
const langOf = new Map<string, string>();
const manifestsRead = new Set<string>();

/** The Analysis of file `id` under `kind` ('pages' or 'corpus') of devset story `story`, in `lang` when given. */
export function analysisOf(story: string, kind: string, id: string, lang?: string): Analysis {
  const k = `${story}/${kind}/${id}`;
  const hit = cache.get(k);
  if (hit) return hit;
  if (!lang && !manifestsRead.has(story)) {
    const m = JSON.parse(readFileSync(join(DEVSET, story, 'corpus', 'manifest.json'), 'utf8'));
    for (const d of m.articles) langOf.set(`${story}/${d.id}`, d.lang);
    manifestsRead.add(story);
  }
  const a = analyse(readFileSync(join(DEVSET, story, kind, id), 'utf8'), [], lang ?? langOf.get(`${story}/${id}`) ?? 'en');
  cache.set(k, a);
  return a;
}
