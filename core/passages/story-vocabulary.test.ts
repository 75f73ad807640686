/**
 * A figure of one claim makes a short same-language pair (story-vocabulary.ts); the story's headline
 * figure, a figure said of "personnes" and a span carrying a figure the other side lacks do not.
 * Texts written for these tests (an air traffic controllers' strike).
 */
import { describe, expect, it } from 'vitest';
import type { CorpusDoc } from '../types';
import { addDocument, createPassageIndex, findPassages } from './index';
import { analyse, type Analysis } from './tokens';
import type { RawMatch } from './merge';
import { pinnedByFigure, sharesOwnWord, storyVocabulary, storyWords, STORY_MIN_SOURCES } from './story-vocabulary';

const doc = (id: string, text: string): CorpusDoc => ({ id, title: text.split('\n')[0], lang: 'fr', text, ignore: [] });
// Every source gives the headline figure (1.500 vols annulés); one gives the share of flights cut.
const SOURCES = [
  doc('s0.txt', 'Grève des contrôleurs aériens\nAu total, 38,5 % des vols ont été supprimés dans la journée. La direction a reçu les syndicats au ministère. Plus de 1.500 vols ont été annulés jeudi.'),
  doc('s1.txt', 'Ciel bloqué par la grève\nLa grève a entraîné l\'annulation de 1.500 vols. Les syndicats réclament des embauches.'),
  doc('s2.txt', 'Les aéroports paralysés\nQuelque 1.500 vols annulés : les passagers patientent dans les terminaux. Le ministre appelle au dialogue.'),
  doc('s3.txt', 'Journée noire dans les airs\nLes compagnies comptent 1.500 vols annulés et prévoient des retards vendredi.'),
];
const PAGE =
  'Contrôleurs aériens : la grève paralyse le ciel\nLe mouvement a provoqué 1.500 vols annulés. Les passagers ont dormi sur place dans les halls. À Orly, 38,5 % des vols ont été supprimés, et 1.200 personnes ont été évacuées.';

function indexOf(docs: CorpusDoc[]) {
  const index = createPassageIndex();
  for (const d of docs) addDocument(index, d);
  return index;
}

/** A match pairing the first token of each stem on either side. */
function matchOf(pa: Analysis, sa: Analysis, pageStems: string[], srcStems: string[] = pageStems): RawMatch {
  const pick = (a: Analysis, stems: string[]) => stems.map((s) => a.tokens.findIndex((t) => t.stem === s)).filter((i) => i >= 0);
  const pageToks = pick(pa, pageStems);
  const srcToks = pick(sa, srcStems);
  return {
    slot: 0,
    pageFirst: Math.min(...pageToks),
    pageLast: Math.max(...pageToks),
    srcFirst: Math.min(...srcToks),
    srcLast: Math.max(...srcToks),
    pageToks,
    srcToks,
    aligned: true,
    score: 0,
  };
}

describe('storyVocabulary', () => {
  const analyses = SOURCES.map((d) => analyse(d.text, [], 'fr'));
  it('holds the stems most sources use, the headline figure among them, not a figure one source gives', () => {
    const common = storyVocabulary(analyses)!;
    const sid = (stem: string) => analyses[0].tokens.find((t) => t.stem === stem)!.sid;
    expect(common.has(sid('1500'))).toBe(true);
    expect(common.has(sid('38.5'))).toBe(false);
  });
  it('says nothing with fewer than STORY_MIN_SOURCES sources', () => {
    expect(storyVocabulary(analyses.slice(0, STORY_MIN_SOURCES - 1))).toBeNull();
  });
});

