/**
 * A small bilingual lexicon of what international news is about: countries and their demonyms,
 * capitals used as metonyms ("Moscou" for Russia), organisations, people, places and the nouns of
 * conflict coverage. It maps French and English surface forms (folded: lower case, no accents) to
 * one concept key, so that an English page and a French source meet on "north-korea" and "troops"
 * where plain word overlap (TF-IDF) sees nothing in common.
 *
 * `ubiquitous` marks concepts that nearly every article about the war in Ukraine shares (Ukraine,
 * Russia, Putin, NATO, war...): sharing them says little about sharing a story.
 * `anchor` marks concepts that pin a story down (a place, a person, a country that is not
 * ubiquitous); topic nouns (troops, strike, injured) support a match but cannot make one alone.
 */

export interface Concept {
  key: string;
  anchor: boolean;
  ubiquitous: boolean;
  /** Folded forms, one or several words each ("coree du nord"). */
  forms: string[];
}

/** Expand "base|suffix1|suffix2" into base+'' and base+suffix for each suffix. */
function inflect(spec: string): string[] {
  const [base, ...suffixes] = spec.split('|');
  return [base, ...suffixes.map((s) => base + s)];
}

function forms(...specs: string[]): string[] {
  return specs.flatMap((s) => (s.includes('|') ? inflect(s) : [s]));
}

function anchor(key: string, ...specs: string[]): Concept {
  return { key, anchor: true, ubiquitous: false, forms: forms(...specs) };
}
function common(key: string, ...specs: string[]): Concept {
  return { key, anchor: true, ubiquitous: true, forms: forms(...specs) };
}
function topic(key: string, ...specs: string[]): Concept {
  return { key, anchor: false, ubiquitous: false, forms: forms(...specs) };
}
function commonTopic(key: string, ...specs: string[]): Concept {
  return { key, anchor: false, ubiquitous: true, forms: forms(...specs) };
}

