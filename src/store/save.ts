// Writes one document's result into the store in one transaction: a process killed mid-write leaves either the whole
// article or nothing. Entities and events are merged across articles here.
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { normaliseName } from '../kb/normalise.js';
import type { ReadoutResult, ResultRole } from '../result/types.js';
import { guard, statementsPerConnection, type Db, type Store } from './db.js';
import { cacheSet, isReadoutResult, preparedFromBytes, preparedTextsFromBytes, prepareResult, QUOTE_COLUMNS, type PreparedEntities, type PreparedEvents, type PreparedResult, type PreparedUtf8Result } from './prepare.js';
import { Rows } from './rows.js';
import { wellFormed } from './well-formed.js';

/** Where a document came from and its raw input, as the store keeps it. */
export interface ArticleSource {
  /** The id the input gave (file path, JSONL id, WARC target URI). */
  externalId: string;
  /** sha256 of the raw input (see `contentHash`): the article's identity in the store. */
  hash: string;
  /** The input exactly as read. */
  raw: Uint8Array | string | null;
  format: string;
  /** File path and position, for the user to find the input again. */
  origin?: string | null;
  /** How the raw input was read, as JSON (see ReadingOptions in replace.ts), so it can be read again the same way. */
  reading?: string | null;
  /** The id to store it under: a re-extraction keeps the article's id (see replace.ts); new articles take the next. */
  articleId?: number;
}

/** What saving did: stored a new article, or found one with the same content already there. */
export interface SaveOutcome {
  articleId: number;
  stored: boolean;
}

/** The content hash identifying an input: sha256 of its bytes (strings as UTF-8), in hex. */
export function contentHash(raw: Uint8Array | string): string {
  return createHash('sha256').update(raw).digest('hex');
}

/** Whether an input with this content hash is already stored (as an article or as an error row). */
export function hasContent(store: Store, hash: string): boolean {
  return guard(store, () => statements(store.db).byHash.get(hash) !== undefined);
}

/** The cross-article key of an entity: its knowledge-base id, else its normalised name and type. */
export function entityKey(entity: { kb?: string | null; name: string; type: string }, nameNorm = normaliseName(entity.name)): string {
  return entity.kb ? `kb:${entity.kb}` : `name:${entity.type}:${nameNorm}`;
}

/** Where a bare name looks for the linked entity it joins: its type and normalised name, as one map key. */
export function nameKey(type: string, nameNorm: string): string {
  return `${type}\u0000${nameNorm}`;
}

/** Event types where "A met B" and "B met A" report the same happening, so the actors' order does not matter. */
const MUTUAL_TYPES = new Set(['CONSULT', 'AGREE', 'COOPERATE']);

/** The start of the key of an event that is its article's own. */
const OWN_EVENT = 'own:';

/**
 * The cross-article key of an event: type, actors and date. An event without a date or without any actor cannot be
 * told apart from others of its type, so it stays its article's own (keyed by article and local id).
 */
export function eventKey(events: PreparedEvents, at: number, entityIds: Map<string, number>, articleId: number): string {
  if (events.own[at]) return `${OWN_EVENT}${articleId}:${events.ids[at]}`;
  const source = events.sources[at] === null ? null : entityIds.get(events.sources[at]!)!;
  const target = events.targets[at] === null ? null : entityIds.get(events.targets[at]!)!;
  // Written out rather than joined from an array: a key is built for every report of every article.
  const swap = source !== null && target !== null && source > target && MUTUAL_TYPES.has(events.types[at]);
  const first = swap ? target : source ?? '-';
  const second = swap ? source : target ?? '-';
  return `${events.types[at]}|${first}|${second}|${events.dates[at]}`;
}

