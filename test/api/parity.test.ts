// The API over PostgreSQL gives the JSON it gives over SQLite for the same documents. Each store's writer numbers
// entities and events in its own order, and the full-text indexes rank by their own measures (bm25, ts_rank), so
// store ids are left out and the items of a list compared whatever their order; every other field must be equal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { createApp } from '../../src/api/app.js';
import { fixtureDocuments } from './fixture.js';
import { STORE_KINDS, type TestStore } from './stores.js';

const [sqliteKind, pgKind] = STORE_KINDS;

/** Routes whose answers hold every item the filters match (no page cut where ties of ids would decide). */
const PATHS = [
  '/api/articles', '/api/articles?title=rwanda&from=2023-01-01', '/api/articles/1', '/api/articles/2', '/api/articles/4',
  '/api/sentences?q=Lavrov', '/api/sentences?q=said&limit=200', '/api/entities?limit=200', '/api/entities?q=cleverly&type=PERSON',
  '/api/events?limit=200', '/api/events?type=CONSULT,ACCUSE&modality=asserted', '/api/events?from=2022-09-01&to=2022-09-30&limit=200',
  '/api/quotes?limit=200', '/api/quotes?q=treaty', '/api/quotes?article=1', '/api/network', '/api/timeline?bucket=week',
  '/api/timeline?bucket=month', '/api/timeline', '/api/health',
];

/** An answer without store ids of entities, events, reports and quotes, its lists as sorted JSON texts of their items. */
function comparable(body: unknown): unknown {
  const text = JSON.stringify(body, (key, value) => {
    if (typeof value === 'number' && ['id', 'eventId', 'source', 'target'].includes(key)) return undefined;
    // When the article was stored, and the maps from its local ids to store ids.
    if (['ingestedAt', 'entityIds', 'eventIds', 'quoteIds'].includes(key)) return undefined;
    return value;
  });
  return JSON.parse(text, (_key, value) => (Array.isArray(value) ? value.map((item) => JSON.stringify(item)).sort() : value));
}

describe.skipIf(pgKind.skip !== null)('the API on PostgreSQL and on SQLite', () => {
  const stores: TestStore[] = [];
  const apps: Hono[] = [];

  /** Each store's answer to a path, SQLite's first. */
  const answers = (path: (store: TestStore) => Promise<string>) => Promise.all(stores.map(async (store, at) => {
    const response = await apps[at].request(await path(store), { headers: { host: 'localhost' } });
    return response.json();
  }));

  beforeAll(async () => {
    for (const kind of [sqliteKind, pgKind]) {
      const store = await kind.open();
      stores.push(store);
      await store.save(fixtureDocuments());
      apps.push(createApp({ reads: store.reads, webRoot: null }));
    }
  });

  afterAll(async () => {
    for (const store of stores) await store.close();
    pgKind.stop();
  });

  it.each(PATHS)('answers %s alike', async (path) => {
    const [sqlite, postgres] = await answers(async () => path);
    expect(comparable(postgres)).toEqual(comparable(sqlite));
  });

  it('gives an entity\'s page alike', async () => {
    const [sqlite, postgres] = await answers(async (store) => `/api/entities/${await store.entityId('James Cleverly')}`);
    expect(sqlite.quotes.total).toBeGreaterThan(0);
    expect(comparable(postgres)).toEqual(comparable(sqlite));
  });
});
