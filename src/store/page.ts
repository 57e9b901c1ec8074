// Paging and small shared shapes of the query layer.
import { ReadoutError } from '../errors.js';
import type { ResultSpan } from '../result/types.js';

/** Default number of items per page. */
export const DEFAULT_PAGE_SIZE = 50;
/** Most items one page may hold; larger requests are cut to this. */
export const MAX_PAGE_SIZE = 500;

/** Which page to return. */
export interface PageRequest {
  /** Items per page (default 50, at most 500). */
  limit?: number;
  /** Items to skip. */
  offset?: number;
}

/** A page of items and the total the filters match. */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/** A cross-article entity as other nouns refer to it. */
export interface EntityRef {
  id: number;
  name: string;
  type: string;
}

/** Checks and fills a page request: whole numbers, offset >= 0, limit in 1..MAX_PAGE_SIZE (larger is cut). */
export function pageOf(request: PageRequest = {}): { limit: number; offset: number } {
  const limit = request.limit ?? DEFAULT_PAGE_SIZE;
  const offset = request.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 1) throw new ReadoutError('E_USAGE', `limit must be a whole number from 1 to ${MAX_PAGE_SIZE}, not ${limit}`);
  if (!Number.isInteger(offset) || offset < 0) throw new ReadoutError('E_USAGE', `offset must be a whole number >= 0, not ${offset}`);
  return { limit: Math.min(limit, MAX_PAGE_SIZE), offset };
}

/** An entity reference out of a row's `<prefix>_id`, `<prefix>_name` and `<prefix>_type` columns, or null. */
export function refOf(row: Record<string, unknown>, prefix: string): EntityRef | null {
  const id = row[`${prefix}_id`];
  if (id === null || id === undefined) return null;
  return { id: Number(id), name: String(row[`${prefix}_name`]), type: String(row[`${prefix}_type`]) };
}

/** A `LIKE ... ESCAPE '\'` pattern matching user text literally (`%`, `_` and `\` escaped), anywhere or as a prefix. */
export function likePattern(text: string, where: 'anywhere' | 'prefix' = 'anywhere'): string {
  return `${where === 'anywhere' ? '%' : ''}${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A span out of stored start, end and text columns, or null when the fact has none. */
export function spanOf(start: number | null, end: number | null, text: string | null): ResultSpan | null {
  return start === null || end === null || text === null ? null : { start, end, text };
}

/** The span [start, end) of a text with the text it covers. */
export function sliceOf(text: string, start: number, end: number): ResultSpan {
  return { start, end, text: text.slice(start, end) };
}

/** A WHERE clause and its parameters, built from optional filters; every value is a bound parameter. */
export class Where {
  private readonly clauses: string[] = [];
  /** The bound values, in order. */
  readonly params: unknown[] = [];

  /** Adds `clause` with its values when `when` holds. */
  add(when: boolean, clause: string, ...values: unknown[]): this {
    if (when) {
      this.clauses.push(clause);
      this.params.push(...values);
    }
    return this;
  }

  /** The SQL text: empty, or ` WHERE a AND b`. */
  toString(): string {
    return this.clauses.length ? ` WHERE ${this.clauses.join(' AND ')}` : '';
  }
}
