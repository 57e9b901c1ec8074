// The stored form of one result, built without the store: every string and row value the writer binds, so the work
// that needs no other document (surrogate checks, JSON of the parts stored whole, quote rows, name normalisation,
// date ranges) can run in the worker that extracted the document, beside the single writer. What depends on other
// documents or on the store (entity ids by key, merged events, content-hash skips) stays in `save.ts`.
import { deserialize, serialize } from 'node:v8';
import { normaliseName } from '../kb/normalise.js';
import type { Modality, PloverType, ReadoutResult } from '../result/types.js';
import { COLUMNS, extraOf } from './extra.js';
import { encodeSentenceBounds } from './sentence-bounds.js';
import { timexRange } from './timex.js';
import { wellFormed, wellFormedWithJson } from './well-formed.js';

/** The column values of an article row that come from its result (the source gives the rest). */
export interface PreparedArticle {
  title: string | null;
  published: string | null;
  url: string | null;
  site: string | null;
  meta: string;
  text: string;
  sentences: string;
  entities: string;
  events: string;
  removed: string;
  times: string;
  rules: string | null;
  extra: string | null;
}

// The entities, events and quotes of a prepared result go one array per field, item by item: `preparedBytes` walks
// the arrays in that order to pack their values, and `save.ts` binds them by index.

/** The article's entities, as the writer links them to cross-article entities: field arrays, index by index. */
export interface PreparedEntities {
  /** Local ids ("e3"). */
  ids: string[];
  names: string[];
  /** `normaliseName(name)`: part of the cross-article key. */
  nameNorms: string[];
  types: string[];
  kbs: (string | null)[];
  countries: (string | null)[];
  /** The roles the article gives each, as JSON, or null for none. */
  roles: (string | null)[];
  /** How many mentions each has in the article. */
  mentions: number[];
}

/**
 * The article's events: field arrays, index by index. An event is `own` when it has no date or no actor entity: it
 * cannot be told apart from others of its type, so it is never merged (see eventKey in save.ts).
 */
export interface PreparedEvents {
  /** Local ids ("v2"). */
  ids: string[];
  own: boolean[];
  types: PloverType[];
  cameos: (string | null)[];
  /** Local ids of the actor entities, null when a side names no entity of the article. */
  sources: (string | null)[];
  targets: (string | null)[];
  dates: (string | null)[];
  /** First and last day each date covers. */
  dateStarts: (string | null)[];
  dateEnds: (string | null)[];
  modalities: Modality[];
}

/**
 * A result in the form the writer stores (see `prepareResult`); `saveBatch` takes it in place of the result. It holds
 * strings, numbers and plain arrays only; from a worker thread it crosses packed as bytes (`preparedBytes`).
 */
export interface PreparedResult {
  /** The result's id: the article's external id when its source gives none. */
  id: string;
  article: PreparedArticle;
  entities: PreparedEntities;
  /**
   * The article's quotes as the columns of their rows after `article_id` and `speaker_id` (QUOTE_COLUMNS), one array
   * per column, quote by quote; the second, the speakers' local ids, is what the writer maps to entity ids.
   */
  quotes: unknown[][];
  events: PreparedEvents;
}

/** `fields` as given, which must name every field of T: a field added to a prepared form and not packed fails to compile. */
function everyField<T>() {
  return <const F extends readonly (keyof T)[]>(fields: F, ..._missing: Exclude<keyof T, F[number]> extends never ? [] : [Exclude<keyof T, F[number]>]): F => fields;
}

/** The field arrays of PreparedEntities and PreparedEvents, in the order `preparedBytes` packs their values. */
const ENTITY_FIELDS = everyField<PreparedEntities>()(['ids', 'names', 'nameNorms', 'types', 'kbs', 'countries', 'roles', 'mentions']);
const EVENT_FIELDS = everyField<PreparedEvents>()(['ids', 'own', 'types', 'cameos', 'sources', 'targets', 'dates', 'dateStarts', 'dateEnds', 'modalities']);

// What a packed value is: a string's length (0 or more), or one of these.
const NULL = -1;
const NUMBER = -2;
const TRUE = -3;
const FALSE = -4;
const UNDEFINED = -5;

/** The article's long texts (JSON, offsets and the text itself), packed as UTF-8 (see `preparedTextsFromBytes`). */
const ARTICLE_TEXTS = ['meta', 'text', 'sentences', 'entities', 'events', 'removed', 'times'] as const satisfies readonly (keyof PreparedArticle)[];
type ArticleText = (typeof ARTICLE_TEXTS)[number];

