// The API's reads over the store. Every value reaches SQL as a bound parameter; the only SQL assembled at run time
// is the choice of fixed WHERE clauses and the number of `?` in an IN list. Statements are prepared once per SQL text.
import type Database from 'better-sqlite3';
import type { Db } from '../store/db.js';
import { normaliseName } from '../kb/normalise.js';
import type { ResultRole } from '../result/types.js';
import type { ArticlesQuery, EntitiesQuery, EventsQuery, NetworkQuery, QuotesQuery, TimelineQuery } from './schemas.js';
import { DEFAULT_PAGE_SIZE } from './schemas.js';

/** One page of results with the total the filters match. */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/** A cross-article entity, briefly. */
export interface EntityRef {
  id: number;
  name: string;
  type: string;
  country: string | null;
}

/** An article in a list. */
export interface ArticleSummary {
  id: number;
  externalId: string;
  title: string | null;
  published: string | null;
  url: string | null;
  site: string | null;
  status: 'ok' | 'error';
  error: { code: string; message: string } | null;
  counts: { entities: number; quotes: number; events: number };
}

/** Where an event is reported: one article's sentence. */
export interface EventMentionRef {
  articleId: number;
  articleTitle: string | null;
  localId: string;
  trigger: { start: number; end: number; text: string };
  evidence: { start: number; end: number; text: string };
  modality: string;
}

/** A cross-article event with its actors and the articles that report it. */
export interface EventSummary {
  id: number;
  type: string;
  cameo: string | null;
  source: EntityRef | null;
  target: EntityRef | null;
  date: string | null;
  dateStart: string | null;
  dateEnd: string | null;
  modality: string;
  mentionCount: number;
  articleCount: number;
  mentions: EventMentionRef[];
}

/** A stored quote with its speaker and article. */
export interface QuoteSummary {
  id: number;
  articleId: number;
  articleTitle: string | null;
  published: string | null;
  localId: string;
  kind: string;
  start: number;
  end: number;
  text: string;
  speaker: EntityRef | null;
  source: string | null;
  cue: string | null;
  modality: string;
}

/** Most mentions listed under one event in a list. */
const MENTIONS_PER_EVENT = 10;
/** Most quotes, events and articles listed on one entity's page. */
const ENTITY_PAGE_ITEMS = 200;

const cache = new WeakMap<Db, Map<string, Database.Statement<unknown[]>>>();

function prepared(db: Db, sql: string): Database.Statement<unknown[]> {
  let statements = cache.get(db);
  if (!statements) cache.set(db, (statements = new Map()));
  let statement = statements.get(sql);
  if (!statement) statements.set(sql, (statement = db.prepare<unknown[]>(sql)));
  return statement;
}

function all<T>(db: Db, sql: string, params: unknown[]): T[] {
  return prepared(db, sql).all(...params) as T[];
}

function one<T>(db: Db, sql: string, params: unknown[]): T | undefined {
  return prepared(db, sql).get(...params) as T | undefined;
}

function placeholders(values: readonly unknown[]): string {
  return values.map(() => '?').join(', ');
}

/**
 * Turns what a user typed into an FTS5 query that matches every word, whatever the text holds: each word becomes a
 * quoted string, so `"`, `*`, `NEAR(`, `AND`, `-` and column filters are searched for, never interpreted.
 */
export function ftsQuery(text: string): string | null {
  const words = text.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length ? words.slice(0, 32).map((word) => `"${word}"`).join(' ') : null;
}

/** Escapes LIKE's wildcards so a user's `%` and `_` match themselves (used with ESCAPE '\'). */
function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function page<T>(items: T[], total: number, limit: number, offset: number): Page<T> {
  return { items, total, limit, offset };
}

// ---------------------------------------------------------------- articles

interface ArticleRow {
  id: number; external_id: string; title: string | null; published: string | null; url: string | null; site: string | null;
  status: 'ok' | 'error'; error_code: string | null; error_message: string | null; n_entities: number; n_quotes: number; n_events: number;
}

