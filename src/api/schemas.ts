// One zod schema per route's input: the server validates with them and the OpenAPI description is generated from
// them, so the two cannot drift apart. Query values arrive as strings; each schema says which strings it takes.
import { z } from 'zod';
import type { Modality, PloverType } from '../result/types.js';

/** The most results one page gives; asking for more is an E_PAGE_TOO_LARGE error, not a silent cut. */
export const MAX_PAGE_SIZE = 200;
/** The page size when `limit` is not given. */
export const DEFAULT_PAGE_SIZE = 50;
/** The deepest `offset` accepted: deeper pages cost a scan and nobody reads them. */
export const MAX_OFFSET = 1_000_000;
/** Longest search text accepted, in characters. */
export const MAX_SEARCH_LENGTH = 200;

/** PLOVER's event types, in the contract's order. */
export const PLOVER_TYPES: readonly PloverType[] = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
];
/** The contract's modalities. */
export const MODALITIES: readonly Modality[] = ['asserted', 'reported', 'planned', 'expected', 'possible', 'negated'];
/** The contract's entity types. */
export const ENTITY_TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'OTHER'] as const;

const id = z.string().regex(/^[1-9]\d{0,14}$/, 'must be a positive whole number').transform(Number);

const limit = z.string().regex(/^\d{1,9}$/, 'must be a whole number')
  .transform(Number)
  .refine((n) => n >= 1, 'must be at least 1')
  .optional()
  .describe(`Results per page, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).`);

const offset = z.string().regex(/^\d{1,9}$/, 'must be a whole number')
  .transform(Number)
  .refine((n) => n <= MAX_OFFSET, `must be at most ${MAX_OFFSET}`)
  .optional()
  .describe('Results to skip (default 0).');

function isCalendarDay(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD').refine(isCalendarDay, 'is not a calendar date');

const search = z.string().max(MAX_SEARCH_LENGTH, `must be at most ${MAX_SEARCH_LENGTH} characters`);

/** A comma-separated list of allowed words ("CONSULT,ACCUSE"), parsed to an array without repeats. */
function listOf<T extends string>(allowed: readonly T[], what: string) {
  return z.string()
    .transform((value) => [...new Set(value.split(',').map((part) => part.trim()))])
    .refine((parts) => parts.length > 0 && parts.every((part) => (allowed as readonly string[]).includes(part)),
      `must be one or more of ${allowed.join(', ')} (comma-separated) for ${what}`)
    .transform((parts) => parts as T[]);
}

const eventTypes = listOf(PLOVER_TYPES, 'PLOVER event types');

/** Path parameters of the routes that name one item. */
export const idParams = z.object({ id: id.describe('The item\'s id (a positive whole number).') }).strict();

/** Routes that take no query parameters still refuse unknown ones, so a typo is an error and not ignored. */
export const noQuery = z.object({}).strict();

const modality = z.enum(MODALITIES as [Modality, ...Modality[]]);

/** GET /api/articles */
export const articlesQuery = z.object({
  limit, offset,
  title: search.optional().describe('Text the title contains (case-insensitive, taken literally).'),
  site: z.string().max(200).optional().describe('The site exactly, e.g. "Northern Herald".'),
  status: z.enum(['ok', 'error']).optional().describe('ok: read articles; error: documents that could not be read.'),
  from: day.optional().describe('Published on or after this day (YYYY-MM-DD).'),
  to: day.optional().describe('Published on or before this day (YYYY-MM-DD).'),
}).strict();

/** GET /api/sentences */
export const sentencesQuery = z.object({
  limit, offset,
  q: search.describe('Words the sentence contains; "quoted phrases" and a trailing * for prefixes; any text is safe.'),
}).strict();

/** GET /api/entities */
export const entitiesQuery = z.object({
  limit, offset,
  q: search.optional().describe('Text the entity\'s name contains (case- and accent-insensitive).'),
  type: z.enum(ENTITY_TYPES).optional().describe('Entity type.'),
  country: z.string().regex(/^[A-Z][A-Z0-9]{1,9}$/, 'must be a country or organisation code such as GBR').optional()
    .describe('ISO 3166 alpha-3 or IGO code.'),
}).strict();

/** GET /api/events */
export const eventsQuery = z.object({
  limit, offset,
  actor: id.optional().describe('Entity id that is the event\'s source or target.'),
  source: id.optional().describe('Entity id that is the event\'s source.'),
  target: id.optional().describe('Entity id that is the event\'s target.'),
  type: eventTypes.optional().describe('PLOVER types, comma-separated (e.g. CONSULT,ACCUSE).'),
  modality: modality.optional().describe('Modality (asserted, reported, planned, expected, possible, negated).'),
  from: day.optional().describe('Events whose date reaches this day or later (YYYY-MM-DD).'),
  to: day.optional().describe('Events whose date starts on or before this day (YYYY-MM-DD).'),
}).strict();

/** GET /api/quotes */
export const quotesQuery = z.object({
  limit, offset,
  q: search.optional().describe('Words or "quoted phrases" in the quote; any text is safe (no search syntax is interpreted).'),
  speaker: id.optional().describe('Entity id of the speaker.'),
  article: id.optional().describe('Article id.'),
  modality: modality.optional().describe('Modality.'),
}).strict();

/** GET /api/network */
export const networkQuery = z.object({
  type: eventTypes.optional().describe('PLOVER types of the edges, comma-separated (default CONSULT,ACCUSE: who met and who accused whom).'),
  actor: id.optional().describe('Only edges touching this entity.'),
  modality: modality.optional().describe('Modality.'),
  from: day.optional().describe('Events whose date reaches this day or later.'),
  to: day.optional().describe('Events whose date starts on or before this day.'),
  limit: limit.describe(`Most edges, 1 to ${MAX_PAGE_SIZE}, the most reported first (default ${DEFAULT_PAGE_SIZE}).`),
}).strict();

/** GET /api/timeline */
export const timelineQuery = z.object({
  bucket: z.enum(['day', 'week', 'month']).optional().describe('Period of each point (default day).'),
  actor: id.optional().describe('Entity id that is the event\'s source or target.'),
  type: eventTypes.optional().describe('PLOVER types, comma-separated.'),
  modality: modality.optional().describe('Modality.'),
  from: day.optional().describe('From this day (YYYY-MM-DD).'),
  to: day.optional().describe('To this day (YYYY-MM-DD).'),
}).strict();

/** POST /api/extract: one document. */
export const extractBody = z.object({
  text: z.string().optional().describe('The article as plain text.'),
  html: z.string().optional().describe('The article as an HTML page.'),
  published: day.or(z.string().regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})?$/, 'must be an ISO 8601 date')).nullable().optional()
    .describe('The day the article appeared (ISO 8601); relative dates such as "on Thursday" count from it.'),
  url: z.string().max(2048).nullable().optional().describe('The article\'s address.'),
  title: z.string().max(1000).nullable().optional().describe('The article\'s title.'),
  id: z.string().max(200).optional().describe('An id echoed in the result.'),
}).strict().refine((body) => (body.text === undefined) !== (body.html === undefined), {
  message: 'give exactly one of "text" or "html"', path: ['text'],
});

