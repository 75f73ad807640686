/**
 * The bundled corpus manifest: what we derive about each article (title, language, furniture
 * ranges) is kept beside the byte-identical texts, never inside them.
 */
import * as v from 'valibot';
import type { CorpusDoc } from '../types';

export const ManifestSchema = v.object({
  version: v.literal(1),
  note: v.optional(v.string()),
  articles: v.array(
    v.object({
      id: v.pipe(v.string(), v.minLength(1)),
      title: v.string(),
      lang: v.picklist(['fr', 'en']),
      titleFrom: v.optional(v.string()),
      ignore: v.array(v.tuple([v.pipe(v.number(), v.integer(), v.minValue(0)), v.pipe(v.number(), v.integer(), v.minValue(0))])),
    }),
  ),
});
export type Manifest = v.InferOutput<typeof ManifestSchema>;

/** Join the manifest with the article texts; fails loudly on a missing text or a bad range. */
export function corpusFromManifest(manifest: unknown, texts: Record<string, string>): CorpusDoc[] {
  const m = v.parse(ManifestSchema, manifest);
  return m.articles.map((a) => {
    const text = texts[a.id];
    if (text === undefined) throw new Error(`corpus manifest lists ${a.id} but its text is missing`);
    for (const [s, e] of a.ignore) {
      if (!(s < e && e <= text.length)) throw new Error(`corpus manifest: bad ignore range [${s}, ${e}] in ${a.id}`);
    }
    return { id: a.id, title: a.title, lang: a.lang, text, ignore: a.ignore as Array<[number, number]> };
  });
}