/** The module's statements, prepared once per connection. */
const statements = statementsPerConnection((db: Db) => ({
    byHash: db.prepare('SELECT id FROM articles WHERE content_hash = ?'),
    // The long texts may come as their UTF-8 bytes (see preparedTextsFromBytes): the cast stores them as that text.
    insertArticle: db.prepare(`INSERT INTO articles
      (id, external_id, content_hash, origin, format, status, error_code, error_message, title, published, url, site, meta, text, sentences, entities, events, removed, times, rules, extra, reading, ingested_at)
      VALUES (@id, @externalId, @hash, @origin, @format, @status, @errorCode, @errorMessage, @title, @published, @url, @site, CAST(@meta AS TEXT),
        CAST(@text AS TEXT), CAST(@sentences AS TEXT), CAST(@entities AS TEXT), CAST(@events AS TEXT), CAST(@removed AS TEXT), CAST(@times AS TEXT), @rules, @extra, @reading, @ingestedAt)
      ON CONFLICT (content_hash) DO NOTHING`),
    insertRaw: db.prepare('INSERT INTO article_raw (article_id, raw) VALUES (?, ?)'),
    lastArticle: db.prepare('SELECT coalesce(max(id), 0) FROM articles').pluck(),
    // One full-text row per article, over its text (the index keeps no copy of it): sentences are found on read.
    indexArticles: db.prepare("INSERT INTO articles_fts (rowid, text) SELECT id, text FROM articles WHERE id > ? AND status = 'ok'"),
    findKbEntityByName: db.prepare('SELECT key FROM entities WHERE name_norm = ? AND type = ? AND kb IS NOT NULL AND article_count > 0 ORDER BY article_count DESC, id LIMIT 1'),
    // No statement here uses RETURNING: it costs about 16 µs a row in the driver, three times a plain insert.
    findEntity: db.prepare('SELECT id FROM entities WHERE key = ?').pluck(),
    insertEntity: db.prepare(`INSERT INTO entities (key, kb, name, name_norm, type, roles, article_count, mention_count)
      VALUES (@key, @kb, @name, @nameNorm, @type, '[]', 0, 0)`),
    updateEntityCounts: db.prepare(`UPDATE entities SET article_count = article_count + ?, mention_count = mention_count + ?,
      country = coalesce(country, ?) WHERE id = ?`),
    entityRoles: db.prepare('SELECT roles FROM entities WHERE id = ?').pluck(),
    updateEntityRoles: db.prepare('UPDATE entities SET roles = ? WHERE id = ?'),
    // The highest quote id ever given (AUTOINCREMENT's, migration 13): SQLite numbers new quotes above it.
    lastQuote: db.prepare("SELECT coalesce(max(seq), 0) FROM sqlite_sequence WHERE name = 'quotes'").pluck(),
    indexQuotes: db.prepare('INSERT INTO quotes_fts (rowid, text) SELECT id, text FROM quotes WHERE id > ?'),
    // Events and the rows of event_reports take ids from one sequence (see migration 9), numbered here above the highest
    // id either table ever held (migration 13): SQLite's own numbering is per table.
    lastEvent: db.prepare("SELECT coalesce(max(seq), 0) FROM sqlite_sequence WHERE name IN ('events', 'event_reports')").pluck(),
    findEvent: db.prepare('SELECT id, modalities FROM events WHERE key = ?'),
    mergeEvent: db.prepare(`UPDATE events SET mention_count = mention_count + ?, article_count = article_count + ?, cameo = coalesce(cameo, ?),
      modalities = ?, modality = ? WHERE id = ?`),
}));

type Statements = ReturnType<typeof statements>;

/** A source's raw input as the bytes a store keeps (also the PostgreSQL writer's). */
export function rawValue(raw: Uint8Array | string | null): Buffer | null {
  if (raw === null) return null;
  return typeof raw === 'string' ? Buffer.from(raw, 'utf8') : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
}

/** The columns of an article row that come from its result, each null in a row recording a failure. */
type ResultColumns = { [K in keyof PreparedUtf8Result['article']]: PreparedUtf8Result['article'][K] | null };

