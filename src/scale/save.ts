// Writes a batch of documents into the PostgreSQL store in one transaction, with any number of writers at once: an
// article is inserted once by content hash (ON CONFLICT DO NOTHING), and entities and events are upserted by the keys
// of `src/store` (entityKey, eventKey) with their counts added in SQL, so two writers never lose each other's counts.
// Rows are sent as one array per column (unnest), a statement per table and batch, and upserted in key order, so two
// writers lock shared rows in the same order; a deadlock or serialisation failure all the same retries the batch.
import type pg from 'pg';
import { countArticle, countReports, entityKey, eventKey, groupBy, nameKey, rawValue, storedForm, type EntityCounts, type EventCounts, type BatchDocument,
  type SaveOutcome } from '../store/save.js';
import { QUOTE_COLUMNS, type PreparedEntities, type PreparedEvents, type PreparedResult } from '../store/prepare.js';
import { wellFormed } from '../store/well-formed.js';
import { pgError, type PgStore } from './pg.js';

/** Columns of one table: name → PostgreSQL type, in insertion order. */
type ColumnTypes = Record<string, string>;

/** Rows gathered one array per column, in the order of their ColumnTypes. */
class Columns {
  readonly values: unknown[][];

  constructor(readonly types: ColumnTypes) {
    this.values = Object.keys(types).map(() => []);
  }

  add(...row: unknown[]): void {
    row.forEach((value, column) => this.values[column].push(value));
  }

  /**
   * Adds a fact row: its article's id and the entity it names (or null), then each column's value at `at` (facts
   * prepared one array per column), as Rows.addFromColumns; the two come as arguments, not as an array built per row.
   */
  addFromColumns(articleId: number, entityId: number | null, columns: readonly (readonly unknown[])[], at: number): void {
    this.values[0].push(articleId);
    this.values[1].push(entityId);
    columns.forEach((column, index) => this.values[2 + index].push(column[at]));
  }

  /** Adds a row given by column name; a column it does not name is null. */
  addNamed(row: Record<string, unknown>): void {
    this.add(...Object.keys(this.types).map((name) => row[name] ?? null));
  }

  get size(): number {
    return this.values[0].length;
  }
}

/** `INSERT INTO table (columns) SELECT columns FROM unnest($1::type[], ...)`, with `select` and `tail` to shape it. */
function unnestInsert(table: string, types: ColumnTypes, { select, tail = '' }: { select?: string; tail?: string } = {}): string {
  const names = Object.keys(types);
  const casts = Object.values(types).map((type, at) => `$${at + 1}::${type}[]`);
  return `INSERT INTO ${table} (${names.join(', ')}) SELECT ${select ?? names.join(', ')} FROM unnest(${casts.join(', ')}) AS t (${names.join(', ')}) ${tail}`;
}

const ARTICLE_COLUMNS: ColumnTypes = {
  id: 'bigint', external_id: 'text', content_hash: 'text', origin: 'text', format: 'text', raw: 'bytea', status: 'text', error_code: 'text',
  error_message: 'text', title: 'text', published: 'text', url: 'text', site: 'text', meta: 'text', text: 'text', sentences: 'text',
  entities: 'text', events: 'text', removed: 'text', times: 'text', rules: 'text', extra: 'text', reading: 'text',
};

const ENTITY_COLUMNS: ColumnTypes = {
  key: 'text', kb: 'text', name: 'text', name_norm: 'text', type: 'text', country: 'text', roles: 'jsonb', article_count: 'int',
  mention_count: 'int',
};

const ARTICLE_ENTITY_COLUMNS: ColumnTypes = { article_id: 'bigint', local_id: 'text', entity_id: 'bigint', name: 'text', mentions: 'int' };

/** The type of each column of a quote row as prepareResult gives it (QUOTE_COLUMNS), after the article and speaker. */
const QUOTE_TYPES: Record<(typeof QUOTE_COLUMNS)[number], string> = {
  local_id: 'text', speaker_local: 'text', kind: 'text', start: 'int', '"end"': 'int', text: 'text', source_start: 'int', source_end: 'int',
  source_text: 'text', cue_start: 'int', cue_end: 'int', cue_text: 'text', modality: 'text', rules_version: 'text', extra: 'text',
};
const QUOTE_ROW_COLUMNS: ColumnTypes = { article_id: 'bigint', speaker_id: 'bigint', ...QUOTE_TYPES };

