// The HTTP API, route by route: answers, validation (400 naming the parameter), unknown ids (404), limits (413, page
// size), coded errors without stack traces, security headers, and static files that cannot leave their folder.
import { existsSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { Hono } from 'hono';
import { createApp, CONTENT_SECURITY_POLICY } from '../../src/api/app.js';
import { listen, type RunningServer } from '../../src/api/server.js';
import { WEB_ROOT } from '../../src/cli/serve.js';
import type { Store } from '../../src/store/db.js';
import { buildStore, fixtureDocuments } from './fixture.js';
import { STORE_KINDS, type TestStore } from './stores.js';

// The routes that do not read the store (POST /api/extract, the UI's files) are tested on SQLite only.
let store: Store;
let app: Hono;
const logged: unknown[] = [];

beforeAll(() => {
  ({ store } = buildStore());
  app = createApp({ store, webRoot: WEB_ROOT, maxBodyBytes: 64 * 1024, log: (error) => logged.push(error) });
});

afterAll(() => store.close());

async function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: any; headers: Headers }> {
  return getFrom(app, path, headers);
}

/** A GET request to `target` as a browser on loopback sends it: the status, the body (parsed when JSON) and the headers. */
async function getFrom(target: Hono, path: string, headers: Record<string, string>): Promise<{ status: number; body: any; headers: Headers }> {
  const response = await target.request(path, { headers: { host: '127.0.0.1:8080', ...headers } });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch { /* not JSON: a static file */ }
  return { status: response.status, body, headers: response.headers };
}

async function post(path: string, body: string, headers: Record<string, string> = { 'content-type': 'application/json' }): Promise<{ status: number; body: any }> {
  const response = await app.request(path, { method: 'POST', body, headers: { host: 'localhost', ...headers } });
  return { status: response.status, body: await response.json() };
}

