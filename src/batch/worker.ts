import { parentPort, workerData } from 'node:worker_threads';
import { createReader, type ReaderOptions } from '../readout.js';
import { DEFAULT_MAX_BYTES } from '../input/decode.js';
import { processItem, type BatchDefaults, type WorkItem } from './work.js';

/** What the pool sends a worker when it starts. */
export interface WorkerSetup {
  reader: ReaderOptions;
  defaults: BatchDefaults;
}

// A worker builds its reader once and serialises each result itself, so the main thread only writes strings.
const setup = workerData as WorkerSetup;
const reader = createReader(setup.reader);
const maxBytes = setup.reader.maxBytes ?? DEFAULT_MAX_BYTES;

// Read one small article first so lazy set-up (lexicon indexes, compiled patterns) is not billed to a real
// document's time cap.
reader.readSafe({ id: 'warm-up', text: 'Officials met in Geneva on Monday. "Talks went well," the envoy said.', published: '2020-01-01' });
parentPort?.postMessage({ ready: true });
parentPort?.on('message', (message: { seq: number; item: WorkItem }) => {
  const output = processItem(reader, message.item, setup.defaults, maxBytes);
  parentPort?.postMessage({ seq: message.seq, json: JSON.stringify(output) });
});