const EVENT_COLUMNS: ColumnTypes = {
  key: 'text', type: 'text', cameo: 'text', source_id: 'bigint', target_id: 'bigint', date: 'text', date_start: 'text', date_end: 'text',
  modality: 'text', modalities: 'jsonb', mention_count: 'int', article_count: 'int',
};

const REPORT_COLUMNS: ColumnTypes = { event_id: 'bigint', article_id: 'bigint', local_id: 'text', modality: 'text' };

// A re-extracted article is written again under its id (see replace.ts); a new one takes the sequence's next.
const INSERT_ARTICLES = unnestInsert('articles', ARTICLE_COLUMNS, {
  select: Object.keys(ARTICLE_COLUMNS).map((name) => (name === 'id' ? "coalesce(id, nextval('articles_id_seq'))" : name)).join(', '),
  tail: 'ON CONFLICT (content_hash) DO NOTHING RETURNING id, content_hash',
});

// Counts are added to the stored row, never read and written back, so concurrent writers cannot lose an increment.
const UPSERT_ENTITIES = unnestInsert('entities', ENTITY_COLUMNS, {
  select: Object.keys(ENTITY_COLUMNS).map((name) => (name === 'roles' ? `roles_add('[]', roles)` : name)).join(', '),
  tail: `ORDER BY key ON CONFLICT (key) DO UPDATE SET article_count = entities.article_count + excluded.article_count,
    mention_count = entities.mention_count + excluded.mention_count, country = coalesce(entities.country, excluded.country),
    roles = roles_add(entities.roles, excluded.roles) RETURNING id, key`,
});

const UPSERT_EVENTS = unnestInsert('events', EVENT_COLUMNS, {
  select: Object.keys(EVENT_COLUMNS).map((name) => (name === 'modality' ? 'tally_majority(modalities, modality)' : name)).join(', '),
  tail: `ORDER BY key ON CONFLICT (key) DO UPDATE SET mention_count = events.mention_count + excluded.mention_count,
    article_count = events.article_count + excluded.article_count, cameo = coalesce(events.cameo, excluded.cameo),
    modalities = tally_add(events.modalities, excluded.modalities),
    modality = tally_majority(tally_add(events.modalities, excluded.modalities), events.modality) RETURNING id, key`,
});

// Times are rows too, unpacked by the server from the article's own JSON (no second copy sent).
const INSERT_TIMES = `INSERT INTO times (article_id, local_id, type, value, start, "end", text)
  SELECT a.id, t->>'id', t->>'type', t->>'value', (t->>'start')::int, (t->>'end')::int, t->>'text'
  FROM articles a CROSS JOIN jsonb_array_elements(a.times::jsonb) t WHERE a.id = ANY($1::bigint[])`;

/**
 * The linked entity each bare name joins: kb-keyed entities already stored that some article names (one a
 * re-extraction left at zero articles is not joined, as in src/store), by type and normalised name.
 */
const LINKED_NAMES = `SELECT DISTINCT ON (name_norm, type) name_norm, type, key FROM entities
  WHERE kb IS NOT NULL AND article_count > 0 AND (name_norm, type) IN (SELECT * FROM unnest($1::text[], $2::text[]))
  ORDER BY name_norm, type, article_count DESC, id`;

/** A document's output in the form the store writes (src/store's storedForm). */
export type Output = PreparedResult | { id: string; error: { code: string; message: string } };

/** One stored article's prepared result, with the id the store gave it. */
interface StoredArticle {
  id: number;
  prepared: PreparedResult;
}

/** What one batch adds to one cross-article entity, and where its name comes from when it is new. */
interface EntityChange extends EntityCounts {
  entities: PreparedEntities;
  /** The entity of an article that names it (a linked one when the article links it). */
  first: number;
}

/**
 * The key each of an article's entities is stored under: a bare name joins the linked entity of that name, if any;
 * the article's own linked entities are what bare names of the articles after it join, as in src/store.
 */
function entityKeys(entities: PreparedEntities, linked: Map<string, string>): string[] {
  const name = (at: number): string => nameKey(entities.types[at], entities.nameNorms[at]);
  const keys = entities.ids.map((_, at) => {
    const key = entityKey({ kb: entities.kbs[at], name: entities.names[at], type: entities.types[at] }, entities.nameNorms[at]);
    return entities.kbs[at] ? key : linked.get(name(at)) ?? key;
  });
  keys.forEach((key, at) => {
    if (entities.kbs[at] && !linked.has(name(at))) linked.set(name(at), key);
  });
  return keys;
}

