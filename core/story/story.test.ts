import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBundledCorpus, REPO_ROOT } from '../corpus/node';
import { guessLang } from '../text/lang';
import { StoryIndex, SAME_STORY_THRESHOLD, timeProximity, vowelAlias, letterAlias, countAlias, countKinds, kindsMeet, isCurrentStoryDoc, counts, countConflict, tallyShared, prominentCounts, distinctNumber, acronymKeys, type StoryDoc } from './index';
import { nameKey, storyNameKey, extractFeatures, tollOfPlainCount } from './features';
import { concept } from '../concepts/index';
import { Engine } from '../engine';

const corpus = loadBundledCorpus();
const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'story');
const expectations: Record<string, boolean> = JSON.parse(readFileSync(join(FIXTURES, 'expectations.json'), 'utf8')).cases;

function fixturePage(file: string) {
  const text = readFileSync(join(FIXTURES, file), 'utf8');
  const title = text.split('\n', 1)[0];
  return { title, text: text.slice(title.length + 1), lang: guessLang(text) };
}

function indexOf(docs = corpus): StoryIndex {
  const idx = new StoryIndex();
  for (const d of docs) idx.add(d);
  return idx;
}

describe('same-story detection', () => {
  it('leave-one-out: each bundled article, as the page, finds the four others and not itself', () => {
    for (const page of corpus) {
      const others = corpus.filter((d) => d.id !== page.id);
      const found = indexOf(others).match(page).map((s) => s.id);
      expect(found.sort(), page.id).toEqual(others.map((d) => d.id).sort());
    }
  });

  it('a page that is itself a corpus article lists the other sources, not itself', () => {
    const engine = new Engine(corpus);
    for (const page of corpus) {
      const r = engine.compare({ title: page.title, lang: page.lang, text: page.text });
      expect(r.sources.map((s) => s.id), page.id).not.toContain(page.id);
      expect(r.sources.length, page.id).toBe(corpus.length - 1);
    }
  });

  const idx = indexOf();
  for (const [file, same] of Object.entries(expectations)) {
    it(`${same ? 'recognises' : 'rejects'} ${file}`, () => {
      const found = idx.match(fixturePage(file));
      expect(found.length > 0).toBe(same);
    });
  }

  it('explains a match with names that cross languages', () => {
    const [best] = idx.match(fixturePage('en-nato-confirms-nk-troops.txt'));
    expect(best.why).toEqual(expect.arrayContaining(['North Korean', 'Kursk']));
    expect(best.score).toBeGreaterThan(SAME_STORY_THRESHOLD);
    expect(best.score).toBeLessThanOrEqual(1);
  });

  it('a live blog that mentions Kharkiv does not make a Kharkiv page the same story', () => {
    const live = corpus.find((d) => d.text.startsWith('EN DIRECT'))!;
    expect(indexOf([live]).match(fixturePage('neg-fr-frappes-kharkiv.txt'))).toEqual([]);
    // ...while a page on the live blog's main story matches it.
    expect(indexOf([live]).match(fixturePage('fr-combats-koursk-nord-coreens.txt')).length).toBe(1);
  });

  it('hidden articles are not listed', () => {
    const page = fixturePage('fr-depeche-courte.txt');
    const all = idx.match(page);
    const hidden = new Set([all[0].id]);
    expect(idx.match(page, { exclude: hidden }).map((s) => s.id)).not.toContain(all[0].id);
  });

  it('adding and removing articles is incremental and reversible', () => {
    const i = indexOf(corpus.slice(0, 2));
    const page = fixturePage('fr-depeche-courte.txt');
    const before = i.match(page).length;
    i.add(corpus[2]);
    expect(i.match(page).length).toBe(before + 1);
    i.remove(corpus[2].id);
    expect(i.match(page).length).toBe(before);
    expect(StoryIndex.fromData(JSON.parse(JSON.stringify(i.toData()))).match(page)).toEqual(i.match(page));
  });

  it('an article added again under its id is held once, and saved once', () => {
    const i = indexOf(corpus.slice(0, 3));
    const page = fixturePage('fr-depeche-courte.txt');
    const before = i.match(page);
    i.add(corpus[2]);
    expect(i.size).toBe(3);
    expect(i.match(page)).toEqual(before);
    expect(i.toData().docs.map((d) => d.id)).toEqual(corpus.slice(0, 3).map((d) => d.id));
  });

  it('an article added again under its id with a new title is shown under the new title, each source by its own', () => {
    const i = indexOf(corpus.slice(0, 3));
    const page = fixturePage('fr-depeche-courte.txt');
    i.add({ ...corpus[2], title: 'Un titre revu par la rédaction' });
    const found = i.match(page);
    const byId = new Map(found.map((s) => [s.id, s.title]));
    // The article re-added and at least one other are sources, or the titles below check nothing.
    const others = corpus.slice(0, 2).filter((d) => byId.has(d.id));
    expect(byId.has(corpus[2].id)).toBe(true);
    expect(others.length).toBeGreaterThan(0);
    expect(byId.get(corpus[2].id)).toBe('Un titre revu par la rédaction');
    for (const d of others) expect(byId.get(d.id)).toBe(d.title);
  });

  it('sources past the explained ones share an empty, frozen "why": no reader can fill another source\'s', () => {
    const page = fixturePage('fr-depeche-courte.txt');
    const matched = new Set(indexOf().match(page).map((s) => s.id));
    const on = corpus.filter((d) => matched.has(d.id));
    expect(on.length).toBeGreaterThan(0);
    const many = [...corpus];
    for (let k = 0; k < 150; k++) many.push({ ...on[k % on.length], id: `copy-${k}`, text: on[k % on.length].text + `\n\nMise à jour ${k}.` });
    const found = indexOf(many).match(page);
    expect(found.length).toBeGreaterThan(100);
    expect(found.slice(0, 100).every((s) => s.why.length > 0)).toBe(true);
    for (const s of found.slice(100)) {
      expect(s.why).toEqual([]);
      expect(Object.isFrozen(s.why)).toBe(true);
    }
  });

  it('pages with no text, or only function words, match nothing and do not throw', () => {
    for (const text of ['', '   ', 'le la les the of and', '1 2 3 4 5', '\u0000\uFFFF\uD800']) {
      expect(idx.match({ title: '', text, lang: 'fr' })).toEqual([]);
    }
  });
});

describe('cached entries', () => {
  it('an entry of the former format (one core, no sections) is not current, so it is recomputed', () => {
    const old = { id: 'a', title: 't', lang: 'fr', core: [['p:kursk', 0.2, true]], fingerprint: [] } as unknown as StoryDoc;
    expect(isCurrentStoryDoc(old)).toBe(false);
    const current = indexOf(corpus.slice(0, 1)).toData().docs[0];
    // An entry of an older feature set (same shape, earlier format) is recomputed too.
    expect(isCurrentStoryDoc({ ...current, format: undefined })).toBe(false);
    expect(isCurrentStoryDoc(indexOf(corpus.slice(0, 1)).toData().docs[0])).toBe(true);
  });
});

describe('publication dates', () => {
  it('articles weeks apart, or of unknown date, keep their score; an event months later loses it', () => {
    expect(timeProximity('2023-01-31', '2023-02-01')).toBe(1);
    expect(timeProximity(undefined, '2023-02-01')).toBe(1);
    // A developing story: the bundled corpus runs from 21 October to 4 December.
    expect(timeProximity('2024-10-21', '2024-12-04')).toBe(1);
    expect(timeProximity('2024-02-12', '2024-06-08')).toBeLessThan(0.3);
    expect(timeProximity('2022-06-19', '2024-07-07')).toBeLessThan(0.01);
  });

  it('a page on the story dated months after the corpus is not matched', () => {
    const i = indexOf(corpus.map((d) => ({ ...d, published: '2024-10-30' })));
    const page = fixturePage('fr-depeche-courte.txt');
    expect(i.match({ ...page, published: '2024-11-01' }).length).toBeGreaterThan(0);
    expect(i.match({ ...page, published: '2025-03-01' })).toEqual([]);
  });

  it('a page dated weeks before the first article it matches is on an earlier event; days before, or after a first report, it is on the story', () => {
    const i = indexOf(corpus.map((d) => ({ ...d, published: '2024-10-30' })));
    const page = fixturePage('fr-depeche-courte.txt');
    // Seven weeks before: within the weeks a story runs (timeProximity), but before its first report.
    expect(timeProximity('2024-09-10', '2024-10-30')).toBe(1);
    expect(i.match({ ...page, published: '2024-09-10' })).toEqual([]);
    // A few days before the corpus's first article: an early report of the story.
    expect(i.match({ ...page, published: '2024-10-25' }).length).toBeGreaterThan(0);
    // The story's first report is the earliest article: a page weeks before its later articles is on it.
    const spread = indexOf(corpus.map((d, k) => ({ ...d, published: k === 0 ? '2024-09-08' : '2024-10-30' })));
    expect(spread.match({ ...page, published: '2024-09-10' }).length).toBeGreaterThan(0);
  });

  it('an undated page whose title gives a month and year years before the story is on an earlier event; a recalled one is not', () => {
    const i = indexOf(corpus.map((d) => ({ ...d, published: '2024-10-30' })));
    const page = fixturePage('fr-depeche-courte.txt');
    expect(i.match(page).length).toBeGreaterThan(0);
    expect(i.match({ ...page, title: page.title + ' (octobre 2016)' })).toEqual([]);
    // The story's own month, or a month it is compared with, keeps the page.
    expect(i.match({ ...page, title: page.title + ' (octobre 2024)' }).length).toBeGreaterThan(0);
    expect(i.match({ ...page, title: page.title + ', du jamais vu depuis octobre 2016' }).length).toBeGreaterThan(0);
  });
});