/** The result columns of an article row that records a failure: none. */
const NO_RESULT: ResultColumns = {
  title: null, published: null, url: null, site: null, meta: null, text: null, sentences: null, entities: null, events: null,
  removed: null, times: null, rules: null, extra: null,
};

/**
 * Inserts an article row: a result's (status 'ok') or a failure's. Its values go as one object literal of fixed shape,
 * not spread from the result's (a row is written for every article).
 */
function insertArticleRow(db: Db, source: ArticleSource, externalId: string, article: ResultColumns, error: { code: string; message: string } | null): number | null {
  const info = statements(db).insertArticle.run({
    id: source.articleId ?? null,
    externalId,
    hash: source.hash,
    origin: source.origin ?? null,
    format: source.format,
    status: error ? 'error' : 'ok',
    errorCode: error?.code ?? null,
    errorMessage: error?.message ?? null,
    title: article.title,
    published: article.published,
    url: article.url,
    site: article.site,
    meta: article.meta,
    text: article.text,
    sentences: article.sentences,
    entities: article.entities,
    events: article.events,
    removed: article.removed,
    times: article.times,
    rules: article.rules,
    extra: article.extra,
    reading: source.reading ?? null,
    ingestedAt: new Date().toISOString(),
  });
  if (info.changes === 0) return null;
  const articleId = Number(info.lastInsertRowid);
  const raw = rawValue(source.raw);
  if (raw) statements(db).insertRaw.run(articleId, raw);
  return articleId;
}

function existing(db: Db, hash: string): SaveOutcome {
  return { articleId: (statements(db).byHash.get(hash) as { id: number }).id, stored: false };
}

function mergeRoles(known: ResultRole[], added: ResultRole[]): ResultRole[] | null {
  const seen = new Set(known.map((role) => `${role.title}\u0000${role.of ?? ''}`));
  const fresh = added.filter((role) => !seen.has(`${role.title}\u0000${role.of ?? ''}`) && seen.add(`${role.title}\u0000${role.of ?? ''}`));
  return fresh.length ? [...known, ...fresh] : null;
}

/** What a write adds to one cross-article entity's row: articles, mentions, the first country given, roles. */
export interface EntityCounts {
  articles: number;
  mentions: number;
  country: string | null;
  roles: ResultRole[];
}

/** Adds one article that mentions an entity, as its entities `group`, to `counts` (also the PostgreSQL writer's). */
export function countArticle(counts: EntityCounts, entities: PreparedEntities, group: readonly number[]): void {
  counts.articles++;
  for (const at of group) {
    counts.mentions += entities.mentions[at];
    counts.country ??= entities.countries[at];
    const roles = entities.roles[at];
    if (roles) counts.roles.push(...(JSON.parse(roles) as ResultRole[]));
  }
}

