import type { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { ReadoutError, toErrorInfo } from '../errors.js';
import { siblingModule, startWorker } from '../threads.js';
import type { ReaderOptions } from '../readout.js';
import { fallbackId, type BatchDefaults, type WorkItem } from './work.js';
import type { StoreOutput, WorkerReply, WorkerSetup } from './worker.js';

/** Default per-document time cap; a document past it gives E_TIMEOUT and its worker is replaced. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** Settings of a batch run. */
export interface PoolOptions {
  /** Worker threads; defaults to the number of cores. */
  jobs?: number;
  timeoutMs?: number;
  /** Heap ceiling of each worker in MB. */
  workerMemoryMb?: number;
  reader: ReaderOptions;
  defaults: BatchDefaults;
  /** What workers do with each item (default `read`; see WorkerSetup); `runPool` takes `store` too. */
  task?: 'read' | 'learn';
}

interface Slot {
  worker: Worker;
  /** Set once the worker has built its reader, so start-up time never counts against a document's cap. */
  ready: boolean;
  busy: { seq: number; id: string; timer: NodeJS.Timeout } | null;
}

const WORKER_URL = siblingModule(import.meta.url, 'worker');
/** Default ceiling on a worker's heap; raised with --worker-memory-mb. */
export const DEFAULT_WORKER_MEMORY_MB = 256;
/** Each worker's young generation (the space of short-lived objects), in MB; measured in bench/PROFILE.md. */
const YOUNG_GENERATION_MB = 16;

/** Starts one reader worker thread (see worker.ts), from the built code or, under tsx, from the sources. */
export function startReaderWorker(setup: WorkerSetup, memoryMb?: number): Worker {
  // A ceiling on a worker's heap makes V8 collect before the heap balloons, so a long stream's resident size stays
  // flat; a document that truly needs more fails alone with E_MEMORY and its worker is replaced. A smaller young
  // generation than V8's default keeps each worker about 15 MB smaller for 2-3% more CPU (8 MB cost 12%). Under tsx
  // (development, tests run from sources) the worker registers the TypeScript loader itself and runs unbounded.
  const bounded = memoryMb && !WORKER_URL.pathname.endsWith('.ts');
  return startWorker(WORKER_URL, { workerData: setup, ...(bounded ? { resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } } : {}) });
}

/** The default number of worker threads: one per core. */
export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * Runs work items across worker threads and yields their outputs in input order: JSON strings, or for the task
 * `store` the prepared results (see StoreOutput). At most a few items per worker are in flight, so memory stays flat
 * whatever the batch size; a document that runs past the time cap gives an E_TIMEOUT output and its worker is replaced.
 */
