import { describe, expect, it } from 'vitest';
import { extractFigures, compareFigures } from './index';
import { nameKey } from '../text/names';

const lyon = `loc:${nameKey('lyon')}`;

const figs = (text: string, lang: 'fr' | 'en') => extractFigures(text, lang);
const byText = (text: string, lang: 'fr' | 'en', q: string) => figs(text, lang).find((f) => f.text === q)!;

describe('elided counted nouns', () => {
  it('gives a bare number in "the rest of the country" its antecedent\'s noun but not its place, and keeps the scope its own', () => {
    const text = 'More than 300,000 people marched on Saturday. This included 40,000 in Lyon, according to the prefecture, and 260,000 in the rest of the country, and 20,000 more on Sunday.';
    const rest = byText(text, 'en', '260,000');
    expect(rest.unit).toBe('people');
    expect(rest.countsKey).toContain('rest');
    expect(rest.countsKey).not.toContain(lyon);
    expect(byText(text, 'en', '40,000').countsKey).toContain(lyon);
    expect(byText(text, 'en', '20,000').countsKey).not.toContain('rest');
  });
  it('gives the first member of a span the counted noun written after the second, quoted or not', () => {
    // Sentences written for these tests.
    const en = 'The strike brought together "300,000" to "more than 600,000" people, the unions said.';
    expect(byText(en, 'en', '300,000').countsKey).toEqual(byText(en, 'en', 'more than 600,000').countsKey);
    expect(byText(en, 'en', '300,000').unit).toBe('people');
    const fr = 'La grève a réuni de 300 000 à plus de 600 000 manifestants dans le pays.';
    expect(byText(fr, 'fr', '300 000').countsKey[0]).toBe('person');
    // "and" joins two counts more often than it spans one: left unread.
    expect(byText('On Monday 300 walked out and 400 delegates voted.', 'en', '300').unit).toBe('number');
  });
  it('reads a count outside a place as a part of the whole, and a larger bare value after it as the whole again', () => {
    // Written for this test: a regional march.
    const text = "Plus de 80 000 manifestants en Bretagne (12 000 à Rennes, 68 000 hors Rennes), contre la revendication des syndicats de « plus de 150 000 ».";
    const fs = figs(text, 'fr');
    const rest = fs.find((f) => f.text === '68 000')!;
    expect(rest.countsKey).toContain('part');
    expect(rest.countsKey.some((k) => k.startsWith('loc:'))).toBe(false);
    const claim = fs.find((f) => f.text === 'plus de 150 000')!;
    expect(claim.countsKey[0]).toBe('person');
    // The whole again, by another speaker: the whole's frame, its place included, never the part's.
    expect(new Set(claim.countsKey)).toEqual(new Set(fs.find((f) => f.text === 'Plus de 80 000')!.countsKey));
    const en = 'Some 80,000 people marched, 12,000 in Rennes and 68,000 in the rest of the region.';
    expect(byText(en, 'en', '68,000').countsKey).toContain('part');
  });
  it('reads a smaller bare value a sentence after a part as the whole told again, and one in the part\'s sentence as no whole', () => {
    // Written for this test: a toll told for two days.
    const text = "Le dernier bilan fait état de 96 morts, dont 80 dans la seule province du nord. La veille, on en comptait 90.";
    const before = byText(text, 'fr', '90');
    expect(before.unit).toBe('people');
    expect(before.countsKey).not.toContain('part');
    expect(new Set(before.countsKey)).toEqual(new Set(byText(text, 'fr', '96').countsKey));
    // In the part's own sentence a smaller value may be another part: left bare.
    expect(byText("Le bilan fait état de 96 morts, dont 80 dans la province du nord et 12 ailleurs.", 'fr', '12').unit).toBe('number');
  });
  it('passes over a share to the count before it, and reads no participle after an auxiliary as the counted noun', () => {
    // A regional vote written for this test.
    // (units23: the sentence opened on "Sur les 40 élus du conseil régional, 22 …", a lead-in that now makes 22 a part
    // of the 40, and a bare value in a part's sentence is left bare, as after "dont"; the whole is named before a colon.)
    const text = "Le conseil régional compte 40 élus : 22 sont issus de la liste Dupré, arrivée en tête dans plus d'une commune sur deux, et 15 étaient soutenus par la liste Morel.";
    expect(byText(text, 'fr', '22').countsKey[0]).toBe('seat');
    expect(byText(text, 'fr', '15').countsKey[0]).toBe('seat');
    expect(byText(text, 'fr', '15').unit).toBe('seats');
    const leadIn = "Sur les 40 élus du conseil régional, 22 sont issus de la liste Dupré et 15 étaient soutenus par la liste Morel.";
    expect(byText(leadIn, 'fr', '22').countsKey).toEqual(['seat', 'part']);
    expect(byText(leadIn, 'fr', '15').unit).toBe('number');
  });
  it('reads a list of places under a line that names the count: place, speaker and day of each item', () => {
    const text = [
      'Grève du 7 mars : les chiffres',
      'Les syndicats ont annoncé 3,5 millions de manifestants dans toute la France.',
      '',
      'Les chiffres des manifestants dans les grandes villes le 7 mars 2023 :',
      '',
      'Lyon : 45 000 (CGT) / 25 000 selon la police',
      '',
      'Le Havre : 40 000 (CGT) / 12 000 selon la police',
    ].join('\n');
    const fs = figs(text, 'fr');
    const item = (q: string, from = 0) => fs.find((f) => f.text === q && f.start >= from)!;
    const havre = text.indexOf('Le Havre');
    expect(item('45 000').countsKey).toEqual(['person', 'demonstrate', lyon]);
    expect(item('45 000').saidBy).toBe('CGT');
    expect(item('25 000').saidBy).toBe('la police');
    expect(item('25 000').moment).toBe('2023-03-07');
    expect(item('40 000', havre).countsKey).toContain(`loc:${nameKey('havre')}`);
    expect(item('12 000', havre).unit).toBe('people');
    // Compared with a sentence about the same city's march.
    const [r] = compareFigures({ text: 'À Lyon, 45 000 personnes ont manifesté selon la CGT.', lang: 'fr', figures: extractFigures('À Lyon, 45 000 personnes ont manifesté selon la CGT.', 'fr') }, [{ id: 's', text, lang: 'fr', figures: fs }]);
    expect(r.comparisons.map((c) => [c.source.text, c.verdict])).toContainEqual(['45 000', 'agrees']);
  });
  it('reads a list of bare numbers in running text item by item, each one after the one before', () => {
    const text = 'On Thursday 900,000 people marched across Spain according to the police, while the unions counted 2 million. '
      + 'Between 20,000 and 40,000 in Seville. Whatever the figures, turnout was up almost everywhere in the country, from the large '
      + 'cities of the coast to the small towns of the dry interior and the islands, in Valencia (30,000), Bilbao (25,000) and also in '
      + 'smaller towns such as Cadiz (4,000) and Teruel (1,500).';
    // "Valencia (30,000)" stands too far from "2 million" to take its frame, but right after the Seville item.
    for (const [q, place] of [['30,000', 'valencia'], ['25,000', 'bilbao'], ['1,500', 'teruel']]) {
      const f = byText(text, 'en', q);
      expect(f.countsKey.slice(0, 2)).toEqual(['person', 'spain']);
      expect(f.countsKey).toContain('demonstrate');
      expect(f.countsKey).toContain(`loc:${nameKey(place)}`);
      expect(f.salient).toBe(true);
    }
  });
  it('gives a part of a target the target\'s year, not the article\'s day', () => {
    const text = "Le groupe supprimera 3 000 postes en 2027, dont 800 en France, a annoncé sa direction.";
    const part = extractFigures(text, 'fr', { published: '2026-03-02' }).find((f) => f.text === '800')!;
    expect(part.year).toBe('2027');
    expect(part.moment).toBeUndefined();
  });
  it('takes the place of the subject a count "avec / with" belongs to', () => {
    const text = "La province de Valence, où les pluies ont été les plus fortes, est la plus endeuillée avec 200 morts, suivie par la province de Murcie avec 30 morts.";
    expect(byText(text, 'fr', '200').countsKey).toContain(`loc:${nameKey('valence')}`);
    expect(byText(text, 'fr', '30').countsKey).toContain(`loc:${nameKey('murcie')}`);
    // Without a place noun the subject is no place: "Le parti arrive en tête avec 180 sièges".
    expect(byText('Le parti de Jean Martin arrive en tête avec 180 sièges.', 'fr', '180').countsKey.some((k) => k.startsWith('loc:'))).toBe(false);
  });
  it('does not read a headline kicker or a line of an unrelated list as a list of places', () => {
    // "Lyon: ..." on the first line is a headline's kicker, not a list item.
    expect(byText('Lyon: 45 000 manifestants selon la CGT\nLe cortège a traversé la ville.', 'fr', '45 000').countsKey).not.toContain(lyon);
    // An opener that names another count ("Les horaires :") gives its items no frame.
    const text = 'Les syndicats ont annoncé 3,5 millions de manifestants.\nLes horaires des trains :\nLyon : 45 000';
    expect(byText(text, 'fr', '45 000').unit).toBe('number');
  });
  it('gives a bare number the frame of the figure before it, with its own place and speaker', () => {
    const text = 'Selon la préfecture, 87 000 manifestants ont défilé à Lyon et 1,2 million dans toute la France. La CGT revendique quant à elle 2,8 millions de personnes, dont 500 000 à Lyon.';
    const whole = byText(text, 'fr', '1,2 million');
    expect(whole.unit).toBe('people');
    expect(whole.countsKey).toEqual(expect.arrayContaining(['person', 'demonstrate']));
    // Its own place ("dans toute la France") ends the antecedent's ("à Lyon").
    expect(whole.countsKey).not.toContain(lyon);
    expect(byText(text, 'fr', '87 000').countsKey).toContain(lyon);
    const part = byText(text, 'fr', '500 000');
    expect(part.countsKey).toEqual(expect.arrayContaining(['person', lyon, 'part']));
    expect(byText(text, 'fr', '2,8 millions').saidBy).toBe('la CGT');
  });
  it('passes over a duration to the count before it ("Twelve days earlier, ... 400,000")', () => {
    const text = 'Half a million people marched in Lyon, according to the CGT. Police said it was 87,000. Twelve days earlier, the CGT counted 400,000 in Lyon, the police 80,000.';
    for (const q of ['400,000', '80,000']) {
      const f = byText(text, 'en', q);
      expect(f.unit).toBe('people');
      expect(f.countsKey).toEqual(expect.arrayContaining(['person', 'demonstrate', lyon]));
    }
    // A duration of the bare number's own order is still its antecedent: nothing to pass over.
    expect(byText('The strike lasted 12 days in Lyon, and 15 in Grenoble.', 'en', '15').unit).toBe('days');
  });
  it('details a share of a count place by place ("la moitié des morts ... à Valence (1 230)")', () => {
    const text = 'Plus de la moitié des morts ont été recensés à Valence (1 230) et à Murcie (452), selon le ministère.';
    // The bracket reads the clause it qualifies (counts.ts clauseWithAside): its place may come before its role.
    expect(byText(text, 'fr', '1 230').countsKey[0]).toBe('person');
    expect([...byText(text, 'fr', '1 230').countsKey].sort()).toEqual(['person', 'killed', `loc:${nameKey('valence')}`].sort());
    expect(byText(text, 'fr', '452').countsKey).toEqual(['person', 'killed', `loc:${nameKey('murcie')}`]);
    // A bracket that ends the text, no full stop after it, still reads its host clause.
    expect([...byText('Plus de la moitié des morts ont été recensés à Corvel (230)', 'fr', '230').countsKey].sort()).toEqual(['person', 'killed', `loc:${nameKey('corvel')}`].sort());
    // A share gives no frame to a number that is no item of such a list.
    expect(byText('Plus de deux électeurs sur trois ont voté. Le ministère a enregistré 3,2 millions de procurations, contre 1,8 million.', 'fr', '1,8 million').countsKey[0]).not.toBe('person');
  });
  it('leaves a bare number of a sentence about a name of its own to that name', () => {
    const text = 'Turnout was up: 45,000 demonstrators in Lyon, 7,000 more than last time. Grenoble set a 20-year record, with 40,000.';
    expect(byText(text, 'en', '40,000').countsKey).not.toContain(lyon);
  });
  it('does not give a part\'s place to the count after it', () => {
    const text = 'Le ministère a compté 1,1 million de manifestants, dont 80 000 à Lyon, tandis que la CGT revendiquait « plus de deux millions » d’opposants.';
    expect(byText(text, 'fr', 'plus de deux millions').countsKey).not.toContain(lyon);
    expect(byText(text, 'fr', '80 000').countsKey).toContain(lyon);
  });
  it('gives a list of named items no count precedes the counted noun of its topic', () => {
    const text = "Les électeurs espagnols étaient appelés dimanche à élire leurs députés.\n\nLes premières estimations sont : Parti populaire (130 à 140), Parti socialiste (110 à 120), Sumar (25 à 30).";
    for (const q of ['130 à 140', '110 à 120', '25 à 30']) {
      const f = byText(text, 'fr', q);
      expect(f.unit).toBe('seats');
      expect(f.countsKey.slice(0, 2)).toEqual(['seat', 'projection']);
    }
    // Without a counted noun before the list, its items count nothing named.
    expect(byText("Les premières estimations sont : Parti populaire (130 à 140), Sumar (25 à 30).", 'fr', '130 à 140').unit).toBe('number');
    // A bare number that is no item of a named list is left alone.
    expect(byText("Les électeurs étaient appelés à élire leurs députés. Il en reste 501.", 'fr', '501').unit).toBe('number');
  });
  it('reads "Police said it was 87,000" as the crowd of the sentence before', () => {
    const text = 'Half a million people marched in Lyon, according to the CGT. Police said it was 87,000.';
    const f = byText(text, 'en', '87,000');
    expect(f.unit).toBe('people');
    expect(f.countsKey).toEqual(expect.arrayContaining(['person', 'demonstrate', lyon]));
  });
  it('leaves a number of another magnitude alone (a day, a rank)', () => {
    const f = byText('Plus de 1,2 million de manifestants ont défilé. Rendez-vous le 7 pour la suite.', 'fr', '7');
    expect(f?.unit ?? 'number').not.toBe('people');
  });
  it('compares crowd counts given by two speakers the same day across languages', () => {
    const fr = { text: 'Selon la police, 1,27 million de manifestants ont défilé en France.', lang: 'fr' as const };
    const en = { text: 'In all, 2.8 million people marched across France, the CGT union said.', lang: 'en' as const };
    const day = '2023-01-31';
    const [r] = compareFigures({ ...fr, figures: extractFigures(fr.text, 'fr', { published: day }) }, [{ id: 's', ...en, figures: extractFigures(en.text, 'en', { published: day }) }]);
    expect(r.comparisons.map((c) => c.verdict)).toEqual(['differs']);
  });
});

