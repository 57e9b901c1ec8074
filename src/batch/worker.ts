import { parentPort, workerData } from 'node:worker_threads';
import { createReader, type ReaderOptions } from '../readout.js';
import { DEFAULT_MAX_BYTES } from '../input/decode.js';
import type { ReadoutErrorResult } from '../result/types.js';
import { learnItem, preparedOutput, processItem, type BatchDefaults, type WorkItem } from './work.js';

/** What the pool sends a worker when it starts. */
export interface WorkerSetup {
  reader: ReaderOptions;
  defaults: BatchDefaults;
  /**
   * `read` (default): full results, as JSON; `learn`: only cleaning, for the first pass that learns site boilerplate,
   * as JSON; `store`: results in the form the store writes (see StoreOutput).
   */
  task?: 'read' | 'learn' | 'store';
}

/** What a `store` worker gives for one item: its result prepared for the store's writer, as bytes, or why it failed. */
export type StoreOutput = Uint8Array | ReadoutErrorResult;

/** What a worker posts for one item: `json` for the tasks `read` and `learn`, `stored` for `store`. */
export type WorkerReply = { seq: number; json: string } | { seq: number; stored: StoreOutput };

// A worker builds its reader once and serialises each result itself, so the main thread only writes strings; for the
// store it prepares each result too (prepareResult), so the single writer thread only links ids and binds values.
const setup = workerData as WorkerSetup;
const maxBytes = setup.reader.maxBytes ?? DEFAULT_MAX_BYTES;

/** The job of this worker: one work item in, its reply (without the sequence number) out. */
function startTask(): (item: WorkItem) => { json: string } | { stored: StoreOutput } {
  if (setup.task === 'learn') return (item) => ({ json: JSON.stringify(learnItem(item, setup.defaults, maxBytes)) });
  const reader = createReader(setup.reader);
  // Read one small article first so lazy set-up (lexicon indexes, compiled patterns) is not billed to a real
  // document's time cap.
  reader.readSafe({ id: 'warm-up', text: 'Officials met in Geneva on Monday. "Talks went well," the envoy said.', published: '2020-01-01' });
  if (setup.task === 'store') {
    return (item) => ({ stored: preparedOutput(processItem(reader, item, setup.defaults, maxBytes)) });
  }
  return (item) => ({ json: JSON.stringify(processItem(reader, item, setup.defaults, maxBytes)) });
}

const run = startTask();
parentPort?.postMessage({ ready: true });
parentPort?.on('message', (message: { seq: number; item: WorkItem }) => {
  const reply = run(message.item);
  // A prepared result's bytes move to the writer's thread without a copy.
  const transfer = 'stored' in reply && reply.stored instanceof Uint8Array ? [reply.stored.buffer as ArrayBuffer] : [];
  parentPort?.postMessage({ seq: message.seq, ...reply } satisfies WorkerReply, transfer);
});
