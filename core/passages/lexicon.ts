/**
 * Light French (and English) stemming and a small synonym lexicon, for comparing content words.
 *
 * The goal is conflation, not linguistics: "tué"/"tués", "envoyées"/"envoyé"/"envoi",
 * "déploiement"/"déployé", "Russie"/"russe", "Ukraine"/"ukrainien" must meet; an over-eager stem costs
 * little because a passage needs several of them in order or in one sentence window.
 */
import { expandLigatures } from '../text/normalize';

// Suffixes stripped once, longest first. The stem must keep at least MIN_STEM letters so that short
// words ("mine", "front") are not reduced to noise.
const SUFFIXES = [
  'issements', 'issement', 'issantes', 'issante', 'issants', 'issant', 'issions', 'issons', 'issent', 'issait',
  'ements', 'ement', 'ations', 'ation', 'iennes', 'ienne', 'iens', 'ien', 'ennes', 'enne', 'eennes', 'eenne',
  'eens', 'een', 'ances', 'ance', 'ences', 'ence', 'ateurs', 'ateur', 'atrices', 'atrice', 'euses', 'euse', 'eux',
  'iques', 'ique', 'ables', 'able', 'istes', 'iste', 'ismes', 'isme', 'aient', 'erait', 'eront', 'erons', 'ait',
  'ant', 'ants', 'ante', 'antes', 'ees', 'ee', 'es', 'er', 'ez', 'ent', 'ir', 'it', 'is', 'ies', 'ie', 'e', 's', 'x',
  // English inflections: the engine also runs on English pages.
  'ings', 'ing', 'ed', 're', 'ives', 'ive', 'ifs', 'if',
].sort((a, b) => b.length - a.length);
const MIN_STEM = 3;

const stemCache = new Map<string, string>();

/** Stem one folded word (lower case, no accents). */
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s !== undefined) return s;
  s = word;
  if (!/^\p{N}+$/u.test(s)) {
    for (const suf of SUFFIXES) {
      if (s.length - suf.length >= MIN_STEM && s.endsWith(suf)) {
        s = s.slice(0, s.length - suf.length);
        break;
      }
    }
    // "envoy-" (envoyer, envoyées) and "envoi" are one stem; so are "fourni" and "fourn-ir".
    // Looping also folds transliteration variants: "Zelenskyy" / "Zelensky" / "Zelenski".
    while (s.length > 4 && (s.endsWith('y') || s.endsWith('i'))) s = s.slice(0, -1);
    // Doubled final consonant left by a suffix ("annonce"/"annoncer" fine; "appell-ent"/"appel").
    if (s.length > 4 && s[s.length - 1] === s[s.length - 2] && !/[aeiou]/.test(s[s.length - 1])) s = s.slice(0, -1);
  }
  if (stemCache.size > 200_000) stemCache.clear();
  stemCache.set(word, s);
  return s;
}

/**
 * Words that news copy uses interchangeably for the same referent, mapped to the stems of a canonical
 * form. Kept small and generic (capitals for countries, acronyms for organisations, the usual words
 * for troops): a synonym only helps when a passage also shares other words, so a wrong conflation
 * rarely creates a passage on its own.
 */
const SYNONYM_TABLE: Record<string, string[]> = {
  // troops
  soldat: ['troup'], soldats: ['troup'], troupe: ['troup'], troupes: ['troup'], hommes: ['troup'],
  combattant: ['troup'], combattants: ['troup'], militaires: ['troup'], troops: ['troup'], soldiers: ['troup'],
  // capitals and acronyms for countries
  moscou: ['russ'], kremlin: ['russ'], moscow: ['russ'], russia: ['russ'], russian: ['russ'],
  pyongyang: ['cor', 'nord'], rpdc: ['cor', 'nord'], dprk: ['cor', 'nord'],
  seoul: ['cor', 'sud'], kiev: ['ukrain'], kyiv: ['ukrain'], ukrainian: ['ukrain'],
  washington: ['etat', 'uni'], usa: ['etat', 'uni'],
  pekin: ['chin'], beijing: ['chin'], teheran: ['iran'],
  // organisations
  onu: ['nation', 'uni'], nato: ['otan'],
  korea: ['cor'], korean: ['cor'], north: ['nord'], south: ['sud'],
};

// A Map, not the object: a word like "constructor" must not find Object.prototype's members.
const SYNONYMS = new Map(Object.entries(SYNONYM_TABLE));

/** Content stems of one folded word part; [] for function words. */
export function contentStems(part: string, stopwords: Set<string>): string[] {
  const w = expandLigatures(part);
  if (w.length === 0 || stopwords.has(w)) return [];
  const syn = SYNONYMS.get(w);
  if (syn) return syn;
  // Single letters (the "t" of "a-t-il") carry nothing; single digits do.
  if (w.length === 1 && !/\p{N}/u.test(w)) return [];
  return [stem(w)];
}
