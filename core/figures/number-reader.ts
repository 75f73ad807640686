/**
 * The state shared by the handlers that read one number phrase (numbers.ts drives them; digit-numbers.ts,
 * word-numbers.ts and ordinal-words.ts hold them): the phrase's kinds and shape, the running value, and
 * what a handler answers.
 */
import type { Lang } from '../types';
import type { Tok } from './tokens';
import type { Tables } from './number-words';

/** 'vague': an open lower bound ('des milliers'); 'approx': about the value ('une quarantaine'). */
export type NumKind = 'cardinal' | 'ordinal' | 'fraction' | 'vague' | 'approx';

export interface NumPhrase {
  /** Token indices [first, last + 1). */
  i0: number;
  i1: number;
  start: number;
  end: number;
  value: number;
  kind: NumKind;
  /** Written with words only (no digit): "trois", "dix mille". */
  words: boolean;
  /** Where the counted noun is when it stands inside the phrase ("un fonctionnaire sur trois"): a token index. */
  headAt?: number;
}


/** The running value: units add inside a below-thousand segment, scales close it into the total. */
export interface State {
  total: number;
  seg: number;
  lastMult: number;
  lastUnit: number;
  end: number; // token index after the last consumed token
  words: boolean;
  hasDigit: boolean;
}

/** Everything a handler may read or change while one phrase is read. */
export interface Reader {
  toks: Tok[];
  /** Where the phrase starts (its sign, if any). */
  i: number;
  lang: Lang;
  T: Tables;
  sign: number;
  st: State;
  kind: NumKind;
  started: boolean;
  /** The state before "and/et": restored when what follows the connector does not continue the number. */
  checkpoint: State | null;
  decimalDigits: boolean;
  /** The previous consumed token was digits ("4000 3" is two numbers; "4 mille 3" is one). */
  lastWasDigits: boolean;
}

/** A handler's answer: the token index to read next, STOP (the phrase ends here), or the whole answer. */
export const STOP = -1;
export type Next = number | { done: NumPhrase | null };

export function mk(toks: Tok[], i0: number, i1: number, value: number, kind: NumKind, words: boolean): NumPhrase {
  return { i0, i1, start: toks[i0].start, end: toks[i1 - 1].end, value, kind, words };
}
