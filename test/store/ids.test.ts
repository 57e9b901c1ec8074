import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { contentHash, migrate, openStore, saveBatch, schemaVersion, type ArticleSource, type Store } from '../../src/store/index.js';
import { replaceArticles } from '../../src/store/replace.js';
import { buildResult } from './fixtures.js';

const tmp = mkdtempSync(join(tmpdir(), 'readout-ids-'));
let files = 0;
const opened: Store[] = [];

/** A store file at `path`, opened (and migrated) as readout opens it; closed after the test. */
function open(path: string): Store {
  const store = openStore(path);
  opened.push(store);
  return store;
}

afterEach(() => {
  for (const store of opened.splice(0)) if (store.db.open) store.close();
});

/** The last schema before AUTOINCREMENT: ids were max(id) + 1, and id_marks kept those a re-extraction deleted. */
const SCHEMA_12 = MIGRATIONS.filter((migration) => migration.version <= 12);

const TEXT = 'Port reopens\nMayor Ines Varga met Piotr Halloran on 4 March 2030. "The cranes move again," Varga said. "Not before Monday," Halloran said.';

/**
 * A store written by readout at schema 12, as its writer numbered rows: two quotes, an event merged across articles
 * with one report, and an own event (whose one report is its row); id_marks says a re-extraction had deleted quotes up
 * to id 5 and events or reports up to id 9.
 */
function schema12Store(): string {
  const path = join(tmp, `schema-12-${++files}.db`);
  const db = new Database(path);
  migrate(db, SCHEMA_12);
  db.exec(`
INSERT INTO articles (id, external_id, content_hash, format, status, text, ingested_at)
  VALUES (1, 'port.txt', 'hash-of-port', 'text', 'ok', '${TEXT.replaceAll("'", "''")}', '2030-03-05T08:00:00Z');
INSERT INTO articles_fts (rowid, text) SELECT id, text FROM articles;
INSERT INTO entities (id, key, name, name_norm, type, article_count, mention_count) VALUES
  (1, 'name:PERSON:ines varga', 'Ines Varga', 'ines varga', 'PERSON', 1, 2),
  (2, 'name:PERSON:piotr halloran', 'Piotr Halloran', 'piotr halloran', 'PERSON', 1, 2);
INSERT INTO quotes (id, article_id, local_id, speaker_id, kind, start, "end", text, modality) VALUES
  (1, 1, 'q1', 1, 'direct', 66, 90, '"The cranes move again,"', 'asserted'),
  (2, 1, 'q2', 2, 'direct', 103, 123, '"Not before Monday,"', 'asserted');
INSERT INTO quotes_fts (rowid, text) SELECT id, text FROM quotes;
INSERT INTO events (id, key, type, source_id, target_id, date, date_start, date_end, modality, modalities, mention_count, article_count, article_id, local_id) VALUES
  (1, 'CONSULT|1|2|2030-03-04', 'CONSULT', 1, 2, '2030-03-04', '2030-03-04', '2030-03-04', 'asserted', '{"asserted":1}', 1, 1, NULL, NULL),
  (2, 'own:1:v2', 'SUPPORT', 1, NULL, NULL, NULL, NULL, 'asserted', '{"asserted":1}', 1, 1, 1, 'v2');
INSERT INTO event_reports (id, event_id, article_id, local_id) VALUES (3, 1, 1, 'v1');
INSERT INTO id_marks (name, last) VALUES ('quotes', 5), ('events', 9);
`);
  db.close();
  return path;
}

/** Every row of the tables whose ids links name, in id order. */
function factRows(db: Database.Database): unknown {
  return Object.fromEntries(['quotes', 'events', 'event_reports', 'event_mentions'].map((table) => [table, db.prepare(`SELECT * FROM ${table} ORDER BY id`).all()]));
}

/** The text of a new article titled `name`. */
function textOf(name: string): string {
  return `${name}\nIngrid Solberg met Tove Lind on 9 April 2031 and backed the plan. "We agree," Solberg said.`;
}

/** The source of the article titled `name`, as if ingested from a file of that name. */
function sourceOf(name: string): ArticleSource {
  const text = textOf(name);
  return { externalId: name, hash: contentHash(text), raw: text, format: 'text', origin: name };
}

