/**
 * CPU time of the extension's service-worker thread, read from Linux's /proc (schedstat: nanoseconds on CPU), so a
 * browser bench can tell the work the background does from the time it waited for a core. On a 2-core machine shared
 * with other jobs the wall time of a step measures the queue as much as the step (session 29: a compare of 400-1,100 ms
 * wall took 34-97 ms of the thread's CPU). Elsewhere (no /proc) it reads nothing and the bench says so.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** Every process below `root` (Chromium's renderers are children of its zygote, itself the browser's child). */
function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const p of readdirSync('/proc')) {
    if (!/^\d+$/.test(p)) continue;
    // The parent is the 4th field of stat, after the command name in parentheses (which may hold spaces).
    const stat = read(`/proc/${p}/stat`);
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (!children.has(ppid)) children.set(ppid, []);
    children.get(ppid)!.push(Number(p));
  }
  const out: number[] = [];
  const todo = [root];
  while (todo.length) {
    const p = todo.pop()!;
    out.push(p);
    todo.push(...(children.get(p) ?? []));
  }
  return out;
}

/** The service-worker threads (Chromium names them "ServiceWorker thread", cut to 15 characters) of the browser using `profileDir`. */
export function workerThreads(profileDir: string): string[] {
  if (!existsSync('/proc/self/schedstat')) return [];
  const browser = readdirSync('/proc').find((p) => /^\d+$/.test(p) && read(`/proc/${p}/cmdline`).split('\0').includes(`--user-data-dir=${profileDir}`));
  if (!browser) return [];
  const threads: string[] = [];
  for (const pid of descendants(Number(browser))) {
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const t of tasks) if (read(`/proc/${pid}/task/${t}/comm`).startsWith('ServiceWorker')) threads.push(`/proc/${pid}/task/${t}`);
  }
  return threads;
}

/** CPU milliseconds the threads have run so far (NaN without any: nothing to read). */
export function threadCpuMs(threads: string[]): number {
  if (!threads.length) return NaN;
  return threads.reduce((a, t) => a + Number(read(`${t}/schedstat`).split(' ')[0] || 0), 0) / 1e6;
}
