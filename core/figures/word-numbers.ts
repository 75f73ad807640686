/**
 * Handlers for number words: hyphens and "and/et" that join them, "point/virgule", unit words
 * ("trois", "twenty"), scale words ("cent", "mille", "million") and dozens.
 */
import type { Tok } from './tokens';
import { has, unitFits, type Tables } from './number-words';
import { fractionContext, parseDenominator, parseFractionTail } from './fractions';
import { STOP, type Next, type Reader } from './number-reader';
import { isTollNoun, lookup } from '../concepts/index';

/** Determiners after which English "one" is a pronoun ("the one you mentioned"), not a count. */
const EN_ONE_PRONOUN_BEFORE = new Set(['the', 'this', 'that', 'which', 'each', 'every', 'any', 'no', 'no one', 'someone', 'anyone', 'current', 'next', 'last']);

/** Words that count in twelves after a number ("trois douzaines", "3 dozens"). */
export const DOZEN_WORDS = new Set(['dozen', 'dozens', 'douzaine', 'douzaines', 'dzs', 'dozs']);

/** Hyphens join number words: "vingt-quatre", "fifty - two". Commas never do. */
export function hyphen(r: Reader, j: number): Next {
  const { toks, T } = r;
  if (toks[j].t !== '-' || !r.started) return STOP;
  const nx = toks[j + 1];
  if (nx && nx.kind === 'w' && (has(T.units, nx.t) || has(T.ord, nx.t) || has(T.mult, nx.t) || nx.t === T.and || has(T.denom, nx.t) || (nx.t.endsWith('s') && has(T.ord, nx.t.slice(0, -1))))) return j + 1;
  return STOP;
}

/** "and/et" inside a number: "vingt et un", "a hundred and two", "et demi", "4 mille 3 cents et 21". */
export function connector(r: Reader, j: number): Next {
  const { toks, T, st, lang } = r;
  // "vingt-et-un": skip the hyphen after "et".
  if (toks[j + 1] && toks[j + 1].t === '-' && toks[j - 1] && toks[j - 1].t === '-') j++;
  const nx = toks[j + 1];
  if (!nx) return STOP;
  // "and a half", "et demi", "et un quart": a fraction added to what comes before.
  const fr = parseFractionTail(toks, j + 1, T);
  if (fr) {
    const after = toks[fr.end];
    const nextMult = after && after.kind === 'w' && has(T.mult, after.t) && T.mult[after.t] >= 1e3 ? T.mult[after.t] : 0;
    if (nextMult && st.seg === 0 && nextMult < st.lastMult) {
      // "one billion and a half million": the fraction is of the smaller scale.
      st.total += fr.value * nextMult;
      st.end = fr.end + 1;
      return fr.end + 1;
    }
    const scale = st.seg === 0 && st.lastMult < Infinity ? st.lastMult : 1;
    st.total += st.seg + fr.value * scale;
    st.seg = 0;
    st.end = fr.end;
    // "five and a half million": a following scale multiplies everything.
    if (nextMult && scale === 1) {
      st.total *= nextMult;
      st.end = fr.end + 1;
      return fr.end + 1;
    }
    return fr.end;
  }
  if (lang === 'fr') {
    // French joins "et" inside a number only in "vingt et un" … "soixante et un" and "soixante et onze" (and their
    // ordinals "vingt et unième"); after digits, a scale or any other word the "un / une" after "et" is an article
    // ("45 000 manifestants et un policier", "45 000 et un policier blessé").
    if (nx.kind === 'w' && frenchEtJoins(st.seg, st.hasDigit, nx.t, T)) {
      r.checkpoint = { ...st };
      return j + 1;
    }
  } else if (nx.kind === 'w' && has(T.units, nx.t)) {
    r.checkpoint = { ...st };
    return j + 1;
  }
  if (nx.kind === 'd' && st.hasDigit && nx.v > 0) {
    r.checkpoint = { ...st };
    return j + 1;
  }
  return STOP;
}

/** Tens after which French writes "et" before "un / une" (vingt … soixante) and, for sixty, before "onze". */
const FR_TENS_WITH_ET = new Set([20, 30, 40, 50, 60]);
/** Does French "et" + `word` continue a word number whose running segment is `seg` ("vingt et une", "soixante et
 * onze", "trente et unième")? Never after digits: "20 et un" is no way to write 21. */
function frenchEtJoins(seg: number, hasDigit: boolean, word: string, T: Tables): boolean {
  if (hasDigit || !FR_TENS_WITH_ET.has(seg % 100)) return false;
  if (word === 'un' || word === 'une' || word === 'unieme') return true;
  return seg % 100 === 60 && T.units[word] === 11 && has(T.units, word);
}