describe('a page weeks after the story it matches', () => {
  // A port authority's monthly traffic report and its director's dismissal (invented): the story of early April.
  const reports = [
    {
      id: 'r1', lang: 'en' as const, published: '2025-04-03',
      title: 'Harbour traffic slumps in March, Valdor port director Tomas Ekwall dismissed',
      text: 'Harbour traffic slumps in March, Valdor port director Tomas Ekwall dismissed\nThe Valdor Port Authority said on Thursday that 41,700 containers passed through its terminals in March, far below the 58,000 forecast. Governor Lina Marsk dismissed the port director Tomas Ekwall hours later, accusing the authority of hiding a slowdown. Ekwall had led the Valdor Port Authority since 2019. Dockers at the Valdor terminals said the March figure matched what they saw on the quays. The authority revised February down to 49,300 containers.',
    },
    {
      id: 'r2', lang: 'en' as const, published: '2025-04-04',
      title: 'Governor defends firing of Valdor port chief after weak March traffic',
      text: 'Governor defends firing of Valdor port chief after weak March traffic\nGovernor Lina Marsk on Friday defended the dismissal of Tomas Ekwall, the director of the Valdor Port Authority, after the authority counted 41,700 containers in March. Marsk said the Valdor terminals needed a director who could be trusted. Dockers and shipping lines said the 41,700 containers reported by the authority were no surprise after a slow winter at the Valdor Port Authority.',
    },
  ];
  const index = () => StoryIndex.of(reports);
  // The next month's report by the same authority: its own day and its own count, last month's in passing.
  const nextMonth = (extra = '') => ({
    title: 'Valdor port traffic falls again in April',
    lang: 'en' as const,
    text: `Valdor port traffic falls again in April\nThe Valdor Port Authority said on Friday, May 9, that 36,200 containers passed through its terminals in April, the first count since Governor Lina Marsk dismissed Tomas Ekwall.\nThe 36,200 containers fell short of the 45,000 forecast, and the authority said the slowdown at the Valdor terminals would last.\nShipping lines have moved part of their calls to other harbours along the coast, and the dockers' union asked for talks on working hours at the Valdor terminals before the summer season.\nMarch was revised to 42,100 from 41,700 containers.${extra}`,
  });
  const score = (page: ReturnType<typeof nextMonth>, published: string) => index().match({ ...page, published }, { threshold: -Infinity })[0]?.score ?? 0;

  it('scores less five weeks on when it recalls nothing of the story', () => {
    const base = score(nextMonth(), '2025-04-20');
    expect(base).toBeGreaterThan(0.2);
    expect(score(nextMonth(), '2025-05-09')).toBeLessThan(base * 0.7);
  });

  it('is read against the latest article it resembles, not only those it matches', () => {
    // A later article on the same authority that the page resembles without matching it: the story's course runs on.
    const later = {
      id: 'r3', lang: 'en' as const, published: '2025-05-06',
      title: 'New director named at the Valdor Port Authority',
      text: 'New director named at the Valdor Port Authority\nGovernor Lina Marsk named Ines Larrau to lead the Valdor Port Authority on Tuesday, a month after she dismissed Tomas Ekwall. Larrau ran the ferry terminal at Osmund for six years and promised to publish the monthly count of containers on time.',
    };
    const withLater = StoryIndex.of([...reports, later]);
    const r3 = withLater.match({ ...nextMonth(), published: '2025-05-09' }, { threshold: -Infinity }).find((m) => m.id === 'r3')?.score ?? 0;
    expect(r3).toBeGreaterThan(SAME_STORY_THRESHOLD / 2);
    expect(r3).toBeLessThan(SAME_STORY_THRESHOLD);
    const at = (published: string) => withLater.match({ ...nextMonth(), published }, { threshold: -Infinity }).find((m) => m.id === 'r1')?.score ?? 0;
    expect(at('2025-05-09')).toBeCloseTo(at('2025-04-20'), 5);
  });

  it('undated, is read on the day it reports, not on a day it announces', () => {
    const undated = score(nextMonth(), '');
    expect(undated).toBeLessThan(score(nextMonth(), '2025-04-20') * 0.7);
    // The same page announcing the day instead of reporting it: no day of its own, no time to read.
    const ahead = { ...nextMonth(), text: nextMonth().text.replace('said on Friday, May 9, that', 'will say on Friday, May 9, whether') };
    expect(score(ahead, '')).toBeCloseTo(score(ahead, '2025-04-20'), 5);
  });

  it('keeps its score when it names a day of the story or leads with its figure', () => {
    const named = nextMonth(' Ekwall was dismissed on April 3.');
    expect(score(named, '2025-05-09')).toBeCloseTo(score(named, '2025-04-20'), 5);
    const figure = { ...nextMonth(), title: 'Valdor port traffic after the 41,700 containers of March' };
    expect(score(figure, '2025-05-09')).toBeCloseTo(score(figure, '2025-04-20'), 5);
  });
});

describe('a page on the first days of a story whose corpus holds its later reports', () => {
  // An invented plant fire: a short first report (smoke over the town) and two reports of the charges, two weeks on.
  const smoke = {
    id: 'f0', lang: 'en' as const, published: '2025-03-20',
    title: 'Smoke over Korvane',
    text: 'Smoke over Korvane\nA large cloud of smoke rose over the industrial zone of Korvane on Thursday night, and the motorway was closed for two hours. Residents were told to keep their windows shut.',
  };
  const charges = [
    {
      id: 'f1', lang: 'en' as const, published: '2025-04-02',
      title: 'Prosecutor charges Tessaly Chemicals over Korvane plant fire that injured 14 workers',
      text: 'Prosecutor charges Tessaly Chemicals over Korvane plant fire that injured 14 workers\nThe prosecutor Ana Brevik charged Tessaly Chemicals on Wednesday over the fire at its Korvane plant, which injured 14 workers. Brevik said Tessaly Chemicals had ignored two warnings from the fire inspectorate about its solvent store. The 14 workers were treated at Korvane hospital; three of them remain there. Tessaly Chemicals said it would contest the charges.',
    },
    {
      id: 'f2', lang: 'en' as const, published: '2025-04-03',
      title: 'Tessaly Chemicals to contest Korvane fire charges',
      text: 'Tessaly Chemicals to contest Korvane fire charges\nTessaly Chemicals said on Thursday it would contest the charges brought by the prosecutor Ana Brevik over the fire at its Korvane plant, in which 14 workers were injured. Unions said the solvent store at the Korvane plant had worried workers for years.',
    },
  ];
  // The night of the fire, told the next day.
  const page = {
    title: 'Fourteen workers hurt in Korvane chemical plant fire',
    lang: 'en' as const,
    text: 'Fourteen workers hurt in Korvane chemical plant fire\nFourteen workers were injured on Thursday night when fire broke out in the solvent store of the Tessaly Chemicals plant in Korvane, firefighters said. The prosecutor Ana Brevik opened an inquiry on Friday. Tessaly Chemicals said the plant had passed its last inspection. The injured were taken to Korvane hospital.',
  };
  const best = (docs: typeof charges, published: string) => StoryIndex.of(docs).match({ ...page, published }, { threshold: -Infinity })[0]?.score ?? 0;

  it('is read against the first report it resembles, not only the later ones it matches', () => {
    const within = best([smoke, ...charges], '2025-04-03');
    // The smoke report, which the page resembles without matching it, is the story's first report: no lead.
    expect(StoryIndex.of([smoke]).match({ ...page, published: '2025-03-21' }, { threshold: -Infinity })[0].score).toBeLessThan(SAME_STORY_THRESHOLD);
    expect(best([smoke, ...charges], '2025-03-21')).toBeGreaterThan(within * 0.95);
    // Without it, the page leads the charges by 12 days: more than a week before every report, an earlier event.
    expect(best(charges, '2025-03-21')).toBeLessThan(best(charges, '2025-04-03') * 0.65);
  });

  it('is not made a first report by a resembled article months older than what it matches', () => {
    // The same smoke report dated in January: another event of the same place, not this story's first report.
    const old = { ...smoke, published: '2025-01-05' };
    expect(best([old, ...charges], '2025-03-21')).toBeLessThan(best([old, ...charges], '2025-04-03') * 0.65);
  });
});

