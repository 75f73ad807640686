/**
 * A cheaper-to-compile form of a `u` regular expression for text without surrogate code units (speed22).
 *
 * V8 compiles a regular expression on its first use, and again to native code on its second (tier-up). With the `u`
 * flag, each `\p{L}`, `\p{Lu}` or `\p{Ll}` also covers the letters outside the Basic Multilingual Plane, which it must
 * match as surrogate pairs, forwards and in lookbehinds: a pattern of speech-patterns.ts holding twenty of them took
 * 50-80 ms of CPU to compile against 7-15 ms with the same classes limited to the BMP. The first compare in a fresh
 * background (Chrome stops an idle service worker after about 30 s) compiled some hundred such patterns.
 *
 * `withoutAstral(re)` writes each of these classes as the explicit list of the BMP ranges it matches, read from the
 * running engine's own `\p{…}` (so the same Unicode version), the rest of the pattern as it is. On a text with no
 * surrogate code unit every code point is in the BMP, where each rewritten class matches exactly the code points the
 * original does: both forms give the same result, index and groups. A text holding a surrogate (an emoji, a rare
 * script) must use the original; `hasSurrogate` tells which.
 */

/** The properties rewritten: those the attribution patterns use. Others stay as written (still correct, only slower). */
const REWRITTEN = new Set(['L', 'Lu', 'Ll']);
const FIRST_SURROGATE = 0xd800;
const LAST_SURROGATE = 0xdfff;
const BMP_END = 0x10000;
/** Code points per String.fromCharCode call, well under any engine's limit on arguments. */
const CHUNK = 4096;

const rangesOf = new Map<string, string>();
/** The BMP outside the surrogates, in two runs of consecutive code points (a run of letters never spans the gap). */
let bmpRuns: Array<[first: number, text: string]> | undefined;
/** The BMP code points of a general category, as the inside of a character class (literal letters: a letter is never
 * one of a class's syntax characters, which are escaped in case a property ever holds one). Read with one global
 * search over the BMP's characters, not one test per code point (some 65,000). */
function bmpRanges(prop: string): string {
  let out = rangesOf.get(prop);
  if (out !== undefined) return out;
  const ch = (c: number) => {
    const s = String.fromCharCode(c);
    return /[\\\]\[\-^]/.test(s) ? `\\${s}` : s;
  };
  bmpRuns ??= [[0, FIRST_SURROGATE], [LAST_SURROGATE + 1, BMP_END]].map(([a, b]) => {
    const codes: number[] = [];
    for (let c = a; c < b; c++) codes.push(c);
    let text = '';
    for (let k = 0; k < codes.length; k += CHUNK) text += String.fromCharCode(...codes.slice(k, k + CHUNK));
    return [a, text] as [number, string];
  });
  out = '';
  const re = new RegExp(`\\p{${prop}}+`, 'gu');
  for (const [first, text] of bmpRuns) {
    for (const m of text.matchAll(re)) {
      const start = first + m.index;
      const last = start + m[0].length - 1;
      out += start === last ? ch(start) : `${ch(start)}-${ch(last)}`;
    }
  }
  rangesOf.set(prop, out);
  return out;
}

const SURROGATE = /[\uD800-\uDFFF]/;
/** Whether a text holds a surrogate code unit, where only the original pattern is exact. */
export function hasSurrogate(text: string): boolean {
  return SURROGATE.test(text);
}

/** Longer than V8's threshold for compiling a pattern straight to native code (1,000 characters: kTierUpForSubjectLength),
 * and digits only, where the patterns, made of letters, fail at once at each position. */
const NATIVE_AT_ONCE_CHARS = 1100;
const FILLER = '0'.repeat(NATIVE_AT_ONCE_CHARS);
const cache = new WeakMap<RegExp, RegExp>();
/**
 * The pattern with `\p{L}`, `\p{Lu}` and `\p{Ll}` limited to the BMP, equal to `re` on any text without a surrogate.
 * `re` itself when it is not a `u` pattern, or is global or sticky (whose `lastIndex` the caller reads on `re`), or
 * case-insensitive (whose case closure is left to the original), or holds none of those classes.
 */
export function withoutAstral(re: RegExp): RegExp {
  let out = cache.get(re);
  if (out) return out;
  out = re;
  if (re.unicode && !re.global && !re.sticky && !re.ignoreCase) {
    const src = re.source;
    let rewritten = '';
    let inClass = false;
    let changed = false;
    for (let i = 0; i < src.length; i++) {
      const c = src[i];
      if (c === '\\') {
        const prop = src[i + 1] === 'p' ? /^\\p\{(\w+)\}/.exec(src.slice(i, i + 8)) : null;
        if (prop && REWRITTEN.has(prop[1])) {
          const ranges = bmpRanges(prop[1]);
          rewritten += inClass ? ranges : `[${ranges}]`;
          i += prop[0].length - 1;
          changed = true;
          continue;
        }
        // Any other escape, kept whole, so that an escaped bracket opens or closes no class.
        rewritten += src.slice(i, i + 2);
        i++;
        continue;
      }
      // With the `u` flag a class nests no class: the first unescaped "]" closes it.
      if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
      rewritten += c;
    }
    if (changed) out = new RegExp(rewritten, re.flags);
  }
  // One run on a long text that holds no letter: V8 compiles a pattern first to bytecode, which it interprets, and to
  // native code on the second run, except when the text runs to 1,000 characters or more, when it compiles native code
  // at once. A pattern's first real run, interpreted, cost as much again as its compilation (the first compare in a
  // fresh process: 1.6 s of CPU against 0.94-1.16 s with this run first). No result changes: the pattern is neither
  // global nor sticky, so no lastIndex moves.
  if (!out.global && !out.sticky) out.exec(FILLER);
  cache.set(re, out);
  return out;
}

/** `re.exec(text)` through the BMP form when the text allows it: the same result, a cheaper first compile. */
export function bmpExec(re: RegExp, text: string): RegExpExecArray | null {
  return (hasSurrogate(text) ? re : withoutAstral(re)).exec(text);
}