/** "two hundred point zero three": the words after the point are read as digits. */
export function pointWords(r: Reader, j: number): Next {
  const { toks, T, st } = r;
  let digitsText = '';
  let k = j + 1;
  while (k < toks.length && toks[k].kind === 'w' && has(T.units, toks[k].t) && T.units[toks[k].t] < 100) {
    let v = T.units[toks[k].t];
    let kk = k + 1;
    if (v >= 20 && v % 10 === 0 && toks[kk] && (toks[kk].t === '-' || toks[kk].t === T.and)) kk++;
    if (v >= 20 && toks[kk] && has(T.units, toks[kk].t) && T.units[toks[kk].t] < 20 && T.units[toks[kk].t] > 0 && unitFits(v, T.units[toks[kk].t], v)) {
      v += T.units[toks[kk].t];
      k = kk + 1;
    } else k++;
    digitsText += String(v);
  }
  if (digitsText) {
    st.seg = Number(`${st.seg}.${digitsText}`);
    st.end = k;
  }
  return STOP;
}

/** A unit word ("trois", "twenty"): starts the phrase, or adds to the segment where it fits. */
export function unitWord(r: Reader, j: number): Next {
  const { toks, T, st, lang } = r;
  const w = toks[j].t;
  const v = T.units[w];
  if (!r.started) {
    // English "one" after a determiner is a pronoun; "un/une" alone is an article: both need a scale after them.
    if ((w === 'un' || w === 'une') && lang === 'fr' && j === r.i && !frenchOneCounts(toks, j, T)) return { done: null };
    if (w === 'one' && lang === 'en') {
      const pv = toks[j - 1];
      if (pv && pv.kind === 'w' && EN_ONE_PRONOUN_BEFORE.has(pv.t)) return { done: null };
    }
    st.seg = v;
    st.lastUnit = v;
    st.end = j + 1;
    r.started = true;
    return j + 1;
  }
  // Digits then a unit word ("3 cinq") is two numbers; after a scale it continues ("3 cent un").
  if (st.hasDigit && st.seg !== 0 && st.end === j && toks[j - 1].kind === 'd') return STOP;
  // "quatre-vingt(s)": four twenties.
  if ((w === 'vingt' || w === 'vingts') && st.lastUnit === 4 && (st.seg % 100) === 4) {
    st.seg += 76;
    st.lastUnit = 80;
    st.end = j + 1;
    r.checkpoint = null;
    return j + 1;
  }
  if (!unitFits(st.seg, v, st.lastUnit)) {
    // "three twenty-firsts", "un vingt-cinquième": the numerator is complete, a compound denominator follows.
    if (!r.checkpoint && !st.hasDigit && st.total === 0 && st.seg > 0) {
      const d = parseDenominator(toks, j, T);
      if (d && (d.plural || fractionContext(toks, d.end))) {
        st.seg /= d.value;
        st.end = d.end;
        r.kind = 'fraction';
        return STOP;
      }
    }
    if (r.checkpoint) Object.assign(st, r.checkpoint);
    return STOP;
  }
  st.seg += v;
  st.lastUnit = v;
  st.end = j + 1;
  st.words = st.words && !st.hasDigit;
  r.checkpoint = null;
  return j + 1;
}

/** Words at most between an indefinite article and the verb of its clause: "un membre des forces spéciales
 * israéliennes a été tué" has five; more, and the verb is seldom the article's noun's. */
const ONE_SUBJECT_MAX_WORDS = 6;
/** Auxiliaries of a verb in the perfect or the passive, per language ("a survécu", "a été tué", "est mort", "was killed",
 * "has died"): one set per language, since French "a" is also the folded preposition "à" and English "a" an article. */
const ONE_SUBJECT_AUX: Record<'fr' | 'en', ReadonlySet<string>> = { fr: new Set(['a', 'est']), en: new Set(['was', 'has', 'is']) };
const ONE_SUBJECT_PASSIVE = new Set(['ete', 'been']);
/** Verbs of what befalls people that take no object: with them the perfect's subject is the one it befell ("un
 * passager a survécu", "a child has died"); with any other role verb the perfect's subject is the doer ("un policier
 * a blessé deux manifestants"), and only the passive makes the article's noun the one it befell. */
const ONE_SUBJECT_INTRANSITIVE = new Set(['survecu', 'survived', 'died', 'mort', 'morte', 'decede', 'decedee', 'peri', 'perished', 'succombe', 'succombee', 'succumbed', 'disparu', 'disparue']);