function toArticleSummary(row: ArticleRow): ArticleSummary {
  return {
    id: row.id, externalId: row.external_id, title: row.title, published: row.published, url: row.url, site: row.site, status: row.status,
    error: row.error_code ? { code: row.error_code, message: row.error_message ?? '' } : null,
    counts: { entities: row.n_entities, quotes: row.n_quotes, events: row.n_events },
  };
}

/** Articles, newest first, optionally those whose sentences hold every word of `q`. */
export function listArticles(db: Db, query: ArticlesQuery): Page<ArticleSummary> {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  const offset = query.offset ?? 0;
  const where: string[] = [];
  const params: unknown[] = [];
  if (query.q !== undefined) {
    const match = ftsQuery(query.q);
    if (match === null) return page([], 0, limit, offset);
    where.push('a.id IN (SELECT s.article_id FROM sentences_fts f JOIN sentences s ON s.id = f.rowid WHERE sentences_fts MATCH ?)');
    params.push(match);
  }
  if (query.from) { where.push('a.published >= ?'); params.push(query.from); }
  // A published value may carry a time ("2023-09-20T10:00Z"): the whole `to` day is included.
  if (query.to) { where.push('a.published < ?'); params.push(`${query.to}\uffff`); }
  const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = one<{ n: number }>(db, `SELECT COUNT(*) AS n FROM articles a ${filter}`, params)!.n;
  const rows = all<ArticleRow>(db, `SELECT a.id, a.external_id, a.title, a.published, a.url, a.site, a.status, a.error_code, a.error_message,
      (SELECT COUNT(*) FROM article_entities x WHERE x.article_id = a.id) AS n_entities,
      (SELECT COUNT(*) FROM quotes x WHERE x.article_id = a.id) AS n_quotes,
      (SELECT COUNT(*) FROM event_mentions x WHERE x.article_id = a.id) AS n_events
    FROM articles a ${filter} ORDER BY a.published DESC, a.id DESC LIMIT ? OFFSET ?`, [...params, limit, offset]);
  return page(rows.map(toArticleSummary), total, limit, offset);
}

/** An article's full readout: its text and every fact with offsets, in readout/1 shape plus store ids and names. */
export interface ArticleReadout {
  id: number;
  externalId: string;
  origin: string | null;
  status: 'ok' | 'error';
  error: { code: string; message: string } | null;
  ingestedAt: string;
  meta: Record<string, unknown>;
  text: string;
  removed: unknown[];
  rules: Record<string, string> | null;
  sentences: { start: number; end: number }[];
  entities: {
    id: string; entityId: number; type: string; name: string; country?: string; kb?: string; roles?: ResultRole[];
    mentions: { start: number; end: number; text: string; kind?: string; metonymFor?: string }[];
  }[];
  times: { id: string; start: number; end: number; text: string; type: string; value: string }[];
  quotes: {
    id: string; quoteId: number; kind: string; start: number; end: number; text: string; speaker: string | null; speakerId: number | null;
    speakerName: string | null; source: Span | null; cue: Span | null; modality: string;
  }[];
  events: {
    id: string; eventId: number; type: string; mode: string | null; cameo: string | null; source: string | null; target: string | null;
    sourceId: number | null; targetId: number | null; sourceName: string | null; targetName: string | null;
    sourceText: Span | null; targetText: Span | null; trigger: Span; date: string | null; location: string | null; modality: string;
    evidence: { start: number; end: number }; quote: string | null; mentionCount: number; articleCount: number;
  }[];
}

interface Span { start: number; end: number; text: string }

function span(start: number | null, end: number | null, text: string | null): Span | null {
  return start === null || end === null || text === null ? null : { start, end, text };
}

