// The API's reads (src/api/reads.ts) on the PostgreSQL store: src/store's query functions in PostgreSQL's SQL, with
// the same filters, orders, pages and answers, so `readout serve --pg` gives the JSON `readout serve` gives. Summaries
// are built as JSON by the server (json_build_object keeps key order), in the shapes of src/store's types. Values reach
// SQL only as bound parameters.
import type { StoreReads } from '../api/reads.js';
import type { ArticleRef, StoreCounts } from '../api/queries.js';
import type { ResultQuote, ResultRole } from '../result/types.js';
import type { ArticleEventsRow, ArticleFilter, ArticleReadout, ArticleSummary, ArticleTexts, SentencePage } from '../store/articles.js';
import { articleEventsOf, quoteOfRow, resultOfRow, sentencePaging } from '../store/articles.js';
import type { EntityDetail, EntityFilter, EntitySummary } from '../store/entities.js';
import { mentionOf, MENTION_COLUMNS, type EventFilter, type EventMention, type EventSummary, type Network, type NetworkEdge, type TimelinePoint } from '../store/events.js';
import { searchPhrases } from '../store/fts.js';
import { normaliseName } from '../kb/normalise.js';
import { likePattern, pageOf, Where, type EntityRef, type Page, type PageRequest } from '../store/page.js';
import { QUOTE_COLUMNS } from '../store/prepare.js';
import type { QuoteFilter, QuoteHit } from '../store/quotes.js';
import { pgRows, type PgStore } from './pg.js';
import { tsQuery } from './read.js';

type Row = Record<string, any>;

/** The total of a `SELECT count(*) AS total` query. */
async function totalOf(store: PgStore, sql: string, params: readonly unknown[]): Promise<number> {
  return (await pgRows(store, sql, params))[0].total as number;
}

/** A JSON entity reference ({id, name, type}, as src/store's refOf) of the entities row `alias`, or null. */
function refJson(alias: string): string {
  return `CASE WHEN ${alias}.id IS NULL THEN NULL ELSE json_build_object('id', ${alias}.id, 'name', ${alias}.name, 'type', ${alias}.type) END`;
}

/** A JSON span of stored start, end and text columns, or null when the fact has none (as src/store's spanOf). */
function spanJson(prefix: string): string {
  const [start, end, text] = [`${prefix}_start`, `${prefix}_end`, `${prefix}_text`];
  return `CASE WHEN ${start} IS NULL OR ${end} IS NULL OR ${text} IS NULL THEN NULL
    ELSE json_build_object('start', ${start}, 'end', ${end}, 'text', ${text}) END`;
}

// ---- articles

/**
 * An ArticleSummary of the articles row `a`. An article's reports of events are all rows of event_reports here (the
 * SQLite store keeps an article's own events apart); `ingestedAt` as JavaScript's toISOString writes it.
 */
const ARTICLE_SUMMARY = `json_build_object('id', a.id, 'externalId', a.external_id, 'origin', a.origin, 'status', a.status,
  'error', CASE WHEN a.status = 'error' THEN json_build_object('code', a.error_code, 'message', a.error_message) END,
  'title', a.title, 'published', a.published, 'url', a.url, 'site', a.site, 'contentHash', a.content_hash,
  'ingestedAt', to_char(a.ingested_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  'counts', json_build_object(
    'entities', (SELECT count(*) FROM article_entities x WHERE x.article_id = a.id),
    'quotes', (SELECT count(*) FROM quotes x WHERE x.article_id = a.id),
    'events', (SELECT count(*) FROM event_reports x WHERE x.article_id = a.id))) AS summary`;

/** Newest publication first, undated last, as the SQLite store orders articles. */
const NEWEST_FIRST = 'a.published IS NULL, a.published DESC, a.id DESC';