/**
 * An indefinite article ("un", "une", "a", "an") that is the subject of a verb of what befalls people (a role of the
 * concept table: killed, wounded, survived, arrested...) is the number one: "un passager a survécu", "an officer was
 * killed" tell a count of one as "un seul" does. The article's noun is no thing the table knows; only words between the article and
 * the verb, on one line, and no second article among them ("a man in a car"); in French a "a" that no participle
 * follows is the preposition "à" and the search goes on. The first auxiliary with a participle decides ("une minute
 * de silence a été observée" is no count).
 */
export function subjectOfRoleVerb(toks: Tok[], j: number, lang: 'fr' | 'en'): boolean {
  // A noun the table knows as no people ("a car") befalls nothing; one it does not know ("passager") may.
  const noun = lookup(toks[j + 1]?.t ?? '', 'entity');
  if (noun && !noun.people) return false;
  const aux = ONE_SUBJECT_AUX[lang];
  for (let k = j + 2; k <= j + 1 + ONE_SUBJECT_MAX_WORDS && k < toks.length; k++) {
    const t = toks[k];
    if (t.nl || t.kind !== 'w') return false;
    if (ONE_ARTICLES.has(t.t) && !aux.has(t.t)) return false;
    if (!aux.has(t.t)) continue;
    const passive = ONE_SUBJECT_PASSIVE.has(toks[k + 1]?.t ?? '');
    const verb = toks[passive ? k + 2 : k + 1];
    if (!verb || verb.nl || verb.kind !== 'w' || lookup(verb.t, 'role') === undefined) {
      if (lang === 'fr' && t.t === 'a' && !passive) continue;
      return false;
    }
    // "est" and "was", "is" make a passive or a state of their own ("est mort", "was killed").
    return passive || t.t === 'est' || t.t === 'was' || t.t === 'is' || ONE_SUBJECT_INTRANSITIVE.has(verb.t);
  }
  return false;
}
/** Indefinite articles: a second one between the article and the verb opens another noun group ("a man in a car"). */
const ONE_ARTICLES = new Set(['un', 'une', 'a', 'an']);

/** What befell a person, said of a person: a role of the concept table that `means` people ("blessé", "tué", "disparu",
 * "killed", "injured"), read here as the participle after a people noun ("un pompier blessé"). */
function harmOfPeople(word: string | undefined): boolean {
  return !!word && lookup(word, 'role')?.means?.entity === 'person';
}
/** Nouns of a share after "dont une" ("dont une partie", "dont une majorité", "dont une bonne part"): a part of the
 * count before, not one of it. */
const FR_SHARE_AFTER_DONT = new Set(['partie', 'part', 'majorite', 'minorite', 'moitie', 'bonne', 'grande', 'large', 'petite', 'infime', 'poignee', 'fraction', 'quantite', 'serie']);
/** English words that may follow "a/an + people noun + participle" when the participle is passive ("a firefighter
 * injured in the blaze", "a woman killed, …"): a preposition or the clause's end. Any other word may be the
 * participle's object ("a man killed his neighbour": the doer, not one it befell). */
const EN_AFTER_PASSIVE = new Set(['in', 'on', 'at', 'by', 'during', 'when', 'after', 'while', 'near', 'as', 'overnight', 'yesterday', 'today', 'and']);
/** Degree adverbs of harm between a people noun and its participle ("un civil grièvement blessé", "a man critically
 * injured"), concept `serious`. Adverbs only (-ment, -ly): an adjective form of the concept there is a finite verb's
 * homograph as often ("un policier grave le nom", "une femme critique le projet"). */
const isSerious = (word: string | undefined): boolean => !!word && /(?:ment|ly)$/.test(word) && lookup(word, 'modifier')?.id === 'serious';

/**
 * An indefinite article that is the number one because what follows tells what befell one person, as a toll lists it
 * (session 20):
 * - French "un / une" right before a role noun of people ("un mort, un disparu et neuf blessés", "un blessé grave",
 *   "a fait une victime"): a toll's noun after the article is a count of one, as "one dead" is in English;
 * - "un / une / a / an" before a people noun and a participle of what befell it, a degree adverb between or not ("un
 *   pompier blessé", "un civil grièvement brûlé", "a firefighter injured in …"): the reduced passive of
 *   subjectOfRoleVerb's "un pompier a été blessé". In English only before a preposition or the clause's end, since
 *   an English participle may be an active past with its object ("a man killed his neighbour").
 */
