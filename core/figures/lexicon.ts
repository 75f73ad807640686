/**
 * Concept tables shared by counts.ts (what a figure counts) and compare.ts: French and English words
 * mapped to one language-independent concept, so "soldats russes tués ou blessés" and "Russian
 * soldiers killed or wounded" get the same key. Keys are folded spellings (fold.ts: no accents).
 * Built once at module load; lookups are plain object reads.
 */

export type ConceptType = 'category' | 'role' | 'nation' | 'place' | 'action' | 'modifier' | 'unit' | 'cue';

export interface Concept {
  id: string;
  type: ConceptType;
}

const C = (id: string, type: ConceptType): Concept => ({ id, type });

/** Single-word entries. Plural and feminine forms are listed where the stem rule below misses them. */
const WORDS: Record<string, Concept> = {};
function add(words: string, c: Concept): void {
  for (const w of words.split(/\s+/)) if (w) WORDS[w] = c;
}

// Who or what is counted.
add('soldat soldats militaire militaires troupe troupes combattant combattants soldier soldiers troops troop servicemen fighters fighter militants', C('soldier', 'category'));
add('homme hommes men man', C('man', 'category'));
add('femme femmes women woman', C('woman', 'category'));
add('enfant enfants children child mineurs', C('child', 'category'));
add('personne personnes people persons person individus', C('person', 'category'));
add('civil civils civilians civilian', C('civilian', 'category'));
add('habitant habitants inhabitants residents resident population', C('inhabitant', 'category'));
add('victime victimes casualties casualty pertes losses', C('casualty', 'role'));
add('refugie refugies refugees refugee', C('refugee', 'category'));
add('deplaces displaced', C('displaced', 'category'));
add('prisonnier prisonniers prisoners prisoner', C('prisoner', 'category'));
add('otage otages hostages hostage', C('hostage', 'category'));
add('obus shells shell', C('shell', 'category'));
add('missile missiles', C('missile', 'category'));
add('drone drones', C('drone', 'category'));
add('munition munitions ammunition', C('munition', 'category'));
add('char chars tanks tank', C('tank', 'category'));
add('avion avions aircraft planes jets', C('aircraft', 'category'));
add('district districts quartier quartiers', C('district', 'category'));
add('village villages', C('village', 'category'));
add('ville villes town towns city cities localites', C('town', 'category'));
add('pays countries country', C('country', 'category'));
add('membre membres members member', C('member', 'category'));
add('unite unites units unit', C('unit', 'category'));
add('ukrainiens', C('person', 'category'));
add('commentaires commentaire comments comment partages shares likes vues views reactions replies abonnes followers', C('furniture', 'cue'));

// Roles of people in a strike or a war.
add('tue tues tuee tuees tuer morts mort decede decedes killed dead died deaths death', C('killed', 'role'));
add('blesse blesses blessee blessees blesser wounded injured hurt injuries', C('wounded', 'role'));

// What happened to them.
add('envoyer envoye envoyes envoyee envoyees envoi envoie envoient envoyait send sent sending sends dispatched dispatch deployer deploye deployes deployees deploiement deploy deployed deploying deployment', C('send', 'action'));
add('rassemble rassembles rassembler masse masses amasse amasses gathered massed amassed assembled', C('gather', 'action'));
add('reprendre reprise retake recapture reclaim', C('retake', 'action'));
add('aider aide soutien support help helping assist', C('help', 'action'));
add('trouvent trouve present presents presence stationnes stationed based', C('present', 'action'));
add('fournir fourni fournis fournit fournissant livre livres livrer supplied supply provided provide delivered', C('supply', 'action'));
add('bombarde bombardes bombarder frappe frappes bombed shelled struck strike strikes', C('strike', 'action'));
add('combattre combattent combat fight fighting', C('fight', 'action'));

// Modifiers that make a count a different count.
add('speciales special', C('special-forces', 'modifier'));
add('reservistes reservists', C('reservist', 'modifier'));
add('agee agees age ages aged old', C('age', 'modifier'));

// Places and nations (adjectives and names).
add('russe russes russie moscou kremlin russian russians russia moscow', C('russia', 'nation'));
add('ukrainien ukrainienne ukrainiennes ukraine kiev kyiv ukrainian', C('ukraine', 'nation'));
add('pyongyang rpdc dprk', C('north-korea', 'nation'));
add('seoul', C('south-korea', 'nation'));
add('americain americaine americains americaines washington american americans', C('usa', 'nation'));
add('chine chinois chinoise china chinese pekin beijing', C('china', 'nation'));
add('iran iranien iraniens iranian', C('iran', 'nation'));
add('otan nato', C('nato', 'nation'));
add('koursk kursk', C('kursk', 'place'));
add('pokrovsk', C('pokrovsk', 'place'));
add('kharkiv kharkov', C('kharkiv', 'place'));
add('donetsk', C('donetsk', 'place'));
add('kourakhove kurakhove', C('kurakhove', 'place'));

// Military context: "hommes" in a sentence about an army are soldiers.
export const MILITARY_CUES = new Set(
  'guerre war armee army armees armies force forces militaire militaires military troupes troops front combat deploiement deployment offensive soldats soldiers'.split(' '),
);

