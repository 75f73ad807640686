import { describe, expect, it } from 'vitest';
import { analyse, type Analysis } from './tokens';
import { BOUND_SLACK, bridgeKey, sharesBoundCount, claimKeys, compoundNumber, roundedAlike, sameAmount, crossCandidates, crossMatches, keyCounts, sentenceBags, CROSS_MIN_SCORE, CROSS_MIN_SHARED, CROSS_SPECIFIC_SCORE, CROSS_TITLE_MIN_SCORE, CROSS_TWO_KEYS_SCORE, CROSS_WEAK_SCORE, CROSS_SUBSET_MISMATCH_CAP, CROSS_BOUND_COUNT_MISMATCH_CAP, CROSS_NUMBER_MISMATCH, NEGATION_KEY, numberMismatches, rankAgainstCount } from './crosslang';

describe('roundedAlike with a whole number', () => {
  it('meets a decimal and the whole number of two digits or more it rounds to, never a smaller one', () => {
    expect(roundedAlike('#94.65', '#95')).toBe(true);
    expect(roundedAlike('#48', '#48.03')).toBe(true);
    expect(roundedAlike('#82.5', '#83')).toBe(true);
    // Truncated, or off by more than the rounding: another figure.
    expect(roundedAlike('#20.6', '#20')).toBe(false);
    expect(roundedAlike('#48.03', '#49')).toBe(false);
    // The boundary: from ten on, half a unit is at most 5% of the figure; below, "9.4" / "9" is another figure.
    expect(roundedAlike('#9.5', '#10')).toBe(true);
    expect(roundedAlike('#9.4', '#9')).toBe(false);
    expect(roundedAlike('#2.8', '#3')).toBe(false);
    expect(roundedAlike('#95', '#95')).toBe(false);
  });
  it('lets a share given rounded in one language pair with its decimal in the other, whichever side is the page', () => {
    const fr = analyse('Le candidat sortant a obtenu 54,28 % des voix au premier tour, selon la commission électorale.', [], 'fr');
    const en = analyse('The incumbent candidate won 54% of the vote in the first round, according to the electoral commission.', [], 'en');
    // The shared key is the page's own: "#54" with the English as the page, "#54.28" with the French.
    for (const [c, key] of [[crossCandidates(en, fr, 0, 1, keyCounts([en, fr])), '#54'], [crossCandidates(fr, en, 0, 1, keyCounts([fr, en])), '#54.28']] as const) {
      expect(c.length).toBeGreaterThan(0);
      expect(c[0].keys).toContain(key);
    }
  });
  it('scores a pair alike whichever side is the page when two decimals meet the whole numbers they round to', () => {
    // The French gives two decimals and two whole numbers the English lacks; the English two rounded shares and one
    // number of its own. Two figures met together make the rest a list one text gives in full, from either side.
    const a = ['#54.28', '#45.72', '#120', '#7'];
    const b = ['#54', '#46', '#9'];
    expect(numberMismatches(a, b)).toBe(0);
    expect(numberMismatches(b, a)).toBe(0);
    const fr = analyse('Le président sortant a obtenu 54,28 % des voix contre 45,72 % pour son rival, un écart de 7 points selon 120 observateurs.', [], 'fr');
    const en = analyse('The incumbent president won 54% of the vote against 46% for his rival, 9 points lower than his last score.', [], 'en');
    const frPage = crossCandidates(fr, en, 0, 1, keyCounts([fr, en]))[0];
    const enPage = crossCandidates(en, fr, 0, 1, keyCounts([en, fr]))[0];
    expect(frPage).toBeDefined();
    expect(enPage).toBeDefined();
    expect(enPage.score).toBeCloseTo(frPage.score, 6);
  });
});

describe('bridgeKey', () => {
  it('reads a whole number written with leading zeros as its value ("02 heures" / "2 am")', () => {
    expect(bridgeKey('02')).toBe('#2');
    expect(bridgeKey('07')).toBe('#7');
    expect(bridgeKey('0')).toBe('#0');
    expect(bridgeKey('0.5')).toBe('#0.5');
  });
  it('reads the French "ou" as the English "u" in a cognate key ("Ouganda" / "Uganda", "roubles" / "rubles")', () => {
    expect(bridgeKey('ouganda', 'fr', true)).toBe(bridgeKey('uganda', 'en', true));
    expect(bridgeKey('roubles', 'fr')).toBe(bridgeKey('rubles', 'en'));
    expect(bridgeKey('groupe', 'fr')).toBe(bridgeKey('group', 'en'));
    expect(bridgeKey('roubles', 'fr')).not.toBe(bridgeKey('robes', 'en'));
  });
  it('reads a form of one language only in that language ("vague" is a wave in French, unclear in English)', () => {
    expect(bridgeKey('vague', 'fr')).toBe(bridgeKey('wave', 'en'));
    expect(bridgeKey('vague', 'en')).not.toBe(bridgeKey('wave', 'en'));
    expect(bridgeKey('evasion', 'fr')).toBe(bridgeKey('escape', 'en'));
    expect(bridgeKey('evasion', 'en')).not.toBe(bridgeKey('escape', 'en'));
    // Never in a name.
    expect(bridgeKey('vague', 'fr', true)).not.toBe(bridgeKey('wave', 'en'));
  });
  it('reads the general words of session 40 alike in both languages', () => {
    expect(bridgeKey('chimiques', 'fr')).toBe(bridgeKey('chemical', 'en'));
    expect(bridgeKey('dangereuses', 'fr')).toBe(bridgeKey('hazardous', 'en'));
    expect(bridgeKey('matieres', 'fr')).toBe(bridgeKey('materials', 'en'));
    expect(bridgeKey('marchandises', 'fr')).toBe(bridgeKey('freight', 'en'));
    expect(bridgeKey('restaient', 'fr')).toBe(bridgeKey('remained', 'en'));
  });
  it('reads "bln" and "mln" after a number as scale words ("86.2 bln" is "86,2 milliards")', () => {
    const keysOf = (text: string, lang: string) => sentenceBags(analyse(text, [], lang)).keys[0];
    expect(keysOf('The fund received 86.2 bln dollars and 940 mln euros last year.', 'en')).toEqual(expect.arrayContaining(['#86.2^9', '#940^6']));
    expect(keysOf('Le fonds a reçu 86,2 milliards de dollars.', 'fr')).toContain('#86.2^9');
  });
  it('keeps the zeros of a clock time or a postal code, which are no count ("0600 GMT", "06000")', () => {
    expect(bridgeKey('0600')).not.toBe(bridgeKey('600'));
    expect(bridgeKey('06000')).not.toBe(bridgeKey('6000'));
  });
  it('meets across languages through numbers, concepts and cognates', () => {
    expect(bridgeKey('50000')).toBe('#50000');
    expect(bridgeKey('sante')).toBe(bridgeKey('health'));
    expect(bridgeKey('otages')).toBe(bridgeKey('hostages'));
    expect(bridgeKey('reforme')).toBe(bridgeKey('reform'));
    // General vocabulary of the concept table whose two forms share no prefix.
    expect(bridgeKey('remplacement')).toBe(bridgeKey('replaced'));
    expect(bridgeKey('prestations')).toBe(bridgeKey('benefits'));
    expect(bridgeKey('interrogations')).toBe(bridgeKey('questions'));
    expect(bridgeKey('presque')).toBe(bridgeKey('almost'));
    // English writes the comparative and superlative in one word, French with "plus" ("le plus jeune" / "the
    // youngest"): the one word meets the adjective (session 35).
    expect(bridgeKey('youngest')).toBe(bridgeKey('jeune'));
    expect(bridgeKey('younger')).toBe(bridgeKey('jeunes'));
    expect(bridgeKey('les')).toBeNull();
    expect(bridgeKey('constructor')).toBe('p:cons');
  });
  it('reads number words of both languages as their value, but not "un"/"one"', () => {
    expect(bridgeKey('deux')).toBe('#2');
    expect(bridgeKey('two')).toBe('#2');
    expect(bridgeKey('quatre')).toBe(bridgeKey('four'));
    expect(bridgeKey('deuxieme')).toBe(bridgeKey('second'));
    expect(bridgeKey('one')).not.toBe('#1');
  });
  it('reads digits with an ordinal suffix as the number', () => {
    expect(bridgeKey('7th')).toBe('#7');
    expect(bridgeKey('1er')).toBe(bridgeKey('1st'));
    expect(bridgeKey('3eme')).toBe('#3');
    expect(bridgeKey('17h')).toBe('#17h');
  });
});

