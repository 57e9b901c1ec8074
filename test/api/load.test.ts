// A bounded load run on loopback in every test run: 200 connections on the read routes must get answers, all
// 2xx, none dropped. Latency and throughput are measured by `npx tsx bench/load.ts`, never asserted here.
import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/cli/serve.js';
import { buildStore } from './fixture.js';

const { store, seedId } = buildStore();
let server: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  server = await startServer({ store, port: 0 });
});
afterAll(async () => {
  await server.close();
});

describe('the API under load', () => {
  it.each([
    'api/articles',
    `api/articles/${seedId}`,
    'api/entities?limit=50',
    'api/events?type=CONSULT,ACCUSE',
    'api/quotes?q=Russia',
  ])('answers 2,000 requests from 200 connections to /%s with no error', async (path) => {
    const result = await autocannon({ url: `${server.url}${path}`, connections: 200, amount: 2_000, timeout: 20 });
    expect({ errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx }).toEqual({ errors: 0, timeouts: 0, non2xx: 0 });
    expect(result.requests.total).toBe(2_000);
  }, 60_000);
});
