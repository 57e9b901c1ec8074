// Checkpoints of a writing store's WAL, run by a second connection on a thread of their own: copying committed pages
// back into the database file (and its fsyncs) then no longer stops the one writer between two transactions.
// SQLite's documented pattern: the writer's automatic checkpoints are turned off, and another connection runs PASSIVE
// ones (which never wait for, nor block, the writer) after commits; when the writer outruns them and the WAL grows past
// a bound, a RESTART checkpoint waits for the transaction under way and for readers of older snapshots, copies
// everything and lets the next one start the WAL over. While it waits it blocks new writers, so it waits briefly
// (BOUNDING_WAIT_MS) and otherwise is tried again after the next commit: the bound is kept on a best-effort basis,
// a reader holding a snapshot for long lets the WAL grow past it. The durability of commits is unchanged: with synchronous = NORMAL a commit
// was never synced on its own; a checkpoint syncs the WAL before copying from it, on either thread.
import type { Worker } from 'node:worker_threads';
import { siblingModule, startWorker } from '../threads.js';
import { storeError, type Store } from './db.js';

/** What the checkpointing thread did, for benches and logs. */
export interface CheckpointStats {
  /**
   * PASSIVE checkpoints run: after the commits the writer reported, one at a time and at least the least interval
   * (CHECKPOINT_INTERVAL_MS) apart, so the commits reported meanwhile call for one more, not one each.
   */
  passive: number;
  /** RESTART checkpoints run because the WAL had outgrown its bound. */
  restarts: number;
  /** RESTART or TRUNCATE checkpoints that gave up waiting for the writer or a reader and copied only what they could. */
  gaveUp: number;
  /** The most frames the WAL held at a checkpoint. */
  mostFrames: number;
  /** CPU seconds of the checkpointing thread, where the system tells them (Linux), else null. */
  cpuSeconds: number | null;
  /** The checkpointing thread's id in the system (Linux), else null: benches read its CPU over part of its life. */
  threadId: number | null;
}

/** The writer's side: report each commit, and stop at the end (the WAL is then checkpointed whole and truncated). */
export interface Checkpoints {
  committed(): void;
  stop(): Promise<CheckpointStats>;
}

/** Settings of `startCheckpoints` (the defaults are ingest's). */
export interface CheckpointOptions {
  /** WAL frames past which a RESTART checkpoint bounds the WAL (default WAL_MOST_FRAMES). */
  mostFrames?: number;
  /** Least milliseconds between the starts of two checkpoints (default CHECKPOINT_INTERVAL_MS). */
  intervalMs?: number;
  /** Most milliseconds a RESTART or TRUNCATE waits for the writer and readers (default BOUNDING_WAIT_MS). */
  waitMs?: number;
}

/** What the writer sends the checkpointing thread. */
export type CheckpointRequest = 'committed' | 'stop';

/** What the checkpointing thread answers: done with a checkpoint, stopped (with its figures), or failed. */
export type CheckpointReply = { done: true } | { stopped: CheckpointStats } | { failed: { code?: string; message: string } };

/** What the checkpointing thread is started with. */
export interface CheckpointSetup {
  path: string;
  /** WAL frames past which it runs a RESTART checkpoint instead of a PASSIVE one. */
  mostFrames: number;
  /** Its busy timeout: how long a RESTART or TRUNCATE waits before copying only what it can. */
  waitMs: number;
}

/**
 * The WAL's bound, in pages: 16,384 pages of 16 KiB (256 MiB), about ten transactions of ingest's 256 articles. A
 * PASSIVE checkpoint cannot end while the writer adds frames faster than it copies them, so the bound is what ends it.
 */
export const WAL_MOST_FRAMES = 16_384;

/**
 * Least time between the starts of two checkpoints. After every commit of a document alone (`--batch 1`) they would
 * copy and sync the same pages over and over: 880-1,060 PASSIVE checkpoints for 3,000 such commits took more CPU than
 * they spared the writer. Ingest's groups close every quarter second at most, so a full group rarely waits.
 */
export const CHECKPOINT_INTERVAL_MS = 250;

/**
 * How long a RESTART or the final TRUNCATE checkpoint waits for the writer's transaction and for readers of older
 * snapshots. It holds the write lock meanwhile, so with a 30 s busy timeout a reader's 6 s snapshot stalled a commit
 * for 5.6 s (2 ms otherwise) and stop() for 6.7 s; a checkpoint that gives up copies what it can and leaves the rest.
 */
export const BOUNDING_WAIT_MS = 100;

const WORKER_URL = siblingModule(import.meta.url, 'checkpoint-worker');

/**
 * Moves the checkpoints of `store` (a file store open for writing) to a thread of their own until `stop()`. A failure of
 * that thread (a full disk, say) is thrown by the next `committed()` or by `stop()`, as E_STORE. `stop()` leaves the WAL
 * empty unless a reader's snapshot held up the final checkpoint past `waitMs` (the next checkpoint copies the rest).
 */
export function startCheckpoints(store: Store, options: CheckpointOptions = {}): Checkpoints {
  const { mostFrames = WAL_MOST_FRAMES, intervalMs = CHECKPOINT_INTERVAL_MS, waitMs = BOUNDING_WAIT_MS } = options;
  const autocheckpoint = store.db.pragma('wal_autocheckpoint', { simple: true }) as number;
  store.db.pragma('wal_autocheckpoint = 0');
  const worker: Worker = startWorker(WORKER_URL, { workerData: { path: store.path, mostFrames, waitMs } satisfies CheckpointSetup });
  let running = false;
  let wanted = false;
  let lastStart = 0;
  let timer: NodeJS.Timeout | null = null;
  let failure: Error | null = null;
  // Set by stop(): a checkpoint ending after it calls for no other.
  let stopped: ((stats: CheckpointStats | null) => void) | null = null;
  const fail = (error: { code?: string; message: string }): void => {
    failure ??= storeError(Object.assign(new Error(error.message), { code: error.code }), store.path);
    stopped?.(null);
  };
  worker.on('message', (reply: CheckpointReply) => {
    if ('failed' in reply) fail(reply.failed);
    else if ('stopped' in reply) stopped?.(reply.stopped);
    else if (running) {
      running = false;
      // Commits reported meanwhile call for one more checkpoint, not one each.
      if (wanted) ask();
    }
  });
  worker.on('error', (error) => fail(error as Error & { code?: string }));
  // Ended by stop() once it has answered; any other end is a failure, or stop() would wait for an answer for ever.
  worker.on('exit', () => fail({ message: 'the checkpointing thread exited' }));
  const request = (): void => {
    timer = null;
    wanted = false;
    running = true;
    lastStart = Date.now();
    worker.postMessage('committed' satisfies CheckpointRequest);
  };
  /** A checkpoint now, or once the last one has ended and `intervalMs` have passed since it started; none once stopping. */
  const ask = (): void => {
    if (stopped) return;
    if (running) wanted = true;
    else if (Date.now() - lastStart >= intervalMs) request();
    else timer ??= setTimeout(request, lastStart + intervalMs - Date.now());
  };
  return {
    committed: () => {
      if (failure) throw failure;
      ask();
    },
    stop: async () => {
      if (timer) clearTimeout(timer);
      const stats = failure ? null : await new Promise<CheckpointStats | null>((resolve) => {
        stopped = resolve;
        worker.postMessage('stop' satisfies CheckpointRequest);
      });
      await worker.terminate();
      if (store.db.open) store.db.pragma(`wal_autocheckpoint = ${autocheckpoint}`);
      if (!stats) throw failure ?? storeError(new Error('the checkpointing thread stopped'), store.path);
      return stats;
    },
  };
}
