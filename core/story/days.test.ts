import { describe, expect, it } from 'vitest';
import { aheadReader, leadProximity, periodEndReader, namedDaysProximity, namesStoryDay, ownDay, titleDay, titlePeriodEnd, sentenceOpeningDays, toldAhead, toldDay, trailProximity } from './days';
import { dayMentions } from './features';

const day = (s: string): number => Date.parse(s);

describe('days', () => {
  it('reads the year written next to a day, and only there', () => {
    expect(dayMentions('Smoke over the port on Feb. 12, 2024, then calm.').map((d) => [d.key, d.year])).toEqual([['2-12', 2024]]);
    expect(dayMentions('Le 12 février 2024 et le 3 mars, 15 blessés.').map((d) => [d.key, d.year])).toEqual([['2-12', 2024], ['3-3', undefined]]);
  });

  it('reads the English months that are common words as months only when capitalised', () => {
    expect(dayMentions('Rescuers said 14 may have been swept away.')).toEqual([]);
    expect(dayMentions('Organisers said 25 march were planned across the region.')).toEqual([]);
    expect(dayMentions('The ship sank on 14 May, and the inquiry opened March 25.').map((d) => d.key)).toEqual(['5-14', '3-25']);
    expect(dayMentions('Le navire a coulé le 14 mai et l\'enquête a commencé le 25 mars.').map((d) => d.key)).toEqual(['5-14', '3-25']);
  });

  it('reads no day in a French month followed by a number: French writes the day first', () => {
    expect(dayMentions('Le club vise en mars 4 victoires et en août 3 nuls.')).toEqual([]);
    expect(dayMentions('La réunion du 12 septembre et celle du 3 août.').map((d) => d.key)).toEqual(['9-12', '8-3']);
    // The English order keeps its days, in full or short ("Aug. 3" is English and French alike).
    expect(dayMentions('Talks resumed August 3 and again on Sept. 12.').map((d) => d.key)).toEqual(['8-3', '9-12']);
  });

  it('an undated page naming a day months from the article scores as a page of that day', () => {
    const june = day('2024-06-09');
    expect(namedDaysProximity([], june)).toBe(1);
    expect(namedDaysProximity(dayMentions('on June 7'), june)).toBe(1);
    // Four months before: well past the weeks a developing story is covered.
    const feb = namedDaysProximity(dayMentions('on Feb. 12'), june);
    expect(feb).toBeGreaterThan(0);
    expect(feb).toBeLessThan(0.5);
    // The nearest named day counts: a page naming the article's week too is on its story.
    expect(namedDaysProximity(dayMentions('on Feb. 12 and again on June 8'), june)).toBe(1);
    // A written year is kept: a day of last year is not moved to this one.
    expect(namedDaysProximity(dayMentions('on June 8, 2023'), june)).toBeLessThan(0.01);
    expect(namedDaysProximity(dayMentions('on Feb. 12'), NaN)).toBe(1);
  });

  it('a day written with a year long past recalls history: it does not place the page', () => {
    const march = day('2025-03-16');
    // "bigger than at the regime's fall, on 5 October 2000": the page reports this Saturday's march.
    expect(namedDaysProximity(dayMentions('plus nombreux que lors de la chute du régime, le 5 octobre 2000'), march)).toBe(1);
    // Last year's day, written with its year, still places it (a caption of the previous event).
    expect(namedDaysProximity(dayMentions('le 5 octobre 2024'), march)).toBeLessThan(0.1);
    // A recalled day does not hide a day of this year that the page names.
    expect(namedDaysProximity(dayMentions('le 5 octobre 2000, puis le 12 août'), march)).toBeLessThan(0.5);
  });

  it('a day of years back that opens a sentence of the lead, with no nearer day named anywhere, is the moment the page reports', () => {
    const march = day('2025-03-16');
    const text = 'On 4 August 2011, a fire destroyed the warehouses of the harbour.';
    const lead = dayMentions(text);
    const past = (opening: typeof lead, named = opening) => () => ({ opening, named });
    // An account of that past event, years from the article.
    expect(namedDaysProximity(lead, march, past(sentenceOpeningDays(text, lead)))).toBeLessThan(0.01);
    // No lead reading (said later in the text): history recalled.
    expect(namedDaysProximity(lead, march)).toBe(1);
    // A recent day the page names, even one the articles name too (so not among `unexplained`), keeps it history.
    expect(namedDaysProximity(lead, march, past(lead, [...lead, ...dayMentions('on March 14')]))).toBe(1);
    // A nearer day the page names still places it, whatever the lead recalls.
    const both = dayMentions('On 4 August 2011 a fire broke out; on March 14 a second one did.');
    expect(namedDaysProximity(both, march, past(both))).toBe(1);
  });

  it('reads a day that opens a sentence, not one the sentence refers back to', () => {
    const opens = (t: string) => sentenceOpeningDays(t, dayMentions(t)).length > 0;
    expect(opens('On 4 August 2011, a fire destroyed the warehouses.')).toBe(true);
    expect(opens('Le 21 mars 2009, le barrage a cédé. Les secours sont arrivés.')).toBe(true);
    expect(opens('The dam held for years. In the early hours of 21 March 2009, it gave way.')).toBe(true);
    expect(opens('Since 4 August 2011, the families have waited for a trial.')).toBe(false);
    expect(opens('Depuis le 4 août 2011, les familles attendent un procès.')).toBe(false);
    expect(opens('The mayor resigned almost five years after the fire of 4 August 2011.')).toBe(false);
    expect(opens('Cinq ans après le 4 août 2011, la ville se souvient.')).toBe(false);
    expect(opens('The town marked the anniversary of 4 August 2011.')).toBe(false);
  });

  it('tells a title or lead that tells its own day, by a weekday or a word of the day', () => {
    expect(toldDay('Le pays a connu samedi la plus grande marche de son histoire.')).toBe(true);
    expect(toldDay('Rescuers searched the rubble on Thursday night.')).toBe(true);
    expect(toldDay('Hier, la ville a commémoré le 4 août 2011.')).toBe(true);
    expect(toldDay('The families gathered at the harbour yesterday.')).toBe(true);
    expect(toldDay('Les familles se réunissent ce week-end.')).toBe(true);
    expect(toldDay('On 4 August 2011, a fire destroyed the warehouses.')).toBe(false);
    // A weekday inside another word, or one that names a feast or a custom, tells no day.
    expect(toldDay('The Sundays Club and the Lundin company merged.')).toBe(false);
    expect(toldDay('Le défilé du Mardi gras a réuni la ville en 2011.')).toBe(false);
    // "after Friday prayers" is the day they fell on: it tells the day.
    expect(toldDay('Crowds marched after Friday prayers.')).toBe(true);
    expect(toldDay('Candidates campaigned before Super Tuesday in 2012.')).toBe(false);
    expect(toldDay('La procession du Vendredi saint a eu lieu en 2011.')).toBe(false);
  });

  it('a page dated weeks before the first report of its story scores less, days before or after it does not', () => {
    const first = day('2025-03-16');
    expect(leadProximity(day('2025-03-11'), first)).toBe(1);
    expect(leadProximity(day('2025-04-20'), first)).toBe(1);
    expect(leadProximity(day('2025-01-20'), first)).toBeLessThan(0.2);
    // The edge (LEAD_DAYS, a week): a page 7 days before still leads it freely, 8 days before no longer.
    expect(leadProximity(day('2025-03-09'), first)).toBe(1);
    expect(leadProximity(day('2025-03-08'), first)).toBeLessThan(1);
    // An earlier event of the same actors ten days before the story's first report (the previous quake of the same
    // fault): a little over half its score; an election's previous round two weeks before: about a quarter.
    expect(leadProximity(day('2025-03-06'), first)).toBeLessThan(0.6);
    expect(leadProximity(day('2025-03-06'), first)).toBeGreaterThan(0.5);
    expect(leadProximity(day('2025-03-02'), first)).toBeLessThan(0.3);
    expect(leadProximity(day('2025-03-02'), first)).toBeGreaterThan(0.2);
    expect(leadProximity(NaN, first)).toBe(1);
    expect(leadProximity(day('2025-01-20'), Infinity)).toBe(1);
  });

  it('a page dated weeks after the last report it matches scores less unless it recalls the story', () => {
    const last = day('2025-04-04');
    const never = () => false;
    // Within three weeks (TRAIL_DAYS): a follow-up, whatever it recalls.
    expect(trailProximity(day('2025-04-25'), last, never)).toBe(1);
    expect(trailProximity(day('2025-04-26'), last, never)).toBeLessThan(1);
    // Five weeks on, recalling nothing of the story: another event of the same actors.
    expect(trailProximity(day('2025-05-09'), last, never)).toBeLessThan(0.6);
    // The same page recalling the story (one of its days, or its figure) is a follow-up.
    expect(trailProximity(day('2025-05-09'), last, () => true)).toBe(1);
    // Unknown days say nothing.
    expect(trailProximity(NaN, last, never)).toBe(1);
    expect(trailProximity(day('2025-05-09'), -Infinity, never)).toBe(1);
    // Pages before the story are leadProximity's.
    expect(trailProximity(day('2025-03-01'), last, never)).toBe(1);
  });

  it("a day a page names is one of the story's when it falls within a week of its reports", () => {
    const first = day('2025-03-28');
    const last = day('2025-04-04');
    const page = day('2025-05-16');
    expect(namesStoryDay(dayMentions('The quay collapsed on March 26 and the last crane was lifted on May 14.'), page, first, last)).toBe(true);
    expect(namesStoryDay(dayMentions('Le quai s\'est effondré le 4 avril.'), page, first, last)).toBe(true);
    // Its own day, and a day between the story and the page, are not the story's.
    expect(namesStoryDay(dayMentions('The agency said on Friday, May 16, that the figures for April were weaker.'), page, first, last)).toBe(false);
    expect(namesStoryDay(dayMentions('Talks resumed on April 22.'), page, first, last)).toBe(false);
    // A day a year back is not moved into the story's span.
    expect(namesStoryDay(dayMentions('the strike of March 30, 2023'), page, first, last)).toBe(false);
    expect(namesStoryDay([], page, first, last)).toBe(false);
  });

  it('a day told as still to come is not a day the page reports', () => {
    const at = (text: string, day: string) => toldAhead(text, text.indexOf(day));
    expect(at('The agency said on Friday, May 16, that exports fell.', 'May 16')).toBe(false);
    expect(at('Le bureau a publié ses chiffres le 16 mai.', '16 mai')).toBe(false);
    expect(at('He wants a new cabinet in place by Easter, April 20.', 'April 20')).toBe(true);
    expect(at('The next count is due on June 6.', 'June 6')).toBe(true);
    expect(at('Le prochain rapport sera publié le 6 juin.', '6 juin')).toBe(true);
    expect(at("Les syndicats ont jusqu'au 6 juin pour signer.", '6 juin')).toBe(true);
    // Only the sentence naming the day counts: a plan in the next one says nothing of it.
    expect(at('The mill closed on May 2. Workers will vote next week.', 'May 2')).toBe(false);
    // Only the clause that governs the day: a future in a reported clause, a cause, a past "next day" say nothing of it.
    expect(at('The authority said on Friday, May 9, that traffic would fall again.', 'May 9')).toBe(false);
    expect(at('The authority will say on Friday, May 9, whether traffic fell.', 'May 9')).toBe(true);
    expect(at('The mill closed on May 2 due to the strike.', 'May 2')).toBe(false);
    expect(at('On May 2, the next day, the mill closed.', 'May 2')).toBe(false);
    expect(at('The storm hit on May 9 and rescuers expected more bodies.', 'May 9')).toBe(false);
    expect(at('The mill closed on May 2 and will reopen on June 6.', 'June 6')).toBe(true);
    expect(at('On June 6, the board will vote on the plan.', 'June 6')).toBe(true);
    expect(at('Le 6 juin, le conseil sera réuni pour le budget.', '6 juin')).toBe(true);
    // French "plan" is a noun, no English "plan(s)".
    expect(at('Le ministre a annoncé le 9 mai que le plan serait revu.', '9 mai')).toBe(false);
    expect(at('Le ministre a présenté le plan le 9 mai.', '9 mai')).toBe(false);
    // One sentence splitter both sides: a question ends a sentence, a decimal point does not.
    expect(at('Will it end? The mill closed on May 2.', 'May 2')).toBe(false);
    expect(at('Prices will rise 2.5% on May 9.', 'May 9')).toBe(true);
  });

  it('one reader folds a text once for all its days', () => {
    const text = 'The mill closed on May 2. The board will meet on June 6.\nIt reopened on May 20.';
    const ahead = aheadReader(text, 'en');
    expect(dayMentions(text).map((d) => ahead(d.start))).toEqual([false, true, false]);
  });

  it("an undated page's own day is the day it names nearest the story's last report", () => {
    const last = day('2025-04-04');
    expect(new Date(ownDay(dayMentions('on May 16, after the count of March 2'), last)).toISOString().slice(0, 10)).toBe('2025-03-02');
    expect(new Date(ownDay(dayMentions('on Friday, May 16'), last)).toISOString().slice(0, 10)).toBe('2025-05-16');
    // A day written with a year long past recalls history.
    expect(ownDay(dayMentions('since May 16, 2019'), last)).toBeNaN();
    expect(ownDay([], last)).toBeNaN();
    expect(ownDay(dayMentions('on May 16'), -Infinity)).toBeNaN();
  });

  it('a weekday written before a day tells its year when two years are about as near', () => {
    expect(dayMentions('La sonde est revenue samedi\u202F7 septembre au soir.').map((d) => d.weekday)).toEqual([6]);
    expect(dayMentions('La sonde est revenue samedi 7 septembre au soir.').map((d) => d.weekday)).toEqual([6]);
    expect(dayMentions('The probe landed on Saturday, Sept. 7, in the desert.').map((d) => d.weekday)).toEqual([6]);
    expect(dayMentions('The probe landed on Sept. 7 in the desert.').map((d) => d.weekday)).toEqual([undefined]);
    // A story told until 19 March 2025: 7 September is nearer in 2025 (172 days on) than in 2024 (193 days back), but
    // 7 September 2024 was a Saturday and 7 September 2025 a Sunday.
    const last = day('2025-03-19');
    expect(new Date(ownDay(dayMentions('revenue samedi 7 septembre'), last)).toISOString().slice(0, 10)).toBe('2024-09-07');
    expect(new Date(ownDay(dayMentions('revenue dimanche 7 septembre'), last)).toISOString().slice(0, 10)).toBe('2025-09-07');
    expect(new Date(ownDay(dayMentions('revenue le 7 septembre'), last)).toISOString().slice(0, 10)).toBe('2025-09-07');
    // A weekday against a year far nearer is a slip: 4 November 2024 was a Monday, 4 November 2025 a Tuesday.
    expect(new Date(ownDay(dayMentions('a déclaré le ministre mardi 4 novembre'), day('2024-11-27'))).toISOString().slice(0, 10)).toBe('2024-11-04');
  });

  it('a day listed after another is read as that one is', () => {
    const ahead = (text: string) => {
      const at = aheadReader(text, / (?:les?|la) /.test(text) ? 'fr' : 'en');
      return dayMentions(text).map((d) => at(d.start));
    };
    expect(ahead('Les élections auront lieu les 30 juin et 7 juillet.')).toEqual([true, true]);
    expect(ahead('The two rounds will be held on June 30 and July 7.')).toEqual([true, true]);
    expect(ahead('The two rounds were held on June 30 and July 7.')).toEqual([false, false]);
    expect(ahead('Les élections auront lieu le 30 juin et le 7 juillet.')).toEqual([true, true]);
    expect(ahead('Les élections auront lieu les 30 sept. et 7 oct.')).toEqual([true, true]);
    // A full stop ends the list; "and on" before a clause of its own is no list; a word that is no month lists nothing.
    expect(ahead('Le vote aura lieu le 30 juin. Et le 7 juillet, le ministre a démissionné.')).toEqual([true, false]);
    expect(ahead('The law will take effect on 30 June. And on 7 July the minister resigned.')).toEqual([true, false]);
    expect(ahead('The vote will take place on 30 Sept. And on 7 Oct. the minister resigned.')).toEqual([true, false]);
    expect(ahead('The election will be held on Nov. 5 and on Sept. 17 the candidate quit the race.')).toEqual([true, false]);
    expect(ahead('The rounds will be held on Nov. 5 and on Nov. 19.')).toEqual([true, true]);
  });

  it('"widely expected", "as expected" tell no future; "is expected", "expected to" do', () => {
    const ahead = (text: string) => toldAhead(text, text.indexOf('Sept.'), 'en');
    expect(ahead('The bank cut its rate on Sept. 17 in a widely expected move.')).toBe(false);
    expect(ahead('As expected, the bank cut its rate on Sept. 17.')).toBe(false);
    expect(ahead('A cut is expected on Sept. 17.')).toBe(true);
    expect(ahead('The bank is widely expected to cut its rate on Sept. 17.')).toBe(true);
    // As a predicate after a form of "be", "expected" still tells a thing to come.
    expect(ahead('A quarter-point cut on Sept. 17 is widely expected.')).toBe(true);
    expect(ahead('A cut on Sept. 17 is generally expected by markets.')).toBe(true);
    expect(ahead('The bank made a largely expected cut on Sept. 17.')).toBe(false);
  });

  it("a day that closes a period is no day the text reports", () => {
    const ends = (text: string) => {
      const at = periodEndReader(text);
      return dayMentions(text).map((d) => at(d.start));
    };
    expect(ends('Its net loss in the fiscal year ending Sept. 30 was 1.5 billion euros, it said on Nov. 19.')).toEqual([true, false]);
    expect(ends('For the quarter ended June 30, sales rose.')).toEqual([true]);
    expect(ends("Sur l'exercice clos le 30 septembre, la perte atteint 1,5 milliard.")).toEqual([true]);
    expect(ends('Les comptes arrêtés au 31 mars montrent une perte.')).toEqual([true]);
    expect(ends('For the six months ended June 30, sales rose.')).toEqual([true]);
    // An event's own day, with no period's noun before the verb: the day the page reports.
    expect(ends('The plant closed on Sept. 30 after the fire.')).toEqual([false]);
    expect(ends("L'ancien président a été arrêté le 15 janvier à Séoul.")).toEqual([false]);
    expect(ends('The strike ended on Oct. 3 after a deal.')).toEqual([false]);
    expect(ends('The border was closed on Sept. 30 after the attack.')).toEqual([false]);
    expect(ends('The walkout of two months ended on Oct. 3.')).toEqual([false]);
  });

  it("an undated article's title day is taken in the year nearest the page's", () => {
    expect(new Date(titleDay('Manifestation du 31 décembre', day('2025-01-02'))).toISOString().slice(0, 10)).toBe('2024-12-31');
  });
});

