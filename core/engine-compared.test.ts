/**
 * Engine.compare compares figures with its best MAX_DETAILED_SOURCES sources and seeks passages in up to
 * MAX_PASSAGE_SOURCES: findPassages must be told which sources were compared, or a source past the 20th, which no
 * comparison can join, reads as "compared and found two counts" (uncompared-counts.ts, review rev45a).
 */
import { describe, expect, it, vi } from 'vitest';
import type { CorpusDoc } from './types';
import type { FindOptions } from './passages/find';

const calls: FindOptions[] = [];
vi.mock('./passages/index', async (importOriginal) => {
  const real = await importOriginal<typeof import('./passages/index')>();
  return {
    ...real,
    findPassages: (...args: Parameters<typeof real.findPassages>) => {
      calls.push(args[2] ?? {});
      return real.findPassages(...args);
    },
  };
});

const { Engine, MAX_DETAILED_SOURCES } = await import('./engine');

const BODY = [
  'A sudden flood swept through the valley on Tuesday night, and seven villages were evacuated before dawn.',
  'Firefighters rescued 140 residents who had taken refuge on rooftops, the regional prefecture said.',
  'The river rose by more than three metres in six hours after two days of heavy rain on the hills.',
  'Two bridges were carried away by the water, cutting the road between the upper and lower valley.',
  'The mayor of the largest village asked the state for help to rebuild the roads and the school.',
  'Forecasters expect more rain at the weekend and have kept the valley under a red alert.',
];
const page = { title: 'Sudden flood sweeps through the valley', lang: 'en' as const, text: BODY.join(' ') };

/** Sentences of the outlets' own, none of them the page's. */
const OWN = [
  'The council leader said the evacuation was the only safe choice.', 'Cyclists were told to avoid the riverside paths.',
  'Shop owners said they feared losing a season of customers.', 'The old stone bridge had been repaired four decades ago.',
  'Drivers were told to expect long delays on the northern bypass.', 'Insurers sent experts to the area on Wednesday morning.',
  'Schools stayed closed and pupils were sent home.', 'Volunteers handed out blankets and hot meals at the town hall.',
];

/** Many outlets telling the story, each with half of the page's sentences (more and it would be the page itself:
 *  core/story/self.ts) and sentences of its own. */
function story(n: number): CorpusDoc[] {
  const docs: CorpusDoc[] = [];
  for (let i = 0; i < n; i++) {
    const text = [BODY[i % 6], BODY[(i + 2) % 6], BODY[(i + 4) % 6], OWN[i % 8], OWN[(i + 3) % 8], `Reporter ${i + 1} counted the damaged farms.`].join(' ');
    docs.push({ id: `flood-${i + 1}`, title: 'Flood in the valley', lang: 'en', text, ignore: [] });
  }
  return docs;
}

describe('Engine.compare with more sources than it compares figures with', () => {
  it('tells findPassages the sources its figures were compared with, and only those', () => {
    const docs = story(MAX_DETAILED_SOURCES + 4);
    const engine = new Engine(docs);
    const r = engine.compare(page);
    expect(r.sources.length).toBeGreaterThan(MAX_DETAILED_SOURCES);
    const opts = calls[calls.length - 1];
    expect(opts.sourceIds!.length).toBe(r.sources.length);
    expect(opts.comparedIds).toEqual(r.sources.slice(0, MAX_DETAILED_SOURCES).map((s) => s.id));
  });
});
