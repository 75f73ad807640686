/**
 * Throwaway check: prints every passage the engine reports on the seeds (leave-one-out) and on the
 * development set (each page against its whole corpus), one JSON line each, so that a refactoring can
 * be diffed against the code before it (`npx tsx scripts/dev/passages-dump.ts > a.jsonl`).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createPassageIndex, addDocument, findPassages } from '../../core/passages/index';
import { loadTxtCorpus, REPO_ROOT } from '../../core/corpus/node';
import { loadCorpus } from '../eval/passages';

const line = (tag: string, ps: ReturnType<typeof findPassages>) => {
  for (const p of ps) console.log(JSON.stringify({ tag, k: p.kind, s: p.score, p: [p.page.start, p.page.end], src: [p.source.id, p.source.start, p.source.end] }));
};
if (existsSync(join(REPO_ROOT, '..', 'shared', 'corpus'))) {
  const docs = loadCorpus();
  for (const page of docs) {
    const index = createPassageIndex();
    for (const d of docs) if (d !== page) addDocument(index, d);
    line(`seed:${page.id}`, findPassages(index, { title: page.title, lang: page.lang, text: page.text }));
  }
}
const DEVSET = join(REPO_ROOT, 'test', 'fixtures', 'devset');
for (const story of readdirSync(DEVSET).sort()) {
  if (!existsSync(join(DEVSET, story, 'corpus'))) continue;
  const corpus = loadTxtCorpus(join(DEVSET, story, 'corpus'));
  const index = createPassageIndex();
  for (const d of corpus) addDocument(index, d);
  const pages = JSON.parse(readFileSync(join(DEVSET, story, 'pages', 'manifest.json'), 'utf8')).articles as Array<{ id: string; lang?: 'fr' | 'en' }>;
  for (const pg of pages) {
    const text = readFileSync(join(DEVSET, story, 'pages', pg.id), 'utf8');
    line(`${story}:${pg.id}`, findPassages(index, { title: text.split('\n', 1)[0], lang: pg.lang ?? 'fr', text }, { sourceIds: corpus.map((d) => d.id) }));
  }
}
