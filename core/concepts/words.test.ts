import { describe, expect, it } from 'vitest';
import data from './concepts.json';
import { conceptsOf, lookup, phrasesStartingWith } from './index';
import { fold } from '../text/fold';

type Row = { id: string; type: string; fr?: string; en?: string };
const rows = data.concepts as Row[];
const formsOf = (r: Row): string[] => [...(r.fr ?? '').split(/\s+/), ...(r.en ?? '').split(/\s+/)].filter(Boolean);

/** The general vocabulary written in session 21 (lexicon21): the run of `word` entries that follows "w-revenue",
 *  the last entry of the earlier block. The earlier block shares some forms with other types on purpose (a `word`
 *  that is also a cue or a modifier); the new block was written to share none. */
const start = rows.findIndex((r) => r.id === 'w-revenue') + 1;
let end = start;
while (end < rows.length && rows[end].type === 'word') end++;
const block = rows.slice(start, end);

/** Folded words that are one word in French and another in English ("pays" is a country, not "pays"; "car" is
 *  "because"; "sent" is "smells"; "attend" is "waits"; "salaries" are employees): a form of the map must never be one,
 *  or a sentence of one language would meet a sentence of the other on a word neither means. */
const FALSE_FRIENDS = [
  'pays', 'car', 'cars', 'pour', 'sale', 'main', 'attend', 'lit', 'sort', 'rose', 'fit', 'dire', 'pain', 'chat', 'chair',
  'sent', 'bat', 'dent', 'tape', 'coin', 'four', 'rage', 'once', 'mise', 'but', 'mine', 'pile', 'ride', 'bride', 'range',
  'plat', 'note', 'rate', 'tire', 'reste', 'evasion', 'voter', 'chose', 'coupe', 'vague', 'grave', 'salaries', 'rapport',
];

describe('the general vocabulary of session 21 (lexicon21)', () => {
  it('is a block of a hundred and more entries of type word', () => {
    expect(block.length).toBeGreaterThanOrEqual(100);
    for (const r of block) expect(r.type, r.id).toBe('word');
  });

  it('writes every form folded: lower case, no accents, words joined by "_"', () => {
    for (const r of block) {
      expect(r.fr, r.id).toBeTruthy();
      expect(r.en, r.id).toBeTruthy();
      for (const f of formsOf(r)) {
        expect(f, r.id).toMatch(/^[a-z]+(?:_[a-z]+)*$/);
        expect(fold(f.replace(/_/g, ' ')), r.id).toBe(f.replace(/_/g, ' '));
      }
    }
  });

  it('gives no form to two entries, nor to a concept of another type (entity, role, action, unit, topic, cue...)', () => {
    const owner = new Map<string, string>();
    for (const r of rows) {
      if (block.includes(r)) continue;
      for (const f of formsOf(r)) owner.set(f, `${r.type}:${r.id}`);
    }
    const seen = new Map<string, string>();
    for (const r of block) {
      for (const f of formsOf(r)) {
        expect(owner.get(f), `${r.id} ${f}`).toBeUndefined();
        expect(seen.get(f) ?? r.id, `${r.id} ${f}`).toBe(r.id);
        seen.set(f, r.id);
      }
    }
  });

  it('lists no word that is another word of the other language', () => {
    const all = new Set(block.flatMap(formsOf));
    for (const w of FALSE_FRIENDS) expect(all.has(w), w).toBe(false);
  });

  it('bridges the news words of two languages that share no letters', () => {
    const idOf = (w: string): string | undefined => conceptsOf(w).find((c) => c.type === 'word')?.id;
    for (const [fr, en] of [
      ['retablie', 'restored'],
      ['inconnues', 'unclear'],
      ['abattus', 'downed'],
      ['actualisees', 'updated'],
      ['fumee', 'smoke'],
      ['retards', 'delayed'],
      ['reseau', 'networks'],
      ['logiciel', 'software'],
      ['ennemis', 'enemy'],
      ['preuves', 'evidence'],
      ['echec', 'failed'],
    ]) {
      expect(idOf(fr), fr).toBeDefined();
      expect(idOf(fr), `${fr} / ${en}`).toBe(idOf(en));
    }
  });

  it('has no phrase: the figures read a phrase of any type as the concept of the words it covers (count-base conceptAt)', () => {
    // A phrase of this block ("compagnies_aeriennes", "shot_down") moved figures' cross-key comparisons when tried.
    for (const r of block) for (const f of formsOf(r)) expect(f, r.id).not.toContain('_');
    expect(phrasesStartingWith('shot').some((p) => p.c.type === 'word')).toBe(false);
  });

  it('stays out of what figures look up: lookup without a type never returns a general word', () => {
    for (const w of ['retard', 'delay', 'reseau', 'inconnu', 'fumee', 'restored']) expect(lookup(w), w).toBeUndefined();
  });
});

