import { describe, expect, it } from 'vitest';
import { speakerOf } from './test-speakers';


// speaker36: who decides a penalty or an order gives its figures, as who asks for one.
describe('the maker of a decision speaks for its figures', () => {
  it('reads the agent of a decision in the passive, in both languages', () => {
    expect(speakerOf('The former banker was sentenced to 12 years in prison by a judge in Boston on Friday.', '12 years', 'en')).toBe('judge in Boston');
    expect(speakerOf('Both managers were fined $40,000 each by the regional court.', '$40,000', 'en')).toBe('regional court');
    expect(speakerOf("L'ancien maire a été condamné à 8 ans de prison par le tribunal correctionnel.", '8 ans', 'fr')).toMatch(/^tribunal/);
  });

  it('reads the subject of an active verb of deciding, a day or an object pronoun between', () => {
    expect(speakerOf('A federal judge on Tuesday sentenced the trader to 9 years in prison.', '9 years', 'en')).toMatch(/judge/);
    expect(speakerOf('Judge Maria Lopez also ordered a $3 million forfeiture.', '$3 million', 'en')).toMatch(/Maria Lopez$/);
    expect(speakerOf("Mardi, un juge l'a condamné à 6 ans de prison ferme.", '6 ans', 'fr')).toMatch(/^juge/);
    expect(speakerOf("Les autorités ont ordonné l'évacuation de 40 000 habitants.", '40 000', 'fr')).toBe('autorités');
  });

  it('reads a request with an adverb, "en" or the imperfect', () => {
    expect(speakerOf('Le parquet avait initialement requis 15 ans de réclusion.', '15 ans', 'fr')).toBe('parquet');
    expect(speakerOf('Il risquait 30 ans ; le parquet en avait requis 10.', '10', 'fr')).toBe('parquet');
  });

  it('never takes a place after a preposition, nor a speech for a decision, nor a present request for the other side', () => {
    expect(speakerOf('Judge Ann Roe of the District Court for the Northern District handed down a 7-year sentence.', '7-year', 'en') ?? '').not.toMatch(/Northern|District of/);
    expect(speakerOf("Lorsqu'il a prononcé son discours, 300 personnes étaient présentes.", '300', 'fr')).toBeUndefined();
    expect(speakerOf("Le syndicat réclame une hausse de 20 %, tandis que la direction propose une hausse de 5 %.", '5 %', 'fr')).not.toBe('syndicat');
    expect(speakerOf("Le syndicat réclamait une hausse de 20 %, tandis que la direction proposait une hausse de 5 %.", '5 %', 'fr')).not.toBe('syndicat');
  });
});

// speaker36: who identifies a person gives the age the identification holds.
describe('the identifier of a person speaks for the age it gives', () => {
  it('reads the subject of "identified … as" and the agent of its passive, in both languages', () => {
    expect(speakerOf('Local police have since identified the driver as John Doe, 47, of Springfield.', '47', 'en')).toMatch(/police/);
    expect(speakerOf('The driver, identified by local media as a 47-year-old mechanic, was arrested.', '47-year-old', 'en')).toBe('local media');
    expect(speakerOf('Le conducteur, identifié par la presse locale comme un mécanicien de 47 ans, a été arrêté.', '47 ans', 'fr')).toBe('presse locale');
  });

  it('names nobody when the passive has no agent', () => {
    expect(speakerOf('The driver, identified as a 47-year-old mechanic, was arrested.', '47-year-old', 'en')).toBeUndefined();
  });
});

// fixspeaker36: a decision's maker never replaces who says it, nor speaks for what it does not decide.
describe('a decision gives way to a saying and keeps to its object', () => {
  it('leaves a sentence to its sayer (PATTERNS first)', () => {
    expect(speakerOf('A judge sentenced him to 9 years in prison, prosecutors said.', '9 years', 'en')).toBe('prosecutors');
    expect(speakerOf('The court ordered a $2 million fine, the agency said.', '$2 million', 'en')).toBe('agency');
    expect(speakerOf('He was sentenced to 5 years in prison by the court, his lawyer said.', '5 years', 'en')).toBe('his lawyer');
    expect(speakerOf('Le tribunal a condamné le banquier à 5 ans de prison, a indiqué le parquet.', '5 ans', 'fr')).toBe('parquet');
  });

  it('reads "condamner" as a sentence only with its penalty after it', () => {
    expect(speakerOf("Le président Emmanuel Macron a fermement condamné l'attaque, qui a fait 12 morts.", '12 morts', 'fr')).toBeUndefined();
    expect(speakerOf("L'attaque, qui a fait 12 morts, a été condamnée par le gouvernement.", '12 morts', 'fr')).toBeUndefined();
    expect(speakerOf('Le tribunal a condamné le banquier à 5 ans de prison.', '5 ans', 'fr')).toBe('tribunal');
  });

  it('gives a decision no figure before its verb', () => {
    expect(speakerOf('The crash killed 12 people and the judge later sentenced the driver.', '12 people', 'en')).toBeUndefined();
    expect(speakerOf('The storm killed 12 people, and the governor ordered schools closed.', '12 people', 'en')).toBeUndefined();
  });

  it('reads the pronoun object, never a clause opener, as no part of the maker', () => {
    expect(speakerOf('Le maire lui a infligé une amende de 500 euros.', '500 euros', 'fr')).toBe('maire');
    expect(speakerOf("Lorsqu'il a ordonné l'évacuation, 300 personnes étaient présentes.", '300', 'fr')).toBeUndefined();
  });

  it('takes only a group or a name as the identifier', () => {
    expect(speakerOf('The victim, identified by dental records as a 34-year-old man, lived alone.', '34-year-old', 'en')).toBeUndefined();
    expect(speakerOf('La victime, identifiée par les empreintes digitales comme un homme de 34 ans, vivait seule.', '34 ans', 'fr')).toBeUndefined();
  });

  it('reads no participle qualifying a noun as a decision, and a name before its title', () => {
    expect(speakerOf('Sanctions imposed on the country cut exports by 30%.', '30%', 'en')).toBeUndefined();
    expect(speakerOf('Customers ordered 300 meals on the first day.', '300', 'en')).toBeUndefined();
    expect(speakerOf('The trader was sentenced to 9 years in prison by Judge Maria Lopez.', '9 years', 'en')).toBe('Judge Maria Lopez');
  });
});
