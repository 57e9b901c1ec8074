// The stored form of one result, built without the store: every string and row value the writer binds, so the work
// that needs no other document (surrogate checks, JSON of the parts stored whole, quote rows, name normalisation,
// date ranges) can run in the worker that extracted the document, beside the single writer. What depends on other
// documents or on the store (entity ids by key, merged events, content-hash skips) stays in `save.ts`.
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

/** The article's long texts (JSON, offsets and the text itself), packed as UTF-8 (see `preparedTextsFromBytes`). */
const ARTICLE_TEXTS = ['meta', 'text', 'sentences', 'entities', 'events', 'removed', 'times'] as const satisfies readonly (keyof PreparedArticle)[];
type ArticleText = (typeof ARTICLE_TEXTS)[number];

/** The article's short fields, packed with the entities', events' and quotes' values, after the result's id. */
const ARTICLE_FIELDS = everyField<Omit<PreparedArticle, ArticleText>>()(['title', 'published', 'url', 'site', 'rules', 'extra']);

/**
 * A prepared result whose article's long texts are their UTF-8 bytes, as `preparedTextsFromBytes` gives it: SQLite
 * stores such bytes as the very same text (`CAST(? AS TEXT)`), with neither V8 rebuilding the strings nor the driver
 * encoding them again (about 10 µs an article).
 */
export interface PreparedUtf8Result extends Omit<PreparedResult, 'article'> {
  article: Omit<PreparedArticle, ArticleText> & Record<ArticleText, string | Uint8Array>;
}

// The bytes of a prepared result, one buffer laid out for typed arrays (written and read on the same machine):
//   header     Int32 × HEADER: the counts below, then the UTF-8 bytes of each long text, in ARTICLE_TEXTS order
//   numbers    Float64 × numbers: the number values, in order
//   kinds      Int32 × values: each value's kind (a string's length in UTF-16 units, or NULL, NUMBER, ...)
//   strings    the string values one after the other, as UTF-16LE
//   texts      the article's long texts one after the other, as UTF-8
// The values are the result's id, the article's short fields (ARTICLE_FIELDS), then every field array of the
// entities, events and quotes in packing order. V8 rebuilds each small value of a structured clone on its own (about
// 60 ns each, 600 an article), so they go as one string sliced by the reader; and a layout of its own spares V8's
// serialiser and deserialiser (about 17 and 10 µs an article) and the copy of the texts into it.
const VALUES_AT = 0;
const NUMBERS_AT = 1;
const ENTITIES_AT = 2;
const EVENTS_AT = 3;
const QUOTES_AT = 4;
const UNITS_AT = 5;
const TEXT_BYTES_AT = 6;
/** Header Int32s: an even count, so the Float64 numbers after it start on an 8-byte boundary. */
const HEADER = TEXT_BYTES_AT + ARTICLE_TEXTS.length + ((TEXT_BYTES_AT + ARTICLE_TEXTS.length) % 2);

// What a packed value is: a string's length (0 or more), or one of these.
const NULL = -1;
const NUMBER = -2;
const TRUE = -3;
const FALSE = -4;
const UNDEFINED = -5;

