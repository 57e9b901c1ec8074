import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildResult, corpus } from '../../test/store/fixtures.js';
import { postgresSkipReason, startCluster, type Cluster } from '../../test/helpers/postgres.js';
import type { ReadoutResult } from '../result/types.js';
import { contentHash, getArticle, openStore, saveBatch, type BatchDocument } from '../store/index.js';
import { PG_MIGRATIONS, migratePg } from './migrations.js';
import { closePgStore, openPgStore, type PgStore } from './pg.js';
import { searchPgQuotes, searchPgSentences } from './queries.js';
import { allPgOutputs } from './read.js';
import { savePgBatch } from './save.js';

let cluster: Cluster;
let databases = 0;

/** A fresh, migrated store in a database of its own. */
async function freshStore(connections?: number): Promise<PgStore> {
  return openPgStore(await freshDatabase(), connections);
}

async function freshDatabase(): Promise<string> {
  return cluster.createDatabase(`test${++databases}`);
}

/** A document as ingest gives it to the writer: the result with its source, hashed from its text. */
function documentOf(result: ReadoutResult): BatchDocument {
  return { source: { externalId: result.id, hash: contentHash(result.text), raw: result.text, format: 'text', origin: result.id }, output: result };
}

async function count(store: PgStore, sql: string): Promise<number> {
  return Number((await store.pool.query(sql)).rows[0].count);
}

async function exported(store: PgStore): Promise<unknown[]> {
  const lines = [];
  for await (const output of allPgOutputs(store)) lines.push(output);
  return lines;
}