/**
 * A prepared result whose article's long texts are their UTF-8 bytes, as `preparedTextsFromBytes` gives it: SQLite
 * stores such bytes as the very same text (`CAST(? AS TEXT)`), with neither V8 rebuilding the strings nor the driver
 * encoding them again (about 10 µs an article).
 */
export interface PreparedUtf8Result extends Omit<PreparedResult, 'article'> {
  article: Omit<PreparedArticle, ArticleText> & Record<ArticleText, string | Uint8Array>;
}

/**
 * A prepared result as `preparedBytes` packs it: the article's short fields as they are and its long texts as UTF-8,
 * and every value of the entities', events' and quotes' field arrays in one string, one kind each and one array of
 * numbers. V8 rebuilds each small value of a clone on its own (about 60 ns each, 600 an article); three values and a
 * slice of one string each take half of that.
 */
interface PackedResult {
  id: string;
  article: Omit<PreparedArticle, ArticleText>;
  /** The article's long texts as UTF-8, one after the other, and the bytes of each. */
  texts: Uint8Array;
  textBytes: number[];
  /** Entities, events and quotes. */
  counts: [number, number, number];
  strings: string;
  kinds: Int32Array;
  numbers: Float64Array;
}

/** The field arrays of a prepared result's entities, events and quotes, in packing order. */
function packedColumns({ entities, events, quotes }: PreparedResult): readonly (readonly unknown[])[] {
  return [...ENTITY_FIELDS.map((field) => entities[field]), ...EVENT_FIELDS.map((field) => events[field]), ...quotes];
}

/** The kind of `value`, with a string added to `strings` and a number to `numbers`. */
function packedKind(value: unknown, strings: string[], numbers: number[]): number {
  if (typeof value === 'string') {
    strings.push(value);
    return value.length;
  }
  if (typeof value === 'number') {
    numbers.push(value);
    return NUMBER;
  }
  if (value === null) return NULL;
  if (value === undefined) return UNDEFINED;
  if (typeof value === 'boolean') return value ? TRUE : FALSE;
  throw new TypeError(`prepared results hold strings, numbers, booleans and nulls, not ${typeof value}`);
}

/** Strings as their UTF-8 one after the other (in one buffer: one allocation), and the bytes of each. */
function utf8Texts(strings: readonly string[]): { texts: Uint8Array; textBytes: number[] } {
  // A UTF-16 code unit takes at most three bytes of UTF-8.
  const buffer = Buffer.allocUnsafe(strings.reduce((most, string) => most + string.length * 3, 0));
  let end = 0;
  const textBytes = strings.map((string) => {
    const written = buffer.write(string, end, 'utf8');
    end += written;
    return written;
  });
  return { texts: buffer.subarray(0, end), textBytes };
}

/**
 * A prepared result as bytes (V8's serialisation of its packed form), for a worker to post as a transferable buffer:
 * the writer's thread then receives no object at all, and rebuilds each result (`preparedFromBytes`) only when it
 * writes it, so a group waiting for its transaction holds bytes, not thousands of small objects (less garbage
 * collection on the writer's side: about -20 µs an article, see README).
 */
export function preparedBytes(prepared: PreparedResult): Uint8Array {
  const strings: string[] = [];
  const numbers: number[] = [];
  const kinds: number[] = [];
  const columns = packedColumns(prepared);
  // Every field array of an item list is as long as its ids (or the first quote column): the unpacker reads them by
  // those counts, so one of another length would shift every value after it.
  const counts: [number, number, number] = [prepared.entities.ids.length, prepared.events.ids.length, prepared.quotes[0].length];
  const lengths = [...ENTITY_FIELDS.map(() => counts[0]), ...EVENT_FIELDS.map(() => counts[1]), ...prepared.quotes.map(() => counts[2])];
  if (columns.some((column, i) => column.length !== lengths[i])) throw new Error(`prepared result ${prepared.id}: field arrays of unequal length`);
  for (const column of columns) for (const value of column) kinds.push(packedKind(value, strings, numbers));
  const article = Object.fromEntries(Object.entries(prepared.article).filter(([field]) => !(ARTICLE_TEXTS as readonly string[]).includes(field))) as Omit<PreparedArticle, ArticleText>;
  const { texts, textBytes } = utf8Texts(ARTICLE_TEXTS.map((field) => prepared.article[field]));
  const packed: PackedResult = {
    id: prepared.id,
    article,
    texts,
    textBytes,
    counts,
    strings: strings.join(''),
    // Not `Int32Array.from`: it walks the array through its iterator.
    kinds: new Int32Array(kinds),
    numbers: new Float64Array(numbers),
  };
  return serialize(packed);
}

