import { t, uiLang, formatInteger } from '../ui-text/i18n';

/**
 * A counted message in the UI language's own plural rule: `oneKey` where the language says the
 * singular (English: 1; French: 0 and 1, "0 article importé"), `manyKey` otherwise. Both keys take
 * the count as their first placeholder. Without this, "1 articles importés", "… et 1 autres valeurs".
 */
export function tCount(n: number, oneKey: string, manyKey: string, ...rest: string[]): string {
  const one = pluralRules(uiLang()).select(n) === 'one';
  return t(one ? oneKey : manyKey, formatInteger(n), ...rest);
}

/** One PluralRules per language: building one costs about as much as a number formatter (ui-text/i18n.ts caches those). */
const PLURAL_RULES = new Map<string, Intl.PluralRules>();
function pluralRules(lang: string): Intl.PluralRules {
  let rules = PLURAL_RULES.get(lang);
  if (!rules) PLURAL_RULES.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules;
}