describe('sentenceBags', () => {
  const keysOf = (text: string, lang: string) => sentenceBags(analyse(text, [], lang)).keys[0];
  it('keys no word of a dateline, which says where the story was filed', () => {
    const second = (text: string, lang: string) => sentenceBags(analyse(`Titre\n\n${text}`, [], lang)).keys[1];
    expect(second('GRENOBLE, 3 avril (Reuters) - Le marché couvert a rouvert.', 'fr')).not.toContain(bridgeKey('grenoble'));
    expect(second('GRENOBLE, 3 avril (Reuters) - Le marché couvert a rouvert.', 'fr')).not.toContain(bridgeKey('reuters'));
    expect(second('LYON (AP) — The covered market reopened.', 'en')).not.toContain(bridgeKey('lyon'));
    expect(second('LYON (AP) — The covered market reopened.', 'en')).toContain(bridgeKey('market'));
    // A name before an apposition, or a dash inside brackets, is no dateline.
    expect(second('Marie Dupont – who leads the union – spoke in Lyon.', 'en')).toContain(bridgeKey('dupont'));
    expect(second('Dupont (Democratic Action – DA), which won in Lyon.', 'en')).toContain(bridgeKey('dupont'));
  });
  it('keys a percent sign after a number as the percent words', () => {
    const percent = keysOf('Les droits de douane passent à 34 pour cent.', 'fr').find((k) => k.startsWith('c:w-percent'))!;
    expect(percent).toBeDefined();
    expect(keysOf('Les droits de douane passent à 34 %.', 'fr')).toContain(percent);
    expect(keysOf('Tariffs rise to 34% on steel.', 'en')).toContain(percent);
    expect(keysOf('Tariffs rise to 34 percent on steel.', 'en')).toContain(percent);
    // No number, no percent key: a sign alone is no figure.
    expect(keysOf('Le taux reste inchangé.', 'fr')).not.toContain(percent);
  });
  it('keys a month abbreviation next to a day as the month', () => {
    const month = keysOf('Le marché a rouvert le 12 octobre.', 'fr').find((k) => k.startsWith('c:month'))!;
    expect(keysOf('The market reopened on Oct. 12 after the fire.', 'en')).toContain(month);
    expect(keysOf('The market reopened on 12 Oct after the fire.', 'en')).toContain(month);
    // A name that happens to spell an abbreviation, then an age: no month.
    expect(keysOf('Among them was Daniel Jan, 21, a student.', 'en').some((k) => k.startsWith('c:month'))).toBe(false);
  });
  it('keys a phrase of the concept table as one concept in both languages', () => {
    const fr = keysOf('La Première ministre a présenté son budget.', 'fr');
    const en = keysOf('The prime minister presented her budget.', 'en');
    expect(fr).toContain('c:t-prime-minister');
    expect(en).toContain('c:t-prime-minister');
  });
  it('keys "one" before a scale word as the amount, once, as the digits are', () => {
    const digits = keysOf('Plus de 1 million de foyers sont privés de courant.', 'fr');
    expect(digits).toContain('#1^6');
    expect(keysOf("Plus d'un million de foyers sont privés de courant.", 'fr')).toContain('#1^6');
    expect(keysOf('Over a million homes lost power.', 'en')).toContain('#1^6');
    expect(keysOf('More than one million homes lost power.', 'en')).toContain('#1^6');
    // The scale word gives no key of its own beside the amount.
    expect(digits.filter((k) => k.startsWith('p:mill'))).toEqual([]);
    // "half a million" is half of it, not one.
    expect(keysOf('Half a million people marched.', 'en')).toContain('#0.5^6');
    expect(keysOf('Half a million people marched.', 'en')).not.toContain('#1^6');
    // An article is not a count.
    expect(keysOf('A million-dollar home burned.', 'en')).not.toContain('#1^6');
    expect(keysOf('Un homme a été blessé.', 'fr').some((k) => k.startsWith('#'))).toBe(false);
  });
  it('keys a count word before a scale word as the amount, once, as the digits are', () => {
    const fr = keysOf('La région a reçu quatre millions de touristes et vingt-cinq milliards d’euros de recettes.', 'fr');
    const en = keysOf('The region welcomed 4 million tourists and earned 25 billion euros.', 'en');
    for (const k of ['#4^6', '#25^9']) {
      expect(fr).toContain(k);
      expect(en).toContain(k);
    }
    expect(keysOf('Some three billion people watched.', 'en')).toContain('#3^9');
    // Neither the count alone nor the scale word's cognate beside the amount.
    expect(fr).not.toContain('#4');
    expect(fr.filter((k) => k.startsWith('p:mill'))).toEqual([]);
    // After a word, "m" and "mn" are metres and minutes: a count stays a count.
    expect(keysOf('Le bus est arrivé après dix mn de retard.', 'fr')).toContain('#10');
    expect(keysOf('Le bus est arrivé après dix mn de retard.', 'fr')).not.toContain('#10^6');
    // A count word with no scale word after it keeps its plain value.
    expect(keysOf('Three people were rescued.', 'en')).toContain('#3');
  });
  it('keys a number with thousands separators inside a hyphenated word by its plain value', () => {
    expect(keysOf('The 12,500-strong workforce walked out.', 'en')).toContain('#12500');
    expect(keysOf('Les 12 500 salariés ont cessé le travail.', 'fr')).toContain('#12500');
    expect(keysOf('A 1.200-page report came out.', 'en')).toContain('#1200');
    // A decimal stays a decimal, a plain number its digits.
    expect(keysOf('Prices rose 2,5-fold.', 'en')).not.toContain('#25');
    expect(keysOf('A 300-page report came out.', 'en')).toContain('#300');
  });
  it('keys a time of day as one key on the 24-hour clock, as French writes it', () => {
    const fr = keysOf('Le train a déraillé vers 19h30 et le second à 8 h 15 du soir.', 'fr');
    const en = keysOf('The train derailed at about 7:30 p.m. and the second one at 8.15pm.', 'en');
    for (const k of ['#19h30', '#20h15']) {
      expect(fr).toContain(k);
      expect(en).toContain(k);
    }
    // The minutes and the half of the day give no number of their own.
    expect(en).not.toContain('#7');
    expect(en).not.toContain('#30');
    expect(keysOf('Le pont a cédé à 1 h 30 du matin.', 'fr')).toContain('#1h30');
    expect(keysOf('The bridge gave way at 1:30 a.m. on Tuesday.', 'en')).toContain('#1h30');
    expect(keysOf('Les secours sont arrivés à 21h00.', 'fr')).toContain('#21h');
    expect(keysOf('Rescuers arrived at 9 pm.', 'en')).toContain('#21h');
    // An hour with no half of the day may be morning or evening; a French hour in words with no minutes nor "à" before
    // it is a duration.
    expect(keysOf('Rescuers arrived at 7:30 on Tuesday.', 'en')).not.toContain('#19h30');
    expect(keysOf('Les grévistes ont tenu 12 h devant le site.', 'fr')).not.toContain('#12h');
    expect(keysOf('The vote closes with 13:45 left, the score at 25 points.', 'en').some((k) => k.includes('h'))).toBe(false);
  });
  it('reads a colon time after a word of time or before a time zone on the 24-hour clock, and four digits before GMT', () => {
    const fr = keysOf('Le ferry a chaviré à 21h10 (19h10 GMT) et les secours sont partis à 07h00 GMT.', 'fr');
    const en = keysOf('The ferry capsized at 21:10 local time (1910 GMT) and rescuers left at 0700 GMT.', 'en');
    for (const k of ['#21h10', '#19h10', '#7h']) {
      expect(fr).toContain(k);
      expect(en).toContain(k);
    }
    // The hour and the minutes give no number of their own.
    expect(en).not.toContain('#21');
    expect(en).not.toContain('#1910');
    expect(keysOf('Power returned around 22: 30 in the east.', 'en')).toContain('#22h30');
    expect(keysOf('The shock struck at 3:05am (00:05 GMT) on Monday.', 'en')).toEqual(expect.arrayContaining(['#3h05', '#0h05']));
    // A game clock, a race time with seconds, and four digits before no time zone (a year) stay numbers.
    const clock = (k: string): boolean => /^#\d+h/.test(k);
    expect(keysOf('The home side scored with 12:30 left.', 'en').some(clock)).toBe(false);
    expect(keysOf('She won the stage at 4:32:15 ahead of the pack.', 'en').some(clock)).toBe(false);
    expect(keysOf('The 2024 local elections came next.', 'en')).toContain('#2024');
    // A French colon number is a gap or a score, never a time: French writes the clock "19h45".
    expect(keysOf('Le Danois a terminé à 6:17 du vainqueur.', 'fr').some(clock)).toBe(false);
    // An English race gap, a duration or a score after a word of time is no time: the word after it says so.
    expect(keysOf('The Dane finished at 6:17 behind the winner.', 'en').some(clock)).toBe(false);
    expect(keysOf('The leader was caught after 2:15 of racing.', 'en').some(clock)).toBe(false);
    expect(keysOf('The pack was trailing by 12:10 down the final climb.', 'en').some(clock)).toBe(false);
    // Four digits before a time zone are a time only after a word of time or an opening bracket (not a year's place).
    expect(keysOf('The 2030 UTC deadline passed without a deal.', 'en').some(clock)).toBe(false);
    expect(keysOf('The 2030 UTC deadline passed without a deal.', 'en')).toContain('#2030');
  });
  it('keys a hyphenated number word as its value', () => {
    expect(compoundNumber('vingt-trois')).toBe(23);
    expect(compoundNumber('twenty-three')).toBe(23);
    expect(compoundNumber('cinquante-deux')).toBe(52);
    expect(compoundNumber('quatre-vingt-dix-sept')).toBe(97);
    expect(compoundNumber('quatre-vingts')).toBe(80);
    expect(compoundNumber('vingt-et-un')).toBe(21);
    expect(compoundNumber('soixante-dix')).toBe(70);
    // A range is two numbers, not their sum; other hyphenated words are no number.
    expect(compoundNumber('deux-trois')).toBeNull();
    expect(compoundNumber('sud-africain')).toBeNull();
    expect(compoundNumber('vingt')).toBeNull();
    expect(keysOf('Vingt-trois écoles ont fermé.', 'fr')).toEqual(expect.arrayContaining(['#23']));
    expect(keysOf('Vingt-trois écoles ont fermé.', 'fr')).not.toContain('#3');
  });
  it('reads a number written in several words as one value, and a range or a vague count as none', () => {
    expect(keysOf('Cent trois marins ont été secourus.', 'fr')).toEqual(expect.arrayContaining(['#103']));
    expect(keysOf('Cent trois marins ont été secourus.', 'fr')).not.toContain('#3');
    expect(keysOf('Soixante-dix neuf maisons sont détruites.', 'fr')).toContain('#79');
    expect(keysOf('Quatre-vingt dix élèves, deux cents parents et trois mille visiteurs.', 'fr')).toEqual(expect.arrayContaining(['#90', '#200', '#3000']));
    expect(keysOf('One hundred and six sailors were rescued.', 'en')).toContain('#106');
    expect(keysOf('Trente et un blessés.', 'fr')).toContain('#31');
    // Two numbers side by side that no spelling joins: a range, each keyed alone.
    expect(keysOf('Il faudra deux trois jours.', 'fr')).toEqual(expect.arrayContaining(['#2', '#3']));
    expect(keysOf('Several hundred thousand people marched.', 'en').filter((k) => k.startsWith('#'))).toEqual([]);
    expect(keysOf('Il y a cent ans, vingt pour cent.', 'fr')).not.toContain('#120');
  });
  it('joins the words of a number across spaces and hyphens only, never across punctuation', () => {
    const nums = (t: string, l: string) => keysOf(t, l).filter((k) => k.startsWith('#'));
    expect(nums('Sur les vingt, trois sont morts.', 'fr')).toEqual(['#20', '#3']);
    expect(nums('Of the twenty, three died.', 'en')).toEqual(['#20', '#3']);
    expect(nums('Ils étaient quarante; cinq sont partis.', 'fr')).toEqual(['#40', '#5']);
    expect(nums('Quarante cinq sont partis.', 'fr')).toEqual(['#45']);
  });
  it('keys an exact hundred thousand, and leaves one a vague quantifier opens without a number', () => {
    const nums = (t: string, l: string) => keysOf(t, l).filter((k) => k.startsWith('#'));
    expect(nums('Cent mille personnes ont manifesté.', 'fr')).toEqual(['#100000']);
    expect(nums('A hundred thousand people marched.', 'en')).toEqual(['#100000']);
    expect(nums('Cent mille personnes ont manifesté.', 'fr')).toEqual(nums('100 000 personnes ont manifesté.', 'fr'));
    expect(nums('Some hundred thousand people marched.', 'en')).toEqual([]);
    expect(nums('Plusieurs cent mille personnes.', 'fr')).toEqual([]);
  });
  it('bridges general news words that share no prefix (session 15 vocabulary)', () => {
    expect(bridgeKey('bateau')).toBe(bridgeKey('boat'));
    expect(bridgeKey('navire')).toBe(bridgeKey('vessel'));
    expect(bridgeKey('naufrage')).toBe(bridgeKey('shipwreck'));
    expect(bridgeKey('bousculade')).toBe(bridgeKey('stampede'));
    expect(bridgeKey('pelerins')).toBe(bridgeKey('pilgrims'));
    expect(bridgeKey('eviter')).toBe(bridgeKey('avoid'));
    // "trafiquants" / "traffickers" still meet as cognates: "passeurs" is "smugglers" only.
    expect(bridgeKey('trafiquants')).toBe(bridgeKey('traffickers'));
    const fr = keysOf('Le bateau de pêche a chaviré en mer après le départ du port.', 'fr');
    const en = keysOf('The fishing boat capsized at sea after leaving the port.', 'en');
    expect(fr.filter((k) => en.includes(k))).toEqual(expect.arrayContaining([bridgeKey('boat'), bridgeKey('fishing'), bridgeKey('capsized'), bridgeKey('sea')]));
  });
  it('finds the concept of a French verb form through the participle the table lists, in French only', () => {
    expect(bridgeKey('supprimera', 'fr')).toBe(bridgeKey('cut'));
    expect(bridgeKey('supprimant', 'fr')).toBe(bridgeKey('cut'));
    expect(bridgeKey('secourir', 'fr')).toBe(bridgeKey('rescued'));
    expect(bridgeKey('retrouvent', 'fr')).toBe(bridgeKey('found'));
    // Without the language no ending is read: an English "-er" word keeps its prefix.
    expect(bridgeKey('retrouvent')).toBe('p:retr');
    expect(bridgeKey('secourir')).toBe('p:secu');
    const fr = keysOf("L'entreprise supprimera 300 postes.", 'fr');
    const en = keysOf('The company will cut 300 jobs.', 'en');
    expect(fr.filter((k) => en.includes(k))).toContain(bridgeKey('cut'));
  });
  it('finds the concept of a French participle agreeing in the feminine, in French only', () => {
    expect(bridgeKey('secourues', 'fr')).toBe(bridgeKey('rescued'));
    expect(bridgeKey('secourue', 'fr')).toBe(bridgeKey('secouru'));
    expect(bridgeKey('tuee', 'fr')).toBe(bridgeKey('killed'));
    // An English word ending so, whose stripped form is no concept, keeps its cognate prefix.
    expect(bridgeKey('issue', 'fr')).toBe('p:issu');
    // In English the feminine rule does not run.
    expect(bridgeKey('secourues', 'en')).toBe('p:secu');
  });
  it('reads a French ending only into a verb\'s concept, and never into a name', () => {
    // Nouns the folded table holds in a participle's shape: a party, a husband, a crowd, a number.
    expect(bridgeKey('partie', 'fr')).not.toBe(bridgeKey('party'));
    expect(bridgeKey('foulee', 'fr')).not.toBe(bridgeKey('crowd'));
    expect(bridgeKey('figurent', 'fr')).not.toBe(bridgeKey('figures'));
    expect(bridgeKey('detenir', 'fr')).not.toBe(bridgeKey('detenu'));
    const fr = keysOf("Une partie des salariés a rejoint la grève dans la foulée.", 'fr');
    const en = keysOf('The party backed the strike.', 'en');
    expect(fr).not.toContain(bridgeKey('party'));
    expect(en).toContain(bridgeKey('party'));
    // A name: "Marie" in a French text is no married woman's participle.
    const named = keysOf('Hier, Marie a parlé avec Marie et son mari.', 'fr');
    expect(named.filter((k) => k === bridgeKey('mari')).length).toBe(1);
    expect(bridgeKey('marie', 'fr', true)).toBe('p:mari');
  });
  it('splits a number glued to its word by a lost space', () => {
    const keys = keysOf('There have been 309arrests in the city.', 'en');
    expect(keys).toContain('#309');
    expect(keys).toContain(bridgeKey('arrests'));
    expect(keysOf('The fire spread over 10km by 17h.', 'en')).toEqual(expect.arrayContaining(['#10km', '#17h']));
  });
  it('keys a hyphenated word the concept table lists whole as its concept', () => {
    const fr = keysOf('Les États-Unis aident les sans-abri.', 'fr');
    const en = keysOf('The United States helps the homeless.', 'en');
    expect(fr.filter((k) => en.includes(k))).toEqual(expect.arrayContaining(['c:usa', 'c:homeless']));
    // A hyphenated word the table does not list keys by its parts only.
    const parts = ['arc', 'ciel', 'brillait'].map((w) => bridgeKey(w)).filter((k) => k !== null);
    expect(keysOf('Un arc-en-ciel brillait.', 'fr').sort()).toEqual([...new Set(parts)].sort());
  });
  it('keys the phrase only when its words follow each other in one sentence', () => {
    expect(keysOf('Le premier des ministres a parlé.', 'fr')).not.toContain('c:t-prime-minister');
    expect(keysOf('Il est arrivé premier. Ministre depuis mai, il part.', 'fr')).not.toContain('c:t-prime-minister');
  });
});

