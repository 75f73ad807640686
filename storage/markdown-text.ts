/**
 * Markdown article files as plain text: the syntax goes, the words stay. Not a Markdown renderer:
 * nothing here produces or interprets HTML (inline tags are dropped as text), and what cannot be
 * read as syntax is kept as written. Line structure is kept, one paragraph or heading per line.
 */

export interface MarkdownArticle {
  /** The front matter's `title`, else the first heading's text, else ''. */
  title: string;
  /** Plain text: headings, paragraphs, list items and quotes as lines; code kept as its text. */
  text: string;
  /** Simple `key: value` lines of a leading `---` front matter block (lower-cased keys). */
  meta: Record<string, string>;
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const FENCE = /^\s{0,3}(```|~~~)/;
const ATX_HEADING = /^\s{0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^\s{0,3}(=+|-+)[ \t]*$/;
const RULE = /^\s{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LINK_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+.*$/;

function frontMatter(src: string): { meta: Record<string, string>; body: string } {
  const m = FRONT_MATTER.exec(src);
  if (!m) return { meta: {}, body: src };
  const meta: Record<string, string> = {};
  for (const line of m[1].split(/\r?\n/)) {
    const kv = /^([A-Za-z][\w-]*)\s*:\s*(.*?)\s*$/.exec(line);
    if (kv) meta[kv[1].toLowerCase()] = kv[2].replace(/^(["'])(.*)\1$/, '$2');
  }
  return { meta, body: src.slice(m[0].length) };
}

/** Private-use characters standing for text that no later rule may touch (escapes, code). */
const HOLD_OPEN = '\uE000';
const HOLD_CLOSE = '\uE001';

/** Inline syntax of one line: images, links, code spans, emphasis, inline tags, escapes. */
export function inlineText(line: string): string {
  const held: string[] = [];
  const hold = (s: string) => `${HOLD_OPEN}${held.push(s) - 1}${HOLD_CLOSE}`;
  return (
    line
      .replace(/\\([\\`*_{}[\]()#+\-.!>~|<])/g, (_, c: string) => hold(c))
      .replace(/`+([^`]+?)`+/g, (_, code: string) => hold(code))
      // Images keep their alt text, links their text; reference-style too.
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/!\[([^\]]*)\]\[[^\]]*\]/g, '$1')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
      .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
      .replace(/<\/?[A-Za-z][^<>]*>/g, '')
      // Emphasis: a marker run hugging a word on each side; a lone * or _ (5 * 3, snake_case) stays.
      .replace(/(\*{1,3}|_{1,3})(?=\S)([^*_]*?\S)\1(?![\p{L}\p{N}])/gu, '$2')
      .replace(/~~(?=\S)(.*?\S)~~/g, '$1')
      .replace(new RegExp(`${HOLD_OPEN}(\\d+)${HOLD_CLOSE}`, 'g'), (_, i: string) => held[Number(i)])
  );
}

function blockLine(line: string): string {
  const heading = ATX_HEADING.exec(line);
  if (heading) return heading[1];
  return line
    .replace(/^\s{0,3}(?:>\s?)+/, '') // block quotes
    .replace(/^\s*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/, '') // list items, task boxes
    .replace(/^\s*\|/, '')
    .replace(/\|\s*$/, '')
    .replace(/\s*\|\s*/g, ' | '); // table cells stay apart
}

export function markdownArticle(src: string): MarkdownArticle {
  const { meta, body } = frontMatter(src.replace(/^\uFEFF/, ''));
  const lines = body.split(/\r?\n/);
  const out: string[] = [];
  let heading = '';
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const f = FENCE.exec(line);
    if (fence !== null) {
      if (f && f[1] === fence) fence = null;
      else out.push(line.trim());
      continue;
    }
    if (f) {
      fence = f[1];
      continue;
    }
    if (LINK_DEFINITION.test(line)) continue;
    // A setext underline turns the line before into a heading; a lone rule is dropped.
    if (SETEXT_UNDERLINE.test(line) && out.length > 0 && lines[i - 1]?.trim()) {
      if (!heading) heading = out[out.length - 1];
      continue;
    }
    if (RULE.test(line)) continue;
    const atx = ATX_HEADING.exec(line);
    const text = inlineText(blockLine(line)).replace(/[ \t]+/g, ' ').trim();
    if (atx && !heading && text) heading = text;
    out.push(text);
  }
  const text = out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { title: (meta.title ?? '').trim() || heading, text, meta };
}