/** Groups the indexes of `keys` by key, in first-seen order (an article's entities or events that are one). */
export function groupBy(keys: readonly string[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  keys.forEach((key, at) => {
    const group = groups.get(key);
    if (group) group.push(at);
    else groups.set(key, [at]);
  });
  return groups;
}

/** The keys of a name without a knowledge-base id: where it looks for a linked entity, and its own entity's key. */
interface BareKeys {
  type: string;
  /** `nameKey(type, nameNorm)`. */
  name: string;
  /** `entityKey` of the bare name. */
  own: string;
}

/**
 * BareKeys by normalised name, for the type last seen with it: pure, so kept for the life of the process (bounded as
 * `cacheSet` bounds it). Each article's entities get the same two string objects each time, instead of two new ones
 * whose contents the maps keyed by them hash again.
 */
const bareKeys = new Map<string, BareKeys>();

/** The BareKeys of a normalised name of this type. */
function bareKeysOf(type: string, nameNorm: string): BareKeys {
  let keys = bareKeys.get(nameNorm);
  if (keys?.type !== type) cacheSet(bareKeys, nameNorm, (keys = { type, name: nameKey(type, nameNorm), own: entityKey({ name: nameNorm, type }, nameNorm) }));
  return keys;
}

/**
 * Entity ids by key, as committed transactions found or created them: a stored entity is never deleted nor given
 * another key, so an id once committed stays right for every later transaction (of this process or any other).
 */
const committedIds = new WeakMap<Db, Map<string, number>>();

/**
 * What one write transaction learns about entities as it goes: ids by key, knowledge-base names, and the count and
 * role changes, applied once per entity when the transaction ends instead of once per article. The write lock is
 * held throughout, so nothing it caches can change under it. Which linked entity a bare name joins may change between
 * transactions (another process may link it), so only ids outlive the transaction, and only once it has committed.
 */
class EntityWrites {
  private readonly ids = new Map<string, number>();
  private readonly kbKeys = new Map<string, string | null>();
  private readonly changes = new Map<number, EntityCounts>();

  constructor(private readonly s: Statements, private readonly committed: Map<string, number>) {}

  /** The key entity `at` of an article is stored under: a name without a kb id joins the linked entity of that name, if any. */
  key(entities: PreparedEntities, at: number): string {
    const nameNorm = entities.nameNorms[at];
    const type = entities.types[at];
    const kb = entities.kbs[at];
    if (kb) return entityKey({ kb, name: entities.names[at], type }, nameNorm);
    const keys = bareKeysOf(type, nameNorm);
    let kbKey = this.kbKeys.get(keys.name);
    if (kbKey === undefined) {
      kbKey = (this.s.findKbEntityByName.get(nameNorm, type) as { key: string } | undefined)?.key ?? null;
      this.kbKeys.set(keys.name, kbKey);
    }
    return kbKey ?? keys.own;
  }

  /** The id of the entity under `key`, created (with zero counts, named as entity `first` of an article) when new. */
  id(key: string, entities: PreparedEntities, first: number): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      const kb = entities.kbs[first];
      const nameNorm = entities.nameNorms[first];
      const type = entities.types[first];
      id = this.committed.get(key)
        ?? (this.s.findEntity.get(key) as number | undefined)
        ?? Number(this.s.insertEntity.run({ key, kb, name: entities.names[first], nameNorm, type }).lastInsertRowid);
      this.ids.set(key, id);
      // A linked entity created here is what later unlinked mentions of its name join.
      if (kb) {
        const name = nameKey(type, nameNorm);
        if (!this.kbKeys.get(name)) this.kbKeys.set(name, key);
      }
    }
    return id;
  }

  /** Notes that one more article mentions entity `id`, as its entities `group`. */
  count(id: number, entities: PreparedEntities, group: readonly number[]): void {
    const change = this.changes.get(id) ?? { articles: 0, mentions: 0, country: null, roles: [] };
    countArticle(change, entities, group);
    this.changes.set(id, change);
  }

  /** Keeps the ids this transaction used for later ones; called once it has committed. */
  remember(): void {
    for (const [key, id] of this.ids) cacheSet(this.committed, key, id);
  }

  /** Applies the counted changes; called once, at the end of the transaction. */
  finish(): void {
    for (const [id, change] of this.changes) {
      this.s.updateEntityCounts.run(change.articles, change.mentions, change.country, id);
      const roles = change.roles.length ? mergeRoles(JSON.parse(this.s.entityRoles.get(id) as string) as ResultRole[], change.roles) : null;
      if (roles) this.s.updateEntityRoles.run(JSON.stringify(roles), id);
    }
    this.changes.clear();
  }
}

/**
 * The fact rows one write transaction adds (which entity and event each of an article's entities and event reports
 * is, and its quotes), inserted many to a statement when the transaction ends, then the new articles and quotes indexed for full-text search in one
 * statement each. The write lock is held throughout, so every article and quote above the ids noted at the start is
 * this batch's.
 */
