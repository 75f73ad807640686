import { describe, expect, it } from 'vitest';
import { analyse } from './tokens';
import { keyCounts } from './crosslang';
import { countPassages } from './count-pairs';
import type { CorpusDoc, FigureReport, Passage, Verdict } from '../types';

const PAGE = 'Officials said 350 people were evacuated from the flooded district on Monday. The mayor thanked the volunteers.';
const SOURCE = 'Au total, 1 200 personnes ont été déplacées dans la région, dont 350 évacuées du quartier inondé, selon la préfecture.';
const doc: CorpusDoc = { id: 'src', title: '', lang: 'fr', text: SOURCE, ignore: [] };

/** A page figure at the first `needle` of the page, compared with the source figure at the first `srcNeedle`. */
function report(needle: string, srcNeedle: string, value: number, verdict: Verdict, unit = 'people', page = PAGE): FigureReport {
  const ps = page.indexOf(needle);
  const ss = SOURCE.indexOf(srcNeedle);
  return {
    page: { start: ps, end: ps + needle.length, text: needle },
    low: value, high: value, qualifier: 'exact', unit, counts: 'people evacuated',
    comparisons: [{ source: { id: 'src', start: ss, end: ss + srcNeedle.length, text: srcNeedle }, low: value, high: value, qualifier: 'exact', verdict }],
  };
}

function run(reports: FigureReport[], page = PAGE, found: Passage[] = []): Passage[] {
  const pa = analyse(page, [], 'en');
  const sa = analyse(SOURCE, [], 'fr');
  return countPassages(pa, page, sa, doc, reports, found, keyCounts([pa, sa]));
}

/** countPassages over a page and a source of its own, one agreeing figure at `pn` / `sn`. */
function one(page: string, source: string, pn: string, sn: string, value: number, unit: string, counts = 'x'): Passage[] {
  const ps = page.indexOf(pn);
  const ss = source.indexOf(sn);
  const r: FigureReport = {
    page: { start: ps, end: ps + pn.length, text: pn }, low: value, high: value, qualifier: 'exact', unit, counts,
    comparisons: [{ source: { id: 'src', start: ss, end: ss + sn.length, text: sn }, low: value, high: value, qualifier: 'exact', verdict: 'agrees' }],
  };
  const pa = analyse(page, [], 'en');
  const sa = analyse(source, [], 'fr');
  return countPassages(pa, page, sa, { ...doc, text: source }, [r], [], keyCounts([pa, sa]));
}

