import { describe, expect, it } from 'vitest';
import { fold } from '../text/fold';
import { tokenize } from './tokens';
import { textCapital, textLead, textSetting } from './count-places';
import { extractFigures } from './index';
import { concept } from '../concepts/index';
import { conceptAt } from './count-base';

const toks = (text: string, lang: 'fr' | 'en') => tokenize(fold(text), lang, text);

describe("an article's setting", () => {
  it('counts a nation of several words as the nation, not as a place name', () => {
    const en = toks('Storm in Auckland\nIn Auckland, 12 people died. New Zealand mourns. Roads in Auckland are shut. In New Zealand, schools closed.', 'en');
    expect(textSetting(en)).toEqual(['auckland']);
    const fr = toks('Orages à Houston\nÀ Houston, 12 morts. Les États-Unis en deuil. À Houston, les routes sont coupées. Aux États-Unis, les écoles ferment.', 'fr');
    expect(textSetting(fr)).toEqual(['huston']);
  });
  it('is none when the nation is named as often as its most named place', () => {
    const fr = toks('Orages au Royaume-Uni\nÀ Londres, 12 morts. Le Royaume-Uni est en deuil. Au Royaume-Uni, les écoles ferment. À Londres, les routes sont coupées.', 'fr');
    expect(textSetting(fr)).toBeUndefined();
  });
  it("is each text's own when texts are read in turn (placeMentions keeps the last text's reading)", () => {
    const a = toks('Storm in Auckland\nIn Auckland, 12 people died. Roads in Auckland are shut.', 'en');
    const b = toks('Floods in Dunedin\nIn Dunedin, 3 people died. Schools in Dunedin are shut.', 'en');
    expect(textSetting(a)).toEqual(['auckland']);
    expect(textLead(b)).toEqual(['dunedin']);
    expect(textLead(a)).toEqual(['auckland']);
  });
});

describe("the capital of an article's nation", () => {
  it('is read from a nation of several words', () => {
    expect(textCapital(toks('Grève au Royaume-Uni\nAu Royaume-Uni, la grève touche les trains. Dans la capitale, 40 000 manifestants.', 'fr'), 'fr')).toBe('loc:londres');
  });
});

describe('an English indefinite article before a name', () => {
  it('makes the name a modifier of the noun after it, never a place (its letter is French "à" folded)', () => {
    // Sentences written for this test.
    const en = extractFigures('A truck drove into a Christmas market in Leipzig on Friday, killing four people.', 'en')[0];
    expect(en.countsKey).toContain('loc:leipzig');
    expect(en.countsKey).not.toContain('loc:christmas');
    expect(extractFigures('Four people were hurt at a Tesla showroom, police said.', 'en')[0].countsKey.some((k) => k.startsWith('loc:'))).toBe(false);
    // French "à" before a name is still the place.
    expect(extractFigures('Quatre personnes ont été blessées à Leipzig vendredi.', 'fr')[0].countsKey).toContain('loc:leipzig');
  });
});

describe('a list of numbers, each in its own nation', () => {
  const nationsOf = (text: string, lang: 'fr' | 'en') =>
    extractFigures(text, lang).map((f) => [f.text, f.countsKey.filter((k) => concept(k)?.type === 'nation' || k.startsWith('loc:'))]);
  it('gives each item the nation named right after its number, not every nation of the list', () => {
    expect(nationsOf('The floods killed 210 people in Kenya, 45 in Tanzania and 12 in Uganda.', 'en')).toEqual([
      ['210', ['iso-ke']], ['45', ['iso-tz']], ['12', ['iso-ug']],
    ]);
    // Digits or words; a place said right after the whole's number is the whole's, not an item's.
    expect(nationsOf("Les pluies ont fait neuf morts dans la région, dont quatre en Espagne, trois en Italie et deux en Grèce.", 'fr').slice(1)).toEqual([
      ['quatre', ['spain']], ['trois', ['italy']], ['deux', ['iso-gr']],
    ]);
  });
  it('keeps every nation of the clause for a number with no nation of its own', () => {
    const [f] = extractFigures('Some 300 people died across Kenya and Tanzania.', 'en');
    expect(f.countsKey).toEqual(expect.arrayContaining(['iso-ke', 'iso-tz']));
  });
});

describe('a scale before a parenthesis', () => {
  it('reads the scale of a converted temperature as its unit, never as the place of the value in the parenthesis', () => {
    const en = extractFigures('The heat in the valley reached 48 degrees Celsius (118 Fahrenheit) on Sunday.', 'en').find((f) => f.text.startsWith('118'));
    expect(en?.countsKey.some((k) => k.startsWith('loc:'))).toBe(false);
    const fr = extractFigures('Le thermomètre a atteint 104 degrés Fahrenheit (40 Celsius) mardi.', 'fr').find((f) => f.text.startsWith('40'));
    expect(fr?.countsKey.some((k) => k.startsWith('loc:'))).toBe(false);
    // A name before the parenthesis is still the place of its count.
    expect(extractFigures('Les villages touchés : Tafeghaghte (90 morts), Amizmiz (45 morts).', 'fr')[0].countsKey).toContain('loc:tafeghaght');
  });
});