describe('heads and places read from structure', () => {
  it('counts people named by their nation or by what happened to them', () => {
    expect(figs('Au moins 274 Palestiniens ont été tués.', 'fr')[0].countsKey).toEqual(expect.arrayContaining(['person', 'of:palestine', 'killed']));
    expect(figs('At least 274 Palestinians were killed.', 'en')[0].countsKey).toEqual(expect.arrayContaining(['person', 'of:palestine', 'killed']));
    const en = figs('The strikes killed 45 and wounded 300 others.', 'en');
    expect(en.map((f) => [f.unit, f.countsKey.find((k) => k === 'killed' || k === 'wounded')])).toEqual([['people', 'killed'], ['people', 'wounded']]);
  });
  it('reads "le nombre de décès a atteint 2 946 et celui des blessés 5 674" as two counts', () => {
    const f = figs('Le nombre de décès a atteint les 2 946 et celui des blessés 5 674 personnes.', 'fr');
    expect(f.map((x) => x.countsKey.find((k) => k === 'killed' || k === 'wounded'))).toEqual(['killed', 'wounded']);
  });
  it('takes a sentence-opening "In <place>," but not a headline\'s capitals', () => {
    expect(figs('In Lyon, there were 15,000 demonstrators.', 'en')[0].countsKey).toContain(lyon);
    expect(figs('EN DIRECT Jusqu’à 12.000 soldats envoyés.', 'fr')[0].countsKey.some((k) => k.startsWith('loc:'))).toBe(false);
  });
  it('takes the name before a parenthesis as the place: "Taroudant (452 morts)"', () => {
    expect(figs('Les provinces les plus touchées sont Taroudant (452 morts) et Chichaoua.', 'fr')[0].countsKey).toContain(`loc:${nameKey('taroudant')}`);
  });
  it('keeps seats of two named parties apart', () => {
    const page = { text: 'Le RN obtient 143 sièges.', lang: 'fr' as const };
    const src = { id: 's', text: 'Le NFP obtient 182 sièges.', lang: 'fr' as const };
    const [r] = compareFigures({ ...page, figures: extractFigures(page.text, 'fr') }, [{ ...src, figures: extractFigures(src.text, 'fr') }]);
    expect(r.comparisons).toEqual([]);
  });
});

