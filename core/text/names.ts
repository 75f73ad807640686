/**
 * Spelling-folded keys for proper names, so that transliterations meet across languages and outlets:
 * "Netanyahou"/"Netanyahu" and "Haouz"/"Hauz" share one key.
 * Input is a folded word (lower case, no accents).
 */
export function nameKey(norm: string): string {
  return norm
    .replace(/ou/g, 'u')
    .replace(/([a-z])\1+/g, '$1')
    .replace(/y/g, 'i')
    .replace(/(?<=..)e$/, '');
}
