import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ReadoutError } from '../../src/errors.js';
import { createReader } from '../../src/readout.js';
import { NEW_STORE_PAGE_SIZE } from '../../src/store/db.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import {
  allEventMentions, contentHash, countReadByOtherRules, eventNetwork, eventTimeline, ftsQuery, getArticle, getArticleRaw, getEntity, getEvent, listArticles, listEvents, migrate,
  openStore, prepareResult, saveBatch, saveFailure, saveResult, schemaVersion, searchEntities, searchQuotes, searchSentences, timexRange, type Store,
} from '../../src/store/index.js';
import { buildResult, corpus, save } from './fixtures.js';

const tmp = mkdtempSync(join(tmpdir(), 'readout-store-'));

function filled(): Store {
  const store = openStore(':memory:');
  for (const result of corpus()) save(store, result);
  return store;
}

function count(store: Store, table: string): number {
  return (store.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
}

function entityId(store: Store, name: string): number {
  return searchEntities(store, { q: name }).items.find((e) => e.name === name)!.id;
}

function storeCode(work: () => unknown): string | undefined {
  try {
    work();
  } catch (error) {
    return error instanceof ReadoutError ? error.code : `not a ReadoutError: ${String(error)}`;
  }
  return undefined;
}

describe('opening and migrating the store', () => {
  it('migrates a new store to the newest schema version', () => {
    const store = openStore(':memory:');
    expect(schemaVersion(store.db)).toBe(MIGRATIONS[MIGRATIONS.length - 1].version);
    expect(count(store, 'migrations')).toBe(MIGRATIONS.length);
  });

  it('applies no migration twice', () => {
    const store = openStore(':memory:');
    expect(migrate(store.db)).toBe(0);
    expect(count(store, 'migrations')).toBe(MIGRATIONS.length);
  });

  it('keeps its data and version when a file store is reopened', () => {
    const path = join(tmp, 'reopen.db');
    const first = openStore(path);
    save(first, corpus()[0]);
    first.close();
    const again = openStore(path);
    expect(count(again, 'articles')).toBe(1);
    expect(schemaVersion(again.db)).toBe(MIGRATIONS.length);
    again.close();
  });

  it('refuses, naming the path, to create a store that must exist', () => {
    const path = join(tmp, 'absent', 'missing.db');
    expect(() => openStore(path, { mustExist: true })).toThrow(expect.objectContaining({ code: 'E_STORE', message: expect.stringContaining(path) }));
    expect(existsSync(join(tmp, 'absent'))).toBe(false);
  });

  it('sets WAL, foreign keys and a busy timeout on a file store', () => {
    const store = openStore(join(tmp, 'pragmas.db'));
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(Number(store.db.pragma('busy_timeout', { simple: true }))).toBeGreaterThan(0);
    expect(store.db.pragma('synchronous', { simple: true })).toBe(1);
    store.close();
  });

  it('creates a new file store with 16 KiB pages', () => {
    const store = openStore(join(tmp, 'pages.db'));
    expect(store.db.pragma('page_size', { simple: true })).toBe(NEW_STORE_PAGE_SIZE);
    store.close();
  });

  it('keeps the page size of a store created before, and its data', () => {
    const path = join(tmp, 'small-pages.db');
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    migrate(db);
    db.close();
    const store = openStore(path);
    save(store, corpus()[0]);
    expect(store.db.pragma('page_size', { simple: true })).toBe(4096);
    expect(count(store, 'articles')).toBe(1);
    store.close();
  });

  it('leaves a store at its old version, whole, when a migration fails part way', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 2));
    const broken = [...MIGRATIONS.slice(0, 3), { version: MIGRATIONS.length + 1, name: 'broken', sql: 'CREATE TABLE nonsense (' }];
    expect(() => migrate(db, broken)).toThrow();
    expect(db.prepare('SELECT MAX(version) FROM migrations').pluck().get()).toBe(2);
    expect(migrate(db)).toBe(MIGRATIONS.length - 2);
  });

  it('brings an older store up to date, filling new columns from its data', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 2));
    db.exec(`INSERT INTO articles (id, external_id, content_hash, format, status, ingested_at) VALUES (1, 'a', 'h', 'text', 'ok', '');
      INSERT INTO events (id, key, type, modality, mention_count, article_count) VALUES (1, 'k', 'CONSULT', 'planned', 3, 1);
      INSERT INTO event_mentions (event_id, article_id, local_id, ordinal, type, trigger_start, trigger_end, trigger_text, evidence_start, evidence_end, evidence_text, modality)
      VALUES (1, 1, 'v1', 0, 'CONSULT', 0, 1, 'm', 0, 1, 'm', 'planned'), (1, 1, 'v2', 1, 'CONSULT', 0, 1, 'm', 0, 1, 'm', 'asserted'),
             (1, 1, 'v3', 2, 'CONSULT', 0, 1, 'm', 0, 1, 'm', 'planned');`);
    expect(migrate(db)).toBe(MIGRATIONS.length - 2);
    expect(JSON.parse(db.prepare('SELECT modalities FROM events WHERE id = 1').pluck().get() as string)).toEqual({ planned: 2, asserted: 1 });
  });

  it('moves the mentions, times, evidence and raw input of an older store to the new layout, and reads the article back whole', () => {
    const path = join(tmp, 'layout-3.db');
    const db = new Database(path);
    migrate(db, MIGRATIONS.slice(0, 3));
    const text = 'Ana met Bo in Rome today.';
    db.prepare(`INSERT INTO articles (id, external_id, content_hash, format, raw, status, text, meta, removed, ingested_at)
      VALUES (1, 'a', 'h', 'text', ?, 'ok', ?, '{}', '[]', '')`).run(Buffer.from(`  ${text}`), text);
    db.exec(`INSERT INTO entities (id, key, name, name_norm, type) VALUES (1, 'name:PERSON:ana', 'Ana', 'ana', 'PERSON'), (2, 'name:PERSON:bo', 'Bo', 'bo', 'PERSON');
      INSERT INTO article_entities (article_id, local_id, ordinal, entity_id, name, type) VALUES (1, 'e1', 0, 1, 'Ana', 'PERSON'), (1, 'e2', 1, 2, 'Bo', 'PERSON');
      INSERT INTO entity_mentions (article_id, entity_id, local_id, start, "end", text, kind, metonym_for, extra)
      VALUES (1, 1, 'e1', 0, 3, 'Ana', 'name', NULL, '{"note":null}'), (1, 2, 'e2', 8, 10, 'Bo', NULL, NULL, NULL);
      INSERT INTO times (article_id, local_id, start, "end", text, type, value, extra) VALUES (1, 't1', 19, 24, 'today', 'DATE', '2024-05-02', '{"anchor":"DCT"}');
      INSERT INTO events (id, key, type, source_id, target_id, modality, mention_count, article_count) VALUES (1, 'own:1:v1', 'CONSULT', 1, 2, 'asserted', 1, 1);
      INSERT INTO event_mentions (event_id, article_id, local_id, ordinal, type, source_local, target_local, trigger_start, trigger_end, trigger_text,
        evidence_start, evidence_end, evidence_text, modality) VALUES (1, 1, 'v1', 0, 'CONSULT', 'e1', 'e2', 4, 7, 'met', 0, 25, '${text}', 'asserted');`);
    db.close();
    const store = openStore(path);
    const back = getArticle(store, 1)!.result!;
    expect(back.entities.map((e) => e.mentions)).toEqual([[{ start: 0, end: 3, text: 'Ana', kind: 'name', note: null }], [{ start: 8, end: 10, text: 'Bo' }]]);
    expect(back.times).toEqual([{ id: 't1', start: 19, end: 24, text: 'today', type: 'DATE', value: '2024-05-02', anchor: 'DCT' }]);
    expect(getEvent(store, 1)!.mentions[0].evidence).toEqual({ start: 0, end: 25, text });
    expect(getArticleRaw(store, 1)!.raw!.toString('utf8')).toBe(`  ${text}`);
    store.close();
  });

  it('moves sentences, article entities and event reports of a version 5 store onto the article, and reads them back', () => {
    const path = join(tmp, 'layout-5.db');
    const db = new Database(path);
    migrate(db, MIGRATIONS.slice(0, 5));
    const text = 'Ana met Bo. They spoke of grain.';
    db.prepare(`INSERT INTO articles (id, external_id, content_hash, format, status, text, meta, removed, times, ingested_at)
      VALUES (1, 'a', 'h', 'text', 'ok', ?, '{}', '[]', '[]', '')`).run(text);
    db.exec(`INSERT INTO entities (id, key, name, name_norm, type) VALUES (1, 'kb:Q1', 'Ana', 'ana', 'PERSON'), (2, 'name:PERSON:bo', 'Bo', 'bo', 'PERSON');
      INSERT INTO article_entities (article_id, local_id, ordinal, entity_id, name, type, country, kb, roles, extra, mentions)
      VALUES (1, 'e2', 1, 2, 'Bo', 'PERSON', NULL, NULL, NULL, NULL, '[{"start":8,"end":10,"text":"Bo"}]'),
             (1, 'e1', 0, 1, 'Ana', 'PERSON', 'ESP', 'Q1', '[{"title":"mayor"}]', '{"salience":0.5}', '[{"start":0,"end":3,"text":"Ana","kind":"name"}]');
      INSERT INTO sentences (article_id, ordinal, start, "end", text) VALUES (1, 1, 12, 32, 'They spoke of grain.'), (1, 0, 0, 11, 'Ana met Bo.');
      INSERT INTO sentences_fts (rowid, text) SELECT id, text FROM sentences;
      INSERT INTO events (id, key, type, source_id, target_id, date, modality, mention_count, article_count) VALUES (1, 'CONSULT|1|2|2024-05-02', 'CONSULT', 1, 2, '2024-05-02', 'asserted', 1, 1);
      INSERT INTO event_mentions (id, event_id, article_id, local_id, ordinal, type, mode, cameo, source_local, target_local, location_id, location_local,
        source_start, source_end, source_text, trigger_start, trigger_end, trigger_text, evidence_start, evidence_end, date, modality, quote_local, rules_version, extra)
      VALUES (7, 1, 1, 'v1', 0, 'CONSULT', 'verbal', '040', 'e1', 'e2', NULL, NULL, 0, 3, 'Ana', 4, 7, 'met', 0, 11, '2024-05-02', 'asserted', 'q1', '1.0.0',
        '{"sourceActor":{"code":"ESP"}}');`);
    db.close();
    const store = openStore(path);
    const back = getArticle(store, 1)!;
    expect(back.result!.sentences).toEqual([{ start: 0, end: 11 }, { start: 12, end: 32 }]);
    expect(back.result!.entities).toEqual([
      { id: 'e1', type: 'PERSON', name: 'Ana', country: 'ESP', roles: [{ title: 'mayor' }], kb: 'Q1', salience: 0.5, mentions: [{ start: 0, end: 3, text: 'Ana', kind: 'name' }] },
      { id: 'e2', type: 'PERSON', name: 'Bo', mentions: [{ start: 8, end: 10, text: 'Bo' }] },
    ]);
    expect(back.entityIds).toEqual({ e1: 1, e2: 2 });
    expect(back.result!.events).toEqual([{
      id: 'v1', type: 'CONSULT', mode: 'verbal', cameo: '040', source: 'e1', target: 'e2', sourceText: { start: 0, end: 3, text: 'Ana' }, targetText: null,
      trigger: { start: 4, end: 7, text: 'met' }, date: '2024-05-02', location: null, modality: 'asserted', evidence: { start: 0, end: 11 }, quote: 'q1',
      sourceActor: { code: 'ESP' },
    }]);
    expect(back.eventIds).toEqual({ v1: 1 });
    // Migration 9 moves report rows above every event id (7 + the one event's id): reports and events share one sequence.
    expect(getEvent(store, 1)!.mentions).toMatchObject([{ id: 8, localId: 'v1', trigger: { start: 4, end: 7, text: 'met' }, evidence: { start: 0, end: 11, text: 'Ana met Bo.' } }]);
    expect(searchSentences(store, 'grain').items).toEqual([{ articleId: 1, title: null, published: null, start: 12, end: 32, text: 'They spoke of grain.' }]);
    expect(getEntity(store, 1)!.aliases).toEqual([{ name: 'Ana', articles: 1 }]);
    store.close();
  });

  it('has a version 7 store merge its full-text segments sixteen at a time, and still find its words', () => {
    const path = join(tmp, 'version-7.db');
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    migrate(db, MIGRATIONS.slice(0, 7));
    db.prepare(`INSERT INTO articles (id, external_id, content_hash, format, status, text, sentences, meta, removed, times, entities, events, ingested_at)
      VALUES (1, 'a', 'h', 'text', 'ok', 'Ana met Bo.', '[0,11]', '{}', '[]', '[]', '[]', '[]', '')`).run();
    db.exec("INSERT INTO articles_fts (rowid, text) VALUES (1, 'Ana met Bo.')");
    expect(schemaVersion(db)).toBe(7);
    db.close();
    const store = openStore(path);
    expect(schemaVersion(store.db)).toBe(MIGRATIONS.length);
    for (const table of ['articles_fts', 'quotes_fts']) {
      expect(store.db.prepare(`SELECT v FROM ${table}_config WHERE k = 'automerge'`).pluck().get()).toBe(16);
    }
    expect(searchSentences(store, 'Bo').items.map((hit) => hit.text)).toEqual(['Ana met Bo.']);
    store.close();
  });

  it('has a version 8 store name an own event\'s one report on the event row, and keep every report of a merged event as a row', () => {
    const path = join(tmp, 'version-8.db');
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    migrate(db, MIGRATIONS.slice(0, 8));
    const firstEvents = JSON.stringify([{ id: 'v1', type: 'CONSULT', trigger: { start: 4, end: 7, text: 'met' }, evidence: { start: 0, end: 11 }, modality: 'asserted' },
      { id: 'v2', type: 'PROTEST', trigger: { start: 19, end: 28, text: 'protested' }, evidence: { start: 12, end: 29 }, modality: 'asserted' }]);
    const secondEvents = JSON.stringify([{ id: 'v1', type: 'CONSULT', trigger: { start: 3, end: 6, text: 'met' }, evidence: { start: 0, end: 11 }, modality: 'asserted' }]);
    db.exec(`INSERT INTO articles (id, external_id, content_hash, format, status, text, sentences, meta, removed, times, entities, events, ingested_at)
        VALUES (1, 'a', 'h1', 'text', 'ok', 'Ana met Bo. Crowds protested.', '[0,11,12,29]', '{}', '[]', '[]', '[]', '${firstEvents}', ''),
          (2, 'b', 'h2', 'text', 'ok', 'Bo met Ana.', '[0,11]', '{}', '[]', '[]', '[]', '${secondEvents}', '');
      INSERT INTO entities (id, key, name, name_norm, type) VALUES (1, 'name:PERSON:ana', 'Ana', 'ana', 'PERSON'), (2, 'name:PERSON:bo', 'Bo', 'bo', 'PERSON');
      INSERT INTO events (id, key, type, source_id, target_id, date, date_start, date_end, modality, mention_count, article_count)
        VALUES (1, 'CONSULT|1|2|2024-05-06', 'CONSULT', 1, 2, '2024-05-06', '2024-05-06', '2024-05-06', 'asserted', 2, 2),
          (2, 'own:1:v2', 'PROTEST', NULL, NULL, '2024-05-06', '2024-05-06', '2024-05-06', 'asserted', 1, 1);
      INSERT INTO event_mentions (id, event_id, article_id, local_id) VALUES (1, 1, 1, 'v1'), (2, 2, 1, 'v2'), (3, 1, 2, 'v1');`);
    db.close();
    const store = openStore(path);
    // The merged event's two report rows move above every event id (2), in the order they had.
    expect(store.db.prepare('SELECT id, event_id, article_id, local_id FROM event_reports ORDER BY id').all()).toEqual([
      { id: 3, event_id: 1, article_id: 1, local_id: 'v1' }, { id: 5, event_id: 1, article_id: 2, local_id: 'v1' }]);
    expect(store.db.prepare('SELECT article_id, local_id FROM events WHERE id = 2').get()).toEqual({ article_id: 1, local_id: 'v2' });
    expect(getArticle(store, 1)!.eventIds).toEqual({ v1: 1, v2: 2 });
    expect(listArticles(store).items.find((article) => article.id === 1)!.counts.events).toBe(2);
    expect(getEvent(store, 2)!.mentions).toMatchObject([{ id: 2, articleId: 1, localId: 'v2', evidence: { text: 'Crowds protested.' } }]);
    expect([...allEventMentions(store)].map((report) => [report.id, report.eventId])).toEqual([[2, 2], [3, 1], [5, 1]]);
    const oldIds = [2, 3, 5];
    save(store, buildResult('c', 'Ana met Bo again. Crowds marched.', {
      entities: [{ name: 'Ana' }, { name: 'Bo' }],
      events: [
        { type: 'CONSULT', trigger: 'met', source: 0, target: 1, date: '2024-05-06' },
        { type: 'PROTEST', trigger: 'marched', source: null, target: null, date: '2024-05-06' },
      ],
    }));
    const ids = [...allEventMentions(store)].map((report) => report.id);
    expect(new Set(ids).size).toBe(ids.length);
    const newIds = ids.filter((id) => !oldIds.includes(id));
    expect(newIds).toHaveLength(2);
    expect(Math.min(...newIds)).toBeGreaterThan(Math.max(...oldIds));
    expect(getEvent(store, 1)!.mentions.map((report) => report.articleId)).toEqual([1, 2, 3]);
    store.close();
  });

  it('drops the index of entities by article count from a version 9 store, and still lists the most reported entities first', () => {
    const path = join(tmp, 'version-9.db');
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    migrate(db, MIGRATIONS.slice(0, 9));
    db.exec(`INSERT INTO entities (id, key, name, name_norm, type, article_count, mention_count)
      VALUES (1, 'name:PERSON:ana', 'Ana', 'ana', 'PERSON', 1, 1), (2, 'name:PERSON:bo', 'Bo', 'bo', 'PERSON', 3, 5)`);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'entities_articles'").pluck().get()).toBe('entities_articles');
    db.close();
    const store = openStore(path);
    expect(store.db.prepare("SELECT name FROM sqlite_master WHERE name = 'entities_articles'").pluck().get()).toBeUndefined();
    expect(searchEntities(store).items.map((entity) => [entity.name, entity.articles])).toEqual([['Bo', 3], ['Ana', 1]]);
    store.close();
  });

  it('refuses a store written by a newer schema with E_STORE', () => {
    const store = openStore(':memory:');
    store.db.prepare("INSERT INTO migrations (version, name, applied_at) VALUES (999, 'future', '')").run();
    expect(storeCode(() => migrate(store.db))).toBe('E_STORE');
  });
});

