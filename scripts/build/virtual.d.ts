declare module 'virtual:recoupe-corpus' {
  import type { CorpusDoc } from '../../core/types';
  import type { StoryIndexData } from '../../core/story/index';
  const corpus: { docs: CorpusDoc[]; story: StoryIndexData };
  export default corpus;
}