describe('an undated page on an earlier event of the same actors', () => {
  // The same invented port authority: its report of early March, a month before the story of early April.
  const reports = [
    {
      id: 'r1', lang: 'en' as const, published: '2025-04-03',
      title: 'Harbour traffic slumps in March, Valdor port director Tomas Ekwall dismissed',
      text: 'Harbour traffic slumps in March, Valdor port director Tomas Ekwall dismissed\nThe Valdor Port Authority said on Thursday that 41,700 containers passed through its terminals in March, far below the 58,000 forecast. Governor Lina Marsk dismissed the port director Tomas Ekwall hours later, accusing the authority of hiding a slowdown. Ekwall had led the Valdor Port Authority since 2019. Dockers at the Valdor terminals said the March figure matched what they saw on the quays.',
    },
    {
      id: 'r2', lang: 'en' as const, published: '2025-04-04',
      title: 'Governor defends firing of Valdor port chief after weak March traffic',
      text: 'Governor defends firing of Valdor port chief after weak March traffic\nGovernor Lina Marsk on Friday defended the dismissal of Tomas Ekwall, the director of the Valdor Port Authority, after the authority counted 41,700 containers in March. Marsk said the Valdor terminals needed a director who could be trusted. Dockers and shipping lines said the 41,700 containers were no surprise after a slow winter at the Valdor Port Authority.',
    },
  ];
  const index = StoryIndex.of(reports);
  const filler = ' Shipping lines have moved part of their calls to other harbours along the coast, and the dockers asked for talks on working hours before the summer season. The authority publishes its count of containers every month, and the governor reads it closely.'.repeat(2);
  // The previous month's report: the same authority, governor and director, its own day in its lead.
  const previous = (lead: string, later = '') => ({
    title: 'Valdor port traffic dips in February',
    lang: 'en' as const,
    text: `Valdor port traffic dips in February\n${lead}${filler}${later}`,
  });
  const own = 'The Valdor Port Authority said on Tuesday, March 4, that 49,300 containers passed through its terminals in February. Governor Lina Marsk asked the director Tomas Ekwall to explain the slowdown at the Valdor terminals.';
  const plain = 'The Valdor Port Authority said on Tuesday that 49,300 containers passed through its terminals in February. Governor Lina Marsk asked the director Tomas Ekwall to explain the slowdown at the Valdor terminals.';
  const score = (page: ReturnType<typeof previous>, published?: string) => index.match({ ...page, published }, { threshold: -Infinity })[0]?.score ?? 0;

  it('scores as a page of the day its lead reports, weeks before the story', () => {
    const onStory = score(previous(plain));
    expect(onStory).toBeGreaterThan(0.2);
    expect(score(previous(own))).toBeLessThan(onStory * 0.6);
    expect(score(previous(own))).toBeCloseTo(score(previous(own), '2025-03-04'), 5);
  });

  it('keeps its score when the older day is named further down, or when it names a day of the story as past', () => {
    const further = previous(plain, ' The authority first warned of a slowdown on March 4.');
    expect(score(further)).toBeGreaterThan(0.2);
    expect(score(further)).toBeCloseTo(score(further, '2025-04-05'), 5);
    // Against the same page dated within the story (its weekdays then placed from that day: a few thousandths apart).
    const recalls = previous(own, ' Ekwall was dismissed on April 3.');
    expect(score(recalls)).toBeGreaterThan(score(recalls, '2025-04-05') * 0.95);
  });
});

describe('an undated page whose lead opens on a day of years back', () => {
  // The invented port authority again: the story of a dismissal on 2 April 2025, its articles naming that day.
  const index = StoryIndex.of([
    {
      id: 'a1', lang: 'en' as const, published: '2025-04-03',
      title: 'Valdor port director Tomas Ekwall dismissed by Governor Lina Marsk',
      text: 'Valdor port director Tomas Ekwall dismissed by Governor Lina Marsk\nGovernor Lina Marsk dismissed the Valdor port director Tomas Ekwall on April 2, accusing the Valdor Port Authority of hiding the damage left at its terminals. Dockers at the Valdor terminals said the warehouses by the quays were never rebuilt, and shipping lines asked who would run the harbour.',
    },
    {
      id: 'a2', lang: 'en' as const, published: '2025-04-04',
      title: 'Governor Marsk defends firing of Valdor port chief Ekwall',
      text: 'Governor Marsk defends firing of Valdor port chief Ekwall\nGovernor Lina Marsk defended the dismissal of Tomas Ekwall, decided on April 2, saying the Valdor Port Authority needed a director who could be trusted with the terminals. Dockers at the Valdor terminals and shipping lines said the warehouses by the quays were never rebuilt.',
    },
  ]);
  const rest = ' Dockers at the Valdor terminals said the warehouses by the quays were never rebuilt, and shipping lines asked who would run the harbour. The Valdor Port Authority and its director Tomas Ekwall answered to Governor Lina Marsk.';
  const page = (title: string, lead: string, lang: 'en' | 'fr' = 'en') => ({ title, lang, text: `${title}\n${lead}${rest}` });
  const score = (p: ReturnType<typeof page>, published?: string) => index.match({ ...p, published }, { threshold: -Infinity })[0]?.score ?? 0;
  // The page's score against the same page dated within the story: close to it when the rule keeps out.
  const kept = (p: ReturnType<typeof page>) => {
    const dated = score(p, '2025-04-04');
    expect(dated).toBeGreaterThan(0.2);
    expect(score(p)).toBeGreaterThan(dated * 0.9);
  };

  it('scores low when its lead tells that past event', () => {
    const past = page('Fire at the Valdor harbour', 'On 4 August 2020, a harbour fire destroyed the warehouses by the Valdor quays; the port director Tomas Ekwall ordered the terminals closed and Governor Lina Marsk came to the harbour.');
    expect(score(past, '2025-04-04')).toBeGreaterThan(0.2);
    expect(score(past)).toBeLessThan(score(past, '2025-04-04') * 0.2);
  });

  it('keeps its score when it names the recent day too, even one the articles name', () => {
    kept(page('Valdor port director Ekwall dismissed', 'Governor Lina Marsk dismissed the Valdor port director Tomas Ekwall on April 2, almost five years after the harbour fire of 4 August 2020.'));
  });

  it('keeps its score when the old day is one it refers back to, or when its lead tells its own day', () => {
    kept(page('Valdor port director Ekwall dismissed', 'Since 4 August 2020, the families of the dockers have waited; Governor Lina Marsk has now dismissed the Valdor port director Tomas Ekwall.'));
    kept(page('Valdor port director Ekwall dismissed', 'On 4 August 2020, a fire struck the Valdor harbour. Governor Lina Marsk yesterday dismissed the Valdor port director Tomas Ekwall.'));
    kept(page('Le directeur du port de Valdor Tomas Ekwall limogé', "Le 4 août 2020, un incendie a frappé le port de Valdor. Hier, la gouverneure Lina Marsk a limogé le directeur du port de Valdor, Tomas Ekwall.", 'fr'));
  });

  it('scores low when its lead dates that past event in full, its weekday with it, anywhere in the sentence', () => {
    const past = page('Fire at the Valdor harbour', 'The harbour fire that broke out on Tuesday 4 August 2020 destroyed the warehouses by the Valdor quays; the port director Tomas Ekwall ordered the terminals closed and Governor Lina Marsk came to the harbour.');
    expect(score(past, '2025-04-04')).toBeGreaterThan(0.2);
    expect(score(past)).toBeLessThan(score(past, '2025-04-04') * 0.2);
    const pastFr = page('Incendie au port de Valdor', "L'incendie survenu mardi 4 août 2020 a détruit les entrepôts des quais de Valdor ; le directeur du port Tomas Ekwall a fermé les terminaux et la gouverneure Lina Marsk est venue sur le port.", 'fr');
    expect(score(pastFr)).toBeLessThan(score(pastFr, '2025-04-04') * 0.2);
  });

  it('keeps its score when the weekday is not the one that day fell on, or when another weekday tells its own day', () => {
    // 4 August 2020 was a Tuesday: "Monday 4 August 2020" is no full dating of one day.
    kept(page('Valdor port director Ekwall dismissed', 'The harbour fire that broke out on Monday 4 August 2020 destroyed the warehouses; Governor Lina Marsk has dismissed the Valdor port director Tomas Ekwall.'));
    kept(page('Valdor port director Ekwall dismissed', 'Governor Lina Marsk on Wednesday dismissed the Valdor port director Tomas Ekwall, five years after the fire of Tuesday 4 August 2020.'));
  });
});

describe("an undated page's date against an article's weekday", () => {
  // An invented port authority: the article tells its day by its weekday ("on Thursday", 3 April 2025).
  const index = StoryIndex.of([
    {
      id: 'w1', lang: 'en' as const, published: '2025-04-04',
      title: 'Valdor port director Tomas Ekwall dismissed after weak March traffic',
      text: 'Valdor port director Tomas Ekwall dismissed after weak March traffic\nGovernor Lina Marsk dismissed the Valdor port director Tomas Ekwall on Thursday, after the Valdor Port Authority counted 41,700 containers in March, far below the forecast. Dockers at the Valdor terminals said the March figure matched what they saw on the quays.',
    },
  ]);
  const page = (when: string) => ({
    title: 'Governor fires Valdor port chief Ekwall',
    lang: 'en' as const,
    text: `Governor fires Valdor port chief Ekwall\n${when} Governor Lina Marsk dismissed Tomas Ekwall, the director of the Valdor Port Authority, over the 41,700 containers counted in March. Shipping lines said the Valdor terminals had been slow all winter.`,
  });
  const score = (p: ReturnType<typeof page>) => index.match(p, { threshold: -Infinity })[0]?.score ?? 0;

  it('meets it when the page tells the day as past, not as still to come', () => {
    const past = score(page('On April 3,'));
    expect(past).toBeGreaterThan(score(page('By April 3,')) + 0.01);
    // Listed after a day still to come, a day is still to come too ("will meet on March 28 and April 3").
    expect(score(page('The board will meet on March 28 and April 3.'))).toBeLessThan(past - 0.01);
  });
});

describe("an undated page whose lead names the close of a period", () => {
  // An invented company's annual results, published in early December: every report names the year's close in its lead.
  const reports = [
    {
      id: 'a1', lang: 'en' as const, published: '2025-12-02',
      title: 'Brennmark books a loss as its cable unit struggles',
      text: 'Brennmark books a loss as its cable unit struggles\nBrennmark said on Tuesday that it booked a net loss of 640 million euros, mostly from a write-down of 510 million euros on its cable unit. Chief executive Ilse Varga said the cable unit would be sold or closed. Brennmark cut its dividend and said the cable market in Europe would stay weak. Unions at the Brennmark cable plants asked for talks on the unit.',
    },
  ];
  const index = StoryIndex.of(reports);
  const page = (bound: string) => ({
    title: 'Brennmark writes down its cable unit',
    lang: 'en' as const,
    text: `Brennmark writes down its cable unit\nBrennmark on Tuesday reported a write-down of 510 million euros on its cable unit, as its net loss for the year ${bound} reached 640 million euros. Chief executive Ilse Varga said the cable unit would be sold or closed, and Brennmark cut its dividend. Unions at the Brennmark cable plants asked for talks.`,
  });
  const score = (p: ReturnType<typeof page>) => index.match(p, { threshold: -Infinity })[0]?.score ?? 0;

  it('is not read as a page of that day, weeks before the story', () => {
    const plain = score(page('to date'));
    expect(plain).toBeGreaterThan(0.35);
    // Its day joins the page's core (a little dilution), but scales nothing.
    expect(score(page('ending Sept. 30'))).toBeGreaterThan(plain * 0.85);
    // The same day told as the page's own moment is still an earlier event.
    expect(score(page('was announced on Sept. 30 and'))).toBeLessThan(plain * 0.5);
  });
});