describe('store errors', () => {
  it('gives E_STORE when writing to a read-only store', () => {
    const path = join(tmp, 'readonly.db');
    openStore(path).close();
    const store = openStore(path, { readonly: true });
    expect(storeCode(() => save(store, corpus()[0]))).toBe('E_STORE');
    store.close();
  });

  it('names the read-only cause in the E_STORE message', () => {
    const path = join(tmp, 'readonly-message.db');
    openStore(path).close();
    const store = openStore(path, { readonly: true });
    expect(() => save(store, corpus()[0])).toThrow(/read-only/);
    store.close();
  });

  it('gives E_STORE when the disk is full, and keeps no partial article', () => {
    const store = openStore(join(tmp, 'full.db'));
    save(store, corpus()[0]);
    const pages = Number(store.db.pragma('page_count', { simple: true }));
    // A size cap just above the current size stands in for a full disk.
    store.db.pragma(`max_page_count = ${pages + 1}`);
    const big = { ...corpus()[1], text: corpus()[1].text + ' filler'.repeat(200_000) };
    expect(storeCode(() => save(store, big))).toBe('E_STORE');
    expect(() => save(store, big)).toThrow(/full/);
    expect(count(store, 'articles')).toBe(1);
    expect(count(store, 'quotes')).toBe(2);
    store.close();
  });

  it('gives E_STORE when the file is not a database', () => {
    const path = join(tmp, 'not-a-db.db');
    writeFileSync(path, 'this is plain text, not SQLite '.repeat(100));
    expect(storeCode(() => openStore(path))).toBe('E_STORE');
  });

  it('gives E_STORE when the store cannot be created', () => {
    const file = join(tmp, 'a-file');
    writeFileSync(file, 'x');
    expect(storeCode(() => openStore(join(file, 'inside', 'store.db')))).toBe('E_STORE');
  });

  it('gives E_STORE when a read-only store does not exist', () => {
    expect(storeCode(() => openStore(join(tmp, 'missing.db'), { readonly: true }))).toBe('E_STORE');
  });
});

