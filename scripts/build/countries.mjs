#!/usr/bin/env node
/**
 * Regenerates core/concepts/countries.json: every country and territory of ISO 3166-1 as a `nation`
 * concept, its French and English names and their common short forms, and its people's adjective
 * ("marocain", "Moroccan"), so that "Royaume-Uni", "United Kingdom", "UK" and "Britain" meet, and so do
 * "Émirats arabes unis" and "United Arab Emirates", for any story rather than the nations written by hand.
 *
 * Sources, both MIT, neither a dependency of the project (the data file is committed; install them
 * anywhere and point this script there, as scripts/build/background-words.mjs does):
 *   - `i18n-iso-countries`: country names in French and English, with aliases ("UAE", "Czechia").
 *   - `i18n-nationality`: one adjective per country and language, masculine singular ("Marocain",
 *     "Moroccan"); the French feminine and plurals are made here. Compared with the alternatives on npm
 *     (`@dropdowns/nationalities`, English only; `ms-nationalities`, one app's list), the only one with French.
 *
 *   npm install --prefix /tmp/geo i18n-iso-countries i18n-nationality
 *   node scripts/build/countries.mjs /tmp/geo/node_modules
 *
 * The nations written by hand in core/concepts/concepts.json keep their id, labels, capitals and
 * demonyms: a country one of whose names is already a form of a hand-written nation is emitted under
 * that nation's id, and core/concepts/index.ts adds its forms to it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const modules = process.argv[2];
if (!modules) {
  console.error('usage: node scripts/build/countries.mjs <node_modules holding i18n-iso-countries and i18n-nationality>');
  process.exit(2);
}
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const read = (p) => JSON.parse(readFileSync(p, 'utf8'));
const iso = join(modules, 'i18n-iso-countries');
const nat = join(modules, 'i18n-nationality');
const names = { fr: read(join(iso, 'langs', 'fr.json')).countries, en: read(join(iso, 'langs', 'en.json')).countries };
const adjectives = { fr: read(join(nat, 'langs', 'fr.json')).nationalities, en: read(join(nat, 'langs', 'en.json')).nationalities };
const versions = [iso, nat].map((p) => { const j = read(join(p, 'package.json')); return `${j.name} ${j.version} (${j.license})`; });

/** Same folding as core/text/fold.ts for the Latin letters these lists hold. */
const fold = (w) => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’]/g, "'");
/** A name as a form of the concept table: folded, its words joined by "_" (see splitForms in core/concepts/index.ts). */
const asForm = (name) => fold(name).trim().replace(/\s+/g, '_');

/**
 * Names that are also common words or first names in French or English news, dropped as single words
 * (a phrase that holds them stays: "Republic of Chad", "République du Congo"). Each is a word a page
 * uses for something else far more often than for the country: a meeting ("réunion", "reunion"), a
 * weapon ("grenade"), an adjective ("bénin": a minor injury is "bénigne"), a first name ("Dominique",
 * "Jordan", "Chad", "Maurice", "Salomon"), a US state ("Georgia", "Jersey"), a food or a material
 * ("guinea" fowl, "chili", "suède" leather), a pronoun or a noun ("us", "man"), "eau" (water: the French
 * initials of the Emirates). Reviewed from the names that the everyday word lists of
 * core/story/background.json rank among their most common words (the script prints them) and by reading
 * the whole list of one-word forms.
 */
const AMBIGUOUS = new Set([
  'reunion', 'grenade', 'benin', 'dominique', 'jordan', 'chad', 'maurice', 'salomon', 'georgia', 'jersey',
  'man', 'guinea', 'chili', 'us', 'eau', 'suede',
]);
/** Adjectives of the nationality list left out, by country and language: filed under the wrong country
 *  (Wales's "Welsh"/"gallois" under Wallis and Futuna), or another people's too ("Malouins" are the people
 *  of Saint-Malo; in French "Guyanais" are mostly those of French Guiana, not of Guyana). */
const LEFT_OUT_ADJECTIVES = new Set(['WF:fr', 'WF:en', 'FK:fr', 'GY:fr']);
/** Adjectives the press uses that the list lacks or spells otherwise ("émirien" there, "émirati" in news),
 *  as [country, language, masculine singular]. */
const MORE_ADJECTIVES = [['AE', 'fr', 'émirati'], ['AE', 'en', 'Emirati']];
/**
 * Names the press uses that the country list lacks: the French or English exonym where the list gives the country's
 * own name ("Birmanie", "Burma" for Myanmar), a short name where the list gives only a formal one or one with a
 * comma ("Moldova, Republic of", "Lao People's Democratic Republic"), the common initials ("RDC", "DRC"). Without
 * them a page writing "Birmanie" read a name that met no article's nation in the other language. Reviewed from
 * the places of countries.json whose forms hold no short name and from the renamed countries; as [country,
 * language, name].
 */
