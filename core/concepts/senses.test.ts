import { describe, expect, it } from 'vitest';
import { sensesAt, lookupAt, hasSenses, isTimeWord } from './senses';
import { tokenize } from '../figures/tokens';
import { fold } from '../text/fold';

/** The concept ids of `word` (its first occurrence) in `sentence`, read as figures tokenise it. */
function idsOf(sentence: string, word: string, lang: 'en' | 'fr' = 'en'): string[] | undefined {
  const toks = tokenize(fold(sentence), lang, sentence);
  const i = toks.findIndex((t) => t.t === word);
  if (i < 0) throw new Error(`${word} not in ${sentence}`);
  return sensesAt((k) => toks[k]?.t, i)?.map((c) => c.id);
}

describe('word senses', () => {
  it('reads a report issued at intervals as no ballot, and a ballot as a vote', () => {
    expect(idsOf("Selon le bulletin hebdomadaire de l'agence, les cas reculent.", 'bulletin', 'fr')).toEqual([]);
    expect(idsOf('Le dernier bulletin de santé publique compte 1 266 cas.', 'bulletin', 'fr')).toEqual([]);
    expect(idsOf('On a compté 2 000 bulletins blancs et nuls.', 'bulletins', 'fr')).toBeUndefined();
    const toks = tokenize(fold('On a compté 2 000 bulletins blancs et nuls.'), 'fr', 'On a compté 2 000 bulletins blancs et nuls.');
    expect(lookupAt((k) => toks[k]?.t, toks.findIndex((t) => t.t === 'bulletins'))?.id).toBe('vote');
  });

  it('reads a strike by an army as a military strike, in English', () => {
    expect(idsOf('At least 12 people were killed in an air strike on a market in the north.', 'strike')).toContain('strike');
    expect(idsOf('Nine civilians died after a Russian strike on a power plant.', 'strike')).toContain('t-bombing');
    expect(idsOf('A drone strike hit a convoy near the border.', 'strike')).toContain('strike');
  });

  it('reads a strike by workers as a labour strike, singular or plural', () => {
    expect(idsOf('Dockers went on strike for a week.', 'strike')).toEqual(['on-strike']);
    expect(idsOf('The unions called a general strike against the wage freeze.', 'strike')).toEqual(['on-strike']);
    expect(idsOf('Port workers voted to strike over pay.', 'strike')).toEqual(['on-strike']);
    // Two cues of equal length: the workers' one is listed first.
    expect(idsOf('A nationwide strike hits schools and trains.', 'strike')).toEqual(['on-strike']);
  });

  it('reads workers\' strikes named as an event as no concept: neither bombing nor people on strike', () => {
    expect(idsOf('A day of strikes and marches closed schools across the country.', 'strikes')).toEqual([]);
    expect(idsOf('Teachers held a wave of strikes in the spring.', 'strikes')).toEqual([]);
  });

  it('lets a longer cue win: a strike on a given day is a labour strike', () => {
    expect(idsOf('Nurses will hold a strike on Thursday over pay.', 'strike')).toEqual(['on-strike']);
    expect(idsOf('Rail workers plan a strike on 14 March.', 'strike')).toEqual(['on-strike']);
  });

  it('reads French "marché" (a market, folded to "marche") by its masculine determiner or complement, not as a march', () => {
    expect(idsOf('Le gouvernement veut réformer le marché du travail.', 'marche', 'fr')).toEqual([]);
    expect(idsOf('Les prix ont flambé au marché de gros.', 'marche', 'fr')).toEqual([]);
    expect(idsOf('La santé ne peut pas être un marché comme un autre.', 'marche', 'fr')).toEqual([]);
    expect(idsOf('Les marchés financiers ont reculé.', 'marches', 'fr')).toEqual([]);
    // The march itself, feminine, is left to the table.
    expect(idsOf('Une marche blanche a réuni 3 000 personnes.', 'marche', 'fr')).toBeUndefined();
    expect(idsOf('La marche a rassemblé 3 000 personnes.', 'marche', 'fr')).toBeUndefined();
  });

  it('leaves the table alone when no cue matches', () => {
    expect(idsOf('The strike was widely followed.', 'strike')).toBeUndefined();
  });

  it('reads French "frappe" as a military strike when a noun, and as no concept when the verb "to hit"', () => {
    expect(idsOf('Huit morts dans une frappe de drone sur un marché.', 'frappe', 'fr')).toContain('strike');
    expect(idsOf('Les frappes aériennes ont repris dans la nuit.', 'frappes', 'fr')).toContain('t-bombing');
    expect(idsOf("L'ouragan qui a frappé l'île a fait 30 morts.", 'frappe', 'fr')).toEqual([]);
    expect(idsOf('La vallée, frappée par des crues, compte 12 disparus.', 'frappee', 'fr')).toBeUndefined();
    expect(idsOf('La région frappe par la sécheresse depuis mai.', 'frappe', 'fr')).toEqual([]);
  });

  it('reads a natural hazard that struck as no army\'s strike', () => {
    expect(idsOf('A powerful earthquake struck the coast at dawn, killing 40.', 'struck')).toEqual([]);
    expect(idsOf('The storm that struck the islands left 2,000 homeless.', 'struck')).toEqual([]);
    expect(idsOf('Artillery struck the village overnight.', 'struck')).toBeUndefined();
  });

  it('reads "cut" as jobs cut or as an amount cut', () => {
    expect(idsOf('The carmaker will cut 1,500 jobs by 2027.', 'cut')).toEqual(['laid-off']);
    expect(idsOf('The deficit would be cut to 3.9% of output next year.', 'cut')).toEqual(['t-savings']);
    expect(idsOf('Health spending cut by two billion euros angered doctors.', 'cut')).toEqual(['t-savings']);
    // A central bank's rate cut is neither: no one laid off, no amount saved.
    expect(idsOf('The central bank cut interest rates to 2.5% on Thursday.', 'cut')).toEqual([]);
    expect(idsOf('Markets expect a quarter-point rate cut in June.', 'cut')).toEqual([]);
    expect(idsOf('The bank cuts its key rate by 25 basis points.', 'cuts')).toEqual([]);
    expect(idsOf('The bank is cutting rates for the third time.', 'cutting')).toEqual([]);
    expect(idsOf('The mill is cutting 300 jobs.', 'cutting')).toEqual(['laid-off']);
    // Only a rate or its unit makes the rate cut: an amount cut by a quarter is still a saving, a subsidy cut is no rate.
    expect(idsOf('The education budget was cut by a quarter last year.', 'cut')).toEqual(['t-savings']);
    expect(idsOf('The central bank cut by a quarter point.', 'cut')).toEqual([]);
    expect(idsOf('The central bank cut by a quarter-point.', 'cut')).toEqual([]);
    expect(idsOf('Lenders expect a half-point cut next month.', 'cut')).toEqual([]);
    expect(idsOf('The bank cut its key rate again.', 'cut')).toEqual([]);
    expect(idsOf('The government cut the key subsidy for farmers.', 'cut')).toEqual(idsOf('The government cut a subsidy for farmers.', 'cut'));
    expect(idsOf('At this point cut morale sank.', 'cut')).toEqual(idsOf('After that, cut morale sank.', 'cut'));
    expect(idsOf('Officials cut interest payments on the debt.', 'cut')).toEqual(idsOf('Officials cut payments on the debt.', 'cut'));
  });

  it('reads English "March" as the month beside a date, and as a march otherwise', () => {
    expect(idsOf('Police counted 40,000 people on 7 March in the capital.', 'march')).toEqual(['month-03']);
    expect(idsOf('Farmers have protested since March.', 'march')).toEqual(['month-03']);
    expect(idsOf('The march drew 40,000 people.', 'march')).toBeUndefined();
  });

  it('gives the best concept of a type in context, and skips words without senses', () => {
    const toks = ['killed', 'in', 'an', 'israeli', 'strike', 'on', 'a', 'school'];
    expect(lookupAt((k) => toks[k], 4)?.id).toBe('strike');
    expect(lookupAt((k) => toks[k], 4, 'topic')?.id).toBe('t-bombing');
    expect(lookupAt((k) => toks[k], 4, 'role')).toBeUndefined();
    expect(hasSenses('school')).toBe(false);
    const fr = ['le', 'seisme', 'a', 'frappe', 'la', 'region'];
    expect(lookupAt((k) => fr[k], 3)).toBeUndefined();
  });
});

describe('isTimeWord', () => {
  it('is true of a folded weekday or month, in either language, and false of other words', () => {
    for (const w of ['lundi', 'avril', 'monday', 'october']) expect(isTimeWord(w), w).toBe(true);
    for (const w of ['pont', 'bridge', 'velmor']) expect(isTimeWord(w), w).toBe(false);
  });
});
