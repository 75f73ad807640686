import { describe, expect, it } from 'vitest';
import { withRetry } from './retry';

const noSleep = async () => undefined;

describe('withRetry', () => {
  it('returns the first success, after failures', async () => {
    let calls = 0;
    const waits: number[] = [];
    const r = await withRetry(async () => {
      calls++;
      if (calls < 3) throw new Error('message port closed');
      return 'done';
    }, () => true, [5, 10, 20], async (ms) => void waits.push(ms));
    expect(r).toBe('done');
    expect(calls).toBe(3);
    expect(waits).toEqual([5, 10]);
  });

  it('gives up after the last delay with the last error', async () => {
    let calls = 0;
    await expect(withRetry(async () => {
      calls++;
      throw new Error(`fail ${calls}`);
    }, () => true, [1, 1], noSleep)).rejects.toThrow('fail 3');
    expect(calls).toBe(3);
  });

  it('does not retry when told the failure is final', async () => {
    let calls = 0;
    await expect(withRetry(async () => {
      calls++;
      throw new Error('extension gone');
    }, () => false, [1, 1, 1], noSleep)).rejects.toThrow('extension gone');
    expect(calls).toBe(1);
  });

  it('does not retry when the failure became final during the wait', async () => {
    let calls = 0;
    let final = false;
    await expect(withRetry(async () => {
      calls++;
      throw new Error('port closed');
    }, () => !final, [1, 1, 1], async () => void (final = true))).rejects.toThrow('port closed');
    expect(calls).toBe(1);
  });
});