async function linkedNames(client: pg.PoolClient, articles: readonly StoredArticle[]): Promise<Map<string, string>> {
  const names: string[] = [];
  const types: string[] = [];
  for (const { prepared: { entities } } of articles) {
    entities.ids.forEach((_, at) => {
      if (entities.kbs[at]) return;
      names.push(entities.nameNorms[at]);
      types.push(entities.types[at]);
    });
  }
  if (!names.length) return new Map();
  const { rows } = await client.query<{ name_norm: string; type: string; key: string }>(LINKED_NAMES, [names, types]);
  return new Map(rows.map((row) => [nameKey(row.type, row.name_norm), row.key]));
}

/** Upserts the batch's entities and links each article's own entities to them; returns local id → entity id per article. */
async function saveEntities(client: pg.PoolClient, articles: readonly StoredArticle[]): Promise<Map<string, number>[]> {
  const linked = await linkedNames(client, articles);
  const changes = new Map<string, EntityChange>();
  const keysOf = articles.map(({ prepared: { entities } }) => {
    const keys = entityKeys(entities, linked);
    for (const [key, group] of groupBy(keys)) {
      const change = changes.get(key) ?? { entities, first: group.find((at) => entities.kbs[at]) ?? group[0], articles: 0, mentions: 0, country: null, roles: [] };
      countArticle(change, entities, group);
      changes.set(key, change);
    }
    return keys;
  });
  const rows = new Columns(ENTITY_COLUMNS);
  for (const [key, { entities, first, ...change }] of changes) {
    rows.add(key, entities.kbs[first], entities.names[first], entities.nameNorms[first], entities.types[first], change.country,
      JSON.stringify(change.roles), change.articles, change.mentions);
  }
  const ids = new Map<string, number>();
  if (rows.size) for (const row of (await client.query<{ id: number; key: string }>(UPSERT_ENTITIES, rows.values)).rows) ids.set(row.key, row.id);
  const links = new Columns(ARTICLE_ENTITY_COLUMNS);
  const localIds = articles.map(({ id, prepared: { entities } }, index) => {
    const local = new Map<string, number>();
    keysOf[index].forEach((key, at) => {
      local.set(entities.ids[at], ids.get(key)!);
      links.add(id, entities.ids[at], ids.get(key)!, entities.names[at], entities.mentions[at]);
    });
    return local;
  });
  if (links.size) await client.query(unnestInsert('article_entities', ARTICLE_ENTITY_COLUMNS), links.values);
  return localIds;
}

async function saveQuotes(client: pg.PoolClient, articles: readonly StoredArticle[], entityIds: readonly Map<string, number>[]): Promise<void> {
  const rows = new Columns(QUOTE_ROW_COLUMNS);
  articles.forEach(({ id, prepared: { quotes } }, index) => {
    const speakers = quotes[1] as (string | null)[];
    speakers.forEach((speaker, at) => rows.addFromColumns(id, speaker ? entityIds[index].get(speaker) ?? null : null, quotes, at));
  });
  if (rows.size) await client.query(unnestInsert('quotes', QUOTE_ROW_COLUMNS), rows.values);
}

/** What one batch adds to one cross-article event. */
interface EventChange extends EventCounts {
  first: { events: PreparedEvents; at: number };
  sourceId: number | null;
  targetId: number | null;
}

/** Upserts the batch's events by key (src/store's eventKey) and adds a report row for each of the articles' events. */
async function saveEvents(client: pg.PoolClient, articles: readonly StoredArticle[], entityIds: readonly Map<string, number>[]): Promise<void> {
  const changes = new Map<string, EventChange>();
  const keysOf = articles.map(({ id, prepared: { events } }, index) => {
    const local = entityIds[index];
    const keys = events.ids.map((_, at) => eventKey(events, at, local, id));
    for (const [key, group] of groupBy(keys)) {
      const at = group[0];
      const actor = (localId: string | null): number | null => (localId === null ? null : local.get(localId)!);
      const change = changes.get(key) ?? { first: { events, at }, sourceId: actor(events.sources[at]), targetId: actor(events.targets[at]), cameo: null, tally: {}, mentions: 0, articles: 0 };
      countReports(change, events, group);
      changes.set(key, change);
    }
    return keys;
  });
  if (!changes.size) return;
  const rows = new Columns(EVENT_COLUMNS);
  for (const [key, { first: { events, at }, ...change }] of changes) {
    rows.add(key, events.types[at], change.cameo, change.sourceId, change.targetId, events.dates[at], events.dateStarts[at], events.dateEnds[at],
      events.modalities[at], JSON.stringify(change.tally), change.mentions, change.articles);
  }
  const ids = new Map((await client.query<{ id: number; key: string }>(UPSERT_EVENTS, rows.values)).rows.map((row) => [row.key, row.id]));
  const reports = new Columns(REPORT_COLUMNS);
  articles.forEach(({ id, prepared: { events } }, index) => {
    keysOf[index].forEach((key, at) => reports.add(ids.get(key)!, id, events.ids[at], events.modalities[at]));
  });
  await client.query(unnestInsert('event_reports', REPORT_COLUMNS), reports.values);
}

