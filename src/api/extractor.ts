// Reads the documents of POST /api/extract on a worker thread, never on the server's own: a slow or hostile
// document cannot stall the read routes, and one past the per-document time cap gives E_TIMEOUT (its worker is
// replaced) instead of hanging the request. It drives the batch worker (started by src/batch/pool.ts) one document at
// a time, since requests arrive one by one rather than as an input stream.
import type { Worker } from 'node:worker_threads';
import { ReadoutError, toErrorInfo } from '../errors.js';
import { DEFAULT_TIMEOUT_MS, startReaderWorker } from '../batch/pool.js';
import type { WorkerSetup } from '../batch/worker.js';
import type { ArticleInput } from '../readout.js';
import type { ReadoutOutput } from '../result/types.js';

/** Reads one document at a time, off the calling thread. */
export interface Extractor {
  /** Resolves to the document's result or its coded error; never rejects for a bad document. */
  extract(input: ArticleInput): Promise<ReadoutOutput>;
  /** Documents waiting or being read. */
  readonly pending: number;
  /** Stops the worker; documents still waiting are answered with an error. */
  close(): Promise<void>;
}

/** Settings of a worker extractor. */
export interface ExtractorOptions {
  /** Per-document time cap in milliseconds (default: the batch default, 30 s). */
  timeoutMs?: number;
  /** Cap on a document's size (characters). */
  maxBytes?: number;
}


interface Job {
  seq: number;
  input: ArticleInput;
  resolve: (output: ReadoutOutput) => void;
}

/** An extractor with one worker thread, started on first use and replaced after a time-out or a crash. */
export function workerExtractor(options: ExtractorOptions = {}): Extractor {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const setup: WorkerSetup = { reader: { maxBytes: options.maxBytes }, defaults: {} };
  const queue: Job[] = [];
  let worker: Worker | null = null;
  let ready = false;
  let current: { job: Job; timer: NodeJS.Timeout } | null = null;
  let seq = 0;
  let closed = false;

  const finish = (output: ReadoutOutput): void => {
    if (!current) return;
    clearTimeout(current.timer);
    current.job.resolve(output);
    current = null;
    next();
  };

  const replace = (): void => {
    const old = worker;
    worker = null;
    ready = false;
    void old?.terminate();
  };

  const spawn = (): Worker => {
    const fresh = startReaderWorker(setup);
    fresh.on('message', (message: { ready: true } | { seq: number; json: string }) => {
      if (fresh !== worker) return;
      if ('ready' in message) {
        ready = true;
        next();
      } else if (current && message.seq === current.job.seq) {
        finish(JSON.parse(message.json) as ReadoutOutput);
      }
    });
    fresh.on('error', (error) => {
      if (fresh !== worker) return;
      const wasReady = ready;
      replace();
      if (current) finish({ id: current.job.input.id ?? '', error: toErrorInfo(error) });
      // A worker that fails before it is ready would fail again: answer what waits instead of retrying for ever.
      if (!wasReady) for (const job of queue.splice(0)) job.resolve({ id: job.input.id ?? '', error: toErrorInfo(error) });
    });
    return fresh;
  };

  function next(): void {
    if (current || closed || !queue.length) return;
    worker ??= spawn();
    // The time cap starts once the worker has built its reader, so start-up never counts against a document.
    if (!ready) return;
    const job = queue.shift()!;
    const timer = setTimeout(() => {
      replace();
      finish({ id: job.input.id ?? '', error: toErrorInfo(new ReadoutError('E_TIMEOUT', `over ${timeoutMs} ms`)) });
    }, timeoutMs);
    current = { job, timer };
    worker.postMessage({ seq: job.seq, item: { kind: 'input', input: job.input } });
  }

  return {
    get pending() {
      return queue.length + (current ? 1 : 0);
    },
    extract(input) {
      if (closed) return Promise.resolve({ id: input.id ?? '', error: { code: 'E_INTERNAL', message: 'readout: the server is shutting down' } });
      return new Promise((resolve) => {
        queue.push({ seq: seq++, input, resolve });
        next();
      });
    },
    async close() {
      closed = true;
      const stopping = { id: '', error: { code: 'E_INTERNAL' as const, message: 'readout: the server is shutting down' } };
      if (current) finish(stopping);
      for (const job of queue.splice(0)) job.resolve({ ...stopping, id: job.input.id ?? '' });
      const old = worker;
      worker = null;
      await old?.terminate();
    },
  };
}
