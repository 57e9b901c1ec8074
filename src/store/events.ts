// Events in the store: merged across articles, filtered by actor, type, date range and modality; the actor network
// (who met or accused whom) and the timeline are views of the same rows.
import { ReadoutError } from '../errors.js';
import type { Modality, PloverType, ResultSpan } from '../result/types.js';
import { guard, type Store } from './db.js';
import { articleEvents, type ArticleEvents } from './articles.js';
import { pageOf, refOf, sliceOf, Where, type EntityRef, type Page, type PageRequest } from './page.js';

/** A cross-article event: one real-world happening, however many articles report it. */
export interface EventSummary {
  id: number;
  type: PloverType;
  cameo: string | null;
  source: EntityRef | null;
  target: EntityRef | null;
  /** TIMEX3 value, and the first and last day it covers. */
  date: string | null;
  dateStart: string | null;
  dateEnd: string | null;
  /** The modality most of its mentions give. */
  modality: Modality;
  /** How many times it is reported, and in how many articles. */
  mentions: number;
  articles: number;
}

/** One report of an event in one article, with its evidence. */
export interface EventMention {
  id: number;
  eventId: number;
  articleId: number;
  articleTitle: string | null;
  published: string | null;
  url: string | null;
  /** The event's id within its article ("v3"). */
  localId: string;
  type: PloverType;
  mode: string | null;
  cameo: string | null;
  trigger: ResultSpan;
  evidence: ResultSpan;
  sourceText: ResultSpan | null;
  targetText: ResultSpan | null;
  date: string | null;
  modality: Modality;
  rulesVersion: string | null;
}

/** An event with all its sources. */
export interface EventDetail {
  event: EventSummary;
  mentions: EventMention[];
}

/** Filters shared by event lists, the network and the timeline. */
export interface EventFilter {
  /** Entity id that is the source or the target. */
  actor?: number;
  source?: number;
  target?: number;
  /** One type or several. */
  type?: PloverType | PloverType[];
  /** Events whose date overlaps [from, to] ("YYYY-MM-DD"); undated events are left out when either is given. */
  from?: string;
  to?: string;
  modality?: Modality;
}

/** An edge of the actor network: how often `source` did events of `type` to `target`. */
export interface NetworkEdge {
  source: number;
  target: number;
  type: PloverType;
  events: number;
  mentions: number;
}

/** The actor network: entities as nodes (with their degree of events), typed edges between them. */
export interface Network {
  nodes: (EntityRef & { events: number })[];
  edges: NetworkEdge[];
}

