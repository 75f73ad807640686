/**
 * One synthetic compare once the engine is held and the background is idle, so that a reader's first page meets
 * compiled code. The background compares once per page load, so each page otherwise runs the story index's posting
 * loop, the figure code and the attribution patterns nearly cold (session 34: first queries 5-30 ms of CPU each in a
 * Chromium worker, warm 0.8 ms). The texts are built in: never a reader's page; nothing is stored or sent, no network.
 *
 * It never delays a real analysis that has begun: it waits until none has run for a while, and a page that begins
 * between its two compares postpones the second. A compare cannot be interrupted once running, so a page that arrives during
 * the synthetic one waits for it; that wait is mostly compilation the page would have paid for anyway.
 *
 * Chrome stops an idle MV3 service worker after about 30 s, and its compiled code with it: the warm-up then helps only
 * the pages read while the worker lives. Firefox's background here is an event page too (unloaded when idle), with
 * the same limit.
 */
import type { Engine } from '../../core/engine';
import type { PageInput } from '../../core/types';

/**
 * After the engine is held, how long the background must have had no analysis before warming. Long enough that the
 * page report which woke the worker (it arrives within a few ms of the start) is seen first; short enough that a
 * reader opening a second article some seconds later meets warm code.
 */
export const WARM_DELAY_MS = 250;

/**
 * General news sentences, one per language the engine reads: figures with units and shares, a date, an attribution
 * and a quote, so that compare runs its figure, speaker and moment code. No story's words.
 */
export const WARM_PAGES: PageInput[] = [
  {
    title: 'Le bilan provisoire revu à la hausse',
    lang: 'fr',
    text:
      "Le ministère a annoncé mardi 12 mars que 1 250 personnes avaient été évacuées, selon un bilan provisoire. " +
      "« Nous restons mobilisés », a déclaré le porte-parole lors d'une conférence de presse. " +
      "Les dégâts sont estimés à 3,5 millions d'euros, soit 20 % de plus qu'en 2023, d'après les autorités locales.",
  },
  {
    title: 'Provisional toll revised upwards',
    lang: 'en',
    text:
      'The ministry said on Tuesday, March 12, that 1,250 people had been evacuated, according to a provisional toll. ' +
      '"We remain fully mobilised," the spokesman told reporters at a news conference. ' +
      'Damage is estimated at $3.5 million, 20% more than in 2023, local authorities said.',
  },
];

let running = 0;
let lastEnd = 0;
let scheduled = false;

/** Marks a real analysis as running (the warm-up then waits); returns its end. */
export function analysisBegins(): () => void {
  running++;
  return () => {
    running--;
    lastEnd = Date.now();
  };
}

/**
 * Warms `engine` once per background life, once no analysis has run for WARM_DELAY_MS: at a start caused by anything
 * but a page (the popup, the options page, a restart), before the reader's first page; at a start caused by a page,
 * after it, for the next one. A page that begins meanwhile postpones the rest. Returns a cancel.
 */
export function warmWhenIdle(engine: Engine, compare: (e: Engine, p: PageInput) => unknown = (e, p) => e.compare(p)): () => void {
  if (scheduled) return () => undefined;
  scheduled = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cancelled = false;
  const step = (i: number) => {
    if (cancelled || i >= WARM_PAGES.length) return;
    const quiet = Date.now() - lastEnd;
    if (running > 0 || quiet < WARM_DELAY_MS) {
      timer = setTimeout(() => step(i), running > 0 ? WARM_DELAY_MS : WARM_DELAY_MS - quiet);
      return;
    }
    try {
      compare(engine, WARM_PAGES[i]);
    } catch {
      // A failed warm-up costs nothing but its time: the real analysis reports its own errors.
    }
    // One page per turn of the event loop, so a report that arrived meanwhile runs before the next one.
    timer = setTimeout(() => step(i + 1), 0);
  };
  timer = setTimeout(() => step(0), WARM_DELAY_MS);
  return () => {
    cancelled = true;
    clearTimeout(timer);
  };
}

/** For tests: forget that this background already warmed or analysed. */
export function resetWarmState(): void {
  running = 0;
  lastEnd = 0;
  scheduled = false;
}
