// Starting a worker thread from the built code or, under tsx (development, tests and benches run from the sources),
// from the TypeScript source: the worker then registers tsx's loader itself before importing it.
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** The CPU seconds a thread's schedstat file (Linux) tells: its first figure, in nanoseconds. Throws where it is missing. */
function scheduledSeconds(schedstat: string): number {
  return Number(readFileSync(schedstat, 'utf8').split(' ')[0]) / 1e9;
}

/**
 * The CPU seconds the calling thread has used, where Linux tells them (the first figure of its schedstat, in
 * nanoseconds), else null: `process.cpuUsage()` counts every thread of the process.
 */
export function threadCpuSeconds(): number | null {
  try {
    return scheduledSeconds('/proc/thread-self/schedstat');
  } catch {
    return null;
  }
}

/** The calling thread's id in the system (Linux: the last part of /proc/thread-self), else null. */
export function systemThreadId(): number | null {
  try {
    return Number(readlinkSync('/proc/thread-self').split('/').pop());
  } catch {
    return null;
  }
}

/**
 * The CPU seconds of every thread of this process by system thread id (Linux), else null: the workers', and V8's
 * helpers' (garbage collection, compilers), which no thread of JavaScript can ask about for itself.
 */
export function everyThreadCpuSeconds(): Map<number, number> | null {
  try {
    const seconds = new Map<number, number>();
    for (const id of readdirSync('/proc/self/task')) {
      // A thread that ended since the listing has no schedstat any more.
      try {
        seconds.set(Number(id), scheduledSeconds(`/proc/self/task/${id}/schedstat`));
      } catch {
        continue;
      }
    }
    return seconds;
  } catch {
    return null;
  }
}

/** The module `name` beside the importing module (`import.meta.url`), with the importer's ending (.ts or .js). */
export function siblingModule(importer: string, name: string): URL {
  return new URL(`./${name}${importer.endsWith('.ts') ? '.ts' : '.js'}`, importer);
}

/** Starts a worker thread running `module`; a TypeScript module goes through tsx's loader, with `options` all the same. */
export function startWorker(module: URL, options: WorkerOptions = {}): Worker {
  if (!module.pathname.endsWith('.ts')) return new Worker(module, options);
  const source = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(module.href)}); });`;
  return new Worker(source, { ...options, eval: true });
}
