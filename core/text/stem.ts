/**
 * Light French (and English) stemming, for comparing content words across inflections.
 *
 * The goal is conflation, not linguistics: "tué"/"tués", "envoyées"/"envoyé"/"envoi",
 * "déploiement"/"déployé", "Russie"/"russe", "Ukraine"/"ukrainien" must meet; an over-eager stem costs
 * little because a passage needs several of them in order or in one sentence window.
 */

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
    // Looping also folds transliteration variants: "Alexei" / "Alexey" / "Alexeï".
    while (s.length > 4 && (s.endsWith('y') || s.endsWith('i'))) s = s.slice(0, -1);
    // Doubled final consonant left by a suffix ("annonce"/"annoncer" fine; "appell-ent"/"appel").
    if (s.length > 4 && s[s.length - 1] === s[s.length - 2] && !/[aeiou]/.test(s[s.length - 1])) s = s.slice(0, -1);
  }
  if (stemCache.size > 200_000) stemCache.clear();
  stemCache.set(word, s);
  return s;
}
