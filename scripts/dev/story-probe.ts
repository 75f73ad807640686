/**
 * Dev probe (kept for the next reader of these misses): for devset pages (filter by story or page name: `npx tsx scripts/dev/story-probe.ts hollande`),
 * the page's best corpus entry and what its score is made of, as StoryIndex.match reads it (a page
 * against an article in the other language counts its strongest crossing features): the shared core
 * features with their contributions, then each side's strongest features the other lacks.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadTxtCorpus, REPO_ROOT } from '../../core/corpus/node';
import { extractFeatures } from '../../core/story/features';
import { storyCore, storyDoc, StoryIndex } from '../../core/story/index';
import { datelineDay } from '../../core/dates/dateline';
import { urlDay } from '../../core/dates/url';
import type { Lang } from '../../core/types';
import { bestPart, crosses, shares } from './_story-shares';

// Several filters, comma-separated: a page is probed when its name holds any of them.
const filters = (process.argv[2] ?? '').split(',').filter(Boolean);
const root = join(REPO_ROOT, 'test', 'fixtures', 'devset');
for (const story of readdirSync(root).sort()) {
  if (!existsSync(join(root, story, 'pages', 'manifest.json'))) continue;
  if (filters.length && !filters.some((f) => f.startsWith(story + '/') || !f.includes('/'))) continue;
  const corpus = loadTxtCorpus(join(root, story, 'corpus'));
  const idx = StoryIndex.of(corpus);
  const pages = JSON.parse(readFileSync(join(root, story, 'pages', 'manifest.json'), 'utf8')).articles as Array<{ id: string; lang?: Lang; sameStory: boolean; url?: string; published?: string }>;
  for (const p of pages) {
    if (filters.length && !filters.some((f) => `${story}/${p.id}`.includes(f))) continue;
    const text = readFileSync(join(root, story, 'pages', p.id), 'utf8');
    const lang = p.lang ?? 'fr';
    // STORY_PROBE_DATED=1: the page's manifest day, as the eval's dated section reads it.
    const published = (process.env.STORY_PROBE_DATED ? p.published : undefined) ?? urlDay(p.url) ?? datelineDay(text, lang) ?? undefined;
    const page = { title: text.split('\n', 1)[0].trim(), text, lang, published };
    const all = idx.match(page, { threshold: -Infinity });
    const [b] = all;
    if (!b) continue;
    const doc = corpus.find((d) => d.id === b.id)!;
    const sd = storyDoc(doc);
    const feats = extractFeatures(page);
    const cross = doc.lang !== lang;
    const ps = shares(cross ? storyCore(feats.filter((f) => crosses(f.key))) : storyCore(feats), cross);
    const { index: partIndex, overlap: bestScore } = bestPart(sd.parts, ps, cross);
    const ds = shares(sd.parts[partIndex], cross);
    console.log(`\n== ${story} ${p.id} (${p.sameStory ? 'same' : 'DIFF'}, ${lang}, day ${published ?? '?'}) best ${b.id} (${doc.lang}, ${doc.published ?? '?'}) part ${partIndex} overlap ${bestScore.toFixed(3)} score ${b.score}; all: ${all.map((s) => s.score).join(' ')}`);
    const byKey = new Map(feats.map((f) => [f.key, f] as const));
    const docFeats = new Map(extractFeatures(doc).map((f) => [f.key, f] as const));
    // A feature as weight (title and lead mentions counted up) x specificity, on the page and in the source.
    const ws = (f: { weight: number; spec: number } | undefined): string => (f ? `w${f.weight.toFixed(0)}*s${f.spec.toFixed(2)}` : '-');
    console.log(`  page: ${feats.length} features, ${ps.size} in its ${cross ? 'crossing ' : ''}core, ${text.length} chars; source: ${docFeats.size} features, ${ds.size} in its core`);
    const shared = [...ps].filter(([k]) => ds.has(k)).map(([k, v]) => [k, Math.min(v, ds.get(k)!), v, ds.get(k)!] as const).sort((a, b) => b[1] - a[1]);
    console.log('  shared (contribution, page share/source share, page and source weight*spec): ' + shared.map(([k, c, a, d]) => `${k} ${c.toFixed(3)} (${a.toFixed(3)}/${d.toFixed(3)} ${ws(byKey.get(k))} ${ws(docFeats.get(k))})`).join(', '));
    console.log('  page only: ' + [...ps].filter(([k]) => !ds.has(k)).slice(0, 25).map(([k, v]) => `${k} ${v.toFixed(3)} ${ws(byKey.get(k))}${docFeats.has(k) ? ' (source: ' + ws(docFeats.get(k)) + ')' : ''}`).join(', '));
    console.log('  doc only: ' + [...ds].filter(([k]) => !ps.has(k)).slice(0, 25).map(([k, v]) => `${k} ${v.toFixed(3)} ${ws(docFeats.get(k))}${byKey.has(k) ? ' (page: ' + ws(byKey.get(k)) + ')' : ''}`).join(', '));
  }
}
