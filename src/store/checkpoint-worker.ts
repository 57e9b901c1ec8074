// The checkpointing thread of `startCheckpoints`: its own connection to the store, checkpointing the WAL when the
// writer reports a commit, and whole (truncating the file) when asked to stop.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { systemThreadId, threadCpuSeconds } from '../threads.js';
import type { CheckpointReply, CheckpointRequest, CheckpointSetup, CheckpointStats } from './checkpoints.js';

const setup = workerData as CheckpointSetup;
// Not openStore: the writer opened and migrated the store; this connection only checkpoints. Only a RESTART or the
// final TRUNCATE waits (for the writer's transaction and for readers), and briefly: while it waits it holds the write
// lock, so a reader's long snapshot would stall the writer as long (5.6 s against 2 ms with a 30 s timeout).
const db = new Database(setup.path, { fileMustExist: true });
db.pragma(`busy_timeout = ${setup.waitMs}`);
db.pragma('synchronous = NORMAL');
const stats: CheckpointStats = { passive: 0, restarts: 0, gaveUp: 0, mostFrames: 0, cpuSeconds: null, threadId: systemThreadId() };

/**
 * Runs one checkpoint; gives the WAL's frame count SQLite gives back, and whether it had to stop short (busy). Another
 * process writing the same store may hold its locks past the wait: that checkpoint is left to a later one (or to the
 * other process), no failure.
 */
function checkpoint(mode: 'PASSIVE' | 'RESTART' | 'TRUNCATE'): { log: number; busy: boolean } {
  try {
    const [row] = db.pragma(`wal_checkpoint(${mode})`) as { busy: number; log: number; checkpointed: number }[];
    stats.mostFrames = Math.max(stats.mostFrames, row.log);
    return { log: row.log, busy: row.busy !== 0 };
  } catch (error) {
    if (!BUSY.has((error as { code?: string }).code ?? '')) throw error;
    return { log: 0, busy: true };
  }
}

const BUSY = new Set(['SQLITE_BUSY', 'SQLITE_LOCKED', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_BUSY_RECOVERY']);

/** A RESTART or TRUNCATE: one that waited `waitMs` in vain copied what it could, as a PASSIVE one does. */
function bound(mode: 'RESTART' | 'TRUNCATE'): void {
  if (checkpoint(mode).busy) stats.gaveUp++;
}

function handle(request: CheckpointRequest): CheckpointReply {
  if (request === 'stop') {
    bound('TRUNCATE');
    db.close();
    stats.cpuSeconds = threadCpuSeconds();
    return { stopped: stats };
  }
  stats.passive++;
  // A RESTART that gave up is tried again after the next commit, as the WAL is still past its bound.
  if (checkpoint('PASSIVE').log > setup.mostFrames) {
    stats.restarts++;
    bound('RESTART');
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