describe('crossMatches', () => {
  const fr = analyse(
    "Le maire a ouvert le marché couvert samedi. Selon la préfecture, 12 000 personnes ont été évacuées après l'incendie de l'usine Delmas, et trois pompiers ont été blessés. La pluie est attendue demain.",
    [],
    'fr',
  );
  const en = analyse(
    'Officials expect more rain. According to the prefecture, 12,000 people were evacuated after the fire at the Delmas factory, and three firefighters were injured. Markets reopened.',
    [],
    'en',
  );
  it('pairs a sentence with its translation, and nothing else', () => {
    const m = crossMatches(fr, en);
    expect(m).toHaveLength(1);
    const pageText = fr.wordNorms.slice(m[0].pageWords[0], m[0].pageWords[1] + 1).join(' ');
    expect(pageText).toContain('12000');
    expect(pageText).toContain('delmas');
  });
  it('finds nothing between unrelated sentences', () => {
    const other = analyse('The orchestra played two symphonies in Vienna last night.', [], 'en');
    expect(crossMatches(fr, other)).toEqual([]);
  });
  it('scores a pair lower for each number only one side gives', () => {
    const same = analyse('Selon la préfecture, 12 000 personnes ont été évacuées après l’incendie de l’usine Delmas.', [], 'fr');
    // A number the English sentence does not give (the figure itself is shared, so the pair stands).
    const other = analyse('Selon la préfecture, 12 000 personnes ont été évacuées en 5 heures après l’incendie de l’usine Delmas.', [], 'fr');
    const a = crossCandidates(same, en, 0, 1, undefined, 0, CROSS_WEAK_SCORE, 0)[0];
    const b = crossCandidates(other, en, 0, 1, undefined, 0, CROSS_WEAK_SCORE, 0)[0];
    expect(a.score).toBeGreaterThan(b.score);
  });
  it('pairs a short sentence with its translation on two keys when they are most of both bags', () => {
    const en = analyse('Officials expect more rain tomorrow. One firefighter survived. The orchestra played in Vienna.', [], 'en');
    const pairs = (fr: string) => crossCandidates(analyse(fr, [], 'fr'), en, 0, CROSS_MIN_SHARED, undefined, 0, 0, 0);
    const short = pairs('Le marché a rouvert samedi. Un pompier a survécu. La pluie est attendue demain.');
    expect(short.map((c) => [c.p, c.s])).toEqual([[1, 1]]);
    expect(short[0].score).toBeGreaterThanOrEqual(CROSS_TWO_KEYS_SCORE);
    // The same two keys in a sentence that says more ("the rain ... tomorrow" shares two keys too,
    // beside another word each side): under the score two keys ask, no pair.
    expect(pairs('Le marché a rouvert samedi. Un pompier a survécu au feu de la forêt voisine. La pluie est attendue demain.')).toEqual([]);
  });
  it('pairs two sentences on two shared figures, not on one figure and a word', () => {
    // Every threshold but the shared-key count at zero, to test that count alone.
    const pairs = (fr: string, en: string) => crossCandidates(analyse(fr, [], 'fr'), analyse(en, [], 'en'), 0, CROSS_MIN_SHARED, undefined, 0, 0, 0);
    const fr = 'Le parquet a ouvert 309 dossiers, dont 134 classés.';
    expect(pairs(fr, 'Prosecutors logged 309 files, 134 of them shelved.')).toHaveLength(1);
    expect(pairs(fr, 'Prosecutors logged 309 files, most of them shelved.')).toHaveLength(0);
    expect(pairs(fr, 'Prosecutors logged 309 files in parquet.')).toHaveLength(0);
  });
  it('does not count the other numbers of a list against a pair sharing two of its figures', () => {
    // Other sentences on both sides, so that the shared keys are rare (they weigh by rarity).
    const score = (fr: string, en: string) =>
      crossCandidates(analyse(`Il pleuvait sur la ville. Le musée a fermé ses portes. ${fr}`, [], 'fr'), analyse(`Markets reopened on Monday. The weather stayed cold. ${en}`, [], 'en'), 0, 1, undefined, 0, 0, 0).find((c) => c.p === 2 && c.s === 2)!.score;
    const en = 'The pollster gives the Greens between 172 and 192 seats.';
    const alone = score('Sondage : les Verts obtiendraient 172 à 192 sièges.', en);
    const inList = score('Sondage : les Verts obtiendraient 172 à 192 sièges, les Bleus 45 à 60.', en);
    const oneShared = score('Sondage : les Verts obtiendraient 172 sièges, les Bleus 45 à 60.', en);
    // The list's other figures add keys of their own (a lower Dice) but no number penalty.
    // (Penalised, two numbers of its own would take it to about 0.4 of `alone`.)
    expect(inList).toBeGreaterThan(alone * 0.6);
    expect(oneShared).toBeLessThan(alone * 0.75 ** 2);
  });
  it('asks more of a pair built on a title, which restates the story rather than one statement', () => {
    const page = analyse("Incendie de l'usine Delmas : 12 000 personnes évacuées\nLe feu a pris dans la nuit. Les pompiers sont restés sur place.", [], 'fr');
    const src = analyse('Residents returned home on Monday. The Delmas warehouse fire forced 12,000 people out of their homes on Sunday night, officials said.', [], 'en');
    const loose = crossCandidates(page, src, 0, 1, undefined, 0, CROSS_WEAK_SCORE, 0).find((x) => x.p === 0);
    expect(loose).toBeDefined();
    expect(loose!.score).toBeLessThan(CROSS_TITLE_MIN_SCORE);
    expect(crossCandidates(page, src, 0, 1).some((x) => x.p === 0)).toBe(false);
  });
  it('asks no more of two titles than of two sentences: a headline against a headline is one statement of the story', () => {
    const page = analyse('Usine Delmas : 12 000 évacués, le maire réclame une enquête sur les stocks de solvant et les contrôles\nLe feu a pris dans la nuit. Les pompiers sont restés sur place.', [], 'fr');
    const src = analyse('Delmas blaze forces 12,000 from homes as investigation opens into firm, regulators\nResidents returned home on Monday. The roads were closed.', [], 'en');
    const pair = crossCandidates(page, src, 0, 1, undefined, 0, 0, 0).find((x) => x.p === 0 && x.s === 0);
    expect(pair).toBeDefined();
    // Two headlines in their own words: above the threshold of any pair, under that of a title against a body sentence.
    expect(pair!.score).toBeGreaterThanOrEqual(CROSS_MIN_SCORE);
    expect(pair!.score).toBeLessThan(CROSS_TITLE_MIN_SCORE);
    expect(crossCandidates(page, src).some((x) => x.p === 0 && x.s === 0)).toBe(true);
    // The same headline against a source's body sentence still needs CROSS_TITLE_MIN_SCORE (the test above).
  });
  it('asks a weak pair to share what is said (concepts, numbers), not only who says it', () => {
    // The same actors (names) and no shared concept: two statements about them.
    const page = analyse('Il pleuvait sur la ville. Les musées restaient fermés. Marcel Dutronc et Hélène Vasseur à Grenoble. Marcel Dutronc et Hélène Vasseur ont quitté le Parlement européen hier soir pour rejoindre Grenoble.', [], 'fr');
    const src = analyse('Schools were closed. The weather was mild. Marcel Dutronc and Helene Vasseur in Grenoble. Marcel Dutronc and Helene Vasseur praised the farmers of Grenoble on Monday.', [], 'en');
    const loose = crossCandidates(page, src, 0, 3, undefined, 0, 0, 0).find((x) => x.p === 3 && x.s === 3);
    expect(loose).toBeDefined();
    expect(loose!.score).toBeLessThan(CROSS_WEAK_SCORE);
    expect(loose!.keys.some((k) => k.startsWith('c:') || k.startsWith('#'))).toBe(false);
    expect(crossCandidates(page, src, 0, 3, undefined, 0, CROSS_WEAK_SCORE, 0).some((x) => x.p === 3 && x.s === 3)).toBe(false);
    // A pair scoring at or above CROSS_WEAK_SCORE keeps its place on names alone.
    expect(crossCandidates(page, src, 0, 3, undefined, 0, CROSS_WEAK_SCORE, 0).some((x) => x.p === 3 && x.s === 2)).toBe(true);
  });
  it('asks a weak pair to share one key specific to the statement, not only the story\'s vocabulary', () => {
    // The fire at the Delmas factory is what both texts are about: its keys recur, so they weigh
    // little, and the two sentences sharing only them tell two facts about it.
    const page = analyse(
      "L'incendie de l'usine Delmas a brûlé 12 000 litres de solvant. Les pompiers surveillent l'usine Delmas. Le maire a visité le quartier. Les écoles resteront fermées. La pluie est attendue jeudi. L'incendie de l'usine Delmas inquiète les riverains. Le marché couvert a rouvert samedi. Un concert est prévu au théâtre.",
      [],
      'fr',
    );
    const src = analyse(
      'The Delmas factory fire burned 12,000 litres of solvent. Schools will stay shut. The museum reopened on Sunday. Insurers estimated the Delmas factory fire damage. Trains were running late. Firefighters stayed at the Delmas factory.',
      [],
      'en',
    );
    const loose = crossCandidates(page, src, 0, 3, undefined, 0, 0, 0).find((x) => x.p === 5 && x.s === 3);
    expect(loose).toBeDefined();
    expect(loose!.score).toBeLessThan(CROSS_SPECIFIC_SCORE);
    expect(crossCandidates(page, src, 0, 3, undefined, 0, 0).some((x) => x.p === 5 && x.s === 3)).toBe(false);
    // The sentence that gives the figure stays paired.
    expect(crossMatches(page, src).some((m) => m.pageWords[0] === 0 && m.srcWords[0] === 0)).toBe(true);
  });
  it('asks a weak pair\'s specific key to say what, not who', () => {
    // One person's two statements about the fire: his name is rare, the concepts they share are the
    // story's ("pompiers", "usine").
    const page = analyse(
      "L'incendie de l'usine Delmas a fait douze blessés. Les pompiers de l'usine Delmas sont restés sur place. Le maire a visité l'usine Delmas. Les écoles resteront fermées jeudi. Selon Marcel Dutronc, les pompiers de l'usine Delmas ont manqué d'eau pendant la nuit, et la préfecture a ouvert une enquête sur le réseau de bornes. Le marché couvert a rouvert samedi.",
      [],
      'fr',
    );
    const src = analyse(
      'The fire at the Delmas factory injured twelve people. Firefighters stayed at the Delmas factory. Marcel Dutronc thanked the firefighters of the Delmas factory for their courage and asked the region to fund a new training centre for volunteers. Schools will stay shut on Thursday. Shops reopened.',
      [],
      'en',
    );
    const loose = crossCandidates(page, src, 0, 3, undefined, 0, 0, 0).find((x) => x.p === 4 && x.s === 2);
    expect(loose).toBeDefined();
    expect(loose!.score).toBeLessThan(CROSS_WEAK_SCORE);
    expect(loose!.keys.filter((k) => k.startsWith('c:')).length).toBeGreaterThanOrEqual(2);
    expect(crossCandidates(page, src).some((x) => x.p === 4 && x.s === 2)).toBe(false);
    // The translation of the first sentence stays.
    expect(crossMatches(page, src).some((m) => m.pageWords[0] === 0 && m.srcWords[0] === 0)).toBe(true);
  });
  it('does not pair two quotes of one speaker whose quoted words share nothing', () => {
    const page = analyse("Le maire a visité l'usine Delmas. « Nous reconstruirons le quartier nord avant l'hiver », a promis Paul Roche. Les écoles restent fermées.", [], 'fr');
    const other = analyse('The mayor toured the Delmas factory. "The firefighters saved dozens of lives tonight," said Paul Roche. Schools remain shut.', [], 'en');
    const same = analyse('The mayor toured the Delmas factory. "We will rebuild the north district before winter," said Paul Roche. Schools remain shut.', [], 'en');
    const quotePair = (src: Analysis) => crossCandidates(page, src, 0, 1, undefined, 0, 0, 0).some((x) => x.p === 1 && x.s === 1);
    expect(sentenceBags(other).quoteKeys[1].some((k) => k.startsWith('s:'))).toBe(true);
    expect(quotePair(other)).toBe(false);
    expect(quotePair(same)).toBe(true);
  });
  it('pairs a short sentence with the clause of a long one that holds their shared keys', () => {
    const long = "Les pompiers sont intervenus dans la nuit. Selon la préfecture, 12 000 personnes ont été évacuées après l'incendie de l'usine Delmas, tandis que les habitants des communes voisines, inquiets pour leur santé, ont été invités à fermer leurs fenêtres et à ne pas sortir avant le lendemain matin.";
    const page = analyse(long, [], 'fr');
    const src = analyse('Firefighters worked through the night. Officials said 12,000 people were evacuated after the Delmas factory fire.', [], 'en');
    const x = crossCandidates(page, src, 0, 3, undefined, 0, 0, 0).find((c) => c.p === 1 && c.s === 1);
    expect(x?.clause).toBe(true);
    const text = long.slice(page.wordStarts[x!.pageWords[0]], page.wordEnds[x!.pageWords[1]]);
    expect(text).toBe("12 000 personnes ont été évacuées après l'incendie de l'usine Delmas");
    expect(crossMatches(page, src).some((m) => m.pageWords[0] === x!.pageWords[0] && m.pageWords[1] === x!.pageWords[1])).toBe(true);
  });
  it('does not pair two sentences whose figures all differ', () => {
    const src = analyse('Officials said 12,000 people were evacuated after the Delmas factory fire.', [], 'en');
    const other = analyse('Selon la préfecture, 3 000 personnes ont été évacuées après l’incendie de l’usine Delmas.', [], 'fr');
    const same = analyse('Selon la préfecture, 12 000 personnes ont été évacuées après l’incendie de l’usine Delmas.', [], 'fr');
    // Two one-sentence texts: every shared key weighs nothing, so the weak-pair rules are off here.
    expect(crossCandidates(same, src, 0, 1, undefined, 0, 0, 0).length).toBe(1);
    expect(crossCandidates(other, src, 0, 1, undefined, 0, 0, 0)).toEqual([]);
  });
  it('reads a figure after "more than", "plus de", "nearly" as a bound the other text\'s figure may meet', () => {
    // Every threshold at zero: what is tested is the figures rule (both give figures, none shared).
    const pairs = (fr: string, en: string) => crossCandidates(analyse(fr, [], 'fr'), analyse(en, [], 'en'), 0, 1, undefined, 0, 0, 0);
    const en = 'More than 200 homes were flooded in the valley, the prefecture said.';
    expect(pairs('Selon la préfecture, 214 maisons ont été inondées dans la vallée.', en)).toHaveLength(1);
    // Past the bound by more than BOUND_SLACK, or below it: another count.
    expect(pairs('Selon la préfecture, 290 maisons ont été inondées dans la vallée.', en)).toEqual([]);
    expect(pairs('Selon la préfecture, 190 maisons ont été inondées dans la vallée.', en)).toEqual([]);
    // The bound in the other language, both directions.
    expect(pairs('Selon la préfecture, plus de 1 200 maisons ont été inondées.', 'The prefecture said 1,254 homes were flooded.')).toHaveLength(1);
    expect(pairs('Selon la préfecture, près de 5 000 maisons ont été inondées.', 'The prefecture said 4,800 homes were flooded.')).toHaveLength(1);
    expect(pairs('Selon la préfecture, près de 5 000 maisons ont été inondées.', 'The prefecture said 5,200 homes were flooded.')).toEqual([]);
    // A plain figure is no bound: 200 and 214 are two counts.
    expect(pairs('Selon la préfecture, 214 maisons ont été inondées dans la vallée.', 'The prefecture said 200 homes were flooded in the valley.')).toEqual([]);
    expect(BOUND_SLACK).toBeLessThan(0.45);
  });
  it('keeps a sentence\'s bounds on every part of it (bounds per sentence, not per key array)', () => {
    const b = sentenceBags(analyse('The mayor spoke. More than 200 homes were flooded, and nearly 5,000 people left.', [], 'en'));
    expect(b.bounds[0]).toBeUndefined();
    expect(b.bounds[1]?.get('#200')).toEqual([200, 200 * (1 + BOUND_SLACK)]);
    expect(b.bounds[1]?.get('#5000')).toEqual([5000 * (1 - BOUND_SLACK), 5000]);
    // A clause or a window of the sentence is a new array of keys; its numbers keep their bounds
    // when the sentence's are passed along with it.
    const clause = ['#200', 'p:home', 'p:floo'];
    const other = ['#214', 'p:home', 'p:floo'];
    expect(numberMismatches(clause, other)).toBe(2);
    expect(numberMismatches(clause, other, b.bounds[1])).toBe(0);
    expect(numberMismatches(other, clause, undefined, b.bounds[1])).toBe(0);
  });
  it('reads "plus d\'un" as a bound (the elided "de" of figures\' "plus de")', () => {
    const b = sentenceBags(analyse('Selon la préfecture, plus d\'un million de foyers ont été privés de courant.', [], 'fr'));
    expect([...(b.bounds[0]?.values() ?? [])]).toEqual([[1e6, 1e6 * (1 + BOUND_SLACK)]]);
  });
  it('meets a person\'s age given a year apart, and only ages', () => {
    const keysOf = (text: string, lang: string) => sentenceBags(analyse(text, [], lang)).keys[0];
    expect(keysOf('Les sauveteurs ont retrouvé Léa Martin, 25 ans, et Paul Girard (31 ans).', 'fr')).toEqual(expect.arrayContaining(['g:25', 'g:31']));
    expect(keysOf('Rescuers found Lea Martin, 26, and Paul Girard, 31, alive.', 'en')).toEqual(expect.arrayContaining(['g:26', 'g:31']));
    // A count after a name is not an age.
    expect(keysOf('Grenoble, 25 000 habitants, a voté.', 'fr')).toContain('#25000');
    const fr = analyse('Le maire a parlé. Les sauveteurs ont retrouvé Léa Martin, 25 ans, Paul Girard, 31 ans, et Anne Roche, 40 ans, vivants.', [], 'fr');
    const en = analyse('The mayor spoke. Rescuers found Lea Martin, 26, Paul Girard, 32, and Anne Roche, 41, alive.', [], 'en');
    const off = analyse('The mayor spoke. Rescuers found Lea Martin, 28, Paul Girard, 35, and Anne Roche, 44, alive.', [], 'en');
    const pair = (src: typeof en) => crossCandidates(fr, src, 0, 1, undefined, 0, 0, 0).find((x) => x.p === 1 && x.s === 1);
    expect(pair(en)!.keys.filter((k) => k.startsWith('g:'))).toHaveLength(3);
    expect(pair(en)!.score).toBeGreaterThan(pair(off)?.score ?? 0);
  });
  it('pairs a sentence the page says twice with the one sentence that translates it', () => {
    const page = analyse(
      "Le maire de Grenoble a parlé lundi. « Le préfet doit rouvrir l'usine Delmas avant l'hiver », a répété Hélène Vasseur. Les pompiers sont partis. Hélène Vasseur l'a redit : le préfet a le devoir de rouvrir l'usine Delmas avant l'hiver.",
      [],
      'fr',
    );
    const src = analyse("Rain fell on Monday. \"The prefect must reopen the Delmas factory before winter,\" Helene Vasseur said. Schools stayed open.", [], 'en');
    const m = crossMatches(page, src);
    const pageSentences = m.map((x) => page.sentences.findIndex((s) => s.start <= page.wordStarts[x.pageWords[0]] && page.wordStarts[x.pageWords[0]] < s.end));
    expect(pageSentences.sort()).toEqual([1, 3]);
    expect(new Set(m.map((x) => x.srcWords[0])).size).toBe(1);
  });
  it('reads a decimal given to another precision as the same figure, and nothing looser', () => {
    expect(roundedAlike('#59.71', '#59.7')).toBe(true);
    expect(roundedAlike('#1.3', '#1.27')).toBe(true);
    expect(roundedAlike('#2.8', '#3')).toBe(false);
    expect(roundedAlike('#43.3', '#43.4')).toBe(false);
    const src = analyse('Turnout reached 59.7% at 5 pm, the interior ministry said, against 47.1% in 2022.', [], 'en');
    const fr = analyse('Selon le ministère de l’Intérieur, la participation atteignait 59,71 % à 17 heures, contre 47,13 % en 2022.', [], 'fr');
    const x = crossCandidates(fr, src, 0, 1, undefined, 0, 0, 0)[0];
    expect(x.keys).toEqual(expect.arrayContaining(['#59.71', '#47.13']));
  });
  it('bridges general words of courts, sales and injuries that share no cognate', () => {
    const keys = (t: string, lang: string) => sentenceBags(analyse(t, [], lang)).keys.flat();
    const fr = keys('Les trois accusés, reconnus coupables, feront appel ; un passant grièvement blessé, un tireur solitaire.', 'fr');
    const en = keys('The three defendants, found guilty, will appeal; a passer-by seriously injured, a lone gunman.', 'en');
    // "grièvement" / "seriously" are the figures' modifier `serious` (listed before the word entry w-severe): one key
    // in both languages all the same.
    for (const k of ['c:w-defendant', 'c:w-guilty', 'c:w-call', 'c:serious', 'c:w-alone']) {
      expect(fr).toContain(k);
      expect(en).toContain(k);
    }
    expect(keys('Le chiffre d’affaires et les ventes ont progressé.', 'fr')).toEqual(expect.arrayContaining(['c:w-revenue', 'c:w-sales']));
    expect(keys('Revenue and sales grew.', 'en')).toEqual(expect.arrayContaining(['c:w-revenue', 'c:w-sales']));
  });
  it('reads one amount written with a scale word, a suffix, "half a" or in digits', () => {
    const keys = (t: string, lang: string) => sentenceBags(analyse(t, [], lang)).keys.flat();
    expect(keys('Les syndicats revendiquent 3,4 millions de grévistes.', 'fr')).toContain('#3.4^6');
    expect(keys('The unions claimed 3.4 million strikers.', 'en')).toContain('#3.4^6');
    expect(keys('The unions claimed 3.4m strikers and a €12.5bn loss.', 'en')).toEqual(expect.arrayContaining(['#3.4^6', '#12.5^9']));
    // One capital B (or "tn", "bln", "mln") glued to the digits is the scale too; a B alone is not.
    expect(keys('The group posted sales of $12.5B, against a $2tn market.', 'en')).toEqual(expect.arrayContaining(['#12.5^9', '#2^12']));
    expect(keys('Le groupe a publié 12,5 milliards de ventes.', 'fr')).toContain('#12.5^9');
    expect(keys('Plan B cost 12 million.', 'en')).not.toContain('#12^9');
    expect(keys('Profits reached USD 4.5B last year.', 'en')).toContain('#4.5^9');
    // A B glued to a plain number, or a lower-case b, is a gate, a rule or a version, not billions.
    expect(keys('Passengers waited at Gate 12B for hours.', 'en')).not.toContain('#12^9');
    expect(keys('The court cited Rule 10b before the vote.', 'en')).not.toContain('#10^9');
    expect(keys('The 5b version ships in March.', 'en')).not.toContain('#5^9');
    // A B after a space is a letter of its own: no scale.
    expect(keys('Passengers waited at Terminal 2 B for hours.', 'en')).not.toContain('#2^9');
    expect(keys('Half a million farmers marched.', 'en')).toContain('#0.5^6');
    expect(keys('Un demi-million d’agriculteurs ont défilé.', 'fr')).toContain('#0.5^6');
    // A scale word in another sentence, or none: the plain value.
    expect(keys('They counted 3,4. Millions watched.', 'en')).not.toContain('#3.4^6');
    expect(sameAmount('#0.5^6', '#500000')).toBe(true);
    expect(sameAmount('#1.84^6', '#1840000')).toBe(true);
    // Rounded to the scaled amount's decimals, either way round.
    expect(sameAmount('#1.8^6', '#1836000')).toBe(true);
    expect(sameAmount('#1.8^6', '#1.836^6')).toBe(true);
    // Not the other way (the digits are no rounding of a less precise amount), not a whole mantissa,
    // not another scale.
    expect(sameAmount('#1.836^6', '#1.8^6')).toBe(false);
    expect(sameAmount('#2^6', '#2400000')).toBe(false);
    expect(sameAmount('#3.3^9', '#3.3^12')).toBe(false);
    const en = analyse('Organisers said 1,836,000 farmers joined the marches across the country.', [], 'en');
    const fr = analyse('Les organisateurs ont compté 1,8 million d’agriculteurs dans les cortèges du pays.', [], 'fr');
    const x = crossCandidates(fr, en, 0, 1, undefined, 0, 0, 0)[0];
    expect(x.keys).toContain('#1.8^6');
  });
  it('counts keys by sentence over every given text', () => {
    const story = analyse('The Delmas factory fire. Delmas workers at the Delmas factory. Rain again.', [], 'en');
    const c = keyCounts([fr, en, story]);
    expect(c.total).toBe(fr.sentences.length + en.sentences.length + story.sentences.length);
    // Once in each of fr and en, in two of the story's three sentences (twice in one counts once).
    expect(c.df.get(bridgeKey('delmas')!)).toBe(4);
  });
});

