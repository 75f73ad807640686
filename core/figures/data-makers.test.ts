import { describe, expect, it } from 'vitest';
import { findSpeaker } from './attribution';

/** The speaker findSpeaker gives the first occurrence of `quote` in `text`. */
const speakerOf = (text: string, quote: string, lang: 'fr' | 'en'): string | undefined => {
  const at = text.indexOf(quote);
  if (at < 0) throw new Error(`"${quote}" not in the text`);
  return findSpeaker(text, at, at + quote.length, lang);
};

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
    expect(speakerOf("Les chiffres du ministère de la Santé montrent 230 décès.", '230', 'fr')).not.toMatch(/^(?:la )?Santé$/);
    expect(speakerOf('The report of the flood showed 120 deaths.', '120', 'en')).toBeUndefined();
  });
});
