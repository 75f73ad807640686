import { describe, expect, it } from 'vitest';
import { DATELINE_MAX_WORDS, DATELINE_MONTH, DATELINE_PREFIX_CHARS, datelineCredit, datelineEndWord, datelineLead, inDateline, type DatelineWords } from './dateline';
import { FR_MONTH_ABBREVIATIONS, MONTH_ABBREVIATIONS, monthNumber } from '../dates/day';

const noRegion = () => false;
const credited = (text: string, isRegion: (b: string, from: number) => boolean = noRegion): string | undefined => {
  const c = datelineCredit(text, isRegion);
  return c && text.slice(c[0], c[1]);
};

describe('dateline months', () => {
  const month = new RegExp(`^${DATELINE_MONTH}$`, 'u');
  it('reads a month word in either language, any case, abbreviated or whole, accented or not', () => {
    for (const w of ['févr.', 'fevr', 'fév.', 'fev', 'FÉVRIER', 'fevrier', 'avr.', 'juil.', 'JUILLET', 'août', 'aout', 'déc.', 'décembre', 'Dec.', 'Sept.', 'September', 'Oct.', 'march', 'May']) {
      expect(month.test(w), w).toBe(true);
    }
  });
  it('refuses what is no month, a cut that names none ("jui" is juin or juillet), or a word that only opens like one', () => {
    for (const w of ['digues', 'jui.', 'lundi', 'Velmor', 'Marseau', 'Mayor', 'décor', 'Novel', 'Octant', 'Augure', 'Septs']) expect(month.test(w), w).toBe(false);
  });
  it('reads every cut the sentence splitter keeps before a day, and every cut monthNumber names', () => {
    for (const w of MONTH_ABBREVIATIONS) expect(month.test(`${w}.`), w).toBe(true);
    for (const w of MONTH_ABBREVIATIONS) expect(monthNumber(w), w).toBeGreaterThan(0);
  });
  it('takes the French abbreviations that monthNumber reads, each for its month', () => {
    expect(FR_MONTH_ABBREVIATIONS.map(monthNumber)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });
});

describe('datelineCredit', () => {
  it('finds the outlet in brackets or after a day, in one of the first lines', () => {
    expect(credited('Bridge closes for repairs\nVELMOR (Kestrel Wire) — The bridge closed on Monday.')).toBe('Kestrel Wire');
    expect(credited('VALDOR, 4 févr., KESTRELPRESS: Le pont a fermé lundi.')).toBe('KESTRELPRESS');
    expect(credited('Velmor, Nov. 3, 2025 (Kestrel) - The bridge closed.')).toBe('Kestrel');
    expect(credited('VALDOR, 3 fév. (KW) - Le pont a fermé.')).toBe('KW');
    expect(credited('VALDOR, 3 févr. (KW) - Le pont a fermé.')).toBe('KW');
  });
  it('reads no day in a word that only opens like a month', () => {
    expect(credited('Velmor, Mayor 3 (Kestrel) - The bridge closed.')).toBeUndefined();
    expect(credited('Velmor, 3 Marseau (Kestrel) - The bridge closed.')).toBeUndefined();
  });
  it('leaves a region alone: a bracket the caller knows as a place, or no day before a comma', () => {
    expect(credited('VELMOR (Ostria) — The bridge closed.', (b) => b === 'Ostria')).toBeUndefined();
    expect(credited('VALDOR, OSTRIA: The bridge closed.')).toBeUndefined();
    expect(credited('Velmor (Ostria) - Le pont a fermé.')).toBeUndefined();
    expect(credited('A line.\nAnother line.\nA third.\nVELMOR (Kestrel) - too far down.')).toBeUndefined();
  });
  it('tells the region reader where the bracket ends', () => {
    const text = 'VELMOR (Kestrel) — The bridge closed.';
    let from = -1;
    datelineCredit(text, (_b, f) => ((from = f), false));
    expect(from).toBe(text.indexOf(')'));
  });
});

describe('datelineLead', () => {
  const lead = (line: string, form: 'uncased' | 'place') => datelineLead(line + '2024', 0, line.length, form);
  it('uncased: no lower-case letter before the date', () => {
    expect(lead('VELMOR, ', 'uncased')).toBe(true);
    expect(lead('12:05 - ', 'uncased')).toBe(true);
    expect(lead('Velmor, ', 'uncased')).toBe(false);
  });
  it('place: capitals, perhaps an agency in capitals, then a dash or a comma', () => {
    expect(lead('VELMOR (KW) - ', 'place')).toBe(true);
    expect(lead('DIA-', 'place')).toBe(true);
    expect(lead('12:05 - ', 'place')).toBe(false);
    expect(lead('VELMOR ', 'place')).toBe(false);
  });
  it('place: a hyphenated place, an agency of several words in capitals', () => {
    expect(lead('SAINT-VELMOR, ', 'place')).toBe(true);
    expect(lead('OSTRIA-DEL-NORTE - ', 'place')).toBe(true);
    expect(lead('VELMOR (KESTREL WIRE) - ', 'place')).toBe(true);
    expect(lead('VELMOR- ', 'place')).toBe(true);
    expect(lead('-VELMOR, ', 'place')).toBe(false);
  });
  it('no further than DATELINE_PREFIX_CHARS into the line', () => {
    const fits = 'V'.repeat(DATELINE_PREFIX_CHARS - 2) + ', ';
    expect(fits.length).toBe(DATELINE_PREFIX_CHARS);
    expect(lead(fits, 'uncased')).toBe(true);
    expect(lead(fits, 'place')).toBe(true);
    const long = 'V' + fits;
    expect(lead(long, 'uncased')).toBe(false);
    expect(lead(long, 'place')).toBe(false);
    const text = 'A first line.\nVELMOR, 3 mars';
    expect(datelineLead(text, text.indexOf('\n') + 1, text.indexOf('3'), 'place')).toBe(true);
  });
});

describe('inDateline', () => {
  const figure = (text: string, fig: string) => {
    const start = text.indexOf(fig);
    return inDateline(text, 0, start, start + fig.length);
  };
  it('a figure between a place in capitals and a colon or a dash is the dateline\'s', () => {
    expect(figure('KWA-12 mai 2023: Le pont a fermé.', '12 mai 2023')).toBe(true);
    expect(figure('VELMOR, 12 (KW) - Le pont a fermé.', '12')).toBe(true);
    expect(figure('VELMOR, 12 (KESTREL WIRE) - Le pont a fermé.', '12')).toBe(true);
    expect(figure('VELMOR, 12 (Kestrel Wire) - The bridge closed.', '12')).toBe(true);
    expect(figure('SAINT-VELMOR, 12 (KW) - Le pont a fermé.', '12')).toBe(true);
  });
  it('a figure in a sentence, or with no close after it, is not', () => {
    expect(figure('Velmor, 12 ponts ont fermé.', '12')).toBe(false);
    expect(figure('VELMOR, 12 ponts ont fermé.', '12')).toBe(false);
  });
});

describe('datelineEndWord', () => {
  /** Words of a one-sentence text, as the passages' analysis cuts them (letters and digits, lower-cased). */
  const cut = (text: string): DatelineWords => {
    const ms = [...text.matchAll(/[\p{L}\p{N}'’-]+/gu)].filter((m) => !/^-+$/.test(m[0]));
    return { wordStarts: ms.map((m) => m.index!), wordEnds: ms.map((m) => m.index! + m[0].length), wordNorms: ms.map((m) => m[0].toLowerCase()) };
  };
  const end = (text: string, time: string[] = []): string | null => {
    const a = cut(text);
    const w = datelineEndWord(a, 0, { start: 0, end: text.length, text }, (n) => time.includes(n));
    return w < 0 ? null : String(a.wordNorms[w]);
  };
  it('ends at a spaced dash a capital or a quote follows', () => {
    expect(end('VELMOR (KW) — The bridge closed.')).toBe('kw');
    expect(end('Velmor, 3 avril (Kestrel) - Le pont a fermé.', ['avril'])).toBe('kestrel');
    expect(end('Saint-Port de la Rive -- « Nous fermons », dit-il.')).toBe('rive');
    expect(end('Velmor – The bridge closed.')).toBe('velmor');
    expect(end('Velmor — The bridge closed.')).toBe('velmor');
  });
  it('reads a period after a month\'s cut or a word in capitals, as the module header\'s examples write it', () => {
    expect(end('VELMOR, 3 déc. (KW) - Le pont a fermé.')).toBe('kw');
    expect(end('VELMOR, Oct. 21 (KW) — The bridge closed.')).toBe('kw');
    expect(end('VELMOR D.C. (KW) — The bridge closed.')).toBe('kw');
  });
  it('reads a month in lower case, whole or cut, without the caller\'s time words', () => {
    expect(end('Velmor, 3 avril (Kestrel) - Le pont a fermé.')).toBe('kestrel');
  });
  it('refuses a period after an ordinary word', () => {
    expect(end('Velmor. Ostria (KW) — The bridge closed.')).toBeNull();
  });
  it('refuses a lower-case word that is neither a joiner nor a time word, a dash a lower-case word follows, or a bracket left open', () => {
    expect(end('Velmor, 3 ponts (Kestrel) - Le pont a fermé.')).toBeNull();
    expect(end('Velmor, lundi (Kestrel) - Le pont a fermé.')).toBeNull();
    expect(end('Velmor, lundi (Kestrel) - Le pont a fermé.', ['lundi'])).toBe('kestrel');
    expect(end('Ana Velmor – who leads the union – spoke.')).toBeNull();
    expect(end('Velmor (Union – KW), which won.')).toBeNull();
  });
  it('runs at most DATELINE_MAX_WORDS words', () => {
    const run = (n: number) => Array.from({ length: n }, (_, i) => `Velmor${i}`).join(' ');
    expect(end(`${run(DATELINE_MAX_WORDS + 1)} – The bridge closed.`)).toBeNull();
    expect(end(`${run(DATELINE_MAX_WORDS)} – The bridge closed.`)).toBe(`velmor${DATELINE_MAX_WORDS - 1}`);
  });
});