/** Every value a prepared result packs, in packing order (see the layout above). */
function packedColumns(prepared: PreparedResult): readonly (readonly unknown[])[] {
  const { entities, events, quotes } = prepared;
  return [[prepared.id], ...ARTICLE_FIELDS.map((field) => [prepared.article[field]]), ...ENTITY_FIELDS.map((field) => entities[field]),
    ...EVENT_FIELDS.map((field) => events[field]), ...quotes];
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

/**
 * A prepared result as bytes (see the layout above), for a worker to post as a transferable buffer: the writer's
 * thread then receives no object at all, and rebuilds each result (`preparedFromBytes`) only when it writes it, so a
 * group waiting for its transaction holds bytes, not thousands of small objects (less garbage collection on the
 * writer's side: about -20 µs an article, see README).
 */
export function preparedBytes(prepared: PreparedResult): Uint8Array {
  const strings: string[] = [];
  const numbers: number[] = [];
  const kinds: number[] = [];
  const columns = packedColumns(prepared);
  // Every field array of an item list is as long as its ids (or the first quote column): the unpacker reads them by
  // those counts, so one of another length would shift every value after it.
  const counts = [prepared.entities.ids.length, prepared.events.ids.length, prepared.quotes[0].length];
  const groups = [ENTITY_FIELDS.length, EVENT_FIELDS.length, prepared.quotes.length];
  for (let group = 0, at = 1 + ARTICLE_FIELDS.length; group < groups.length; group++) {
    for (const end = at + groups[group]; at < end; at++) if (columns[at].length !== counts[group]) throw new Error(`prepared result ${prepared.id}: field arrays of unequal length`);
  }
  for (const column of columns) for (const value of column) kinds.push(packedKind(value, strings, numbers));
  const joined = strings.join('');
  const texts = ARTICLE_TEXTS.map((field) => prepared.article[field]);
  const textBytes = texts.map((text) => Buffer.byteLength(text, 'utf8'));
  const stringsAt = (HEADER + kinds.length) * 4 + numbers.length * 8;
  const bytes = Buffer.from(new ArrayBuffer(stringsAt + joined.length * 2 + textBytes.reduce((sum, length) => sum + length, 0)));
  const header = new Int32Array(bytes.buffer, 0, HEADER);
  header[VALUES_AT] = kinds.length;
  header[NUMBERS_AT] = numbers.length;
  [header[ENTITIES_AT], header[EVENTS_AT], header[QUOTES_AT]] = counts;
  header[UNITS_AT] = joined.length;
  header.set(textBytes, TEXT_BYTES_AT);
  new Float64Array(bytes.buffer, HEADER * 4, numbers.length).set(numbers);
  new Int32Array(bytes.buffer, HEADER * 4 + numbers.length * 8, kinds.length).set(kinds);
  let at = stringsAt + bytes.write(joined, stringsAt, 'utf16le');
  for (const text of texts) at += bytes.write(text, at, 'utf8');
  return bytes;
}

/** The parts of a prepared result's bytes (see the layout above), read where they lie (copied only if misaligned). */
interface PackedResult {
  header: Int32Array;
  numbers: Float64Array;
  kinds: Int32Array;
  strings: string;
  /** The article's long texts as UTF-8, one after the other. */
  texts: Uint8Array;
}

/** The parts of `bytes`, as `preparedBytes` laid them out. */
function packed(given: Uint8Array): PackedResult {
  // Typed arrays need their element's alignment: bytes that arrive at another offset are copied once.
  const bytes = given.byteOffset % 8 === 0 ? given : new Uint8Array(given);
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const header = new Int32Array(bytes.buffer, bytes.byteOffset, HEADER);
  const numbersAt = bytes.byteOffset + HEADER * 4;
  const numbers = new Float64Array(bytes.buffer, numbersAt, header[NUMBERS_AT]);
  const kinds = new Int32Array(bytes.buffer, numbersAt + numbers.byteLength, header[VALUES_AT]);
  const stringsAt = numbersAt + numbers.byteLength + kinds.byteLength - bytes.byteOffset;
  const textsAt = stringsAt + header[UNITS_AT] * 2;
  return { header, numbers, kinds, strings: view.toString('utf16le', stringsAt, textsAt), texts: view.subarray(textsAt) };
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
function articleTexts<T>({ header, texts }: PackedResult, text: (utf8: Uint8Array) => T): Record<ArticleText, T> {
  const values = {} as Record<ArticleText, T>;
  let at = 0;
  ARTICLE_TEXTS.forEach((field, index) => {
    values[field] = text(texts.subarray(at, (at += header[TEXT_BYTES_AT + index])));
  });
  return values;
}

/** The prepared result `preparedBytes` gave these bytes for. */
export function preparedFromBytes(bytes: Uint8Array): PreparedResult {
  return unpacked(packed(bytes), (utf8) => Buffer.from(utf8.buffer, utf8.byteOffset, utf8.byteLength).toString('utf8'));
}

/** The prepared result `preparedBytes` gave these bytes for, with the article's long texts left as UTF-8, for SQLite. */
export function preparedTextsFromBytes(bytes: Uint8Array): PreparedUtf8Result {
  return unpacked(packed(bytes), (utf8) => utf8);
}

/** A packed result, its article's long texts each made by `text` from its UTF-8 bytes. */
function unpacked<T extends string | Uint8Array>(packed: PackedResult, text: (utf8: Uint8Array) => T): Omit<PreparedResult, 'article'> & { article: Omit<PreparedArticle, ArticleText> & Record<ArticleText, T> } {
  const { header } = packed;
  const next = unpacker(packed);
  const id = next(1)[0] as string;
  const article = Object.fromEntries(ARTICLE_FIELDS.map((field) => [field, next(1)[0]])) as Omit<PreparedArticle, ArticleText>;
  return {
    id,
    article: { ...article, ...articleTexts(packed, text) },
    entities: Object.fromEntries(ENTITY_FIELDS.map((field) => [field, next(header[ENTITIES_AT])])) as unknown as PreparedEntities,
    events: Object.fromEntries(EVENT_FIELDS.map((field) => [field, next(header[EVENTS_AT])])) as unknown as PreparedEvents,
    quotes: QUOTE_COLUMNS.map(() => next(header[QUOTES_AT])),
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