describe('a toll pair whose place follows the pair', () => {
  const keyOf = (text: string, lang: 'fr' | 'en', q: string): string[] => {
    const f = extractFigures(text, lang).find((x) => x.text === q);
    if (!f) throw new Error(`no figure "${q}" in: ${text}`);
    return f.countsKey;
  };
  it('gives the place to both counts of the pair', () => {
    const fr = 'Le dernier bilan fait état de 45 morts et 320 blessés dans la province de Varenne.';
    expect(keyOf(fr, 'fr', '45')).toContain('loc:varen');
    expect(keyOf(fr, 'fr', '320')).toContain('loc:varen');
    const en = 'The latest toll stands at 45 dead and 320 injured in Varenne province.';
    expect(keyOf(en, 'en', '45')).toContain('loc:varen');
  });
  it('steps over the second count\'s bound ("and at least 320 injured")', () => {
    expect(keyOf('The latest toll stands at 45 dead and at least 320 injured in Varenne province.', 'en', '45')).toContain('loc:varen');
    expect(keyOf('Le dernier bilan fait état de 45 morts et plus de 320 blessés dans la province de Varenne.', 'fr', '45')).toContain('loc:varen');
  });
  it('keeps each pair of a list to its own place', () => {
    const fr = 'On compte 45 morts et 320 blessés dans la province de Varenne ainsi que 8 morts et 60 blessés dans la province de Solmont.';
    expect(keyOf(fr, 'fr', '45')).toContain('loc:varen');
    expect(keyOf(fr, 'fr', '45')).not.toContain('loc:solmont');
    expect(keyOf(fr, 'fr', '8')).toContain('loc:solmont');
    expect(keyOf(fr, 'fr', '8')).not.toContain('loc:varen');
  });
  it('takes only the place phrase right after the pair', () => {
    const fr = 'Deux morts et 300 interpellations ont été enregistrés après la victoire du club en Coupe Varenne.';
    expect(keyOf(fr, 'fr', 'Deux').some((k) => k.startsWith('loc:'))).toBe(false);
  });
  it('leaves a count with its own place before the join alone', () => {
    const fr = 'Les autorités comptent 45 morts à Solmont et 320 blessés dans la province de Varenne.';
    expect(keyOf(fr, 'fr', '45')).not.toContain('loc:varen');
  });
});

describe('a word inside a longer nation name', () => {
  it('keys the whole name even when the clause read for a figure starts inside it', () => {
    // Over fourteen words between the name and the number: the clause window opens after "Papouasie-Nouvelle-".
    const fr = 'Le violent séisme survenu au cours de la nuit de samedi à dimanche dans les montagnes de Papouasie-Nouvelle-Guinée, qui a détruit un village entier, aurait fait 90 morts.';
    const keys = extractFigures(fr, 'fr').flatMap((f) => f.countsKey);
    expect(keys).not.toContain('iso-gn');
    expect(keys).toContain('iso-pg');
  });
  it('reads the last word of a nation name of several words, alone, as that nation', () => {
    const en = toks('Papua New Guinean officials met.', 'en');
    expect(conceptAt(en, 2)?.c.id).toBe('iso-pg');
    const fr = toks('La Papouasie-Nouvelle-Guinée vote.', 'fr');
    expect(conceptAt(fr, fr.findIndex((t) => t.t === 'guinee'))?.c.id).toBe('iso-pg');
  });
});

describe('a French place name with a compass word', () => {
  const placesOf = (text: string, lang: 'fr' | 'en'): string[] => extractFigures(text, lang)[0].countsKey.filter((k) => k.startsWith('loc:'));
  it('keys "X du Nord" apart from "X du Sud" and from "X", as the English name keys it', () => {
    const north = placesOf('En Dakota du Nord, 40 fermes ont été inondées.', 'fr');
    const south = placesOf('En Dakota du Sud, 40 fermes ont été inondées.', 'fr');
    expect(north).not.toEqual(south);
    expect(north).toContain(placesOf('In North Dakota, 40 farms were flooded.', 'en').find((k) => k !== 'loc:dakota'));
  });
  it('keys a hyphenated compass adjective ("-Occidentale") as its English word', () => {
    expect(placesOf('En Virginie-Occidentale, 40 fermes ont été inondées.', 'fr')).toContain('loc:west');
    expect(placesOf('En Virginie, 40 fermes ont été inondées.', 'fr')).not.toContain('loc:west');
  });
});

describe("a feast's name after a preposition", () => {
  it('says when or which market, never where (a headline drops the article)', () => {
    // Sentences written for this test.
    const keyOf = (text: string, lang: 'fr' | 'en') => extractFigures(text, lang)[0].countsKey;
    expect(keyOf('Van drives into crowd at Christmas market, killing three people', 'en').some((k) => k.startsWith('loc:'))).toBe(false);
    expect(keyOf('Three people were killed at Easter in a crash near the border.', 'en')).not.toContain('loc:easter');
    expect(keyOf('Trois personnes ont été tuées à Noël dans un accident.', 'fr')).not.toContain('loc:noel');
    // A town after the same preposition is still the place.
    expect(keyOf('Van drives into crowd at Leipzig market, killing three people', 'en')).toContain('loc:leipzig');
  });
});
