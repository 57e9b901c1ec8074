// The stores the API's read routes are tested on, behind one interface: SQLite (in memory) always, and PostgreSQL
// where test/helpers/postgres.ts can start a throwaway cluster (one per test file, a database per store).
import { sqliteReads, type StoreReads } from '../../src/api/reads.js';
import { closePgStore, openPgStore } from '../../src/scale/pg.js';
import { pgReads } from '../../src/scale/queries.js';
import { savePgBatch } from '../../src/scale/save.js';
import { openStore } from '../../src/store/db.js';
import { saveBatch, type BatchDocument } from '../../src/store/save.js';
import { postgresSkipReason, startCluster, type Cluster } from '../helpers/postgres.js';

/** A store under test. */
export interface TestStore {
  /** What the API reads from it. */
  reads: StoreReads;
  /** Stores documents with the store's own writer; gives their article ids in order. */
  save(documents: readonly BatchDocument[]): Promise<number[]>;
  /** The id of the entity with this name. */
  entityId(name: string): Promise<number>;
  /** Takes away the table quote search reads, as a damaged store would. */
  breakQuoteSearch(): Promise<void>;
  close(): Promise<void>;
}

/** A kind of store: whether it can run here, how to open a fresh one, and what to stop once a file's tests end. */
export interface StoreKind {
  name: string;
  /** Why its tests are skipped here, or null. */
  skip: string | null;
  open(): Promise<TestStore>;
  stop(): void;
}

const sqlite: StoreKind = {
  name: 'SQLite',
  skip: null,
  async open() {
    const store = openStore(':memory:');
    return {
      reads: sqliteReads(store),
      save: async (documents) => saveBatch(store, documents).map((outcome) => outcome.articleId),
      entityId: async (name) => (store.db.prepare('SELECT id FROM entities WHERE name = ?').pluck().get(name) as number),
      breakQuoteSearch: async () => {
        store.db.exec('DROP TABLE quotes_fts');
      },
      close: async () => store.close(),
    };
  },
  stop() {},
};

let cluster: Cluster | undefined;
let databases = 0;

const postgres: StoreKind = {
  name: 'PostgreSQL',
  skip: postgresSkipReason,
  async open() {
    cluster ??= startCluster();
    const store = await openPgStore(await cluster.createDatabase(`api${++databases}`));
    return {
      reads: pgReads(store),
      save: async (documents) => (await savePgBatch(store, documents)).map((outcome) => outcome.articleId),
      entityId: async (name) => (await store.pool.query('SELECT id FROM entities WHERE name = $1', [name])).rows[0].id,
      breakQuoteSearch: async () => {
        await store.pool.query('DROP TABLE quotes');
      },
      close: () => closePgStore(store),
    };
  },
  stop() {
    cluster?.stop();
    cluster = undefined;
  },
};

/** Every kind of store the read routes are tested on. */
export const STORE_KINDS: readonly StoreKind[] = [sqlite, postgres];