export function articleOfOneHarmed(toks: Tok[], j: number, lang: 'fr' | 'en'): boolean {
  const at = (k: number): Tok | undefined => (toks[k] && !toks[k].nl && toks[k].kind === 'w' ? toks[k] : undefined);
  const n1 = at(j + 1);
  if (!n1) return false;
  // Only the toll's own nouns (concepts flag `tollNouns`): other forms of a role after an article are acts or things
  // ("un arrêté", "un sinistre").
  if (lang === 'fr' && isTollNoun(n1.t) && !lookup(n1.t, 'entity')) return true;
  if (!lookup(n1.t, 'entity')?.people) return false;
  let k = j + 2;
  if (isSerious(at(k)?.t)) k++;
  const part = at(k);
  if (!part) return false;
  // "un civil grièvement blessé": a participle the table knows as what befalls people, or, after a degree adverb of
  // harm, any participle of an action it knows; a word's ending alone ("le", "des", "critique") is no participle.
  if (!harmOfPeople(part.t) && !(k > j + 2 && lookup(part.t, 'action'))) return false;
  if (lang === 'fr') return true;
  // "A man died in hospital": an English past of a verb with no object is finite, not a participle; its article
  // is left to subjectOfRoleVerb's rules, as before.
  if (ONE_SUBJECT_INTRANSITIVE.has(part.t)) return false;
  const after = toks[k + 1];
  return !after || after.nl || after.kind === 'p' || EN_AFTER_PASSIVE.has(after.t);
}

/** Words back from "dont" looked at for the count it splits ("neuf personnes ont été blessées, dont une grièvement"):
 * a clause's subject and its verb group, not a paragraph. */
const DONT_COUNT_WINDOW = 12;
/** French nouns of a round number of people ("des dizaines de blessés, dont un enfant"). */
const FR_ROUND_COUNTS = new Set(['dizaine', 'dizaines', 'vingtaine', 'vingtaines', 'trentaine', 'cinquantaine', 'centaine', 'centaines', 'millier', 'milliers']);
/** Words between a number and its people noun ("200 de ces blessés" aside, "des dizaines de blessés"). */
const FR_OF = new Set(['de', 'd', "'"]);
/** A count of people stands before "dont" at `d` in its sentence: a number (a digit one that is no ordinal, a number
 * word other than the article "un / une", a round count) whose noun (after "de" or not) is people or what befalls
 * them. Without one, "dont" is a relative's ("le rapport, dont un extrait", "une association dont un membre") and
 * the article after it no number. */
function peopleCountBefore(toks: Tok[], d: number, T: Tables): boolean {
  for (let q = d - 1; q >= 0 && q >= d - DONT_COUNT_WINDOW; q--) {
    const t = toks[q];
    if (t.kind === 'p' && (t.t === '.' || t.t === ';' || t.t === '!' || t.t === '?')) return false;
    const number = (t.kind === 'd' && !t.ord) || (t.kind === 'w' && ((has(T.units, t.t) && t.t !== 'un' && t.t !== 'une') || has(T.mult, t.t) || FR_ROUND_COUNTS.has(t.t)));
    if (number) {
      let n = q + 1;
      while (n < d && (toks[n].kind === 'd' || has(T.units, toks[n].t) || has(T.mult, toks[n].t) || FR_OF.has(toks[n].t))) n++;
      const w = toks[n]?.t ?? '';
      if (n < d && (lookup(w, 'entity')?.people || harmOfPeople(w) || isTollNoun(w))) return true;
    }
    if (t.nl) return false;
  }
  return false;
}

/** Words that join the items of a list of counts ("71 Suisses, 11 Italiens, un Bosnien et un Portugais", "deux
 * Allemands ainsi qu'un Coréen", "25 morts et à une ..."): punctuation of a list and its French conjunctions. */
const FR_LIST_JOINS = new Set([',', 'et', 'ou', 'ainsi', 'que', 'qu', "'", 'a']);
/** Words at most between a listed count's number and the join after its item ("68 Suisses," has one, "25 citoyens
 * indiens et" two): a count's noun and an adjective; more, and the item is a clause, not a list's item. */
const LIST_ITEM_MAX_WORDS = 2;
/** A digit of four figures in this span is a year ("en 2019 et une ..."), no listed count. */
const YEAR_MIN = 1800;
const YEAR_MAX = 2100;
/** The kind of people a listed noun names, or undefined: a nationality ("Suisses", "un Bosnien"), a noun of
 * people ("enfants", "une femme") or what befell people ("morts", "blessés"). Lists of counts of people are what a
 * toll enumerates; other kinds of nouns are left out, since "trois réunions et une conférence" is no figure. */