describe("an undated page whose lead recalls an earlier day as past ('dernier')", () => {
  // An invented regional council's vote, reported on a Thursday in mid-October: a page recalls the previous session.
  const index = StoryIndex.of([
    {
      id: 'c1', lang: 'fr' as const, published: '2025-10-16',
      title: 'Le conseil régional de Valdor adopte la hausse du péage du tunnel de Brennac',
      text: "Le conseil régional de Valdor adopte la hausse du péage du tunnel de Brennac\nLe conseil régional de Valdor a adopté jeudi la hausse du péage du tunnel de Brennac, par 41 voix contre 27. La présidente Ilse Varga a défendu une hausse qui financera l'entretien du tunnel de Brennac. L'opposition dénonce un péage trop cher pour les frontaliers de Valdor.",
    },
  ]);
  const page = (recall: string) => ({
    title: 'Péage du tunnel de Brennac : le conseil de Valdor tranche',
    lang: 'fr' as const,
    text: `Péage du tunnel de Brennac : le conseil de Valdor tranche\nLe conseil régional de Valdor vote sur la hausse du péage du tunnel de Brennac, ${recall}. La présidente Ilse Varga défend une hausse qui financera l'entretien du tunnel. L'opposition dénonce un péage trop cher pour les frontaliers de Valdor.`,
  });
  const score = (p: ReturnType<typeof page>) => index.match(p, { threshold: -Infinity })[0]?.score ?? 0;

  it('is not read as a page of a recalled day its title names', () => {
    const titled = (day: string) => {
      const title = `Péage du tunnel de Brennac : après la session du ${day}, le conseil de Valdor revote`;
      return { ...page('mais la présidente Ilse Varga y croit'), title, text: `${title}\n${page('mais la présidente Ilse Varga y croit').text.split('\n')[1]}` };
    };
    const recalled = score(titled('12 septembre dernier'));
    expect(recalled).toBeGreaterThan(0.2);
    expect(score(titled('12 septembre'))).toBeLessThan(recalled * 0.5);
  });

  it('is not read as a page of the recalled day, weeks before the story', () => {
    const recalled = score(page('rejetée lors de la session du 12 septembre dernier'));
    expect(recalled).toBeGreaterThan(0.2);
    // The same day told as the page's own moment still makes it a page of an earlier session.
    expect(score(page('soumise au vote le 12 septembre'))).toBeLessThan(recalled * 0.5);
  });
});

describe('name keys survive transliteration', () => {
  it.each([
    ['koursk', 'kursk'],
    ['zelenskyy', 'zelensky'],
    ['poutine', 'putin'],
    ['kharkiv', 'kharkiv'],
  ])('%s ~ %s', (a, b) => expect(nameKey(a)).toBe(nameKey(b)));
  it('keeps different names apart', () => {
    expect(nameKey('rutte')).not.toBe(nameKey('austin'));
  });
});