/** One bucket of the events timeline. */
export interface TimelinePoint {
  /** "YYYY-MM-DD" (day, or the Monday of a week) or "YYYY-MM". */
  period: string;
  type: PloverType;
  events: number;
  mentions: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function checkDay(name: string, value: string | undefined): void {
  if (value !== undefined && !DAY.test(value)) throw new ReadoutError('E_USAGE', `${name} must be a day as YYYY-MM-DD, not "${value}"`);
}

function whereOf(filter: EventFilter): Where {
  checkDay('from', filter.from);
  checkDay('to', filter.to);
  const types = filter.type === undefined ? [] : Array.isArray(filter.type) ? filter.type : [filter.type];
  return new Where()
    .add(filter.actor !== undefined, '(v.source_id = ? OR v.target_id = ?)', filter.actor, filter.actor)
    .add(filter.source !== undefined, 'v.source_id = ?', filter.source)
    .add(filter.target !== undefined, 'v.target_id = ?', filter.target)
    .add(types.length > 0, `v.type IN (${types.map(() => '?').join(', ')})`, ...types)
    .add(filter.from !== undefined, 'v.date_end >= ?', filter.from)
    .add(filter.to !== undefined, 'v.date_start <= ?', filter.to)
    .add(filter.modality !== undefined, 'v.modality = ?', filter.modality);
}

const EVENT_COLUMNS = `v.*, s.id AS source_id, s.name AS source_name, s.type AS source_type,
  t.id AS target_id, t.name AS target_name, t.type AS target_type`;
const EVENT_JOINS = 'LEFT JOIN entities s ON s.id = v.source_id LEFT JOIN entities t ON t.id = v.target_id';

type Row = Record<string, any>;

function summaryOf(row: Row): EventSummary {
  return {
    id: row.id,
    type: row.type,
    cameo: row.cameo,
    source: refOf(row, 'source'),
    target: refOf(row, 'target'),
    date: row.date,
    dateStart: row.date_start,
    dateEnd: row.date_end,
    modality: row.modality,
    mentions: row.mention_count,
    articles: row.article_count,
  };
}

/** The columns of a report row `m` and its article `a` that mentionOf reads (the PostgreSQL store selects the same). */
export const MENTION_COLUMNS = 'm.id, m.event_id, m.article_id, m.local_id, a.title, a.published, a.url';

/** An event report out of its row and its article, whose result holds the report and whose text its evidence is a slice of. */
export function mentionOf(m: Row, articles: Map<number, ArticleEvents>): EventMention {
  const article = articles.get(m.article_id)!;
  const event = article.events.get(m.local_id)!;
  return {
    id: m.id,
    eventId: m.event_id,
    articleId: m.article_id,
    articleTitle: m.title,
    published: m.published,
    url: m.url,
    localId: m.local_id,
    type: event.type,
    mode: event.mode ?? null,
    cameo: event.cameo ?? null,
    trigger: event.trigger,
    evidence: sliceOf(article.text, event.evidence.start, event.evidence.end),
    sourceText: event.sourceText ?? null,
    targetText: event.targetText ?? null,
    date: event.date ?? null,
    modality: event.modality,
    rulesVersion: article.rulesVersion,
  };
}

/** Event reports out of their rows, in row order, reading each article they come from once. */
function mentionsOf(store: Store, rows: Row[]): EventMention[] {
  const articles = articleEvents(store, rows.map((m) => m.article_id as number));
  return rows.map((m) => mentionOf(m, articles));
}

/** A page of events matching the filters, latest first (undated last), most reported first within a day. */
export function listEvents(store: Store, filter: EventFilter & PageRequest = {}): Page<EventSummary> {
  const { limit, offset } = pageOf(filter);
  const where = whereOf(filter);
  return guard(store, () => {
    const { total } = store.db.prepare(`SELECT COUNT(*) AS total FROM events v${where}`).get(...where.params) as { total: number };
    const rows = store.db.prepare(`SELECT ${EVENT_COLUMNS} FROM events v ${EVENT_JOINS}${where}
      ORDER BY v.date_start IS NULL, v.date_start DESC, v.mention_count DESC, v.id LIMIT ? OFFSET ?`).all(...where.params, limit, offset) as Row[];
    return { items: rows.map(summaryOf), total, limit, offset };
  });
}

/**
 * The first `perEvent` reports of each of `eventIds` (in the order they were stored), by event id: an event reported
 * by thousands of articles is not read whole for a list that shows a few of its sentences.
 */
export function firstMentions(store: Store, eventIds: readonly number[], perEvent: number): Map<number, EventMention[]> {
  const byEvent = new Map<number, EventMention[]>();
  if (!eventIds.length) return byEvent;
  return guard(store, () => {
    const rows = store.db.prepare(`SELECT ${MENTION_COLUMNS}
      FROM (SELECT *, row_number() OVER (PARTITION BY event_id ORDER BY id) AS nth FROM event_mentions
        WHERE event_id IN (SELECT value FROM json_each(?))) m
      JOIN articles a ON a.id = m.article_id
      WHERE m.nth <= ? ORDER BY m.event_id, m.id`).all(JSON.stringify(eventIds), perEvent) as Row[];
    for (const mention of mentionsOf(store, rows)) {
      const list = byEvent.get(mention.eventId) ?? [];
      list.push(mention);
      byEvent.set(mention.eventId, list);
    }
    return byEvent;
  });
}

/** One event with every report of it, or null for an unknown id. */
export function getEvent(store: Store, id: number): EventDetail | null {
  return guard(store, () => {
    const row = store.db.prepare(`SELECT ${EVENT_COLUMNS} FROM events v ${EVENT_JOINS} WHERE v.id = ?`).get(id) as Row | undefined;
    if (!row) return null;
    const rows = store.db.prepare(`SELECT ${MENTION_COLUMNS} FROM event_mentions m JOIN articles a ON a.id = m.article_id
      WHERE m.event_id = ? ORDER BY a.published, m.id`).all(id) as Row[];
    return { event: summaryOf(row), mentions: mentionsOf(store, rows) };
  });
}

/**
 * Who did what to whom: edges between source and target entities, summed over events, strongest first. Pass
 * `type: 'CONSULT'` for who met whom, `type: 'ACCUSE'` for who accused whom. `limit` caps the edges (default 200).
 */
export function eventNetwork(store: Store, filter: EventFilter & { limit?: number; minEvents?: number } = {}): Network {
  const { limit } = pageOf({ limit: filter.limit ?? 200 });
  const where = whereOf(filter).add(true, 'v.source_id IS NOT NULL AND v.target_id IS NOT NULL AND v.source_id <> v.target_id');
  return guard(store, () => {
    const edges = (store.db.prepare(`SELECT v.source_id AS source, v.target_id AS target, v.type, COUNT(*) AS events, SUM(v.mention_count) AS mentions
      FROM events v${where} GROUP BY v.source_id, v.target_id, v.type HAVING COUNT(*) >= ?
      ORDER BY mentions DESC, events DESC, source, target LIMIT ?`).all(...where.params, filter.minEvents ?? 1, limit) as NetworkEdge[]);
    const degree = new Map<number, number>();
    for (const edge of edges) {
      degree.set(edge.source, (degree.get(edge.source) ?? 0) + edge.events);
      degree.set(edge.target, (degree.get(edge.target) ?? 0) + edge.events);
    }
    const ids = [...degree.keys()];
    const names = ids.length
      ? (store.db.prepare(`SELECT id, name, type FROM entities WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as EntityRef[])
      : [];
    const nodes = names.map((node) => ({ ...node, events: degree.get(node.id) ?? 0 })).sort((a, b) => b.events - a.events || a.id - b.id);
    return { nodes, edges };
  });
}

/** Events per period and type, oldest first; only dated events count (by the first day their date covers). */
export function eventTimeline(store: Store, filter: EventFilter & { bucket?: 'day' | 'week' | 'month' } = {}): TimelinePoint[] {
  const bucket = filter.bucket ?? 'day';
  const period = bucket === 'month' ? "substr(v.date_start, 1, 7)"
    : bucket === 'week' ? "date(v.date_start, '-' || ((CAST(strftime('%w', v.date_start) AS INTEGER) + 6) % 7) || ' days')"
    : 'v.date_start';
  if (!['day', 'week', 'month'].includes(bucket)) throw new ReadoutError('E_USAGE', `bucket must be day, week or month, not "${bucket}"`);
  const where = whereOf(filter).add(true, 'v.date_start IS NOT NULL');
  return guard(store, () => store.db.prepare(`SELECT ${period} AS period, v.type, COUNT(*) AS events, SUM(v.mention_count) AS mentions
    FROM events v${where} GROUP BY period, v.type ORDER BY period, v.type`).all(...where.params) as TimelinePoint[]);
}

/** Every event mention in the store with its cross-article event, by report id (not by article), in chunks (exports). */
export function* allEventMentions(store: Store): Generator<EventMention & { event: EventSummary }> {
  const chunk = 1000;
  const mentions = store.db.prepare(`SELECT ${MENTION_COLUMNS} FROM event_mentions m JOIN articles a ON a.id = m.article_id
    WHERE m.id > ? ORDER BY m.id LIMIT ${chunk}`);
  const events = store.db.prepare(`SELECT ${EVENT_COLUMNS} FROM events v ${EVENT_JOINS} WHERE v.id IN (SELECT value FROM json_each(?))`);
  for (let after = 0; ;) {
    const rows = guard(store, () => mentions.all(after) as Row[]);
    const byId = new Map(guard(store, () => events.all(JSON.stringify([...new Set(rows.map((m) => m.event_id))])) as Row[])
      .map((row) => [row.id as number, summaryOf(row)]));
    for (const mention of mentionsOf(store, rows)) yield { ...mention, event: byId.get(mention.eventId)! };
    if (rows.length < chunk) return;
    after = rows[rows.length - 1].id;
  }
}

/** A cross-article event with the articles that report it. */
export interface EventWithSources extends EventSummary {
  sources: { articleId: number; url: string | null }[];
}

/**
 * Every cross-article event with its sources, in store order, read in chunks (for exports). The sources are read from
 * event_reports and the event's own report, not through the view event_mentions: a correlated query over it would
 * scan both tables for every event.
 */
export function* allEvents(store: Store): Generator<EventWithSources> {
  const chunk = 1000;
  const statement = store.db.prepare(`SELECT ${EVENT_COLUMNS},
      (SELECT json_group_array(json_object('articleId', a.id, 'url', a.url)) FROM
        (SELECT m.article_id FROM event_reports m WHERE m.event_id = v.id UNION SELECT v.article_id WHERE v.article_id IS NOT NULL) x
        JOIN articles a ON a.id = x.article_id) AS sources
    FROM events v ${EVENT_JOINS} WHERE v.id > ? ORDER BY v.id LIMIT ${chunk}`);
  for (let after = 0; ;) {
    const rows = guard(store, () => statement.all(after) as Row[]);
    for (const row of rows) yield { ...summaryOf(row), sources: JSON.parse(row.sources) as EventWithSources['sources'] };
    if (rows.length < chunk) return;
    after = rows[rows.length - 1].id;
  }
}