/** A page of articles, newest publication first (undated last). */
export async function listPgArticles(store: PgStore, filter: ArticleFilter = {}): Promise<Page<ArticleSummary>> {
  const { limit, offset } = pageOf(filter);
  const where = new Where()
    .add(filter.status !== undefined, 'a.status = ?', filter.status)
    .add(Boolean(filter.title), 'a.title ILIKE ?', likePattern(filter.title ?? ''))
    .add(filter.site !== undefined, 'a.site = ?', filter.site)
    .add(filter.from !== undefined, 'a.published >= ?', filter.from)
    // Published values may carry a time ("2023-09-20T10:00"); compare by day.
    .add(filter.to !== undefined, 'substr(a.published, 1, 10) <= ?', filter.to);
  const [total, rows] = await Promise.all([
    totalOf(store, `SELECT count(*) AS total FROM articles a${where}`, where.params),
    pgRows(store, `SELECT ${ARTICLE_SUMMARY} FROM articles a${where} ORDER BY ${NEWEST_FIRST} LIMIT ? OFFSET ?`, [...where.params, limit, offset]),
  ]);
  return { items: rows.map((row) => row.summary as ArticleSummary), total, limit, offset };
}

/** The columns resultOfRow reads. */
const RESULT_COLUMNS = 'a.external_id, a.status, a.meta, a.text, a.sentences, a.entities, a.events, a.removed, a.times, a.rules, a.extra';

/** One article's full readout (the readout/1 result as ingested, rebuilt by src/store's resultOfRow), or null. */
export async function getPgArticle(store: PgStore, id: number): Promise<ArticleReadout | null> {
  const [row] = await pgRows(store, `SELECT ${ARTICLE_SUMMARY}, ${RESULT_COLUMNS} FROM articles a WHERE a.id = ?`, [id]);
  if (!row) return null;
  const readout: ArticleReadout = { article: row.summary, result: null, entityIds: {}, eventIds: {}, quoteIds: {} };
  if (row.status !== 'ok') return readout;
  const [entities, quoteRows, reports] = await Promise.all([
    pgRows(store, 'SELECT local_id, entity_id FROM article_entities WHERE article_id = ?', [id]),
    pgRows(store, `SELECT id, ${QUOTE_COLUMNS.join(', ')} FROM quotes WHERE article_id = ? ORDER BY id`, [id]),
    pgRows(store, 'SELECT local_id, event_id FROM event_reports WHERE article_id = ?', [id]),
  ]);
  for (const e of entities) readout.entityIds[e.local_id] = e.entity_id;
  for (const v of reports) readout.eventIds[v.local_id] = v.event_id;
  const quotes: ResultQuote[] = quoteRows.map((q) => {
    readout.quoteIds[q.local_id] = q.id;
    return quoteOfRow(q);
  });
  readout.result = resultOfRow(row, quotes);
  return readout;
}

/** Articles read per query while a search walks its matches. */
const SEARCH_CHUNK = 20;

/** The rows (id, title, published, text, sentences) of these articles, by id. */
async function articleTexts(store: PgStore, ids: readonly number[]): Promise<ArticleTexts> {
  const rows = await pgRows(store, 'SELECT id, title, published, text, sentences FROM articles WHERE id = ANY(?::bigint[])', [ids]);
  return new Map(rows.map((row) => [row.id as number, row]));
}

/**
 * Sentences matching a full-text search, as src/store's searchSentences gives them: the index finds the articles
 * (best ranked first), src/store's sentencePaging makes the page of their sentences, reading SEARCH_CHUNK articles a
 * query.
 */
export async function searchPgSentences(store: PgStore, q: string, page: PageRequest = {}): Promise<SentencePage> {
  const phrases = searchPhrases(q);
  const query = tsQuery(phrases);
  if (query === null) return { items: [], total: 0, ...pageOf(page), estimated: false };
  const ranked = (await pgRows(store, `SELECT id FROM articles, to_tsquery('simple', ?) query WHERE text_search @@ query
    ORDER BY ts_rank(text_search, query) DESC, id`, [query])).map((row) => row.id as number);
  const paging = sentencePaging(ranked, phrases, page, SEARCH_CHUNK);
  let step = paging.next();
  while (!step.done) step = paging.next(await articleTexts(store, step.value));
  return step.value;
}

/** The articles that mention an entity, newest first (at most `limit`). */
export async function pgEntityArticles(store: PgStore, entityId: number, limit: number): Promise<ArticleRef[]> {
  return (await pgRows(store, `SELECT a.id, a.title, a.published, a.external_id AS "externalId" FROM articles a
    WHERE a.id IN (SELECT article_id FROM article_entities WHERE entity_id = ?) ORDER BY ${NEWEST_FIRST} LIMIT ?`, [entityId, limit])) as ArticleRef[];
}