describe('units and heads from structure', () => {
  it('reads a currency sign, a unit written before its value, and skips singular words after a number', () => {
    expect(figs('The plan cuts €43.8 billion.', 'en')[0].unit).toBe('euro');
    expect(figs('Un séisme de magnitude 6,8 a frappé.', 'fr')[0].unit).toBe('magnitude');
    expect(figs('A magnitude 6.8 earthquake hit.', 'en')[0].unit).toBe('magnitude');
    expect(figs('Hostages were kept in two separate buildings.', 'en')[0].countsKey[0]).toBe('building');
    // "next" is not what 43.8 billion counts, and "year" after it is another phrase.
    expect(figs('The effort will reach 43.8 billion next year.', 'en')[0].unit).not.toBe('years');
  });
  it('compares a noun the table does not know within one language', () => {
    const page = { text: 'Le bombardement du camp a fait 210 martyrs.', lang: 'fr' as const };
    const src = { id: 's', text: 'Plus de 200 martyrs dans le bombardement du camp.', lang: 'fr' as const };
    const [r] = compareFigures({ ...page, figures: extractFigures(page.text, 'fr') }, [{ ...src, figures: extractFigures(src.text, 'fr') }]);
    expect(r.comparisons.map((c) => c.verdict)).toEqual(['overlaps']);
  });
});

