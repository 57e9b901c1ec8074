// Reading the PostgreSQL store back: every article's result (for export), and what a user typed as a full-text query
// (the searches are in queries.ts). Results are rebuilt by src/store's own functions from the same columns, so both
// stores give the same lines.
import type { ReadoutOutput, ResultQuote } from '../result/types.js';
import { quoteOfRow, resultOfRow } from '../store/articles.js';
import type { SearchPhrase } from '../store/fts.js';
import { QUOTE_COLUMNS } from '../store/prepare.js';
import { pgError, type PgStore } from './pg.js';

/** Articles read per query while exporting: a few MB of text at a time, whatever the store's size. */
const EXPORT_CHUNK = 200;

/** The columns quoteOfRow reads, and the article's id to group them by (not the tsvector). */
const QUOTE_ROW_COLUMNS = `article_id, ${QUOTE_COLUMNS.join(', ')}`;

const ARTICLE_COLUMNS = 'id, external_id, status, error_code, error_message, meta, text, sentences, entities, events, removed, times, rules, extra';

/** Every stored document in store order: its readout/1 result, or `{id, error}` for a document that failed. */
export async function* allPgOutputs(store: PgStore): AsyncGenerator<ReadoutOutput> {
  let after = 0;
  for (;;) {
    let rows: Record<string, any>[];
    let quotes: Record<string, any>[];
    try {
      rows = (await store.pool.query(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id > $1 ORDER BY id LIMIT $2`, [after, EXPORT_CHUNK])).rows;
      if (!rows.length) return;
      quotes = (await store.pool.query(`SELECT ${QUOTE_ROW_COLUMNS} FROM quotes WHERE article_id = ANY($1::bigint[]) ORDER BY id`, [rows.map((row) => row.id)])).rows;
    } catch (error) {
      throw pgError(error, store.where);
    }
    const byArticle = new Map<number, ResultQuote[]>();
    for (const quote of quotes) {
      const list = byArticle.get(quote.article_id) ?? [];
      list.push(quoteOfRow(quote));
      byArticle.set(quote.article_id, list);
    }
    for (const row of rows) {
      yield row.status === 'ok' ? resultOfRow(row, byArticle.get(row.id) ?? []) : { id: row.external_id, error: { code: row.error_code, message: row.error_message } };
    }
    after = rows.at(-1)!.id;
  }
}

/**
 * The tsquery of what a user typed: each phrase's words in order (`<->`), a trailing `*` a prefix, all phrases
 * required; null when it holds no word. Words are letters and digits only (searchPhrases), so nothing needs escaping.
 */
export function tsQuery(phrases: readonly SearchPhrase[]): string | null {
  if (!phrases.length) return null;
  return phrases.map(({ words, prefix }) => `(${words.map((word, at) => (prefix && at === words.length - 1 ? `${word}:*` : word)).join(' <-> ')})`).join(' & ');
}
