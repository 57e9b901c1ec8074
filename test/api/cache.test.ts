// Kept answers: the same bytes and headers as the application gives, and dropped as soon as the store changes,
// whether this connection or another process writes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedResponder, createApp, CONTENT_SECURITY_POLICY, LOOPBACK_HOSTS } from '../../src/api/app.js';
import { ResponseCache } from '../../src/api/cache.js';
import { listen, type RunningServer } from '../../src/api/server.js';
import { WEB_ROOT } from '../../src/cli/serve.js';
import { openStore, type Store } from '../../src/store/db.js';
import { ingest, seedInput } from './fixture.js';

describe('the response cache', () => {
  let folder: string;
  let store: Store;
  let cache: ResponseCache;
  let server: RunningServer;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'readout-cache-'));
    store = openStore(join(folder, 'store.db'));
    ingest(store, seedInput());
    cache = new ResponseCache(store.db);
    const app = createApp({ store, webRoot: WEB_ROOT, cache, log: () => {} });
    server = await listen(app, { host: '127.0.0.1', port: 0, before: cachedResponder(cache, LOOPBACK_HOSTS) });
  });

  afterAll(async () => {
    await server.close();
    store.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('gives a kept answer with the same body and security headers as the first one', async () => {
    const first = await fetch(`${server.url}api/entities?q=clev`);
    const firstBody = await first.text();
    expect(cache.size).toBeGreaterThan(0);
    const second = await fetch(`${server.url}api/entities?q=clev`);
    expect(await second.text()).toBe(firstBody);
    expect(second.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(second.headers.get('content-type')).toBe(first.headers.get('content-type'));
    expect(second.headers.get('cache-control')).toBe('no-store');
  });

  it('keeps no error answers', async () => {
    const before = cache.size;
    expect((await fetch(`${server.url}api/articles?limit=999`)).status).toBe(400);
    expect((await fetch(`${server.url}api/articles/424242`)).status).toBe(404);
    expect(cache.size).toBe(before);
  });

  it('refuses a foreign Host header even for a kept answer', async () => {
    await fetch(`${server.url}api/articles`);
    const answer = await new Promise<number>((resolve, reject) => {
      import('node:http').then(({ request }) => {
        const req = request({ host: '127.0.0.1', port: server.port, path: '/api/articles', headers: { host: 'evil.example' } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end();
      }, reject);
    });
    expect(answer).toBe(421);
  });

  it('drops kept answers when another connection (an ingest process) writes to the store', async () => {
    const before = (await (await fetch(`${server.url}api/articles`)).json()).total;
    const other = openStore(store.path);
    ingest(other, { id: 'later', text: 'Antony Blinken met Wang Yi in Beijing on Monday, officials said.', published: '2023-06-19' });
    other.close();
    const after = (await (await fetch(`${server.url}api/articles`)).json()).total;
    expect(after).toBe(before + 1);
  });

  it('drops kept answers when this connection writes to the store', async () => {
    const before = (await (await fetch(`${server.url}api/articles`)).json()).total;
    ingest(store, { id: 'later-still', text: 'The minister said talks with Kyiv would resume on Friday.', published: '2023-06-20' });
    const after = (await (await fetch(`${server.url}api/articles`)).json()).total;
    expect(after).toBe(before + 1);
  });
});

describe('the response cache over a store that changes while an answer is computed', () => {
  const answer = { body: Buffer.from('{"total":1}'), type: 'application/json' };

  it('drops an answer when the store changed after its stamp was taken', () => {
    let generation = 0;
    const cache = new ResponseCache(() => String(generation));
    const stamp = cache.stampNow();
    generation++;
    cache.set('/api/articles', answer, stamp);
    expect(cache.get('/api/articles')).toBeUndefined();
  });

  it('keeps an answer when the store held still since its stamp was taken', () => {
    const cache = new ResponseCache(() => 'still');
    cache.set('/api/articles', answer, cache.stampNow());
    expect(cache.get('/api/articles')).toBe(answer);
  });
});