describe.skipIf(postgresSkipReason !== null)('the PostgreSQL store', () => {
  beforeAll(() => {
    cluster = startCluster();
  });
  afterAll(() => cluster?.stop());

  it('migrates an empty database and records every migration once, however often it is opened', async () => {
    const url = await freshDatabase();
    const store = await openPgStore(url);
    expect(await migratePg(store.pool)).toBe(PG_MIGRATIONS.length);
    const again = await openPgStore(url);
    const { rows } = await store.pool.query('SELECT version FROM schema_migrations ORDER BY version');
    expect(rows.map((row) => row.version)).toEqual(PG_MIGRATIONS.map((migration) => migration.version));
    await closePgStore(again);
    await closePgStore(store);
  });

  it('migrates once when several processes open a new database at the same time', async () => {
    const url = await freshDatabase();
    const stores = await Promise.all([1, 2, 3].map(() => openPgStore(url)));
    expect(await count(stores[0], 'SELECT count(*) FROM schema_migrations')).toBe(PG_MIGRATIONS.length);
    await Promise.all(stores.map(closePgStore));
  });

  it('names itself for messages without the password its URL gives, in the user information or the query', async () => {
    // The test cluster trusts every local connection: the passwords are not checked.
    const url = (await freshDatabase()).replace('//postgres@', '//postgres:s3cret@');
    const store = await openPgStore(`${url}&password=t0p-s3cret`);
    expect(store.where).not.toMatch(/s3cret/u);
    await closePgStore(store);
  });

  it('finds its tables when the URL asks for another search_path', async () => {
    // The test cluster's URL names its socket folder with ?host=, so the option follows with &.
    const store = await openPgStore(`${await freshDatabase()}&options=${encodeURIComponent('-c search_path=public')}`);
    await savePgBatch(store, corpus().map(documentOf));
    expect(await exported(store)).toHaveLength(corpus().length);
    await closePgStore(store);
  });

  it('gives one entity with two mentions when two articles name the same person', async () => {
    const store = await freshStore();
    const one = buildResult('one', 'Mira Olsen spoke in Bergen.', { entities: [{ name: 'Mira Olsen' }] });
    const two = buildResult('two', 'Later, Mira Olsen left Bergen.', { entities: [{ name: 'Mira Olsen' }] });
    await savePgBatch(store, [documentOf(one)]);
    await savePgBatch(store, [documentOf(two)]);
    const { rows } = await store.pool.query('SELECT id, article_count, mention_count FROM entities');
    expect(rows).toEqual([{ id: rows[0].id, article_count: 2, mention_count: 2 }]);
    expect(await count(store, `SELECT count(*) FROM article_entities WHERE entity_id = ${rows[0].id}`)).toBe(2);
    await closePgStore(store);
  });

  it('gives one event with two reports when two articles report the same meeting, and joins a bare name to its linked entity', async () => {
    const store = await freshStore();
    await savePgBatch(store, corpus().map(documentOf));
    const { rows } = await store.pool.query(`SELECT e.id, e.mention_count, e.article_count, count(r.id) AS reports FROM events e
      JOIN event_reports r ON r.event_id = e.id WHERE e.key LIKE 'CONSULT|%|2023-06-19' GROUP BY e.id`);
    expect(rows).toEqual([{ id: rows[0].id, mention_count: 2, article_count: 2, reports: 2 }]);
    const blinken = (await store.pool.query("SELECT article_count, roles FROM entities WHERE key = 'kb:Q1'")).rows[0];
    expect(blinken.article_count).toBe(3);
    expect(blinken.roles).toEqual([{ title: 'Secretary of State', of: 'USA' }, { title: 'diplomat' }]);
    await closePgStore(store);
  });

  it('adds counts right when many writers store articles naming the same entities at once', async () => {
    const store = await freshStore(8);
    const results = Array.from({ length: 24 }, (_, n) => buildResult(`w${n}`, `Report ${n}: Mira Olsen met Ivo Lund in Bergen.`, {
      entities: [{ name: 'Mira Olsen' }, { name: 'Ivo Lund' }],
      events: [{ type: 'CONSULT', trigger: 'met', source: n % 2, target: 1 - (n % 2), date: '2024-03-01' }],
    }));
    await Promise.all(Array.from({ length: 6 }, (_, writer) => savePgBatch(store, results.filter((_, n) => n % 6 === writer).map(documentOf))));
    const entities = (await store.pool.query('SELECT article_count, mention_count FROM entities ORDER BY key')).rows;
    expect(entities).toEqual([{ article_count: 24, mention_count: 24 }, { article_count: 24, mention_count: 24 }]);
    const events = (await store.pool.query('SELECT mention_count, article_count FROM events')).rows;
    expect(events).toEqual([{ mention_count: 24, article_count: 24 }]);
    await closePgStore(store);
  });

  it('changes nothing when the same documents are saved again', async () => {
    const store = await freshStore();
    const documents = corpus().map(documentOf);
    await savePgBatch(store, documents);
    const tables = ['articles', 'entities', 'article_entities', 'quotes', 'events', 'event_reports', 'times'];
    const before = await Promise.all(tables.map((table) => count(store, `SELECT count(*) FROM ${table}`)));
    const counts = 'SELECT sum(article_count + mention_count) AS count FROM entities';
    const entityCounts = await count(store, counts);
    const outcomes = await savePgBatch(store, documents);
    expect(outcomes.map((outcome) => outcome.stored)).toEqual([false, false, false]);
    expect(await Promise.all(tables.map((table) => count(store, `SELECT count(*) FROM ${table}`)))).toEqual(before);
    expect(await count(store, counts)).toBe(entityCounts);
    await closePgStore(store);
  });

  it('records a failed document as an error row and stores the rest of its batch', async () => {
    const store = await freshStore();
    const [good] = corpus();
    const failed: BatchDocument = {
      source: { externalId: 'blank.txt', hash: contentHash(''), raw: '', format: 'text', origin: 'blank.txt' },
      output: { id: 'blank.txt', error: { code: 'E_INPUT_EMPTY', message: 'blank.txt: no text' } },
    };
    const outcomes = await savePgBatch(store, [failed, documentOf(good)]);
    expect(outcomes.map((outcome) => outcome.stored)).toEqual([true, true]);
    expect((await store.pool.query('SELECT status, error_code FROM articles ORDER BY id')).rows)
      .toEqual([{ status: 'error', error_code: 'E_INPUT_EMPTY' }, { status: 'ok', error_code: null }]);
    await closePgStore(store);
  });

  it('reads back every result exactly as the SQLite store does', async () => {
    const store = await freshStore();
    const documents = corpus().map(documentOf);
    await savePgBatch(store, documents);
    const sqlite = openStore(':memory:');
    const ids = saveBatch(sqlite, documents).map((outcome) => outcome.articleId);
    expect(JSON.stringify(await exported(store))).toBe(JSON.stringify(ids.map((id) => getArticle(sqlite, id)!.result)));
    sqlite.close();
    await closePgStore(store);
  });

  it('finds quotes and sentences by their words through the full-text indexes', async () => {
    const store = await freshStore();
    await savePgBatch(store, corpus().map(documentOf));
    expect((await searchPgQuotes(store, { q: 'stabilise TIES' })).items.map((hit) => hit.text)).toEqual(['The two sides agreed to stabilise ties,']);
    expect((await searchPgQuotes(store, { q: 'push*' })).items.map((hit) => hit.text)).toEqual(["It's something we are going to keep pushing on."]);
    expect((await searchPgQuotes(store, { q: '" AND (' })).items).toEqual([]);
    expect((await searchPgSentences(store, '"Wang Yi" present')).total).toBe(1);
    await closePgStore(store);
  });
});
