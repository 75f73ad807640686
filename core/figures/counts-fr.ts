/**
 * What a figure counts, said in French for a French UI. The engine names a count in English, one
 * concept's English label per part (counts.ts `phrase`: [nation] [special forces] [noun or unit] [role]
 * [action] [to a place] [in a place] [(age)]; ellipsis.ts: "<noun> in total"). The same concepts' French
 * labels (core/concepts/concepts.json) say it again in French word order: the noun first, then its
 * nation adjective and its participles, agreeing with a feminine noun ("personnes palestiniennes
 * tuées à Gaza"). A part the concept table has no French for (a page's own noun, "tgv") leaves the
 * count in English: null, and the UI shows the English label as it is.
 */
import { concept, conceptIds } from '../concepts/index';

/** Measurement units have no concept label (they are not counted things): their French names. */
const UNIT_FR = new Map<string, [string, boolean]>([
  ['date', ['date', true]], ['time', ['heure', true]], ['year', ['année', true]], ['percent', ['pour cent', false]], ['share', ['part', true]],
  ['years', ['ans', false]], ['months', ['mois', false]], ['weeks', ['semaines', true]], ['days', ['jours', false]],
  ['hours', ['heures', true]], ['minutes', ['minutes', true]], ['seconds', ['secondes', true]], ['km', ['km', false]], ['km/h', ['km/h', false]],
  ['miles', ['miles', false]], ['m', ['m', false]], ['cm', ['cm', false]], ['mm', ['mm', false]], ['feet', ['pieds', false]], ['inches', ['pouces', false]], ['kg', ['kg', false]],
  ['tonnes', ['tonnes', true]], ['litres', ['litres', false]], ['hectares', ['hectares', false]], ['euro', ['euros', false]],
  ['dollar', ['dollars', false]], ['pound', ['livres', true]], ['rupee', ['roupies', true]], ['yen', ['yens', false]], ['yuan', ['yuans', false]], ['rouble', ['roubles', false]], ['hryvnia', ['hryvnias', true]], ['shekel', ['shekels', false]], ['naira', ['nairas', false]], ['times', ['fois', true]], ['points', ['points', false]],
  ['magnitude', ['magnitude', true]], ['category', ['catégorie', true]], ['age', ['âge', false]], ['people', ['personnes', true]],
]);
/** counts.ts writes the special forces modifier as these words, before the noun. */
const SPECIAL_FORCES: [string, boolean] = ['forces spéciales', true];
/** A part of this many English words at most is one concept's label ("killed or wounded"). */
const MAX_LABEL_WORDS = 4;

interface Tables {
  nouns: Map<string, [string, boolean]>;
  nations: Map<string, string>;
  participles: Map<string, string>;
  places: Map<string, string>;
}
let tables: Tables | undefined;

function build(): Tables {
  const t: Tables = { nouns: new Map(UNIT_FR), nations: new Map(), participles: new Map(), places: new Map() };
  t.nouns.set('special forces', SPECIAL_FORCES);
  for (const id of conceptIds('entity')) {
    const l = concept(id)?.label;
    if (l) t.nouns.set(l.en.toLowerCase(), [l.fr, !!l.fem]);
  }
  for (const id of [...conceptIds('role'), ...conceptIds('action')]) {
    const l = concept(id)?.label;
    if (l) t.participles.set(l.en.toLowerCase(), l.fr);
  }
  for (const id of conceptIds('nation')) {
    const c = concept(id);
    if (c?.label) t.nations.set(c.label.en.toLowerCase(), c.label.fr);
    if (c?.place) t.places.set(c.place.en.toLowerCase(), c.place.fr);
  }
  return t;
}

/** The feminine of a French plural adjective or participle: "tués" → "tuées", "palestiniens" → "palestiniennes". */
function feminine(words: string): string {
  return words.split(' ').map((w) => {
    if (/(?:ien|éen)s$/.test(w)) return `${w.slice(0, -1)}nes`;
    if (/(?:é|u|i|ai|ain|ois|t|d|l|r|f)s$/.test(w)) return `${w.slice(0, -1)}es`;
    return w;
  }).join(' ');
}

function longest<T>(map: Map<string, T>, words: string[], i: number): [T, number] | null {
  for (let n = Math.min(MAX_LABEL_WORDS, words.length - i); n > 0; n--) {
    const v = map.get(words.slice(i, i + n).join(' '));
    if (v !== undefined) return [v, n];
  }
  return null;
}

/** Two words of one root ("manifestants manifestant"): the participle only repeats its noun. */
const ROOT_CHARS = 7;
const sameRoot = (a: string, b: string): boolean => a.length >= ROOT_CHARS && b.length >= ROOT_CHARS && a.slice(0, ROOT_CHARS) === b.slice(0, ROOT_CHARS);

/** The count in French, or null when a part of it has no French in the concept table. */
export function countsInFrench(counts: string): string | null {
  const t = (tables ??= build());
  const raw = counts.trim().split(/\s+/).filter(Boolean);
  const words = raw.map((w) => w.toLowerCase());
  let i = 0;
  const nation = longest(t.nations, words, i);
  if (nation) i += nation[1];
  const nouns: Array<[string, boolean]> = [];
  for (let n = longest(t.nouns, words, i); n; n = longest(t.nouns, words, i)) {
    nouns.push(n[0]);
    i += n[1];
  }
  if (!nouns.length) return null;
  const fem = nouns[nouns.length - 1][1];
  const out = nouns.map((n) => n[0]);
  if (nation) out.push(fem ? feminine(nation[0]) : nation[0]);
  while (i < words.length) {
    const p = longest(t.participles, words, i);
    if (p) {
      if (!sameRoot(p[0], out[0])) out.push(fem ? feminine(p[0]) : p[0]);
      i += p[1];
      continue;
    }
    // A person's age (counts.ts `phrase`): "age of Lopez" / "âge de Lopez", "age (women)" / "âge (femmes)".
    if (words[i] === 'of' && i + 2 === words.length && /^\p{Lu}/u.test(raw[i + 1])) {
      out.push(`de ${raw[i + 1]}`);
      break;
    }
    const who = /^\((.+)\)$/.exec(words[i]);
    if (who && t.nouns.has(who[1]) && i + 1 === words.length) {
      out.push(`(${t.nouns.get(who[1])![0]})`);
      break;
    }
    if (words[i] === '(age)') {
      out.push('(âge)');
      i++;
      continue;
    }
    if (words[i] === 'in' && words[i + 1] === 'total' && i + 2 === words.length) {
      out.push('au total');
      break;
    }
    if ((words[i] === 'to' || words[i] === 'in') && i + 1 < words.length) {
      const place = longest(t.places, words, i + 1);
      if (place) {
        out.push(place[0]);
        i += 1 + place[1];
        continue;
      }
      // A place the text names ("in Valcourt"): its own name, after "à". Only a capitalised name is one.
      if (words[i] === 'in' && /^\p{Lu}/u.test(raw[i + 1])) {
        let j = i + 1;
        while (j < raw.length && /^\p{Lu}/u.test(raw[j])) j++;
        out.push(`à ${raw.slice(i + 1, j).join(' ')}`);
        i = j;
        continue;
      }
    }
    return null;
  }
  return out.join(' ');
}
