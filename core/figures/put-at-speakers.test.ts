import { describe, expect, it } from 'vitest';
import { speakerOf } from './test-speakers';

// spk42: "X put(s) the <measure> [of …] at <value>": the subject of the estimate's verb gives the value.
describe('the subject of "put the measure at" gives its value', () => {
  it('reads a measure with a complement between it and "at"', () => {
    expect(speakerOf('The coast guard put the number of people still missing at nine.', 'nine', 'en')).toMatch(/coast guard/);
    expect(speakerOf('The regional authorities have put the death toll from the storm at 23.', '23', 'en')).toMatch(/authorities/);
    expect(speakerOf('Local officials had initially put the death toll on Monday at 40 or more.', '40', 'en')).toMatch(/officials/);
  });

  it('reads "puts", two words before the measure and another measure than a count', () => {
    expect(speakerOf('The pollster puts the margin of error for the survey at 3 percent.', '3 percent', 'en')).toMatch(/pollster/);
    expect(speakerOf('The ministry put the overall death toll at 150 on Friday.', '150', 'en')).toMatch(/ministry/);
    expect(speakerOf('The geological agency put the magnitude of the tremor at 6.1.', '6.1', 'en')).toMatch(/agency/);
  });

  it("gives a pronoun's value to its antecedent", () => {
    expect(speakerOf('The fire service said 5 people had died. It put the number of missing at 13.', '13', 'en')).toMatch(/fire service/);
  });

  it('says nothing when no value follows "at", nor when the complement holds a number', () => {
    expect(speakerOf('The ministry put the level of the river at risk of flooding, and 12 homes were evacuated.', '12', 'en')).toBeUndefined();
    expect(speakerOf('The mayor put the cost of the 2 bridges at the top of the agenda, and 30 workers were hired.', '30', 'en')).toBeUndefined();
    expect(speakerOf('The drought put the river level at one of its lowest points; 40 boats were stranded.', '40', 'en')).toBeUndefined();
    expect(speakerOf('The mayor put the cost at the heart of two campaigns; 30 workers were hired.', '30', 'en')).toBeUndefined();
  });
});

describe('a floating "both" after coordinated subjects is no part of the speaker', () => {
  it('reads the subject before "both"', () => {
    expect(speakerOf('The governor and the regional police both put the death toll at 14.', '14', 'en')).toMatch(/police$/);
  });
});