/** Reads a packed result's values in order: each call gives the next `length` of them as one field array. */
function unpacker({ strings, kinds, numbers }: PackedResult): (length: number) => unknown[] {
  let kindAt = 0;
  let stringAt = 0;
  let numberAt = 0;
  const next = (): unknown => {
    const kind = kinds[kindAt++];
    if (kind >= 0) return strings.slice(stringAt, (stringAt += kind));
    if (kind === NUMBER) return numbers[numberAt++];
    return kind === NULL ? null : kind === UNDEFINED ? undefined : kind === TRUE;
  };
  return (length) => {
    const column = new Array<unknown>(length);
    for (let at = 0; at < length; at++) column[at] = next();
    return column;
  };
}

/** The article's long texts of a packed result, each made by `text` from its UTF-8 bytes. */
function articleTexts<T>({ texts, textBytes }: PackedResult, text: (utf8: Uint8Array) => T): Record<ArticleText, T> {
  const values = {} as Record<ArticleText, T>;
  let at = 0;
  ARTICLE_TEXTS.forEach((field, index) => {
    values[field] = text(texts.subarray(at, (at += textBytes[index])));
  });
  return values;
}

/** The prepared result `preparedBytes` gave these bytes for. */
export function preparedFromBytes(bytes: Uint8Array): PreparedResult {
  const packed = deserialize(bytes) as PackedResult;
  return { ...unpacked(packed), article: { ...packed.article, ...articleTexts(packed, (utf8) => Buffer.from(utf8.buffer, utf8.byteOffset, utf8.byteLength).toString('utf8')) } };
}

/** The prepared result `preparedBytes` gave these bytes for, with the article's long texts left as UTF-8, for SQLite. */
export function preparedTextsFromBytes(bytes: Uint8Array): PreparedUtf8Result {
  const packed = deserialize(bytes) as PackedResult;
  return { ...unpacked(packed), article: { ...packed.article, ...articleTexts(packed, (utf8) => utf8) } };
}

/** A packed result's id, entities, events and quotes. */
function unpacked(packed: PackedResult): Omit<PreparedResult, 'article'> {
  const [entityCount, eventCount, quoteCount] = packed.counts;
  const next = unpacker(packed);
  return {
    id: packed.id,
    entities: Object.fromEntries(ENTITY_FIELDS.map((field) => [field, next(entityCount)])) as unknown as PreparedEntities,
    events: Object.fromEntries(EVENT_FIELDS.map((field) => [field, next(eventCount)])) as unknown as PreparedEvents,
    quotes: QUOTE_COLUMNS.map(() => next(quoteCount)),
  };
}

/** The columns of a quote row a prepared result gives, in order; the writer puts the article and speaker ids first. */
export const QUOTE_COLUMNS = ['local_id', 'speaker_local', 'kind', 'start', '"end"', 'text', 'source_start', 'source_end', 'source_text',
  'cue_start', 'cue_end', 'cue_text', 'modality', 'rules_version', 'extra'] as const;

/** Most entries a cache kept for the life of a process holds; past it, it starts again empty, so memory stays flat. */
const MOST_CACHED = 100_000;

/** Sets `key` in a cache kept for the life of a process, emptying it first when full. */
export function cacheSet<V>(cache: Map<string, V>, key: string, value: V): void {
  if (cache.size >= MOST_CACHED) cache.clear();
  cache.set(key, value);
}

/** Normalised names by name: the normalisation is pure, and news names the same few thousand entities again and again. */
const normalisedNames = new Map<string, string>();

/** `normaliseName(name)`, remembered. */
function normalisedName(name: string): string {
  let norm = normalisedNames.get(name);
  if (norm === undefined) cacheSet(normalisedNames, name, (norm = normaliseName(name)));
  return norm;
}

/** The parts of a result stored whole, as JSON: walked only when their JSON shows an unpaired surrogate. */
const STORED_WHOLE = ['entities', 'events', 'times', 'removed', 'meta'] as const;
type StoredWhole = (typeof STORED_WHOLE)[number];

