/**
 * Matching passages between a page and the corpus. See README.md in this folder for how candidates
 * are found and why (measured).
 */
export {
  createPassageIndex,
  addDocument,
  removeDocument,
  passageIndexToJSON,
  passageIndexFromJSON,
  type PassageIndex,
  type PassageIndexJSON,
  type IndexConfig,
} from './store';
export { findPassages, type FindOptions } from './find';