/** The toll tollOfPlainCount reads for the figure `figure` and its noun `noun` (the first after the figure) in `text`. */
const toll = (text: string, figure: string, noun: string, id = 'person') => {
  const start = text.indexOf(figure);
  return tollOfPlainCount(text, id, start, text.indexOf(noun, start) + noun.length);
};
describe('counts of one thing', () => {
  it('a page that counts the same thing with another small number loses that share; agreeing or unrelated counts cost nothing', () => {
    const page = counts(new Map([['k:2:soldier', 0.1], ['p:embuscade', 0.2]]));
    const prominent = prominentCounts([['k:2:soldier', 1.6], ['p:embuscade', 2]]);
    // The entry's shares are its saliences over its mass (here 1).
    expect(countConflict(page, prominent, [['k:4:soldier', 0.05], ['p:embuscade', 0.3]], 1)).toBeCloseTo(0.05);
    expect(countConflict(page, prominent, [['k:4:soldier', 0.05], ['k:2:soldier', 0.05]], 1)).toBe(0);
    expect(countConflict(page, prominent, [['k:4:hostage', 0.05]], 1)).toBe(0);
    expect(countConflict(counts(new Map()), new Set(), [['k:4:soldier', 0.05]], 1)).toBe(0);
  });

  it('a toll (what befell people: killed, injured, arrested) grows between reports and sets nothing apart', () => {
    const page = counts(new Map([['k:16:killed', 0.1], ['k:3:hostage', 0.1]]));
    const prominent = prominentCounts([['k:16:killed', 1.6], ['k:3:hostage', 1.6]]);
    expect(countConflict(page, prominent, [['k:11:killed', 0.05]], 1)).toBe(0);
    expect(countConflict(page, prominent, [['k:2:hostage', 0.05]], 1)).toBeCloseTo(0.05);
  });

  it('reads a plain people count as a toll only where a verb of what befell people sits in its clause', () => {
    expect(toll('Au moins 18 personnes sont mortes dans la nuit.', '18', 'personnes')).toBe('killed');
    expect(toll('The storm killed 18 people overnight.', '18', 'people')).toBe('killed');
    expect(toll('Les 12 habitants ont été évacués vers le gymnase.', '12', 'habitants', 'inhabitant')).toBeDefined();
    // Told with another verb, or the verb in another clause: what the event is made of.
    expect(toll('A boat carrying 35 people capsized off the coast.', '35', 'people')).toBeUndefined();
    expect(toll('Un car transportait 40 personnes. Deux sont mortes.', '40', 'personnes')).toBeUndefined();
    // A count of who they are by trade or side stays a count of the event (countConflict).
    expect(toll('Quatre soldats ont été tués.', 'Quatre', 'soldats', 'soldier')).toBeUndefined();
    for (const id of ['person', 'inhabitant', 'child', 'killed']) expect(concept(id)).toBeDefined();
  });

  it('reads a toll told by a verb of several words, after the count or ending just before it', () => {
    expect(toll('Au moins 9 personnes ont perdu la vie lors du passage de la tempête.', '9', 'personnes')).toBe('killed');
    expect(toll('Nine people have lost their lives since the dam gave way.', 'Nine', 'people')).toBe('killed');
    expect(toll('The landslide claimed the lives of 23 people on Sunday.', '23', 'people')).toBe('killed');
    expect(toll("L'éboulement a coûté la vie à 23 personnes dimanche.", '23', 'personnes')).toBe('killed');
    // The same life saved is no toll, nor a phrase in the next clause.
    expect(toll('Firefighters saved the lives of 23 people on Sunday.', '23', 'people')).toBeUndefined();
    expect(toll('Le bus transportait 23 personnes, dont deux ont perdu la vie.', '23', 'personnes')).toBeUndefined();
  });

  it('reads no toll for a plain count across a part of it, a second count or a hedge', () => {
    // After the noun, a relative or a second count names the part the verb tells of.
    expect(toll('Le bus transportait 23 personnes dont deux ont perdu la vie.', '23', 'personnes')).toBeUndefined();
    expect(toll('Le bus transportait 23 personnes dont 4 ont perdu la vie.', '23', 'personnes')).toBeUndefined();
    expect(toll('Le car transportait 23 personnes dont 2 tuées.', '23', 'personnes')).toBeUndefined();
    // Before the figure, a part of a whole ("2 of 23") is the part's toll.
    expect(toll("L'accident a coûté la vie à deux des 23 personnes à bord.", '23', 'personnes')).toBeUndefined();
    expect(toll('The fire claimed the lives of 2 of 23 people on board.', '23', 'people')).toBeUndefined();
    expect(toll('The fire killed 2 of 23 people on board.', '23', 'people')).toBeUndefined();
    // Words that bound the figure still let the verb reach it.
    expect(toll('The fire claimed the lives of at least 23 people on board.', '23', 'people')).toBe('killed');
    expect(toll("L'incendie a tué plus de 23 personnes.", '23', 'personnes')).toBe('killed');
    expect(toll('The storm caused the deaths of 23 people.', '23', 'people')).toBe('killed');
    expect(toll('Among the dead were 23 people from one village.', '23', 'people')).toBe('killed');
    // "among" after the count puts it inside the toll, unlike a relative.
    expect(toll('There were 23 people among the dead.', '23', 'people')).toBe('killed');
    // A figure in words read from its last part: its first parts are no words between.
    expect(toll("L'éboulement a coûté la vie à dix-sept personnes.", 'sept', 'personnes')).toBe('killed');
    // A near miss or a modal tells a death that did not happen.
    expect(toll('Some 23 people nearly lost their lives when the bridge gave way.', '23', 'people')).toBeUndefined();
    expect(toll('Officials say 23 people could have died.', '23', 'people')).toBeUndefined();
    expect(toll('La secousse a failli tuer 23 personnes.', '23', 'personnes')).toBeUndefined();
    expect(toll('La secousse aurait pu tuer 23 personnes.', '23', 'personnes')).toBeUndefined();
    // A French conditional alone reports a toll at second hand.
    expect(toll('Au moins 23 personnes auraient péri.', '23', 'personnes')).toBe('killed');
    expect(toll('The blast nearly killed 23 people.', '23', 'people')).toBeUndefined();
    // A bound of the figure is no hedge.
    expect(toll('The blast killed nearly 23 people.', '23', 'people')).toBe('killed');
  });

  it('reads a role of people written with a hyphen as one of its words after a plain count', () => {
    const start = 'Après la tempête, '.length;
    const text = 'Après la tempête, 40 personnes se retrouvent sans-abri.';
    expect(tollOfPlainCount(text, 'person', start, text.indexOf('personnes') + 'personnes'.length)).toBe('homeless');
  });

  it('people counted by a plain noun and told as a toll at another value set nothing apart; told otherwise they do', () => {
    const tallies = new Map([['k:18:person', 'killed'], ['k:14:person', 'killed']]);
    const page = counts(new Map([['k:18:person', 0.1], ['k:3:hostage', 0.1]]), tallies);
    const prominent = prominentCounts([['k:18:person', 1.6], ['k:3:hostage', 1.6]], tallies);
    expect(countConflict(page, prominent, [['k:14:person', 0.05]], 1, tallies)).toBe(0);
    // A count of who they are still tells two events apart.
    expect(countConflict(page, prominent, [['k:14:person', 0.05], ['k:2:hostage', 0.05]], 1, tallies)).toBeCloseTo(0.05);
    // Not told as a toll (no tallies): the count of what the event is made of conflicts.
    const plain = counts(new Map([['k:18:person', 0.1]]));
    expect(countConflict(plain, prominentCounts([['k:18:person', 1.6]]), [['k:14:person', 0.05]], 1)).toBeCloseTo(0.05);
  });

  it('a page giving a toll of people at another value than the article scores near a page giving none', () => {
    const article = 'Pluies torrentielles sur la côte de Varnel\n14 personnes sont mortes dans les inondations qui ont frappé la côte de Varnel, selon la protection civile. Les 14 personnes habitaient la côte.';
    const title = (n: string) => `Varnel sous les eaux : ${n} personnes mortes`;
    const page = (n: string) => `${title(n)}\n${n} personnes sont mortes dans les inondations de la côte de Varnel, selon la protection civile, qui poursuit les recherches.`;
    const i = StoryIndex.of([{ id: 'a', title: 'Pluies torrentielles sur la côte de Varnel', lang: 'fr', text: article }]);
    const score = (n: string) => i.match({ title: title(n), text: page(n), lang: 'fr' }, { threshold: -Infinity })[0].score;
    // The later toll (18) read as a count of the event scored 0.21 against 0.54 for a page giving no count. The
    // margin: the 18 page shares less than the "Des" page's words less a figure's weight, no more.
    expect(score('18')).toBeGreaterThan(score('Des') - 0.15);
    // Guard, not the rule's test (it holds without the rule): an agreeing toll never scores below a differing one
    // (told as a toll both, they are level: the differing value is shared as one toll at two moments).
    expect(score('14')).toBeGreaterThanOrEqual(score('18'));
  });

  it('a shipwreck with another count of people on board is no toll: it still counts against the match', () => {
    const article = 'Naufrage au large de Varnel\nUne embarcation transportant 60 personnes a chaviré au large de Varnel, selon les garde-côtes, qui ont lancé des recherches en mer.';
    const page = (n: string) => `Un bateau chavire au large de Varnel\nUn bateau avec ${n} personnes à bord chavire au large de Varnel, selon les garde-côtes, qui ont lancé des recherches.`;
    const i = StoryIndex.of([{ id: 'a', title: 'Naufrage au large de Varnel', lang: 'fr', text: article }]);
    const score = (n: string) => i.match({ title: '', text: page(n), lang: 'fr' }, { threshold: -Infinity })[0].score;
    // 12 people on another boat: the count of what the event is made of differs, and scores below a page giving no
    // count.
    expect(score('12')).toBeLessThan(score('Des') - 0.05);
    expect(score('60')).toBeGreaterThan(score('Des'));
  });

  it('a count the page says once in passing (a part of the event, a row of a table) sets nothing apart', () => {
    // Salience of a count: class weight 0.8 times log2(1 + its weight): 0.8 once in the body, 1.6 in the title.
    expect([...prominentCounts([['k:2:soldier', 1.6], ['k:3:man', 0.8], ['p:embuscade', 2]])]).toEqual(['soldier']);
    const page = counts(new Map([['k:3:soldier', 0.1]]));
    expect(countConflict(page, prominentCounts([['k:3:soldier', 0.8]]), [['k:4:soldier', 0.05]], 1)).toBe(0);
    expect(countConflict(page, prominentCounts([['k:3:soldier', 1.268]]), [['k:4:soldier', 0.05]], 1)).toBeCloseTo(0.05);
  });

  it('an article counting four soldiers: a page counting two scores below a page giving no count', () => {
    const article = "Embuscade dans la vallée de Karsabad\nL'attaque a visé un convoi près de Karsabad. Quatre soldats ont été tués dans l'embuscade, selon l'état-major, qui accuse le groupe armé Talvar.";
    const page = (n: string) => `Un convoi attaqué à Karsabad\n${n} soldats sont morts dans une embuscade près de Karsabad, selon l'état-major, qui en accuse le groupe Talvar.`;
    const i = StoryIndex.of([{ id: 'a', title: 'Embuscade dans la vallée de Karsabad', lang: 'fr', text: article }]);
    const score = (n: string) => i.match({ title: '', text: page(n), lang: 'fr' }, { threshold: -Infinity })[0].score;
    expect(score('Quatre')).toBeGreaterThan(score('Des'));
    expect(score('Deux')).toBeLessThan(score('Des') - 0.05);
  });

  it('reads one toll at two values as shared, and neither an agreeing toll nor an entity count nor a passing toll', () => {
    const page = counts(new Map([['k:16:killed', 0.1], ['k:3:hostage', 0.1], ['k:5:wounded', 0.05]]));
    const prominent = prominentCounts([['k:16:killed', 1.6], ['k:3:hostage', 1.6], ['k:5:wounded', 0.8]]);
    expect(tallyShared(page, prominent, [['k:11:killed', 0.05]], 1)).toBeCloseTo(0.05);
    expect(tallyShared(page, prominent, [['k:11:killed', 0.3]], 1)).toBeCloseTo(0.1);
    expect(tallyShared(page, prominent, [['k:11:killed', 0.05], ['k:16:killed', 0.05]], 1)).toBe(0);
    expect(tallyShared(page, prominent, [['k:2:hostage', 0.05]], 1)).toBe(0);
    expect(tallyShared(page, prominent, [['k:7:wounded', 0.05]], 1)).toBe(0);
  });

  it('reads a toll of 100 or more (a number with its role beside it) as the same tally within a few times its value', () => {
    const tallies = new Map([['n:1000', 'killed'], ['n:1644', 'killed'], ['n:5200', 'killed'], ['n:210', 'killed']]);
    const page = counts(new Map([['n:1000', 0.1], ['p:mandalay', 0.2]]), tallies);
    const prominent = prominentCounts([['n:1000', 1.6], ['p:mandalay', 2]], tallies);
    expect([...prominent]).toEqual(['killed']);
    // One toll at two moments ("1000 dead", then "1,644 dead"); the same value is already shared by the overlap.
    expect(tallyShared(page, prominent, [['n:1644', 0.05]], 1, tallies)).toBeCloseTo(0.05);
    expect(tallyShared(page, prominent, [['n:1644', 0.05], ['n:1000', 0.05]], 1, tallies)).toBe(0);
    // Another event's scale: five times the page's toll, or a small count beside a large one.
    expect(tallyShared(page, prominent, [['n:5200', 0.05]], 1, tallies)).toBe(0);
    const small = counts(new Map([['k:40:killed', 0.1]]));
    expect(tallyShared(small, prominentCounts([['k:40:killed', 1.6]]), [['n:210', 0.05]], 1, tallies)).toBe(0);
    // A number without its role is no tally.
    expect(tallyShared(page, prominent, [['n:1644', 0.05]], 1)).toBe(0);
  });

  it('an article on a toll of hundreds: a page giving the toll at another moment scores above one giving no number, and one at another scale does not', () => {
    const article = "Floods in the Varna valley: toll reaches 340 dead\nThe floods in the Varna valley have killed 340 people, the civil protection agency said on Monday. The toll reached 340 dead as rescuers searched villages cut off by the river.";
    const page = (toll: string) => `Varna valley floods\nThe toll of the floods in the Varna valley rose to ${toll}, the civil protection agency said. Rescuers searched the villages cut off by the river.`;
    const i = StoryIndex.of([{ id: 'a', title: 'Floods in the Varna valley: toll reaches 340 dead', lang: 'en', text: article }]);
    const score = (toll: string) => i.match({ title: '', text: page(toll), lang: 'en' }, { threshold: -Infinity })[0].score;
    expect(score('415 dead')).toBeGreaterThan(score('many dead') + 0.02);
    expect(score('4,150 dead')).toBeLessThan(score('many dead'));
  });
});