describe('pinnedByFigure', () => {
  const pa = analyse(PAGE, [], 'fr');
  const sources = SOURCES.map((d) => analyse(d.text, [], 'fr'));
  const common = () => storyVocabulary(sources);
  it('pins a figure one source gives, with what it counts', () => {
    expect(pinnedByFigure(matchOf(pa, sources[0], ['38.5', 'vol', 'supprim']), pa, sources[0], PAGE, common)).toBe(true);
  });
  it('does not pin the story headline figure', () => {
    expect(pinnedByFigure(matchOf(pa, sources[3], ['1500', 'vol', 'annul']), pa, sources[3], PAGE, common)).toBe(false);
  });
  it('does not pin a number that is part of a name (designations.ts): a model\'s code is no figure of a claim', () => {
    const page = 'Le Corvex 1250 de la flotte est resté au sol à Orly.';
    const pn = analyse(page, [], 'fr');
    const sa = analyse('Le Corvex 1250 de la flotte est resté au sol à Orly.', [], 'fr');
    expect(pinnedByFigure(matchOf(pn, sa, ['1250', 'flot']), pn, sa, page, common)).toBe(false);
    // The same number counting what follows it is a figure one source gives.
    const counted = 'Au total, 1250 avions de la flotte sont restés au sol.';
    const pc = analyse(counted, [], 'fr');
    const sc = analyse(counted, [], 'fr');
    expect(pinnedByFigure(matchOf(pc, sc, ['1250', 'flot']), pc, sc, counted, common)).toBe(true);
  });
  it('does not pin a figure said only of people', () => {
    const sa = analyse('Au total, 1.200 personnes ont dû quitter le terminal.', [], 'fr');
    expect(pinnedByFigure(matchOf(pa, sa, ['1200', 'person']), pa, sa, PAGE, common)).toBe(false);
  });
  it('does not pin a figure with only its scale word: an amount, not what it counts', () => {
    const page = 'Les compagnies chiffrent les pertes à 2,5 millions par jour.';
    const src = 'Le manque à gagner atteint 2,5 millions selon la fédération.';
    const a = analyse(page, [], 'fr');
    const sa = analyse(src, [], 'fr');
    const scale = a.tokens.find((t) => /^\d/.test(t.stem) === false && page.slice(t.start, t.end) === 'millions')!.stem;
    expect(pinnedByFigure(matchOf(a, sa, ['2.5', scale]), a, sa, page, common)).toBe(false);
  });
  it('does not pin a span carrying a figure the other side lacks', () => {
    const sa = analyse('Entre 38,5 et 42,5 % des vols supprimés.', [], 'fr');
    const m = matchOf(pa, sa, ['38.5', 'vol', 'supprim'], ['38.5', '42.5', 'vol', 'supprim']);
    m.srcToks = m.srcToks.filter((t) => sa.tokens[t].stem !== '42.5');
    expect(pinnedByFigure(m, pa, sa, PAGE, common)).toBe(false);
  });
  it('does not ask for the vocabulary when no figure could pin the match', () => {
    let asked = 0;
    pinnedByFigure(matchOf(pa, sources[0], ['vol', 'supprim']), pa, sources[0], PAGE, () => (asked++, null));
    expect(asked).toBe(0);
  });
});

describe('findPassages with a figure of one claim', () => {
  it('reports the short pair pinned by the figure, and not the headline figure restated', () => {
    const index = indexOf(SOURCES);
    const found = findPassages(index, { title: PAGE.split('\n')[0], lang: 'fr', text: PAGE }, { sourceIds: SOURCES.map((d) => d.id) });
    expect(found.some((p) => p.source.id === 's0.txt' && p.page.text.includes('38,5') && p.source.text.includes('38,5'))).toBe(true);
    // "1.500 vols annulés" against s3 is as short, but every source gives that figure.
    expect(found.some((p) => p.source.id === 's3.txt')).toBe(false);
  });
  it('reports a figure and the one word saying what it counts, restated in another order (a sentence window)', () => {
    // The page and s1 share only "420" and "relog-", in opposite orders: no shingle to align, a
    // sentence window of three matched words pinned by a figure only s1 gives.
    const sources = [...SOURCES.slice(0, 1), doc('s1.txt', SOURCES[1].text + ' Dans la soirée, la compagnie a relogé les 420 voyageurs bloqués.'), ...SOURCES.slice(2)];
    const text = PAGE + ' Au total, 420 passagers ont été relogés.';
    const found = findPassages(indexOf(sources), { title: PAGE.split('\n')[0], lang: 'fr', text }, { sourceIds: sources.map((d) => d.id) });
    expect(found.some((p) => p.source.id === 's1.txt' && p.page.text.includes('420') && p.source.text.includes('420'))).toBe(true);
    // Without a figure, two shared words are no window: "passagers ... relogés" against s1 alone.
    const plain = findPassages(indexOf(sources), { title: '', lang: 'fr', text: 'Au total, des passagers ont été relogés.' }, { sourceIds: sources.map((d) => d.id) });
    expect(plain).toEqual([]);
  });
  it('pins no pair with too few sources to tell the story figures', () => {
    // Through findPassages the 38,5 % sentence is now found anyway: a value with decimals counts two
    // words, so the whole sentence is a sentence-window candidate; the pin itself must say no.
    const pa = analyse(PAGE, [], 'fr');
    const few = SOURCES.slice(0, STORY_MIN_SOURCES - 1).map((d) => analyse(d.text, [], 'fr'));
    expect(pinnedByFigure(matchOf(pa, few[0], ['38.5', 'vol', 'supprim']), pa, few[0], PAGE, () => storyVocabulary(few))).toBe(false);
  });
});

