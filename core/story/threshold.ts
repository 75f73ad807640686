/**
 * Below this score two articles share context, not a story. One threshold for every story and both
 * languages, set halfway between the highest negative and the lowest positive of the story eval
 * (scripts/eval/story.ts prints both, and the threshold each story would get if left out).
 * Its own module so that the settings (read by the content script, within its 40 KB budget) can name
 * it without bundling the story index and its word lists.
 */
export const SAME_STORY_THRESHOLD = 0.35;
