// The routes as data (method, path, input schemas, what they give), and the OpenAPI 3.1 description built from it:
// parameters come from the same zod schemas the server validates with.
import { z } from 'zod';
import {
  articlesQuery, entitiesQuery, eventsQuery, extractBody, idParams, networkQuery, quotesQuery, sentencesQuery, timelineQuery, MAX_PAGE_SIZE,
} from './schemas.js';
import { API_ERROR_CODES } from './errors.js';

/** One API route as the description lists it. */
export interface RouteDoc {
  method: 'get' | 'post';
  /** OpenAPI form: `/api/articles/{id}`. */
  path: string;
  summary: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** What a 200 gives. */
  gives: string;
  /** Error statuses the route can give besides 500. */
  errors: number[];
}

/** Every API route. */
export const ROUTES: readonly RouteDoc[] = [
  { method: 'get', path: '/api/health', summary: 'Server status and how much the store holds.', gives: '{status, counts}', errors: [] },
  { method: 'get', path: '/api/articles', summary: 'Articles, newest first.', query: articlesQuery, gives: 'A page of articles.', errors: [400] },
  { method: 'get', path: '/api/articles/{id}', summary: 'One article\'s full readout: text, entities, quotes, times and events with offsets.', params: idParams, gives: '{article, result (readout/1), entityIds, eventIds, quoteIds}: local ids (e1, v1, q1) map to store ids.', errors: [400, 404] },
  { method: 'get', path: '/api/sentences', summary: 'Sentences of the articles, searched by their words.', query: sentencesQuery, gives: 'A page of sentences with their articles; `estimated` is true when the total is extrapolated from the first 200 matching articles read past the page.', errors: [400] },
  { method: 'get', path: '/api/entities', summary: 'Entities across articles, the most written about first.', query: entitiesQuery, gives: 'A page of entities.', errors: [400] },
  { method: 'get', path: '/api/entities/{id}', summary: 'One entity: names, roles, articles, what it said, events as source and as target.', params: idParams, gives: '{entity, aliases, quotes, asSource, asTarget, articles}.', errors: [400, 404] },
  { method: 'get', path: '/api/events', summary: 'Events merged across articles, latest first.', query: eventsQuery, gives: 'A page of events, each with up to three reports: article, trigger, sentence, and the actors as written there (sourceText, targetText).', errors: [400] },
  { method: 'get', path: '/api/quotes', summary: 'Quotes, searched by their words.', query: quotesQuery, gives: 'A page of quotes.', errors: [400] },
  { method: 'get', path: '/api/network', summary: 'Who met or accused whom: actors and edges.', query: networkQuery, gives: '{nodes: [{id, name, type, events}], edges: [{source, target, type, events, mentions}]}', errors: [400] },
  { method: 'get', path: '/api/timeline', summary: 'How many events of each type per day, week or month.', query: timelineQuery, gives: '{bucket, points: [{period, type, events, mentions}]}', errors: [400] },
  { method: 'post', path: '/api/extract', summary: 'Reads one document (not stored) and gives its readout/1 result.', body: extractBody, gives: 'A readout/1 result (schema/readout-1.schema.json).', errors: [400, 413, 415, 422, 503] },
  { method: 'get', path: '/api/openapi.json', summary: 'This description.', gives: 'OpenAPI 3.1 document.', errors: [] },
];

const STATUS_TEXT: Record<number, string> = {
  400: 'A parameter or the body is not valid (E_PARAM, E_PAGE_TOO_LARGE, E_BODY_JSON).',
  404: 'No item with this id (E_NOT_FOUND).',
  413: 'The body or document is too large (E_BODY_TOO_LARGE, E_INPUT_TOO_LARGE).',
  415: 'The body is not application/json (E_MEDIA_TYPE).',
  422: 'The document cannot be read (E_INPUT_EMPTY, E_HTML_NO_ARTICLE, ...).',
  503: 'Too many documents waiting (E_BUSY, with Retry-After) or the document ran past the time cap (E_TIMEOUT).',
  500: 'The server failed (E_INTERNAL); no details are given.',
};

function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
}

function parameters(schema: z.ZodObject | undefined, where: 'path' | 'query'): unknown[] {
  if (!schema) return [];
  const described = jsonSchema(schema) as { properties?: Record<string, Record<string, unknown>>; required?: string[] };
  return Object.entries(described.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return { name, in: where, required: where === 'path' || (described.required ?? []).includes(name), description, schema: rest };
  });
}

/** The OpenAPI 3.1 description of the API. */
export function openApiDocument(version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of ROUTES) {
    const responses: Record<string, unknown> = {
      200: { description: route.gives, content: { 'application/json': { schema: { type: 'object' } } } },
    };
    for (const status of [...route.errors, 500]) {
      responses[status] = { description: STATUS_TEXT[status], content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
    }
    paths[route.path] ??= {};
    paths[route.path][route.method] = {
      summary: route.summary,
      parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
      ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(route.body) } } } } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'readout API',
      version,
      description: `Articles, entities, quotes and events read by readout and kept in its store. Pages give at most ${MAX_PAGE_SIZE} results. `
        + 'Every error is {"error": {"code", "message", "param"?}} with a stable code.',
    },
    paths,
    components: {
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: {
                code: { type: 'string', examples: Object.keys(API_ERROR_CODES) },
                message: { type: 'string' },
                param: { type: 'string', description: 'The parameter or body field at fault, when there is one.' },
              },
            },
          },
        },
      },
    },
  };
}