// ---- entities

const ENTITY_SUMMARY = `json_build_object('id', id, 'kb', kb, 'name', name, 'type', type, 'country', country, 'roles', roles,
  'articles', article_count, 'mentions', mention_count) AS summary`;

/** An entity summary as the server built it, its roles' fields in the result's order (jsonb sorts object keys). */
function entityOf(row: Row): EntitySummary {
  const summary = row.summary as EntitySummary;
  return { ...summary, roles: summary.roles.map(({ title, of }: ResultRole) => (of === undefined ? { title } : { title, of })) };
}

/** Entities matching the filters: an exact name first, then prefix matches, then the most widely reported. */
export async function searchPgEntities(store: PgStore, filter: EntityFilter = {}): Promise<Page<EntitySummary>> {
  const { limit, offset } = pageOf(filter);
  const q = filter.q?.trim() ? normaliseName(filter.q) : '';
  // An entity no article names any more (left by a re-extraction, see replace.ts) is not listed, as in src/store.
  const where = new Where()
    .add(true, 'article_count > 0')
    .add(q !== '', 'name_norm LIKE ?', likePattern(q))
    .add(filter.type !== undefined, 'type = ?', filter.type)
    .add(filter.country !== undefined, 'country = ?', filter.country);
  const [total, rows] = await Promise.all([
    totalOf(store, `SELECT count(*) AS total FROM entities${where}`, where.params),
    pgRows(store, `SELECT ${ENTITY_SUMMARY} FROM entities${where}
      ORDER BY name_norm = ? DESC, name_norm LIKE ? DESC, article_count DESC, mention_count DESC, id LIMIT ? OFFSET ?`,
    [...where.params, q, likePattern(q, 'prefix'), limit, offset]),
  ]);
  return { items: rows.map(entityOf), total, limit, offset };
}

/** An entity's page (first `limit` quotes and events each, default 20), or null for an unknown id. */
export async function getPgEntity(store: PgStore, id: number, page: PageRequest = { limit: 20 }): Promise<EntityDetail | null> {
  const [row] = await pgRows(store, `SELECT ${ENTITY_SUMMARY} FROM entities WHERE id = ?`, [id]);
  if (!row) return null;
  const [aliases, quotes, asSource, asTarget] = await Promise.all([
    pgRows(store, `SELECT name, count(DISTINCT article_id) AS articles FROM article_entities WHERE entity_id = ?
      GROUP BY name ORDER BY articles DESC, name COLLATE "C" LIMIT 50`, [id]) as Promise<{ name: string; articles: number }[]>,
    searchPgQuotes(store, { speaker: id, ...page }),
    listPgEvents(store, { source: id, ...page }),
    listPgEvents(store, { target: id, ...page }),
  ]);
  return { entity: entityOf(row), aliases, quotes, asSource, asTarget };
}

// ---- quotes

const QUOTE_HIT = `json_build_object('id', q.id, 'articleId', q.article_id, 'articleTitle', a.title, 'published', a.published,
  'localId', q.local_id, 'kind', q.kind, 'start', q.start, 'end', q."end", 'text', q.text, 'speaker', ${refJson('e')},
  'source', ${spanJson('q.source')}, 'cue', ${spanJson('q.cue')}, 'modality', q.modality, 'rulesVersion', q.rules_version) AS hit`;