describe('the words of session 26 (context26): clause words that kept French and English figures apart', () => {
  it('bridges each French word to its English translation', () => {
    const idOf = (w: string): string | undefined => conceptsOf(w).find((c) => c.type === 'word')?.id;
    for (const [fr, en] of [
      ['benefices', 'profits'],
      ['resultats', 'outcome'],
      ['puissante', 'powerful'],
      ['profondeur', 'depth'],
      ['secteurs', 'sector'],
      ['trimestriel', 'quarterly'],
      ['recomptage', 'recount'],
      ['fraudes', 'fraudulent'],
      ['survenus', 'occurred'],
      ['interets', 'interest'],
      ['organisateurs', 'organisers'],
      ['epicentre', 'epicenter'],
    ]) {
      expect(idOf(fr), fr).toBeDefined();
      expect(idOf(fr), `${fr} / ${en}`).toBe(idOf(en));
    }
  });

  it('leaves out the words measured to join counts of other things (context26)', () => {
    // Each was tried and measured on the development set (core/concepts/README.md): "viol" / "rape", "condamné" /
    // "sentenced" and "prison" joined the sentences of two defendants; "atteignant" / "reaching" a day's high and its
    // low; "brûlé" / "burned" two days' burned areas; "bondir" / "soared", "abaisser" / "lowered" a share's move and
    // another's; "panne" / "outage" the costs of one outage told two ways (cross-key +6, one pair right); "recueilli" (votes
    // gathered) / "gained" lifted an unrelated election page over the same-story threshold; each more often than it
    // joined one count.
    for (const w of ['viol', 'condamne', 'sentenced', 'prison', 'atteignant', 'brule', 'burned', 'bondi', 'soared', 'abaisse', 'lowered', 'panne', 'outage', 'recueilli']) {
      expect(conceptsOf(w).some((c) => c.type === 'word'), w).toBe(false);
    }
  });

  it('leaves out the false friends (fixrev26a): "piste" (a lead), "coule" (flows), "proches" (close to), "quarter" (a fourth)', () => {
    // And "enseveli": its usual English, "buried", is the burials role's word; "entombed" alone stood in one story only.
    for (const w of ['piste', 'pistes', 'coule', 'couler', 'proches', 'quarter', 'quarters', 'enseveli', 'entombed']) {
      expect(conceptsOf(w).some((c) => c.type === 'word'), w).toBe(false);
    }
  });
});

describe('the words of session 39 (passrec39): news words French and English spell apart', () => {
  it('bridges each French word to its English translation', () => {
    const idOf = (w: string): string | undefined => conceptsOf(w).find((c) => c.type === 'word')?.id;
    for (const [fr, en] of [
      ['comtes', 'counties'],
      ['enregistree', 'recorded'],
      ['rouge', 'red'],
      ['verte', 'green'],
      ['lignes', 'line'],
      ['acier', 'steel'],
      ['plongee', 'diving'],
      ['promoteur', 'developers'],
      ['filiales', 'subsidiary'],
      ['asile', 'asylum'],
      ['drapeaux', 'flag'],
      ['circulation', 'traffic'],
      ['livraisons', 'deliveries'],
    ]) {
      expect(idOf(fr), fr).toBeDefined();
      expect(idOf(fr), `${fr} / ${en}`).toBe(idOf(en));
    }
  });

  it('leaves out the forms that are another word of the other language or a party ("divers", "verts", "record")', () => {
    const idOf = (w: string): string | undefined => conceptsOf(w).find((c) => c.type === 'word')?.id;
    expect(idOf('divers')).toBeUndefined();
    expect(idOf('record')).toBeUndefined();
    expect(conceptsOf('verts').some((c) => c.id === 'w-green')).toBe(false);
  });
});

describe('the words of session 40 (pass40): news words French and English spell apart', () => {
  it('bridges each French word to its English translation', () => {
    const idOf = (w: string): string | undefined => conceptsOf(w).find((c) => c.type === 'word')?.id;
    for (const [fr, en] of [
      ['chimique', 'chemicals'],
      ['dangereux', 'hazardous'],
      ['dangereuse', 'dangerous'],
      ['materiaux', 'material'],
      ['marchandises', 'freight'],
      ['restaient', 'remain'],
    ]) {
      expect(idOf(fr), fr).toBeDefined();
      expect(idOf(fr), `${fr} / ${en}`).toBe(idOf(en));
    }
  });
});