describe('anchoredPair', () => {
  // The French sentence is told inside a longer English one that also names the climbers with their
  // ages: three numbers the French gives not, so the weighted Dice falls under the threshold.
  const fr = analyse('Les secours sont arrivés dans la nuit. Les trois alpinistes avaient été bloqués au refuge Vallot, sous le sommet, par la tempête. La préfecture a salué le travail des équipes.', [], 'fr');
  const en = analyse('The weather cleared on Monday. Rescuers named the three climbers as Paul Durand, 34, Marc Petit, 41, and Jean Roux, 29, stranded at the Vallot refuge below the summit by the storm and flown to Chamonix hospital. The prefecture praised the crews.', [], 'en');
  it('keeps a pair under the threshold that shares three specific keys and most of the smaller bag', () => {
    const c = crossCandidates(fr, en).find((x) => x.p === 1 && x.s === 1);
    expect(c?.anchored).toBe(true);
    expect(c!.score).toBeLessThan(CROSS_MIN_SCORE);
    const m = crossMatches(fr, en);
    expect(m).toHaveLength(1);
    // The kept pair is that one: the refuge sentence on both sides.
    const words = (a: typeof fr, [i, j]: [number, number]) => a.wordNorms.slice(i, j + 1).join(' ');
    expect(words(fr, m[0].pageWords)).toContain('vallot');
    expect(words(en, m[0].srcWords)).toContain('vallot');
  });
});