/** Quotes matching the filters: with `q`, best full-text matches first; otherwise newest articles first. */
export async function searchPgQuotes(store: PgStore, filter: QuoteFilter = {}): Promise<Page<QuoteHit>> {
  const { limit, offset } = pageOf(filter);
  const query = filter.q !== undefined && filter.q.trim() !== '' ? tsQuery(searchPhrases(filter.q)) : undefined;
  if (query === null) return { items: [], total: 0, limit, offset };
  const searching = query !== undefined;
  const where = new Where()
    .add(searching, 'q.text_search @@ to_tsquery(\'simple\', ?)', query)
    .add(filter.speaker !== undefined, 'q.speaker_id = ?', filter.speaker)
    .add(filter.modality !== undefined, 'q.modality = ?', filter.modality)
    .add(filter.articleId !== undefined, 'q.article_id = ?', filter.articleId);
  const order = searching ? 'ts_rank(q.text_search, to_tsquery(\'simple\', ?)) DESC, q.id' : 'a.published IS NULL, a.published DESC, q.id';
  const [total, rows] = await Promise.all([
    totalOf(store, `SELECT count(*) AS total FROM quotes q${where}`, where.params),
    pgRows(store, `SELECT ${QUOTE_HIT} FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN entities e ON e.id = q.speaker_id${where}
      ORDER BY ${order} LIMIT ? OFFSET ?`, [...where.params, ...(searching ? [query] : []), limit, offset]),
  ]);
  return { items: rows.map((row) => row.hit as QuoteHit), total, limit, offset };
}

// ---- events

export const EVENT_SUMMARY = `json_build_object('id', v.id, 'type', v.type, 'cameo', v.cameo, 'source', ${refJson('s')}, 'target', ${refJson('t')},
  'date', v.date, 'dateStart', v.date_start, 'dateEnd', v.date_end, 'modality', v.modality,
  'mentions', v.mention_count, 'articles', v.article_count) AS summary`;
export const EVENT_JOINS = 'LEFT JOIN entities s ON s.id = v.source_id LEFT JOIN entities t ON t.id = v.target_id';

/** The WHERE clause of an event filter over `events v` (days are checked by the API's schemas). */
function eventWhere(filter: EventFilter): Where {
  const types = filter.type === undefined ? [] : Array.isArray(filter.type) ? filter.type : [filter.type];
  return new Where()
    .add(filter.actor !== undefined, '(v.source_id = ? OR v.target_id = ?)', filter.actor, filter.actor)
    .add(filter.source !== undefined, 'v.source_id = ?', filter.source)
    .add(filter.target !== undefined, 'v.target_id = ?', filter.target)
    .add(types.length > 0, 'v.type = ANY(?::text[])', types)
    .add(filter.from !== undefined, 'v.date_end >= ?', filter.from)
    .add(filter.to !== undefined, 'v.date_start <= ?', filter.to)
    .add(filter.modality !== undefined, 'v.modality = ?', filter.modality);
}

/** A page of events matching the filters, latest first (undated last), most reported first within a day. */
export async function listPgEvents(store: PgStore, filter: EventFilter & PageRequest = {}): Promise<Page<EventSummary>> {
  const { limit, offset } = pageOf(filter);
  const where = eventWhere(filter);
  const [total, rows] = await Promise.all([
    totalOf(store, `SELECT count(*) AS total FROM events v${where}`, where.params),
    pgRows(store, `SELECT ${EVENT_SUMMARY} FROM events v ${EVENT_JOINS}${where}
      ORDER BY v.date_start IS NULL, v.date_start DESC, v.mention_count DESC, v.id LIMIT ? OFFSET ?`, [...where.params, limit, offset]),
  ]);
  return { items: rows.map((row) => row.summary as EventSummary), total, limit, offset };
}

/**
 * Event reports out of their rows (MENTION_COLUMNS), in row order, as src/store's mentionOf makes them: a report row
 * names its event and article, and the rest is the article's own result, read once per article.
 */
export async function pgMentions(store: PgStore, rows: readonly Row[]): Promise<EventMention[]> {
  const ids = [...new Set(rows.map((m) => m.article_id as number))];
  const articles = (await pgRows(store, `SELECT id, text, events, rules::json ->> 'events' AS rules_version FROM articles
    WHERE id = ANY(?::bigint[])`, [ids])) as ArticleEventsRow[];
  const byId = new Map(articles.map((row) => [row.id, articleEventsOf(row)]));
  return rows.map((m) => mentionOf(m, byId));
}

