/**
 * Build-time corpus index: `import corpus from 'virtual:recoupe-corpus'` gives the bundled articles
 * and their ready-made story index, computed here once per build instead of in every browser.
 */
import type { Plugin } from 'vite';
import { loadBundledCorpus, BUNDLED_CORPUS_DIR } from '../../cli/corpus-files';
import { StoryIndex } from '../../core/story/index';

const ID = 'virtual:recoupe-corpus';
const RESOLVED = '\0' + ID;

export function corpusPlugin(): Plugin {
  return {
    name: 'recoupe-corpus',
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(BUNDLED_CORPUS_DIR);
      const docs = loadBundledCorpus();
      const story = new StoryIndex();
      for (const d of docs) story.add(d);
      return `export default ${JSON.stringify({ docs, story: story.toData() })};`;
    },
  };
}