function peopleNoun(word: string | undefined): boolean {
  if (!word) return false;
  const c = lookup(word);
  return c?.type === 'nation' || !!lookup(word, 'entity')?.people || harmOfPeople(word) || isTollNoun(word);
}
/**
 * French "un / une" before a noun of people that is an item of a list of counts of people (session 26): "parmi
 * les blessés, 71 Suisses, 11 Italiens, un Bosnien et un Portugais", "deux Allemands, un Espagnol, un Coréen": the
 * list's other items are numbers of people, so the article is the number one, as English writes "one Bosnian".
 * The item before must be a count of people too (a number, then at most LIST_ITEM_MAX_WORDS words, the first a
 * noun of people), or itself such a listed "un / une" (the chain "un Bosnien, un Luxembourgeois").
 */
function listedOne(toks: Tok[], j: number, T: Tables, depth = 0): boolean {
  if (depth > 30 || toks[j].nl || !peopleNoun(toks[j + 1]?.t)) return false;
  let e = j - 1;
  while (e >= 0 && FR_LIST_JOINS.has(toks[e].t) && !toks[e + 1].nl) e--;
  if (e === j - 1 || e < 0) return false;
  for (let q = e - 1; q >= 0 && q >= e - LIST_ITEM_MAX_WORDS; q--) {
    const t = toks[q];
    if (toks[q + 1].nl) return false;
    const digit = t.kind === 'd' && !t.ord && !(Number.isInteger(t.v) && t.v >= YEAR_MIN && t.v <= YEAR_MAX);
    const word = t.kind === 'w' && has(T.units, t.t) && t.t !== 'un' && t.t !== 'une';
    const one = t.kind === 'w' && (t.t === 'un' || t.t === 'une') && listedOne(toks, q, T, depth + 1);
    if (digit || word || one) {
      for (let k = q + 1; k <= e; k++) if (toks[k].kind !== 'w') return false;
      return peopleNoun(toks[q + 1]?.t);
    }
    if (t.kind !== 'w') return false;
  }
  return false;
}

/** Units of a span of time (concept table ids) and the word concepts of decades and centuries (unit-scales.ts converts
 * them to years): after a bound word, an article before one of these nouns is the number one ("nearly a week", "over
 * a century", "près d'une semaine"). Only spans of time: they are what news bounds with an article, and after "over" /
 * "près d'" any other noun is a place ("over a bridge", "près d'un hôpital"). */
const ONE_SPAN_UNITS: ReadonlySet<string> = new Set(['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds']);
const ONE_SPAN_WORDS: ReadonlySet<string> = new Set(['w-century', 'w-decade']);
/** Bound words (folded token sequences) after which an article before a span of time is the number one. English
 * "over", "under", "about" are also prepositions of place or topic: the span noun after the article decides. French
 * "plus d'", "moins d'", "au moins" already make any "un/une" a count (FR_ONE_BOUNDS); "près d'" and "presque" only
 * before a span ("près d'un hôpital" is a place). */
const SPAN_ONE_BOUNDS: Record<'fr' | 'en', ReadonlyArray<ReadonlyArray<string>>> = {
  fr: [['pres', 'd', "'"], ['presque'], ['environ']],
  en: [['more', 'than'], ['less', 'than'], ['fewer', 'than'], ['over'], ['under'], ['nearly'], ['almost'], ['about'], ['around'], ['roughly'], ['approximately'], ['at', 'least'], ['at', 'most'], ['up', 'to'], ['close', 'to'], ['upwards', 'of'], ['in', 'excess', 'of']],
};
/** Is the noun a span of time the engine reads (ONE_SPAN_UNITS, ONE_SPAN_WORDS), in the singular an article takes? */
export function spanNoun(t: Tok | undefined): boolean {
  if (!t || t.nl || t.kind !== 'w' || t.t.endsWith('s') && t.t !== 'mois') return false;
  const unit = lookup(t.t, 'unit');
  if (unit && ONE_SPAN_UNITS.has(unit.id)) return true;
  const word = lookup(t.t, 'word');
  return !!word && ONE_SPAN_WORDS.has(word.id);
}
/**
 * The indefinite article at j is the number one of a bounded span of time: a bound word right before it, a span noun
 * right after it ("nearly a week", "in more than a decade", "près d'une semaine", "presque un an"). Not when the span
 * noun is glued to a modifier by a hyphen ("over a week-long strike": the span describes the strike).
 */
