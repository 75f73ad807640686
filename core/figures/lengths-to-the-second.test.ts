import { describe, expect, it } from 'vitest';
import { fig, verdicts } from '../../test/support/figure-probes';
import { inUnitOf } from './unit-scales';

describe('lengths told to the second, whatever their notation (unit43a)', () => {
  it('reads minutes and seconds with their nouns as one length in seconds, in both languages', () => {
    const en = fig('The rower finished the course in 12 minutes, 8 seconds on Sunday.', 'en', '12');
    expect(en.unit).toBe('seconds');
    expect(en.low).toBe(728);
    expect(fig('She was two minutes and five seconds behind the leader.', 'en', 'two').low).toBe(125);
    expect(fig("La nageuse l'emporte en 2 min 8 s devant sa rivale.", 'fr', '2').low).toBe(128);
    expect(fig("La coureuse a terminé avec une minute et 9 secondes d'avance.", 'fr', 'minute').low).toBe(69);
    expect(fig('Le marathonien a couru en 2h 05min 12s.', 'fr', '2h').low).toBe(7512);
    expect(fig('Il a bouclé la course en 70 h 12 min 30 s.', 'fr', '70').low).toBe(70 * 3600 + 12 * 60 + 30);
  });
  it('reads the prime notation of results as minutes and seconds, and leaves a Swiss thousands group a number', () => {
    expect(fig("Le skieur a devancé son coéquipier de 1'12 au final.", 'fr', "1'12").low).toBe(72);
    expect(fig("Elle a fini à 3'05'' de la gagnante.", 'fr', "3'05").low).toBe(185);
    expect(fig("Le canton compte 12'000 habitants.", 'fr', "12'000").unit).not.toBe('seconds');
  });
  it('reads a colon value as minutes and seconds when the sentence tells a gap or a time', () => {
    expect(fig('The Dutch rider finished 4:12 behind the winner.', 'en', '4:12').low).toBe(252);
    expect(fig('He crossed the line with a time of 52:40 on Friday.', 'en', '52:40').low).toBe(3160);
    expect(fig('La coureuse compte 3:40 d’avance sur sa rivale et 5:02 sur la troisième.', 'fr', '5:02').low).toBe(302);
    expect(fig('Le Norvégien a terminé à 2:10 du vainqueur.', 'fr', '2:10').unit).toBe('seconds');
    expect(fig('She won by a margin of 0:45 after a late attack.', 'en', '0:45').low).toBe(45);
  });
  it('keeps a clock hour a clock time, a score a score and a ratio a ratio', () => {
    expect(fig('The council meets at 6:15 on Monday.', 'en', '6:15').unit).toBe('time');
    expect(fig('The polls close at 8:30 p.m. and results follow.', 'en', '8:30').unit).toBe('time');
    expect(fig('La séance reprend à 14:30 du mardi au jeudi.', 'fr', '14:30').unit).toBe('time');
    expect(fig('Le train est parti vers 18:40 et le suivant à 19:10.', 'fr', '19:10').unit).toBe('time');
    expect(fig('UPDATE: 15:55', 'en', '15:55').unit).toBe('time');
    expect(fig('The two firms formed a 50:50 joint venture in March.', 'en', '50').unit).not.toBe('seconds');
  });
  it('meets one length written two ways, and keeps two lengths apart', () => {
    expect(verdicts('The Dutch rider finished 4:12 behind the winner.', 'en', 'Le coureur néerlandais a terminé à 4 minutes et 12 secondes du vainqueur.', 'fr')).toContain('agrees');
    expect(verdicts('The Dutch rider finished 252 seconds behind the winner.', 'en', "Le coureur néerlandais a terminé à 4'12 du vainqueur.", 'fr')).toContain('agrees');
    expect(verdicts('The Dutch rider finished 4:12 behind the winner.', 'en', 'Le coureur néerlandais a terminé à 4 minutes et 19 secondes du vainqueur.', 'fr')).not.toContain('agrees');
  });
  it('reads a whole number of minutes beside a length to the second as its rounding: overlaps, not differs', () => {
    const sec = { unit: 'seconds', low: 377, high: 377, countsKey: ['seconds'], toTheSecond: true as const };
    const min = { unit: 'minutes', low: 6, high: 6, countsKey: ['minutes'] };
    const g = inUnitOf(sec, min);
    expect(g.unit).toBe('seconds');
    expect(g.low).toBeLessThanOrEqual(377);
    expect(g.high).toBeGreaterThanOrEqual(377);
    expect(g.low).not.toBe(g.high);
    const back = inUnitOf(min, sec);
    expect(back.low).not.toBe(back.high);
    // Equal values stay one point; a value outside the window is converted as it is (a real difference).
    expect(inUnitOf({ unit: 'seconds', low: 360, high: 360, toTheSecond: true }, min).low).toBe(360);
    expect(inUnitOf({ unit: 'seconds', low: 500, high: 500, toTheSecond: true }, min).high).toBe(360);
    // Seconds counted by their noun, not read to the second: converted as they are.
    expect(inUnitOf({ unit: 'seconds', low: 377, high: 377 }, min).low).toBe(360);
    expect(inUnitOf({ unit: 'seconds', low: 377, high: 377 }, min).high).toBe(360);
    // Minutes against hours are untouched: the window is for a length told to the second only.
    expect(inUnitOf({ unit: 'minutes', low: 150, high: 150 }, { unit: 'hours', low: 2, high: 2, countsKey: ['hours'] }).low).toBe(120);
  });
});
