// Rows of one table gathered over a write transaction and inserted many to a statement: one multi-row INSERT spares
// SQLite's per-statement start-up and the driver's per-call crossing, which cost more than the row itself.
import type Database from 'better-sqlite3';
import type { Db } from './db.js';

/** Most rows one INSERT carries; smaller statements (halving down to one row) take the remainder. */
const MOST_ROWS = 16;

const prepared = new WeakMap<Db, Map<string, Database.Statement>>();

/** The cached `INSERT INTO table (columns) VALUES (...), (...)` statement for `rows` rows. */
function insertStatement(db: Db, table: string, columns: readonly string[], rows: number): Database.Statement {
  let statements = prepared.get(db);
  if (!statements) prepared.set(db, (statements = new Map()));
  const key = `${table}\u0000${rows}`;
  let statement = statements.get(key);
  if (!statement) {
    const row = `(${columns.map(() => '?').join(', ')})`;
    statement = db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${Array(rows).fill(row).join(', ')}`);
    statements.set(key, statement);
  }
  return statement;
}

/** A table's pending rows: `add` one row's values in column order, `flush` writes them all in insertion order. */
export class Rows {
  private values: unknown[] = [];

  constructor(private readonly db: Db, private readonly table: string, private readonly columns: readonly string[]) {}

  /** Queues one row; its values come in the order of the columns. */
  add(...row: unknown[]): void {
    for (const value of row) this.values.push(value);
  }

  /**
   * Queues a fact row: its article's id and the entity it names (or null), then each column's value at `at` (facts
   * prepared one array per column). The two come as arguments: an array of them would be built for every row.
   */
  addFromColumns(articleId: number, entityId: number | null, columns: readonly (readonly unknown[])[], at: number): void {
    this.values.push(articleId, entityId);
    for (const column of columns) this.values.push(column[at]);
  }

  /** Inserts every queued row (ids in the order they were added) and empties the queue. */
  flush(): void {
    const width = this.columns.length;
    const values = this.values;
    this.values = [];
    let at = 0;
    for (let size = MOST_ROWS; size >= 1; size >>= 1) {
      for (; values.length - at >= size * width; at += size * width) {
        insertStatement(this.db, this.table, this.columns, size).run(values.slice(at, at + size * width));
      }
    }
  }
}
