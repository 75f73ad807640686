import { describe, expect, it } from 'vitest';
import { speakerOf } from './test-speakers';


// speaker37: data or a report named by its maker, the subject of a verb of showing: the maker speaks.
describe('the maker of data that show a figure speaks for it', () => {
  it('reads the maker after "from / of" in English, an apposition between', () => {
    expect(speakerOf('The latest figures from the Northern Health Agency indicate that 3,400 cases were reported.', '3,400', 'en')).toMatch(/Northern Health Agency/);
    expect(speakerOf('New data from Statland, the national statistics office, show that prices rose 2.3% in May.', '2.3%', 'en')).toMatch(/Statland/);
  });

  it('reads the maker after "du / de la" in French, a speaker group whole', () => {
    expect(speakerOf("Le rapport du CNRS a montré que 41 % des glaciers ont reculé.", '41 %', 'fr')).toMatch(/CNRS/);
    expect(speakerOf("Les derniers chiffres du ministère de l'Intérieur indiquent 5 200 interpellations.", '5 200', 'fr')).toMatch(/ministère de l'Intérieur/);
  });

  it('never reads a word of the maker\'s complement as its name, nor a report of an event', () => {
    expect(speakerOf("Les chiffres du ministère de la Santé montrent 230 décès.", '230', 'fr')).toMatch(/ministère de la Santé/);
    expect(speakerOf('The report of the flood showed 120 deaths.', '120', 'en')).toBeUndefined();
  });

  it('never reads a place as the maker', () => {
    expect(speakerOf('Data from Northport show that 40 people died.', '40', 'en') ?? '').not.toMatch(/^Northport$/);
    expect(speakerOf("Les chiffres de Valmont montrent 230 décès.", '230', 'fr') ?? '').not.toMatch(/^Valmont$/);
    expect(speakerOf("Le bilan de Valmont fait état de 30 morts.", '30', 'fr') ?? '').not.toMatch(/^Valmont$/);
  });
});
