/**
 * The `recoupe` command. Subcommands:
 *   compare <article.txt|article.html> [--corpus <dir>] [--json]
 *   figures --jsonl        (reads {"text","lang"} lines on stdin)
 */
import { figuresJsonl } from './figures-jsonl';
import { parseCompareArgs, runCompare, formatHuman } from './compare';

const USAGE = 'usage: recoupe compare <article.txt|article.html> [--corpus <dir>] [--json]\n       recoupe figures --jsonl < lines.jsonl\n';

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (cmd === 'compare') {
    const args = parseCompareArgs(rest);
    const result = runCompare(args);
    process.stdout.write(args.json ? JSON.stringify(result) + '\n' : formatHuman(result));
    return 0;
  }
  if (cmd === 'figures' && rest.includes('--jsonl')) {
    await figuresJsonl(process.stdin, process.stdout);
    return 0;
  }
  process.stderr.write(USAGE);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    const msg = err && typeof err === 'object' && 'code' in err && err.code === 'ENOENT' ? `no such file: ${(err as { path?: string }).path}` : err instanceof Error ? err.message : String(err);
    process.stderr.write(`recoupe: ${msg}\n`);
    process.exit(1);
  },
);
