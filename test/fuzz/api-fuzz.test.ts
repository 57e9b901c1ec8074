import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { openStore } from '../../src/store/db.js';
import { createReader } from '../../src/readout.js';
import { expectValidSpans } from '../helpers/spans.js';
import { anyText, randomHtml } from './cases.js';

const app = createApp({ store: openStore(':memory:'), webRoot: null, reader: createReader(), log: () => {} });
const headers = { host: 'localhost', 'content-type': 'application/json' };

/** A response keeps the promise: a result, or a client error with a code, never a 5xx or a stack trace. */
async function expectSound(response: Response): Promise<void> {
  const body = await response.text();
  expect(response.status, body.slice(0, 200)).toBeLessThan(500);
  expect(body).not.toMatch(/\n\s+at .+:\d+:\d+/u);
  const json = JSON.parse(body);
  if (response.status === 200) expectValidSpans(json);
  else expect(json.error.code).toMatch(/^E_/u);
}

describe('POST /api/extract under fuzzing (seeded slice; npm run fuzz runs longer)', () => {
  it('answers random text documents soundly', async () => {
    await fc.assert(fc.asyncProperty(anyText, async (text) => {
      await expectSound(await app.request('/api/extract', { method: 'POST', headers, body: JSON.stringify({ text }) }));
    }), { numRuns: 100, seed: 11 });
  });

  it('answers random HTML documents soundly', async () => {
    await fc.assert(fc.asyncProperty(randomHtml, async (html) => {
      await expectSound(await app.request('/api/extract', { method: 'POST', headers, body: JSON.stringify({ html }) }));
    }), { numRuns: 100, seed: 12 });
  });

  it('answers random request bodies soundly', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(fc.string(), fc.json(), fc.uint8Array({ maxLength: 300 })), async (body) => {
      await expectSound(await app.request('/api/extract', { method: 'POST', headers, body }));
    }), { numRuns: 150, seed: 13 });
  });
});

describe('read routes under fuzzed query parameters', () => {
  const routes = ['/api/articles', '/api/entities', '/api/events', '/api/quotes', '/api/network', '/api/timeline'];
  const names = ['page', 'limit', 'q', 'actor', 'type', 'from', 'to', 'modality', 'source', 'target', 'offset', 'by'];
  it('never answer with a server error', async () => {
    await fc.assert(fc.asyncProperty(fc.constantFrom(...routes), fc.dictionary(fc.constantFrom(...names), fc.string({ maxLength: 30 })), async (route, query) => {
      await expectSound(await app.request(`${route}?${new URLSearchParams(query)}`, { headers: { host: 'localhost' } }));
    }), { numRuns: 300, seed: 14 });
  });
});