describe('anchoredPair with more anchors', () => {
  // Both French sentences are told inside a longer English one that adds four counts of its own, so
  // the weighted Dice falls under the threshold and the French shares a quarter of its bag.
  const en = analyse('The night was calm. Firefighters evacuated the Delmas chemical plant in Vénissieux after an ammonia leak, officials said, adding that 300 residents and 45 pupils were sent home, 12 roads were closed and 8 trains cancelled until Thursday evening. The mayor thanked the crews.', [], 'en');
  it('keeps a pair sharing more than three specific terms at a quarter of the smaller bag', () => {
    const fr = analyse("La nuit a été calme. Selon la préfecture, les pompiers ont évacué mardi l'usine chimique Delmas de Vénissieux, près de Lyon, après une fuite d'ammoniac, et les salariés sont rentrés chez eux. Le maire a remercié les équipes.", [], 'fr');
    const c = crossCandidates(fr, en).find((x) => x.p === 1 && x.s === 1);
    expect(c?.anchored).toBe(true);
    expect(c!.score).toBeLessThan(CROSS_MIN_SCORE);
  });
  it('counts the items of a list of places as one term', () => {
    const strikeEn = analyse('The night was calm. The strike hit Lyon, Nantes, Rennes and Brest, officials said, adding that 300 residents and 45 pupils were sent home, 12 roads were closed and 8 trains cancelled until Thursday evening. The mayor thanked the crews.', [], 'en');
    const fr = analyse('La nuit a été calme. Selon la préfecture, la grève des pompiers a touché mardi Lyon, Nantes, Rennes et Brest, où les casernes sont restées fermées et les salariés sont rentrés chez eux. Le maire a remercié les équipes.', [], 'fr');
    // Six shared keys at the same share of the bag, four of them the listed cities.
    const probe = crossCandidates(fr, strikeEn, 0, 3, undefined, 0, 0, 0).find((x) => x.p === 1 && x.s === 1);
    expect(probe?.keys).toHaveLength(6);
    expect(crossCandidates(fr, strikeEn).find((x) => x.p === 1 && x.s === 1)).toBeUndefined();
  });
});

