import { parentPort, workerData } from 'node:worker_threads';
import { createReader, type ReaderOptions } from '../readout.js';
import { DEFAULT_MAX_BYTES } from '../input/decode.js';
import { learnItem, processItem, type BatchDefaults, type WorkItem } from './work.js';

/** What the pool sends a worker when it starts. */
export interface WorkerSetup {
  reader: ReaderOptions;
  defaults: BatchDefaults;
  /** `read` (default): full results; `learn`: only cleaning, for the first pass that learns site boilerplate. */
  task?: 'read' | 'learn';
}

// A worker builds its reader once and serialises each result itself, so the main thread only writes strings.
const setup = workerData as WorkerSetup;
const maxBytes = setup.reader.maxBytes ?? DEFAULT_MAX_BYTES;

/** The job of this worker: one work item in, one JSON string out. */
function startTask(): (item: WorkItem) => string {
  if (setup.task === 'learn') return (item) => JSON.stringify(learnItem(item, setup.defaults, maxBytes));
  const reader = createReader(setup.reader);
  // Read one small article first so lazy set-up (lexicon indexes, compiled patterns) is not billed to a real
  // document's time cap.
  reader.readSafe({ id: 'warm-up', text: 'Officials met in Geneva on Monday. "Talks went well," the envoy said.', published: '2020-01-01' });
  return (item) => JSON.stringify(processItem(reader, item, setup.defaults, maxBytes));
}

const run = startTask();
parentPort?.postMessage({ ready: true });
parentPort?.on('message', (message: { seq: number; item: WorkItem }) => {
  parentPort?.postMessage({ seq: message.seq, json: run(message.item) });
});
