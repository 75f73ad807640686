/** The figures engine: find figures in a text, and compare them with the corpus's. Pure TypeScript, no DOM. */
export type { Figure } from './types';
export { extractFigures, type ExtractOptions } from './extract';
export { compareFigures, intervalVerdict, matchKeys, matchDetail, type SourceDoc } from './compare';
export { formatFigure, formatNumber } from './format';