describe('crossMatches: another clause of a paired sentence', () => {
  const en = analyse('The weather cleared on Monday. Rescuers named the climbers as Paul Durand, 34, Marc Petit, 41, and Jean Roux, 29, all three stranded by the storm at the Vallot refuge below the summit since Thursday. The prefecture praised the crews.', [], 'en');
  const words = (a: Analysis, [i, j]: [number, number]) => a.wordNorms.slice(i, j + 1).join(' ');
  it('pairs a second sentence with the clause of the long sentence its keys lie in', () => {
    const fr = analyse('Les secours sont arrivés dans la nuit. Les alpinistes secourus sont Paul Durand, 34 ans, Marc Petit, 41 ans, et Jean Roux, 29 ans. Tous trois étaient bloqués par la tempête au refuge Vallot, sous le sommet, depuis jeudi. La préfecture a salué le travail des équipes.', [], 'fr');
    const m = crossMatches(fr, en);
    const second = m.find((x) => words(fr, x.pageWords).includes('vallot'));
    expect(second).toBeDefined();
    expect(words(en, second!.srcWords)).toContain('vallot');
    expect(words(en, second!.srcWords)).not.toContain('durand');
    expect(m.some((x) => words(fr, x.pageWords).includes('durand'))).toBe(true);
  });
  it('does not when the words of the second pair are interleaved with those of the first', () => {
    const fr = analyse('Les secours sont arrivés dans la nuit. Les alpinistes secourus sont Paul Durand, 34 ans, Marc Petit, 41 ans, et Jean Roux, 29 ans. Tous trois étaient bloqués par la tempête au refuge Vallot, sous le sommet, depuis jeudi. La préfecture a salué le travail des équipes.', [], 'fr');
    const mixed = analyse('The weather cleared on Monday. Rescuers named Paul Durand, 34, stranded by the storm, Marc Petit, 41, at the Vallot refuge, and Jean Roux, 29, below the summit, since Thursday. The prefecture praised the crews.', [], 'en');
    expect(crossCandidates(fr, mixed).some((x) => x.p === 2 && x.s === 1)).toBe(true);
    expect(crossMatches(fr, mixed).some((x) => words(fr, x.pageWords).includes('vallot'))).toBe(false);
  });
});

