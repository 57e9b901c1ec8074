// Reading the PostgreSQL store back: every article's result (for export), and what a user typed as a full-text query
// (the searches are in queries.ts). Results are rebuilt by src/store's own functions from the same columns, so both
// stores give the same lines.
import type { ReadoutOutput, ReadoutResult } from '../result/types.js';
import { quoteOfRow, resultOfRow } from '../store/articles.js';
import type { SearchPhrase } from '../store/fts.js';
import { QUOTE_COLUMNS } from '../store/prepare.js';
import { pgRows, type PgStore } from './pg.js';

/** Articles read per query while exporting: a few MB of text at a time, whatever the store's size. */
const EXPORT_CHUNK = 200;

/** The columns quoteOfRow reads, and the article's id to group them by (not the tsvector). */
const QUOTE_ROW_COLUMNS = `article_id, ${QUOTE_COLUMNS.join(', ')}`;

const ARTICLE_COLUMNS = 'id, external_id, status, error_code, error_message, meta, text, sentences, entities, events, removed, times, rules, extra';

/** A stored document's output, and the store ids of its events (local id "v2" → cross-article event id). */
export interface PgReadout<Output extends ReadoutOutput = ReadoutOutput> {
  output: Output;
  eventIds: Record<string, number>;
}

/**
 * Every stored document in store order, `EXPORT_CHUNK` articles a query: its readout/1 result (or `{id, error}` for a
 * document that failed) and its events' store ids. With `readOnly`, only the documents that were read, typed so: a
 * result may carry an extension field named `error`, so `'error' in output` cannot tell them apart.
 */
export function allPgReadouts(store: PgStore, options: { readOnly: true }): AsyncGenerator<PgReadout<ReadoutResult>>;
export function allPgReadouts(store: PgStore, options?: { readOnly?: false }): AsyncGenerator<PgReadout>;
export async function* allPgReadouts(store: PgStore, { readOnly = false } = {}): AsyncGenerator<PgReadout> {
  for (let after = 0; ;) {
    const rows = await pgRows(store, `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id > ?${readOnly ? " AND status = 'ok'" : ''} ORDER BY id LIMIT ?`, [after, EXPORT_CHUNK]);
    if (!rows.length) return;
    const ids = rows.map((row) => row.id as number);
    const [quotes, reports] = await Promise.all([
      pgRows(store, `SELECT ${QUOTE_ROW_COLUMNS} FROM quotes WHERE article_id = ANY(?::bigint[]) ORDER BY id`, [ids]),
      pgRows(store, 'SELECT article_id, local_id, event_id FROM event_reports WHERE article_id = ANY(?::bigint[])', [ids]),
    ]);
    const quotesOf = groupByArticle(quotes, quoteOfRow);
    const eventIdsOf = new Map<number, Record<string, number>>();
    for (const report of reports) {
      const eventIds = eventIdsOf.get(report.article_id) ?? {};
      eventIds[report.local_id] = report.event_id;
      eventIdsOf.set(report.article_id, eventIds);
    }
    for (const row of rows) {
      const output = row.status === 'ok' ? resultOfRow(row, quotesOf.get(row.id) ?? []) : { id: row.external_id, error: { code: row.error_code, message: row.error_message } };
      yield { output, eventIds: eventIdsOf.get(row.id) ?? {} };
    }
    after = rows.at(-1)!.id;
  }
}

/** Rows of several articles' facts as lists per article id, each row made into what `of` gives, in row order. */
function groupByArticle<T>(rows: readonly Record<string, any>[], of: (row: Record<string, any>) => T): Map<number, T[]> {
  const byArticle = new Map<number, T[]>();
  for (const row of rows) {
    const list = byArticle.get(row.article_id) ?? [];
    list.push(of(row));
    byArticle.set(row.article_id, list);
  }
  return byArticle;
}

/** Every stored document in store order: its readout/1 result, or `{id, error}` for a document that failed. */
export async function* allPgOutputs(store: PgStore): AsyncGenerator<ReadoutOutput> {
  for await (const { output } of allPgReadouts(store)) yield output;
}

/**
 * The tsquery of what a user typed: each phrase's words in order (`<->`), a trailing `*` a prefix, all phrases
 * required; null when it holds no word. Words are letters and digits only (searchPhrases), so nothing needs escaping.
 */
export function tsQuery(phrases: readonly SearchPhrase[]): string | null {
  if (!phrases.length) return null;
  return phrases.map(({ words, prefix }) => `(${words.map((word, at) => (prefix && at === words.length - 1 ? `${word}:*` : word)).join(' <-> ')})`).join(' & ');
}