export function articleOfBoundSpan(toks: Tok[], j: number, lang: 'fr' | 'en'): boolean {
  const art = toks[j];
  if (!art || art.kind !== 'w' || !(lang === 'en' ? art.t === 'a' || art.t === 'an' : art.t === 'un' || art.t === 'une')) return false;
  const noun = toks[j + 1];
  if (!spanNoun(noun)) return false;
  const dash = toks[j + 2];
  if (dash && dash.t === '-' && dash.start === noun.end) return false;
  if (SPAN_ONE_BOUNDS[lang].some((b) => b.every((w, n) => toks[j - b.length + n]?.t === w && (n === 0 || !toks[j - b.length + n].nl)) && !art.nl)) return true;
  return lengthOfSpan(toks, j, lang);
}

/** Prepositions that make the span of time after them a length ("pendant une décennie", "depuis un siècle", "dans une
 * semaine", "for a decade", "within a month", "extended by an hour"). Not "en / in": "6 000 cas en une semaine", "the
 * worst in a century" give a count's period or a comparison's span, no length of its own (moment-period.test.ts). */
const LENGTH_PREPOSITIONS: Record<'fr' | 'en', ReadonlySet<string>> = {
  fr: new Set(['pendant', 'durant', 'depuis', 'dans', 'sous', 'encore']),
  en: new Set(['for', 'within', 'by']),
};
/** Words after the span noun that make it a delay between two events ("une heure après", "Une heure plus tard", "un mois
 * après", "an hour later", "a day after his election", "a month before"), or an approximation ("une semaine environ"). */
const LENGTH_AFTER: Record<'fr' | 'en', ReadonlySet<string>> = {
  fr: new Set(['apres', 'avant', 'environ', 'plus']),
  en: new Set(['later', 'after', 'before', 'earlier', 'ago']),
};
/** French "plus" after the span noun only as "plus tard / plus tôt" ("une heure plus tard"), not "une semaine plus
 * chaude". Folded. */
const FR_LATER = new Set(['tard', 'tot']);
/** Nouns whose "d'un / d'une" before a span names a moment of it, not its length ("au cours d'une journée", "la fin
 * d'une année", "le temps d'une soirée", "l'espace d'une nuit"). Folded. */
const MOMENT_OF_SPAN = new Set(['cours', 'fin', 'debut', 'milieu', 'temps', 'espace', 'lors', 'veille', 'lendemain', 'jour', 'soir', 'matin', 'nuit', 'courant', 'bout', 'terme', 'issue']);

/**
 * The article at j (before a span noun, spanNoun) is the number one of a length of time told as such (extract46: 38 gold
 * figures of 24 stories, both languages, were lost as articles): after a preposition of length (LENGTH_PREPOSITIONS),
 * before a word of delay (LENGTH_AFTER), or, in French, after "d'" completing a noun or a verb ("un ultimatum d'une
 * semaine", "un deuil d'une semaine", "retardé d'une heure", "le report d'un an"; not a moment of the span,
 * MOMENT_OF_SPAN, nor "d'un jour à l'autre", "d'une année sur l'autre"). A span's article elsewhere ("une semaine de
 * grève", "a day of mourning", "un an plus tôt" aside) stays an article.
 */
function lengthOfSpan(toks: Tok[], j: number, lang: 'fr' | 'en'): boolean {
  const art = toks[j], noun = toks[j + 1], prev = toks[j - 1];
  if (art.nl) return false;
  const next = toks[j + 2];
  // "a day of mourning", "une journée de mobilisation", "une année de guerre": the span noun is completed by what it is
  // a span of, an occasion, whatever preposition comes before it.
  if (next && !next.nl && SPAN_OF[lang].has(next.t)) return false;
  if (prev && prev.kind === 'w' && LENGTH_PREPOSITIONS[lang].has(prev.t)) return true;
  if (next && !next.nl && next.kind === 'w' && LENGTH_AFTER[lang].has(next.t)) {
    return !(lang === 'fr' && next.t === 'plus') || FR_LATER.has(toks[j + 3]?.t ?? '');
  }
  if (lang !== 'fr' || prev?.t !== "'" || toks[j - 2]?.t !== 'd') return false;
  const head = toks[j - 3];
  if (!head || head.kind !== 'w' || toks[j - 2].nl || MOMENT_OF_SPAN.has(head.t)) return false;
  // "d'un jour à l'autre", "d'une année sur l'autre": the span is a step, not a length.
  const after = next?.t;
  return !((after === 'a' || after === 'sur') && (toks[j + 3]?.t === 'l' || toks[j + 3]?.t === 'autre'));
}

/** Prepositions after a span noun that make it an occasion of what follows ("a day of mourning", "une journée de
 * grève", "d'une année de guerre"), not a length (lengthOfSpan). Folded. */