// The read routes and their errors, the same tests on every store the API can read.
describe.each(STORE_KINDS)('on the $name store', (kind) => {
  let store: TestStore;
  let app: Hono;
  let seedId: number;
  let cleverly: number;
  const get = (path: string, headers: Record<string, string> = {}) => getFrom(app, path, headers);

  afterAll(() => kind.stop());

  describe.skipIf(kind.skip !== null)('the store\'s routes', () => {
    beforeAll(async () => {
      store = await kind.open();
      [seedId] = await store.save(fixtureDocuments());
      app = createApp({ reads: store.reads, webRoot: WEB_ROOT, maxBodyBytes: 64 * 1024, log: (error) => logged.push(error) });
      cleverly = await store.entityId('James Cleverly');
    });

    afterAll(() => store?.close());

    describe('read routes', () => {
      it('lists articles newest first with their counts', async () => {
        const { status, body } = await get('/api/articles');
        expect(status).toBe(200);
        expect(body.total).toBeGreaterThanOrEqual(4);
        expect(body.items[0].published >= body.items[1].published).toBe(true);
        expect(body.items.find((a: any) => a.id === seedId).counts.quotes).toBeGreaterThan(0);
      });

      it('filters articles by title words and by date range', async () => {
        expect((await get('/api/articles?title=Rwanda')).body.items.map((a: any) => a.externalId)).toEqual(['13-cleverly-rwanda-treaty-kigali']);
        const { body } = await get('/api/articles?from=2023-01-01&to=2023-12-31');
        expect(body.items.map((a: any) => a.externalId).sort()).toEqual(['03-blinken-xi-beijing', '13-cleverly-rwanda-treaty-kigali']);
      });

      it('gives an article\'s full readout with offsets that index its text', async () => {
        const { status, body } = await get(`/api/articles/${seedId}`);
        expect(status).toBe(200);
        const { result } = body;
        expect(result.schema).toBe('readout/1');
        for (const quote of result.quotes) expect(result.text.slice(quote.start, quote.end)).toBe(quote.text);
        for (const time of result.times) expect(result.text.slice(time.start, time.end)).toBe(time.text);
        for (const entity of result.entities) {
          expect(body.entityIds[entity.id]).toBeTypeOf('number');
          for (const m of entity.mentions) expect(result.text.slice(m.start, m.end)).toBe(m.text);
        }
        for (const event of result.events) expect(result.text.slice(event.trigger.start, event.trigger.end)).toBe(event.trigger.text);
        expect(result.events.length).toBeGreaterThan(0);
      });

      it('gives a document that could not be read as its error, without a result', async () => {
        const [articleId] = await store.save([{ source: { externalId: 'broken.html', hash: 'f'.repeat(64), raw: '<html></html>', format: 'html' },
          output: { id: 'broken.html', error: { code: 'E_HTML_NO_ARTICLE', message: 'readout: the page holds no article text' } } }]);
        const { status, body } = await get(`/api/articles/${articleId}`);
        expect(status).toBe(200);
        expect(body.result).toBeNull();
        expect(body.article).toMatchObject({ status: 'error', error: { code: 'E_HTML_NO_ARTICLE' } });
        expect((await get('/api/articles?status=error')).body.items.map((a: any) => a.id)).toEqual([articleId]);
      });

      it('searches entities by part of their name', async () => {
        const { body } = await get('/api/entities?q=cleverl&type=PERSON');
        expect(body.items[0].name).toBe('James Cleverly');
      });

      it('gives an entity\'s page with what they said, their events as source and target, and their articles', async () => {
        const { status, body } = await get(`/api/entities/${cleverly}`);
        expect(status).toBe(200);
        expect(body.entity.name).toBe('James Cleverly');
        expect(body.quotes.total).toBeGreaterThan(0);
        expect(body.quotes.items.every((q: any) => q.speaker.id === cleverly)).toBe(true);
        expect(body.asSource.items.every((e: any) => e.source.id === cleverly)).toBe(true);
        expect(body.asSource.items[0].evidence[0].evidence.text.length).toBeGreaterThan(0);
        expect(body.articles.length).toBe(body.entity.articles);
      });

      it('filters events by actor, type, modality and date range', async () => {
        const all = (await get('/api/events?limit=200')).body;
        expect(all.total).toBeGreaterThan(0);
        const byActor = (await get(`/api/events?actor=${cleverly}`)).body.items;
        expect(byActor.length).toBeGreaterThan(0);
        expect(byActor.every((e: any) => e.source?.id === cleverly || e.target?.id === cleverly)).toBe(true);
        const consult = (await get('/api/events?type=CONSULT,ACCUSE&modality=asserted')).body.items;
        expect(consult.every((e: any) => ['CONSULT', 'ACCUSE'].includes(e.type) && e.modality === 'asserted')).toBe(true);
        const dated = (await get('/api/events?from=2022-09-01&to=2022-09-30')).body.items;
        expect(dated.length).toBeGreaterThan(0);
        expect(dated.every((e: any) => e.dateEnd >= '2022-09-01' && e.dateStart <= '2022-09-30')).toBe(true);
      });

      it('gives each listed event\'s reports with their actors as written, also an actor that is no known entity', async () => {
        const { items } = (await get('/api/events?limit=200')).body;
        const reports = items.flatMap((event: any) => event.evidence.map((report: any) => ({ event, report })));
        const unlinked = reports.find(({ event, report }: any) => event.source === null && report.sourceText !== null);
        expect(unlinked).toBeDefined();
        const { result } = (await get(`/api/articles/${unlinked.report.articleId}`)).body;
        const written = unlinked.report.sourceText;
        expect(result.text.slice(written.start, written.end)).toBe(written.text);
      });

      it('finds quotes by their words and by speaker', async () => {
        const { body } = await get('/api/quotes?q=resilience%20defiance');
        expect(body.items[0].speaker.name).toBe('James Cleverly');
        const bySpeaker = (await get(`/api/quotes?speaker=${cleverly}`)).body;
        expect(bySpeaker.total).toBeGreaterThan(0);
      });

      it.each([
        ['a lone double quote', '"'],
        ['FTS operators', 'NEAR(a b) AND OR NOT *'],
        ['a column filter', 'text:war'],
        ['SQL', "'; DROP TABLE quotes; --"],
        ['only punctuation', '()*^-'],
        ['a caret and braces', '^{war}'],
      ])('searches quotes safely when the words hold %s', async (_name, q) => {
        const { status, body } = await get(`/api/quotes?q=${encodeURIComponent(q)}`);
        expect(status).toBe(200);
        expect(Array.isArray(body.items)).toBe(true);
      });

      it('searches sentences of the articles', async () => {
        const { status, body } = await get('/api/sentences?q=Lavrov');
        expect(status).toBe(200);
        expect(body.items[0].text).toContain('Lavrov');
      });

      it('gives the network of who met or accused whom as nodes and typed edges', async () => {
        const { status, body } = await get('/api/network');
        expect(status).toBe(200);
        const ids = new Set(body.nodes.map((n: any) => n.id));
        expect(body.edges.length).toBeGreaterThan(0);
        for (const edge of body.edges) {
          expect(['CONSULT', 'ACCUSE']).toContain(edge.type);
          expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
        }
      });

      it('gives the timeline as counts per period and type', async () => {
        const { status, body } = await get('/api/timeline?bucket=month');
        expect(status).toBe(200);
        expect(body.bucket).toBe('month');
        expect(body.points.length).toBeGreaterThan(0);
        expect(body.points.every((p: any) => /^\d{4}-\d{2}$/.test(p.period) && p.events > 0)).toBe(true);
      });

      it('reports health with the store\'s counts', async () => {
        const { body } = await get('/api/health');
        expect(body.status).toBe('ok');
        expect(body.counts.articles).toBeGreaterThanOrEqual(4);
      });

      it('describes every route in an OpenAPI document built from the validation schemas', async () => {
        const { status, body } = await get('/api/openapi.json');
        expect(status).toBe(200);
        expect(body.openapi).toBe('3.1.0');
        for (const path of ['/api/articles', '/api/articles/{id}', '/api/entities', '/api/entities/{id}', '/api/events', '/api/quotes',
          '/api/network', '/api/timeline', '/api/extract']) expect(body.paths[path]).toBeDefined();
        const limit = body.paths['/api/events'].get.parameters.find((p: any) => p.name === 'limit');
        expect(limit.in).toBe('query');
      });
    });

    describe('bad input', () => {
      it.each([
        ['/api/articles?limit=abc', 'limit'],
        ['/api/articles?limit=0', 'limit'],
        ['/api/articles?offset=-1', 'offset'],
        ['/api/articles?from=2023-02-30', 'from'],
        ['/api/articles?to=yesterday', 'to'],
        ['/api/articles?status=maybe', 'status'],
        ['/api/articles?colour=red', 'colour'],
        ['/api/articles?limit=1&limit=2', 'limit'],
        ['/api/articles/abc', 'id'],
        ['/api/articles/0', 'id'],
        ['/api/articles/1e3', 'id'],
        ['/api/articles/99999999999999999999', 'id'],
        ['/api/entities?type=PERSONS', 'type'],
        ['/api/entities/-4', 'id'],
        ['/api/events?type=MEET', 'type'],
        ['/api/events?type=CONSULT,', 'type'],
        ['/api/events?modality=rumoured', 'modality'],
        ['/api/events?actor=me', 'actor'],
        ['/api/quotes?speaker=1.5', 'speaker'],
        [`/api/quotes?q=${'w'.repeat(201)}`, 'q'],
        ['/api/sentences', 'q'],
        ['/api/network?type=HUG', 'type'],
        ['/api/timeline?bucket=year', 'bucket'],
        [`/api/articles/${1}?x=1`, 'x'],
      ])('refuses %s with a 400 naming "%s"', async (path, param) => {
        const { status, body } = await get(path);
        expect(status).toBe(400);
        expect(body.error.code).toBe('E_PARAM');
        expect(body.error.param).toBe(param);
        expect(body.error.message).toContain(param);
      });

      it('refuses a page larger than 200 with E_PAGE_TOO_LARGE', async () => {
        const { status, body } = await get('/api/events?limit=201');
        expect(status).toBe(400);
        expect(body.error).toMatchObject({ code: 'E_PAGE_TOO_LARGE', param: 'limit' });
      });

      it.each(['/api/articles/987654', '/api/entities/987654'])('answers %s with 404 E_NOT_FOUND', async (path) => {
        const { status, body } = await get(path);
        expect(status).toBe(404);
        expect(body.error.code).toBe('E_NOT_FOUND');
      });

      it('answers an unknown API route with 404 E_ROUTE and a wrong method with 405', async () => {
        expect((await get('/api/nothing')).body.error.code).toBe('E_ROUTE');
        const response = await app.request('/api/articles', { method: 'DELETE', headers: { host: 'localhost' } });
        expect(response.status).toBe(405);
        expect(response.headers.get('allow')).toBe('GET');
      });

      it('refuses requests addressed to a host name other than loopback (DNS rebinding)', async () => {
        const { status, body, headers } = await get('/api/articles', { host: 'attacker.example:8080' });
        expect(status).toBe(421);
        expect(headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
        expect(body.error.code).toBe('E_HOST');
      });

      it('gives E_INTERNAL without a stack trace when a query fails, and logs the failure', async () => {
        const broken = await kind.open();
        onTestFinished(() => broken.close());
        await broken.save(fixtureDocuments());
        const failing = createApp({ reads: broken.reads, webRoot: null, log: (error) => logged.push(error) });
        await broken.breakQuoteSearch();
        const response = await failing.request('/api/quotes?q=war', { headers: { host: 'localhost' } });
        const text = await response.text();
        expect(response.status).toBeGreaterThanOrEqual(500);
        expect(text).not.toMatch(/at \S+ \(|\.ts:\d+|sqlite|quotes_fts|node_modules/i);
        expect(JSON.parse(text).error.code).toMatch(/^E_(INTERNAL|STORE)$/);
        expect(logged.length).toBeGreaterThan(0);
      });
    });
  });
});

describe('POST /api/extract', () => {
  it('reads one text document into a readout/1 result', async () => {
    const { status, body } = await post('/api/extract', JSON.stringify({ text: 'James Cleverly met Sergei Lavrov in New York on Thursday.', published: '2022-09-21' }));
    expect(status).toBe(200);
    expect(body.schema).toBe('readout/1');
    expect(body.entities.map((e: any) => e.name)).toContain('James Cleverly');
  });

  it('reads an HTML page', async () => {
    const paragraphs = ['The foreign minister said on Sunday that the talks would resume on Monday in Geneva, after a pause of two weeks.',
      'Officials from both delegations were expected to meet early in the morning, according to a statement from the ministry.',
      'The last round ended without agreement on the withdrawal of troops from the border region, which both sides claim.'];
    const html = `<html><head><title>Talks to resume</title></head><body><nav>Home</nav><article><h1>Talks to resume</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const { status, body } = await post('/api/extract', JSON.stringify({ html }));
    expect(status).toBe(200);
    expect(body.text).toContain('talks would resume');
  });

  it('refuses a body larger than the cap with 413 E_BODY_TOO_LARGE', async () => {
    const { status, body } = await post('/api/extract', JSON.stringify({ text: 'x '.repeat(40 * 1024) }));
    expect(status).toBe(413);
    expect(body.error.code).toBe('E_BODY_TOO_LARGE');
  });

  it('refuses a body that is not JSON, not an object, or not sent as JSON', async () => {
    expect((await post('/api/extract', '{"text": ')).body.error.code).toBe('E_BODY_JSON');
    expect((await post('/api/extract', '[1, 2]')).body.error.code).toBe('E_BODY_JSON');
    const plain = await post('/api/extract', 'hello', { 'content-type': 'text/plain' });
    expect(plain.status).toBe(415);
    expect(plain.body.error.code).toBe('E_MEDIA_TYPE');
  });

  it.each([
    [{}, 'text'],
    [{ text: 'a', html: '<p>a</p>' }, 'text'],
    [{ text: 42 }, 'text'],
    [{ text: 'Hello there.', published: 'last week' }, 'published'],
    [{ text: 'Hello there.', colour: 'red' }, 'colour'],
  ])('refuses the body %j with a 400 naming "%s"', async (input, param) => {
    const { status, body } = await post('/api/extract', JSON.stringify(input));
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: 'E_PARAM', param });
  });

  it('answers 503 E_BUSY with Retry-After when too many documents are waiting', async () => {
    const busy = { pending: 16, extract: () => { throw new Error('not called'); }, close: async () => {} };
    const app2 = createApp({ store, webRoot: null, extractor: busy, log: () => {} });
    const response = await app2.request('/api/extract', { method: 'POST', body: '{"text": "Hello there."}', headers: { host: 'localhost', 'content-type': 'application/json' } });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect((await response.json()).error.code).toBe('E_BUSY');
  });

  it('gives the reader\'s own error code for a document it cannot read', async () => {
    const { status, body } = await post('/api/extract', JSON.stringify({ text: '   ' }));
    expect(status).toBe(422);
    expect(body.error.code).toBe('E_INPUT_EMPTY');
  });
});

describe('web UI files and headers', () => {
  it('serves the UI with a Content-Security-Policy that forbids inline script', async () => {
    const { status, headers, body } = await get('/');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toContain('text/html');
    expect(body).toContain('<main');
    const csp = headers.get('content-security-policy') ?? '';
    expect(csp).toBe(CONTENT_SECURITY_POLICY);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('puts the security headers on API answers and errors too', async () => {
    for (const path of ['/api/articles', '/api/articles/abc', '/api/nothing']) {
      const { headers } = await get(path);
      expect(headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('serves the UI\'s scripts as JavaScript', async () => {
    const { status, headers } = await get('/app.js');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toContain('text/javascript');
  });

  it('answers a missing file with 404', async () => {
    expect((await get('/nothing-here.js')).status).toBe(404);
  });
});

describe('path traversal over a real socket', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await listen(app, { host: '127.0.0.1', port: 0 });
  });

  afterAll(() => server.close());

  /** Sends the path exactly as written (no client-side normalisation) and gives status and body. */
  function raw(path: string): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port: server.port, path, method: 'GET', headers: { host: `127.0.0.1:${server.port}` } }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => { body += chunk; });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.end();
    });
  }

  it.each([
    '/..%2f..%2fpackage.json',
    '/..%2F..%2Fpackage.json',
    '/%2e%2e/%2e%2e/package.json',
    '/%2e%2e%2f%2e%2e%2fpackage.json',
    '/..%5c..%5cpackage.json',
    '/....//....//package.json',
    '/%252e%252e%252fpackage.json',
    '/views/..%2f..%2fpackage.json',
    '/..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
    '/%2fetc%2fpasswd',
    '/..%00/package.json',
    '/.git/config',
    '/%c0%ae%c0%ae/package.json',
    '/../package.json',
    '/../../etc/passwd',
  ])('never serves a file outside web/ for %s', async (path) => {
    const { status, body } = await raw(path);
    expect([400, 404]).toContain(status);
    expect(body).not.toContain('"devDependencies"');
    expect(body).not.toContain('root:');
    expect(body).not.toContain('[core]');
  });

  it('serves the UI over the socket with the CSP header', async () => {
    const response = await fetch(server.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe.skipIf(!existsSync(new URL('../../dist/batch/worker.js', import.meta.url)))('POST /api/extract on a worker thread (needs npm run build)', () => {
  it('reads a document through the worker extractor and answers errors with their codes', async () => {
    const { workerExtractor } = await import('../../src/api/extractor.js');
    const extractor = workerExtractor({ timeoutMs: 60_000 });
    const worker = createApp({ store, webRoot: null, extractor, log: () => {} });
    try {
      const ask = (body: unknown) => worker.request('/api/extract', { method: 'POST', body: JSON.stringify(body), headers: { host: 'localhost', 'content-type': 'application/json' } });
      const [ok, empty] = await Promise.all([ask({ text: 'Antony Blinken met Wang Yi in Beijing on Monday.', published: '2023-06-19' }), ask({ text: ' ' })]);
      expect(ok.status).toBe(200);
      expect((await ok.json()).entities.map((e: any) => e.name)).toContain('Antony Blinken');
      expect(empty.status).toBe(422);
      expect((await empty.json()).error.code).toBe('E_INPUT_EMPTY');
    } finally {
      await extractor.close();
    }
  });

  it('answers a document past the time cap with 503 E_TIMEOUT and keeps serving', async () => {
    const { workerExtractor } = await import('../../src/api/extractor.js');
    const extractor = workerExtractor({ timeoutMs: 1 });
    const worker = createApp({ store, webRoot: null, extractor, log: () => {} });
    try {
      const response = await worker.request('/api/extract', { method: 'POST', body: JSON.stringify({ text: 'Talks resumed. '.repeat(2000) }), headers: { host: 'localhost', 'content-type': 'application/json' } });
      expect(response.status).toBe(503);
      expect((await response.json()).error.code).toBe('E_TIMEOUT');
      expect((await worker.request('/api/health', { headers: { host: 'localhost' } })).status).toBe(200);
    } finally {
      await extractor.close();
    }
  });
});
