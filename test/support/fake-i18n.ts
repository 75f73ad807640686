import fr from '../../public/_locales/fr/messages.json';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/**
 * `browser.i18n.getMessage` for component tests: French from the bundled messages (placeholders
 * filled as the browser fills them) when `lang()` is 'fr', else '' so the components fall back to
 * their bundled English, as the real API does for a missing locale.
 */
export function fakeGetMessage(lang: () => string) {
  return (key: string, subs: string[] = []): string => {
    if (lang() !== 'fr') return '';
    const m = (fr as Messages)[key];
    return m ? m.message.replace(/\$([A-Za-z_]+)\$/g, (_, n: string) => subs[Number(m.placeholders![n.toLowerCase()].content.slice(1)) - 1]) : '';
  };
}
