/**
 * Vague and approximate amounts, read before exact numbers (extract.ts tries these first).
 * - Vague plurals ("des milliers", "plusieurs centaines", "thousands of", "several hundred",
 *   "dozens of", "scores of", "des dizaines de milliers"): an open lower bound of twice the scale
 *   (../shared/gold/README.md), kind 'vague'.
 * - Approximate nouns ("une quarantaine", "une cinquantaine de chefs d'État", "un millier",
 *   "une dizaine de milliers", "a dozen"): about the value, kind 'approx'; ranges.ts makes them
 *   `about` unless a bound word says more ("plus d'une centaine").
 * The phrase's span is its own words, so the figure's text shows them as the article wrote them.
 */
import type { Lang } from '../types';
import type { Tok } from './tokens';
import type { NumPhrase } from './numbers';
import { has, TABLES } from './number-words';

/** Vague plurals and the scale each stands for. */
const VAGUE_FR: Record<string, number> = { dizaines: 10, douzaines: 12, vingtaines: 20, centaines: 100, milliers: 1e3, millions: 1e6, milliards: 1e9 };
const VAGUE_EN: Record<string, number> = { tens: 10, dozens: 12, scores: 20, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9 };
/** "several dozen", "a few dozen" too: a determiner before the singular dozen is dozens. */
const VAGUE_EN_SINGULAR: Record<string, number> = { dozen: 12, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };
const VAGUE_DET = new Set(['des', 'plusieurs', 'quelques', 'de', 'several', 'many', 'some', 'few']);
/** "des milliers" means two thousand or more: the smallest plural of the scale. */
const VAGUE_MIN_COUNT = 2;

const VAGUE: Record<Lang, Record<string, number>> = { fr: VAGUE_FR, en: VAGUE_EN };

/**
 * French nouns of approximate number ("une quarantaine" is about forty). "quarantaine" is also a
 * quarantine ("placé en quarantaine"): each needs its article "une"/"un" right before it.
 */
const APPROX_FR: Record<string, number> = {
  dizaine: 10, douzaine: 12, quinzaine: 15, vingtaine: 20, trentaine: 30, quarantaine: 40,
  cinquantaine: 50, soixantaine: 60, centaine: 100, millier: 1e3,
};
const APPROX_EN: Record<string, number> = { dozen: 12 };
const APPROX: Record<Lang, Record<string, number>> = { fr: APPROX_FR, en: APPROX_EN };
const APPROX_ARTICLE: Record<Lang, Set<string>> = { fr: new Set(['une', 'un']), en: new Set(['a']) };
/** French definite articles, which leave a noun of approximate number a count before its "de": "la centaine d'enquêteurs". */
const DEFINITE_FR = new Set(['la', 'le']);
/** Adjectives between the article and the noun that leave it approximate: "une bonne centaine", "une petite vingtaine". */
const APPROX_ADJ = new Set(['bonne', 'petite', 'grosse', 'solide']);
/** Scales an approximate noun can multiply: "une dizaine de milliers", "une centaine de millions". */
const APPROX_SCALE: Record<string, number> = { milliers: 1e3, millions: 1e6, milliards: 1e9 };

/**
 * English "scores" is also a noun of its own ("test scores", "he scores"): it is vague only as
 * "scores of" + a noun, with no determiner before it ("the scores of both teams").
 */
const NOT_BEFORE_SCORES = new Set(['the', 'their', 'his', 'her', 'its', 'our', 'your', 'my', 'these', 'those', 'test', 'high', 'low']);
const DETERMINERS_EN = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'your', 'my', 'this', 'these', 'those', 'both']);

const phrase = (toks: Tok[], i0: number, i1: number, value: number, kind: 'vague' | 'approx'): NumPhrase =>
  ({ i0, i1, start: toks[i0].start, end: toks[i1 - 1].end, value, kind, words: true });

/** Does the word at k follow the one before it on the same line? */
const sameLine = (toks: Tok[], k: number): boolean => !!toks[k] && !toks[k].nl;

/** A vague or approximate amount starting at token i, or null. */
export function parseVagueAt(toks: Tok[], i: number, lang: Lang): NumPhrase | null {
  const t = toks[i];
  if (!t || t.kind !== 'w') return null;
  return approxAt(toks, i, lang) ?? vaguePluralAt(toks, i, lang);
}

/** Prepositions before which a scale's bare plural may name the unit of a table's figures ("exprimés en millions
 * d'euros", "figures are in thousands of dollars"): unitStatementAt. */
const UNIT_STATEMENT_BEFORE: Record<Lang, ReadonlySet<string>> = { fr: new Set(['en']), en: new Set(['in']) };