/** The first `perEvent` reports of each of `eventIds` (in the order they were stored), by event id. */
export async function pgFirstMentions(store: PgStore, eventIds: readonly number[], perEvent: number): Promise<Map<number, EventMention[]>> {
  const byEvent = new Map<number, EventMention[]>();
  if (!eventIds.length) return byEvent;
  const rows = await pgRows(store, `SELECT ${MENTION_COLUMNS}
    FROM (SELECT *, row_number() OVER (PARTITION BY event_id ORDER BY id) AS nth FROM event_reports WHERE event_id = ANY(?::bigint[])) m
    JOIN articles a ON a.id = m.article_id WHERE m.nth <= ? ORDER BY m.event_id, m.id`, [eventIds, perEvent]);
  for (const mention of await pgMentions(store, rows)) {
    const list = byEvent.get(mention.eventId) ?? [];
    list.push(mention);
    byEvent.set(mention.eventId, list);
  }
  return byEvent;
}

/** Who did what to whom: edges between source and target entities, summed over events, strongest first. */
export async function pgEventNetwork(store: PgStore, filter: EventFilter & { limit?: number; minEvents?: number } = {}): Promise<Network> {
  const { limit } = pageOf({ limit: filter.limit ?? 200 });
  const where = eventWhere(filter).add(true, 'v.source_id IS NOT NULL AND v.target_id IS NOT NULL AND v.source_id <> v.target_id');
  const edges = (await pgRows(store, `SELECT v.source_id AS source, v.target_id AS target, v.type, count(*) AS events, sum(v.mention_count) AS mentions
    FROM events v${where} GROUP BY v.source_id, v.target_id, v.type HAVING count(*) >= ?
    ORDER BY mentions DESC, events DESC, source, target LIMIT ?`, [...where.params, filter.minEvents ?? 1, limit])) as NetworkEdge[];
  const degree = new Map<number, number>();
  for (const edge of edges) {
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + edge.events);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + edge.events);
  }
  const names = degree.size ? (await pgRows(store, 'SELECT id, name, type FROM entities WHERE id = ANY(?::bigint[])', [[...degree.keys()]])) as EntityRef[] : [];
  const nodes = names.map((node) => ({ ...node, events: degree.get(node.id) ?? 0 })).sort((a, b) => b.events - a.events || a.id - b.id);
  return { nodes, edges };
}

/** The period an event's first day falls in: the day, the Monday of its week, or "YYYY-MM". */
const PERIODS = {
  day: 'v.date_start',
  week: "to_char(date_trunc('week', v.date_start::date), 'YYYY-MM-DD')",
  month: 'substr(v.date_start, 1, 7)',
} as const;

/** Events per period and type, oldest first; only dated events count (by the first day their date covers). */
export async function pgEventTimeline(store: PgStore, filter: EventFilter & { bucket?: 'day' | 'week' | 'month' } = {}): Promise<TimelinePoint[]> {
  const where = eventWhere(filter).add(true, 'v.date_start IS NOT NULL');
  return (await pgRows(store, `SELECT ${PERIODS[filter.bucket ?? 'day']} AS period, v.type, count(*) AS events, sum(v.mention_count) AS mentions
    FROM events v${where} GROUP BY 1, v.type ORDER BY 1, v.type`, where.params)) as TimelinePoint[];
}

/** How much the store holds, for the health route. */
async function pgCounts(store: PgStore): Promise<StoreCounts> {
  const [row] = await pgRows(store, `SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM entities WHERE article_count > 0) AS entities,
    (SELECT count(*) FROM quotes) AS quotes, (SELECT count(*) FROM events) AS events`);
  return row as StoreCounts;
}

/** The API's reads on the PostgreSQL store. */
export function pgReads(store: PgStore): StoreReads {
  return {
    listArticles: (filter) => listPgArticles(store, filter),
    getArticle: (id) => getPgArticle(store, id),
    searchSentences: (q, page) => searchPgSentences(store, q, page),
    searchEntities: (filter) => searchPgEntities(store, filter),
    getEntity: (id, page) => getPgEntity(store, id, page),
    entityArticles: (id, limit) => pgEntityArticles(store, id, limit),
    listEvents: (filter) => listPgEvents(store, filter),
    firstMentions: (eventIds, perEvent) => pgFirstMentions(store, eventIds, perEvent),
    searchQuotes: (filter) => searchPgQuotes(store, filter),
    eventNetwork: (filter) => pgEventNetwork(store, filter),
    eventTimeline: (filter) => pgEventTimeline(store, filter),
    counts: () => pgCounts(store),
  };
}