describe('countPassages: a count both texts state', () => {
  it('pairs the clause holding the page count with the clause of the source holding the same count', () => {
    const out = run([report('350 people', '350', 350, 'agrees')]);
    expect(out).toHaveLength(1);
    expect(out[0].page.text).toContain('350 people were evacuated');
    // The source clause is the one stating 350, not the sentence's other count.
    expect(out[0].source.text).toContain('350 évacuées');
    expect(out[0].source.text).not.toContain('1 200');
    expect(out[0].translated).toBe(true);
    expect(SOURCE.slice(out[0].source.start, out[0].source.end)).toBe(out[0].source.text);
  });

  it('needs the figures engine to call the two one count with one value', () => {
    for (const v of ['overlaps', 'related', 'differs', 'updated'] as const) expect(run([report('350 people', '350', 350, v)])).toHaveLength(0);
  });

  it('leaves a count the page repeats (its headline figure) alone', () => {
    const page = `350 people evacuated. ${PAGE}`;
    const twice = [report('350 people', '350', 350, 'agrees', 'people', page), { ...report('350 people', '350', 350, 'agrees', 'people', page), page: { start: page.lastIndexOf('350 people'), end: page.lastIndexOf('350 people') + 10, text: '350 people' } }];
    expect(run(twice, page)).toHaveLength(0);
  });

  it('asks more than the number of a date or a temperature', () => {
    expect(run([report('350 people', '350', 350, 'agrees', 'date')])).toHaveLength(0);
    expect(run([report('350 people', '350', 350, 'agrees', 'celsius')])).toHaveLength(0);
  });

  it('pairs no clauses on a rank they share: "the second day" counts nothing (fixrev28b)', () => {
    // Sentences written for this test: one fact, so the same clauses sharing a count would pair.
    const page = 'Officials met on Monday. On the second day of the strike, union leaders met the managers of the factory. Schools closed.';
    const source = "La préfecture a fait le bilan. Le deuxième jour de la grève, les dirigeants syndicaux ont rencontré la direction de l'usine. Les écoles ont fermé.";
    expect(one(page, source, 'second', 'deuxième', 2, 'ordinal')).toHaveLength(0);
  });

  it('pairs no clauses on a graded scale they share: a magnitude or a category names the event (NOT_COUNTS)', () => {
    // Sentences written for this test: one fact in both, so the same clauses sharing a count would pair.
    const page = 'Officials met on Monday. A magnitude 6 earthquake shook the coastal valley before dawn and damaged the old harbour. Schools closed.';
    const source = "La préfecture a fait le bilan. Un séisme de magnitude 6 a secoué la vallée côtière avant l'aube et endommagé le vieux port. Les écoles ont fermé.";
    expect(one(page, source, '6', '6', 6, 'magnitude')).toHaveLength(0);
    expect(one(page, source, '6', '6', 6, 'category')).toHaveLength(0);
    expect(one(page, source, '6', '6', 6, 'people')).toHaveLength(1);
  });

  it('asks a small count whose clauses share a word to pair as whole sentences do (COUNT_SMALL_MIN_SCORE)', () => {
    // Both pages share "people" with the source clause; the first little else, the second the whole fact.
    const source = "La préfecture a fait le bilan. Selon le rapport, trois personnes ont été blessées lors de l'accident de la route près de l'école primaire du village. Les écoles ont fermé.";
    const weak = 'Officials met on Monday. In the northern town, 3 people stood by the river watching the water rise past the old stone bridge and the market. Schools closed.';
    const close = 'Officials met on Monday. Three people were injured in the road accident near the village primary school. Schools closed.';
    expect(one(weak, source, '3 people', 'trois', 3, 'people')).toHaveLength(0);
    expect(one(close, source, 'Three', 'trois', 3, 'people')).toHaveLength(1);
    // The same shared words with a count of ten or more: the count pins the fact.
    const many = weak.replace('3 people', '30 people');
    expect(one(many, source.replace('trois', '30'), '30 people', '30', 30, 'people')).toHaveLength(1);
  });

  it('does not take the unit of the two figures for a shared word', () => {
    const page = 'The storm hit the coast on Monday. A 34-year-old fisherman was among the missing. Schools were closed.';
    const source = 'La tempête a frappé la côte lundi. Le maire, âgé de 34 ans, a demandé des renforts. Les écoles ont fermé.';
    expect(one(page, source, '34-year-old', '34 ans', 34, 'years')).toHaveLength(0);
    const page2 = 'Polls closed at eight. Turnout reached 41.2% by noon. Results are expected tonight.';
    const source2 = 'Les bureaux ont fermé. Le parti a obtenu 41,2 % des voix en Corse. Les résultats sont attendus.';
    expect(one(page2, source2, '41.2%', '41,2 %', 41.2, 'percent')).toHaveLength(0);
    const page3 = 'The storm hit the coast on Monday. Rescuers searched for 36 hours in the rubble. Schools were closed.';
    const source3 = 'La tempête a frappé la côte lundi. Le vol a duré 36 heures avec deux escales. Les écoles ont fermé.';
    expect(one(page3, source3, '36 hours', '36 heures', 36, 'hours')).toHaveLength(0);
    // The same count with its counted word shared besides the unit: a passage.
    const page4 = 'Polls closed at eight. The party won 41.2% of the vote. Results are expected tonight.';
    expect(one(page4, source2, '41.2%', '41,2 %', 41.2, 'percent')).toHaveLength(1);
  });

  it('pairs a count of three digits or more on its number alone, a smaller count not (COUNT_SPECIFIC_VALUE)', () => {
    // The head nouns do not meet across the languages ("survivors" / "personnes"): only the number is shared.
    const page = 'The ferry sank before dawn. Officials said 212 survivors were brought ashore. Schools were closed.';
    const source = 'Le ferry a coulé avant l’aube. Au total, 212 personnes ont été ramenées à terre. Les écoles ont fermé.';
    expect(one(page, source, '212 survivors', '212', 212, 'people')).toHaveLength(1);
    const few = page.replace('212', '21');
    expect(one(few, source.replace('212', '21'), '21 survivors', '21', 21, 'people')).toHaveLength(0);
    // A value the clauses do not both state in words (the figure read from "a dozen"): the words show no count.
    const spelt = 'The ferry sank before dawn. Officials said survivors were brought ashore by the hundreds. Schools were closed.';
    expect(one(spelt, source, 'hundreds', '212', 212, 'people')).toHaveLength(0);
  });

  it('refuses a number-only pair whose clause hangs on a noun outside it (PIECE_OPENERS), keeps a main clause', () => {
    // Both texts state 212, but one clause is a part of a larger count ("dont"), a restatement ("soit"), a
    // relative with its subject cut ("which") or a former value ("up from"): its owner is outside the clause.
    const page = 'The ferry sank before dawn. Officials said 212 survivors were brought ashore. Schools were closed.';
    const main = 'Le ferry a coulé avant l’aube. Au total, 212 personnes ont été ramenées à terre. Les écoles ont fermé.';
    expect(one(page, main, '212 survivors', '212', 212, 'people')).toHaveLength(1);
    const part = 'Le ferry a coulé avant l’aube. Les secours ont compté 900 passagers, dont 212 ramenés à terre. Les écoles ont fermé.';
    expect(one(page, part, '212 survivors', '212', 212, 'people')).toHaveLength(0);
    const restated = 'Le ferry a coulé avant l’aube. Les secours ont compté les passagers à terre, soit 212 au total. Les écoles ont fermé.';
    expect(one(page, restated, '212 survivors', '212', 212, 'people')).toHaveLength(0);
    const relative = 'The ferry sank before dawn. Rescuers reached the island, which now shelters 212 of them. Schools were closed.';
    expect(one(relative, main, '212', '212', 212, 'people')).toHaveLength(0);
    const former = 'The ferry sank before dawn. Officials count 300 survivors now — up from 212 on the first night. Schools were closed.';
    expect(one(former, main, '212', '212', 212, 'people')).toHaveLength(0);
  });

  it('keeps the counterpart a page span already has in this source', () => {
    const found: Passage[] = [{ kind: 'paraphrase', score: 0.3, page: { start: 0, end: 20, text: PAGE.slice(0, 20) }, source: { id: 'src', start: 0, end: 10, text: SOURCE.slice(0, 10) }, translated: true }];
    expect(run([report('350 people', '350', 350, 'agrees')], PAGE, found)).toHaveLength(0);
  });
});

