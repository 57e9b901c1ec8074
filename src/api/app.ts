// The HTTP API and the web UI's files, as one Hono application. Every route validates its input with the schemas in
// schemas.ts; every failure is a coded JSON error; every response carries the security headers.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { z } from 'zod';
import { createReader, type Reader } from '../readout.js';
import type { ReadoutOutput } from '../result/types.js';
import type { Store } from '../store/db.js';
import { cacheKey, type ResponseCache } from './cache.js';
import { ApiError, documentError, errorResponse } from './errors.js';
import type { Extractor } from './extractor.js';
import { openApiDocument, ROUTES } from './openapi.js';
import { withEvidence } from './queries.js';
import { sqliteReads, type StoreReads } from './reads.js';
import {
  articlesQuery, entitiesQuery, eventsQuery, extractBody, idParams, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, networkQuery, noQuery, quotesQuery, sentencesQuery,
  timelineQuery,
} from './schemas.js';
import { staticCache } from './static.js';

/** Most quotes, events and articles an entity's page lists (each). */
const ENTITY_PAGE_ITEMS = 100;

/** Most POST /api/extract documents waiting at once; beyond it, 503 E_BUSY (each may hold up to a body's size). */
const MAX_PENDING_EXTRACTS = 16;

/** Default cap on a request body: 1 MiB, room for a long article's HTML page. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/**
 * The Content-Security-Policy of every response: scripts and styles only from the server's own files (no inline
 * script, no eval), no plugins, no <base> rewriting, no framing, and fetches only back to the server.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'", "font-src 'self'",
  "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'",
].join('; ');

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Settings of the application. */
export interface AppOptions {
  /** The SQLite store to serve; or give `reads`. */
  store?: Store;
  /** Any store's reads (the PostgreSQL store's, src/scale/queries.ts); when given, `store` is not read. */
  reads?: StoreReads;
  /** Folder of the web UI's files; null serves the API alone. */
  webRoot?: string | null;
  /** Cap on a request body in bytes (default 1 MiB); beyond it, 413 E_BODY_TOO_LARGE. */
  maxBodyBytes?: number;
  /** Reads POST /api/extract documents off the server's thread (see extractor.ts); without one, `reader` reads in-process. */
  extractor?: Extractor;
  /** The in-process reader used when there is no extractor; built on first use when not given. */
  reader?: Reader;
  /**
   * Host names requests may address (port aside). A server on loopback accepts only loopback names, so a web page
   * elsewhere cannot reach it by pointing a DNS name at 127.0.0.1. null accepts any.
   */
  allowedHosts?: readonly string[] | null;
  /** Where failures the client is not told about go (default: standard error, one line each). */
  log?: (error: unknown) => void;
  /** Version reported in the OpenAPI description. */
  version?: string;
  /** Keeps GET answers until the store changes; none when not given. */
  cache?: ResponseCache | null;
}

/** Host names that address this machine's loopback interface. */
export const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

/** Whether a Host header names a host this server answers for (port aside); a request without one is let through. */
function hostAllowed(header: string | undefined, allowed: readonly string[] | null): boolean {
  const host = (header ?? '').toLowerCase().replace(/:\d+$/, '');
  return !allowed || !host || allowed.includes(host);
}

/** The headers every answer carries: the security headers, and no caching by clients of API answers. */
function headersFor(path: string): Record<string, string> {
  return { ...SECURITY_HEADERS, 'Cache-Control': path.startsWith('/api/') ? 'no-store' : 'no-cache' };
}

/**
 * Answers GET requests whose answer the cache keeps straight from Node's request, before Hono builds its Request
 * and Response objects: the same body and headers the application gives, at a fraction of the cost. Returns false
 * (and does nothing) when the request must go to the application.
 */
export function cachedResponder(cache: ResponseCache, allowedHosts: readonly string[] | null = LOOPBACK_HOSTS):
  (request: IncomingMessage, response: ServerResponse) => boolean {
  return (request, response) => {
    if (request.method !== 'GET' || !request.url || !hostAllowed(request.headers.host, allowedHosts)) return false;
    let key: string;
    try {
      key = cacheKey(request.url);
    } catch {
      return false;
    }
    const kept = cache.get(key);
    if (!kept) return false;
    response.writeHead(200, { ...headersFor(key), 'Content-Type': kept.type, 'Content-Length': kept.body.length });
    response.end(kept.body);
    return true;
  };
}