function parseJson<T>(text: string | null, fallback: T): T {
  if (text === null) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

/** One article's full readout, or undefined when there is no article with this id. */
export function getArticle(db: Db, id: number): ArticleReadout | undefined {
  const row = one<Record<string, unknown>>(db, `SELECT id, external_id, origin, status, error_code, error_message, ingested_at, title, published,
      url, site, meta, text, removed, rules FROM articles WHERE id = ?`, [id]);
  if (!row) return undefined;
  const meta = parseJson<Record<string, unknown>>(row.meta as string | null, {
    title: row.title, published: row.published, url: row.url, site: row.site, authors: [],
  });
  const entityRows = all<Record<string, any>>(db, `SELECT local_id, entity_id, name, type, country, kb, roles FROM article_entities
    WHERE article_id = ? ORDER BY ordinal`, [id]);
  const mentionRows = all<Record<string, any>>(db, `SELECT local_id, start, "end", text, kind, metonym_for FROM entity_mentions
    WHERE article_id = ? ORDER BY id`, [id]);
  const mentionsOf = new Map<string, ArticleReadout['entities'][number]['mentions']>();
  for (const m of mentionRows) {
    const list = mentionsOf.get(m.local_id) ?? [];
    list.push({ start: m.start, end: m.end, text: m.text, ...(m.kind ? { kind: m.kind } : {}), ...(m.metonym_for ? { metonymFor: m.metonym_for } : {}) });
    mentionsOf.set(m.local_id, list);
  }
  const names = new Map<string, string>(entityRows.map((e) => [e.local_id, e.name]));
  const quotes = all<Record<string, any>>(db, `SELECT q.id, q.local_id, q.kind, q.start, q."end", q.text, q.speaker_local, q.speaker_id,
      q.source_start, q.source_end, q.source_text, q.cue_start, q.cue_end, q.cue_text, q.modality
    FROM quotes q WHERE q.article_id = ? ORDER BY q.start, q.id`, [id]);
  const events = all<Record<string, any>>(db, `SELECT m.*, e.source_id, e.target_id, e.mention_count AS event_mentions, e.article_count AS event_articles
    FROM event_mentions m JOIN events e ON e.id = m.event_id WHERE m.article_id = ? ORDER BY m.ordinal`, [id]);
  return {
    id: row.id as number,
    externalId: row.external_id as string,
    origin: row.origin as string | null,
    status: row.status as 'ok' | 'error',
    error: row.error_code ? { code: row.error_code as string, message: (row.error_message as string | null) ?? '' } : null,
    ingestedAt: row.ingested_at as string,
    meta,
    text: (row.text as string | null) ?? '',
    removed: parseJson<unknown[]>(row.removed as string | null, []),
    rules: parseJson<Record<string, string> | null>(row.rules as string | null, null),
    sentences: all<{ start: number; end: number }>(db, 'SELECT start, "end" FROM sentences WHERE article_id = ? ORDER BY ordinal', [id]),
    entities: entityRows.map((e) => ({
      id: e.local_id, entityId: e.entity_id, type: e.type, name: e.name,
      ...(e.country ? { country: e.country } : {}), ...(e.kb ? { kb: e.kb } : {}),
      ...(e.roles ? { roles: parseJson<ResultRole[]>(e.roles, []) } : {}),
      mentions: mentionsOf.get(e.local_id) ?? [],
    })),
    times: all(db, 'SELECT local_id AS id, start, "end", text, type, value FROM times WHERE article_id = ? ORDER BY start, id', [id]),
    quotes: quotes.map((q) => ({
      id: q.local_id, quoteId: q.id, kind: q.kind, start: q.start, end: q.end, text: q.text,
      speaker: q.speaker_local, speakerId: q.speaker_id, speakerName: q.speaker_local ? names.get(q.speaker_local) ?? null : null,
      source: span(q.source_start, q.source_end, q.source_text), cue: span(q.cue_start, q.cue_end, q.cue_text), modality: q.modality,
    })),
    events: events.map((v) => ({
      id: v.local_id, eventId: v.event_id, type: v.type, mode: v.mode, cameo: v.cameo, source: v.source_local, target: v.target_local,
      sourceId: v.source_id, targetId: v.target_id,
      sourceName: v.source_local ? names.get(v.source_local) ?? null : null, targetName: v.target_local ? names.get(v.target_local) ?? null : null,
      sourceText: span(v.source_start, v.source_end, v.source_text), targetText: span(v.target_start, v.target_end, v.target_text),
      trigger: { start: v.trigger_start, end: v.trigger_end, text: v.trigger_text },
      date: v.date, location: v.location_local, modality: v.modality,
      evidence: { start: v.evidence_start, end: v.evidence_end }, quote: v.quote_local,
      mentionCount: v.event_mentions, articleCount: v.event_articles,
    })),
  };
}

// ---------------------------------------------------------------- entities

interface EntityRow {
  id: number; name: string; type: string; country: string | null; kb: string | null; roles: string; article_count: number; mention_count: number;
}

/** A cross-article entity in a list. */
export interface EntitySummary extends EntityRef {
  kb: string | null;
  roles: ResultRole[];
  articleCount: number;
  mentionCount: number;
}

function toEntitySummary(row: EntityRow): EntitySummary {
  return {
    id: row.id, name: row.name, type: row.type, country: row.country, kb: row.kb, roles: parseJson<ResultRole[]>(row.roles, []),
    articleCount: row.article_count, mentionCount: row.mention_count,
  };
}

/** Entities, the most written about first, optionally those whose name contains `q`. */
export function listEntities(db: Db, query: EntitiesQuery): Page<EntitySummary> {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  const offset = query.offset ?? 0;
  const where: string[] = [];
  const params: unknown[] = [];
  if (query.q !== undefined && query.q.trim()) { where.push("name_norm LIKE ? ESCAPE '\\'"); params.push(likeContains(normaliseName(query.q.trim()))); }
  if (query.type) { where.push('type = ?'); params.push(query.type); }
  const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = one<{ n: number }>(db, `SELECT COUNT(*) AS n FROM entities ${filter}`, params)!.n;
  const rows = all<EntityRow>(db, `SELECT id, name, type, country, kb, roles, article_count, mention_count FROM entities ${filter}
    ORDER BY article_count DESC, mention_count DESC, id LIMIT ? OFFSET ?`, [...params, limit, offset]);
  return page(rows.map(toEntitySummary), total, limit, offset);
}

/** Everything known about one entity: names used, articles, what it said, events it did and underwent. */
export interface EntityDetail extends EntitySummary {
  aliases: { name: string; count: number }[];
  articles: { id: number; title: string | null; published: string | null }[];
  quotes: QuoteSummary[];
  quoteCount: number;
  eventsAsSource: EventSummary[];
  eventsAsTarget: EventSummary[];
  eventCounts: { asSource: number; asTarget: number };
}

/** One entity's page, or undefined when there is no entity with this id. */
export function getEntity(db: Db, id: number): EntityDetail | undefined {
  const row = one<EntityRow>(db, 'SELECT id, name, type, country, kb, roles, article_count, mention_count FROM entities WHERE id = ?', [id]);
  if (!row) return undefined;
  const count = (sql: string): number => one<{ n: number }>(db, sql, [id])!.n;
  return {
    ...toEntitySummary(row),
    aliases: all(db, `SELECT name, COUNT(*) AS count FROM article_entities WHERE entity_id = ? GROUP BY name ORDER BY count DESC, name`, [id]),
    articles: all(db, `SELECT a.id, a.title, a.published FROM article_entities x JOIN articles a ON a.id = x.article_id
      WHERE x.entity_id = ? GROUP BY a.id ORDER BY a.published DESC, a.id DESC LIMIT ${ENTITY_PAGE_ITEMS}`, [id]),
    quotes: listQuotes(db, { speaker: id, limit: ENTITY_PAGE_ITEMS }).items,
    quoteCount: count('SELECT COUNT(*) AS n FROM quotes WHERE speaker_id = ?'),
    eventsAsSource: listEvents(db, { source: id, limit: ENTITY_PAGE_ITEMS }).items,
    eventsAsTarget: listEvents(db, { target: id, limit: ENTITY_PAGE_ITEMS }).items,
    eventCounts: {
      asSource: count('SELECT COUNT(*) AS n FROM events WHERE source_id = ?'),
      asTarget: count('SELECT COUNT(*) AS n FROM events WHERE target_id = ?'),
    },
  };
}

// ---------------------------------------------------------------- events

interface EventFilter {
  actor?: number; source?: number; target?: number; type?: string[]; modality?: string[]; from?: string; to?: string; dated?: boolean;
}

function eventWhere(filter: EventFilter): { sql: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.actor !== undefined) { where.push('(e.source_id = ? OR e.target_id = ?)'); params.push(filter.actor, filter.actor); }
  if (filter.source !== undefined) { where.push('e.source_id = ?'); params.push(filter.source); }
  if (filter.target !== undefined) { where.push('e.target_id = ?'); params.push(filter.target); }
  if (filter.type?.length) { where.push(`e.type IN (${placeholders(filter.type)})`); params.push(...filter.type); }
  if (filter.modality?.length) { where.push(`e.modality IN (${placeholders(filter.modality)})`); params.push(...filter.modality); }
  // An event's date covers days (a week, a month); it is in range when those days overlap the range.
  if (filter.from) { where.push('e.date_end >= ?'); params.push(filter.from); }
  if (filter.to) { where.push('e.date_start <= ?'); params.push(filter.to); }
  if (filter.dated) where.push('e.date_start IS NOT NULL');
  return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

const EVENT_COLUMNS = `e.id, e.type, e.cameo, e.date, e.date_start, e.date_end, e.modality, e.mention_count, e.article_count,
  s.id AS s_id, s.name AS s_name, s.type AS s_type, s.country AS s_country,
  t.id AS t_id, t.name AS t_name, t.type AS t_type, t.country AS t_country
  FROM events e LEFT JOIN entities s ON s.id = e.source_id LEFT JOIN entities t ON t.id = e.target_id`;

function entityRef(id: number | null, name: string, type: string, country: string | null): EntityRef | null {
  return id === null ? null : { id, name, type, country };
}

/** Attaches up to MENTIONS_PER_EVENT reporting sentences to each event of a page, in one query. */
function withMentions(db: Db, rows: Record<string, any>[]): EventSummary[] {
  const ids = rows.map((r) => r.id as number);
  const mentions = new Map<number, EventMentionRef[]>();
  if (ids.length) {
    const found = all<Record<string, any>>(db, `SELECT m.event_id, m.article_id, a.title, m.local_id, m.trigger_start, m.trigger_end, m.trigger_text,
        m.evidence_start, m.evidence_end, m.evidence_text, m.modality
      FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id IN (${placeholders(ids)}) ORDER BY m.event_id, m.id`, ids);
    for (const m of found) {
      const list = mentions.get(m.event_id) ?? [];
      if (list.length < MENTIONS_PER_EVENT) {
        list.push({
          articleId: m.article_id, articleTitle: m.title, localId: m.local_id,
          trigger: { start: m.trigger_start, end: m.trigger_end, text: m.trigger_text },
          evidence: { start: m.evidence_start, end: m.evidence_end, text: m.evidence_text }, modality: m.modality,
        });
      }
      mentions.set(m.event_id, list);
    }
  }
  return rows.map((r) => ({
    id: r.id, type: r.type, cameo: r.cameo,
    source: entityRef(r.s_id, r.s_name, r.s_type, r.s_country), target: entityRef(r.t_id, r.t_name, r.t_type, r.t_country),
    date: r.date, dateStart: r.date_start, dateEnd: r.date_end, modality: r.modality,
    mentionCount: r.mention_count, articleCount: r.article_count, mentions: mentions.get(r.id) ?? [],
  }));
}

/** Events, the latest first, filtered by actor, type, modality and date range. */
export function listEvents(db: Db, query: EventsQuery): Page<EventSummary> {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  const offset = query.offset ?? 0;
  const { sql, params } = eventWhere(query);
  const total = one<{ n: number }>(db, `SELECT COUNT(*) AS n FROM events e ${sql}`, params)!.n;
  const rows = all<Record<string, any>>(db, `SELECT ${EVENT_COLUMNS} ${sql}
    ORDER BY e.date_start IS NULL, e.date_start DESC, e.mention_count DESC, e.id DESC LIMIT ? OFFSET ?`, [...params, limit, offset]);
  return page(withMentions(db, rows), total, limit, offset);
}

/** Dated events in time order, for the timeline. */
export function timeline(db: Db, query: TimelineQuery): Page<EventSummary> {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  const offset = query.offset ?? 0;
  const { sql, params } = eventWhere({ ...query, dated: true });
  const total = one<{ n: number }>(db, `SELECT COUNT(*) AS n FROM events e ${sql}`, params)!.n;
  const rows = all<Record<string, any>>(db, `SELECT ${EVENT_COLUMNS} ${sql}
    ORDER BY e.date_start, e.date_end, e.id LIMIT ? OFFSET ?`, [...params, limit, offset]);
  return page(withMentions(db, rows), total, limit, offset);
}

/** Who met or accused whom: actors and the edges between them, the most reported first. */
export interface Network {
  nodes: (EntityRef & { degree: number })[];
  edges: { source: number; target: number; type: string; mentions: number; events: number }[];
}

/** The actor network over events whose source and target are both known (and differ). */
export function network(db: Db, query: NetworkQuery): Network {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  const { sql, params } = eventWhere({ ...query, type: query.type ?? ['CONSULT', 'ACCUSE'] });
  const joiner = sql ? 'AND' : 'WHERE';
  const edges = all<{ source: number; target: number; type: string; mentions: number; events: number }>(db,
    `SELECT e.source_id AS source, e.target_id AS target, e.type, SUM(e.mention_count) AS mentions, COUNT(*) AS events
     FROM events e ${sql} ${joiner} e.source_id IS NOT NULL AND e.target_id IS NOT NULL AND e.source_id <> e.target_id
     GROUP BY e.source_id, e.target_id, e.type ORDER BY mentions DESC, events DESC, e.source_id, e.target_id LIMIT ?`, [...params, limit]);
  const degree = new Map<number, number>();
  for (const edge of edges) {
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + edge.mentions);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + edge.mentions);
  }
  const ids = [...degree.keys()];
  const nodes = ids.length
    ? all<EntityRef>(db, `SELECT id, name, type, country FROM entities WHERE id IN (${placeholders(ids)}) ORDER BY id`, ids)
    : [];
  return { nodes: nodes.map((node) => ({ ...node, degree: degree.get(node.id) ?? 0 })), edges };
}

