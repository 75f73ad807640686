import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';
import { findDates } from './dates';
import { fig, verdicts } from '../../test/support/figure-probes';

/** The figures of a sentence read as a length in seconds, as [text, seconds]. */
const seconds = (text: string, lang: 'fr' | 'en'): Array<[string, unknown]> =>
  extractFigures(text, lang).filter((f) => f.unit === 'seconds').map((f) => [f.text, f.low]);

describe('lengths told to the second: review of unit43a (fix43)', () => {
  it('reads a long live blog of clock lines in time linear in its length', () => {
    const line = "08:00 le coureur a pris 1 min 3 s d'avance sur le groupe, puis 12:30 au sommet.\n";
    const big = line.repeat(3200);
    // The fastest of three runs: the machine is shared, one run may be slowed.
    const time = (t: string): number => Math.min(...[0, 1, 2].map(() => {
      const t0 = performance.now();
      findDates(t, 'fr');
      return performance.now() - t0;
    }));
    // 256,000 characters: a linear reader takes about 100 ms here, the quadratic one it replaced over 2 s.
    expect(time(big)).toBeLessThan(800);
  });
  it('ends the length at its own end when the hours word is no number, and reads no hours inside a word', () => {
    expect(seconds('The home side led with 12 minutes and 5 seconds left.', 'en')).toEqual([['12 minutes and 5 seconds', 725]]);
    expect(seconds('They scored in the eighth 2 minutes and 10 seconds after the break.', 'en')).toEqual([['2 minutes and 10 seconds', 130]]);
  });
  it('opens the rounding window only for a length read to the second', () => {
    expect(verdicts('The earthquake shook the city for 90 seconds.', 'en', 'The earthquake shook the city for two minutes.', 'en')).not.toContain('overlaps');
    expect(verdicts('The Dutch rider finished 4:12 behind the winner.', 'en', 'Le coureur néerlandais a terminé à quatre minutes du vainqueur.', 'fr')).toContain('overlaps');
  });
  it('keeps a clock hour a clock hour before an adverb of a gap', () => {
    expect(fig('The council met at 10:30 behind closed doors.', 'en', '10:30').unit).toBe('time');
    expect(fig('The minister arrived at 9:45 back from a summit.', 'en', '9:45').unit).toBe('time');
    expect(fig('She finished 4:12 behind the winner.', 'en', '4:12').unit).toBe('seconds');
  });
  it('reads an uncued colon value as a length only when a list joins it to a length', () => {
    expect(fig("Le coureur a fini à 2:10 du vainqueur, l'arrivée étant jugée à 17:45 devant la mairie.", 'fr', '17:45').unit).not.toBe('seconds');
    expect(fig('The ratio was 1:50 in the model, and it took 2 min 3 s to run.', 'en', '1:50').unit).not.toBe('seconds');
    expect(fig('Read chapter 3:16 in 2 min 30 s before the class.', 'en', '3:16').unit).not.toBe('seconds');
    // A list of gaps still is one.
    expect(fig('La coureuse compte 3:40 d’avance sur sa rivale et 5:02 sur la troisième.', 'fr', '5:02').low).toBe(302);
    expect(fig('The first rider finished 2:05 minutes behind and the second 3:10.', 'en', '3:10').low).toBe(190);
  });
  it('reads no feet and inches as minutes and seconds in English', () => {
    expect(seconds("The 6'10 forward scored 30 points.", 'en')).toEqual([]);
    expect(seconds("The new center is 7'01 tall.", 'en')).toEqual([]);
    expect(fig("She won the final in 2'05'' ahead of her rival.", 'en', "2'05").low).toBe(125);
    expect(fig("She finished 1'12 behind the winner.", 'en', "1'12").low).toBe(72);
  });
});

describe('a list of gaps whose next member is named in full (fix43)', () => {
  it('reads the next gap after "et" and a name with its article and nationality', () => {
    expect(fig('Elle devance au classement final sa coéquipière de 2:41 et la Suisse Anna Keller de 7:05.', 'fr', '7:05').low).toBe(425);
    expect(fig('Il était à 1 minute et 3 secondes derrière elle et le coureur belge Jan Peeters à 1:25 en troisième position.', 'fr', '1:25').low).toBe(85);
  });
});
