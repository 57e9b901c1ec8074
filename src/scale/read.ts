// Reading the PostgreSQL store back: every article's result (for export) and full-text search over quotes and
// sentences. Results are rebuilt by src/store's own functions from the same columns, so both stores give the same lines.
import type { ReadoutOutput, ResultQuote } from '../result/types.js';
import { quoteOfRow, resultOfRow } from '../store/articles.js';
import { searchPhrases, sentenceMatcher, type SearchPhrase } from '../store/fts.js';
import { sentenceSpans } from '../store/sentence-bounds.js';
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

/** A quote found by a search. */
export interface PgQuoteHit {
  id: number;
  articleId: number;
  speakerId: number | null;
  text: string;
}

/** Quotes holding every word or phrase of `q`, best match first (at most `limit`). */
export async function searchPgQuotes(store: PgStore, q: string, limit = 50): Promise<PgQuoteHit[]> {
  const query = tsQuery(searchPhrases(q));
  if (query === null) return [];
  try {
    const { rows } = await store.pool.query(`SELECT id, article_id, speaker_id, text FROM quotes, to_tsquery('simple', $1) query
      WHERE text_search @@ query ORDER BY ts_rank(text_search, query) DESC, id LIMIT $2`, [query, limit]);
    return rows.map((row) => ({ id: row.id, articleId: row.article_id, speakerId: row.speaker_id, text: row.text }));
  } catch (error) {
    throw pgError(error, store.where);
  }
}

/** A sentence found by a search. */
export interface PgSentenceHit {
  articleId: number;
  start: number;
  end: number;
  text: string;
}

/**
 * Sentences holding every word or phrase of `q`: the index finds the articles (best first, at most `articles`), and
 * src/store's sentenceMatcher the sentences in them, so a phrase across a sentence end matches no sentence.
 */
export async function searchPgSentences(store: PgStore, q: string, articles = 50): Promise<PgSentenceHit[]> {
  const phrases = searchPhrases(q);
  const query = tsQuery(phrases);
  if (query === null) return [];
  let rows: Record<string, any>[];
  try {
    rows = (await store.pool.query(`SELECT id, text, sentences FROM articles, to_tsquery('simple', $1) query
      WHERE text_search @@ query ORDER BY ts_rank(text_search, query) DESC, id LIMIT $2`, [query, articles])).rows;
  } catch (error) {
    throw pgError(error, store.where);
  }
  const matches = sentenceMatcher(phrases);
  return rows.flatMap((row) => sentenceSpans(row.sentences)
    .map(({ start, end }) => ({ articleId: row.id as number, start, end, text: (row.text as string).slice(start, end) }))
    .filter((hit) => matches(hit.text)));
}