class FactRows {
  readonly articleEntities: Rows;
  /** Articles' quotes, each queued from its columns as prepared; SQLite gives them their ids, in the order queued. */
  readonly quotes: Rows;
  /** Reports of events that can have several (see EventWrites): an own event's one report is its row. */
  readonly eventReports: Rows;
  private readonly lastArticle: number;
  private readonly lastQuote: number;

  constructor(db: Db, private readonly s: Statements) {
    this.articleEntities = new Rows(db, 'article_entities', ['article_id', 'local_id', 'entity_id', 'name']);
    this.quotes = new Rows(db, 'quotes', ['article_id', 'speaker_id', ...QUOTE_COLUMNS]);
    this.eventReports = new Rows(db, 'event_reports', ['id', 'event_id', 'article_id', 'local_id']);
    this.lastArticle = s.lastArticle.get() as number;
    this.lastQuote = s.lastQuote.get() as number;
  }

  /** Inserts every gathered row and indexes the new articles and quotes; called once, at the end of the transaction. */
  finish(): void {
    for (const rows of [this.articleEntities, this.quotes, this.eventReports]) rows.flush();
    this.s.indexArticles.run(this.lastArticle);
    this.s.indexQuotes.run(this.lastQuote);
  }
}

/** Links the article's entities to cross-article entities; returns local id → entity id. */
function saveEntities(writes: EntityWrites, facts: FactRows, articleId: number, entities: PreparedEntities): Map<string, number> {
  const groups = groupBy(entities.ids.map((_, at) => writes.key(entities, at)));
  const ids = new Map<string, number>();
  for (const [key, group] of groups) {
    const id = writes.id(key, entities, group.find((at) => entities.kbs[at]) ?? group[0]);
    writes.count(id, entities, group);
    for (const at of group) ids.set(entities.ids[at], id);
  }
  for (let at = 0; at < entities.ids.length; at++) facts.articleEntities.add(articleId, entities.ids[at], ids.get(entities.ids[at])!, entities.names[at]);
  return ids;
}

/** The modality with the highest count in a tally; the first seen wins a tie (also a re-extraction's, see replace.ts). */
export function majority(tally: Record<string, number>): string {
  return Object.entries(tally).reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
}

/** What reports add to one cross-article event: the first CAMEO code given, reports, articles, modality tally. */
export interface EventCounts {
  cameo: string | null;
  /** Reports per modality, in the order first seen. */
  tally: Record<string, number>;
  mentions: number;
  articles: number;
}

/** Adds one article's reports of an event, as its events `group`, to `counts` (also the PostgreSQL writer's). */
export function countReports(counts: EventCounts, events: PreparedEvents, group: readonly number[]): void {
  counts.cameo ??= events.cameos[group[0]];
  counts.mentions += group.length;
  counts.articles++;
  for (const at of group) counts.tally[events.modalities[at]] = (counts.tally[events.modalities[at]] ?? 0) + 1;
}

/** What a write transaction adds to one cross-article event: its reports' count, articles and modality tally. */
interface EventChange extends EventCounts {
  id: number;
  /** Created in this transaction (inserted when it ends), or stored before (updated when it ends). */
  fresh: boolean;
  /** The events of one article and which of them is the first report: a new event's type and date are its. */
  first: { events: PreparedEvents; at: number };
  /** The article of an own event, whose one report (the first) its row names; null for an event that can have several. */
  ownArticle: number | null;
  sourceId: number | null;
  targetId: number | null;
  /** The stored tally included for a stored event. */
  tally: Record<string, number>;
}

/**
 * What one write transaction does to cross-article events. New events take their ids here (the write lock is held,
 * so no other writer takes one meanwhile) and go in multi-row INSERTs when the transaction ends; reports of a stored
 * event are summed and applied once. An event without date or actors is its article's own and new by definition
 * (its key holds the id of an article stored in this transaction), so it needs no lookup at all, and its row names its
 * one report: only the reports of other events get rows in event_reports, whose ids come from the same sequence.
 */
class EventWrites {
  private readonly fresh: Rows;
  private readonly changes = new Map<string, EventChange>();
  private lastId: number;

