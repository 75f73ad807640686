// Placeholder until the figures engine lands: answers every line with no figures.
import { createInterface } from 'node:readline';

export async function figuresJsonl(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<void> {
  for await (const line of createInterface({ input })) {
    if (!line.trim()) continue;
    output.write(JSON.stringify({ figures: [] }) + '\n');
  }
}
