// Opens the PostgreSQL store: a connection pool whose sessions see the store's schema first, migrated on open.
import pg from 'pg';
import { ReadoutError } from '../errors.js';
import { redacted } from './connection.js';
import { migratePg, PG_SCHEMA } from './migrations.js';

/** An open PostgreSQL store. */
export interface PgStore {
  pool: pg.Pool;
  /** The connection URL without its password, for messages. */
  where: string;
}

// bigint ids and counts come back as numbers (they stay far below 2^53, and callers compare them with SQLite's), for
// this store's connections only: the pg module's global parsers are the queue's too.
const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => (oid === pg.types.builtins.INT8 ? Number : pg.types.getTypeParser(oid, format))) as pg.CustomTypesConfig['getTypeParser'],
};

/** A PostgreSQL failure as readout's E_STORE, naming the server's message. */
export function pgError(error: unknown, where: string): ReadoutError {
  if (error instanceof ReadoutError) return error;
  // A driver's message may quote the connection string it was given.
  return new ReadoutError('E_STORE', `PostgreSQL store ${where}: ${redacted((error as Error).message)}`);
}

/** src/store's `Where` clauses use `?`; PostgreSQL numbers its parameters. No SQL text of readout's holds a `?` of its own. */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** The rows of a query whose parameters are `?`; a failure is E_STORE naming the server (never the SQL or the values). */
export async function pgRows(store: PgStore, sql: string, params: readonly unknown[] = []): Promise<Record<string, any>[]> {
  try {
    return (await store.pool.query(numbered(sql), params as unknown[])).rows;
  } catch (error) {
    throw pgError(error, store.where);
  }
}

/** Connects to the database at `url` and migrates it; `connections` caps the pool (default 4). */
export async function openPgStore(url: string, connections = 4): Promise<PgStore> {
  const where = redacted(url);
  // Set on each new connection before the pool hands it out (pg-pool awaits onConnect; a query sent from a 'connect'
  // handler would run alongside the caller's first one), rather than as a startup option, which a URL's own
  // `?options=` or a connection pooler can drop.
  const pool = new pg.Pool({
    connectionString: url, max: connections, types,
    onConnect: async (client) => {
      await client.query(`SET search_path TO ${PG_SCHEMA}`);
    },
  });
  // An idle connection that the server drops must not crash the process: the next query reports it.
  pool.on('error', () => {});
  try {
    await migratePg(pool);
  } catch (error) {
    await pool.end();
    throw pgError(error, where);
  }
  return { pool, where };
}

/** Closes every connection of the store. */
export async function closePgStore(store: PgStore): Promise<void> {
  await store.pool.end();
}
