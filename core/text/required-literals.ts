/**
 * Literal words a regular expression cannot match without, read from its source: a cheap test that skips
 * running a large pattern on a text that lacks them. The attribution patterns (core/figures/attribution.ts)
 * are tried one after another on every stretch of a sentence, and each is unanchored, so the engine tries
 * it from every position of the stretch; most stretches hold none of a pattern's verbs or nouns ("said",
 * "a déclaré", "according to"), and a search for those words costs a fraction of the pattern's.
 *
 * Sound by construction, never a guess: a part of the pattern counts only when every match holds it, i.e.
 * a run of plain characters, or a group, that is neither optional nor inside an optional or alternative
 * part, in the top-level sequence of the pattern or of such a group's every alternative. Anything else
 * (classes, escapes other than an escaped punctuation mark, lookarounds, back-references) is read as
 * "unknown" and ends a run. Case-insensitive, global, sticky and `v` patterns are never filtered (case folding,
 * lastIndex and nested classes would make the test differ from the match).
 */

/** One requirement: at least one of these literals occurs in the text (tested by one alternation). */
type Need = RegExp;

/** Requirements with the same literals are one object, so the patterns that share them (a list of verbs of saying)
 * test a text once (mayMatch's `seen`). */
const interned = new Map<string, Need>();
/** Requirements tested per pattern: the strongest two (longest shortest literal), so a pattern with a speaker
 * noun and a verb of saying needs both; more tests cost more than the few patterns they would still skip. */
const MAX_NEEDS = 2;

const cache = new WeakMap<RegExp, Need[]>();