  constructor(db: Db, private readonly s: Statements) {
    this.fresh = new Rows(db, 'events', ['id', 'key', 'type', 'cameo', 'source_id', 'target_id', 'date', 'date_start', 'date_end', 'modality',
      'modalities', 'mention_count', 'article_count', 'article_id', 'local_id']);
    this.lastId = s.lastEvent.get() as number;
  }

  /** Notes one article's reports of the event under `key` (its events `group`, all of that key); returns the event's id. */
  report(key: string, events: PreparedEvents, group: readonly number[], sourceId: number | null, targetId: number | null, ownArticle: number | null): number {
    let change = this.changes.get(key);
    if (!change) {
      const stored = ownArticle !== null ? undefined : (this.s.findEvent.get(key) as { id: number; modalities: string } | undefined);
      change = {
        id: stored?.id ?? ++this.lastId,
        fresh: !stored,
        first: { events, at: group[0] },
        ownArticle,
        sourceId,
        targetId,
        cameo: null,
        tally: stored ? (JSON.parse(stored.modalities) as Record<string, number>) : {},
        mentions: 0,
        articles: 0,
      };
      this.changes.set(key, change);
    }
    countReports(change, events, group);
    return change.id;
  }

  /** An id for a row of event_reports, from the sequence of event ids. */
  reportId(): number {
    return ++this.lastId;
  }

  /** Inserts the new events and updates the stored ones; called once, before the reports that point to them. */
  finish(): void {
    for (const [key, change] of this.changes) {
      // The event's modality is the one most of its reports give (the first seen on a tie), kept from a running tally.
      const modality = majority(change.tally);
      if (change.fresh) {
        const { events, at } = change.first;
        this.fresh.add(change.id, key, events.types[at], change.cameo, change.sourceId, change.targetId, events.dates[at], events.dateStarts[at],
          events.dateEnds[at], modality, JSON.stringify(change.tally), change.mentions, change.articles, change.ownArticle,
          change.ownArticle === null ? null : events.ids[at]);
      } else {
        this.s.mergeEvent.run(change.mentions, change.articles, change.cameo, JSON.stringify(change.tally), modality, change.id);
      }
    }
    this.fresh.flush();
    this.changes.clear();
  }
}

function saveEvents(writes: EventWrites, facts: FactRows, articleId: number, events: PreparedEvents, entityIds: Map<string, number>): void {
  const groups = groupBy(events.ids.map((_, at) => eventKey(events, at, entityIds, articleId)));
  const local = (id: string | null): number | null => (id === null ? null : entityIds.get(id)!);
  for (const [key, group] of groups) {
    const own = events.own[group[0]];
    const id = writes.report(key, events, group, local(events.sources[group[0]]), local(events.targets[group[0]]), own ? articleId : null);
    if (!own) for (const at of group) facts.eventReports.add(writes.reportId(), id, articleId, events.ids[at]);
  }
}

/** What one write transaction gathers as it goes, written when it ends. */
interface Writes {
  entities: EntityWrites;
  events: EventWrites;
  facts: FactRows;
}

function writeResult(db: Db, { entities, events, facts }: Writes, source: ArticleSource, prepared: PreparedUtf8Result): SaveOutcome {
  const articleId = insertArticleRow(db, source, source.externalId || prepared.id, prepared.article, null);
  if (articleId === null) return existing(db, source.hash);
  const entityIds = saveEntities(entities, facts, articleId, prepared.entities);
  const { quotes } = prepared;
  const speakers = quotes[1] as (string | null)[];
  for (let at = 0; at < speakers.length; at++) {
    const speaker = speakers[at];
    facts.quotes.addFromColumns(articleId, speaker ? entityIds.get(speaker) ?? null : null, quotes, at);
  }
  saveEvents(events, facts, articleId, prepared.events, entityIds);
  return { articleId, stored: true };
}