describe('clause pairs: the shortest run holding the shared keys', () => {
  it('takes a key the long sentence gives twice where the run is shortest', () => {
    const fr = analyse('Les vendanges ont commencé. La coopérative Vignerons du Lac attend entre 150 et 180 tonnes de raisin. Le préfet a visité les parcelles.', [], 'fr');
    const en = analyse('Harvest began on Monday. The Vignerons du Lac cooperative expects 150 to 180 tonnes of grapes this year, while its neighbour in the valley, hit by hail in June and by frost in April, expects 115 to 155 tonnes. The prefect visited the plots.', [], 'en');
    const c = crossCandidates(fr, en).find((x) => x.p === 1 && x.s === 1);
    expect(c?.clause).toBe(true);
    const words = en.wordNorms.slice(c!.srcWords[0], c!.srcWords[1] + 1).join(' ');
    expect(words).toContain('180 tonnes');
    expect(words).not.toContain('155');
  });
});

describe('claimKeys (clause pairs need keys besides when)', () => {
  it('sets aside weekdays, months and a day beside its month', () => {
    expect(claimKeys(['c:w-increase', 'c:month-01', '#19'])).toBe(1);
    expect(claimKeys(['c:thu', 'c:w-call', 'c:t-union'])).toBe(2);
  });
  it('keeps a number when no month is shared, and every other key', () => {
    expect(claimKeys(['#19', 'c:w-increase', 'p:lyon'])).toBe(3);
    expect(claimKeys(['#3000', 'c:job', '#2026', 'c:month-07'])).toBe(3);
  });
});

describe('negation and exclusion: one key in both languages', () => {
  const keysOf = (text: string, lang: string) => sentenceBags(analyse(text, [], lang)).keys[0];
  it('keys "ne ... pas", "excludes", "except" and "n\'t" alike', () => {
    expect(keysOf('Le Canada ne bénéficiera pas de cette exemption.', 'fr')).toContain(NEGATION_KEY);
    expect(keysOf('This exemption explicitly excludes Canada.', 'en')).toContain(NEGATION_KEY);
    expect(keysOf('The exemption covers every country except Canada.', 'en')).toContain(NEGATION_KEY);
    expect(keysOf("The exemption doesn't cover Canada.", 'en')).toContain(NEGATION_KEY);
    // "except" keeps its own key too: "à l'exception du Canada" meets it through both.
    expect(keysOf('The exemption covers every country except Canada.', 'en')).toContain(bridgeKey('exception'));
  });
  it('does not read the "t" of "a-t-il" or a plain statement as a negation', () => {
    expect(keysOf("Le Canada a-t-il obtenu cette exemption ?", 'fr')).not.toContain(NEGATION_KEY);
    expect(keysOf('This exemption covers Canada.', 'en')).not.toContain(NEGATION_KEY);
  });
});

describe('clause pairs: a sentence split at its grammar', () => {
  const text = 'Les taxes entrent en vigueur mardi. Le Mexique sera taxé à 12 %, tandis que le Canada et le Brésil paieront 15 % et 18 %.';
  const page = analyse(text, [], 'fr');
  it('pairs the clause of a three-fact sentence that a short sentence repeats, the span on that clause', () => {
    const src = analyse('The duties take effect on Tuesday. Mexico faces a 12 percent duty, the ministry said.', [], 'en');
    // Whole, the two other rates dilute the pair and count against it.
    const whole = crossCandidates(page, src, 0, CROSS_MIN_SHARED, undefined, 0, 0, 0).find((c) => c.p === 1 && c.s === 1);
    expect(whole!.score).toBeLessThan(CROSS_MIN_SCORE);
    const x = crossCandidates(page, src).find((c) => c.p === 1 && c.s === 1);
    expect(x?.split).toBe(true);
    expect(text.slice(page.wordStarts[x!.pageWords[0]], page.wordEnds[x!.pageWords[1]])).toBe('Le Mexique sera taxé à 12');
  });
  it('does not pair the clause when the other sentence gives another rate', () => {
    const src = analyse('The duties take effect on Tuesday. Mexico faces a 14 percent duty, the ministry said.', [], 'en');
    expect(crossCandidates(page, src).some((c) => c.p === 1 && c.s === 1)).toBe(false);
  });
});

describe('numberMismatches: a longer sentence repeating the other one\'s figures', () => {
  it('counts at most CROSS_SUBSET_MISMATCH_CAP of its extra numbers when every number of the other meets', () => {
    // "Après trois jours et 12 heures de débats, les 577 députés venus de 101 départements ont voté" /
    // "The 577 deputies voted": one statement, told with details on one side.
    const long = ['#3', 'c:days', '#12', 'c:hours', '#577', 'p:depu', '#101', 'p:depa', 'c:vote'];
    const short = ['#577', 'p:depu', 'c:vote'];
    expect(numberMismatches(long, short)).toBe(CROSS_SUBSET_MISMATCH_CAP);
    expect(numberMismatches(short, long)).toBe(CROSS_SUBSET_MISMATCH_CAP);
  });
  it('counts every number when each sentence gives one the other lacks (two facts)', () => {
    const a = ['#3', 'c:days', '#12', '#577', 'p:depu'];
    const b = ['#577', 'p:depu', '#289'];
    expect(numberMismatches(a, b)).toBe(3);
  });
  it('counts every number when no number meets (nothing pins the statement)', () => {
    expect(numberMismatches(['#3', '#12', '#101', 'p:depu'], ['p:depu', 'c:vote'])).toBe(3);
  });
});

