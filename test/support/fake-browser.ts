/**
 * WXT's fake browser as the global `browser` and `chrome`, as WXT's own vitest plugin sets it up:
 * import this first in a test file, before any module using `wxt/utils/storage` (which picks the
 * global when it is first loaded). `fakeBrowser.reset()` in beforeEach clears its state.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.stubGlobal('browser', fakeBrowser);
vi.stubGlobal('chrome', fakeBrowser);

export { fakeBrowser };