describe('one-day events', () => {
  const article = (day: string) =>
    `Manifestation des agriculteurs du ${day} à Lyon\nLes manifestants ont défilé le ${day} à Lyon contre la loi foncière. Selon la préfecture, 12 400 manifestants ont défilé, la FNSEA en revendique 30 000. La manifestation s'est tenue dans le calme, selon la préfecture du Rhône.`;
  const page = {
    title: 'Lyon : des milliers de manifestants contre la loi foncière',
    text: "Les agriculteurs ont manifesté à Lyon contre la loi foncière. La manifestation a réuni 12 400 manifestants selon la préfecture, 30 000 selon la FNSEA, qui appelle à une nouvelle manifestation.",
    lang: 'fr' as const,
  };

  it('a page on a day of marches matches articles of that day, not those of a march a week before', () => {
    const i = StoryIndex.of([{ id: 'a', title: 'Manifestation des agriculteurs du 12 mars à Lyon', lang: 'fr', text: article('12 mars'), published: '2025-03-12' }]);
    expect(i.match({ ...page, published: '2025-03-13' }).length).toBe(1);
    expect(i.match({ ...page, published: '2025-03-19' })).toEqual([]);
    // Without the page's day nothing tells the two marches apart.
    expect(i.match(page).length).toBe(1);
  });

  it('an undated article on a day of marches is dated by the day its title names', () => {
    const i = StoryIndex.of([{ id: 'a', title: 'Manifestation des agriculteurs du 12 mars à Lyon', lang: 'fr', text: article('12 mars') }]);
    expect(i.match({ ...page, published: '2025-03-12' }).length).toBe(1);
    expect(i.match({ ...page, published: '2025-03-26' })).toEqual([]);
    // Its text may name the previous march first: without a day in its title it keeps its score.
    const untitled = StoryIndex.of([{ id: 'a', title: 'Les agriculteurs manifestent à Lyon', lang: 'fr', text: article('5 mars') }]);
    expect(untitled.match({ ...page, published: '2025-03-12' }).length).toBe(1);
  });

  it('an undated page on a day of marches is on the day its title names', () => {
    const i = StoryIndex.of([{ id: 'a', title: 'Manifestation des agriculteurs du 12 mars à Lyon', lang: 'fr', text: article('12 mars'), published: '2025-03-12' }]);
    const titled = (day: string) => ({ ...page, title: `Manifestation du ${day} : des milliers de manifestants contre la loi foncière à Lyon` });
    expect(i.match(titled('12 mars')).length).toBe(1);
    // The next march's report recalls the first one's counts: only its headline's day sets it apart.
    expect(i.match(titled('19 mars'))).toEqual([]);
    expect(i.match(titled('19 mars'), { threshold: -Infinity })[0].score).toBeLessThan(i.match(titled('12 mars'))[0].score / 2);
  });

  it('a report that leads with its counts and its strikers is still on its day', () => {
    // Its counts, its union and its strikers come before the marching itself in its core.
    const title = 'Grève du 12 mars : 412 300 grévistes selon le ministère, 1 240 000 selon la CGT';
    const text = `${title}\nLa CGT et FO revendiquent 1 240 000 grévistes dans les cortèges, le ministère en a compté 412 300. À Lyon, 18 700 manifestants selon la préfecture. Les syndicats appellent les grévistes à poursuivre la grève.`;
    const i = StoryIndex.of([{ id: 'a', title, lang: 'fr', text, published: '2025-03-12' }]);
    const next = {
      title: 'Nouvelle manifestation contre la réforme : les manifestants moins nombreux',
      text: 'Les manifestants ont défilé jeudi à Lyon et dans toute la France, moins nombreux que le 12 mars, quand la CGT revendiquait 1 240 000 grévistes et le ministère 412 300. La manifestation a réuni 9 800 manifestants à Lyon selon la préfecture, et la CGT appelle à une nouvelle grève.',
      lang: 'fr' as const,
    };
    expect(i.match({ ...next, published: '2025-03-12' }).length).toBe(1);
    expect(i.match({ ...next, published: '2025-03-19' })).toEqual([]);
  });

  it('an undated article whose title names no day takes the day of the dated article it most resembles', () => {
    const undated = { id: 'u', title: 'Les agriculteurs manifestent à Lyon', lang: 'fr' as const, text: article('12 mars') };
    const i = StoryIndex.of([undated, { id: 'd', title: 'Manifestation des agriculteurs du 12 mars à Lyon', lang: 'fr', text: article('12 mars'), published: '2025-03-12' }]);
    expect(i.match({ ...page, published: '2025-03-13' }).map((s) => s.id).sort()).toEqual(['d', 'u']);
    expect(i.match({ ...page, published: '2025-03-26' })).toEqual([]);
    // Alone, nothing dates it: it keeps its score.
    expect(StoryIndex.of([undated]).match({ ...page, published: '2025-03-26' }).length).toBe(1);
  });

});

describe('undated pages and articles', () => {
  const rescue = (day: string) =>
    `Les secouristes ont sauvé douze mineurs bloqués dans la mine de Sarvel le ${day}. Le ministre de l'Industrie Tomas Arkel a salué les équipes de Sarvel et promis une enquête sur l'effondrement de la galerie, survenu deux jours plus tôt.`;
  const articles = [
    { id: 'a', title: 'Mine de Sarvel : douze mineurs sauvés', lang: 'fr' as const, text: rescue('14 juin'), published: '2025-06-14' },
    { id: 'b', title: 'Sarvel : les mineurs sont sortis', lang: 'fr' as const, text: rescue('14 juin') + ' La catastrophe du 3 mai 1998 avait fait 40 morts.', published: '2025-06-15' },
  ];
  const i = StoryIndex.of(articles);
  const page = (day: string) =>
    `Douze mineurs ont été remontés vivants de la mine de Sarvel le ${day}, après l'effondrement d'une galerie. Tomas Arkel, ministre de l'Industrie, a remercié les secouristes de Sarvel.`;
  const pageOn = (day: string) => ({ title: 'Douze mineurs sauvés à Sarvel', text: page(day), lang: 'fr' as const });

  it('a page naming only days months away from every article, that no article names, is another moment', () => {
    expect(i.match(pageOn('14 juin')).length).toBe(2);
    expect(i.match(pageOn('9 février'))).toEqual([]);
    // Dated, the page is read by its own day, not by the days it names.
    expect(i.match({ ...pageOn('9 février'), published: '2025-06-15' }).length).toBe(2);
  });

  it('an undated article is as far from a dated page as the dated article it most resembles', () => {
    const undated = { id: 'u', title: 'Sarvel : les secours ont tenu', lang: 'fr' as const, text: rescue('samedi') };
    const dated = { ...pageOn('14 juin'), published: '2027-06-14' };
    expect(StoryIndex.of([...articles, undated]).match(dated)).toEqual([]);
    expect(StoryIndex.of([...articles, undated]).match({ ...dated, published: '2025-06-16' }).length).toBe(3);
    // Alone, nothing dates it: it keeps its score.
    expect(StoryIndex.of([undated]).match(dated).length).toBe(1);
  });

  it('undated sources are dated a few per match, best first, so thousands of them cost a page little', () => {
    const many = Array.from({ length: 8 }, (_, k) => ({ id: `u${k}`, title: 'Sarvel : les secours ont tenu', lang: 'fr' as const, text: rescue('samedi') + ` Dépêche ${k}.` }));
    const i = StoryIndex.of([...articles, ...many]);
    const dated = { ...pageOn('14 juin'), published: '2027-06-14' };
    // Four are dated (two years before the page, so they drop); the four others keep their score.
    const first = i.match(dated);
    expect(first.length).toBe(4);
    // The same every time, whatever was matched before: the datings other matches cached do not date more of them.
    i.match({ ...pageOn('14 juin'), published: '2025-06-16' });
    i.match(dated);
    expect(i.match(dated)).toEqual(first);
  });

  it('one match dates at most MAX_DATINGS (4) undated sources in all, cached or not, the first report\'s day included', () => {
    // No dated article: every one is an undated match, which the first report's day and the scores both want dated.
    const many = Array.from({ length: 10 }, (_, k) => ({ id: `u${k}`, title: 'Sarvel : les secours ont tenu', lang: 'fr' as const, text: rescue('samedi') + ` Dépêche ${k}.` }));
    const i = StoryIndex.of(many);
    expect(i.match({ ...pageOn('14 juin'), published: '2025-06-16' }).length).toBeGreaterThan(0);
    expect((i as unknown as { resembled: Map<number, number> }).resembled.size).toBe(4);
  });

  it('a day the articles name too (a past disaster every report recalls) says nothing of the page\'s moment', () => {
    const recall = { ...pageOn('14 juin'), text: page('samedi') + ' La catastrophe du 3 mai 1998 avait fait 40 morts.' };
    expect(i.match(recall).length).toBe(2);
  });
});