// ---------------------------------------------------------------- quotes

/** Quotes, the best matches of `q` first (or the newest without `q`), optionally by one speaker. */
export function listQuotes(db: Db, query: QuotesQuery): Page<QuoteSummary> {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  const offset = query.offset ?? 0;
  const where: string[] = [];
  const params: unknown[] = [];
  let from = 'quotes q';
  let order = 'a.published DESC, q.article_id DESC, q.start';
  if (query.q !== undefined) {
    const match = ftsQuery(query.q);
    if (match === null) return page([], 0, limit, offset);
    from = 'quotes_fts f JOIN quotes q ON q.id = f.rowid';
    where.push('quotes_fts MATCH ?');
    params.push(match);
    order = 'f.rank, q.id';
  }
  if (query.speaker !== undefined) { where.push('q.speaker_id = ?'); params.push(query.speaker); }
  if (query.modality?.length) { where.push(`q.modality IN (${placeholders(query.modality)})`); params.push(...query.modality); }
  const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = one<{ n: number }>(db, `SELECT COUNT(*) AS n FROM ${from} ${filter}`, params)!.n;
  const rows = all<Record<string, any>>(db, `SELECT q.id, q.article_id, a.title, a.published, q.local_id, q.kind, q.start, q."end", q.text,
      q.source_text, q.cue_text, q.modality, s.id AS s_id, s.name AS s_name, s.type AS s_type, s.country AS s_country
    FROM ${from} JOIN articles a ON a.id = q.article_id LEFT JOIN entities s ON s.id = q.speaker_id
    ${filter} ORDER BY ${order} LIMIT ? OFFSET ?`, [...params, limit, offset]);
  return page(rows.map((r) => ({
    id: r.id, articleId: r.article_id, articleTitle: r.title, published: r.published, localId: r.local_id, kind: r.kind,
    start: r.start, end: r.end, text: r.text, speaker: entityRef(r.s_id, r.s_name, r.s_type, r.s_country),
    source: r.source_text, cue: r.cue_text, modality: r.modality,
  })), total, limit, offset);
}

/** How much the store holds, for the health route and the UI's header. */
export function storeCounts(db: Db): { articles: number; entities: number; quotes: number; events: number } {
  return one(db, `SELECT (SELECT COUNT(*) FROM articles) AS articles, (SELECT COUNT(*) FROM entities) AS entities,
    (SELECT COUNT(*) FROM quotes) AS quotes, (SELECT COUNT(*) FROM events) AS events`, [])!;
}
