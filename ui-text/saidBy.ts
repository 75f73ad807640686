import { t, uiLang } from './i18n';

/**
 * Who says a figure, as the UI writes it. The speaker is kept as its article wrote it ("la CGT", "the
 * unions"); written in another language than the UI's, it is quoted ("selon « the unions »"), so the
 * line reads as a citation rather than a sentence that switches language halfway. `whoLang` is the
 * language of the article the figure comes from; unknown, the speaker is not quoted.
 */
export function saidByText(who: string, whoLang: string | undefined): string {
  const foreign = !!whoLang && primary(whoLang) !== primary(uiLang());
  return t(foreign ? 'saidByQuoted' : 'saidBy', who);
}

const primary = (tag: string): string => tag.toLowerCase().split(/[-_]/)[0] ?? '';
