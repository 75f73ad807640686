/**
 * What a page gets must be a function of the page and the corpus only: not of the pages compared
 * before it. The engine indexes articles for passages lazily (the first time one is a source), so any
 * statistic read over "the articles indexed so far" would let a reader's history change what a later
 * page shows. These tests compare one page fresh, after a page of another story, and again.
 */
import { describe, expect, it } from 'vitest';
import { Engine } from './engine';
import { loadBundledCorpus } from '../cli/corpus-files';
import type { CorpusDoc, PageInput } from './types';
import { syntheticArticles } from '../test/support/synthetic-articles';

const bundled = loadBundledCorpus();

/** A second story, written for this test: a strike of regional train drivers in an invented region. */
const strike: CorpusDoc[] = [
  {
    id: 'strike-1',
    lang: 'fr',
    ignore: [],
    published: '2025-03-03',
    title: 'Grève des conducteurs de trains régionaux : 412 trains supprimés lundi',
    text:
      'Grève des conducteurs de trains régionaux : 412 trains supprimés lundi\n' +
      'La grève des conducteurs de trains régionaux a entraîné lundi la suppression de 412 trains sur les 1 250 prévus, ' +
      'selon la direction régionale de la compagnie ferroviaire. Le syndicat majoritaire réclame une hausse de salaire de 6 % ' +
      'et le recrutement de 150 conducteurs supplémentaires avant l’été.\n' +
      '« Nous ne reprendrons pas le travail tant que la direction refusera de négocier les effectifs », a déclaré la secrétaire ' +
      'du syndicat devant la gare centrale, où plusieurs centaines de voyageurs attendaient des cars de remplacement.\n' +
      'La direction affirme avoir proposé une hausse de 3 % et juge la revendication sur les recrutements impossible à tenir cette année.',
  },
  {
    id: 'strike-2',
    lang: 'fr',
    ignore: [],
    published: '2025-03-04',
    title: 'Trains régionaux : la grève des conducteurs se poursuit, la direction propose 4 %',
    text:
      'Trains régionaux : la grève des conducteurs se poursuit, la direction propose 4 %\n' +
      'Au deuxième jour de la grève des conducteurs de trains régionaux, 380 trains ont été supprimés mardi sur les 1 250 prévus. ' +
      'La direction de la compagnie ferroviaire a porté son offre à une hausse de salaire de 4 %, quand le syndicat majoritaire ' +
      'en demande 6 % et le recrutement de 150 conducteurs supplémentaires.\n' +
      'Les voyageurs se sont de nouveau pressés dans les cars de remplacement, souvent pleins dès sept heures du matin. ' +
      '« Les négociations reprendront mercredi », a indiqué un porte-parole de la direction.',
  },
  {
    id: 'strike-3',
    lang: 'fr',
    ignore: [],
    published: '2025-03-05',
    title: 'Fin de la grève des conducteurs de trains régionaux après un accord sur les recrutements',
    text:
      'Fin de la grève des conducteurs de trains régionaux après un accord sur les recrutements\n' +
      'Le syndicat majoritaire des conducteurs de trains régionaux a levé mercredi soir son préavis de grève après un accord ' +
      'avec la direction de la compagnie ferroviaire : une hausse de salaire de 5 % et le recrutement de 90 conducteurs ' +
      'supplémentaires d’ici la fin de l’année, au lieu des 150 demandés.\n' +
      'En trois jours de grève, plus de 1 100 trains ont été supprimés, selon la direction. Le trafic doit redevenir normal jeudi.',
  },
];

// Thirty more reports of the strike (its sentences shuffled), sources of the strike's page: once that page has made
// the engine index them, a statistic over the articles indexed so far (their sentences, their number) would weigh
// the first story's words otherwise. With the three reports alone these tests passed on an engine that had such
// statistics (the other story's few sentences moved no passage across a threshold).
strike.push(
  ...syntheticArticles(strike.map((d) => d.text), 30, { seed: 5 }).map((a, i): CorpusDoc => ({ ...a, id: `strike-more-${i}`, lang: 'fr', ignore: [], published: '2025-03-04' })),
);

/** A page on the second story: a report of its second day, in its own words. */
const strikePage: PageInput = {
  title: 'Deuxième jour de grève dans les trains régionaux',
  lang: 'fr',
  published: '2025-03-04',
  text:
    'Deuxième jour de grève dans les trains régionaux\n' +
    'Mardi, 380 trains ont été supprimés sur les 1 250 prévus au deuxième jour de la grève des conducteurs de trains régionaux. ' +
    'La compagnie ferroviaire a porté son offre à une hausse de salaire de 4 %, le syndicat majoritaire demande toujours 6 % ' +
    'et le recrutement de 150 conducteurs supplémentaires.\n' +
    'Dans les gares, les voyageurs attendaient les cars de remplacement. Les négociations doivent reprendre mercredi.',
};