describe('ages', () => {
  it('reads "Name, 26," and "Name (25 ans)" as that person\'s age, and never sets two people\'s ages side by side', () => {
    const en = figs('The rescued hostages are Noa Argamani, 26, Almog Meir Jan, 22, and Shlomi Ziv, 41.', 'en');
    expect(en.map((f) => [f.unit, f.countsKey[0], f.countsKey[1]])).toEqual([
      // Each kept under its surname and first name (fix-cat42): "Almog Meir Jan" under "jan" and "almog".
      ['years', 'age', `of:n:${nameKey('argamani')}/noa`], ['years', 'age', `of:n:${nameKey('jan')}/almog`], ['years', 'age', `of:n:${nameKey('ziv')}/shlomi`],
    ]);
    const fr = { text: 'Il s’agit de Noa Argamani (25 ans) et de Shlomi Ziv (40 ans).', lang: 'fr' as const };
    const reps = compareFigures({ text: en.length ? 'x' : '', lang: 'en', figures: en }, [{ id: 's', ...fr, figures: extractFigures(fr.text, 'fr') }]);
    expect(reps.map((r) => r.comparisons.map((c) => c.source.text))).toEqual([['25 ans'], [], ['40 ans']]);
  });
  it('reads a number in brackets after a group (an acronym, a name after an article) as its count, not an age', () => {
    // Written for this test.
    const fr = figs('Le parti PLD obtient 98 sièges, devant le PNR (77) et les Bleus (40).', 'fr');
    expect(fr.map((f) => f.countsKey[0])).toEqual(['seat', 'seat', 'seat']);
    const en = figs('The assembly now has 300 seats: the Greens (45) lost ground.', 'en').filter((f) => f.low === 45);
    expect(en[0].countsKey[0]).not.toBe('age');
    expect(figs('Il s’agit de Jean Dupont (45) et de Marie Roux (38).', 'fr').map((f) => f.countsKey[0])).toEqual(['age', 'age']);
  });
});

