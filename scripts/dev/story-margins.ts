/**
 * Dev probe: same-story score distributions per page language, fast (story only, no figures or passages),
 * for the development set and, in aggregate only, the held-out set (no page name or text is printed for a
 * held-out story: it is measurement, never read to design a rule). Pages read as `npm run eval`'s devset and
 * held-out sections read them: their manifest's `published` day, through Engine.compare.
 * `npx tsx scripts/dev/story-margins.ts` (`STORY_DEVSET_PAGES=1` lists the development set's pages;
 * `RECOUPE_EVAL_NO_HOLDOUT=1` leaves the held-out set out).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadTxtCorpus, REPO_ROOT } from '../../core/corpus/node';
import { Engine } from '../../core/engine';
import { SAME_STORY_THRESHOLD } from '../../core/story/index';
import type { Lang } from '../../core/types';

type Row = { lang: Lang; same: boolean; best: number; id: string; story: string };

function scoreSet(root: string): Row[] {
  const rows: Row[] = [];
  for (const story of readdirSync(root).sort()) {
    const dir = join(root, story);
    if (!existsSync(join(dir, 'pages', 'manifest.json'))) continue;
    const engine = new Engine(loadTxtCorpus(join(dir, 'corpus')));
    const pages = JSON.parse(readFileSync(join(dir, 'pages', 'manifest.json'), 'utf8')).articles as Array<{ id: string; lang?: Lang; sameStory: boolean; published?: string }>;
    for (const p of pages) {
      const text = readFileSync(join(dir, 'pages', p.id), 'utf8');
      const lang = p.lang ?? 'fr';
      const r = engine.compare({ title: text.split('\n', 1)[0].trim(), text, lang, published: p.published }, { threshold: 0 });
      rows.push({ lang, same: p.sameStory, best: r.sources[0]?.score ?? 0, id: p.id, story });
    }
  }
  return rows;
}

function summary(label: string, rows: Row[]): void {
  for (const lang of ['fr', 'en', 'all'] as const) {
    const rs = rows.filter((r) => lang === 'all' || r.lang === lang);
    const pos = rs.filter((r) => r.same).map((r) => r.best).sort((a, b) => a - b);
    const neg = rs.filter((r) => !r.same).map((r) => r.best).sort((a, b) => a - b);
    const tp = pos.filter((s) => s >= SAME_STORY_THRESHOLD).length;
    const fp = neg.filter((s) => s >= SAME_STORY_THRESHOLD).length;
    const lo = pos[0] ?? NaN;
    const hi = neg[neg.length - 1] ?? NaN;
    console.log(`${label} ${lang.padEnd(3)} recall ${tp}/${pos.length}, false ${fp}/${neg.length}, lowest positive ${lo.toFixed(3)}, highest negative ${hi.toFixed(3)}, margin ${(lo - hi).toFixed(3)}; positives ${pos.map((s) => s.toFixed(2)).join(' ')}`);
  }
}

const dev = scoreSet(join(REPO_ROOT, 'test', 'fixtures', 'devset'));
summary('devset ', dev);
if (process.env.STORY_DEVSET_PAGES) for (const r of dev) console.log(`  ${r.story} ${r.lang} ${r.same ? 'same' : 'diff'} ${r.best.toFixed(3)} ${r.id}`);
const holdout = join(REPO_ROOT, 'test', 'fixtures', 'holdout');
// RECOUPE_EVAL_NO_HOLDOUT=1 keeps the held-out stories out of the run, as it does for `npm run eval`.
if (existsSync(holdout) && !process.env.RECOUPE_EVAL_NO_HOLDOUT) summary('holdout', scoreSet(holdout));