export function runPool(items: AsyncIterable<WorkItem>, options: Omit<PoolOptions, 'task'> & { task: 'store' }): AsyncGenerator<StoreOutput>;
export function runPool(items: AsyncIterable<WorkItem>, options: PoolOptions): AsyncGenerator<string>;
export async function* runPool(items: AsyncIterable<WorkItem>, options: Omit<PoolOptions, 'task'> & { task?: WorkerSetup['task'] }): AsyncGenerator<string | StoreOutput> {
  const jobs = Math.max(1, options.jobs ?? defaultJobs());
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const memoryMb = options.workerMemoryMb ?? DEFAULT_WORKER_MEMORY_MB;
  const setup: WorkerSetup = { reader: options.reader, defaults: options.defaults, task: options.task };
  type Output = string | StoreOutput;
  const done = new Map<number, Output>();
  /** The output of a document that could not be processed at all, in the form of the task's outputs. */
  const failed = (id: string, error: unknown): Output => (options.task === 'store' ? { id, error: toErrorInfo(error) } : JSON.stringify({ id, error: toErrorInfo(error) }));
  const queue: Array<{ seq: number; item: WorkItem }> = [];
  const slots: Slot[] = [];
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  const signal = (): void => {
    const resolve = wake;
    wake = null;
    resolve?.();
  };

  const finish = (slot: Slot, seq: number, output: Output): void => {
    if (slot.busy?.seq !== seq) return;
    clearTimeout(slot.busy.timer);
    slot.busy = null;
    done.set(seq, output);
    dispatch();
    signal();
  };

  const spawn = (): Slot => {
    const worker = startReaderWorker(setup, memoryMb);
    const slot: Slot = { worker, ready: false, busy: null };
    worker.on('message', (message: WorkerReply | { ready: true }) => {
      if ('ready' in message) {
        slot.ready = true;
        dispatch();
      } else {
        finish(slot, message.seq, 'json' in message ? message.json : message.stored);
      }
    });
    worker.on('error', (error) => replace(slot, (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY'
      ? new ReadoutError('E_MEMORY', `the document needs more than ${memoryMb} MB (raise it with --worker-memory-mb)`)
      : error as Error));
    worker.on('exit', () => replace(slot, new Error('worker thread exited')));
    return slot;
  };

  // A worker that dies (out of memory on one huge document, say) costs that document an error line, not the
  // batch: its slot gets a fresh worker. One that dies before it ever got ready cannot start at all.
  const replace = (slot: Slot, error: Error): void => {
    const index = slots.indexOf(slot);
    if (index < 0) return;
    if (!slot.ready && !slot.busy) {
      failure = error;
      signal();
      return;
    }
    const busy = slot.busy;
    if (busy) clearTimeout(busy.timer);
    slot.busy = null;
    slots[index] = spawn();
    if (busy) {
      done.set(busy.seq, failed(busy.id, error));
      signal();
    }
  };

  const dispatch = (): void => {
    for (let i = 0; i < slots.length && queue.length > 0; i++) {
      const slot = slots[i];
      if (slot.busy || !slot.ready) continue;
      const next = queue.shift()!;
      // Read before the bytes are transferred to the worker (which detaches them here).
      const id = fallbackId(next.item);
      const timer = setTimeout(() => {
        // A document that hangs a stage is cut off: the worker is replaced and the batch goes on.
        const timedOut = new ReadoutError('E_TIMEOUT', `${id}: over ${timeoutMs} ms (raise it with --timeout-ms)`);
        slots[slots.indexOf(slot)] = spawn();
        void slot.worker.terminate();
        done.set(next.seq, failed(id, timedOut));
        dispatch();
        signal();
      }, timeoutMs);
      slot.busy = { seq: next.seq, id, timer };
      const transfer = next.item.kind === 'line' && next.item.bytes ? [next.item.bytes.buffer as ArrayBuffer] : [];
      slot.worker.postMessage(next, transfer);
    }
  };

  for (let i = 0; i < jobs; i++) slots.push(spawn());
  const window = jobs * 4;
  let nextSeq = 0;
  let emitSeq = 0;
  let exhausted = false;
  let pulling = false;
  const iterator = items[Symbol.asyncIterator]();
  // Input is pulled on its own, so a finished result goes out at once even while the next line has not arrived
  // (an interactive pipe); pulling pauses while a window of documents is in flight, which bounds memory.
  const pull = async (): Promise<void> => {
    if (pulling) return;
    pulling = true;
    try {
      while (!exhausted && nextSeq - emitSeq < window) {
        const step = await iterator.next();
        if (step.done) exhausted = true;
        else {
          queue.push({ seq: nextSeq++, item: step.value });
          dispatch();
        }
      }
    } catch (error) {
      failure = error as Error;
    } finally {
      pulling = false;
      signal();
    }
  };
  try {
    void pull();
    while (!exhausted || emitSeq < nextSeq) {
      while (done.has(emitSeq)) {
        const output = done.get(emitSeq)!;
        done.delete(emitSeq++);
        yield output;
      }
      if (failure) throw failure;
      if (!exhausted && !pulling && nextSeq - emitSeq < window) void pull();
      if ((exhausted || pulling || nextSeq - emitSeq >= window) && !done.has(emitSeq) && (!exhausted || emitSeq < nextSeq)) {
        await new Promise<void>((resolve) => { wake = resolve; });
      }
    }
  } finally {
    const closing = slots.splice(0);
    for (const slot of closing) {
      if (slot.busy) clearTimeout(slot.busy.timer);
      await slot.worker.terminate();
    }
  }
}