describe('saving results', () => {
  it('stores a result and reads back exactly the same readout/1 result', () => {
    const store = openStore(':memory:');
    const reader = createReader();
    const result = reader.read({
      id: 'doc-1',
      text: 'Ministers meet in Paris\nThe Foreign Secretary, James Cleverly, met his French counterpart on Tuesday. "We stand together," he said.\n',
      published: '2023-09-20',
    });
    const { articleId } = saveResult(store, { externalId: 'doc-1', hash: contentHash(result.text), raw: result.text, format: 'text' }, result);
    expect(getArticle(store, articleId)!.result).toEqual(result);
  });

  it('counts the stored articles read by other rules than the given ones, leaving error rows out', () => {
    const store = openStore(':memory:');
    save(store, { ...buildResult('old', 'Talks resumed in Oslo.'), rules: { quotes: '1.0.0' } });
    save(store, { ...buildResult('new', 'Talks ended in Bergen.'), rules: { quotes: '2.0.0' } });
    saveFailure(store, { externalId: 'bad', hash: 'b'.repeat(64), raw: null, format: 'text' }, { code: 'E_INPUT_EMPTY', message: 'empty' });
    expect(countReadByOtherRules(store, { quotes: '2.0.0' })).toBe(1);
    expect(countReadByOtherRules(store, { quotes: '3.0.0' })).toBe(2);
  });

  it('reads back hand-built results with every fact and extension field', () => {
    const store = openStore(':memory:');
    for (const result of corpus()) expect(getArticle(store, save(store, result).articleId)!.result).toEqual(result);
  });

  it('reads back extension fields it has no column for', () => {
    const store = openStore(':memory:');
    const [base] = corpus();
    const result = {
      ...base,
      future: { note: 'a field a later stage adds' },
      events: base.events.map((event) => ({ ...event, sourceActor: { code: 'USAGOV', country: 'USA', sector: 'GOV' } })),
      entities: base.entities.map((entity) => ({ ...entity, salience: 0.5 })),
    };
    expect(getArticle(store, save(store, result).articleId)!.result).toEqual(result);
  });

  it('prepares a result whose extension fields are named form and error, and reads them back', () => {
    const store = openStore(':memory:');
    const result = { ...buildResult('fields', 'Talks\nAna met Bo in Riga.'), form: 'interview', error: 'none found' };
    expect(getArticle(store, save(store, result).articleId)!.result).toEqual(result);
  });

  it('stores a group of documents in one transaction with saveBatch, skipping those already stored', () => {
    const store = openStore(':memory:');
    const [a, b, c] = corpus();
    save(store, a);
    const source = (r: typeof a) => ({ externalId: r.id, hash: contentHash(r.text), raw: r.text, format: 'text' });
    const failure = { source: { externalId: 'bad', hash: contentHash('bad'), raw: 'bad', format: 'auto' }, output: { id: 'bad', error: { code: 'E_INPUT_EMPTY', message: 'empty' } } };
    const outcomes = saveBatch(store, [{ source: source(a), output: a }, { source: source(b), output: b }, failure, { source: source(c), output: c }]);
    expect(outcomes.map((o) => o.stored)).toEqual([false, true, true, true]);
    expect(listArticles(store).total).toBe(4);
  });

  it('never reuses the id of an entity created by a transaction that was rolled back', () => {
    const store = openStore(':memory:');
    const first = buildResult('n1', 'Zofia Nowak spoke.', { entities: [{ name: 'Zofia Nowak' }] });
    const source = (r: typeof first) => ({ externalId: r.id, hash: contentHash(r.text), raw: r.text, format: 'text' });
    // The second document breaks the articles table's NOT NULL format, after the first one has created the entity.
    const broken = { source: { ...source(first), hash: 'other', format: null as unknown as string }, output: buildResult('n2', 'Again.') };
    expect(storeCode(() => saveBatch(store, [{ source: source(first), output: first }, broken]))).toBe('E_STORE');
    expect(count(store, 'entities')).toBe(0);
    const { articleId } = save(store, first);
    expect(getArticle(store, articleId)!.entityIds.e1).toBe(entityId(store, 'Zofia Nowak'));
    expect(store.db.pragma('foreign_key_check')).toEqual([]);
  });

  it('finds an entity stored by an earlier transaction again in a later one', () => {
    const store = openStore(':memory:');
    const one = save(store, buildResult('m1', 'Zofia Nowak spoke.', { entities: [{ name: 'Zofia Nowak' }] })).articleId;
    const two = save(store, buildResult('m2', 'Later, Zofia Nowak left.', { entities: [{ name: 'Zofia Nowak' }] })).articleId;
    expect(getArticle(store, two)!.entityIds.e1).toBe(getArticle(store, one)!.entityIds.e1);
    expect(getEntity(store, entityId(store, 'Zofia Nowak'))!.entity.articles).toBe(2);
  });

  it('keeps every offset valid when the text holds unpaired surrogates', () => {
    const store = openStore(':memory:');
    const text = 'Ab\uD800cd Xi met \uDC00Blinken 🙂 in Beijing.';
    const result = buildResult('s', text, { entities: [{ name: 'Blinken', forms: ['\uDC00Blinken', 'Xi'] }] });
    const back = getArticle(store, save(store, result).articleId)!.result!;
    expect(back.text).toBe('Ab\uFFFDcd Xi met \uFFFDBlinken 🙂 in Beijing.');
    for (const m of back.entities[0].mentions) expect(back.text.slice(m.start, m.end)).toBe(m.text);
    expect(searchSentences(store, 'Beijing').items[0].text).toBe(back.text);
  });

  it('replaces an unpaired surrogate in an entity name when the text has none', () => {
    const store = openStore(':memory:');
    const result = buildResult('n', 'Xi met Blinken in Beijing.', { entities: [{ name: 'Blinken' }] });
    result.entities[0].name = '\uD800Blinken';
    const back = getArticle(store, save(store, result).articleId)!;
    expect(back.result!.entities[0].name).toBe('\uFFFDBlinken');
    expect(getEntity(store, back.entityIds.e1)!.entity.name).toBe('\uFFFDBlinken');
  });

  it('stores a backslash followed by "ud8" as it is', () => {
    const store = openStore(':memory:');
    const result = buildResult('b', 'The path C:\\ud8 was named.', { entities: [{ name: 'C:\\ud8' }] });
    expect(getArticle(store, save(store, result).articleId)!.result).toEqual(result);
  });

  it('changes nothing when the same input is saved again', () => {
    const store = filled();
    const tables = ['articles', 'entities', 'article_entities', 'quotes', 'events', 'event_mentions', 'articles_fts_docsize', 'quotes_fts_docsize'];
    const before = tables.map((table) => count(store, table));
    const entitiesBefore = store.db.prepare('SELECT * FROM entities ORDER BY id').all();
    for (const result of corpus()) expect(save(store, result).stored).toBe(false);
    expect(tables.map((table) => count(store, table))).toEqual(before);
    expect(store.db.prepare('SELECT * FROM entities ORDER BY id').all()).toEqual(entitiesBefore);
  });

  it('records a document that failed as an error row, once', () => {
    const store = openStore(':memory:');
    const source = { externalId: 'bad', hash: contentHash('bad bytes'), raw: 'bad bytes', format: 'auto' };
    expect(saveFailure(store, source, { code: 'E_INPUT_EMPTY', message: 'readout: empty' }).stored).toBe(true);
    expect(saveFailure(store, source, { code: 'E_INPUT_EMPTY', message: 'readout: empty' }).stored).toBe(false);
    const page = listArticles(store, { status: 'error' });
    expect(page.total).toBe(1);
    expect(page.items[0].error).toEqual({ code: 'E_INPUT_EMPTY', message: 'readout: empty' });
    expect(getArticle(store, page.items[0].id)!.result).toBeNull();
  });

  it('keeps the raw input and the rules version of every fact', () => {
    const store = filled();
    const id = listArticles(store).items.find((article) => article.externalId === 'a')!.id;
    expect(getArticleRaw(store, id)!.raw!.toString('utf8')).toBe(corpus()[0].text);
    const versions = store.db.prepare(`SELECT DISTINCT rules_version FROM quotes UNION SELECT DISTINCT rules ->> '$.events' FROM articles WHERE status = 'ok'
      UNION SELECT DISTINCT rules ->> '$.times' FROM articles WHERE status = 'ok'`).pluck().all();
    expect(versions).toEqual(['1.0.0']);
    const reports = [...allEventMentions(store)];
    expect(reports.length).toBeGreaterThan(0);
    expect(new Set(reports.map((report) => report.rulesVersion))).toEqual(new Set(['1.0.0']));
  });

  it('stores the text each fact quotes, equal to the slice of the article text', () => {
    const store = filled();
    const rows = store.db.prepare(`SELECT a.text AS body, m.value ->> 'start' AS start, m.value ->> 'end' AS "end", m.value ->> 'text' AS text
        FROM articles a, json_each(a.entities) e, json_each(e.value, '$.mentions') m
      UNION ALL SELECT a.text, t.value ->> 'start', t.value ->> 'end', t.value ->> 'text' FROM articles a, json_each(a.times) t
      UNION ALL SELECT a.text, v.value ->> '$.trigger.start', v.value ->> '$.trigger.end', v.value ->> '$.trigger.text' FROM articles a, json_each(a.events) v
      UNION ALL SELECT a.text, q.start, q."end", q.text FROM quotes q JOIN articles a ON a.id = q.article_id`).all() as { body: string; start: number; end: number; text: string }[];
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) expect(row.body.slice(row.start, row.end)).toBe(row.text);
  });
});