const SPAN_OF: Record<'fr' | 'en', ReadonlySet<string>> = { fr: new Set(['de', 'd', 'du', 'des']), en: new Set(['of']) };

/** Bound words after which French "un/une" is the number one ("au moins une voiture", "plus d'une heure"), as folded tokens. */
const FR_ONE_BOUNDS = [['au', 'moins'], ['plus', 'd', "'"], ['moins', 'd', "'"], ['au', 'plus'], ['au', 'minimum'], ['au', 'maximum'], ['pas', 'plus', 'd', "'"]];

/**
 * French "un/une" is a count only after a bound ("au moins une voiture"), before "seul(e)" ("un seul passager"), or before a scale, an ordinal,
 * a denominator, "et demi", "sur N", or a noun and "sur N" ("un fonctionnaire sur trois").
 */
export function frenchOneCounts(toks: Tok[], j: number, T: Tables): boolean {
  if (FR_ONE_BOUNDS.some((b) => b.every((w, n) => toks[j - b.length + n]?.t === w) && !toks[j].nl)) return true;
  if (articleOfBoundSpan(toks, j, 'fr')) return true;
  const nx = nextWordAfterHyphen(toks, j + 1);
  // "neuf blessés, dont un grièvement brûlé", "dont l'un grave": "dont" opens a part of the count before, and the
  // article after it is one of them (English says "including one"); not a share's noun ("dont une partie").
  const dont = toks[j - 1]?.t === 'dont' ? toks[j - 1] : toks[j - 1]?.t === "'" && toks[j - 2]?.t === 'l' && toks[j - 3]?.t === 'dont' ? toks[j - 3] : undefined;
  if (dont && !toks[j].nl && !(nx && FR_SHARE_AFTER_DONT.has(nx.t)) && peopleCountBefore(toks, toks.indexOf(dont), T)) return true;
  if (!nx) return false;
  // "un mort et neuf blessés", "un pompier blessé": one that something befell.
  if (articleOfOneHarmed(toks, j, 'fr')) return true;
  // "deux Allemands, un Espagnol et un Coréen": an item of a list of counts of people.
  if (listedOne(toks, j, T)) return true;
  // "un seul passager a survécu", "une seule a survécu": "seul" makes the article the number one ("only one").
  if (nx.t === 'seul' || nx.t === 'seule') return true;
  // "un passager a survécu", "un membre des forces spéciales a été tué": the subject of what befell people counts one.
  if (subjectOfRoleVerb(toks, j, 'fr')) return true;
  const sur = toks[j + 2];
  const den = toks[j + 3];
  if (nx.kind === 'w' && sur?.t === 'sur' && !sur.nl && den && !den.nl && (den.kind === 'd' || has(T.units, den.t))) return true;
  if (has(T.mult, nx.t) || has(T.ord, nx.t) || has(T.denom, nx.t) || nx.t === 'douzaine' || nx.t === 'millier') return true;
  if (parseDenominator(toks, j + 1, T)) return true;
  if (nx.t === 'et' && parseFractionTail(toks, j + 2, T)) return true;
  const after = toks[j + 2];
  return nx.t === 'sur' && !!after && (after.kind === 'd' || has(T.units, after.t) || has(T.mult, after.t));
}

/** "cent" in "28,6 pour cent" / "15 per cent" is the percent sign written out, not a hundred: a number
 * then "pour"/"per" then "cent" is one construction in both languages ("vendu pour cent euros", with no
 * number before "pour", stays a hundred). */
function percentWord(toks: Tok[], j: number, T: Tables): boolean {
  if (toks[j].t !== 'cent') return false;
  const per = toks[j - 1];
  const value = toks[j - 2];
  if (!per || per.nl || (per.t !== 'pour' && per.t !== 'per') || !value) return false;
  return value.kind === 'd' || (value.kind === 'w' && (has(T.units, value.t) || has(T.mult, value.t)));
}

/** The adjectives of the nautical mile: "31 milles marins", "1 mille nautique" is always a distance. */
const NAUTICAL = new Set(['nautique', 'nautiques', 'marin', 'marins']);
/** What may follow a distance in miles in French: a preposition or a conjunction ("à 31 milles de la côte", "412 milles
 * en une journée", "300 milles environ"). A noun after "milles" ("5 milles euros", "3 milles signatures", "3,5 milles
 * milliards") makes it the common misspelling of the number "mille", a thousand, as it was before unit35. */
