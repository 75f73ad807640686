/**
 * Spelling-folded keys for proper names, so that transliterations meet across languages and outlets:
 * "Marrakech"/"Marrakesh", "Netanyahou"/"Netanyahu", "Kharkov"/"Kharkiv" stay apart only where they really differ.
 * Input is a folded word (lower case, no accents).
 */
export function nameKey(norm: string): string {
  return norm
    .replace(/ou/g, 'u')
    .replace(/([a-z])\1+/g, '$1')
    .replace(/y/g, 'i')
    .replace(/(?<=..)e$/, '');
}
