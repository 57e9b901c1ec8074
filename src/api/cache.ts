// Answers to GET requests, kept until the store changes. The store is read far more than it is written, and one
// article's readout or an entity's page costs a dozen queries and a large JSON text; kept, it costs a map lookup.
// Staleness is checked on every lookup: SQLite's data_version changes when another connection (an ingest process)
// commits, total_changes() when this one writes; either empties the cache. Another store gives its own change stamp
// (the PostgreSQL store's is src/scale/changes.ts).
import type Database from 'better-sqlite3';
import type { Db } from '../store/db.js';

/** A kept answer: the body and its content type. */
export interface CachedAnswer {
  body: Buffer;
  type: string;
}

/** Settings of a ResponseCache. */
export interface CacheOptions {
  /** Most answers kept (default 2,000). */
  maxEntries?: number;
  /** Most bytes kept over all answers (default 64 MiB); larger single answers are not kept. */
  maxBytes?: number;
}

/** GET answers keyed by path and query, dropped whenever the store changes; least recently used go first. */
export class ResponseCache {
  private readonly entries = new Map<string, CachedAnswer>();
  private readonly currentStamp: () => string;
  private readonly maxEntries: number;
  private readonly maxBytes: number;
  private bytes = 0;
  private stamp: string;

  /** `changes` is the SQLite store's connection, or a function whose answer changes whenever the store does. */
  constructor(changes: Db | (() => string), options: CacheOptions = {}) {
    this.currentStamp = typeof changes === 'function' ? changes : sqliteStamp(changes);
    this.maxEntries = options.maxEntries ?? 2000;
    this.maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
    this.stamp = this.currentStamp();
  }

  /** Empties the cache when the store changed since the last look. */
  private checkFresh(): void {
    const now = this.currentStamp();
    if (now !== this.stamp) {
      this.entries.clear();
      this.bytes = 0;
      this.stamp = now;
    }
  }

  /** The kept answer for `key` (path and query), if the store has not changed since it was kept. */
  get(key: string): CachedAnswer | undefined {
    this.checkFresh();
    const found = this.entries.get(key);
    if (found) {
      // Re-inserting moves the entry to the end: Map order is the recency order.
      this.entries.delete(key);
      this.entries.set(key, found);
    }
    return found;
  }

  /** The store's change stamp now: taken before an answer is computed, it tells `set` whether the store held still. */
  stampNow(): string {
    return this.currentStamp();
  }

  /**
   * Keeps an answer computed from the store as it was at `stamp` (from `stampNow`, taken before the reads). An
   * asynchronous store may change while the answer is computed: the answer is then dropped, since it may hold either.
   */
  set(key: string, answer: CachedAnswer, stamp: string): void {
    this.checkFresh();
    if (stamp !== this.stamp || answer.body.length > this.maxBytes / 8) return;
    const old = this.entries.get(key);
    if (old) this.bytes -= old.body.length;
    this.entries.set(key, answer);
    this.bytes += answer.body.length;
    for (const [oldest, value] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= value.body.length;
    }
  }

  /** How many answers are kept. */
  get size(): number {
    return this.entries.size;
  }
}

/** The change stamp of a SQLite connection: other connections' commits and this one's writes both move it. */
function sqliteStamp(db: Db): () => string {
  const statement: Database.Statement = db.prepare("SELECT (SELECT data_version FROM pragma_data_version) || ':' || total_changes()").pluck();
  return () => statement.get() as string;
}

/** The cache key of a request: its path and query as the WHATWG URL parser normalises them. */
export function cacheKey(url: string): string {
  const parsed = new URL(url, 'http://cache.invalid');
  return `${parsed.pathname}${parsed.search}`;
}
