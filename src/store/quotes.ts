// Quotes in the store: full-text search and filters by speaker and modality.
import type { Modality, ResultSpan } from '../result/types.js';
import { guard, type Store } from './db.js';
import { ftsQuery } from './fts.js';
import { pageOf, refOf, spanOf, Where, type EntityRef, type Page, type PageRequest } from './page.js';

/** A stored quote with its speaker and article. */
export interface QuoteHit {
  id: number;
  articleId: number;
  articleTitle: string | null;
  published: string | null;
  /** The quote's id within its article ("q2"). */
  localId: string;
  kind: 'direct' | 'indirect' | 'mixed';
  start: number;
  end: number;
  text: string;
  speaker: EntityRef | null;
  source: ResultSpan | null;
  cue: ResultSpan | null;
  modality: Modality;
  rulesVersion: string | null;
}

/** Filters of `searchQuotes`. */
export interface QuoteFilter extends PageRequest {
  /** Words or "quoted phrases" in the quote; any user text is safe. */
  q?: string;
  /** Cross-article entity id of the speaker. */
  speaker?: number;
  modality?: Modality;
  articleId?: number;
}

type Row = Record<string, any>;


function hitOf(row: Row): QuoteHit {
  return {
    id: row.id,
    articleId: row.article_id,
    articleTitle: row.title,
    published: row.published,
    localId: row.local_id,
    kind: row.kind,
    start: row.start,
    end: row.end,
    text: row.text,
    speaker: refOf(row, 'speaker'),
    source: spanOf(row.source_start, row.source_end, row.source_text),
    cue: spanOf(row.cue_start, row.cue_end, row.cue_text),
    modality: row.modality,
    rulesVersion: row.rules_version,
  };
}

/**
 * Quotes matching the filters: with `q`, best full-text matches first; otherwise newest articles first. A `q` with no
 * searchable word matches nothing.
 */
export function searchQuotes(store: Store, filter: QuoteFilter = {}): Page<QuoteHit> {
  const { limit, offset } = pageOf(filter);
  const match = filter.q !== undefined && filter.q.trim() !== '' ? ftsQuery(filter.q) : undefined;
  if (match === null) return { items: [], total: 0, limit, offset };
  const where = new Where()
    .add(match !== undefined, 'quotes_fts MATCH ?', match)
    .add(filter.speaker !== undefined, 'q.speaker_id = ?', filter.speaker)
    .add(filter.modality !== undefined, 'q.modality = ?', filter.modality)
    .add(filter.articleId !== undefined, 'q.article_id = ?', filter.articleId);
  const from = match !== undefined ? 'quotes_fts f JOIN quotes q ON q.id = f.rowid' : 'quotes q';
  const order = match !== undefined ? 'f.rank, q.id' : 'a.published IS NULL, a.published DESC, q.id';
  return guard(store, () => {
    const { total } = store.db.prepare(`SELECT COUNT(*) AS total FROM ${from}${where}`).get(...where.params) as { total: number };
    const rows = store.db.prepare(`SELECT q.*, a.title, a.published, e.id AS speaker_id, e.name AS speaker_name, e.type AS speaker_type
      FROM ${from} JOIN articles a ON a.id = q.article_id LEFT JOIN entities e ON e.id = q.speaker_id${where}
      ORDER BY ${order} LIMIT ? OFFSET ?`).all(...where.params, limit, offset) as Row[];
    return { items: rows.map(hitOf), total, limit, offset };
  });
}

/** The stored quote with this id, or null. */
export function getQuote(store: Store, id: number): QuoteHit | null {
  return guard(store, () => {
    const row = store.db.prepare(`SELECT q.*, a.title, a.published, e.id AS speaker_id, e.name AS speaker_name, e.type AS speaker_type
      FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN entities e ON e.id = q.speaker_id WHERE q.id = ?`).get(id) as Row | undefined;
    return row ? hitOf(row) : null;
  });
}