/**
 * Is the vague plural `p` a bare scale plural right after "en / in" ("exprimés en millions d'euros", "in thousands of
 * dollars")? Then it may state the unit a table or a series is written in, not an amount; the caller keeps it only
 * when what it counts is no unit of money or measure ("in hundreds of cities", "en centaines de morceaux" stay counts).
 */
export function unitStatementAt(toks: Tok[], p: NumPhrase, lang: Lang): boolean {
  const before = toks[p.i0 - 1], t = toks[p.i0];
  if (!(p.kind === 'vague' && !!before && !t.nl && UNIT_STATEMENT_BEFORE[lang].has(before.t) && has(VAGUE[lang], t.t))) return false;
  if (reflexiveBefore(toks, p.i0 - 2)) return false;
  // Only a sentence that states how figures are written: a verb of stating right before "en / in" ("exprimés en",
  // "expressed in", "given in"), or a copula whose subject is a noun of figures ("all amounts are in thousands",
  // "les chiffres sont en millions"). "resulted in billions of dollars", "raked in millions", "counted in billions"
  // tell an amount.
  const verb = toks[p.i0 - 2];
  if (!verb || verb.nl) return false;
  if (STATING_VERBS[lang].has(verb.t)) return true;
  return COPULAS[lang].has(verb.t) && figureNounBefore(toks, p.i0 - 2, lang);
}

/** Participles that say in which unit figures are written (unitStatementAt). */
const STATING_VERBS: Record<Lang, ReadonlySet<string>> = {
  fr: new Set(['exprime', 'exprimes', 'exprimee', 'exprimees', 'donne', 'donnes', 'donnee', 'donnees', 'indique', 'indiques', 'indiquee', 'indiquees', 'presente', 'presentes', 'presentee', 'presentees', 'libelle', 'libelles', 'libellee', 'libellees']),
  en: new Set(['expressed', 'given', 'shown', 'stated', 'presented', 'denominated', 'reported', 'listed']),
};
const COPULAS: Record<Lang, ReadonlySet<string>> = { fr: new Set(['est', 'sont']), en: new Set(['is', 'are']) };
/** Nouns of figures that, as a copula's subject, make "are in thousands" a statement of unit. */
const FIGURE_NOUNS: Record<Lang, ReadonlySet<string>> = {
  fr: new Set(['chiffres', 'montants', 'valeurs', 'donnees', 'sommes', 'prix', 'totaux', 'volumes', 'montant', 'chiffre']),
  en: new Set(['figures', 'amounts', 'numbers', 'values', 'data', 'sums', 'prices', 'totals', 'volumes', 'figure', 'amount']),
};
/** How far before the copula its subject's noun may stand: "all figures in the table are" puts three words between
 * them; a wider window would reach into another clause. */
const FIGURE_NOUN_WINDOW = 5;
/** Is a noun of figures among the few words before the copula at c, on its line and with no sentence end between? */
function figureNounBefore(toks: Tok[], c: number, lang: Lang): boolean {
  for (let k = c - 1; k >= 0 && c - k <= FIGURE_NOUN_WINDOW; k--) {
    const w = toks[k];
    if (w.t === '.' || w.t === ';' || w.t === '!' || w.t === '?') return false;
    if (FIGURE_NOUNS[lang].has(w.t)) return true;
    if (w.nl) return false;
  }
  return false;
}

/** French reflexive pronouns: "se / s'" before a verb. */
const REFLEXIVE_FR = new Set(['se', 's']);
/** Is the verb at v reflexive ("se chiffrer en milliards de dollars", "se compte en milliers", "s'évalue en millions")?
 * Its subject is then the amount the plural tells, not a table written in that unit (unitStatementAt). */
function reflexiveBefore(toks: Tok[], v: number): boolean {
  const verb = toks[v];
  if (!verb || verb.kind !== 'w') return false;
  const se = toks[v - 1]?.t === "'" ? toks[v - 2] : toks[v - 1];
  return !!se && REFLEXIVE_FR.has(se.t);
}

