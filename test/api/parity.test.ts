// The API over PostgreSQL gives the JSON it gives over SQLite for the same documents, lists in the same order. Each
// store's writer numbers entities and events in its own order, and the full-text indexes rank by their own measures
// (bm25, ts_rank), so store ids are left out, and the lists ordered by those (ties broken by entity or event id, or a
// rank) are compared whatever their order; every other field must be equal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { createApp } from '../../src/api/app.js';
import { fixtureDocuments } from './fixture.js';
import { STORE_KINDS, type TestStore } from './stores.js';

const [sqliteKind, pgKind] = STORE_KINDS;

/**
 * Routes whose answers hold every item the filters match (no page cut where ties of ids would decide), each with the
 * lists (dotted paths in the answer) whose order may differ: ties broken by store ids of entities or events, or ranks.
 */
const PATHS: [string, string[]][] = [
  ['/api/articles', []], ['/api/articles?title=rwanda&from=2023-01-01', []], ['/api/articles/1', []], ['/api/articles/2', []],
  ['/api/articles/4', []], ['/api/sentences?q=Lavrov', ['items']], ['/api/sentences?q=said&limit=200', ['items']],
  ['/api/entities?limit=200', ['items']], ['/api/entities?q=cleverly&type=PERSON', ['items']], ['/api/events?limit=200', ['items']],
  ['/api/events?type=CONSULT,ACCUSE&modality=asserted', ['items']], ['/api/events?from=2022-09-01&to=2022-09-30&limit=200', ['items']],
  ['/api/quotes?limit=200', []], ['/api/quotes?q=treaty', ['items']], ['/api/quotes?article=1', []], ['/api/network', ['nodes', 'edges']],
  ['/api/timeline?bucket=week', []], ['/api/timeline?bucket=month', []], ['/api/timeline', []], ['/api/health', []],
];

/** An answer without store ids of entities, events, reports and quotes, the lists at `unordered` sorted. */
function comparable(body: unknown, unordered: readonly string[]): unknown {
  const answer = JSON.parse(JSON.stringify(body, (key, value) => {
    if (typeof value === 'number' && ['id', 'eventId', 'source', 'target'].includes(key)) return undefined;
    // When the article was stored, and the maps from its local ids to store ids.
    if (['ingestedAt', 'entityIds', 'eventIds', 'quoteIds'].includes(key)) return undefined;
    return value;
  }));
  for (const path of unordered) {
    const keys = path.split('.');
    const holder = keys.slice(0, -1).reduce((at, key) => at[key], answer);
    const last = keys[keys.length - 1];
    holder[last] = (holder[last] as unknown[]).map((item) => JSON.stringify(item)).sort();
  }
  return answer;
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

  it.each(PATHS)('answers %s alike', async (path, unordered) => {
    const [sqlite, postgres] = await answers(async () => path);
    expect(comparable(postgres, unordered)).toEqual(comparable(sqlite, unordered));
  });

  it('gives an entity\'s page alike', async () => {
    const [sqlite, postgres] = await answers(async (store) => `/api/entities/${await store.entityId('James Cleverly')}`);
    expect(sqlite.quotes.total).toBeGreaterThan(0);
    const unordered = ['asSource.items', 'asTarget.items'];
    expect(comparable(postgres, unordered)).toEqual(comparable(sqlite, unordered));
  });
});