/** The article rows of a batch's documents (the first of several with one content hash; the others are skipped). */
function articleRows(documents: readonly BatchDocument[], outputs: readonly Output[]): Columns {
  const rows = new Columns(ARTICLE_COLUMNS);
  const seen = new Set<string>();
  documents.forEach(({ source }, index) => {
    if (seen.has(source.hash)) return;
    seen.add(source.hash);
    const output = outputs[index];
    const common = {
      id: source.articleId ?? null, content_hash: source.hash, origin: source.origin ?? null, format: source.format, raw: rawValue(source.raw),
      reading: source.reading ?? null,
    };
    if ('error' in output) {
      const error = wellFormed(output.error);
      rows.addNamed({ ...common, external_id: source.externalId, status: 'error', error_code: error.code, error_message: error.message });
      return;
    }
    rows.addNamed({ ...output.article, ...common, external_id: source.externalId || output.id, status: 'ok' });
  });
  return rows;
}

/** Writes a batch's documents with the client of an open transaction (savePgBatch's, or a re-extraction's). */
export async function writeBatch(client: pg.PoolClient, documents: readonly BatchDocument[], outputs: readonly Output[]): Promise<SaveOutcome[]> {
  const inserted = await client.query<{ id: number; content_hash: string }>(INSERT_ARTICLES, articleRows(documents, outputs).values);
  const stored = new Map(inserted.rows.map((row) => [row.content_hash, row.id]));
  const articles: StoredArticle[] = [];
  const taken = new Set<number>();
  documents.forEach(({ source }, index) => {
    const output = outputs[index];
    const id = stored.get(source.hash);
    if (id === undefined || 'error' in output || taken.has(id)) return;
    taken.add(id);
    articles.push({ id, prepared: output });
  });
  const entityIds = await saveEntities(client, articles);
  await saveQuotes(client, articles, entityIds);
  await saveEvents(client, articles, entityIds);
  if (articles.length) await client.query(INSERT_TIMES, [articles.map((article) => article.id)]);
  const hashes = documents.map(({ source }) => source.hash);
  // A staged document (see queue.ts) is done once stored, here or by another worker before.
  await client.query('DELETE FROM staged WHERE content_hash = ANY($1::text[])', [hashes]);
  const known = new Map((await client.query<{ id: number; content_hash: string }>('SELECT id, content_hash FROM articles WHERE content_hash = ANY($1::text[])', [hashes]))
    .rows.map((row) => [row.content_hash, row.id]));
  const first = new Set<string>();
  return documents.map(({ source }) => {
    const fresh = stored.has(source.hash) && !first.has(source.hash);
    first.add(source.hash);
    return { articleId: known.get(source.hash)!, stored: fresh };
  });
}

/** Errors after which the whole batch is simply run again: deadlock detected, serialisation failure. */
const RETRIED = new Set(['40P01', '40001']);
const MOST_TRIES = 5;

/**
 * Stores whole documents (results, prepared results or failures) in one transaction: all of them or none. An input
 * whose content hash is stored already is left alone (`stored: false`), so adding the same files again changes nothing.
 */
export async function savePgBatch(store: PgStore, documents: readonly BatchDocument[]): Promise<SaveOutcome[]> {
  const outputs = documents.map(({ output }) => storedForm(output));
  return inTransaction(store, (client) => writeBatch(client, documents, outputs));
}

/**
 * Runs `write` in one transaction on a connection of the store's pool, all of it or none; after a deadlock or a
 * serialisation failure it runs again from the start (MOST_TRIES in all). Any other failure is E_STORE.
 */
export async function inTransaction<T>(store: PgStore, write: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await store.pool.connect().catch((error: unknown) => {
    throw pgError(error, store.where);
  });
  try {
    for (let tries = 1; ; tries++) {
      try {
        await client.query('BEGIN');
        const written = await write(client);
        await client.query('COMMIT');
        return written;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        if (tries >= MOST_TRIES || !RETRIED.has((error as { code?: string }).code ?? '')) throw pgError(error, store.where);
      }
    }
  } finally {
    client.release();
  }
}
