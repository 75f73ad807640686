/**
 * Sending again what a stopped background never answered. Chrome stops an extension's service
 * worker when it is idle, updated or short of memory; a message in flight at that moment fails
 * ("message port closed") although the next one simply starts a new worker.
 */

/**
 * Waits before each new attempt. The first is short because a new worker starts in tens of
 * milliseconds; the last gives a busy machine a few seconds. Three retries, because the report is
 * idempotent (the background recomputes and redraws) but each costs the background an analysis.
 */
export const RETRY_DELAYS_MS = [200, 1000, 3000] as const;

/**
 * Calls `attempt` until it resolves, waiting `delays[i]` before retry i, while `shouldRetry` says
 * the failure is worth another try (it is not once the extension itself is gone).
 */
export async function withRetry<T>(
  attempt: () => Promise<T>,
  shouldRetry: (err: unknown) => boolean,
  delays: readonly number[] = RETRY_DELAYS_MS,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await attempt();
    } catch (err) {
      if (i >= delays.length || !shouldRetry(err)) throw err;
      await sleep(delays[i]);
      // Things change while waiting (the reader navigates, the extension is updated).
      if (!shouldRetry(err)) throw err;
    }
  }
}
