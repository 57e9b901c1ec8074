// The PostgreSQL store's schema, as ordered migrations recorded in `schema_migrations`. A migration is never edited
// once released: add a new one. Tables live in their own schema (`readout`), so the store can share a database with
// the queue (pg-boss keeps its own schema) or with anything else.
import type pg from 'pg';

/** One schema step, applied once, in order, in a transaction. */
export interface PgMigration {
  version: number;
  name: string;
  sql: string;
}

/** The schema every table of the store is in. */
export const PG_SCHEMA = 'readout';

/** The channel a notification goes to whenever the store's articles change (migration 3). */
export const STORE_CHANGED_CHANNEL = 'readout_store_changed';

/** All migrations, oldest first; versions are 1, 2, 3, ... without gaps. */
export const PG_MIGRATIONS: readonly PgMigration[] = [
  {
    version: 1,
    name: 'articles, entities, article entities, quotes, events and their reports, times, staged documents, full-text search',
    // Articles keep what `src/store` keeps (the result's parts stored whole, as the JSON text prepareResult gives, so an
    // article reads back byte for byte) and the raw input (TOASTed out of line: reading a title never reads it).
    sql: `
CREATE TABLE articles (
  id            bigserial PRIMARY KEY,
  external_id   text NOT NULL,
  content_hash  text NOT NULL UNIQUE,
  origin        text,
  format        text NOT NULL,
  raw           bytea,
  status        text NOT NULL CHECK (status IN ('ok', 'error')),
  error_code    text,
  error_message text,
  title         text,
  published     text,
  url           text,
  site          text,
  meta          text,
  text          text,
  sentences     text,
  entities      text,
  events        text,
  removed       text,
  times         text,
  rules         text,
  extra         text,
  ingested_at   timestamptz NOT NULL DEFAULT now(),
  -- Sentence search finds articles here, then the sentences holding the words (as the SQLite store does).
  text_search   tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(text, ''))) STORED
);
CREATE INDEX articles_published ON articles (published DESC, id DESC);
CREATE INDEX articles_errors ON articles (error_code) WHERE status = 'error';
CREATE INDEX articles_text_search ON articles USING gin (text_search);

-- The same real-world entity across articles: keyed by knowledge-base id, else normalised name and type (entityKey).
CREATE TABLE entities (
  id            bigserial PRIMARY KEY,
  key           text NOT NULL UNIQUE,
  kb            text,
  name          text NOT NULL,
  name_norm     text NOT NULL,
  type          text NOT NULL,
  country       text,
  roles         jsonb NOT NULL DEFAULT '[]',
  article_count integer NOT NULL DEFAULT 0,
  mention_count integer NOT NULL DEFAULT 0
);
CREATE INDEX entities_linked_name ON entities (name_norm, type) WHERE kb IS NOT NULL;
CREATE INDEX entities_articles ON entities (article_count DESC);

CREATE TABLE article_entities (
  article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  local_id   text NOT NULL,
  entity_id  bigint NOT NULL REFERENCES entities (id),
  name       text NOT NULL,
  mentions   integer NOT NULL,
  PRIMARY KEY (article_id, local_id)
);
CREATE INDEX article_entities_entity ON article_entities (entity_id, article_id);

CREATE TABLE quotes (
  id            bigserial PRIMARY KEY,
  article_id    bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  speaker_id    bigint REFERENCES entities (id),
  local_id      text NOT NULL,
  speaker_local text,
  kind          text NOT NULL,
  start         integer NOT NULL,
  "end"         integer NOT NULL,
  text          text NOT NULL,
  source_start  integer, source_end integer, source_text text,
  cue_start     integer, cue_end    integer, cue_text    text,
  modality      text NOT NULL,
  rules_version text,
  extra         text,
  text_search   tsvector GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED
);
CREATE INDEX quotes_article ON quotes (article_id);
CREATE INDEX quotes_speaker ON quotes (speaker_id, id DESC) WHERE speaker_id IS NOT NULL;
CREATE INDEX quotes_text_search ON quotes USING gin (text_search);

-- The same event reported by several articles (same type, actors and date: eventKey) is one event; an event without
-- a date or an actor entity is its article's own.
CREATE TABLE events (
  id            bigserial PRIMARY KEY,
  key           text NOT NULL UNIQUE,
  type          text NOT NULL,
  cameo         text,
  source_id     bigint REFERENCES entities (id),
  target_id     bigint REFERENCES entities (id),
  date          text,
  date_start    text,
  date_end      text,
  modality      text NOT NULL,
  modalities    jsonb NOT NULL,
  mention_count integer NOT NULL,
  article_count integer NOT NULL
);
CREATE INDEX events_type_date ON events (type, date_start);
CREATE INDEX events_source ON events (source_id, date_start) WHERE source_id IS NOT NULL;
CREATE INDEX events_target ON events (target_id, date_start) WHERE target_id IS NOT NULL;

-- Every report of an event in an article; the report itself (trigger, evidence, actor spans) is the article's events.
CREATE TABLE event_reports (
  id         bigserial PRIMARY KEY,
  event_id   bigint NOT NULL REFERENCES events (id),
  article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  local_id   text NOT NULL,
  modality   text NOT NULL
);
CREATE INDEX event_reports_event ON event_reports (event_id);
CREATE INDEX event_reports_article ON event_reports (article_id);

-- Times as rows, for queries across articles by value (the article keeps them whole too, for reading it back).
CREATE TABLE times (
  article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  local_id   text NOT NULL,
  type       text NOT NULL,
  value      text NOT NULL,
  start      integer NOT NULL,
  "end"      integer NOT NULL,
  text       text NOT NULL,
  PRIMARY KEY (article_id, local_id)
);
CREATE INDEX times_value ON times (value);

-- Documents added to the queue and not stored yet: a job names their hashes; the worker that stores one deletes it.
CREATE TABLE staged (
  content_hash text PRIMARY KEY,
  external_id  text NOT NULL,
  origin       text,
  format       text NOT NULL,
  raw          bytea,
  item         jsonb NOT NULL,
  added_at     timestamptz NOT NULL DEFAULT now()
);

-- The roles of an entity with those another article gives, each (title, of) once, in the order first given.
CREATE FUNCTION roles_add(a jsonb, b jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(jsonb_agg(role ORDER BY first), '[]') FROM (
    SELECT DISTINCT ON (role->>'title', coalesce(role->>'of', '')) role, n AS first
    FROM jsonb_array_elements(a || b) WITH ORDINALITY r(role, n) ORDER BY role->>'title', coalesce(role->>'of', ''), n) s
$$;

-- A tally of reports per modality merged with another, counts added in SQL (so concurrent writers cannot lose one).
CREATE FUNCTION tally_add(a jsonb, b jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(jsonb_object_agg(key, total), '{}') FROM (
    SELECT key, sum(value::int) AS total FROM (SELECT * FROM jsonb_each_text(a) UNION ALL SELECT * FROM jsonb_each_text(b)) t
    GROUP BY key) s
$$;

-- The modality most reports give; on a tie the event keeps the one it had.
CREATE FUNCTION tally_majority(tally jsonb, current text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT key FROM jsonb_each_text(tally) ORDER BY value::int DESC, key = current DESC, key LIMIT 1
$$;
`,
  },
  {
    version: 2,
    name: 'staged items as JSON text',
    // jsonb refuses \u0000 and unpaired surrogates, which a JSONL line's text can hold; the item is read by JavaScript only.
    sql: 'ALTER TABLE staged ALTER COLUMN item TYPE text USING item::text;',
  },
  {
    version: 3,
    name: 'a notification whenever articles change',
    // Every write stores articles (their entities, quotes and events go in the same transaction), so a notification on
    // articles tells readers (a server's response cache, changes.ts) that what they read may have changed. NOTIFY is
    // delivered at commit, once per transaction, whoever writes: this process, another machine, or SQL by hand.
    sql: `
CREATE FUNCTION notify_store_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('${STORE_CHANGED_CHANNEL}', '');
  RETURN NULL;
END
$$;
CREATE TRIGGER articles_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON articles
  FOR EACH STATEMENT EXECUTE FUNCTION notify_store_changed();
`,
  },
  {
    version: 4,
    name: 'how each article was read',
    // As src/store's migration 11: what the raw input is and the options that read it (ReadingOptions, as JSON text),
    // so `readout reextract` reads it again the same way. NULL for articles stored before: reextract infers it.
    sql: 'ALTER TABLE articles ADD COLUMN reading text;',
  },
];

/** Any number for the advisory lock that keeps two processes from migrating at once. */
const MIGRATION_LOCK = 7_007_007;

/**
 * Applies the migrations not yet recorded, each in its own transaction, holding an advisory lock so that many workers
 * starting at once migrate once. Safe to run again: a migrated database is left as it is.
 */
export async function migratePg(pool: pg.Pool): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${PG_SCHEMA}`);
      await client.query(`CREATE TABLE IF NOT EXISTS ${PG_SCHEMA}.schema_migrations (
        version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
      const { rows } = await client.query<{ version: number }>(`SELECT coalesce(max(version), 0) AS version FROM ${PG_SCHEMA}.schema_migrations`);
      const current = rows[0].version;
      for (const migration of PG_MIGRATIONS.filter((step) => step.version > current)) {
        await client.query('BEGIN');
        try {
          await client.query(`SET LOCAL search_path TO ${PG_SCHEMA}`);
          await client.query(migration.sql);
          await client.query(`INSERT INTO ${PG_SCHEMA}.schema_migrations (version, name) VALUES ($1, $2)`, [migration.version, migration.name]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        }
      }
      return PG_MIGRATIONS.at(-1)!.version;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}
