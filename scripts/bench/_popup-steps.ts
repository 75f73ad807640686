/**
 * The popup's own marks (entrypoints/popup/main.tsx) as steps from its navigation start to its verdict painted, for
 * the browser benches (popup-timeline.ts, browser-corpus.ts): where the popup's time goes, each step the median over
 * the openings. Each run is the popup's marks (performance.now() at each) with 'recoupe:painted' the verdict's paint.
 */
import { median } from './_stats';

const STEPS: Array<[label: string, from: string | null, to: string]> = [
  ['navigation start to the popup script running (load, parse)', null, 'recoupe:script'],
  ['script running to the tab state asked (the tab\'s id)', 'recoupe:script', 'recoupe:state-asked'],
  ['tab state asked to received (the message round trip)', 'recoupe:state-asked', 'recoupe:state-received'],
  ['state received to the result rendered (Preact render and commit)', 'recoupe:state-received', 'recoupe:result-rendered'],
  ['result rendered to the verdict painted (style, layout, paint)', 'recoupe:result-rendered', 'recoupe:painted'],
];

/**
 * The popup's own marks (entrypoints/popup/main.tsx) as steps, one table row each, the median over the openings;
 * `prefix` starts every row's label (a bench that prints other popup rows beside these names them all alike).
 */
export function stepRows(runs: Array<Record<string, number>>, prefix = ''): string[] {
  return STEPS.map(([label, from, to]) => {
    const xs = runs.filter((r) => r[to] !== undefined && (from === null || r[from] !== undefined)).map((r) => r[to] - (from === null ? 0 : r[from]));
    return `| ${prefix}${label}, median | ${xs.length ? `${median(xs).toFixed(1)} ms (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)})` : 'not reported'} |`;
  });
}
