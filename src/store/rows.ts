// Rows of one table gathered over a write transaction and inserted many to a statement: one multi-row INSERT spares
// SQLite's per-statement start-up and the driver's per-call crossing, which cost more than the row itself.
import type Database from 'better-sqlite3';
import type { Db } from './db.js';

/**
 * Most rows one INSERT carries; smaller statements (halving down to one row) take the remainder. A multi-row INSERT
 * keeps a statement journal (foreign keys are immediate): a copy of each 16 KiB page it touches, made again by every
 * statement touching it. 64 rows a statement copy each page of a random index (entities' articles, speakers) once for
 * four times the rows of 16: about -17 µs an article of the writer's thread (5 paired runs); 1 row was +70, 128 and
 * 256 the same as 64.
 */
const MOST_ROWS = 64;

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

/**
 * A table's pending rows: `add` one row's values in column order, `flush` writes them all in insertion order. Values
 * are gathered a full statement's worth to an array, the array `run` binds as it is: neither one array growing over
 * the whole transaction (copied as it grows) nor a slice of it per statement.
 */
export class Rows {
  private readonly full: unknown[][] = [];
  private values: unknown[] = [];
  private readonly statementValues: number;

  constructor(private readonly db: Db, private readonly table: string, private readonly columns: readonly string[]) {
    this.statementValues = MOST_ROWS * columns.length;
  }

  /** Queues one row; its values come in the order of the columns. */
  add(...row: unknown[]): void {
    for (const value of row) this.values.push(value);
    this.closeIfFull();
  }

  /**
   * Queues a fact row: its article's id and the entity it names (or null), then each column's value at `at` (facts
   * prepared one array per column). They come as arguments: an array of them would be built for every row.
   */
  addFromColumns(articleId: number, entityId: number | null, columns: readonly (readonly unknown[])[], at: number): void {
    this.values.push(articleId, entityId);
    for (const column of columns) this.values.push(column[at]);
    this.closeIfFull();
  }

  /** Inserts every queued row (ids in the order they were added) and empties the queue. */
  flush(): void {
    const full = this.full.splice(0);
    const values = this.values;
    this.values = [];
    for (const statement of full) insertStatement(this.db, this.table, this.columns, MOST_ROWS).run(statement);
    // The last rows, fewer than a full statement, go in halving statements (the sizes whose INSERTs are cached).
    const width = this.columns.length;
    let at = 0;
    for (let size = MOST_ROWS >> 1; size >= 1; size >>= 1) {
      for (; values.length - at >= size * width; at += size * width) {
        insertStatement(this.db, this.table, this.columns, size).run(values.slice(at, at + size * width));
      }
    }
  }

  /** Sets a full statement's values apart. */
  private closeIfFull(): void {
    if (this.values.length < this.statementValues) return;
    this.full.push(this.values);
    this.values = [];
  }
}