export const CONCEPTS: Concept[] = [
  // Countries, demonyms and capitals as metonyms.
  common('russia', 'russie', 'russe|s', 'russia', 'russian|s', 'moscou', 'moscow', 'kremlin', 'federation de russie'),
  common('ukraine', 'ukraine', 'ukrainien|s|ne|nes', 'ukrainian|s', 'kiev', 'kyiv'),
  anchor('north-korea', 'coree du nord', 'nord-coreen|s|ne|nes', 'north korea', 'north korean|s', 'pyongyang', 'rpdc', 'dprk'),
  anchor('south-korea', 'coree du sud', 'sud-coreen|s|ne|nes', 'south korea', 'south korean|s', 'seoul', 'republique de coree', 'republic of korea'),
  common('usa', 'etats-unis', 'americain|s|e|es', 'united states', 'american|s', 'washington', 'maison blanche', 'white house'),
  anchor('china', 'chine', 'chinois|e|es', 'china', 'chinese', 'pekin', 'beijing'),
  anchor('iran', 'iran', 'iranien|s|ne|nes', 'iranian|s', 'teheran', 'tehran'),
  anchor('israel', 'israel', 'israelien|s|ne|nes', 'israeli|s'),
  anchor('gaza', 'gaza'),
  anchor('france', 'france', 'francais|e|es', 'french', 'paris', 'elysee'),
  anchor('germany', 'allemagne', 'allemand|s|e|es', 'germany', 'german|s', 'berlin'),
  anchor('uk', 'royaume-uni', 'britannique|s', 'united kingdom', 'britain', 'british', 'londres', 'london'),
  anchor('belarus', 'bielorussie', 'belarus', 'bielorusse|s', 'belarusian|s'),
  anchor('japan', 'japon', 'japonais|e|es', 'japan', 'japanese', 'tokyo'),
  common('europe', 'europe', 'europeen|s|ne|nes', 'european|s'),
  // Organisations.
  common('nato', 'otan', 'nato', 'alliance atlantique', 'atlantic alliance'),
  anchor('un', 'onu', 'nations unies', 'united nations', 'conseil de securite', 'security council'),
  common('eu', 'union europeenne', 'european union', 'ue'),
  anchor('iaea', 'aiea', 'iaea'),
  anchor('pentagon', 'pentagone', 'pentagon'),
  // People.
  common('putin', 'poutine', 'putin', 'vladimir poutine', 'vladimir putin'),
  common('zelensky', 'zelensky', 'zelenskyy', 'zelenski', 'zelenskiy', 'volodymyr zelensky'),
  anchor('rutte', 'rutte'),
  anchor('kim-jong-un', 'kim jong un', 'kim jong-un', 'kim'),
  anchor('trump', 'trump'),
  anchor('biden', 'biden'),
  anchor('macron', 'macron'),
  anchor('stoltenberg', 'stoltenberg'),
  anchor('austin', 'austin'),
  anchor('lavrov', 'lavrov'),
  anchor('shoigu', 'choigou', 'shoigu'),
  anchor('netanyahu', 'netanyahou', 'netanyahu'),
  // Places of the war, with their two spellings.
  anchor('kursk', 'koursk', 'kursk'),
  anchor('kharkiv', 'kharkiv', 'kharkov'),
  anchor('pokrovsk', 'pokrovsk'),
  anchor('donetsk', 'donetsk', 'donbass', 'donbas'),
  anchor('kurakhove', 'kourakhove', 'kurakhove'),
  anchor('crimea', 'crimee', 'crimea'),
  anchor('kherson', 'kherson'),
  anchor('zaporizhzhia', 'zaporijia', 'zaporizhzhia', 'zaporijjia'),
  anchor('odesa', 'odessa', 'odesa'),
  anchor('bakhmut', 'bakhmout', 'bakhmut'),
  anchor('avdiivka', 'avdiivka', 'avdiïvka'),
  anchor('belgorod', 'belgorod'),
  // Nouns of conflict coverage: they support a story, they do not make one.
  topic('troops', 'troupe|s', 'soldat|s', 'militaires', 'combattant|s', 'troop|s', 'soldier|s', 'servicemen', 'fighter|s', 'contingent|s'),
  topic('deploy', 'deploiement|s', 'deploye|s|e|es', 'deployer', 'envoi', 'envoyer', 'envoye|s|e|es', 'deployment|s', 'deployed', 'deploy|s|ing', 'sent', 'send|ing|s', 'dispatch|ed'),
  topic('escalation', 'escalade', 'escalation'),
  topic('strike', 'frappe|s', 'bombardement|s', 'bombarde', 'strike|s', 'airstrike|s', 'shelling', 'bombing|s', 'bombed'),
  topic('injured', 'blesse|s|e|es', 'injured', 'wounded'),
  topic('killed', 'tue|s|e|es', 'killed', 'mort|s'),
  topic('missile', 'missile|s'),
  topic('drone', 'drone|s'),
  topic('nuclear', 'nucleaire|s', 'nuclear'),
  topic('sanctions', 'sanction|s'),
  topic('ammunition', 'munition|s', 'obus', 'ammunition', 'shell|s', 'artillery', 'artillerie'),
  topic('intelligence', 'renseignement|s', 'services secrets', 'intelligence', 'spy agency'),
  topic('energy', 'electricite', 'energie', 'energetique|s', 'electricity', 'energy', 'power grid', 'blackout|s'),
  topic('offensive', 'offensive|s', 'incursion|s', 'counteroffensive', 'contre-offensive'),
  topic('front', 'front', 'front line', 'ligne de front', 'frontline'),
  topic('summit', 'sommet', 'summit'),
  topic('ceasefire', 'cessez-le-feu', 'ceasefire', 'treve', 'truce'),
  topic('spending', 'depense|s', 'budget|s', 'spending'),
  topic('election', 'election|s', 'electoral|e|es', 'presidentielle', 'vote'),
  topic('test', 'essai|s', 'tir|s', 'test|s', 'launch|es|ed', 'lancement|s'),
  topic('ambassador', 'ambassadeur|s', 'ambassador|s', 'ambassade', 'embassy'),
  commonTopic('war', 'guerre', 'war', 'conflit', 'conflict', 'invasion'),
  commonTopic('army', 'armee', 'army', 'military', 'militaire', 'forces', 'force'),
  commonTopic('president', 'president', 'presidente'),
];

/** Folded form (words joined by single spaces) -> concept. Built once at module load. */
export const FORM_INDEX: Map<string, Concept> = (() => {
  const m = new Map<string, Concept>();
  for (const c of CONCEPTS) for (const f of c.forms) m.set(f, c);
  return m;
})();

/** The longest form has this many words: lookups try n-grams up to it. */
export const MAX_FORM_WORDS = Math.max(...CONCEPTS.flatMap((c) => c.forms.map((f) => f.split(' ').length)));
