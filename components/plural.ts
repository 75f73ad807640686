import { t, uiLang, formatInteger } from '../ui-text/i18n';

/**
 * A counted message in the UI language's own plural rule: `oneKey` where the language says the
 * singular (English: 1; French: 0 and 1, "0 article importé"), `manyKey` otherwise. Both keys take
 * the count as their first placeholder. Without this, "1 articles importés", "… et 1 autres valeurs".
 */
export function tCount(n: number, oneKey: string, manyKey: string, ...rest: string[]): string {
  const one = new Intl.PluralRules(uiLang()).select(n) === 'one';
  return t(one ? oneKey : manyKey, formatInteger(n), ...rest);
}