describe('moments and rounding', () => {
  it('dates a value by a date of its own sentence, so the marches of the 19th and the 31st are two events', () => {
    const a = { text: 'Le 19 janvier, 1,1 million de manifestants ont défilé selon le ministère.', lang: 'fr' as const };
    const b = { text: 'Mardi, 1,27 million de manifestants ont défilé selon le ministère.', lang: 'fr' as const };
    const fa = extractFigures(a.text, 'fr', { published: '2023-01-31' });
    expect(fa.find((f) => f.unit === 'people')?.moment).toBe('2023-01-19');
    const [r] = compareFigures({ ...b, figures: extractFigures(b.text, 'fr', { published: '2023-01-31' }) }, [{ id: 's', ...a, figures: fa }]);
    const c = r.comparisons.find((x) => x.source.text === '1,1 million');
    // A march is over the day it happens: another day's crowd is another march's, shown beside it, never an update.
    expect(c?.verdict).toBe('related');
  });
  it('reads "25,9 %" and "25,92 %" as one value to fewer decimals', () => {
    const day = '2023-01-31';
    const a = { text: 'Le taux de grévistes chez les enseignants était de 25,9 % selon le ministère.', lang: 'fr' as const };
    const b = { text: 'Le taux de grévistes chez les enseignants atteint 25,92 % selon les syndicats.', lang: 'fr' as const };
    const [r] = compareFigures({ ...a, figures: extractFigures(a.text, 'fr', { published: day }) }, [{ id: 's', ...b, figures: extractFigures(b.text, 'fr', { published: day }) }]);
    expect(r.comparisons.map((c) => c.verdict)).toEqual(['overlaps']);
  });
});