describe('names spelled with another vowel', () => {
  const article = (name: string) =>
    `Le maire ${name} réélu à Valmont\nLe maire sortant ${name} a été réélu dimanche à Valmont avec 58 % des voix. ${name} l'emporte face à la liste écologiste, selon les résultats de la préfecture.`;
  const page = (name: string) => ({ title: `${name} garde la mairie de Valmont`, text: `Réélu dimanche, ${name} garde la mairie de Valmont. Les écologistes reconnaissent leur défaite face à ${name}.`, lang: 'fr' as const });
  const score = (i: StoryIndex, name: string) => i.match(page(name), { threshold: -Infinity }).find((s) => s.id === 'a')!.score;

  it('a long name meets the corpus spelling that has the same consonants, even where another article spells it as the page does', () => {
    const i = StoryIndex.of([{ id: 'a', title: '', lang: 'fr', text: article('Oberndorfer') }, { id: 'b', title: '', lang: 'fr', text: 'Brèves\nÀ Valmont, le maire Oberndarfer réunit un conseil municipal le 3 mars.' }]);
    const one = StoryIndex.of([{ id: 'a', title: '', lang: 'fr', text: article('Oberndorfer') }]);
    expect(score(i, 'Oberndarfer')).toBeCloseTo(score(i, 'Oberndorfer'), 3);
    expect(score(one, 'Oberndarfer')).toBeCloseTo(score(one, 'Oberndorfer'), 3);
  });

  it('a six-letter name meets the longer spelling with the same consonants (a place in two languages)', () => {
    const i = StoryIndex.of([{ id: 'a', title: '', lang: 'fr', text: article('Tarnova') }]);
    expect(score(i, 'Tarnov')).toBeCloseTo(score(i, 'Tarnova'), 3);
  });

  it('a short name does not, nor a long one with other consonants', () => {
    const short = StoryIndex.of([{ id: 'a', title: '', lang: 'fr', text: article('Malot') }]);
    expect(score(short, 'Milot')).toBeLessThan(score(short, 'Malot') - 0.05);
    const long = StoryIndex.of([{ id: 'a', title: '', lang: 'fr', text: article('Oberndorfer') }]);
    expect(score(long, 'Obernsdorfer')).toBeLessThan(score(long, 'Oberndorfer') - 0.05);
  });

  it('a name meets its spelling in the other language where one sound is written otherwise (ch/sh/tch, c/k/q, ph/f, th/t)', () => {
    const alias = (name: string) => vowelAlias('p:' + storyNameKey(name));
    expect(alias('cachemire')).toBe(alias('kashmir'));
    expect(alias('tchetchenie')).toBe(alias('chechnya'));
    expect(alias('philippines')).toBe(alias('filipinas'));
    expect(alias('kirghizistan')).toBe(alias('kyrgyzstan'));
    expect(alias('zholtavin')).toBe(alias('joltavine'));
    expect(alias('tadjikistan')).toBe(alias('tajikistan'));
    expect(alias('zholtavin')).not.toBe(alias('zoltavin'));
    // Other consonants stay apart, and a short name has no alias.
    expect(alias('cachemire')).not.toBe(alias('kashgar'));
    expect(alias('marchand')).not.toBe(alias('martand'));
    expect(alias('tchad')).toBeUndefined();
    // A long name of one or two consonants once coarsened has none either: it would join names sharing a letter.
    expect(alias('tahiti')).toBeUndefined();
    expect(alias('ouattara')).toBeUndefined();
    expect(alias('kashmir')).toBeDefined();
  });

  it("an acronym meets the same initials in the other language's order; a key the article gives meets as written", () => {
    expect(letterAlias('p:pld')).toBe(letterAlias('p:ldp'));
    expect(letterAlias('p:oim')).toBe(letterAlias('p:iom'));
    expect(letterAlias('p:oim')).not.toBe(letterAlias('p:oms'));
    // Longer keys have the consonant alias, or none: not their letters.
    expect(letterAlias('p:unesco')).toBeUndefined();
    expect(letterAlias('p:ab')).toBeUndefined();
    expect(letterAlias('c:iso-fr')).toBeUndefined();
    const fr = 'Le KVR remporte le scrutin de Talvora\nLe Parti de la réforme (KVR) a remporté dimanche le scrutin de Talvora, selon la commission électorale. Le KVR obtient 41 sièges sur 80.';
    const en = (acronym: string) => ({ title: `${acronym} wins Talvora vote`, text: `The Reform Party (${acronym}) won Sunday's vote in Talvora, the electoral commission said. The ${acronym} took 41 of 80 seats.`, lang: 'en' as const });
    const i = StoryIndex.of([{ id: 'a', title: '', lang: 'fr', text: fr }]);
    const s = (acronym: string) => i.match(en(acronym), { threshold: -Infinity }).find((x) => x.id === 'a')?.score ?? 0;
    expect(s('VRK')).toBeGreaterThan(s('QXW') + 0.05);
    // One page's key against three articles of one corpus: the one giving it as written meets it at least as well as
    // the one giving only its letters in another order, and that one far better than one giving other letters.
    const three = StoryIndex.of(['VRK', 'KVR', 'QXW'].map((a) => ({ id: a, title: '', lang: 'en' as const, text: en(a).title + '\n' + en(a).text })));
    const scored = three.match({ title: 'VRK takes the Talvora vote', text: 'The VRK carried Sunday\'s vote in Talvora with 41 of the 80 seats, the electoral commission said.', lang: 'en' }, { threshold: -Infinity });
    const score = (id: string) => scored.find((x) => x.id === id)?.score ?? 0;
    expect(score('VRK')).toBeGreaterThanOrEqual(score('KVR'));
    expect(score('KVR')).toBeGreaterThan(score('QXW') + 0.05);
  });

  it('an acronym is keyed by its letters as written: no final E dropped, no double letter merged', () => {
    const keys = (text: string) => extractFeatures({ title: '', text, lang: 'en' }).filter((f) => f.cls === 'name').map((f) => f.key);
    const bbk = keys('Floods hit Talvora on Monday, the BBK reported.');
    const bce = keys('Floods hit Talvora on Monday, the BCE reported.');
    expect(bbk).toContain('p:bbk');
    expect(bce).toContain('p:bce');
    expect(keys('Floods hit Talvora on Monday, the KNN reported.')).not.toEqual(keys('Floods hit Talvora on Monday, the KNE reported.'));
    // A short word in a name set in capitals is that name's word, folded as in lower case: no initials.
    expect(keys('Crowds marched in NEW YORK on Monday.')).toEqual(keys('Crowds marched in New York on Monday.'));
    // Its letter alias is formed from the same letters: BCE and ECB meet, BBK is neither.
    expect(letterAlias('p:bce')).toBe(letterAlias('p:ecb'));
    expect(letterAlias('p:bbk')).not.toBe(letterAlias('p:bce'));
  });

  it('an acronym in one language does not meet another acronym that a folded key made alike', () => {
    // The French entry's "BCE" is read by its letters (the alias of "ECB"); the English entry only names the BBK (an invented body).
    const i = StoryIndex.of([
      { id: 'bce', title: 'La BCE baisse ses taux', lang: 'fr', text: 'La Banque centrale kestrelienne (BCE) a baissé jeudi ses taux directeurs à Varnholm, a annoncé la BCE. La BCE vise 2 % de hausse des prix.' },
      { id: 'bbk', title: 'Storm floods Talvora', lang: 'en', text: 'Floods hit Talvora on Thursday, the BBK reported. The BBK said 300 homes were flooded, and the BBK showed rescue boats in the streets.' },
    ]);
    const s = (acronym: string) => i.match({ title: `${acronym} holds talks`, lang: 'en', text: `The ${acronym} met in Talvora on Thursday, the ${acronym} said. The ${acronym} reported that 300 homes nearby were flooded.` }, { threshold: -Infinity }).find((x) => x.id === 'bbk')?.score ?? 0;
    expect(s('ECB')).toBeCloseTo(s('QXW'), 6);
    expect(s('BBK')).toBeGreaterThan(s('QXW') + 0.05);
  });

  it('a name shown ending in capitals is an acronym only when those capitals are its key ("Red SEA" is keyed by "Red")', () => {
    const fs = extractFeatures({ title: '', lang: 'en', text: 'Ships were attacked in the Red SEA on Monday, officials said. Traffic in the Red SEA fell by half.' });
    expect(fs.some((f) => f.cls === 'name' && /SEA$/.test(f.display))).toBe(true);
    expect(acronymKeys(fs)).toEqual([]);
  });

  it('an acronym ending in E is read by its letters', () => {
    const fr = 'La BKE relève son taux\nLa Banque kestrelienne d’épargne (BKE) a relevé jeudi son taux directeur à Talvora, a annoncé la BKE. La BKE vise 2 % de hausse des prix.';
    const en = (acronym: string) => ({ title: `${acronym} raises its rate`, text: `The ${acronym} raised its key rate in Talvora on Thursday, the ${acronym} said. The ${acronym} aims at 2% price growth.`, lang: 'en' as const });
    const i = StoryIndex.of([{ id: 'a', title: '', lang: 'fr', text: fr }]);
    const s = (acronym: string) => i.match(en(acronym), { threshold: -Infinity }).find((x) => x.id === 'a')?.score ?? 0;
    expect(s('EKB')).toBeGreaterThan(s('QXW') + 0.05);
  });

  it('a short name in ordinary case is no acronym: its letters in another order are another name', () => {
    const en = (name: string) => ({ title: `Talvora club signs ${name}`, text: `The Talvora club signed ${name} on a three-year deal on Tuesday, the club said. Before that, ${name} had played for the reserve side.`, lang: 'en' as const });
    const i = StoryIndex.of([{ id: 'a', title: '', lang: 'fr', text: "Le club de Talvora recrute Omar\nLe club de Talvora a signé mardi un contrat de trois ans avec Omar, a annoncé le club. Jusque-là, Omar jouait en réserve." }]);
    const s = (page: string) => i.match(en(page), { threshold: -Infinity }).find((x) => x.id === 'a')?.score ?? 0;
    expect(s('Omar')).toBeGreaterThan(s('Roma') + 0.05);
    expect(s('Roma')).toBeCloseTo(s('Uwet'), 3);
    expect(s('ROMA')).toBeCloseTo(s('Uwet'), 3);
  });

  it('an English page meets a French article on the name it spells the English way', () => {
    const fr = (name: string) => `Le gouverneur ${name} limogé\nLe gouverneur ${name} a été limogé mardi après les inondations, a annoncé la présidence. ${name} était contesté depuis des mois par les élus de la province.`;
    const en = (name: string) => ({ title: `Governor ${name} dismissed after floods`, text: `The presidency dismissed governor ${name} on Tuesday after the floods. ${name} had faced months of protests from provincial lawmakers.`, lang: 'en' as const });
    const i = StoryIndex.of([{ id: 'a', title: '', lang: 'fr', text: fr('Tchoubarine') }]);
    const s = (name: string) => i.match(en(name), { threshold: -Infinity }).find((x) => x.id === 'a')?.score ?? 0;
    expect(s('Chubarin')).toBeCloseTo(s('Tchoubarine'), 3);
    expect(s('Chudarin')).toBeLessThan(s('Tchoubarine') - 0.05);
  });
});