describe('sharesOwnWord', () => {
  // Every source says "grève des contrôleurs aériens" and names the minister; one names Orly, one the
  // unions' demand for hires, one the 38,5 % figure.
  const texts = [
    'La grève des contrôleurs aériens paralyse les aéroports jeudi 12 octobre, selon la ministre Martine Dufour. Au total, 38,5 % des vols ont été supprimés.',
    'Grève des contrôleurs aériens : la ministre Martine Dufour appelle au calme jeudi 12 octobre. À Orly, les passagers patientent.',
    'Les contrôleurs aériens en grève jeudi 12 octobre ; les syndicats réclament des embauches, selon la ministre Martine Dufour.',
    'Jeudi 12 octobre, la grève des contrôleurs aériens a vidé le ciel, a reconnu la ministre Martine Dufour en 2024.',
  ];
  const sources = texts.map((t) => analyse(t, [], 'fr'));
  const words = () => storyWords(sources);
  const page =
    'La grève des contrôleurs aériens de la ministre Martine Dufour, jeudi 12 octobre : à Orly, les syndicats réclament des embauches et 38,5 % des vols sont supprimés en 2024.';
  const pa = analyse(page, [], 'fr');
  const own = (stems: string[], sa = sources[0]) => sharesOwnWord(matchOf(pa, sa, stems), pa, page, words);
  it('does not see it in the words, names and dates every source gives', () => {
    expect(own(['grev', 'controleur', 'aer', 'minist', 'martin', 'dufour', 'jeud', '12', 'octob'])).toBe(false);
  });
  it('sees it in a word a few sources use', () => {
    expect(own(['grev', 'controleur', 'aer', 'syndicat', 'reclam', 'embauch'], sources[2])).toBe(true);
  });
  it('sees it in a name a few sources give', () => {
    expect(own(['grev', 'controleur', 'aer', 'orly'], sources[1])).toBe(true);
  });
  it('sees it in a figure, not in a year', () => {
    expect(own(['grev', 'controleur', 'aer', '38.5'])).toBe(true);
    expect(own(['grev', 'controleur', 'aer', '2024'], sources[3])).toBe(false);
  });
  it('sees it in two ages, not in one', () => {
    const text = (i: number) => `Les contrôleurs aériens en grève jeudi 12 octobre ont libéré les pistes ; Paul Roche, 41 ans, et Marc Vidal, 38 ans, ont été entendus${i ? '' : ' par la ministre Martine Dufour'}.`;
    const named = [0, 1, 2, 3].map((i) => analyse(text(i), [], 'fr'));
    const v = () => storyWords(named);
    const p = text(1);
    const a = analyse(p, [], 'fr');
    expect(sharesOwnWord(matchOf(a, named[1], ['paul', 'roch', '41', 'marc', 'vidal', '38']), a, p, v)).toBe(true);
    expect(sharesOwnWord(matchOf(a, named[1], ['paul', 'roch', '41', 'grev']), a, p, v)).toBe(false);
  });
  it('reads a number that is part of a name every source gives as that name, not as a figure', () => {
    // "Corvex 310" names the aircraft in every source; "212" counts passengers.
    const text = (i: number) => `Les Corvex 310 de la flotte restent au sol jeudi ; la compagnie a annulé ${i === 1 ? '212 vols' : 'des vols'} selon la ministre.`;
    const named = [0, 1, 2, 3].map((i) => analyse(text(i), [], 'fr'));
    const v = () => storyWords(named);
    const p = 'Les Corvex 310 de la flotte restent au sol, et 212 vols sont annulés.';
    const a = analyse(p, [], 'fr');
    expect(sharesOwnWord(matchOf(a, named[1], ['corvex', '310', 'flot', 'rest', 'sol']), a, p, v)).toBe(false);
    expect(sharesOwnWord(matchOf(a, named[1], ['corvex', '310', '212']), a, p, v)).toBe(true);
  });
  it('lets every match through with too few sources to tell the story vocabulary', () => {
    expect(sharesOwnWord(matchOf(pa, sources[0], ['grev', 'controleur', 'aer']), pa, page, () => null)).toBe(true);
  });
});