describe('a unit written after its value', () => {
  it('reads "6.8 on the Richter scale" and "7 degrés sur l\'échelle de Richter" as magnitudes', () => {
    expect(figs('The quake measured 6.8 on the Richter scale.', 'en')[0].unit).toBe('magnitude');
    expect(figs("Le séisme, de 7 degrés sur l'échelle de Richter, a frappé.", 'fr')[0].unit).toBe('magnitude');
  });
});

describe('a total after a part', () => {
  it('keeps the counted thing but not what happened to the part', () => {
    const text = 'Another proposed measure is the abolition of two public holidays. There are 11 in total in France.';
    const part = byText(text, 'en', 'two');
    const whole = byText(text, 'en', '11');
    expect(whole.unit).toBe(part.unit);
    expect(whole.countsKey).toContain('total');
    expect(whole.countsKey.filter((k) => k !== 'total').every((k) => part.countsKey.includes(k))).toBe(true);
  });
});

describe('an elided part told in its antecedent\'s sentence', () => {
  it('takes the antecedent\'s day', () => {
    const text = 'Lors du premier round, le 19 janvier dernier, le ministère avait comptabilisé 1,1 million de manifestants en France, dont 80 000 à Lyon.';
    const figs = extractFigures(text, 'fr', { published: '2023-02-01' });
    const whole = figs.find((f) => f.text === '1,1 million')!;
    const part = figs.find((f) => f.text === '80 000')!;
    expect(whole.moment).toBe('2023-01-19');
    expect(part.moment).toBe('2023-01-19');
  });
  it('reads the rest of a whole once, whether a phrase names the rest or a preposition names what is left out', () => {
    const fr = 'Selon la préfecture, 300 000 manifestants ont défilé, dont 40 000 à Lyon et 260 000 hors capitale régionale.';
    const en = 'The prefecture counted 300,000 protesters, 40,000 in Lyon and 260,000 in the rest of the region.';
    const ailleurs = 'Selon la préfecture, 300 000 manifestants ont défilé, dont 40 000 à Lyon et 260 000 en province.';
    for (const [text, lang, q] of [[fr, 'fr', '260 000'], [en, 'en', '260,000'], [ailleurs, 'fr', '260 000']] as const) {
      const rest = byText(text, lang, q);
      expect(rest.countsKey).toEqual(expect.arrayContaining(['part', 'rest']));
      expect(rest.countsKey).not.toContain(lyon);
    }
    const page = { text: fr, lang: 'fr' as const, figures: figs(fr, 'fr') };
    const verdict = compareFigures(page, [{ id: 's', text: en, lang: 'en', figures: figs(en, 'en') }]).find((r) => r.page.text === '260 000')?.comparisons.find((c) => c.source.text === '260,000')?.verdict;
    expect(verdict).toBe('agrees');
  });
});