describe('distinct numbers', () => {
  it('are n: keys of three significant digits or more', () => {
    expect(['n:1266', 'n:107000', 'n:2946', 'n:125'].map(distinctNumber)).toEqual([true, true, true, true]);
    expect(['n:500', 'n:51000', 'n:3000000', 'k:38:killed', 'p:haouz'].map(distinctNumber)).toEqual([false, false, false, false, false]);
  });

  it('a number of three significant digits given in passing meets an article that leads with it; a round one does not as much', () => {
    const article = (n: string) => ({
      id: 'a', lang: 'en' as const, published: '2025-05-20', title: `Weekly bulletin: ${n} new cases of the fever on the island`,
      text: `Weekly bulletin: ${n} new cases of the fever on the island\nHealth officials counted ${n} new cases this week, after ${n} the week before was revised. Hospitals in the north and the west of the island report more admissions. The regional health agency urges residents to remove standing water.`,
    });
    const page = (n: string) => ({
      lang: 'en' as const, title: 'Island hospitals under strain as fever spreads',
      text: `Island hospitals under strain as fever spreads\nDoctors in the north of the island describe full wards and long waits. The regional health agency, which counted ${n} new cases last week, urges residents to remove standing water. Schools have started campaigns and volunteers visit homes. Tourism operators worry about the season.`,
    });
    const score = (n: string) => StoryIndex.of([article(n)]).match(page(n), { threshold: 0 })[0]?.score ?? 0;
    expect(score('1,266')).toBeGreaterThan(score('1,000') + 0.02);
  });
});

describe('words spelled alike in both languages', () => {
  // A French report and an English page on one outbreak, sharing little but the island and the disease's name, a
  // plain word in both.
  const article = (disease: string) => ({
    id: 'a', lang: 'fr' as const, published: '2024-05-20', title: `Guadeloupe : l'épidémie de ${disease} progresse`,
    text: `Guadeloupe : l'épidémie de ${disease} progresse\nL'agence régionale de santé a recensé des centaines de nouveaux cas de ${disease} la semaine dernière en Guadeloupe. Les écoles organisent des campagnes de prévention et les autorités appellent à vider les eaux stagnantes.`,
  });
  const page = (word: string) => ({
    lang: 'en' as const, title: 'Dengue cases surge in Guadeloupe',
    text: `Dengue cases surge in Guadeloupe\nHealth authorities in Guadeloupe recorded hundreds of new dengue cases last week. Doctors also watch for ${word} after the rains.`,
  });
  const score = (disease: string, word = 'fevers') => StoryIndex.of([article(disease)]).match(page(word), { threshold: 0 })[0]?.score ?? 0;

  it('a rare word both write alike meets across languages, and says so in why', () => {
    expect(score('dengue')).toBeGreaterThan(score('paludisme') + 0.05);
    expect(StoryIndex.of([article('dengue')]).match(page('fevers'), { threshold: 0 })[0].why).toContain('dengue');
  });

  it('one the other side does not write dilutes nothing', () => {
    expect(score('paludisme', 'leptospirosis')).toBeCloseTo(score('paludisme', 'fevers'), 3);
  });
});

describe('one figure counting two nouns', () => {
  it('a count of ten or more meets the same value the other article counts with another noun; a one-digit one does not', () => {
    const article = { id: 'a', lang: 'en' as const, title: 'Tower collapse in Varna: 78 missing', text: 'Rescuers searched the rubble of the collapsed tower in Varna, where 78 missing workers were feared trapped. The city governor, Ilse Morandt, said cranes had arrived from the port.' };
    const page = (n: number) => ({ lang: 'en' as const, title: 'Families wait outside the Varna tower', text: `Families gathered outside the collapsed tower in Varna, where ${n} people were still unaccounted for. Governor Ilse Morandt said cranes had arrived from the port.` });
    const idx = StoryIndex.of([article]);
    const score = (n: number) => idx.match(page(n), { threshold: -Infinity })[0]?.score ?? 0;
    expect(countAlias('k:78:person')).toBe(countAlias('k:78:missing'));
    expect(countAlias('k:78:person')).not.toBe(countAlias('k:79:person'));
    expect(score(78)).toBeGreaterThan(score(79));
  });
  it('a small count of people meets the same value counting people with another noun; a small count of things does not', () => {
    expect(countAlias('k:6:employee')).toBe(countAlias('k:6:killed'));
    expect(countAlias('k:6:person')).toBe(countAlias('k:6:killed'));
    expect(countAlias('k:6:person')).toBe(countAlias('k:6:missing'));
    expect(countAlias('k:6:person')).not.toBe(countAlias('k:7:person'));
    expect(countAlias('k:3:country')).toBeUndefined();
    const article = { id: 'a', lang: 'en' as const, title: 'Dam spillway gives way near Oltenz, six workers missing', text: 'Six workers were swept away when the spillway of the Oltenz dam gave way on Tuesday. The operator, Varkel Hydro, said divers were searching the reservoir.' };
    const page = (n: string) => ({ lang: 'en' as const, title: `Oltenz dam: ${n} presumed dead`, text: `Divers searching the reservoir below the Oltenz dam said ${n} people swept away were presumed dead. Varkel Hydro halted the turbines.` });
    const idx = StoryIndex.of([article]);
    const score = (n: string) => idx.match(page(n), { threshold: -Infinity })[0]?.score ?? 0;
    expect(score('six')).toBeGreaterThan(score('seven'));
  });
  it('a small count of one fate meets neither people nor another fate but an alike one: the injured are not the dead', () => {
    const kinds = (key: string, ...others: string[]) => countKinds(key, [key, ...others]);
    expect(kindsMeet(kinds('k:2:wounded'), kinds('k:2:person', 'k:2:killed'))).toBe(false);
    expect(kindsMeet(kinds('k:2:wounded'), kinds('k:2:rescued'))).toBe(false);
    expect(kindsMeet(kinds('k:2:arrested'), kinds('k:2:killed'))).toBe(false);
    // A people noun told in no fate meets any; the missing are later counted as the dead; survivors are the rescued.
    expect(kindsMeet(kinds('k:2:arrested'), kinds('k:2:man'))).toBe(true);
    expect(kindsMeet(kinds('k:2:missing'), kinds('k:2:killed'))).toBe(true);
    expect(kindsMeet(kinds('k:2:rescued'), kinds('k:2:survived'))).toBe(true);
    const article = { id: 'a', lang: 'en' as const, title: 'Gas blast in a Tarnow flat, two dead', text: 'Two people died when gas exploded in a flat in Tarnow on Monday night. Firefighters evacuated the building.' };
    const page = (fate: string) => ({ lang: 'en' as const, title: `Tarnow: two ${fate} in bus crash`, text: `Two passengers were ${fate} when a bus left the road in Tarnow on Monday. Police closed the road.` });
    const idx = StoryIndex.of([article]);
    const score = (fate: string) => idx.match(page(fate), { threshold: -Infinity })[0]?.score ?? 0;
    // Only the town is shared with an injured page: as far below the dead page as a page of another number.
    expect(score('killed')).toBeGreaterThan(score('injured') + 0.1);
    expect(score('injured')).toBeLessThan(SAME_STORY_THRESHOLD);
  });
  it("an article's one count is met once, however many of the page's nouns give its value", () => {
    const article = { id: 'a', lang: 'en' as const, title: 'Mine flooding near Oravik: 46 missing', text: 'Pumps ran all night at the flooded mine near Oravik, where 46 missing miners were believed trapped. The regional prefect, Tamsin Okole, said divers had come from the coast.' };
    const page = (body: string) => ({ lang: 'en' as const, title: 'Relatives wait at the Oravik mine', text: `Relatives waited at the flooded mine near Oravik, where ${body}. Prefect Tamsin Okole said divers had come from the coast.` });
    const idx = StoryIndex.of([article]);
    const score = (body: string) => idx.match(page(body), { threshold: -Infinity })[0]?.score ?? 0;
    const one = score('46 people were still underground');
    // A second noun at the same value adds its mass to the page and meets nothing more.
    expect(score('46 people were still underground and 46 workers were not reached')).toBeLessThanOrEqual(one);
    expect(score('46 people were still underground, 46 workers were not reached and 46 families waited')).toBeLessThanOrEqual(one);
  });
});

describe('a page matching nothing, weeks after the articles it barely resembles', () => {
  // Invented: a ferry strike, a school's chess title weeks later, a page on a lighthouse that shares a few words with both.
  const arts = [
    { id: 'a1', lang: 'en' as const, published: '2025-04-03', title: 'Ferry strike halts crossings at Osmund', text: 'Ferry strike halts crossings at Osmund\nCrews of the Osmund ferry line stopped work on Thursday over pay, halting all crossings to the islands. The operator said 3,200 passengers were stranded and that talks with the crew union would resume next week. Island shops said deliveries of fresh food had stopped.' },
    { id: 'a2', lang: 'en' as const, published: '2025-05-06', title: 'Island school wins regional chess title', text: 'Island school wins regional chess title\nPupils from the island school of Osmund won the regional chess title on Tuesday, beating eleven schools from the mainland. Their teacher said the pupils trained every evening after the last ferry crossings.' },
  ];
  const page = { lang: 'en' as const, title: 'Lighthouse restoration finished on the northern cape', text: 'Lighthouse restoration finished on the northern cape\nVolunteers finished restoring the old lighthouse on the northern cape on Saturday after two years of work. The lamp, built in 1902, will shine again in summer, and a small museum on the history of the ferry crossings opens in the keeper\'s house.' };
  it('is not kept in time by a later article resembling it at over half its tiny best score', () => {
    const i = StoryIndex.of(arts);
    const at = (published: string) => i.match({ ...page, published }, { threshold: -Infinity }).find((m) => m.id === 'a1')?.score ?? 0;
    // a2 resembles the page at more than half its best score, far under half the threshold: no span of a story.
    const a2 = i.match({ ...page, published: '2025-04-05' }, { threshold: -Infinity }).find((m) => m.id === 'a2')?.score ?? 0;
    expect(a2).toBeLessThan(SAME_STORY_THRESHOLD / 2);
    expect(a2).toBeGreaterThan(at('2025-04-05') / 2);
    expect(at('2025-05-16')).toBeLessThan(at('2025-04-05') * 0.7);
  });
});
