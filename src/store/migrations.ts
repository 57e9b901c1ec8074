// The store's schema, as ordered migrations. A migration is never edited once released: add a new one instead.
// Every fact row keeps its offsets into the article's text, the text it quotes (so drift is detectable), and the
// version of the rules that produced it.

/** One schema step: applied once, in order, inside a transaction, and recorded in `migrations`. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** All migrations, oldest first; `version` numbers are 1, 2, 3, ... without gaps. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, entities, mentions, quotes, events, times and full-text search',
    sql: `
CREATE TABLE articles (
  id            INTEGER PRIMARY KEY,
  external_id   TEXT NOT NULL,               -- the id the input gave (file path, JSONL id, WARC record URI)
  content_hash  TEXT NOT NULL UNIQUE,        -- sha256 of the raw input: re-ingesting the same input changes nothing
  origin        TEXT,                        -- where the input came from (file path, "file.jsonl:12", "file.warc#3")
  format        TEXT NOT NULL,               -- 'text' | 'html' | 'auto'
  raw           BLOB,                        -- the input exactly as read
  status        TEXT NOT NULL CHECK (status IN ('ok', 'error')),
  error_code    TEXT,
  error_message TEXT,
  title         TEXT,
  published     TEXT,
  url           TEXT,
  site          TEXT,
  meta          TEXT,                        -- ResultMeta as JSON
  text          TEXT,                        -- the clean body every offset indexes
  removed       TEXT,                        -- boilerplate taken out, as JSON
  rules         TEXT,                        -- {stage: version} as JSON
  ingested_at   TEXT NOT NULL
);
CREATE INDEX articles_published ON articles (published DESC, id DESC);
CREATE INDEX articles_status ON articles (status);

CREATE TABLE sentences (
  id         INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ordinal    INTEGER NOT NULL,
  start      INTEGER NOT NULL,
  "end"      INTEGER NOT NULL,
  text       TEXT NOT NULL
);
CREATE INDEX sentences_article ON sentences (article_id, ordinal);

-- The same real-world entity across articles: keyed by knowledge-base id, else by normalised name and type.
CREATE TABLE entities (
  id            INTEGER PRIMARY KEY,
  key           TEXT NOT NULL UNIQUE,        -- 'kb:Q123' or 'name:PERSON:james cleverly'
  kb            TEXT,
  name          TEXT NOT NULL,
  name_norm     TEXT NOT NULL,
  type          TEXT NOT NULL,
  country       TEXT,
  roles         TEXT NOT NULL DEFAULT '[]',  -- ResultRole[] as JSON, the union over articles
  article_count INTEGER NOT NULL DEFAULT 0,
  mention_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entities_name ON entities (name_norm, type);
CREATE INDEX entities_articles ON entities (article_count DESC);

-- An article's own entity (e1, e2, ...) and the cross-article entity it is.
CREATE TABLE article_entities (
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  local_id   TEXT NOT NULL,
  ordinal    INTEGER NOT NULL,
  entity_id  INTEGER NOT NULL REFERENCES entities (id),
  name       TEXT NOT NULL,
  type       TEXT NOT NULL,
  country    TEXT,
  kb         TEXT,
  roles      TEXT,                           -- as the article gives them, JSON, or NULL
  PRIMARY KEY (article_id, local_id)
) WITHOUT ROWID;
CREATE INDEX article_entities_entity ON article_entities (entity_id, article_id);

CREATE TABLE entity_mentions (
  id         INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  entity_id  INTEGER NOT NULL REFERENCES entities (id),
  local_id   TEXT NOT NULL,
  start      INTEGER NOT NULL,
  "end"      INTEGER NOT NULL,
  text       TEXT NOT NULL,
  kind       TEXT,
  metonym_for TEXT
);
CREATE INDEX entity_mentions_article ON entity_mentions (article_id);
CREATE INDEX entity_mentions_entity ON entity_mentions (entity_id);

CREATE TABLE times (
  id         INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  local_id   TEXT NOT NULL,
  start      INTEGER NOT NULL,
  "end"      INTEGER NOT NULL,
  text       TEXT NOT NULL,
  type       TEXT NOT NULL,
  value      TEXT NOT NULL,
  rules_version TEXT
);
CREATE INDEX times_article ON times (article_id);

CREATE TABLE quotes (
  id           INTEGER PRIMARY KEY,
  article_id   INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  local_id     TEXT NOT NULL,
  speaker_id   INTEGER REFERENCES entities (id),
  speaker_local TEXT,
  kind         TEXT NOT NULL,
  start        INTEGER NOT NULL,
  "end"        INTEGER NOT NULL,
  text         TEXT NOT NULL,
  source_start INTEGER, source_end INTEGER, source_text TEXT,
  cue_start    INTEGER, cue_end    INTEGER, cue_text    TEXT,
  modality     TEXT NOT NULL,
  rules_version TEXT
);
CREATE INDEX quotes_article ON quotes (article_id);
CREATE INDEX quotes_speaker ON quotes (speaker_id, id DESC);

-- The same event reported by several articles (same type, actors and date) is one event.
CREATE TABLE events (
  id            INTEGER PRIMARY KEY,
  key           TEXT NOT NULL UNIQUE,
  type          TEXT NOT NULL,
  cameo         TEXT,
  source_id     INTEGER REFERENCES entities (id),
  target_id     INTEGER REFERENCES entities (id),
  date          TEXT,                        -- TIMEX3 value
  date_start    TEXT,                        -- first day the value covers, for range filters
  date_end      TEXT,                        -- last day it covers
  modality      TEXT NOT NULL,               -- the modality most of its mentions give
  mention_count INTEGER NOT NULL DEFAULT 0,
  article_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX events_type_date ON events (type, date_start);
CREATE INDEX events_date ON events (date_start);
CREATE INDEX events_source ON events (source_id, date_start);
CREATE INDEX events_target ON events (target_id, date_start);

CREATE TABLE event_mentions (
  id            INTEGER PRIMARY KEY,
  event_id      INTEGER NOT NULL REFERENCES events (id),
  article_id    INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  local_id      TEXT NOT NULL,
  ordinal       INTEGER NOT NULL,
  type          TEXT NOT NULL,
  mode          TEXT,
  cameo         TEXT,
  source_local  TEXT,
  target_local  TEXT,
  location_id   INTEGER REFERENCES entities (id),
  location_local TEXT,
  source_start  INTEGER, source_end INTEGER, source_text TEXT,
  target_start  INTEGER, target_end INTEGER, target_text TEXT,
  trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL, trigger_text TEXT NOT NULL,
  evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL, evidence_text TEXT NOT NULL,
  date          TEXT,
  modality      TEXT NOT NULL,
  quote_local   TEXT,
  rules_version TEXT
);
CREATE INDEX event_mentions_event ON event_mentions (event_id);
CREATE INDEX event_mentions_article ON event_mentions (article_id);

-- Full-text search; the indexed text lives in sentences and quotes (external content).
CREATE VIRTUAL TABLE sentences_fts USING fts5 (text, content = 'sentences', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE quotes_fts USING fts5 (text, content = 'quotes', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
`,
  },
  {
    version: 2,
    name: 'extension fields of results kept as JSON beside each fact',
    // Results grow extension fields (event actor codes, ...); each fact keeps the ones without a column, so an
    // article always reads back whole.
    sql: `
ALTER TABLE articles ADD COLUMN extra TEXT;
ALTER TABLE article_entities ADD COLUMN extra TEXT;
ALTER TABLE entity_mentions ADD COLUMN extra TEXT;
ALTER TABLE times ADD COLUMN extra TEXT;
ALTER TABLE quotes ADD COLUMN extra TEXT;
ALTER TABLE event_mentions ADD COLUMN extra TEXT;
`,
  },
  {
    version: 3,
    name: 'per-event modality tallies',
    // The majority modality of an event is kept up to date from a tally, not by counting every report again.
    sql: `
ALTER TABLE events ADD COLUMN modalities TEXT NOT NULL DEFAULT '{}';
UPDATE events SET modalities = coalesce((SELECT json_group_object(modality, n) FROM
  (SELECT modality, COUNT(*) AS n FROM event_mentions WHERE event_id = events.id GROUP BY modality ORDER BY MIN(id))), '{}');
`,
  },
  {
    version: 4,
    name: 'mentions and times as JSON beside their entity and article; event evidence read from the article text',
    // No query looks for a mention or a time across articles: only an article's full readout reads them, so a row
    // and two index entries each (72 of the 210 rows an article wrote) become one JSON value. The evidence of an
    // event report is a slice of its article's text, taken on read instead of copied (40% of the table's bytes).
    // Each JSON object is the result's own (extension fields merged in), in stored order.
    sql: `
ALTER TABLE article_entities ADD COLUMN mentions TEXT NOT NULL DEFAULT '[]';
-- json_patch drops the members its patch sets to null: so only kind and metonymFor (absent when null) go through it,
-- and an extension field stored as null stays.
UPDATE article_entities SET mentions = (SELECT json_group_array(json(json_patch(
    json_set(coalesce(m.extra, '{}'), '$.start', m.start, '$.end', m."end", '$.text', m.text),
    json_object('kind', m.kind, 'metonymFor', m.metonym_for))) ORDER BY m.id)
  FROM entity_mentions m WHERE m.article_id = article_entities.article_id AND m.local_id = article_entities.local_id)
WHERE EXISTS (SELECT 1 FROM entity_mentions m WHERE m.article_id = article_entities.article_id AND m.local_id = article_entities.local_id);
DROP TABLE entity_mentions;

ALTER TABLE articles ADD COLUMN times TEXT;
UPDATE articles SET times = coalesce((SELECT json_group_array(json(json_set(coalesce(t.extra, '{}'),
    '$.id', t.local_id, '$.start', t.start, '$.end', t."end", '$.text', t.text, '$.type', t.type, '$.value', t.value)) ORDER BY t.id)
  FROM times t WHERE t.article_id = articles.id), '[]')
WHERE status = 'ok';
DROP TABLE times;

ALTER TABLE event_mentions DROP COLUMN evidence_text;

-- Most events and many quotes have no actor or speaker entity, and no query looks one up by a null id: their index
-- entries were pages written for nothing.
DROP INDEX events_source;
DROP INDEX events_target;
DROP INDEX quotes_speaker;
CREATE INDEX events_source ON events (source_id, date_start) WHERE source_id IS NOT NULL;
CREATE INDEX events_target ON events (target_id, date_start) WHERE target_id IS NOT NULL;
CREATE INDEX quotes_speaker ON quotes (speaker_id, id DESC) WHERE speaker_id IS NOT NULL;
`,
  },
  {
    version: 5,
    name: 'raw inputs in their own table',
    // SQLite reaches a column stored after a large value by walking that value's overflow pages: with the raw input
    // (often a whole HTML page) inside the article row, every read of a title or date walked it. Only
    // getArticleRaw reads it.
    sql: `
CREATE TABLE article_raw (
  article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  raw        BLOB NOT NULL                   -- the input exactly as read
);
INSERT INTO article_raw (article_id, raw) SELECT id, raw FROM articles WHERE raw IS NOT NULL;
ALTER TABLE articles DROP COLUMN raw;
`,
  },
  {
    version: 6,
    name: 'sentences as offsets on the article, one full-text row per article; article entities whole as JSON on the article',
    // A sentence was a row, an index entry, a copy of its text and a full-text row (a fifth of an article's rows and
    // bytes), for one query: sentence search. The article keeps its sentences' offsets as one flat JSON array
    // ([start, end, start, end, ...]); the full-text index holds the article's text (no copy: external content), and a
    // search reads each matching article sentence by sentence.
    // An article's entities (type, roles, kb, mentions, ...) are read only by its own page: they move, whole, to one
    // JSON value on the article, and article_entities keeps what queries across articles use (which entity, under
    // which name), a few dozen bytes a row instead of two hundred.
    sql: `
ALTER TABLE articles ADD COLUMN sentences TEXT;
UPDATE articles SET sentences = coalesce((SELECT json_group_array(b.offset ORDER BY b.ordinal, b.side)
  FROM (SELECT s.ordinal, 0 AS side, s.start AS offset FROM sentences s WHERE s.article_id = articles.id
    UNION ALL SELECT s.ordinal, 1, s."end" FROM sentences s WHERE s.article_id = articles.id) b), '[]')
WHERE status = 'ok';
DROP TABLE sentences_fts;
DROP TABLE sentences;
CREATE VIRTUAL TABLE articles_fts USING fts5 (text, content = 'articles', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO articles_fts (rowid, text) SELECT id, text FROM articles WHERE status = 'ok';

ALTER TABLE articles ADD COLUMN entities TEXT;
-- json_patch drops the members its patch sets to null: country, roles and kb are absent when null, as in the result.
UPDATE articles SET entities = coalesce((SELECT json_group_array(json(json_patch(coalesce(e.extra, '{}'), json_object('id', e.local_id, 'type', e.type,
    'name', e.name, 'country', e.country, 'roles', json(e.roles), 'kb', e.kb, 'mentions', json(e.mentions)))) ORDER BY e.ordinal)
  FROM article_entities e WHERE e.article_id = articles.id), '[]')
WHERE status = 'ok';
CREATE TABLE article_entities_slim (
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  local_id   TEXT NOT NULL,
  entity_id  INTEGER NOT NULL REFERENCES entities (id),
  name       TEXT NOT NULL,                  -- the name this article gives it (the entity's aliases)
  PRIMARY KEY (article_id, local_id)
) WITHOUT ROWID;
INSERT INTO article_entities_slim (article_id, local_id, entity_id, name) SELECT article_id, local_id, entity_id, name FROM article_entities;
DROP TABLE article_entities;
ALTER TABLE article_entities_slim RENAME TO article_entities;
CREATE INDEX article_entities_entity ON article_entities (entity_id, article_id);
`,
  },
  {
    version: 7,
    name: "an article's events whole as JSON on the article; a report row says which event and which article",
    // A report of an event was a row of 27 columns, written for every event of every article, and read across
    // articles only a few at a time (an event's page, the evidence of a page of events, exports), each time beside its
    // article's text. The article keeps its events as the result gives them; the report row keeps the links.
    // json_set (not json_patch) so that null members (mode, cameo, date, ...) stay, as the result has them.
    sql: `
ALTER TABLE articles ADD COLUMN events TEXT;
UPDATE articles SET events = coalesce((SELECT json_group_array(json(CASE WHEN r.quote IS NULL THEN r.event ELSE json_set(r.event, '$.quote', r.quote) END)
    ORDER BY r.ordinal)
  FROM (SELECT m.ordinal, m.quote_local AS quote, json_set(coalesce(m.extra, '{}'), '$.id', m.local_id, '$.type', m.type, '$.mode', m.mode,
      '$.cameo', m.cameo, '$.source', m.source_local, '$.target', m.target_local,
      '$.sourceText', json(CASE WHEN m.source_start IS NOT NULL AND m.source_end IS NOT NULL AND m.source_text IS NOT NULL
        THEN json_object('start', m.source_start, 'end', m.source_end, 'text', m.source_text) END),
      '$.targetText', json(CASE WHEN m.target_start IS NOT NULL AND m.target_end IS NOT NULL AND m.target_text IS NOT NULL
        THEN json_object('start', m.target_start, 'end', m.target_end, 'text', m.target_text) END),
      '$.trigger', json_object('start', m.trigger_start, 'end', m.trigger_end, 'text', m.trigger_text), '$.date', m.date,
      '$.location', m.location_local, '$.modality', m.modality, '$.evidence', json_object('start', m.evidence_start, 'end', m.evidence_end)) AS event
    FROM event_mentions m WHERE m.article_id = articles.id) r), '[]')
WHERE status = 'ok';
CREATE TABLE event_mentions_slim (
  id         INTEGER PRIMARY KEY,
  event_id   INTEGER NOT NULL REFERENCES events (id),
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  local_id   TEXT NOT NULL                   -- the report in its article's events ("v2")
);
INSERT INTO event_mentions_slim (id, event_id, article_id, local_id) SELECT id, event_id, article_id, local_id FROM event_mentions;
DROP TABLE event_mentions;
ALTER TABLE event_mentions_slim RENAME TO event_mentions;
CREATE INDEX event_mentions_event ON event_mentions (event_id);
CREATE INDEX event_mentions_article ON event_mentions (article_id);
`,
  },
  {
    version: 8,
    name: 'full-text segments merged sixteen at a time',
    // Every write transaction adds one segment to each full-text index; FTS5 merged them four at a time (its default),
    // rewriting each indexed word about once per level. Sixteen at a time rewrites them half as often (10,000 articles
    // at 64 a transaction: 4% fewer bytes written, about 40 µs less CPU an article); a search reads a few more
    // segments, which timed the same on 10,000 articles.
    sql: `
INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 16);
INSERT INTO quotes_fts (quotes_fts, rank) VALUES ('automerge', 16);
`,
  },
  {
    version: 9,
    name: "an event that is its article's own names its one report itself; event_mentions becomes a view",
    // An event without a date or without an actor entity is never merged (99.8% of them in news): it has one report,
    // ever. It was an events row and a report row (with three index entries); now the events row names its report
    // (article and local id) and only the events of several possible reports get rows in event_reports. The view
    // event_mentions gives every report as before. Report ids: an own event's one report takes the event's id, and
    // the rows of event_reports take ids from the same sequence as events (the writer gives both), so no two reports
    // share an id; the stored report rows are moved above every event id to keep it so.
    sql: `
ALTER TABLE events ADD COLUMN article_id INTEGER REFERENCES articles (id) ON DELETE CASCADE;
ALTER TABLE events ADD COLUMN local_id TEXT;
UPDATE events SET article_id = m.article_id, local_id = m.local_id FROM event_mentions m WHERE m.event_id = events.id AND events.key LIKE 'own:%';
DELETE FROM event_mentions WHERE event_id IN (SELECT id FROM events WHERE article_id IS NOT NULL);
-- The old indexes go before the renumbering, which would otherwise rewrite their entry of every row twice.
DROP INDEX event_mentions_event;
DROP INDEX event_mentions_article;
-- Two steps, so that no row takes an id another still holds; the order of the rows' ids is kept.
UPDATE event_mentions SET id = -id;
UPDATE event_mentions SET id = (SELECT coalesce(max(id), 0) FROM events) - id;
ALTER TABLE event_mentions RENAME TO event_reports;
CREATE INDEX event_reports_event ON event_reports (event_id);
CREATE INDEX event_reports_article ON event_reports (article_id);
CREATE INDEX events_article ON events (article_id) WHERE article_id IS NOT NULL;
CREATE VIEW event_mentions (id, event_id, article_id, local_id) AS
  SELECT id, event_id, article_id, local_id FROM event_reports
  UNION ALL SELECT id, id, article_id, local_id FROM events WHERE article_id IS NOT NULL;
`,
  },
  {
    version: 10,
    name: 'no index of entities by article count',
    // Every transaction rewrote an entry of it for each entity an article named (its count changes), at a place set by
    // the count, not by time. Searches do not need it: entities are ordered by how well their name matches first (an
    // expression), so the most reported are sorted apart. One plan did use it: `SELECT COUNT(*) FROM entities` (an
    // unfiltered searchEntities, stats) read it as the smallest covering index and now scans the key's index instead:
    // 0.04 ms -> 5.2 ms at 500,000 entities. An index on (type) would give 0.03 ms back for about 0.5 µs a new entity,
    // but would change the plans of searches filtered by type, not measured: left out.
    sql: `
DROP INDEX entities_articles;
`,
  },
  {
    version: 11,
    name: 'how each article was read, for re-extraction',
    // `readout reextract` reads an article's raw input again as ingest read it: what the raw bytes are (a whole
    // document, one JSONL line, a WARC record's body) and the options of the run (publication date, format, --as-is),
    // as JSON (see ReadingOptions in replace.ts). Articles stored before this migration have NULL: reextract infers
    // the kind from their origin and takes the rest from its own command line (see src/store/README.md).
    sql: `
ALTER TABLE articles ADD COLUMN reading TEXT;
`,
  },
  {
    version: 12,
    name: 'the highest quote and event ids ever given, so a re-extraction never lets an id come back',
    // SQLite gives a new row the highest id + 1 (and save.ts numbers events and reports the same way): when a
    // re-extraction deletes the quotes or reports holding the highest ids, these would come back for other facts, and
    // a saved link (/api/quotes/...) would silently point at another one. replace.ts notes the highest ids here before
    // deleting; save.ts numbers new quotes, events and reports above them.
    sql: `
CREATE TABLE id_marks (
  name TEXT PRIMARY KEY,
  last INTEGER NOT NULL
) WITHOUT ROWID;
`,
  },
  {
    version: 13,
    name: 'quotes, events and their reports numbered by AUTOINCREMENT, so SQLite itself never gives an id twice',
    // Migration 12 kept the highest ids in id_marks, noted by a re-extraction only: any other way of deleting the
    // newest rows would have let their ids come back. With AUTOINCREMENT, SQLite keeps the highest id a table ever held
    // in sqlite_sequence, whatever deletes rows, and numbers new rows above it. A table cannot be given AUTOINCREMENT
    // in place: each is renamed away, made again and copied, every row keeping its id (quotes_fts indexes quotes by
    // id). Events and reports share one sequence (migration 9): both sequences start at the highest id either ever
    // held, and save.ts numbers both above the higher of the two.
    // The old tables are renamed before the new ones are made: a foreign key follows the table it names when that is
    // renamed, so no row of a new table ever points to an old one, and each old table is dropped once nothing points
    // to it. The view goes first: a table renamed under a view would be renamed in the view too.
    sql: `
DROP VIEW event_mentions;
ALTER TABLE quotes RENAME TO quotes_old;
ALTER TABLE event_reports RENAME TO event_reports_old;
ALTER TABLE events RENAME TO events_old;

CREATE TABLE quotes (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  article_id    INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  local_id      TEXT NOT NULL,
  speaker_id    INTEGER REFERENCES entities (id),
  speaker_local TEXT,
  kind          TEXT NOT NULL,
  start         INTEGER NOT NULL,
  "end"         INTEGER NOT NULL,
  text          TEXT NOT NULL,
  source_start  INTEGER, source_end INTEGER, source_text TEXT,
  cue_start     INTEGER, cue_end    INTEGER, cue_text    TEXT,
  modality      TEXT NOT NULL,
  rules_version TEXT,
  extra         TEXT
);
INSERT INTO quotes (id, article_id, local_id, speaker_id, speaker_local, kind, start, "end", text, source_start, source_end, source_text, cue_start, cue_end, cue_text, modality, rules_version, extra)
  SELECT id, article_id, local_id, speaker_id, speaker_local, kind, start, "end", text, source_start, source_end, source_text, cue_start, cue_end, cue_text, modality, rules_version, extra FROM quotes_old;
DROP TABLE quotes_old;
CREATE INDEX quotes_article ON quotes (article_id);
CREATE INDEX quotes_speaker ON quotes (speaker_id, id DESC) WHERE speaker_id IS NOT NULL;

CREATE TABLE events (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  key           TEXT NOT NULL UNIQUE,
  type          TEXT NOT NULL,
  cameo         TEXT,
  source_id     INTEGER REFERENCES entities (id),
  target_id     INTEGER REFERENCES entities (id),
  date          TEXT,                        -- TIMEX3 value
  date_start    TEXT,                        -- first day the value covers, for range filters
  date_end      TEXT,                        -- last day it covers
  modality      TEXT NOT NULL,               -- the modality most of its reports give
  mention_count INTEGER NOT NULL DEFAULT 0,
  article_count INTEGER NOT NULL DEFAULT 0,
  modalities    TEXT NOT NULL DEFAULT '{}',
  article_id    INTEGER REFERENCES articles (id) ON DELETE CASCADE,  -- an own event's article, whose report it is
  local_id      TEXT
);
INSERT INTO events (id, key, type, cameo, source_id, target_id, date, date_start, date_end, modality, mention_count, article_count, modalities, article_id, local_id)
  SELECT id, key, type, cameo, source_id, target_id, date, date_start, date_end, modality, mention_count, article_count, modalities, article_id, local_id FROM events_old;
CREATE TABLE event_reports (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  event_id   INTEGER NOT NULL REFERENCES events (id),
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  local_id   TEXT NOT NULL                   -- the report in its article's events ("v2")
);
INSERT INTO event_reports (id, event_id, article_id, local_id) SELECT id, event_id, article_id, local_id FROM event_reports_old;
DROP TABLE event_reports_old;
DROP TABLE events_old;
CREATE INDEX events_type_date ON events (type, date_start);
CREATE INDEX events_date ON events (date_start);
CREATE INDEX events_source ON events (source_id, date_start) WHERE source_id IS NOT NULL;
CREATE INDEX events_target ON events (target_id, date_start) WHERE target_id IS NOT NULL;
CREATE INDEX events_article ON events (article_id) WHERE article_id IS NOT NULL;
CREATE INDEX event_reports_event ON event_reports (event_id);
CREATE INDEX event_reports_article ON event_reports (article_id);
CREATE VIEW event_mentions (id, event_id, article_id, local_id) AS
  SELECT id, event_id, article_id, local_id FROM event_reports
  UNION ALL SELECT id, id, article_id, local_id FROM events WHERE article_id IS NOT NULL;

-- The copies set each sequence to its table's highest id; the highest ids a re-extraction deleted (id_marks) count too.
DELETE FROM sqlite_sequence WHERE name IN ('quotes', 'events', 'event_reports');
INSERT INTO sqlite_sequence (name, seq)
  SELECT 'quotes', max(coalesce((SELECT max(id) FROM quotes), 0), coalesce((SELECT last FROM id_marks WHERE name = 'quotes'), 0));
INSERT INTO sqlite_sequence (name, seq)
  SELECT name, max(coalesce((SELECT max(id) FROM events), 0), coalesce((SELECT max(id) FROM event_reports), 0),
    coalesce((SELECT last FROM id_marks WHERE name = 'events'), 0))
  FROM (SELECT 'events' AS name UNION ALL SELECT 'event_reports');
DROP TABLE id_marks;
`,
  },
];