describe('contained clause pairs: a short sentence held by one clause of a long one', () => {
  // The long French sentence tells the rescue among other facts; the short English one only the rescue.
  const text = 'Le navire a sombré lundi. Une longue opération de secours lancée au large pendant la nuit par la marine et des hélicoptères a permis de secourir 212 personnes au total, mais des dizaines de passagers restent introuvables selon les responsables du port.';
  const page = analyse(text, [], 'fr');
  // Weights as in a corpus: other texts of the story that do not give the count nor the rescue.
  const others = ['Le port est resté fermé mardi.', 'Les passagers venaient de plusieurs pays.', 'La marine a ouvert une enquête.'].map((t) => analyse(t, [], 'en'));
  const counts = (en: string, fr = page) => keyCounts([fr, analyse(en, [], 'en'), ...others]);
  const pairOf = (en: string, fr = page) => crossCandidates(fr, analyse(en, [], 'en'), CROSS_MIN_SCORE, CROSS_MIN_SHARED, counts(en, fr)).find((c) => c.p === 1 && c.s === 1);
  it('pairs them by containment, the span on the clause that holds the shared keys', () => {
    // Two shared keys (the count, the rescue): too few for a pair scored by Dice.
    expect(crossCandidates(page, analyse('The ship sank on Monday. They rescued 212 survivors.', [], 'en'), 0, CROSS_MIN_SHARED, undefined, 0, 0, 0).some((c) => c.p === 1 && c.s === 1 && !c.anchored)).toBe(false);
    const x = pairOf('The ship sank on Monday. They rescued 212 survivors.');
    expect(x?.anchored).toBe(true);
    expect(text.slice(page.wordStarts[x!.pageWords[0]], page.wordEnds[x!.pageWords[1]])).toMatch(/^Une longue opération .* 212 personnes au total$/);
  });
  it('does not pair them when the short sentence gives a number the clause lacks', () => {
    expect(pairOf('The ship sank on Monday. They rescued 212 survivors in 40 minutes.')).toBeUndefined();
  });
  it('does not pair them on a count under ten', () => {
    const small = analyse(text.replace('212', 'neuf'), [], 'fr');
    expect(pairOf('The ship sank on Monday. They rescued nine survivors.', small)).toBeUndefined();
  });
});

describe('bound counts: a count and the concept it counts, in both sentences', () => {
  const en = analyse('The storm hit the coast on Monday. Two fishermen were rescued near the harbour by a passing boat. The port stayed closed.', [], 'en');
  const pairOf = (fr: string) => crossCandidates(analyse(fr, [], 'fr'), en, CROSS_MIN_SCORE, CROSS_MIN_SHARED).find((c) => c.p === 1 && c.s === 1);
  it('pairs two sentences sharing only a count bound to what it counts, after the pairs of more keys', () => {
    const x = pairOf('La tempête a frappé lundi. Deux d’entre eux ont été secourus, dont un a été hospitalisé. Le port est resté fermé.');
    expect(x?.keys.sort()).toEqual(['#2', bridgeKey('secourus')].sort());
    expect(x!.score).toBeLessThan(CROSS_TWO_KEYS_SCORE);
    expect(x?.anchored).toBe(true);
  });
  it('does not pair them when the count says something else (not bound to the concept)', () => {
    // Within BOUND_COUNT_SPAN words of the concept: only the unit the number counts (hours) sets them apart.
    expect(pairOf('La tempête a frappé lundi. Les pompiers ont cherché deux heures et des marins ont été secourus. Le port est resté fermé.')).toBeUndefined();
    expect(pairOf('La tempête a frappé lundi. Après deux heures, les marins ont été secourus. Le port est resté fermé.')).toBeUndefined();
    // The same words with the count before the people: bound.
    expect(pairOf('La tempête a frappé lundi. Après la tempête, deux marins ont été secourus. Le port est resté fermé.')).toBeDefined();
  });
});

describe('a shared bound count against a sentence listing other counts', () => {
  const en = analyse('Storms swept the north of the country on Sunday. Police said 340 people were arrested overnight in 15 cities. Schools reopened on Monday.', [], 'en');
  const scoreOf = (second: string) => {
    const fr = analyse(`Des orages ont balayé le nord du pays dimanche. ${second} Les écoles ont rouvert lundi.`, [], 'fr');
    return crossCandidates(fr, en, 0, 2).find((c) => c.p === 1 && c.s === 1)?.score;
  };
  it('counts the list\'s other numbers against the pair up to CROSS_BOUND_COUNT_MISMATCH_CAP only', () => {
    // The same keys both times (so the same weighted Dice); four numbers one side gives alone (15; 25, 12, 80).
    const bound = scoreOf('Selon le ministère, 340 personnes ont été interpellées dans la nuit, 25 policiers, 12 pompiers et 80 manifestants ont été blessés.');
    // 340 after what it counts, not before it: no bound count, every unmatched number counts.
    const loose = scoreOf('Selon le ministère, les personnes interpellées dans la nuit sont 340, 25 policiers, 12 pompiers et 80 manifestants ont été blessés.');
    expect(bound).toBeDefined();
    expect(loose).toBeDefined();
    expect(bound!).toBeCloseTo(loose! / CROSS_NUMBER_MISMATCH ** (4 - CROSS_BOUND_COUNT_MISMATCH_CAP), 6);
  });
});

describe('sharesBoundCount', () => {
  it('binds a count to what it counts, never a day to its month ("7 février" / "7 February")', () => {
    const fr = analyse('Le nord. Le 7 février, la police a interpellé 25 personnes, 12 pompiers et 80 manifestants ont été blessés à Lille. Fin.', [], 'fr');
    const en = analyse('The north. Police made arrests in Lille on 7 February, officials said. End.', [], 'en');
    // The keys both sentences give the day's month and the people (sentenceBags).
    const month = 'c:month-02';
    const people = 'c:person';
    expect(sentenceBags(en).keys[1]).toContain(month);
    expect(sharesBoundCount(sentenceBags(fr), 1, sentenceBags(en), 1, ['#7', month])).toBe(false);
    // A count and its people, in both sentences: bound.
    const fr2 = analyse('Le nord. Le 7 février, la police a interpellé 25 personnes à Lille. Fin.', [], 'fr');
    const en2 = analyse('The north. Police arrested 25 people in Lille on 7 February. End.', [], 'en');
    expect(sentenceBags(en2).keys[1]).toContain(people);
    expect(sharesBoundCount(sentenceBags(fr2), 1, sentenceBags(en2), 1, ['#7', month, '#25', people])).toBe(true);
  });
});

describe('rankAgainstCount (a rank is no count)', () => {
  const whole = (a: string, la: 'fr' | 'en', b: string, lb: 'fr' | 'en'): number => {
    const pa = analyse(a, [], la);
    const sa = analyse(b, [], lb);
    return rankAgainstCount(pa, 0, pa.wordNorms.length - 1, sa, 0, sa.wordNorms.length - 1);
  };
  it('counts a number one text gives as an ordinal word and the other as a count', () => {
    expect(whole('The body of the sixth worker was found in the river.', 'en', 'Six ouvriers sont portés disparus dans la rivière.', 'fr')).toBe(1);
    expect(whole('La troisième équipe est arrivée lundi.', 'fr', 'Three teams arrived on Monday.', 'en')).toBe(1);
    // A hyphenated ordinal is a rank too.
    expect(whole('The party became the second-largest group.', 'en', 'Deux groupes ont quitté le parti.', 'fr')).toBe(1);
    // A compound ordinal whose last part is "first" / "unième" is a rank, though "first" alone is no rank word.
    expect(whole('The twenty-first victim was found.', 'en', 'Vingt et une victimes ont été retrouvées.', 'fr')).toBe(1);
    expect(whole('La vingt-et-unième victime a été retrouvée.', 'fr', 'Twenty-one victims were found.', 'en')).toBe(1);
  });
  it('leaves two ranks, two counts, and ordinal digits (mostly days of a month) alone', () => {
    expect(whole('The second round of the vote is on Sunday.', 'en', 'Le second tour du scrutin a lieu dimanche.', 'fr')).toBe(0);
    expect(whole('Two workers were found.', 'en', 'Deux ouvriers ont été retrouvés.', 'fr')).toBe(0);
    expect(whole('The vote is on February 7th.', 'en', 'Le vote a lieu le 7 février.', 'fr')).toBe(0);
  });
});
