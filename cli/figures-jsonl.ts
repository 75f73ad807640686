/**
 * `recoupe figures --jsonl`: one JSON line in ({"text", "lang"}), one JSON line out
 * ({"figures": [{start, end, text, low, high, qualifier, unit}]}). A line that is not valid input
 * gets an {"error": "..."} line, so the output stays aligned with the input and the process never dies.
 */
import { createInterface } from 'node:readline';
import { extractFigures } from '../core/figures/index';

export function figuresLine(line: string): string {
  if (!line.trim()) return JSON.stringify({ error: 'empty line' });
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (e) {
    return JSON.stringify({ error: `not JSON: ${e instanceof Error ? e.message : String(e)}` });
  }
  if (!input || typeof input !== 'object' || typeof (input as { text?: unknown }).text !== 'string') {
    return JSON.stringify({ error: 'expected {"text": string, "lang": "fr"|"en"}' });
  }
  const { text, lang } = input as { text: string; lang?: unknown };
  if (lang !== undefined && lang !== 'fr' && lang !== 'en') return JSON.stringify({ error: `unsupported lang: ${String(lang)}` });
  try {
    const figures = extractFigures(text, lang === 'en' ? 'en' : 'fr', { relativeOrdinals: true }).map(({ start, end, text: t, low, high, qualifier, unit }) => ({ start, end, text: t, low, high, qualifier, unit }));
    return JSON.stringify({ figures });
  } catch (e) {
    return JSON.stringify({ error: `extraction failed: ${e instanceof Error ? e.message : String(e)}` });
  }
}

export async function figuresJsonl(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<void> {
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    // Blank lines get an error line too, so output line N always answers input line N.
    if (!output.write(figuresLine(line) + '\n')) await new Promise((res) => output.once('drain', res));
  }
  // main() calls process.exit next: wait until everything written has left, or a slow reader loses the tail.
  await new Promise<void>((res) => output.write('', () => res()));
}
