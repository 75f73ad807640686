/**
 * Light French (and English) stemming and a small synonym lexicon, for comparing content words.
 *
 * The goal is conflation, not linguistics: "tué"/"tués", "envoyées"/"envoyé"/"envoi",
 * "déploiement"/"déployé", "Russie"/"russe", "Ukraine"/"ukrainien" must meet; an over-eager stem costs
 * little because a passage needs several of them in order or in one sentence window.
 */
import { expandLigatures } from '../text/normalize';

export { stem } from '../text/stem';
import { stem } from '../text/stem';

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