describe('titlePeriodEnd', () => {
  it('reads a month written with its year as the last day of that month', () => {
    expect(titlePeriodEnd('Coastal Storm Situation Report Oct 2015')).toBe(Date.UTC(2015, 9, 31));
    expect(titlePeriodEnd('Inondations dans le sud : bilan de février 2006')).toBe(Date.UTC(2006, 1, 28));
    expect(titlePeriodEnd('12 November 2019: the regional vote')).toBe(Date.UTC(2019, 10, 30));
  });
  it('reads no period from a title without a month and its year', () => {
    expect(titlePeriodEnd('Storm kills 27 in the port city')).toBeNaN();
    expect(titlePeriodEnd('Turnout in 2017 was higher')).toBeNaN();
    expect(titlePeriodEnd('Floods kill 12 on October 3')).toBeNaN();
  });
  it('reads no period told as a reference point', () => {
    expect(titlePeriodEnd('Worst flooding since March 2019 hits the valley')).toBeNaN();
    expect(titlePeriodEnd('Prix en hausse depuis janvier 2022')).toBeNaN();
  });
  it('reads "may" as a month only when capitalised', () => {
    expect(titlePeriodEnd('officials say the fund may 2030 targets slip')).toBeNaN();
    expect(titlePeriodEnd('Local elections May 2021')).toBe(Date.UTC(2021, 4, 31));
  });
});
