import { existsSync, mkdtempSync, renameSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReadoutError } from '../errors.js';
import { startCheckpoints } from './checkpoints.js';
import { openStore, type Store } from './db.js';

const tmp = mkdtempSync(join(tmpdir(), 'readout-checkpoints-'));

/** A file store with a table of rows big enough that each transaction writes several pages to the WAL. */
function storeWithPages(name: string): Store {
  const store = openStore(join(tmp, name));
  store.db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
  return store;
}

/** Commits one transaction of `rows` rows of 2,000 characters, then reports it. */
function commitRows(store: Store, rows: number, report: () => void): void {
  const insert = store.db.prepare('INSERT INTO notes (body) VALUES (?)');
  store.db.transaction(() => {
    for (let i = 0; i < rows; i++) insert.run(`note ${i} `.padEnd(2_000, 'x'));
  })();
  report();
}

/** The WAL frames one transaction of `rows` rows writes, committed with the store's own checkpoints off. */
function framesOfCommit(store: Store, rows: number): number {
  store.db.pragma('wal_autocheckpoint = 0');
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  commitRows(store, rows, () => {});
  const [{ log }] = store.db.pragma('wal_checkpoint(PASSIVE)') as { log: number }[];
  store.db.pragma('wal_autocheckpoint = 1000');
  return log;
}

/** Resolves once the checkpointing thread has copied new pages into the database file (it then grows). */
async function copiedPast(store: Store, size: number): Promise<void> {
  while (statSync(store.path).size <= size) await turn();
}

/** Lets the writer's thread hear from the checkpointing thread, as ingest's awaits between groups let it. */
const turn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));

describe('checkpoints on a thread of their own', () => {
  it('turns the writer\'s own checkpoints off while they run, and back to the setting it found after', async () => {
    const store = storeWithPages('switch.db');
    store.db.pragma('wal_autocheckpoint = 500');
    const checkpoints = startCheckpoints(store);
    expect(store.db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    await checkpoints.stop();
    expect(store.db.pragma('wal_autocheckpoint', { simple: true })).toBe(500);
    store.close();
  });

  it('checkpoints after reported commits, and leaves an empty WAL and every row in the database file when stopped', async () => {
    const store = storeWithPages('rows.db');
    const checkpoints = startCheckpoints(store, { intervalMs: 0 });
    for (let t = 0; t < 5; t++) {
      commitRows(store, 50, () => checkpoints.committed());
      await turn();
    }
    const stats = await checkpoints.stop();
    expect(stats.passive).toBeGreaterThan(0);
    expect(statSync(`${store.path}-wal`).size).toBe(0);
    store.close();
    expect(existsSync(`${store.path}-wal`)).toBe(false);
    const again = openStore(store.path, { readonly: true });
    expect(again.db.prepare('SELECT COUNT(*) FROM notes').pluck().get()).toBe(250);
    again.close();
  });

  it('waits the least interval between two checkpoints, whatever the commits reported meanwhile', async () => {
    const store = storeWithPages('interval.db');
    const checkpoints = startCheckpoints(store, { intervalMs: 60_000 });
    for (let t = 0; t < 5; t++) {
      commitRows(store, 10, () => checkpoints.committed());
      await turn();
    }
    expect((await checkpoints.stop()).passive).toBe(1);
    store.close();
  });

  it('keeps the WAL within its bound and one commit\'s frames with a RESTART checkpoint whenever it is past the bound', async () => {
    const store = storeWithPages('bound.db');
    const frames = framesOfCommit(store, 100);
    const checkpoints = startCheckpoints(store, { mostFrames: frames - 1, intervalMs: 0 });
    for (let t = 0; t < 8; t++) {
      const size = statSync(store.path).size;
      commitRows(store, 100, () => checkpoints.committed());
      // Each commit is checkpointed before the next, as when the thread keeps up (not while it starts).
      await copiedPast(store, size);
    }
    const stats = await checkpoints.stop();
    expect(stats.restarts).toBeGreaterThan(0);
    expect(stats.gaveUp).toBe(0);
    // A later commit of as many rows may write one frame more than the first: a new interior page of the table's b-tree.
    const largestCommit = frames + 1;
    expect(stats.mostFrames).toBeLessThanOrEqual(frames - 1 + largestCommit);
    store.close();
  });

  it('does not wait for a reader\'s old snapshot: the final checkpoint gives up, copies what it can and leaves the WAL', async () => {
    const store = storeWithPages('reader.db');
    const reader = openStore(store.path, { readonly: true });
    reader.db.exec('BEGIN');
    reader.db.prepare('SELECT COUNT(*) FROM notes').get();
    const checkpoints = startCheckpoints(store, { intervalMs: 0 });
    commitRows(store, 100, () => checkpoints.committed());
    const stats = await checkpoints.stop();
    expect(stats.gaveUp).toBeGreaterThan(0);
    expect(statSync(`${store.path}-wal`).size).toBeGreaterThan(0);
    reader.db.exec('COMMIT');
    reader.close();
    store.close();
  });

  it('gives E_STORE from stop() and from any later commit when the checkpointing thread cannot open the store', async () => {
    const store = storeWithPages('moved.db');
    // The writer keeps the file it opened; the checkpointing thread finds nothing at the path.
    renameSync(store.path, `${store.path}.moved`);
    const checkpoints = startCheckpoints(store);
    await expect(checkpoints.stop()).rejects.toMatchObject({ code: 'E_STORE' });
    expect(() => commitRows(store, 1, () => checkpoints.committed())).toThrow(ReadoutError);
    store.close();
  });
});
