import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Engine } from '../../core/engine';
import type { PageInput } from '../../core/types';
import { analysisBegins, resetWarmState, WARM_DELAY_MS, warmWhenIdle } from './warm';

const engine = {} as Engine;

describe('the engine warm-up', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    resetWarmState();
  });
  afterEach(() => vi.useRealTimers());

  it('compares its built-in pages once the background has been idle, once per background life', () => {
    const seen: PageInput[] = [];
    warmWhenIdle(engine, (_, p) => seen.push(p));
    expect(seen).toHaveLength(0);
    vi.advanceTimersByTime(WARM_DELAY_MS + 10);
    expect(seen.map((p) => p.lang).sort()).toEqual(['en', 'fr']);
    warmWhenIdle(engine, (_, p) => seen.push(p));
    vi.advanceTimersByTime(10 * WARM_DELAY_MS);
    expect(seen).toHaveLength(2);
  });

  it('waits while a page is analysed, and until the background has been quiet since', () => {
    const seen: PageInput[] = [];
    const ends = analysisBegins();
    warmWhenIdle(engine, (_, p) => seen.push(p));
    vi.advanceTimersByTime(5 * WARM_DELAY_MS);
    expect(seen).toHaveLength(0);
    ends();
    vi.advanceTimersByTime(WARM_DELAY_MS / 2);
    expect(seen).toHaveLength(0);
    vi.advanceTimersByTime(WARM_DELAY_MS);
    expect(seen).toHaveLength(2);
  });

  it('postpones its second page when a page begins after the first', () => {
    const seen: PageInput[] = [];
    let ends: (() => void) | undefined;
    warmWhenIdle(engine, (_, p) => {
      seen.push(p);
      ends ??= analysisBegins();
    });
    vi.advanceTimersByTime(WARM_DELAY_MS + 10);
    expect(seen).toHaveLength(1);
    ends!();
    vi.advanceTimersByTime(WARM_DELAY_MS + 10);
    expect(seen).toHaveLength(2);
  });

  it('stops when cancelled', () => {
    const seen: PageInput[] = [];
    const cancel = warmWhenIdle(engine, (_, p) => seen.push(p));
    cancel();
    vi.advanceTimersByTime(10 * WARM_DELAY_MS);
    expect(seen).toHaveLength(0);
  });
});