function writeFailure(db: Db, source: ArticleSource, error: { code: string; message: string }): SaveOutcome {
  const articleId = insertArticleRow(db, source, source.externalId, NO_RESULT, error);
  return articleId === null ? existing(db, source.hash) : { articleId, stored: true };
}

/**
 * One document's outcome for `saveBatch`: its source and either its result (as extracted, or already in its stored
 * form, see `prepareResult`, or that form as bytes, see `preparedBytes`) or why it failed.
 */
export interface BatchDocument {
  source: ArticleSource;
  output: ReadoutResult | PreparedResult | Uint8Array | { id: string; error: { code: string; message: string } };
}

/** A document's output in the form the writer stores: results are prepared here, unless a worker did it already. */
export function storedForm(output: BatchDocument['output']): PreparedResult | { id: string; error: { code: string; message: string } } {
  if (output instanceof Uint8Array) return preparedFromBytes(output);
  return isReadoutResult(output) ? prepareResult(output) : output;
}

/**
 * `storedForm`, with a prepared result's long texts left as the UTF-8 its bytes hold: SQLite stores them as they are,
 * in a store whose encoding is UTF-8 (a file another tool made as UTF-16 would read those bytes as UTF-16).
 */
function sqliteForm(output: BatchDocument['output'], utf8: boolean): PreparedUtf8Result | { id: string; error: { code: string; message: string } } {
  return output instanceof Uint8Array && utf8 ? preparedTextsFromBytes(output) : storedForm(output);
}

const encodings = new WeakMap<Database.Database, boolean>();

/** Whether the store's text encoding is UTF-8 (every store readout creates; read once per connection). */
function storesUtf8(db: Database.Database): boolean {
  let utf8 = encodings.get(db);
  if (utf8 === undefined) encodings.set(db, (utf8 = db.pragma('encoding', { simple: true }) === 'UTF-8'));
  return utf8;
}

/**
 * Stores one result with its source, in one transaction; an input already stored (same content hash) is left as it
 * is, so re-ingesting changes nothing. `BEGIN IMMEDIATE` takes the write lock first, so two writing processes queue
 * instead of failing to upgrade a read lock.
 */
export function saveResult(store: Store, source: ArticleSource, result: ReadoutResult): SaveOutcome {
  return saveBatch(store, [{ source, output: result }])[0];
}

/** Records a document that could not be read as an error row, so the batch goes on and a rerun skips it too. */
export function saveFailure(store: Store, source: ArticleSource, error: { code: string; message: string }): SaveOutcome {
  return saveBatch(store, [{ source, output: { id: source.externalId, error } }])[0];
}

/**
 * Stores several whole documents (results and failures) in one transaction: all of them or none, never part of one.
 * Committing a group at a time spares the per-commit cost (index and full-text pages rewritten on every commit), and
 * an entity named in many of the group's articles has its counts updated once.
 */
export function saveBatch(store: Store, documents: readonly BatchDocument[]): SaveOutcome[] {
  const { db } = store;
  return guard(store, () => {
    const s = statements(db);
    let committed = committedIds.get(db);
    if (!committed) committedIds.set(db, (committed = new Map()));
    const entities = new EntityWrites(s, committed);
    const utf8 = storesUtf8(db);
    const outcomes = db.transaction(() => {
      const writes: Writes = { entities, events: new EventWrites(db, s), facts: new FactRows(db, s) };
      const saved = documents.map(({ source, output }) => {
        const stored = sqliteForm(output, utf8);
        return 'error' in stored ? writeFailure(db, source, wellFormed(stored.error)) : writeResult(db, writes, source, stored);
      });
      // Entities and events first: the fact rows point to them.
      writes.entities.finish();
      writes.events.finish();
      writes.facts.finish();
      return saved;
    }).immediate();
    // Inside a caller's transaction nothing is committed yet: the ids could still be rolled back.
    if (!db.inTransaction) entities.remember();
    return outcomes;
  });
}
