// The one module that opens SQLite: pragmas, migrations, and the translation of SQLite failures into E_STORE.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { ReadoutError } from '../errors.js';
import { MIGRATIONS, type Migration } from './migrations.js';

/** The better-sqlite3 connection type, re-exported so other layers need not import the driver. */
export type Db = Database.Database;

/** An open store: the connection and where it lives. */
export interface Store {
  readonly db: Db;
  readonly path: string;
  readonly readonly: boolean;
  /** Closes the connection; further use throws. */
  close(): void;
}

/** Settings of `openStore`. */
export interface StoreOptions {
  /** Open without write access; every write then fails with E_STORE. */
  readonly?: boolean;
  /** Milliseconds a writer waits for another process's lock before giving up (default 30 s). */
  busyTimeout?: number;
  /** Fail with E_STORE when there is no store at the path, instead of creating one: for commands that work on a store. */
  mustExist?: boolean;
}

/** Default path of the store, relative to the working directory. */
export const DEFAULT_STORE_PATH = 'data/readout.db';

const SQLITE_MESSAGES: Record<string, string> = {
  SQLITE_FULL: 'the disk (or the store\'s size limit) is full',
  SQLITE_READONLY: 'the store is read-only',
  SQLITE_READONLY_DIRECTORY: 'the store\'s folder is read-only',
  SQLITE_READONLY_DBMOVED: 'the store file was moved or deleted while open',
  SQLITE_CANTOPEN: 'the store file cannot be opened',
  SQLITE_NOTADB: 'the file is not a readout store (not an SQLite database)',
  SQLITE_CORRUPT: 'the store file is corrupt',
  SQLITE_BUSY: 'another process holds the store\'s write lock for too long',
  SQLITE_IOERR: 'the store cannot be read or written (input/output error)',
  SQLITE_PERM: 'no permission to access the store',
};

/** Turns an SQLite (or file system) failure into ReadoutError('E_STORE') with a message a user can act on. */
export function storeError(error: unknown, path: string): ReadoutError {
  if (error instanceof ReadoutError) return error;
  const code = (error as { code?: string }).code ?? '';
  const family = Object.keys(SQLITE_MESSAGES).find((known) => code === known || code.startsWith(`${known}_`));
  const explained = family ? SQLITE_MESSAGES[code] ?? SQLITE_MESSAGES[family] : (error as Error)?.message ?? String(error);
  return new ReadoutError('E_STORE', `${path}: ${explained}${family ? ` (${code})` : ''}`);
}

/**
 * The statements `prepare` builds, prepared once per connection: a module's statements are kept with the connection
 * they belong to, and go with it.
 */
export function statementsPerConnection<T>(prepare: (db: Db) => T): (db: Db) => T {
  const kept = new WeakMap<Db, T>();
  return (db) => {
    let statements = kept.get(db);
    if (!statements) kept.set(db, (statements = prepare(db)));
    return statements;
  };
}

/** Runs `work`, turning SQLite failures into E_STORE; the one wrapper every store write and read goes through. */
export function guard<T>(store: Pick<Store, 'path'>, work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw storeError(error, store.path);
  }
}

/**
 * Opens (creating when needed) and migrates the store at `path`; `':memory:'` gives a private in-memory store for
 * tests. WAL lets readers work while one process writes; synchronous=NORMAL keeps every committed transaction
 * through a process kill (only a power cut can lose the last ones).
 */
export function openStore(path: string = DEFAULT_STORE_PATH, options: StoreOptions = {}): Store {
  const memory = path === ':memory:';
  const readonly = options.readonly === true;
  if (options.mustExist && !memory && !existsSync(path)) throw new ReadoutError('E_STORE', `${path}: there is no store here (no such file)`);
  let db: Db;
  try {
    if (!memory && !readonly) mkdirSync(dirname(path), { recursive: true });
    db = new Database(path, { readonly, fileMustExist: readonly });
  } catch (error) {
    throw storeError(error, path);
  }
  const store: Store = {
    db,
    path,
    readonly,
    close: () => db.close(),
  };
  try {
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeout ?? 30_000))}`);
    db.pragma('foreign_keys = ON');
    if (!readonly) {
      // Before anything reads the file: it sets the size of a new store and changes nothing in one that has pages (no
      // VACUUM ever follows). Asking first whether the store is empty would read it with 4 KiB pages, and the page cache
      // would keep the number of pages it sized for those (48 MB more memory at 16 KiB each).
      db.pragma(`page_size = ${NEW_STORE_PAGE_SIZE}`);
      if (!memory) db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      // A multi-row INSERT keeps a statement journal (to undo itself on failure); in memory, not in a temporary file.
      db.pragma('temp_store = MEMORY');
      migrate(db);
    } else {
      checkVersion(db);
    }
  } catch (error) {
    db.close();
    throw storeError(error, path);
  }
  return store;
}

/**
 * Page size of a store created now (SQLite's default is 4 KiB). An article writes about 33 KB over a dozen tables and
 * indexes, and every page a transaction touches is a WAL frame written, read back and copied at the checkpoint: with
 * 16 KiB pages a transaction of 64 articles makes a quarter of the frames and system calls (system time an article
 * 150 -> about 100 µs, 5,000 articles). One article a transaction is a few percent slower (each
 * page it touches is four times the bytes); 32 and 64 KiB pages wrote 17% more bytes and were slower. A store keeps
 * the page size it was created with: SQLite cannot change it in WAL mode.
 */
export const NEW_STORE_PAGE_SIZE = 16_384;

/** The highest migration applied to the store (0 for an empty database). */
export function schemaVersion(db: Db): number {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'").get();
  if (!exists) return 0;
  const row = db.prepare('SELECT MAX(version) AS version FROM migrations').get() as { version: number | null };
  return row.version ?? 0;
}

/**
 * Applies the migrations the store lacks, all in one immediate transaction: two processes never race, and a store
 * killed while migrating is left at its old version, whole, never between two versions a reader would refuse.
 */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): number {
  db.exec('CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const newest = migrations.length ? migrations[migrations.length - 1].version : 0;
  if (schemaVersion(db) > newest) {
    throw new ReadoutError('E_STORE', `the store was written by a newer readout (schema ${schemaVersion(db)}, this readout knows ${newest})`);
  }
  return db.transaction(() => {
    // Read inside the write lock: another process may have migrated meanwhile.
    const current = schemaVersion(db);
    const pending = migrations.filter((migration) => migration.version > current);
    const record = db.prepare('INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)');
    for (const migration of pending) {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    }
    return pending.length;
  }).immediate();
}

function checkVersion(db: Db): void {
  const newest = MIGRATIONS[MIGRATIONS.length - 1].version;
  const version = schemaVersion(db);
  if (version !== newest) {
    throw new ReadoutError('E_STORE', `the store's schema is at version ${version}, this readout needs ${newest}; open it once for writing to migrate`);
  }
}