describe('a duration as the frame of a bare number', () => {
  // Sentences written for these tests.
  it('only in its own sentence', () => {
    expect(byText('The strike lasted 48 hours in Paris and 24 in Lyon.', 'en', '24').unit).toBe('hours');
    const later = 'After three rounds of talks and barely 24 hours, a deal was struck. The board approved it by at least 89 to 20.';
    expect(figs(later, 'en').find((f) => f.text.includes('89'))?.unit).not.toBe('hours');
    expect(figs(later, 'en').find((f) => f.text.includes('89'))?.unit).not.toMatch(/^w:/);
  });
});

describe('an elided measure (units21)', () => {
  it('reads a value with decimals after a count of events measured on a scale as that scale\'s value', () => {
    // Written for this test.
    const fr = 'Le séisme a été suivi de quatre répliques, dont l\'une de 4,7.';
    expect(byText(fr, 'fr', '4,7').unit).toBe('magnitude');
    expect(byText('Une réplique de 4,7 a secoué la vallée.', 'fr', '4,7').unit).toBe('magnitude');
    // A whole number after the count is another count of the same events.
    expect(byText('Le séisme a été suivi de quatre répliques, puis de 12 autres.', 'fr', '12').unit).not.toBe('magnitude');
  });
});

describe('a demonstrative before a bare number (units21)', () => {
  it('gives "ces / these N" the frame of the count of that value told before, even paragraphs before', () => {
    // Written for this test.
    const fr = 'Au moins 2 300 ordinateurs ont été volés dans les entrepôts.\n\nCes 2 300 étaient assurés, selon la société.';
    expect(byText(fr, 'fr', '2 300').unit).toBe(byText(fr, 'fr', 'Au moins 2 300').unit);
    expect(figs(fr, 'fr')[1].unit).toBe('w:computer');
    const en = 'The flood displaced 640 families in the valley.\n\nThese 640 are housed in two schools.';
    expect(figs(en, 'en')[1].countsKey).toEqual(figs(en, 'en')[0].countsKey);
    // Another value after the demonstrative is no count told before: left bare.
    expect(figs('The flood displaced 640 families.\n\nThese 12 are housed in a school.', 'en')[1].countsKey[0]).not.toBe(figs(en, 'en')[0].countsKey[0]);
  });
});