// Measurement units (the figure's unit, not what it counts).
add('km kilometre kilometres kilometer kilometers', C('km', 'unit'));
add('mile miles', C('miles', 'unit'));
add('m metre metres meter meters', C('m', 'unit'));
add('cm centimetre centimetres centimeter centimeters', C('cm', 'unit'));
add('mm millimetre millimetres millimeter millimeters', C('mm', 'unit'));
add('ml millilitre millilitres milliliter milliliters', C('ml', 'unit'));
add('litre litres liter liters', C('litres', 'unit'));
add('kg kilo kilos kilogramme kilogrammes kilogram kilograms', C('kg', 'unit'));
add('tonne tonnes ton tons', C('tonnes', 'unit'));
add('an ans annee annees year years', C('years', 'unit'));
add('mois month months', C('months', 'unit'));
add('semaine semaines week weeks', C('weeks', 'unit'));
add('jour jours day days', C('days', 'unit'));
add('heure heures hour hours', C('hours', 'unit'));
add('minute minutes', C('minutes', 'unit'));
add('euro euros', C('euro', 'unit'));
add('dollar dollars', C('dollar', 'unit'));
add('fois times', C('times', 'unit'));

/** Multi-word names, as folded token sequences (hyphens are their own tokens). */
export const PHRASES: Array<[string[], Concept]> = [
  ['coree du nord', 'north-korea'], ['nord - coreen', 'north-korea'], ['nord - coreens', 'north-korea'], ['nord - coreenne', 'north-korea'],
  ['nord - coreennes', 'north-korea'], ['north korea', 'north-korea'], ['north korean', 'north-korea'], ['north koreans', 'north-korea'],
  ['north - korean', 'north-korea'], ['coree du sud', 'south-korea'], ['sud - coreen', 'south-korea'], ['sud - coreens', 'south-korea'],
  ['sud - coreenne', 'south-korea'], ['sud - coreennes', 'south-korea'], ['south korea', 'south-korea'], ['south korean', 'south-korea'],
  ['south koreans', 'south-korea'], ['etats - unis', 'usa'], ['united states', 'usa'], ['forces speciales', 'special-forces'],
  ['special forces', 'special-forces'], ['preter main forte', 'help'], ['lend a hand', 'help'], ['se trouvent', 'present'],
  ['se trouve', 'present'], ['already in', 'present'],
].map(([p, id]) => {
  const type: ConceptType = id === 'special-forces' ? 'modifier' : id === 'help' || id === 'present' ? 'action' : 'nation';
  return [p.split(' '), C(id, type)] as [string[], Concept];
});

export function lookup(word: string): Concept | undefined {
  const c = WORDS[word];
  if (c) return c;
  // A crude plural/feminine strip catches most forms not listed ("soldates" -> "soldat").
  if (word.length > 4 && word.endsWith('s')) return WORDS[word.slice(0, -1)];
  return undefined;
}

/** English phrases for writing `counts`. */
export const EN_PLURAL: Record<string, string> = {
  soldier: 'soldiers', man: 'men', woman: 'women', child: 'children', person: 'people', civilian: 'civilians',
  inhabitant: 'inhabitants', casualty: 'casualties', refugee: 'refugees', displaced: 'displaced people', prisoner: 'prisoners',
  hostage: 'hostages', shell: 'shells', missile: 'missiles', drone: 'drones', munition: 'munitions', tank: 'tanks',
  aircraft: 'aircraft', district: 'districts', village: 'villages', town: 'towns', country: 'countries', member: 'members', unit: 'units',
};
export const EN_NATION_ADJ: Record<string, string> = {
  russia: 'Russian', ukraine: 'Ukrainian', 'north-korea': 'North Korean', 'south-korea': 'South Korean', usa: 'American',
  china: 'Chinese', iran: 'Iranian', nato: 'NATO',
};
export const EN_PLACE: Record<string, string> = {
  russia: 'Russia', ukraine: 'Ukraine', 'north-korea': 'North Korea', 'south-korea': 'South Korea', usa: 'the United States',
  china: 'China', iran: 'Iran', nato: 'NATO', kursk: 'Kursk', pokrovsk: 'Pokrovsk', kharkiv: 'Kharkiv', donetsk: 'Donetsk',
  kurakhove: 'Kurakhove', front: 'the front',
};
export const EN_ACTION: Record<string, string> = {
  send: 'sent', gather: 'gathered', retake: 'to retake', help: 'to help', present: 'present', supply: 'supplied', strike: 'struck', fight: 'fighting',
  killed: 'killed', wounded: 'wounded', casualty: 'killed or wounded',
};

const TYPE_OF_ID = new Map<string, ConceptType>();
for (const c of Object.values(WORDS)) if (!TYPE_OF_ID.has(c.id)) TYPE_OF_ID.set(c.id, c.type);
for (const [, c] of PHRASES) if (!TYPE_OF_ID.has(c.id)) TYPE_OF_ID.set(c.id, c.type);
// 'casualty' is both a role word and a role; in keys it is always the role.
TYPE_OF_ID.set('casualty', 'role');

/** The type of a concept id used in countsKey ("russia" -> nation), or undefined for plain words. */
export function conceptType(id: string): ConceptType | undefined {
  return TYPE_OF_ID.get(id);
}