const MORE_NAMES = [
  ['MM', 'fr', 'Birmanie'], ['MM', 'en', 'Burma'], ['MD', 'en', 'Moldova'], ['CZ', 'fr', 'Tchéquie'],
  ['SZ', 'fr', 'Eswatini'], ['SZ', 'fr', 'Swaziland'], ['SZ', 'en', 'Swaziland'], ['TL', 'fr', 'Timor oriental'],
  ['TL', 'en', 'East Timor'], ['CD', 'fr', 'RDC'], ['CD', 'en', 'DRC'], ['VA', 'en', 'Vatican'], ['LA', 'en', 'Laos'],
  ['CV', 'fr', 'Cabo Verde'], ['CV', 'en', 'Cabo Verde'], ['BA', 'fr', 'Bosnie'], ['BA', 'en', 'Bosnia'],
  ['CF', 'fr', 'Centrafrique'],
];
/** Forms shorter than this many letters ("US", "UK" aside, which are hand-written) name nothing for sure. */
const MIN_LETTERS = 3;

// Forms the hand-written table already gives to a concept: a nation's are merged, anyone else's kept theirs.
const table = read(join(root, 'core', 'concepts', 'concepts.json')).concepts;
const handForm = new Map();
for (const c of table) for (const f of `${c.fr} ${c.en}`.split(/\s+/).filter(Boolean)) if (!handForm.has(f)) handForm.set(f, c);
const background = read(join(root, 'core', 'story', 'background.json'));
/** How common a word must be in everyday language (rank) to be printed for review. */
const REVIEW_RANK = 5000;
const everyday = new Map();
for (const lang of ['fr', 'en']) background[lang].split(' ').slice(0, REVIEW_RANK).forEach((w) => everyday.set(w, lang));

const list = (v) => (Array.isArray(v) ? v : v ? [v] : []);
/** "Saint-Siège (Vatican)" -> both; "Korea, Republic of" and "U.S.A." are not how news writes them. */
function nameForms(name) {
  const m = /^(.*?)\s*\(([^)]*)\)\s*(.*)$/.exec(name);
  // A one-word name in final brackets is a name too ("Vatican"); "(Keeling)" or "(Kingdom of the)" is not.
  const parts = m ? [`${m[1]} ${m[3]}`.trim(), ...(m[3] === '' && /^\p{L}+$/u.test(m[2]) ? [m[2]] : [])] : [name];
  return parts.filter((p) => !/[.,]/.test(p)).map(asForm);
}
/** French adjective, masculine singular -> its four forms ("marocain" -> marocain(e)(s); "belge" -> belge(s)). */
const inflect = (lang, m) => (lang === 'fr' ? frInflect(m) : enInflect(m));
function frInflect(m) {
  // The list gives a few in the plural already ("Gibraltariens").
  if (/iens$/.test(m)) return [m, m.slice(0, -1), `${m.slice(0, -1)}ne`, `${m.slice(0, -1)}nes`];
  if (/[sx]$/.test(m)) return [m, `${m}e`, `${m}es`];
  if (m.endsWith('c')) return [m, `${m}s`, `${m}que`, `${m}ques`];
  if (m.endsWith('e')) return [m, `${m}s`];
  if (/(?:en|on)$/.test(m)) return [m, `${m}s`, `${m}ne`, `${m}nes`];
  return [m, `${m}s`, `${m}e`, `${m}es`];
}
/** English adjective -> its people noun's plural where there is one ("Moroccans"; never "Chineses"). */
function enInflect(m) {
  return /(?:s|sh|ch|ese)$/.test(m) ? [m] : [m, `${m}s`];
}
/** One-word adjectives only: "Congolais (République du Congo)" is one adjective for two countries. */
const oneAdjective = (a) => (a && /^[\p{L}-]+$/u.test(a) ? a : undefined);

const adjectiveCount = new Map();
for (const lang of ['fr', 'en']) for (const a of Object.values(adjectives[lang])) if (oneAdjective(a)) adjectiveCount.set(`${lang}:${fold(a)}`, (adjectiveCount.get(`${lang}:${fold(a)}`) ?? 0) + 1);

