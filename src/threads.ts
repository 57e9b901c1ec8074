// Starting a worker thread from the built code or, under tsx (development, tests and benches run from the sources),
// from the TypeScript source: the worker then registers tsx's loader itself before importing it.
import { readFileSync } from 'node:fs';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * The CPU seconds the calling thread has used, where Linux tells them (the first figure of its schedstat, in
 * nanoseconds), else null: `process.cpuUsage()` counts every thread of the process.
 */
export function threadCpuSeconds(): number | null {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e9;
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
