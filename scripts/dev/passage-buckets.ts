/**
 * Throwaway probe: every passage the engine reports on the devset (pages against their whole corpus,
 * "given the story"), one JSON line each, with whether the gold pairs it and, when not, a bucket:
 * - `wrong-counterpart`: the page span is a gold member whose group has a member in this source, but
 *   the source span is another text of that source;
 * - `page-gold-elsewhere`: the page span is a gold member, the source has no member of its group
 *   (a gold gap or a same-topic sentence);
 * - `unpaired`: the page span is in no gold group (boilerplate, generic sentence or gold gap).
 * Usage: npx tsx scripts/dev/passage-buckets.ts > out.jsonl
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadTxtCorpus, REPO_ROOT } from '../../core/corpus/node';
import { addDocument, createPassageIndex, findPassages } from '../../core/passages/index';

const DEVSET = join(REPO_ROOT, 'test', 'fixtures', 'devset');
interface M { doc: string; start: number; end: number; quote: string }
interface G { id: string; kind: string; members: M[] }
const ov = (m: { start: number; end: number }, s: number, e: number): boolean => m.start < e && s < m.end;
for (const story of readdirSync(DEVSET).sort()) {
  if (!existsSync(join(DEVSET, story, 'corpus'))) continue;
  const corpus = loadTxtCorpus(join(DEVSET, story, 'corpus'));
  const raw = JSON.parse(readFileSync(join(DEVSET, story, 'gold-passages.json'), 'utf8'));
  const gold: G[] = Array.isArray(raw) ? raw : raw.groups;
  const pages = JSON.parse(readFileSync(join(DEVSET, story, 'pages', 'manifest.json'), 'utf8')).articles as Array<{ id: string; lang?: 'fr' | 'en'; sameStory: boolean; published?: string }>;
  const index = createPassageIndex();
  for (const d of corpus) addDocument(index, d);
  for (const pg of pages) {
    if (!pg.sameStory) continue;
    const text = readFileSync(join(DEVSET, story, 'pages', pg.id), 'utf8');
    const lang = pg.lang ?? 'fr';
    const ps = findPassages(index, { title: text.split('\n', 1)[0], lang, text, published: pg.published }, { sourceIds: corpus.map((d) => d.id) });
    const doc = `pages/${pg.id}`;
    for (const x of ps) {
      const src = `corpus/${x.source.id}`;
      const pageGroups = gold.filter((g) => g.members.some((m) => m.doc === doc && ov(m, x.page.start, x.page.end)));
      const ok = pageGroups.some((g) => g.members.some((m) => m.doc === src && ov(m, x.source.start, x.source.end)));
      let bucket = 'right';
      if (!ok) {
        if (pageGroups.length === 0) bucket = 'unpaired';
        else if (pageGroups.some((g) => g.members.some((m) => m.doc === src))) bucket = 'wrong-counterpart';
        else bucket = 'page-gold-elsewhere';
      }
      const srcGroups = gold.filter((g) => g.members.some((m) => m.doc === src && ov(m, x.source.start, x.source.end))).map((g) => g.id);
      const d = corpus.find((c) => c.id === x.source.id)!;
      console.log(JSON.stringify({ story, page: pg.id, lang, src: x.source.id, kind: x.kind, score: x.score, x: !!x.translated, ok, bucket, pTitle: x.page.start < text.indexOf('\n'), sTitle: x.source.start < d.text.indexOf('\n'), pageGroups: pageGroups.map((g) => g.id), srcGroups, pt: x.page.text.slice(0, 140), st: x.source.text.slice(0, 140) }));
    }
  }
}
