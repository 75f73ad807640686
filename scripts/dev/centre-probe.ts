/**
 * Dev probe (story41, kept for the next reader of same-story false matches): what each side has at its centre (title
 * and lead) against what the other side gives only in its body, read on names (p: keys). For every devset page scoring
 * at least MIN with its best entry (both read from story-quick's output: `/tmp/story41-quick-before.txt` or the file
 * given), one line per page:
 * - default (D2): the page's centre names at the centre of some article of the corpus, only in some article's body,
 *   absent from every article;
 * - SC=1: the story's centre (names at the centre of at least STORY_CENTRE_SHARE of its articles) at the page's
 *   centre, only in its body, or absent from it; with the count of the page's centre names absent from the corpus;
 * - FULL=1: the best entry's centre names at the page's centre, only in its body, or absent from it.
 * A candidate rule is one whose signal fires on negatives and on no same-story page: none did (core/story/README.md,
 * session 41). The centre is read as extractFeatures reads title and lead (leadRange), names only.
 * `npx tsx scripts/dev/story-quick.ts > /tmp/q.txt; npx tsx scripts/dev/centre-probe.ts /tmp/q.txt`
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTxtCorpus, REPO_ROOT } from '../../core/corpus/node';
import { extractFeatures, leadRange } from '../../core/story/features';
import type { Lang } from '../../core/types';

const MIN = 0.3;
const quick = readFileSync(process.argv[2] ?? '/tmp/story41-quick-before.txt', 'utf8').split('\n').filter((l) => l && !l.startsWith('bundled'));
const root = join(REPO_ROOT, 'test', 'fixtures', 'devset');
const corpora = new Map<string, ReturnType<typeof loadTxtCorpus>>();
const allKeys = new Map<string, Set<string>>();
/** Names at the centre of at least STORY_CENTRE_SHARE of the corpus's articles: the story's centre. */
const STORY_CENTRE_SHARE = 0.5;
const storyCentre = new Map<string, string[]>();
/** Names at the centre of any article of the corpus. */
const anyCentre = new Map<string, Set<string>>();
function names(doc: { title: string; text: string; lang: Lang; ignore?: Array<[number, number]> }): { all: Set<string>; centre: Set<string> } {
  const full = extractFeatures(doc).filter((f) => f.key.startsWith('p:'));
  const [s, e] = leadRange(doc);
  const centreF = new Set(extractFeatures({ title: doc.title, text: doc.text.slice(s, e), lang: doc.lang }).filter((f) => f.key.startsWith('p:')).map((f) => f.key));
  const all = new Set(full.map((f) => f.key));
  return { all, centre: new Set([...centreF].filter((k) => all.has(k))) };
}
for (const line of quick) {
  const [story, lang, same, , dated, id, best] = line.split(' ');
  if (Number(dated) < MIN || best === '-') continue;
  if (!corpora.has(story)) {
    const c = loadTxtCorpus(join(root, story, 'corpus'));
    corpora.set(story, c);
    const keys = new Set<string>();
    const cc = new Map<string, number>();
    for (const d of c) {
      const n = names(d);
      for (const k of n.all) keys.add(k);
      for (const k of n.centre) cc.set(k, (cc.get(k) ?? 0) + 1);
    }
    allKeys.set(story, keys);
    anyCentre.set(story, new Set(cc.keys()));
    storyCentre.set(story, [...cc].filter(([, v]) => v >= STORY_CENTRE_SHARE * c.length).map(([k]) => k));
  }
  const corpus = corpora.get(story)!;
  const text = readFileSync(join(root, story, 'pages', id), 'utf8');
  const page = names({ title: text.split('\n', 1)[0].trim(), text, lang: lang as Lang });
  const entry = corpus.find((d) => d.id === best)!;
  const e = names(entry);
  const keys = allKeys.get(story)!;
  const pageCentreAbsent = [...page.centre].filter((k) => !keys.has(k));
  const pageCentreInCorpus = [...page.centre].filter((k) => keys.has(k));
  const entryCentreInPageCentre = [...e.centre].filter((k) => page.centre.has(k));
  const entryCentreInPageBody = [...e.centre].filter((k) => !page.centre.has(k) && page.all.has(k));
  const entryCentreAbsent = [...e.centre].filter((k) => !page.all.has(k));
  const sc = storyCentre.get(story)!;
  const scCentre = sc.filter((k) => page.centre.has(k));
  const scBody = sc.filter((k) => !page.centre.has(k) && page.all.has(k));
  const ac = anyCentre.get(story)!;
  const pcAtCorpusCentre = [...page.centre].filter((k) => ac.has(k));
  const pcCorpusBodyOnly = [...page.centre].filter((k) => !ac.has(k) && keys.has(k));
  console.log(`${same} ${dated} D2 atCentre ${pcAtCorpusCentre.length} bodyOnly ${pcCorpusBodyOnly.length} absent ${pageCentreAbsent.length} [${pcCorpusBodyOnly.join(' ')}] ${story}/${id}`);
  if (process.env.SC) console.log(`${same} ${dated} SC ${sc.length} centre ${scCentre.length} body ${scBody.length} absent ${sc.length - scCentre.length - scBody.length} [${sc.join(' ')}] ${story}/${id} | PCabsent ${pageCentreAbsent.length}/${page.centre.size}`);
  if (process.env.FULL) console.log(`${same} ${dated} ${story}/${id} | pageCentre absent ${pageCentreAbsent.length}/${page.centre.size} [${pageCentreAbsent.join(' ')}] inCorpus [${pageCentreInCorpus.join(' ')}] | entryCentre inPageCentre ${entryCentreInPageCentre.length} body [${entryCentreInPageBody.join(' ')}] absent ${entryCentreAbsent.length}/${e.centre.size}`);
}