/** "une quarantaine", "une bonne centaine", "une dizaine de milliers", "un millier", "a dozen". */
function approxAt(toks: Tok[], i: number, lang: Lang): NumPhrase | null {
  const definite = lang === 'fr' && DEFINITE_FR.has(toks[i].t);
  if (!APPROX_ARTICLE[lang].has(toks[i].t) && !definite) return null;
  let k = i + 1;
  if (lang === 'fr' && sameLine(toks, k) && APPROX_ADJ.has(toks[k].t)) k++;
  // 'une "centaine" de policiers': a quotation mark around the noun alone.
  const quoted = sameLine(toks, k) && QUOTE_MARKS.has(toks[k].t);
  if (quoted) k++;
  const noun = toks[k];
  if (!noun || noun.nl || !has(APPROX[lang], noun.t)) return null;
  let value = APPROX[lang][noun.t];
  let end = k + 1;
  const closing = quoted && toks[end] && QUOTE_MARKS.has(toks[end].t) ? 1 : 0;
  // "la centaine d'enquêteurs", "le millier de soldats": with a definite article, only right before "de / d'" and a
  // plural noun with no determiner of its own (countedAfter), since "la quarantaine" alone is a quarantine, "la
  // quinzaine des soldes" a fortnight and "la quarantaine de l'équipage" the crew's quarantine.
  if (definite && !countedAfter(toks, end + closing)) return null;
  // "une quarantaine de 14 jours", "une quarantaine de deux semaines": a number after "de", in digits or in words, is
  // the length of the noun's own thing; the noun is no count.
  if (lang === 'fr' && numberWordOrDigits(afterOf(toks, end + closing))) return null;
  end += closing;
  // "une dizaine de milliers": the approximate count is of thousands.
  const of = toks[end];
  const scale = toks[end + 1];
  if (of && scale && !scale.nl && (of.t === 'de' || of.t === 'd') && has(APPROX_SCALE, scale.t)) {
    value *= APPROX_SCALE[scale.t];
    end += 2;
  }
  return phrase(toks, i, end, value, 'approx');
}

/** "des milliers", "plusieurs centaines", "thousands of", "several hundred", "scores of". */
function vaguePluralAt(toks: Tok[], i: number, lang: Lang): NumPhrase | null {
  const vague = VAGUE[lang];
  const t = toks[i];
  let k = i;
  if (VAGUE_DET.has(t.t)) k++;
  // "a few thousand": two-word determiner.
  if (lang === 'en' && t.t === 'a' && toks[i + 1]?.t === 'few') k = i + 2;
  const sc = toks[k];
  if (!sc || (k > i && sc.nl)) return null;
  // English says "several thousand", "a few hundred": a determiner then the singular scale.
  // "some dozen protesters" is about twelve ("some" as "about"), not dozens.
  if (lang === 'en' && t.t === 'some' && sc.t === 'dozen' && k === i + 1) return phrase(toks, i, k + 1, APPROX_EN.dozen, 'approx');
  if (lang === 'en' && k > i && !has(vague, sc.t) && has(VAGUE_EN_SINGULAR, sc.t)) {
    const scale = VAGUE_EN_SINGULAR[sc.t];
    let end = k + 1;
    let value = VAGUE_MIN_COUNT * scale;
    const nx = toks[k + 1];
    if (nx && has(VAGUE_EN_SINGULAR, nx.t) && VAGUE_EN_SINGULAR[nx.t] > scale) { value *= VAGUE_EN_SINGULAR[nx.t]; end = k + 2; }
    return phrase(toks, i, end, value, 'vague');
  }
  if (!has(vague, sc.t)) return null;
  if (lang === 'en' && sc.t === 'scores' && !scoresOf(toks, i, k)) return null;
  let scale = vague[sc.t];
  let end = k + 1;
  // "des dizaines de milliers", "tens of thousands", "hundreds of thousands".
  const of = toks[k + 1];
  const sc2 = toks[k + 2];
  if (of && (of.t === 'de' || of.t === 'of') && sc2 && has(vague, sc2.t) && vague[sc2.t] > scale) {
    scale *= vague[sc2.t];
    end = k + 3;
  }
  // French needs its determiner ("milliers" alone is rare and ambiguous), or a bare plural's own frame (bareFrenchPlural).
  if (k === i && lang === 'fr' && !bareFrenchPlural(toks, i, end)) return null;
  if (k > i && t.t === 'de' && lang === 'fr') return null;
  return phrase(toks, i, end, VAGUE_MIN_COUNT * scale, 'vague');
}

/** French determiners that open a noun phrase of its own after "de / d'": "la quarantaine de l'équipage", "la centaine
 * de ses partisans", "la dizaine de la course". After them the noun of number is a noun (a quarantine, a fortnight, a
 * race's hundredth), not the count of what follows (approxAt). */
const DETERMINERS_FR = new Set(['l', 'le', 'la', 'les', 'un', 'une', 'des', 'du', 'son', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cet', 'cette', 'ces', 'mon', 'ma', 'mes', 'notre', 'nos', 'votre', 'vos',
  // Quantifiers and pronouns open a phrase of their own too ("la quarantaine de tous les passagers", "de certains
  // passagers", "de plusieurs navires", "de ceux qui arrivent"); several end in s/x and would pass for a plural noun.
  'tous', 'toutes', 'certains', 'certaines', 'plusieurs', 'quelques', 'divers', 'diverses', 'differents', 'differentes',
  'maints', 'maintes', 'nombreux', 'nombreuses', 'ceux', 'celles', 'chacun', 'chacune', 'aucun', 'aucune', 'chaque']);