const AFTER_DISTANCE = new Set(['a', 'au', 'aux', 'de', 'd', 'du', 'des', 'en', 'sur', 'par', 'pour', 'vers', 'dans', 'entre', 'avant', 'apres', 'depuis', 'environ', 'et', 'ou', 'plus', 'moins', 'seulement']);
/** Is the "mille"/"milles" at j a distance (a mile), not a thousand? French "mille" the number is invariable, so the
 * plural "milles" right after digits is the mile, when nothing that it could count follows it: the end of the text,
 * punctuation, a preposition or "nautiques"/"marins" ("412,5 milles.", "à 31 milles de la côte"). The singular
 * "mille" is a mile only when "nautique"/"marin" names it after "1" or "un" ("1 mille nautique", "à un mille
 * marin"). After a number word ("trois milles personnes") "milles" still scales. */
export function isDistanceMilles(toks: Tok[], j: number, lang: string): boolean {
  if (lang !== 'fr') return false;
  const [w, prev, next] = [toks[j]?.t, toks[j - 1], toks[j + 1]];
  if (!prev || (w !== 'mille' && w !== 'milles')) return false;
  const nautical = !!next && !next.nl && next.kind === 'w' && NAUTICAL.has(next.t);
  // The singular only for one mile: "47 mille marins" is as often the thousand misspelt (47,000 sailors) as 47 miles,
  // and read as miles it set distances of different places against each other (shipwreck: 11 more comparisons across
  // unrelated keys, none right).
  if (w === 'mille') return nautical && (prev.t === 'un' || prev.t === '1');
  if (prev.kind !== 'd') return false;
  return !next || next.nl || next.kind === 'p' || nautical || (next.kind === 'w' && AFTER_DISTANCE.has(next.t));
}

/** A scale word: "cent"/"hundred" multiplies the segment, "mille"/"million" close it into the total. */
export function scaleWord(r: Reader, j: number): Next {
  const { toks, T, st, lang } = r;
  const w = toks[j].t;
  const m = T.mult[w];
  if (!r.started) {
    // A bare scale word: "cent", "mille", "hundred thousand".
    if (m > 1e3 && lang === 'fr') return { done: null }; // "million" alone is a noun, not a count
    if (lang === 'en' && w.endsWith('s')) return { done: null };
    // The "milles" of "412,5 milles", left by the digits before it: the distance's noun, no number of its own.
    if (isDistanceMilles(toks, j, lang)) return { done: null };
    if (percentWord(toks, j, T)) return { done: null };
    st.seg = m === 100 ? 100 : 0;
    if (m >= 1e3) { st.total = m; st.lastMult = m; }
    st.end = j + 1;
    r.started = true;
    return j + 1;
  }
  if (m === 100) return hundred(r, j);
  // "412,5 milles", "à 31 milles marins", "1 mille nautique": a distance, read by the unit after the number (unit35).
  if (isDistanceMilles(toks, j, lang)) return STOP;
  if (st.seg === 0 && st.total > 0 && m > st.lastMult) {
    st.total *= m; // "mille milliards"
  } else if (m >= st.lastMult) {
    if (r.checkpoint) Object.assign(st, r.checkpoint);
    return STOP;
  } else {
    st.total += (st.seg === 0 ? 1 : st.seg) * m;
  }
  st.seg = 0;
  st.lastMult = m;
  st.end = j + 1;
  r.checkpoint = null;
  return j + 1;
}

/** "cent"/"hundred" after a number: multiplies a segment below a hundred. */
export function hundred(r: Reader, j: number): Next {
  const { st } = r;
  if (st.seg === 0 || (st.seg >= 100 && !st.hasDigit) || (st.seg >= 100 && st.hasDigit && st.seg % 1 !== 0)) {
    if (r.checkpoint) Object.assign(st, r.checkpoint);
    return STOP;
  }
  if (r.checkpoint) {
    // "3 hundred and 2 hundred": the second scale starts a new number.
    Object.assign(st, r.checkpoint);
    return STOP;
  }
  st.seg *= 100;
  st.end = j + 1;
  return j + 1;
}

/** "trois douzaines", "3 dozens": only the last group counts dozens ("trois cent deux douzaines"). */
export function dozens(r: Reader, j: number): Next {
  const { st } = r;
  if (st.seg >= 100 && st.lastUnit > 0 && st.seg % 100 === st.lastUnit) st.seg += st.lastUnit * 11;
  else st.seg = (st.seg || 1) * 12;
  st.end = j + 1;
  return j + 1;
}

export function nextWordAfterHyphen(toks: Tok[], k: number): Tok | undefined {
  if (toks[k] && toks[k].t === '-') return toks[k + 1];
  return toks[k];
}