const out = [];
const review = [];
const dropped = [];
const formsOf = new Map();
const countries = new Map();
for (const code of Object.keys(names.en)) {
  const forms = { fr: [], en: [] };
  for (const lang of ['fr', 'en']) for (const n of list(names[lang][code])) forms[lang].push(...nameForms(n));
  for (const [c, l, more] of MORE_NAMES) if (c === code) forms[l].push(asForm(more));
  const adj = {};
  const adjForms = { fr: [], en: [] };
  for (const lang of ['fr', 'en']) {
    // The press's adjective is also the label.
    for (const [c, l, more] of MORE_ADJECTIVES) if (c === code && l === lang) { adj[lang] = more; adjForms[lang].push(...inflect(lang, asForm(more))); }
    const a = LEFT_OUT_ADJECTIVES.has(`${code}:${lang}`) ? undefined : oneAdjective(adjectives[lang][code]);
    // An adjective shared by two countries, or that is the country's own name ("Bermuda"), says nothing more.
    if (!a || adjectiveCount.get(`${lang}:${fold(a)}`) > 1 || forms[lang].includes(asForm(a))) continue;
    adj[lang] ??= a;
    adjForms[lang].push(...inflect(lang, asForm(a)));
  }
  formsOf.set(code, { forms, adj, adjForms });
  for (const f of new Set([...forms.fr, ...forms.en, ...adjForms.fr, ...adjForms.en])) countries.set(f, (countries.get(f) ?? 0) + 1);
}
for (const [code, { forms, adj, adjForms }] of formsOf) {
  // The hand-written nation this country is, if one of its names already is one of its forms.
  const hand = [...forms.fr, ...forms.en, ...adjForms.fr, ...adjForms.en].map((f) => handForm.get(f)).find((c) => c && c.type === 'nation');
  const keep = { fr: [], en: [] };
  for (const lang of ['fr', 'en']) {
    // A hand-written nation keeps its own adjectives and gains names only ("Great Britain").
    for (const f of new Set(hand ? forms[lang] : [...forms[lang], ...adjForms[lang]])) {
      const letters = f.replace(/[^\p{L}]/gu, '').length;
      const owner = handForm.get(f);
      // A name of two countries ("Congo") names neither for sure.
      if (letters < MIN_LETTERS || AMBIGUOUS.has(f) || countries.get(f) > 1) { dropped.push(`${code} ${f}`); continue; }
      // A word the hand-written table gives another concept keeps that meaning; a hand-written nation's own is already there.
      if (owner) { if (owner !== hand) dropped.push(`${code} ${f} (is ${owner.id})`); continue; }
      if (!f.includes('_') && everyday.has(f)) review.push(`${code} ${f} (${everyday.get(f)})`);
      keep[lang].push(f);
    }
  }
  if (hand && !keep.fr.length && !keep.en.length) continue;
  const frName = displayName(names.fr[code]);
  const enName = displayName(names.en[code]);
  const concept = hand
    ? { id: hand.id, fr: keep.fr.join(' '), en: keep.en.join(' ') }
    : {
        id: `iso-${code.toLowerCase()}`,
        type: 'nation',
        // Labels as the hand-written table writes them: French plural, English adjective; the country's
        // name where the adjective list has none. Places are bare names: French prepositions ("au", "en",
        // "aux") depend on each name's gender and are not in the sources.
        label: { en: adj.en ?? enName, fr: adj.fr ? frPlural(adj.fr) : frName },
        place: { en: enName, fr: frName },
        // Labels and places are for display; some are common words or first names left out of the forms ("Jordan").
        formsOnly: true,
        fr: keep.fr.join(' '),
        en: keep.en.join(' '),
      };
  if (concept.fr || concept.en) out.push(concept);
}
/** The name to show: the shortest that is no abbreviation ("United States", not "USA"), brackets dropped
 *  ("Saint-Siège (Vatican)" -> "Saint-Siège"). */
function displayName(v) {
  const plain = list(v).map((n) => n.replace(/\s*\([^)]*\)/g, '').trim()).filter((n) => !/[.,]/.test(n) && n !== n.toUpperCase());
  return plain.sort((a, b) => a.length - b.length)[0] ?? list(v)[0];
}
function frPlural(a) {
  const m = a.toLowerCase();
  return /[sx]$/.test(m) ? m : `${m}s`;
}

const dest = join(root, 'core', 'concepts', 'countries.json');
const note = `Countries and territories of ISO 3166-1 as nation concepts, generated by scripts/build/countries.mjs from ${versions.join(' and ')}. Same form syntax as concepts.json. An id that concepts.json has adds these forms to that hand-written nation.`;
writeFileSync(dest, `{"version": 1, "note": ${JSON.stringify(note)}, "countries": [\n${out.map((c) => '  ' + JSON.stringify(c)).join(',\n')}\n]}\n`);
console.log(`wrote ${dest}: ${out.length} countries (${out.filter((c) => !c.id.startsWith('iso-')).length} merged into hand-written nations)`);
console.log(`dropped forms: ${dropped.join('; ')}`);
console.log(`kept single-word forms among the ${REVIEW_RANK} most common everyday words (review): ${review.join('; ')}`);