describe('saving results prepared apart (as ingest\'s workers prepare them)', () => {
  /** Every row of the store but the times it was written, as one comparable value. */
  function contents(store: Store): unknown {
    const tables = ['articles', 'article_raw', 'entities', 'article_entities', 'quotes', 'events', 'event_mentions'];
    return tables.map((table) => store.db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all().map((row) => ({ ...(row as object), ingested_at: null })));
  }

  it('stores a prepared result, sent as a structured clone, exactly as the result itself', () => {
    const direct = openStore(':memory:');
    const prepared = openStore(':memory:');
    for (const result of corpus()) {
      const source = { externalId: result.id, hash: contentHash(result.text), raw: result.text, format: 'text' };
      saveBatch(direct, [{ source, output: result }]);
      saveBatch(prepared, [{ source, output: structuredClone(prepareResult(result)) }]);
    }
    expect(contents(prepared)).toEqual(contents(direct));
    // Both stores prepare each result (saveBatch prepares what is not prepared yet), so the stored values are checked
    // against the corpus itself too.
    corpus().forEach((result, index) => expect(getArticle(prepared, index + 1)!.result).toEqual(result));
    expect(searchQuotes(prepared, { q: 'progress' }).items).toMatchObject([{ text: 'We made progress,', articleId: 1, speaker: { name: 'Antony Blinken' } }]);
    const meeting = getEvent(prepared, 1)!;
    expect(meeting.event).toMatchObject({ type: 'CONSULT', date: '2023-06-19', mentions: 2, articles: 2, source: { name: 'Antony Blinken' }, target: { name: 'Xi Jinping' } });
    expect(meeting.mentions.map((report) => [report.articleId, report.trigger.text])).toEqual([[1, 'met'], [2, 'met']]);
  });

  it('names an own event\'s one report on its event row instead of a report row, and gives every report an id of its own', () => {
    const store = filled();
    const own = store.db.prepare("SELECT id, article_id AS articleId, local_id AS localId FROM events WHERE key LIKE 'own:%'").all() as { id: number; articleId: number; localId: string }[];
    expect(own).toEqual([{ id: expect.any(Number), articleId: 3, localId: 'v2' }]);
    expect(store.db.prepare('SELECT COUNT(*) FROM event_reports WHERE event_id = ?').pluck().get(own[0].id)).toBe(0);
    expect(getEvent(store, own[0].id)!.mentions).toMatchObject([{ id: own[0].id, articleId: 3, localId: 'v2', trigger: { text: 'meet' } }]);
    const ids = [...allEventMentions(store)].map((report) => report.id);
    expect(ids).toHaveLength(5);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('prepares an event without a date or without an actor entity as its article\'s own, and a dated one between entities as mergeable', () => {
    const text = 'Talks\nAna met Bo on Monday. Crowds protested. Ana will visit.';
    const result = buildResult('own', text, {
      entities: [{ name: 'Ana' }, { name: 'Bo' }],
      events: [
        { type: 'CONSULT', trigger: 'met', source: 0, target: 1, date: '2024-05-06' },
        { type: 'PROTEST', trigger: 'protested', source: null, target: null, date: '2024-05-06' },
        { type: 'CONSULT', trigger: 'visit', source: 0, target: null, date: null },
      ],
    });
    expect(prepareResult(result).events.own).toEqual([false, true, true]);
  });

  it('prepares the days a dated event covers, for date-range filters', () => {
    const result = buildResult('week', 'Talks\nAna met Bo that week.', {
      entities: [{ name: 'Ana' }, { name: 'Bo' }],
      events: [{ type: 'CONSULT', trigger: 'met', source: 0, target: 1, date: '2024-W19' }],
    });
    const { events } = prepareResult(result);
    expect([events.dateStarts[0], events.dateEnds[0]]).toEqual([timexRange('2024-W19')!.start, timexRange('2024-W19')!.end]);
  });
});

describe('merging across articles', () => {
  it('makes one entity of the same knowledge-base id in several articles', () => {
    const store = filled();
    const blinken = searchEntities(store, { q: 'Antony Blinken' }).items;
    expect(blinken).toHaveLength(1);
    expect(blinken[0]).toMatchObject({ kb: 'Q1', articles: 3, country: 'USA' });
  });

  it('makes one entity of the same normalised name and type when no knowledge-base id is known', () => {
    const store = filled();
    expect(searchEntities(store, { q: 'wang yi' }).items).toMatchObject([{ name: 'Wang Yi', kb: null, articles: 2 }]);
  });

  it('keeps the roles every article gives an entity', () => {
    const store = filled();
    expect(getEntity(store, entityId(store, 'Antony Blinken'))!.entity.roles).toEqual([{ title: 'Secretary of State', of: 'USA' }, { title: 'diplomat' }]);
  });

  it('makes one event of the same meeting reported by two articles, with both sources', () => {
    const store = filled();
    const meetings = listEvents(store, { type: 'CONSULT', from: '2023-06-19', to: '2023-06-19' });
    expect(meetings.total).toBe(1);
    expect(meetings.items[0]).toMatchObject({ mentions: 2, articles: 2, date: '2023-06-19' });
    const detail = getEvent(store, meetings.items[0].id)!;
    expect(detail.mentions.map((m) => m.articleTitle)).toEqual(['Blinken meets Xi in Beijing', 'US and China steady ties']);
    expect(detail.mentions[0].trigger.text).toBe('met');
  });

  it('gives each report of an event its evidence as the slice of its article\'s text', () => {
    const store = filled();
    for (const event of listEvents(store, { limit: 500 }).items) {
      for (const mention of getEvent(store, event.id)!.mentions) {
        const text = getArticle(store, mention.articleId)!.result!.text;
        expect(mention.evidence.text).toBe(text.slice(mention.evidence.start, mention.evidence.end));
        expect(mention.evidence.text.length).toBeGreaterThan(0);
      }
    }
  });

  it('merges events, entities and their counts the same whether the articles come in one transaction or one each', () => {
    const oneEach = filled();
    const together = openStore(':memory:');
    saveBatch(together, corpus().map((r) => ({ source: { externalId: r.id, hash: contentHash(r.text), raw: r.text, format: 'text', origin: r.id }, output: r })));
    for (const table of ['events', 'entities', 'event_mentions']) {
      expect(together.db.prepare(`SELECT * FROM ${table} ORDER BY id`).all()).toEqual(oneEach.db.prepare(`SELECT * FROM ${table} ORDER BY id`).all());
    }
  });

  it('keeps events without a date apart', () => {
    const store = filled();
    const undated = store.db.prepare('SELECT COUNT(*) FROM events WHERE date IS NULL').pluck().get();
    expect(undated).toBe(1);
    expect(listEvents(store, {}).total).toBe(4);
  });

  it('does not merge entities of the same name and different types', () => {
    const store = openStore(':memory:');
    const [a] = corpus();
    save(store, a);
    const other = { ...a, text: `${a.text} `, entities: a.entities.map((e) => (e.name === 'Wang Yi' ? { ...e, type: 'ORG' as const } : e)) };
    save(store, other);
    expect(searchEntities(store, { q: 'Wang Yi' }).items.map((e) => e.type).sort()).toEqual(['ORG', 'PERSON']);
  });
});

describe('queries', () => {
  it('lists articles newest first, in pages', () => {
    const store = filled();
    const first = listArticles(store, { limit: 2 });
    expect(first.total).toBe(3);
    expect(first.items.map((a) => a.externalId)).toEqual(['c', 'b']);
    expect(listArticles(store, { limit: 2, offset: 2 }).items.map((a) => a.externalId)).toEqual(['a']);
    expect(first.items[1].counts).toEqual({ entities: 3, quotes: 1, events: 1 });
  });

  it('filters articles by title words and publication dates', () => {
    const store = filled();
    expect(listArticles(store, { title: 'steady' }).items.map((a) => a.externalId)).toEqual(['b']);
    expect(listArticles(store, { from: '2023-06-20', to: '2023-06-20' }).items.map((a) => a.externalId)).toEqual(['b']);
    expect(listArticles(store, { title: '100%_' }).total).toBe(0);
  });

  it('maps an article\'s local ids to store ids', () => {
    const store = filled();
    const readout = getArticle(store, 1)!;
    expect(readout.entityIds.e1).toBe(entityId(store, 'Antony Blinken'));
    expect(Object.keys(readout.eventIds)).toEqual(['v1', 'v2']);
    expect(Object.keys(readout.quoteIds)).toEqual(['q1', 'q2']);
  });

  it('returns null for an unknown article, entity or event', () => {
    const store = filled();
    expect(getArticle(store, 999)).toBeNull();
    expect(getEntity(store, 999)).toBeNull();
    expect(getEvent(store, 999)).toBeNull();
  });

  it('finds entities by part of the name, accents and case folded, exact match first', () => {
    const store = filled();
    expect(searchEntities(store, { q: 'XI' }).items.map((e) => e.name)).toEqual(['Xi', 'Xi Jinping']);
    expect(searchEntities(store, { type: 'GPE' }).items.map((e) => e.name)).toEqual(['United States']);
    expect(searchEntities(store, { q: '%' }).total).toBe(0);
  });

  it('gives an entity page with aliases, quotes and events as source and target', () => {
    const store = filled();
    const page = getEntity(store, entityId(store, 'Antony Blinken'))!;
    expect(page.aliases.map((a) => a.name)).toEqual(['Antony Blinken']);
    expect(page.quotes.items.map((q) => q.text).sort()).toEqual(["It's something we are going to keep pushing on.", 'We made progress,']);
    expect(page.asSource.total).toBe(3);
    const xi = getEntity(store, entityId(store, 'Xi Jinping'))!;
    expect(xi.asTarget.total).toBe(1);
  });

  it('filters events by actor, type, date range and modality', () => {
    const store = filled();
    const wang = entityId(store, 'Wang Yi');
    expect(listEvents(store, { actor: wang }).items.map((e) => e.type)).toEqual(['ACCUSE']);
    expect(listEvents(store, { type: ['ACCUSE', 'CONSULT'] }).total).toBe(4);
    expect(listEvents(store, { modality: 'possible' }).total).toBe(2);
    expect(listEvents(store, { from: '2023-08-01', to: '2023-08-31' }).items.map((e) => e.date)).toEqual(['2023-Q3']);
    expect(listEvents(store, { to: '2023-06-30' }).total).toBe(2);
  });

  it('lists events in pages, latest first', () => {
    const store = filled();
    const page = listEvents(store, { limit: 1, offset: 1 });
    expect(page).toMatchObject({ total: 4, limit: 1, offset: 1 });
    expect(page.items[0].date).toBe('2023-06-19');
  });

  it('rejects bad paging and dates with E_USAGE', () => {
    const store = filled();
    expect(storeCode(() => listEvents(store, { limit: 0 }))).toBe('E_USAGE');
    expect(storeCode(() => listArticles(store, { offset: -1 }))).toBe('E_USAGE');
    expect(storeCode(() => listEvents(store, { from: 'yesterday' }))).toBe('E_USAGE');
    expect(listArticles(store, { limit: 1_000_000 }).limit).toBe(500);
  });

  it('draws who met and who accused whom as a network', () => {
    const store = filled();
    const met = eventNetwork(store, { type: 'CONSULT', to: '2023-06-30' });
    expect(met.edges).toEqual([{ source: entityId(store, 'Antony Blinken'), target: entityId(store, 'Xi Jinping'), type: 'CONSULT', events: 1, mentions: 2 }]);
    expect(met.nodes.map((n) => n.name).sort()).toEqual(['Antony Blinken', 'Xi Jinping']);
    const accused = eventNetwork(store, { type: 'ACCUSE' });
    expect(accused.edges.map((e) => [e.source, e.target])).toEqual([[entityId(store, 'Wang Yi'), entityId(store, 'United States')]]);
  });

  it('counts dated events per day, week or month on a timeline', () => {
    const store = filled();
    expect(eventTimeline(store, {})).toEqual([
      { period: '2023-06-19', type: 'ACCUSE', events: 1, mentions: 1 },
      { period: '2023-06-19', type: 'CONSULT', events: 1, mentions: 2 },
      { period: '2023-07-01', type: 'CONSULT', events: 1, mentions: 1 },
    ]);
    expect(eventTimeline(store, { bucket: 'month', type: 'CONSULT' }).map((p) => p.period)).toEqual(['2023-06', '2023-07']);
    expect(eventTimeline(store, { bucket: 'week' })[0].period).toBe('2023-06-19');
  });

  it('finds quotes by words and by quoted phrase, best first', () => {
    const store = filled();
    expect(searchQuotes(store, { q: 'progress' }).items.map((q) => q.text)).toEqual(['We made progress,']);
    expect(searchQuotes(store, { q: '"supposed China"' }).items[0].speaker?.name).toBe('Wang Yi');
    expect(searchQuotes(store, { q: '"China supposed"' }).total).toBe(0);
    expect(searchQuotes(store, { q: 'stabil*' }).total).toBe(1);
  });

  it('filters quotes by speaker and modality', () => {
    const store = filled();
    expect(searchQuotes(store, { speaker: entityId(store, 'Xi Jinping') }).items.map((q) => q.localId)).toEqual(['q1']);
    expect(searchQuotes(store, { modality: 'reported' }).total).toBe(1);
  });

  it('finds sentences by words, with their article', () => {
    const store = filled();
    const hits = searchSentences(store, 'Beijing');
    expect(hits.total).toBe(2);
    expect(new Set(hits.items.map((h) => h.articleId))).toEqual(new Set([1, 2]));
  });
});

describe('sentence search over whole-article full-text rows', () => {
  /** A result whose sentences are the given strings, joined by one space. */
  function sentencesResult(id: string, sentences: string[]) {
    const text = sentences.join(' ');
    let start = 0;
    const spans = sentences.map((sentence) => {
      const span = { start, end: start + sentence.length };
      start = span.end + 1;
      return span;
    });
    return { ...buildResult(id, text), sentences: spans };
  }

  function searchStore(...results: ReturnType<typeof sentencesResult>[]): Store {
    const store = openStore(':memory:');
    for (const result of results) save(store, result);
    return store;
  }

  it('gives only the sentences of a matching article that hold the words, with their offsets', () => {
    const store = searchStore(sentencesResult('a', ['The port reopened.', 'Wheat ships left at dawn.', 'Prices fell.']));
    expect(searchSentences(store, 'wheat').items.map(({ articleId, start, end, text }) => ({ articleId, start, end, text })))
      .toEqual([{ articleId: 1, start: 19, end: 44, text: 'Wheat ships left at dawn.' }]);
  });

  it('needs every word in the same sentence, not anywhere in the article', () => {
    const store = searchStore(sentencesResult('a', ['Wheat ships left.', 'The port reopened.']));
    expect(searchSentences(store, 'wheat port').total).toBe(0);
    expect(searchSentences(store, 'wheat ships').total).toBe(1);
  });

  it('does not match a quoted phrase that runs across two sentences', () => {
    const store = searchStore(sentencesResult('a', ['They sold wheat.', 'Ships left.']));
    expect(searchSentences(store, '"wheat ships"').total).toBe(0);
    expect(searchSentences(store, '"sold wheat"').total).toBe(1);
  });

  it('folds case and accents and honours a trailing star, as the index does', () => {
    const store = searchStore(sentencesResult('a', ['The Équipe won.', 'Sanctions were lifted.']));
    expect(searchSentences(store, 'equipe').items.map((hit) => hit.text)).toEqual(['The Équipe won.']);
    expect(searchSentences(store, 'sanction*').items.map((hit) => hit.text)).toEqual(['Sanctions were lifted.']);
  });

  it('counts every matching sentence of every article and pages through them', () => {
    const store = searchStore(
      sentencesResult('a', ['Grain one.', 'Nothing here.', 'Grain two.']),
      sentencesResult('b', ['Grain three.', 'Grain four.']),
    );
    const all = searchSentences(store, 'grain');
    expect(all.total).toBe(4);
    const page = searchSentences(store, 'grain', { limit: 2, offset: 1 });
    expect(page.total).toBe(4);
    expect(page.items).toEqual(all.items.slice(1, 3));
    expect(page.estimated).toBe(false);
  });

  it('estimates the total of a word found in more articles than it counts, from a sample of them, and says so', () => {
    const results = Array.from({ length: 300 }, (_, i) => sentencesResult(`r${i}`, [`Grain left port ${i}.`, 'Rain fell.', `Grain came back ${i}.`]));
    const store = searchStore(...results);
    const page = searchSentences(store, 'grain', { limit: 10 });
    expect(page.items).toHaveLength(10);
    expect(page.estimated).toBe(true);
    expect(page.total).toBe(600);
    const exact = searchSentences(store, '"grain left port 7"');
    expect(exact).toMatchObject({ total: 1, estimated: false });
  });
});

describe('full-text search with hostile input', () => {
  const hostile = ['"', '""', 'AND', 'OR', 'NOT', 'NEAR(', 'NEAR(a b', '*', 'a*b', '(', ')', '^', 'text:', 'col:x', '-', '+x',
    "'; DROP TABLE quotes; --", '\u0000', '"unclosed', 'a "b c', 'Xi" OR "1"="1', '\\', '%', '{x}', 'é*', '🙂'];

  it.each(hostile)('never errors on %j', (input) => {
    const store = filled();
    expect(() => searchQuotes(store, { q: input })).not.toThrow();
    expect(() => searchSentences(store, input)).not.toThrow();
    expect(() => searchEntities(store, { q: input })).not.toThrow();
    expect(count(store, 'quotes')).toBe(4);
  });

  it('reads FTS operators as plain words', () => {
    expect(ftsQuery('a AND b')).toBe('"a" "AND" "b"');
    expect(ftsQuery('NEAR(x y)')).toBe('"NEAR x" "y"');
    expect(ftsQuery('"not bluffing"')).toBe('"not bluffing"');
    expect(ftsQuery('sanction*')).toBe('"sanction"*');
  });

  it('matches nothing when the input holds no word', () => {
    expect(ftsQuery('" * ( ) ^')).toBeNull();
    expect(searchQuotes(filled(), { q: '"*"' }).total).toBe(0);
  });
});

describe('TIMEX3 date ranges', () => {
  it.each([
    ['2023-09-20', '2023-09-20', '2023-09-20'],
    ['2023-09-20T10:00', '2023-09-20', '2023-09-20'],
    ['2023-W38', '2023-09-18', '2023-09-24'],
    ['2023-02', '2023-02-01', '2023-02-28'],
    ['2024-Q1', '2024-01-01', '2024-03-31'],
    ['2024-H2', '2024-07-01', '2024-12-31'],
    ['2024', '2024-01-01', '2024-12-31'],
  ])('reads %s as %s to %s', (value, start, end) => {
    expect(timexRange(value)).toEqual({ start, end });
  });

  it.each(['P1M', 'PAST_REF', 'XXXX-09-20', ''])('gives no range for %j', (value) => {
    expect(timexRange(value)).toBeNull();
  });
});
