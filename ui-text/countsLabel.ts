/**
 * What a figure counts, in the UI language. The engine names it in English, from a closed
 * vocabulary (core/concepts: nation adjective, counted noun, action, "to"/"in" a place), so a
 * small glossary can say it in French with French word order (noun first, then the adjective:
 * "soldats nord-coréens envoyés en Russie"). Any word the glossary does not know keeps the English
 * label as it is (marked lang="en"): a reader is better served by clean English than by franglais.
 */
const ADJ: Record<string, [m: string, f: string]> = {
  'north korean': ['nord-coréens', 'nord-coréennes'],
  'south korean': ['sud-coréens', 'sud-coréennes'],
  russian: ['russes', 'russes'],
  ukrainian: ['ukrainiens', 'ukrainiennes'],
  american: ['américains', 'américaines'],
  chinese: ['chinois', 'chinoises'],
  iranian: ['iraniens', 'iraniennes'],
  nato: ["de l'OTAN", "de l'OTAN"],
};
/** Counted nouns: French, and whether adjectives agree in the feminine. */
const NOUN: Record<string, [string, boolean]> = {
  soldiers: ['soldats', false], men: ['hommes', false], women: ['femmes', true], children: ['enfants', false], people: ['personnes', true],
  civilians: ['civils', false], inhabitants: ['habitants', false], casualties: ['victimes', true], refugees: ['réfugiés', false],
  'displaced people': ['personnes déplacées', true], prisoners: ['prisonniers', false], hostages: ['otages', false], shells: ['obus', false],
  missiles: ['missiles', false], drones: ['drones', false], munitions: ['munitions', true], tanks: ['chars', false], aircraft: ['avions', false],
  districts: ['districts', false], villages: ['villages', false], towns: ['villes', true], countries: ['pays', false], members: ['membres', false],
  units: ['unités', true], 'special forces': ['forces spéciales', true], hours: ['heures', true], days: ['jours', false], weeks: ['semaines', true],
  years: ['ans', false], allies: ['alliés', false], tonnes: ['tonnes', true], percent: ['pour cent', false], date: ['date', true], number: ['nombre', false],
};
const ACTION: Record<string, [string, string]> = {
  sent: ['envoyés', 'envoyées'], gathered: ['rassemblés', 'rassemblées'], present: ['présents', 'présentes'], supplied: ['livrés', 'livrées'],
  struck: ['frappés', 'frappées'], killed: ['tués', 'tuées'], wounded: ['blessés', 'blessées'], 'killed or wounded': ['tués ou blessés', 'tuées ou blessées'],
  fighting: ['au combat', 'au combat'], 'to retake': ['pour reprendre', 'pour reprendre'], 'to help': ['pour aider', 'pour aider'],
};
const PLACE: Record<string, [toPlace: string, inPlace: string]> = {
  russia: ['en Russie', 'en Russie'], ukraine: ['en Ukraine', 'en Ukraine'], 'north korea': ['en Corée du Nord', 'en Corée du Nord'],
  'south korea': ['en Corée du Sud', 'en Corée du Sud'], 'the united states': ['aux États-Unis', 'aux États-Unis'], china: ['en Chine', 'en Chine'],
  iran: ['en Iran', 'en Iran'], nato: ["à l'OTAN", "dans l'OTAN"], kursk: ['à Koursk', 'à Koursk'], pokrovsk: ['à Pokrovsk', 'à Pokrovsk'],
  kharkiv: ['à Kharkiv', 'à Kharkiv'], donetsk: ['à Donetsk', 'à Donetsk'], kurakhove: ['à Kourakhové', 'à Kourakhové'], 'the front': ['au front', 'sur le front'],
};

function longest<T>(dict: Record<string, T>, words: string[], i: number): [T, number] | null {
  for (let n = Math.min(3, words.length - i); n > 0; n--) {
    const k = words.slice(i, i + n).join(' ');
    if (Object.hasOwn(dict, k)) return [dict[k], n];
  }
  return null;
}

/** The French label, or null when the glossary does not cover every word. */
export function countsInFrench(counts: string): string | null {
  const words = counts.toLowerCase().replace(/[()]/g, '').split(/\s+/).filter(Boolean);
  let i = 0;
  const adj = longest(ADJ, words, i);
  if (adj) i += adj[1];
  const nouns: Array<[string, boolean]> = [];
  for (let n = longest(NOUN, words, i); n; n = longest(NOUN, words, i)) {
    nouns.push(n[0]);
    i += n[1];
  }
  if (nouns.length === 0) return null;
  const fem = nouns[nouns.length - 1][1];
  const out: string[] = nouns.map((n) => n[0]);
  if (adj) out.splice(nouns.length, 0, adj[0][fem ? 1 : 0]);
  while (i < words.length) {
    const act = longest(ACTION, words, i);
    if (act) {
      out.push(act[0][fem ? 1 : 0]);
      i += act[1];
      continue;
    }
    if ((words[i] === 'to' || words[i] === 'in') && i + 1 < words.length) {
      const place = longest(PLACE, words, i + 1);
      if (place) {
        out.push(place[0][words[i] === 'to' ? 0 : 1]);
        i += 1 + place[1];
        continue;
      }
    }
    if (words[i] === 'age') {
      out.push('(âge)');
      i++;
      continue;
    }
    return null;
  }
  return out.join(' ');
}

/** The label to show and its language. */
export function countsLabel(counts: string, uiLang: string): { text: string; lang: string } {
  if (uiLang.startsWith('fr')) {
    const fr = countsInFrench(counts);
    if (fr) return { text: fr, lang: 'fr' };
  }
  return { text: counts, lang: 'en' };
}
