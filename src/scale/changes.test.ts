import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresSkipReason, startCluster, type Cluster } from '../../test/helpers/postgres.js';
import { corpus } from '../../test/store/fixtures.js';
import { contentHash } from '../store/index.js';
import { watchPgChanges, type ChangeWatch } from './changes.js';
import { closePgStore, openPgStore, type PgStore } from './pg.js';
import { savePgBatch } from './save.js';

/** Resolves once `watch`'s stamp differs from `from` (notifications arrive just after commit); gives up after 5 s. */
async function stampAfter(watch: ChangeWatch, from: string): Promise<string> {
  for (let waited = 0; waited < 5000 && watch.stamp() === from; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
  return watch.stamp();
}

describe.skipIf(postgresSkipReason !== null)('the PostgreSQL store\'s change stamp', () => {
  let cluster: Cluster;
  let databases = 0;
  const opened: { store: PgStore; watch: ChangeWatch }[] = [];

  /** A fresh store and a watch on it. */
  async function watched(): Promise<{ store: PgStore; watch: ChangeWatch }> {
    const url = await cluster.createDatabase(`changes${++databases}`);
    const store = await openPgStore(url);
    const both = { store, watch: await watchPgChanges(url) };
    opened.push(both);
    return both;
  }

  beforeAll(() => {
    cluster = startCluster();
  });
  afterAll(async () => {
    for (const { store, watch } of opened) {
      await watch.close();
      await closePgStore(store);
    }
    cluster?.stop();
  });

  it('stays the same while nothing is written', async () => {
    const { watch } = await watched();
    const stamp = watch.stamp();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(watch.stamp()).toBe(stamp);
  });

  it('moves once another connection commits articles', async () => {
    const { store, watch } = await watched();
    const before = watch.stamp();
    const [result] = corpus();
    await savePgBatch(store, [{ source: { externalId: result.id, hash: contentHash(result.text), raw: result.text, format: 'text' }, output: result }]);
    expect(await stampAfter(watch, before)).not.toBe(before);
  });

  it('moves on every look while its connection is lost', async () => {
    const { store, watch } = await watched();
    await store.pool.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN%' AND datname = current_database()");
    const lost = await stampAfter(watch, watch.stamp());
    expect(watch.stamp()).not.toBe(lost);
  });
});