describe('countPassages: a person\'s age in apposition', () => {
  it('refuses two clauses that share only the person named with their age', () => {
    expect(one('The former mayor Martin Dubreuil, 64, chaired the committee for ten years.', 'Le maire Martin Dubreuil, 64 ans, a été hospitalisé mardi soir.', '64', '64', 64, 'years')).toHaveLength(0);
  });
  it('keeps an age pair whose clauses share what happens to the person', () => {
    expect(one('The former mayor Martin Dubreuil, 64, was hospitalized on Tuesday after a fall.', 'Le maire Martin Dubreuil, 64 ans, a été hospitalisé mardi après une chute.', '64', '64', 64, 'years')).toHaveLength(1);
  });
});

describe('countPassages: a person\'s age pins no pair by its number (isPersonAge)', () => {
  // Two clauses about one 31-year-old that state two facts: they share the age, the word for a skier and little else.
  const source = "La fédération a publié un communiqué. La skieuse norvégienne de 31 ans a annoncé mardi sa retraite sportive à la fin de la saison prochaine, après quinze années passées sur le circuit mondial. Les courses reprennent samedi.";
  const weak = 'The federation met on Monday. The 31-year-old skier won the slalom title in heavy snow after a long delay on the upper course, beating her closest rival by two seconds. Races resume on Saturday.';
  it('refuses an age pair whose clauses do not pair as whole sentences (COUNT_SMALL_MIN_SCORE)', () => {
    expect(one(weak, source, '31', '31', 31, 'years', 'age')).toHaveLength(0);
    expect(one(weak, source, '31', '31', 31, 'years', 'age of Larsen')).toHaveLength(0);
  });
  it('keeps the same clauses when the 31 years are a duration, not an age', () => {
    expect(one(weak, source, '31', '31', 31, 'years', 'years')).toHaveLength(1);
  });
  it('keeps an age pair whose clauses state the same thing of the person', () => {
    const close = 'The federation met on Monday. The 31-year-old Norwegian skier announced on Tuesday her retirement from sport at the end of next season, after fifteen years on the world circuit. Races resume on Saturday.';
    expect(one(close, source, '31', '31', 31, 'years', 'age (women)')).toHaveLength(1);
  });
});

describe('countPassages: an age in apposition beside another measure', () => {
  it('keeps another unit both clauses state of the person: only the age\'s unit is part of the name', () => {
    expect(one('Martin Dubreuil, 64, walked kilometres.', 'Martin Dubreuil, 64 ans, a marché des kilomètres.', '64', '64', 64, 'years')).toHaveLength(1);
  });
});

describe('countPassages: a number that is part of a name (designations.ts)', () => {
  // Both texts name one model by a name and its code; the clauses say different things of it. "Corvex" is capitalised
  // inside the sentence, so the text reads it as a name and "310" after it, with a determiner before, as its code.
  const pageNamed = 'On Monday the Corvex 310 fleet was grounded by the regulator in the capital.';
  const sourceNamed = 'Lundi, le Corvex 310 avait été immobilisé par le régulateur dans la capitale.';
  const pageCount = 'On Monday 310 planes were grounded by the regulator in the capital.';
  const sourceCount = 'Lundi, 310 avions ont été immobilisés par le régulateur dans la capitale.';

  it('refuses a page clause whose only shared figure is a code after a name', () => {
    expect(one(pageNamed, sourceCount, '310', '310', 310, 'x')).toHaveLength(0);
  });
  it('refuses a source clause whose only shared figure is a code after a name', () => {
    expect(one(pageCount, sourceNamed, '310', '310', 310, 'x')).toHaveLength(0);
  });
  it('keeps the same clauses when the number counts what follows it', () => {
    expect(one(pageCount, sourceCount, '310', '310', 310, 'x')).toHaveLength(1);
  });
});
