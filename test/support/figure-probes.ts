/** Probes the figure tests share: one sentence's figures, and the verdicts a page sentence gets against a source one. */
import type { Lang } from '../../core/types';
import { compareFigures, extractFigures } from '../../core/figures/index';

/** The first figure of `text`, or the first whose text holds `q`. */
export const fig = (text: string, lang: Lang, q?: string) => {
  const fs = extractFigures(text, lang);
  return q ? fs.find((f) => f.text.includes(q))! : fs[0];
};

/** The verdicts a page sentence gets against one source sentence. */
export const verdicts = (page: string, pl: Lang, src: string, sl: Lang): string[] => {
  const pf = extractFigures(page, pl);
  const sf = extractFigures(src, sl);
  return compareFigures({ text: page, lang: pl, figures: pf }, [{ id: 's', text: src, lang: sl, figures: sf }]).flatMap((r) => r.comparisons.map((c) => c.verdict));
};
