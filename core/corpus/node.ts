/**
 * Moved to cli/corpus-files.ts (node-only loading does not belong in the engine). This re-export
 * only keeps the engine's own tests (core/story, core/search, core/figures) importing the old path
 * until they are pointed at the new one; nothing else may import it.
 */
export * from '../../cli/corpus-files';
