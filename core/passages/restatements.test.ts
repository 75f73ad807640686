/**
 * The precision mechanisms of find.ts, on texts written for these tests: one counterpart per
 * statement and source (a restatement is not a second passage when both its texts have their own
 * counterparts; a repeated sentence is), and paraphrases scattered over a long span on one side need
 * weight.
 */
import { describe, expect, it } from 'vitest';
import type { CorpusDoc, PageInput } from '../types';
import { addDocument, createPassageIndex, findPassages } from './index';

const doc = (id: string, text: string): CorpusDoc => ({ id, title: text.split('\n')[0], lang: 'fr', text, ignore: [] });
const page = (text: string): PageInput => ({ title: '', lang: 'fr', text });
function indexOf(...docs: CorpusDoc[]) {
  const index = createPassageIndex();
  for (const d of docs) addDocument(index, d);
  return index;
}

/** A source that states its headline fact twice: in the title and, in other words, in a quote. */
function portArticle(repeatTitle: boolean): CorpusDoc {
  return doc(
    'port.txt',
    [
      'Le préfet confirme la fermeture du port de Lorient aux chalutiers',
      'Les pêcheurs réclament une aide financière pour compenser les pertes de la saison.',
      '« Je peux confirmer que, pour les chalutiers, le port de Lorient restera fermé », a déclaré le préfet.',
      "Le chantier doit coûter douze millions d'euros selon la région.",
      repeatTitle
        ? 'Le préfet du Morbihan confirme la fermeture du port de Lorient aux chalutiers pendant trois semaines.'
        : 'La saison reprendra au printemps.',
    ].join('\n'),
  );
}

describe('one counterpart per statement and source', () => {
  it('pairs each page statement with its own counterpart, not also with the restatement of the other', () => {
    // Both page sentences match both the title (same nouns) and the quote (same clause); each has its
    // closest counterpart, so the crossed pairs are restatements whose texts are all paired already.
    const text =
      'Le préfet confirme la fermeture du port de Lorient aux chalutiers. ' +
      'Les élus de la région dénoncent une décision brutale, prise sans concertation avec les communes du littoral ni avec les syndicats. ' +
      'Lundi, on apprenait que le préfet confirme que le port de Lorient restera fermé aux chalutiers.';
    const src = portArticle(false);
    const found = findPassages(indexOf(src), page(text));
    expect(found.map((p) => [p.page.text.includes('restera'), p.source.text.includes('restera')])).toEqual([
      [false, false],
      [true, true],
    ]);
  });

  it('keeps a restatement whose other text has no counterpart of its own', () => {
    // Only the second sentence: the title of the source has no other counterpart on the page.
    const text = 'Lundi, on apprenait que le préfet confirme que le port de Lorient restera fermé aux chalutiers. Les élus protestent.';
    const found = findPassages(indexOf(portArticle(false)), page(text));
    expect(found).toHaveLength(2);
    expect(found.filter((p) => p.source.text.includes('restera'))).toHaveLength(1);
  });

  it('keeps both counterparts when the source repeats the sentence (a title and its lede)', () => {
    const text = 'Lundi, on apprenait que le préfet confirme la fermeture du port de Lorient aux chalutiers. Les élus protestent.';
    const src = portArticle(true);
    const found = findPassages(indexOf(src), page(text));
    expect(found).toHaveLength(2);
    expect(found.map((p) => p.source.start).sort((a, b) => a - b)).toEqual([
      src.text.indexOf('préfet confirme'),
      src.text.indexOf('préfet du Morbihan'),
    ]);
  });
});

describe('sparse paraphrases', () => {
  // One long source sentence holds the page's five content words with a clause in between.
  const SPARSE = doc(
    'sparse.txt',
    [
      'Réunion à Lorient',
      "Le ministre a reçu les pêcheurs, qui dénoncent la hausse du gazole, la baisse des prix et la concurrence, avant d'aborder les quotas avec le gouvernement.",
      'La météo annonce de grandes marées pour le week-end.',
    ].join('\n'),
  );
  // Other coverage of the story, where the shared words are everyday vocabulary.
  const STORY = doc(
    'story.txt',
    [
      'Les pêcheurs et les quotas',
      'Les pêcheurs contestent les quotas.',
      'Les quotas inquiètent les pêcheurs.',
      'Des pêcheurs parlent des quotas.',
      'Quotas : les pêcheurs attendent.',
      'Les pêcheurs veulent revoir les quotas.',
      'Pour les pêcheurs, les quotas sont trop bas.',
      'Les quotas divisent les pêcheurs.',
      'Les pêcheurs et le ministre discutent des quotas.',
      'Le préfet a reçu les pêcheurs.',
      'Les pêcheurs ont reçu une lettre sur les quotas.',
    ].join('\n'),
  );
  const text = 'Selon nos informations, le ministre a reçu des pêcheurs, puis les quotas avec tout le gouvernement.';

  // Words weigh by the sentences of the query's sources (store.ts queryStats): the story's other coverage,
  // a source too, says the shared words in every sentence. The test below keeps the same source beside
  // unrelated coverage: only the other source differs.
  it('drops a paraphrase whose few words the other sources use everywhere, scattered over a long source span', () => {
    const found = findPassages(indexOf(SPARSE, STORY), page(text), { sourceIds: ['sparse.txt', 'story.txt'] });
    expect(found.filter((p) => p.source.id === 'sparse.txt')).toEqual([]);
  });

  // Unrelated coverage: the shared words stay rare.
  const OTHER = doc(
    'other.txt',
    [
      'Une tempête attendue sur la Bretagne',
      'Des rafales de cent kilomètres par heure sont prévues jeudi sur les côtes du Finistère.',
      'Les promeneurs sont invités à éviter le bord de mer.',
      'Les écoles resteront ouvertes malgré les vents violents.',
      'La SNCF prévoit des retards sur les lignes régionales.',
      'Les arbres fragilisés par la sécheresse pourraient tomber.',
    ].join('\n'),
  );

  it('keeps the same shape when the shared words are rare (they weigh enough)', () => {
    const found = findPassages(indexOf(SPARSE, OTHER), page(text), { sourceIds: ['sparse.txt', 'other.txt'] });
    expect(found).toHaveLength(1);
    expect(found[0].kind).toBe('paraphrase');
    expect(found[0].source.text).toContain('quotas avec le gouvernement');
  });

  // The price of weighing by the sources: a source's passages depend on which other articles are sources.
  // Alone, its three sentences make each of its words common; with the same index, unrelated coverage as a
  // second source makes them rare again.
  it('drops the same paraphrase when its source is the only one (its own sentences make its words common)', () => {
    expect(findPassages(indexOf(SPARSE, OTHER), page(text), { sourceIds: ['sparse.txt'] })).toEqual([]);
  });

  it('drops a sentence window (no shared order) scattered over a long source span, however rare its words', () => {
    const src = doc(
      'crise.txt',
      [
        'Le port en crise',
        "Les armateurs, qui ont vendu leurs bateaux l'an dernier faute de repreneurs, craignent une nouvelle hausse du gazole tandis que la criée ferme et que les quotas baissent.",
        'La météo annonce de grandes marées.',
      ].join('\n'),
    );
    // Four shared words, each rare, in another order: one every three or four words of the source.
    const found = findPassages(indexOf(src, OTHER), page('Les quotas de pêche, le gazole et la criée inquiètent les armateurs.'), {
      sourceIds: ['crise.txt'],
    });
    expect(found).toEqual([]);
  });
});