/** A page on the bundled corpus's story that is none of its articles: the first half of one article
 *  followed by the second half of another (so it shares passages with both, and figures). */
function bundledPage(): PageInput {
  const half = (d: CorpusDoc, first: boolean): string => {
    const lines = d.text.split('\n');
    const cut = Math.ceil(lines.length / 2);
    return (first ? lines.slice(0, cut) : lines.slice(cut)).join('\n');
  };
  const [a, b] = [bundled[0], bundled[2]];
  return { title: a.title, lang: a.lang, text: half(a, true) + '\n' + half(b, false), published: b.published };
}

describe('Engine.compare does not depend on the pages compared before', () => {
  const corpus = [...bundled, ...strike];
  const page = bundledPage();

  it('the two pages have disjoint sources (else the test would not test history)', () => {
    const engine = new Engine(corpus);
    const a = new Set(engine.compare(page).sources.map((s) => s.id));
    const b = new Set(engine.compare(strikePage).sources.map((s) => s.id));
    expect(a.size).toBeGreaterThan(0);
    expect(b.size).toBeGreaterThan(0);
    for (const id of b) expect(a.has(id)).toBe(false);
    // The strike's page has the thirty more reports among its sources (else they would never be indexed).
    expect([...b].filter((id) => id.startsWith('strike-more-')).length).toBeGreaterThan(20);
    expect(engine.compare(page).passages.length).toBeGreaterThan(0);
    expect(engine.compare(strikePage).passages.length).toBeGreaterThan(0);
  });

  it('a page compared again after a page of another story gets exactly what it got first', () => {
    const engine = new Engine(corpus);
    const first = engine.compare(page);
    engine.compare(strikePage);
    expect(engine.compare(page)).toEqual(first);
  });

  it('a page against an engine that has seen other pages gets what a fresh engine gives', () => {
    const seen = new Engine(corpus);
    seen.compare(strikePage);
    const fresh = new Engine(corpus).compare(page);
    expect(seen.compare(page)).toEqual(fresh);
    // And the other way round: the second story's page after the first story's.
    const seen2 = new Engine(corpus);
    seen2.compare(page);
    expect(seen2.compare(strikePage)).toEqual(new Engine(corpus).compare(strikePage));
  });

  it('removing an article a page did not use leaves its result as a fresh engine gives it', () => {
    const engine = new Engine(corpus);
    engine.compare(strikePage);
    engine.compare(page);
    engine.remove('strike-3');
    expect(engine.compare(page)).toEqual(new Engine(corpus.filter((d) => d.id !== 'strike-3')).compare(page));
    expect(engine.compare(strikePage)).toEqual(new Engine(corpus.filter((d) => d.id !== 'strike-3')).compare(strikePage));
  });
});

describe('Engine.compare does not depend on the sources earlier pages had', () => {
  // Synthetic articles on the bundled story (sentences of its articles shuffled, names swapped): over
  // 20 articles the banality limit follows the number of articles, so a statistic over the articles
  // indexed so far moves with every new source.
  const synthetic = syntheticArticles(bundled.map((d) => d.text), 30, { seed: 11 }).map((a, i): CorpusDoc => ({ ...a, id: `synthetic-${i}`, ignore: [] }));
  const corpus = [...bundled, ...synthetic];
  const page = bundledPage();
  // The reader hides every other source: the same page then has fewer sources than it has unhidden.
  const all = new Engine(corpus).compare(page).sources.map((s) => s.id);
  const exclude = new Set(all.filter((_, i) => i % 2 === 1));

  it('hiding sources leaves the page sources and passages (else the test would not test history)', () => {
    expect(all.length).toBeGreaterThan(20);
    const r = new Engine(corpus).compare(page, { exclude });
    expect(r.sources.length).toBeLessThan(all.length);
    expect(r.passages.length).toBeGreaterThan(0);
  });

  it('the page with sources hidden gets the same after the page was read with all its sources', () => {
    const engine = new Engine(corpus);
    const first = engine.compare(page, { exclude });
    engine.compare(page);
    expect(engine.compare(page, { exclude })).toEqual(first);
    expect(first).toEqual(new Engine(corpus).compare(page, { exclude }));
  });
});