/** Is `w` a number, in digits or a French number word ("deux", "dix", "quatorze", "cent")? After "de" it is the
 * length or size of the noun's own thing ("une quarantaine de deux semaines"), never the counted noun. Not the scale
 * plurals ("une dizaine de milliers" multiplies: APPROX_SCALE). */
const numberWordOrDigits = (w: Tok | undefined): boolean =>
  !!w && (w.kind === 'd' || has(TABLES.fr.units, w.t) || w.t === 'cent' || w.t === 'mille');
/** The token after "de / d'" at k (the apostrophe passed), or undefined when no "de / d'" is at k on the same line. */
function afterOf(toks: Tok[], k: number): Tok | undefined {
  const of = toks[k];
  if (!of || of.nl || (of.t !== 'de' && of.t !== 'd')) return undefined;
  let n = k + 1;
  if (toks[n]?.t === "'") n++;
  const w = toks[n];
  return w && !w.nl ? w : undefined;
}
/**
 * Does "de / d'" at k introduce a counted plural noun: a word that is no determiner, ending as a French plural ("la
 * centaine d'agents", "la dizaine de jours")? A noun of number with its definite article counts only so: the singular
 * after it ("la quarantaine de rigueur") or a determiner ("la quarantaine de l'équipage") makes it a noun of its own.
 */
function countedAfter(toks: Tok[], k: number): boolean {
  const w = afterOf(toks, k);
  if (!w || w.kind !== 'w' || DETERMINERS_FR.has(w.t) || numberWordOrDigits(w)) return false;
  return FRENCH_PLURAL.test(w.t);
}
/** A French plural's ending ("agents", "jours", "journaux", "nez"). */
const FRENCH_PLURAL = /[sxz]$/;

/** Quotation marks a writer may set around the vague noun alone ("des « centaines » de migrants"). */
const QUOTE_MARKS = new Set(['\u00bb', '\u00ab', '"', '\u201d', '\u201c']);
/** French prepositions after which a plural of number stands without a determiner: "évacuations par milliers", "les
 * victimes se comptent par dizaines" (a manner, "by the thousand"). */
const BARE_AFTER_FR = new Set(['par']);
/**
 * A French vague plural with no determiner of its own ("de dizaines de blessés" after "et", "des « centaines » de
 * migrants", "les milliers de dockers", "ces milliers de supporters", "milliers de spectateurs" in a headline): it counts
 * when "de / d'" and a word follow it (the counted noun, or a scale: "centaines de millions de dollars"), or after "par".
 * The rule reads the noun's own phrase, not its determiner: "de" (a partitive after a negation or "et de"), a definite
 * article or a demonstrative all leave a count (extract46: 24 gold figures of 15 stories were lost, none of them noise).
 * "Les milliers sont rares", with nothing counted after it, stays out.
 */
function bareFrenchPlural(toks: Tok[], i: number, end: number): boolean {
  const before = toks[i - 1];
  if (before && !toks[i].nl && BARE_AFTER_FR.has(before.t)) return true;
  let k = end;
  if (toks[k] && QUOTE_MARKS.has(toks[k].t)) k++;
  const of = toks[k], noun = toks[k + 1];
  if (!of || of.nl || (of.t !== 'de' && of.t !== 'd') || !noun || noun.nl) return false;
  const word = noun.t === "'" ? toks[k + 2] : noun;
  // "les millions de l'héritage", "les centaines d'un budget": a singular determiner after "de" opens a thing of its
  // own, and the plural is an amount of it (money), not a count of people.
  return !!word && word.kind === 'w' && !SINGULAR_DETERMINERS_FR.has(word.t);
}
/** Singular determiners (folded): after a bare plural's "de" they name one thing, not the counted plural noun. */
const SINGULAR_DETERMINERS_FR = new Set(['l', 'le', 'la', 'un', 'une', 'du', 'ce', 'cet', 'cette', 'son', 'sa', 'leur', 'mon', 'ma', 'notre', 'votre']);

/** "scores of people": "of" then a noun, and no determiner or qualifying noun before "scores". */
function scoresOf(toks: Tok[], i: number, k: number): boolean {
  const before = toks[i - 1];
  if (k === i && before && NOT_BEFORE_SCORES.has(before.t)) return false;
  const of = toks[k + 1];
  const next = toks[k + 2];
  return !!of && of.t === 'of' && !!next && next.kind === 'w' && !DETERMINERS_EN.has(next.t);
}