/** Characters that stand for themselves once escaped ("\\." is a point). */
const ESCAPED_LITERAL = /[\^$\\.*+?()[\]{}|/,'’"«»:;!&%#@=<>~`-]/;

interface Parser { src: string; i: number }

/** Alternatives, each an array of required-literal lists (AND), each list an OR of literals; null = no requirement known. */
function parseDisjunction(p: Parser): string[][] | null {
  const alts: Array<string[][] | null> = [parseAlternative(p)];
  while (p.src[p.i] === '|') {
    p.i++;
    alts.push(parseAlternative(p));
  }
  if (alts.length === 1) return alts[0];
  // A disjunction requires, of each alternative, its best requirement: the union of those is required.
  const union: string[] = [];
  for (const a of alts) {
    const best = a && strongest(a, 1)[0];
    if (!best) return null;
    union.push(...best);
  }
  return [union];
}

/** Skip a quantifier at p.i; its minimum count, or -1 when there is none. */
function readQuantifier(p: Parser): number {
  const c = p.src[p.i];
  let min = -1;
  if (c === '*' || c === '?') { min = 0; p.i++; }
  else if (c === '+') { min = 1; p.i++; }
  else if (c === '{') {
    const m = /^\{(\d+)(?:,(\d*))?\}/.exec(p.src.slice(p.i));
    if (!m) return -1;
    min = Number(m[1]);
    p.i += m[0].length;
  }
  if (min >= 0 && p.src[p.i] === '?') p.i++; // lazy
  return min;
}

function parseAlternative(p: Parser): string[][] | null {
  const needs: string[][] = [];
  let run = '';
  const endRun = (): void => { if (run) needs.push([run]); run = ''; };
  while (p.i < p.src.length && p.src[p.i] !== '|' && p.src[p.i] !== ')') {
    const c = p.src[p.i];
    if (c === '(') {
      p.i++;
      let look = false;
      let group = true;
      if (p.src[p.i] === '?') {
        const next = p.src[p.i + 1];
        if (next === ':') p.i += 2;
        else if (next === '=' || next === '!') { p.i += 2; look = true; }
        else if (next === '<' && (p.src[p.i + 2] === '=' || p.src[p.i + 2] === '!')) { p.i += 3; look = true; }
        else if (next === '<') { const close = p.src.indexOf('>', p.i); if (close < 0) throw new Error('bad group'); p.i = close + 1; }
        else throw new Error('unknown group');
      }
      const inner = parseDisjunction(p);
      if (p.src[p.i] !== ')') throw new Error('unclosed group');
      p.i++;
      const min = readQuantifier(p);
      if (look) group = false;
      endRun();
      if (group && min !== 0 && inner) needs.push(...inner);
      continue;
    }
    if (c === '[') {
      // A class: skip to its closing bracket (escapes inside it included).
      p.i++;
      if (p.src[p.i] === '^') p.i++;
      if (p.src[p.i] === ']') p.i++;
      while (p.i < p.src.length && p.src[p.i] !== ']') p.i += p.src[p.i] === '\\' ? 2 : 1;
      if (p.src[p.i] !== ']') throw new Error('unclosed class');
      p.i++;
      readQuantifier(p);
      endRun();
      continue;
    }
    if (c === '^' || c === '$') { p.i++; endRun(); continue; }
    let literal: string | null = null;
    if (c === '\\') {
      const e = p.src[p.i + 1];
      if (e === 'p' || e === 'P') {
        const close = p.src.indexOf('}', p.i);
        if (close < 0) throw new Error('bad property');
        p.i = close + 1;
      } else if (e === 'u' && p.src[p.i + 2] === '{') {
        p.i = p.src.indexOf('}', p.i) + 1;
      } else if (e === 'u') p.i += 6;
      else if (e === 'x') p.i += 4;
      else if (e === 'c') p.i += 3;
      else if (e === 'k') p.i = p.src.indexOf('>', p.i) + 1;
      else if (e >= '0' && e <= '9') {
        // A back-reference ("\\1", "\\12"): its digits are not literals.
        p.i += 2;
        while (p.src[p.i] >= '0' && p.src[p.i] <= '9') p.i++;
      } else {
        p.i += 2;
        if (ESCAPED_LITERAL.test(e)) literal = e;
      }
    } else if (c === '.') p.i++;
    else if (c === '*' || c === '+' || c === '?' || c === '{' || c === '}' || c === ']') throw new Error('unexpected quantifier');
    else {
      // A code point, whole (a pattern with the u flag reads astral characters as one).
      const cp = p.src.codePointAt(p.i)!;
      literal = String.fromCodePoint(cp);
      p.i += literal.length;
    }
    const min = readQuantifier(p);
    if (literal === null) { endRun(); continue; }
    if (min === -1) run += literal;
    else if (min === 0) endRun();
    else { run += literal; endRun(); }
  }
  endRun();
  return needs.length ? needs : null;
}

/** The `n` requirements whose shortest literal is longest (a short literal is found in almost any text). */
function strongest(needs: string[][], n: number): string[][] {
  const shortest = (xs: string[]): number => Math.min(...xs.map((x) => x.length));
  return [...needs].sort((a, b) => shortest(b) - shortest(a) || a.length - b.length).slice(0, n);
}

/** Syntax characters escaped for a pattern with the u flag (which refuses any other escape, "\\-" included). */
const escape = (s: string): string => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/** The requirements of `re` (none when nothing is known or it is not filtered). */
export function requiredLiterals(re: RegExp): readonly Need[] {
  let needs = cache.get(re);
  if (needs) return needs;
  needs = [];
  if (!/[igyv]/.test(re.flags)) {
    let parsed: string[][] | null = null;
    try {
      const p: Parser = { src: re.source, i: 0 };
      parsed = parseDisjunction(p);
      if (p.i !== p.src.length) parsed = null;
    } catch {
      parsed = null;
    }
    for (const lits of parsed ? strongest(parsed, MAX_NEEDS) : []) {
      const key = [...new Set(lits)].sort().map(escape).join('|');
      let need = interned.get(key);
      if (!need) { need = new RegExp(key, 'u'); interned.set(key, need); NEED_BY_NUMBER.push(need); NUMBER_OF.set(need, NEED_BY_NUMBER.length - 1); }
      needs.push(need);
    }
  }
  cache.set(re, needs);
  return needs;
}

/**
 * False when `text` lacks a literal every match of `re` holds: `re.exec(text)` would then be null. True
 * otherwise (a match is possible). `seen` shares the tests between patterns tried on one text.
 */
export function mayMatch(re: RegExp, text: string, seen?: Map<Need, boolean>): boolean {
  for (const need of requiredLiterals(re)) {
    let hit = seen?.get(need);
    if (hit === undefined) {
      hit = need.test(text);
      seen?.set(need, hit);
    }
    if (!hit) return false;
  }
  return true;
}

/**
 * The same filter for a fixed list of patterns tried in turn on many texts (speed19): each requirement has a number,
 * and a text's test results are kept in two arrays stamped with the text's turn, where `seen` was a Map made for each
 * text (made, grown and rehashed for every stretch the speaker search reads: 1.8% of English extraction's
 * instructions in callgrind) and every pattern's requirements were looked up in a WeakMap.
 */
const NEED_BY_NUMBER: Need[] = [];
const NUMBER_OF = new Map<Need, number>();
/** For each requirement's number, the turn its result is for, and the result. */
const stampOf: number[] = [];
const resultOf: boolean[] = [];
let turn = 0;

/** The numbers of `re`'s requirements (requiredLiterals), read once per pattern by the caller. */
export function requiredNumbers(re: RegExp): readonly number[] {
  return requiredLiterals(re).map((need) => NUMBER_OF.get(need)!);
}

/** A new turn: the results of the tests made before it are not read again. Take one per text tested. A nested turn
 * (a test of another text made between) only makes the outer one's results be tested again. */
export function newTurn(): number {
  return ++turn;
}

/** mayMatch for the requirements numbered `numbers`, sharing the tests made on `text` in `turnOf` (newTurn). */
export function mayMatchNumbered(numbers: readonly number[], text: string, turnOf: number): boolean {
  for (let i = 0; i < numbers.length; i++) {
    const n = numbers[i];
    let hit: boolean;
    if (stampOf[n] === turnOf) hit = resultOf[n];
    else {
      hit = NEED_BY_NUMBER[n].test(text);
      stampOf[n] = turnOf;
      resultOf[n] = hit;
    }
    if (!hit) return false;
  }
  return true;
}