function logToStderr(error: unknown): void {
  process.stderr.write(`readout serve: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
}

function describeIssue(issue: z.core.$ZodIssue, where: string): { param: string; message: string } {
  if (issue.code === 'unrecognized_keys') {
    const keys = (issue as { keys: string[] }).keys;
    return { param: keys[0], message: `unknown ${where} "${keys[0]}"` };
  }
  const param = issue.path.map(String).join('.') || where;
  const message = issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message;
  return { param, message: `${where} "${param}" ${message}` };
}

/** Validates `values` with `schema`; the first problem becomes a 400 naming the parameter. */
function validate<S extends z.ZodType>(schema: S, values: unknown, where: string): z.output<S> {
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    const { param, message } = describeIssue(parsed.error.issues[0], where);
    throw new ApiError(400, 'E_PARAM', `readout: ${message}`, param);
  }
  const output = parsed.data as z.output<S> & { limit?: number };
  if (output && typeof output === 'object' && typeof output.limit === 'number' && output.limit > MAX_PAGE_SIZE) {
    throw new ApiError(400, 'E_PAGE_TOO_LARGE', `readout: query parameter "limit" is ${output.limit}; a page gives at most ${MAX_PAGE_SIZE} results (use "offset" for more)`, 'limit');
  }
  return output;
}

/** A route's query string, validated; a parameter given twice is refused rather than silently picked. */
function query<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  const values: Record<string, string> = {};
  for (const [name, list] of Object.entries(c.req.queries())) {
    if (list.length > 1) throw new ApiError(400, 'E_PARAM', `readout: query parameter "${name}" is given more than once`, name);
    values[name] = list[0];
  }
  return validate(schema, values, 'query parameter');
}

function pathId(c: Context): number {
  return validate(idParams, { id: c.req.param('id') }, 'path parameter').id;
}

function notFound(what: string, id: number): never {
  throw new ApiError(404, 'E_NOT_FOUND', `readout: no ${what} with id ${id}`);
}

/** Whether an OpenAPI-style path (`/api/articles/{id}`) matches a request path. */
function routeMatches(pattern: string, path: string): boolean {
  const regex = new RegExp(`^${pattern.replace(/\{[^}]+\}/g, '[^/]+')}$`);
  return regex.test(path);
}

/** Builds the application: the API under /api, the UI's files everywhere else. */
export function createApp(options: AppOptions): Hono {
  if (!options.reads && !options.store) throw new Error('createApp: give a store or its reads');
  const reads = options.reads ?? sqliteReads(options.store!);
  const log = options.log ?? logToStderr;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const allowed = options.allowedHosts === undefined ? LOOPBACK_HOSTS : options.allowedHosts;
  const files = options.webRoot ? staticCache(options.webRoot, true) : null;
  let reader = options.reader;
  let described: Record<string, unknown> | undefined;
  const app = new Hono();

  app.onError((error, c) => {
    const { status, body } = errorResponse(error, log);
    // Errors thrown before a route runs (the host check) skip the middleware's headers: they are set here too.
    return c.json(body, status as 400, headersFor(c.req.path));
  });

  const cache = options.cache ?? null;
  app.use(async (c, next) => {
    if (!hostAllowed(c.req.header('host'), allowed)) {
      throw new ApiError(421, 'E_HOST', `readout: this server does not answer for host "${(c.req.header('host') ?? '').slice(0, 100)}"`);
    }
    const key = cache && c.req.method === 'GET' && c.req.path !== '/api/health' ? cacheKey(c.req.url) : null;
    const kept = key ? cache!.get(key) : undefined;
    if (kept) {
      c.res = c.body(new Uint8Array(kept.body), 200, { 'Content-Type': kept.type });
    } else {
      const stamp = key ? cache!.stampNow() : '';
      await next();
      if (key && c.res.status === 200) {
        cache!.set(key, { body: Buffer.from(await c.res.clone().arrayBuffer()), type: c.res.headers.get('content-type') ?? 'application/octet-stream' }, stamp);
      }
    }
    for (const [name, value] of Object.entries(headersFor(c.req.path))) c.res.headers.set(name, value);
  });

  app.get('/api/health', async (c) => {
    query(c, noQuery);
    return c.json({ status: 'ok', counts: await reads.counts() });
  });
  app.get('/api/openapi.json', (c) => {
    query(c, noQuery);
    return c.json((described ??= openApiDocument(options.version ?? '0.0.0')));
  });

  app.get('/api/articles', async (c) => c.json(await reads.listArticles(query(c, articlesQuery))));
  app.get('/api/articles/:id', async (c) => {
    query(c, noQuery);
    const id = pathId(c);
    return c.json((await reads.getArticle(id)) ?? notFound('article', id));
  });
  app.get('/api/sentences', async (c) => {
    const { q, ...page } = query(c, sentencesQuery);
    return c.json(await reads.searchSentences(q, page));
  });
  app.get('/api/entities', async (c) => c.json(await reads.searchEntities(query(c, entitiesQuery))));
  app.get('/api/entities/:id', async (c) => {
    query(c, noQuery);
    const id = pathId(c);
    const detail = (await reads.getEntity(id, { limit: ENTITY_PAGE_ITEMS })) ?? notFound('entity', id);
    const [asSource, asTarget, articles] = await Promise.all([
      withEvidence(reads, detail.asSource.items), withEvidence(reads, detail.asTarget.items), reads.entityArticles(id, ENTITY_PAGE_ITEMS),
    ]);
    return c.json({ ...detail, asSource: { ...detail.asSource, items: asSource }, asTarget: { ...detail.asTarget, items: asTarget }, articles });
  });
  app.get('/api/events', async (c) => {
    const page = await reads.listEvents(query(c, eventsQuery));
    return c.json({ ...page, items: await withEvidence(reads, page.items) });
  });
  app.get('/api/quotes', async (c) => {
    const { article, ...filter } = query(c, quotesQuery);
    return c.json(await reads.searchQuotes({ ...filter, articleId: article }));
  });
  app.get('/api/network', async (c) => {
    const filter = query(c, networkQuery);
    return c.json(await reads.eventNetwork({ ...filter, type: filter.type ?? ['CONSULT', 'ACCUSE'], limit: filter.limit ?? DEFAULT_PAGE_SIZE }));
  });
  app.get('/api/timeline', async (c) => {
    const filter = query(c, timelineQuery);
    return c.json({ bucket: filter.bucket ?? 'day', points: await reads.eventTimeline(filter) });
  });

  app.post('/api/extract',
    async (c, next) => {
      const type = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
      if (type !== 'application/json') throw new ApiError(415, 'E_MEDIA_TYPE', 'readout: send the document as JSON with Content-Type: application/json');
      await next();
    },
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: () => {
        throw new ApiError(413, 'E_BODY_TOO_LARGE', `readout: the request body is larger than ${maxBodyBytes} bytes`);
      },
    }),
    async (c) => {
      let body: unknown;
      try {
        body = JSON.parse(await c.req.text());
      } catch {
        throw new ApiError(400, 'E_BODY_JSON', 'readout: the request body is not valid JSON');
      }
      if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new ApiError(400, 'E_BODY_JSON', 'readout: the request body must be a JSON object');
      const fields = validate(extractBody, body, 'body field');
      const input = { ...fields, id: fields.id ?? 'request' };
      let output: ReadoutOutput;
      if (options.extractor) {
        if (options.extractor.pending >= MAX_PENDING_EXTRACTS) {
          c.header('Retry-After', '5');
          throw new ApiError(503, 'E_BUSY', `readout: ${MAX_PENDING_EXTRACTS} documents are already waiting to be read; try again shortly`);
        }
        output = await options.extractor.extract(input);
      } else {
        reader ??= createReader();
        output = reader.readSafe(input);
      }
      if ('error' in output) {
        if (output.error.code === 'E_INTERNAL') log(new Error(`extract: ${output.error.message}`));
        throw documentError(output.error);
      }
      return c.json(output);
    });

  app.all('/api/*', (c) => {
    const route = ROUTES.find((r) => routeMatches(r.path, c.req.path));
    if (route) {
      c.header('Allow', route.method.toUpperCase());
      throw new ApiError(405, 'E_METHOD', `readout: ${c.req.path} accepts ${route.method.toUpperCase()} only`);
    }
    throw new ApiError(404, 'E_ROUTE', 'readout: no such API route; see /api/openapi.json');
  });

  app.all('*', (c) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') throw new ApiError(405, 'E_METHOD', 'readout: the UI\'s files accept GET only');
    if (!files) throw new ApiError(404, 'E_ROUTE', 'readout: this server serves the API only');
    // The path as the client sent it (still percent-encoded), so it is decoded once, by the lookup.
    const raw = c.req.url.replace(/^[a-z]+:\/\/[^/]*/i, '').replace(/[?#].*$/s, '');
    const found = files(raw);
    if (found.kind === 'bad') throw new ApiError(400, 'E_PARAM', 'readout: the path is not acceptable', 'path');
    if (found.kind === 'missing') throw new ApiError(404, 'E_NOT_FOUND', 'readout: no such file');
    return c.body(new Uint8Array(found.file.body), 200, { 'Content-Type': found.file.type });
  });

  return app;
}
