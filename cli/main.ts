/**
 * The `recoupe` command. Subcommands:
 *   compare <article.txt|article.html> [--corpus <dir>] [--published YYYY-MM-DD] [--json]
 *   pack <dir> [-o corpus.json]   (the import format from a folder of .txt/.html/.md files)
 *   figures --jsonl        (reads {"text","lang"} lines on stdin)
 * Exit codes: 0 done, 1 bad input (a missing or unreadable file), 2 bad usage.
 */
import { figuresJsonl } from './figures-jsonl';
import { parseCompareArgs, runCompare, formatHuman } from './compare';
import { parsePackArgs, runPack } from './pack';
import { UsageError } from './usage';
import pkg from '../package.json';

const USAGE = 'usage: recoupe compare <article.txt|article.html> [--corpus <dir>] [--published YYYY-MM-DD] [--json]\n       recoupe pack <dir> [-o corpus.json]\n       recoupe figures --jsonl < lines.jsonl\n       recoupe --help | --version\n';

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (cmd === '--help' || cmd === '-h' || cmd === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (cmd === '--version' || cmd === '-v') {
    process.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  if (cmd === 'compare') {
    const args = parseCompareArgs(rest);
    const result = runCompare(args);
    process.stdout.write(args.json ? JSON.stringify(result) + '\n' : formatHuman(result));
    return 0;
  }
  if (cmd === 'pack') {
    const args = parsePackArgs(rest);
    const r = runPack(args);
    for (const line of r.errors) process.stderr.write(`recoupe: ${line}\n`);
    if (r.file === null) return 1;
    if (!args.out) process.stdout.write(r.file);
    if (r.duplicates > 0) process.stderr.write(`recoupe: ${r.duplicates} duplicate article(s) left out\n`);
    if (args.out) process.stderr.write(`recoupe: packed ${r.articles} article(s) into ${args.out}\n`);
    return 0;
  }
  if (cmd === 'figures' && rest.includes('--jsonl')) {
    await figuresJsonl(process.stdin, process.stdout);
    return 0;
  }
  throw new UsageError(cmd === undefined ? 'no command' : `unknown command ${cmd}${cmd === 'figures' ? ' (figures needs --jsonl)' : ''}`);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    if (err instanceof UsageError) {
      process.stderr.write(`recoupe: ${err.message}\n${USAGE}`);
      process.exit(2);
    }
    const msg = err && typeof err === 'object' && 'code' in err && err.code === 'ENOENT' ? `no such file: ${(err as { path?: string }).path}` : err instanceof Error ? err.message : String(err);
    process.stderr.write(`recoupe: ${msg}\n`);
    process.exit(1);
  },
);