/**
 * A result with every unpaired surrogate replaced (see `wellFormed`), and the JSON of its parts stored whole. Sentences
 * are offsets only (encodeSentenceBounds keeps start and end): they go through unchanged, unwalked.
 */
function checked(unchecked: ReadoutResult): { result: ReadoutResult; json: Record<StoredWhole, string> } {
  // Partial: the parts stored whole are taken out of the columns walked by `wellFormed`.
  const { sentences, ...columns }: Partial<ReadoutResult> = unchecked;
  const whole: Partial<Record<StoredWhole, unknown>> = {};
  const json = {} as Record<StoredWhole, string>;
  for (const key of STORED_WHOLE) {
    const part = wellFormedWithJson(columns[key]);
    whole[key] = part.value;
    json[key] = part.json;
    delete columns[key];
  }
  return { result: { ...wellFormed(columns), sentences, ...whole } as ReadoutResult, json };
}

/**
 * Whether a document's output is a readout/1 result, not a prepared one or an error: every result has `schema` and
 * neither other form has; a result may carry any extension field, `form` or `error` among them (kept in `extra`).
 */
export function isReadoutResult(output: ReadoutResult | PreparedResult | Uint8Array | { error: unknown }): output is ReadoutResult {
  return !(output instanceof Uint8Array) && 'schema' in output;
}

/** The stored form of a result: a pure function of it (no store), for a worker thread or the writer itself. */
export function prepareResult(unchecked: ReadoutResult): PreparedResult {
  const { result, json } = checked(unchecked);
  const entities: PreparedEntities = {
    ids: result.entities.map((entity) => entity.id),
    names: result.entities.map((entity) => entity.name),
    nameNorms: result.entities.map((entity) => normalisedName(entity.name)),
    types: result.entities.map((entity) => entity.type),
    kbs: result.entities.map((entity) => entity.kb ?? null),
    countries: result.entities.map((entity) => entity.country ?? null),
    roles: result.entities.map((entity) => (entity.roles?.length ? JSON.stringify(entity.roles) : null)),
    mentions: result.entities.map((entity) => entity.mentions.length),
  };
  const local = new Set(entities.ids);
  const actor = (id: string | null): string | null => (id !== null && local.has(id) ? id : null);
  const sources = result.events.map((event) => actor(event.source));
  const targets = result.events.map((event) => actor(event.target));
  const ranges = result.events.map((event) => timexRange(event.date));
  const events: PreparedEvents = {
    ids: result.events.map((event) => event.id),
    own: result.events.map((event, index) => !event.date || (sources[index] === null && targets[index] === null)),
    types: result.events.map((event) => event.type),
    cameos: result.events.map((event) => event.cameo),
    sources,
    targets,
    dates: result.events.map((event) => event.date),
    dateStarts: ranges.map((range) => range?.start ?? null),
    dateEnds: ranges.map((range) => range?.end ?? null),
    modalities: result.events.map((event) => event.modality),
  };
  const rulesVersion = result.rules?.quotes ?? null;
  const quotes: unknown[][] = QUOTE_COLUMNS.map(() => []);
  for (const quote of result.quotes) {
    const row = [quote.id, quote.speaker, quote.kind, quote.start, quote.end, quote.text,
      quote.source?.start ?? null, quote.source?.end ?? null, quote.source?.text ?? null,
      quote.cue?.start ?? null, quote.cue?.end ?? null, quote.cue?.text ?? null,
      quote.modality, rulesVersion, extraOf(quote, COLUMNS.quote)];
    row.forEach((value, column) => quotes[column].push(value));
  }
  return {
    id: result.id,
    article: {
      title: result.meta.title,
      published: result.meta.published,
      url: result.meta.url,
      site: result.meta.site,
      meta: json.meta,
      text: result.text,
      sentences: encodeSentenceBounds(result.sentences),
      // Whole, as the result gives them: only the article's own page reads an entity's mentions, roles or kb id, and a
      // report of an event is read from its article's result (its row says which event and which article).
      entities: json.entities,
      events: json.events,
      removed: json.removed,
      times: json.times,
      rules: result.rules ? JSON.stringify(result.rules) : null,
      extra: extraOf(result, COLUMNS.result),
    },
    entities,
    quotes,
    events,
  };
}
