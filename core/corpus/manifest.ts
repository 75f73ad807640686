/**
 * The bundled corpus manifest: what we derive about each article (title, language, furniture
 * ranges) is kept beside the byte-identical texts, never inside them.
 */
import * as v from 'valibot';
import type { CorpusDoc } from '../types';

/** A publication date, YYYY-MM-DD. */
export const IsoDay = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD'));

export const ManifestSchema = v.object({
  version: v.literal(1),
  note: v.optional(v.string()),
  articles: v.array(
    v.object({
      id: v.pipe(v.string(), v.minLength(1)),
      title: v.string(),
      lang: v.picklist(['fr', 'en']),
      titleFrom: v.optional(v.string()),
      published: v.optional(IsoDay),
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
    const doc: CorpusDoc = { id: a.id, title: a.title, lang: a.lang, text, ignore: a.ignore as Array<[number, number]> };
    if (a.published) doc.published = a.published;
    return doc;
  });
}

/**
 * A `--corpus <dir>` folder's optional manifest.json: the bundled manifest's format with every field
 * but `id` optional (ARCHITECTURE.md's CLI contract). Extra fields (a URL, notes) are allowed.
 */
export const DirManifestSchema = v.object({
  version: v.literal(1),
  articles: v.array(
    v.looseObject({
      id: v.pipe(v.string(), v.minLength(1)),
      title: v.optional(v.string()),
      lang: v.optional(v.picklist(['fr', 'en'])),
      published: v.optional(v.nullable(IsoDay)),
      ignore: v.optional(v.array(v.tuple([v.pipe(v.number(), v.integer(), v.minValue(0)), v.pipe(v.number(), v.integer(), v.minValue(0))]))),
    }),
  ),
});

/** Apply a folder manifest's fields to the articles read from that folder; throws on a malformed one. */
export function applyDirManifest(docs: CorpusDoc[], manifest: unknown): CorpusDoc[] {
  const m = v.parse(DirManifestSchema, manifest);
  const byId = new Map(m.articles.map((a) => [a.id, a]));
  return docs.map((d) => {
    const a = byId.get(d.id);
    if (!a) return d;
    const out: CorpusDoc = { ...d };
    if (a.title) out.title = a.title;
    if (a.lang) out.lang = a.lang;
    if (a.published) out.published = a.published;
    if (a.ignore) {
      for (const [s, e] of a.ignore) if (!(s < e && e <= d.text.length)) throw new Error(`corpus manifest: bad ignore range [${s}, ${e}] in ${d.id}`);
      out.ignore = a.ignore as Array<[number, number]>;
    }
    return out;
  });
}
