// The checkpointing thread of `startCheckpoints`: its own connection to the store, checkpointing the WAL when the
// writer reports a commit, and whole (truncating the file) when asked to stop.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { threadCpuSeconds } from '../threads.js';
import type { CheckpointReply, CheckpointRequest, CheckpointSetup, CheckpointStats } from './checkpoints.js';

const setup = workerData as CheckpointSetup;
// Not openStore: the writer opened and migrated the store; this connection only checkpoints. It waits for the
// writer's transaction (busy timeout) only in a RESTART or the final TRUNCATE.
const db = new Database(setup.path, { fileMustExist: true });
db.pragma('busy_timeout = 30000');
db.pragma('synchronous = NORMAL');
const stats: CheckpointStats = { passive: 0, restarts: 0, mostFrames: 0, cpuSeconds: null };

/** Runs one checkpoint; `log` is the WAL's frame count SQLite gives back. */
function checkpoint(mode: 'PASSIVE' | 'RESTART' | 'TRUNCATE'): number {
  const [row] = db.pragma(`wal_checkpoint(${mode})`) as { busy: number; log: number; checkpointed: number }[];
  stats.mostFrames = Math.max(stats.mostFrames, row.log);
  return row.log;
}

function handle(request: CheckpointRequest): CheckpointReply {
  if (request === 'stop') {
    checkpoint('TRUNCATE');
    db.close();
    stats.cpuSeconds = threadCpuSeconds();
    return { stopped: stats };
  }
  stats.passive++;
  if (checkpoint('PASSIVE') > setup.mostFrames) {
    stats.restarts++;
    checkpoint('RESTART');
  }
  return { done: true };
}

parentPort?.on('message', (request: CheckpointRequest) => {
  try {
    parentPort?.postMessage(handle(request) satisfies CheckpointReply);
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    parentPort?.postMessage({ failed: { code, message } } satisfies CheckpointReply);
  }
});