/** Saves one new article: a quote, a meeting (an event merged across articles) and support (an own event: no date). */
function saveArticle(store: Store, name: string): void {
  const result = buildResult(name, textOf(name), {
    entities: [{ name: 'Ingrid Solberg', forms: ['Ingrid Solberg', 'Solberg'] }, { name: 'Tove Lind' }],
    quotes: [{ text: '"We agree,"', speaker: 0 }],
    events: [{ type: 'CONSULT', trigger: 'met', source: 0, target: 1, date: '2031-04-09' }, { type: 'SUPPORT', trigger: 'backed', source: 0, target: null, date: null }],
  });
  saveBatch(store, [{ source: sourceOf(name), output: result }]);
}

function ids(store: Store, table: string): number[] {
  return store.db.prepare(`SELECT id FROM ${table} ORDER BY id`).pluck().all() as number[];
}

describe('store ids', () => {
  it('a store of schema 12 upgrades to the newest schema keeping every quote, event and report with its id', () => {
    const path = schema12Store();
    const old = new Database(path, { readonly: true });
    const before = factRows(old);
    old.close();
    const store = open(path);
    expect(schemaVersion(store.db)).toBe(MIGRATIONS.at(-1)!.version);
    expect(factRows(store.db)).toEqual(before);
  });

  it('the upgraded quote index still finds each quote under its id (FTS5 integrity-check)', () => {
    const store = open(schema12Store());
    expect(() => store.db.exec("INSERT INTO quotes_fts (quotes_fts, rank) VALUES ('integrity-check', 1)")).not.toThrow();
    expect(store.db.prepare("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH 'cranes'").pluck().all()).toEqual([1]);
  });

  it('the upgrade drops id_marks: the highest ids are kept by SQLite alone', () => {
    const store = open(schema12Store());
    expect(store.db.prepare("SELECT name FROM sqlite_master WHERE name = 'id_marks'").get()).toBeUndefined();
  });

  it('after the upgrade, new quotes are numbered above the highest id a re-extraction had deleted', () => {
    const store = open(schema12Store());
    saveArticle(store, 'Talks');
    expect(ids(store, 'quotes')).toEqual([1, 2, 6]);
  });

  it('after the upgrade, new events and reports share one sequence above the highest id a re-extraction had deleted', () => {
    const store = open(schema12Store());
    saveArticle(store, 'Talks');
    // The meeting (10), its report (11), the support, an own event (12).
    expect({ events: ids(store, 'events'), reports: ids(store, 'event_reports') }).toEqual({ events: [1, 2, 10, 12], reports: [3, 11] });
  });

  it('a quote id deleted by any means is never handed out again, also after the store is closed and opened again', () => {
    const path = join(tmp, `fresh-${++files}.db`);
    const store = open(path);
    saveArticle(store, 'Talks');
    const [deleted] = ids(store, 'quotes');
    store.db.prepare('DELETE FROM quotes WHERE id = ?').run(deleted);
    store.close();
    const again = open(path);
    saveArticle(again, 'More talks');
    expect(ids(again, 'quotes')).toEqual([deleted + 1]);
  });

  it('an event and report id a re-extraction deleted is never handed out again, also after the store is closed and opened again', () => {
    const path = join(tmp, `fresh-${++files}.db`);
    const store = open(path);
    saveArticle(store, 'Talks');
    const given = store.db.prepare('SELECT id FROM event_mentions').pluck().all() as number[];
    // Read again, the article has no event: its report and both events go.
    const article = { id: 1, source: { ...sourceOf('Talks'), articleId: 1 }, status: 'ok' as const, reading: null, published: null, removed: null };
    replaceArticles(store, [{ article, reading: { kind: 'document', published: null, format: 'auto', asIs: false }, output: buildResult('Talks', textOf('Talks')) }]);
    expect(store.db.prepare('SELECT COUNT(*) FROM event_mentions').pluck().get()).toBe(0);
    store.close();
    const again = open(path);
    saveArticle(again, 'More talks');
    const now = again.db.prepare('SELECT id FROM event_mentions').pluck().all() as number[];
    expect(Math.min(...now)).toBeGreaterThan(Math.max(...given));
  });
});
