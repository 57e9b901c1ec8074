// `readout ingest`: reads files, folders, JSONL, WARC archives or standard input into the store. Workers extract; the
// main thread is the only writer, whole documents per transaction (small groups), so a killed run leaves whole articles only and a
// rerun picks up where it stopped (inputs already stored are skipped by content hash before extraction).
import { createReadStream, promises as fs } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { WARCParser } from 'warcio';
import { ReadoutError, toErrorInfo } from '../errors.js';
import { redacted } from '../scale/connection.js';
import type { ReaderOptions } from '../readout.js';
import { checkPublished } from '../clean/clean.js';
import { DEFAULT_MAX_BYTES } from '../input/decode.js';
import { runPool, type PoolOptions } from '../batch/pool.js';
import { learnSiteSentences } from '../batch/site-pass.js';
import type { WorkItem } from '../batch/work.js';
import { openStore, DEFAULT_STORE_PATH, type Store } from '../store/db.js';
import { contentHash, hasContent, saveBatch, type ArticleSource, type BatchDocument } from '../store/save.js';
import { startCheckpoints, type Checkpoints } from '../store/checkpoints.js';
import { isReadoutResult } from '../store/prepare.js';
import { DOCUMENT_ENDINGS, filesOf, isFolder, JSONL_ENDINGS, readCapped } from './files.js';
import { byteLines } from './lines.js';
import { parseJsonlLine } from './jsonl.js';
import { parseOrExplain, positiveInteger } from './main.js';
import type { ReadingOptions } from '../store/replace.js';

/** File name endings `ingest` reads when it walks a folder. */
export const INGEST_EXTENSIONS = [...DOCUMENT_ENDINGS, ...JSONL_ENDINGS, '.warc', '.warc.gz'] as const;

/**
 * Most documents committed in one transaction by default; `--batch 1` gives one transaction per document. A group is
 * also closed GROUP_MS after its first document, so a kill loses at most what a quarter second of extraction brings
 * whatever this is; 256 rather than 64 spares the store 6-10% of its CPU an article when documents come faster (each
 * commit rewrites the pages of every index it touched). A waiting document holds its raw input and its prepared
 * result (some 35 KB for a news article, and its page): 256 news pages are some tens of MB, but 256 pages near
 * --max-bytes would be gigabytes, so a group is committed too once it holds GROUP_BYTES.
 */
export const DEFAULT_BATCH = 256;
/** Longest a finished document waits for its group to be committed. */
const GROUP_MS = 250;
/** Most bytes (raw inputs and results, see heldBytes) a group holds before it is committed, whatever its size. */
const GROUP_BYTES = 32 * 1024 * 1024;

/** About what a waiting document holds in memory: its raw input and its result, the largest parts of it. */
function heldBytes({ source, output }: BatchDocument): number {
  const raw = source.raw === null ? 0 : typeof source.raw === 'string' ? source.raw.length : source.raw.byteLength;
  return raw + resultBytes(output);
}

/** About what a document's output holds: a result's text, or the whole of a prepared one's bytes. */
function resultBytes(output: BatchDocument['output']): number {
  if (output instanceof Uint8Array) return output.byteLength;
  return isReadoutResult(output) ? output.text.length : 'error' in output ? 0 : output.article.text.length;
}

/** The documents waiting for one transaction, full at `maxDocuments` or once they hold `maxBytes` (see heldBytes). */
export class PendingGroup<T extends BatchDocument = BatchDocument> {
  private documents: T[] = [];
  private bytes = 0;

  constructor(private readonly maxDocuments: number, private readonly maxBytes: number) {}

  /** Adds a document; true when the group is now full, to be committed before more are added. */
  add(document: T): boolean {
    this.documents.push(document);
    this.bytes += heldBytes(document);
    return this.documents.length >= this.maxDocuments || this.bytes >= this.maxBytes;
  }

  /** The documents waiting, in order; the group is empty afterwards. */
  take(): T[] {
    const documents = this.documents;
    this.documents = [];
    this.bytes = 0;
    return documents;
  }
}

/**
 * Hands documents to `commit` in groups as they come (also `readout reextract`'s): a group goes when full (see
 * PendingGroup) or GROUP_MS after its first document, so a slow stream still reaches the store within a quarter second
 * of each one's extraction, and a kill loses at most one uncommitted group, never part of an article. An asynchronous
 * commit (PostgreSQL's) finishes before the next begins, so groups are written in order. A commit that fails on the
 * timer is thrown with the next document, or at the end.
 */
export async function commitInGroups<T extends BatchDocument>(documents: AsyncIterable<T>, maxDocuments: number,
  commit: (group: T[]) => void | Promise<void>): Promise<void> {
  const group = new PendingGroup<T>(maxDocuments, GROUP_BYTES);
  let timer: NodeJS.Timeout | null = null;
  let failure: unknown = null;
  // The commits so far, one after the other.
  let written: Promise<void> = Promise.resolve();
  const flush = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    const taken = group.take();
    if (taken.length) written = written.then(() => commit(taken));
    return written;
  };
  try {
    for await (const document of documents) {
      if (failure) throw failure;
      if (group.add(document)) await flush();
      else timer ??= setTimeout(() => {
        flush().catch((error: unknown) => {
          failure = error;
        });
      }, GROUP_MS);
    }
    if (failure) throw failure;
    await flush();
  } finally {
    if (timer) clearTimeout(timer);
    // A commit under way when the documents failed ends before the caller closes the store.
    await written.catch(() => {});
  }
}

/** Options of `readout ingest`. */
export interface IngestOptions extends ReaderOptions {
  paths: string[];
  /** Store file (default data/readout.db); ignored when `store` is given. */
  db?: string;
  /** An open store to write into (the caller closes it). */
  store?: Store;
  /** Standard input holds JSONL lines rather than one document. */
  jsonl?: boolean;
  published?: string;
  format?: 'auto' | 'text' | 'html';
  jobs?: number;
  timeoutMs?: number;
  workerMemoryMb?: number;
  /** Most whole documents per transaction (default DEFAULT_BATCH). */
  batch?: number;
  /** Learn the sentences each site repeats across the batch and take them out (default true; see siteBoilerplateApplies). */
  siteBoilerplate?: boolean;
  stdin: Readable;
  stderr: Writable & { isTTY?: boolean };
  /** Draw a live progress line (default: when stderr is a terminal). */
  progress?: boolean;
}

/** What an ingest run did. */
export interface IngestSummary {
  /** Documents seen. */
  seen: number;
  /** New articles stored. */
  stored: number;
  /** Inputs already in the store, skipped. */
  skipped: number;
  /** Documents recorded as error rows. */
  errors: number;
  /** Paths that could not be read at all. */
  unreadable: number;
  seconds: number;
}

/**
 * A document on its way to the store: the work item the pool extracts, and its source row, built (and its input
 * hashed) only by the pass that stores it: the first pass over the same documents, learning site boilerplate, needs
 * the items alone.
 */
export interface Pending {
  source: () => ArticleSource;
  item: WorkItem;
  /** What the raw input is, recorded with the article so `readout reextract` reads it again the same way. */
  kind: ReadingOptions['kind'];
}

function kindOf(path: string): 'jsonl' | 'warc' | 'html' | 'text' | 'auto' {
  const lower = path.toLowerCase();
  if (lower.endsWith('.jsonl')) return 'jsonl';
  if (lower.endsWith('.warc') || lower.endsWith('.warc.gz')) return 'warc';
  if (lower.endsWith('.html') || lower.endsWith('.htm')) return 'html';
  if (lower.endsWith('.txt')) return 'text';
  return 'auto';
}

/** A document that cannot be read, identified by the hash of `identity` (its bytes, or its place when they are not kept). */
function failed(kind: Pending['kind'], id: string, identity: Uint8Array | string, origin: string, error: unknown, raw: Uint8Array | null = null): Pending {
  return { source: () => ({ externalId: id, hash: contentHash(identity), raw, format: 'auto', origin }), item: { kind: 'failed', id, error: toErrorInfo(error) }, kind };
}

async function* jsonlDocuments(stream: Readable, file: string, maxBytes: number): AsyncGenerator<Pending> {
  for await (const line of byteLines(stream, maxBytes)) {
    if (line.length === 0) continue;
    const origin = `${file}:${line.number}`;
    // An over-long line is not kept, so its identity is its place and length.
    const identity = line.bytes ?? `${origin}:${line.length}`;
    const parsed = parseJsonlLine(line, maxBytes);
    if ('error' in parsed) {
      yield failed('jsonl', parsed.id, identity, origin, parsed.error, line.bytes);
      continue;
    }
    const { input } = parsed;
    const format = input.html !== undefined ? 'html' : 'text';
    const source = (): ArticleSource => ({ externalId: input.id ?? origin, hash: contentHash(identity), raw: line.bytes, format, origin });
    yield { source, item: { kind: 'input', input: { ...input, id: input.id ?? origin } }, kind: 'jsonl' };
  }
}

async function* warcDocuments(file: string, maxBytes: number): AsyncGenerator<Pending> {
  let number = 0;
  // warcio detects gzip (record by record, as crawlers write .warc.gz) and unzips it itself.
  for await (const record of WARCParser.iterRecords(createReadStream(file) as AsyncIterable<Uint8Array>)) {
    if (record.warcType !== 'response' && record.warcType !== 'resource') continue;
    number++;
    const contentType = (record.warcType === 'response' ? record.httpHeaders?.headers.get('content-type') : record.warcContentType) ?? '';
    if (!/html|xhtml/i.test(contentType)) continue;
    const url = record.warcTargetURI ?? `${file}#${number}`;
    const origin = `${file}#${number}`;
    if (record.warcContentLength > maxBytes + 65_536) {
      await record.skipFully();
      yield failed('warc', url, `${origin}:${record.warcContentLength}`, origin,
        new ReadoutError('E_INPUT_TOO_LARGE', `${url}: over the cap of ${maxBytes} bytes (raise it with --max-bytes)`));
      continue;
    }
    const bytes = await record.readFully(true);
    yield { source: () => ({ externalId: url, hash: contentHash(bytes), raw: bytes, format: 'html', origin }), item: { kind: 'input', input: { id: url, url, bytes, format: 'html' } }, kind: 'warc' };
  }
}

/**
 * An unreadable path and why, for a message: masked, since a PostgreSQL URL given as a path by mistake would be printed
 * twice (the file system's message names the path too).
 */
function unreadable(path: string, error: Error): string {
  return redacted(`${path}: ${error.message}`);
}

/**
 * Every document under the paths, in order; unreadable paths are reported (as "path: why", passwords masked) and
 * skipped (also `readout queue add`'s input).
 */
export async function* documents(options: Pick<IngestOptions, 'paths' | 'jsonl' | 'format' | 'stdin'>, maxBytes: number, onUnreadable: (pathAndWhy: string) => void): AsyncGenerator<Pending> {
  for (const path of options.paths) {
    try {
      for await (const file of filesOf(path, INGEST_EXTENSIONS)) {
        try {
          const kind = file === '-' ? (options.jsonl ? 'jsonl' : 'auto') : kindOf(file);
          const open = (): Readable => (file === '-' ? options.stdin : createReadStream(file));
          if (kind === 'jsonl') {
            yield* jsonlDocuments(open(), file === '-' ? 'stdin' : file, maxBytes);
          } else if (kind === 'warc') {
            yield* warcDocuments(file, maxBytes);
          } else {
            const id = file === '-' ? 'stdin' : file;
            const format = options.format && options.format !== 'auto' ? options.format : kind;
            const size = file === '-' ? 0 : (await fs.stat(file)).size;
            if (size > maxBytes) {
              yield failed('document', id, `${file}:${size}`, file, new ReadoutError('E_INPUT_TOO_LARGE', `${file}: ${size} bytes, over the cap of ${maxBytes} (raise it with --max-bytes)`));
              continue;
            }
            const bytes = await readCapped(open(), maxBytes, id);
            yield { source: () => ({ externalId: id, hash: contentHash(bytes), raw: bytes, format, origin: id }), item: { kind: 'input', input: { id, bytes, format } }, kind: 'document' };
          }
        } catch (error) {
          onUnreadable(unreadable(file, error as Error));
        }
      }
    } catch (error) {
      onUnreadable(unreadable(path, error as Error));
    }
  }
}

async function* itemsOf(pending: AsyncIterable<Pending>): AsyncGenerator<WorkItem> {
  for await (const { item } of pending) yield item;
}

/** Counts documents up front when that is cheap (files and JSONL lines), so progress can show the time left. */
async function countDocuments(paths: string[]): Promise<number | null> {
  let total = 0;
  for (const path of paths) {
    if (path === '-') return null;
    try {
      for await (const file of filesOf(path, INGEST_EXTENSIONS)) {
        const kind = kindOf(file);
        if (kind === 'warc') return null;
        if (kind !== 'jsonl') {
          total++;
          continue;
        }
        let last = 10;
        for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
          for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) total++;
          if (chunk.length) last = chunk[chunk.length - 1];
        }
        if (last !== 10) total++;
      }
    } catch {
      // Unreadable paths are reported by the run itself.
    }
  }
  return total;
}

function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `${h ? `${h}:${String(m).padStart(2, '0')}` : m}:${String(s % 60).padStart(2, '0')}`;
}

/** The words of a progress line: what it counts, and the three outcomes (see IngestSummary). */
export interface ProgressWords {
  unit: string;
  stored: string;
  skipped: string;
  errors: string;
}

const INGEST_WORDS: ProgressWords = { unit: 'documents', stored: 'stored', skipped: 'already stored', errors: 'errors' };

/** Progress on standard error: a live line on a terminal, a quiet line every ten seconds otherwise. */
export class Progress {
  private readonly started = Date.now();
  private last = Date.now();
  private errorLines = 0;

  /** `command` starts each line: "readout ingest", or "readout queue work" storing jobs' documents. */
  constructor(private readonly out: Writable, private readonly live: boolean, private total: number | null, private readonly command = 'readout ingest',
    private readonly words = INGEST_WORDS) {}

  setTotal(total: number | null): void {
    this.total = total;
  }

  line(summary: IngestSummary): string {
    const seconds = (Date.now() - this.started) / 1000;
    // Documents finished (stored, skipped or recorded as errors); the rest are still being read or extracted.
    const done = summary.stored + summary.skipped + summary.errors;
    const rate = seconds > 0 ? done / seconds : 0;
    const of = this.total !== null ? `/${this.total}` : '';
    const left = this.total !== null && rate > 0 && done < this.total ? `, ${duration((this.total - done) / rate)} left` : '';
    const { unit, stored, skipped, errors } = this.words;
    return `${done}${of} ${unit} (${summary.stored} ${stored}, ${summary.skipped} ${skipped}, ${summary.errors} ${errors}), ${rate.toFixed(1)}/s${left}`;
  }

  tick(summary: IngestSummary): void {
    const now = Date.now();
    if (now - this.last < (this.live ? 200 : 10_000)) return;
    this.last = now;
    this.out.write(this.live ? `\r\u001b[K${this.line(summary)}` : `${this.command}: ${this.line(summary)}\n`);
  }

  error(id: string, error: { code: string; message: string }): void {
    // A bad batch could have millions of errors: name the first few, count the rest.
    if (++this.errorLines > 20) return;
    this.out.write(`${this.live ? '\r\u001b[K' : ''}${this.command}: ${id}: ${error.code} ${error.message}\n`);
  }

  /** The last line; `where` is masked too: a --db given a PostgreSQL URL by mistake names a file after it. */
  done(summary: IngestSummary, where: string): void {
    this.out.write(`${this.live ? '\r\u001b[K' : ''}${this.command}: ${this.line(summary)}, ${duration(summary.seconds)} into ${redacted(where)}\n`);
  }
}

/**
 * Site boilerplate needs a first pass over the input, so it applies to re-readable paths that can hold several
 * documents: folders, JSONL and WARC files, or more than one path. Standard input is read once, and a single
 * document has no site to compare with. The first pass reads documents already in the store too, so what is
 * learnt, and so every stored article, is the same whether a run is fresh or resumed.
 */
export async function siteBoilerplateApplies(options: Pick<IngestOptions, 'paths' | 'asIs' | 'siteBoilerplate'>): Promise<boolean> {
  if (options.siteBoilerplate === false || options.asIs || options.paths.includes('-')) return false;
  if (options.paths.length !== 1) return true;
  const [path] = options.paths;
  const kind = kindOf(path);
  if (kind === 'jsonl' || kind === 'warc') return true;
  return isFolder(path);
}

/** How this run reads each kind of input, as the JSON stored with its articles (see ReadingOptions). */
function readingsOf(options: IngestOptions): Record<Pending['kind'], string> {
  const reading = (kind: Pending['kind']): string => JSON.stringify({
    kind, published: options.published ?? null, format: options.format ?? 'auto', asIs: Boolean(options.asIs),
  } satisfies ReadingOptions);
  return { document: reading('document'), jsonl: reading('jsonl'), warc: reading('warc') };
}

/** A run of ingest or reextract over a store, as endRun needs it. */
export interface StoreRun {
  store: Store;
  /** Whether the caller gave the store (and so closes it). */
  given: boolean;
  checkpoints: Checkpoints | null;
  summary: IngestSummary;
  /** Date.now() when the run started. */
  started: number;
}

/**
 * Ends a run over a store, in its finally block: the time it took, the checkpoints stopped, the store closed unless the
 * caller gave it. A failure to stop the checkpoints is thrown only when the run `ended` without throwing, so that it
 * never masks the error that did.
 */
export async function endRun(run: StoreRun, ended: boolean): Promise<void> {
  run.summary.seconds = (Date.now() - run.started) / 1000;
  await closeRun(run, ended);
}

/** endRun without the time: the checkpoints stopped and the store closed unless the caller gave it (reextract's too). */
export async function closeRun(run: Pick<StoreRun, 'store' | 'given' | 'checkpoints'>, ended: boolean): Promise<void> {
  try {
    await run.checkpoints?.stop();
  } catch (error) {
    if (ended) throw error;
  } finally {
    if (!run.given) run.store.close();
  }
}

/** Runs `readout ingest`; returns the summary (the store is opened and closed here unless one is given). */
export async function runIngest(options: IngestOptions): Promise<IngestSummary> {
  checkPublished(options.published);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const store = options.store ?? openStore(options.db ?? DEFAULT_STORE_PATH);
  const batch = options.batch ?? DEFAULT_BATCH;
  // The WAL is checkpointed on a thread of its own, beside this one, the only writer (see startCheckpoints).
  const checkpoints = store.path === ':memory:' ? null : startCheckpoints(store);
  const summary: IngestSummary = { seen: 0, stored: 0, skipped: 0, errors: 0, unreadable: 0, seconds: 0 };
  const started = Date.now();
  const progress = new Progress(options.stderr, options.progress ?? Boolean(options.stderr.isTTY), null);
  void countDocuments(options.paths).then((total) => progress.setTotal(total));
  // Sources wait here in input order; the pool yields outputs in the same order, so they pair up one to one.
  const waiting: ArticleSource[] = [];
  const reading = readingsOf(options);
  // The last article this run's workers read and stored: its rules are the current ones (see rulesOfRun).
  let lastStored: number | null = null;
  async function* toExtract(): AsyncGenerator<WorkItem> {
    for await (const pending of documents(options, maxBytes, (pathAndWhy) => {
      summary.unreadable++;
      options.stderr.write(`readout ingest: cannot read ${pathAndWhy}\n`);
    })) {
      summary.seen++;
      const source = pending.source();
      if (hasContent(store, source.hash)) {
        summary.skipped++;
        progress.tick(summary);
        continue;
      }
      waiting.push({ ...source, reading: reading[pending.kind] });
      yield pending.item;
    }
  }
  // Whole documents are committed in small groups (at most `batch`, GROUP_BYTES, or what a quarter second brings): a
  // kill loses at most one uncommitted group, never part of an article, and a rerun extracts that group again.
  const commit = (documents: BatchDocument[]): void => {
    const outcomes = saveBatch(store, documents);
    // Counted before committed(), which throws a failure of the checkpointing thread: the group is stored all the same.
    outcomes.forEach((outcome, index) => {
      const { source, output } = documents[index];
      if (!outcome.stored) summary.skipped++;
      else if ('error' in output) {
        summary.errors++;
        progress.error(source.externalId, output.error);
      } else {
        summary.stored++;
        lastStored = outcome.articleId;
      }
    });
    progress.tick(summary);
    checkpoints?.committed();
  };
  const pool: PoolOptions = {
    jobs: options.jobs,
    timeoutMs: options.timeoutMs,
    workerMemoryMb: options.workerMemoryMb,
    reader: { asIs: options.asIs, maxBytes: options.maxBytes, dictionaries: options.dictionaries },
    defaults: { published: options.published ?? null, format: options.format ?? 'auto' },
  };
  // Whether the ingest ended without throwing: a failure of the checkpoints' stop() must not mask the error that did.
  let ended = false;
  let older: string | null = null;
  try {
    if (await siteBoilerplateApplies(options)) {
      options.stderr.write('readout ingest: first pass: learning the sentences each site repeats (--no-site-boilerplate skips it)\n');
      // Unreadable paths are reported once, by the second pass.
      const siteSentences = await learnSiteSentences(() => itemsOf(documents(options, maxBytes, () => {})), pool);
      if (siteSentences.size) pool.reader = { ...pool.reader, siteSentences };
      const sentences = [...siteSentences.values()].reduce((sum, set) => sum + set.size, 0);
      options.stderr.write(`readout ingest: first pass: ${sentences} sentences repeated on ${siteSentences.size} sites will be taken out\n`);
    }
    // Workers give each result in the form the store writes, so this thread, the only writer, links ids and binds.
    async function* extracted(): AsyncGenerator<BatchDocument> {
      for await (const output of runPool(toExtract(), { ...pool, task: 'store' })) yield { source: waiting.shift()!, output };
    }
    await commitInGroups(extracted(), batch, commit);
    // One line, not one per article: what this run skipped, or stored before, may have been read by older rules.
    // Imported here: reextract.ts imports this module.
    const { rulesOfRun, olderRulesLine } = await import('./reextract.js');
    const rules = await rulesOfRun(store, lastStored);
    older = rules && olderRulesLine(store, rules);
    ended = true;
  } finally {
    await endRun({ store, given: Boolean(options.store), checkpoints, summary, started }, ended);
  }
  progress.done(summary, store.path);
  if (older) options.stderr.write(older);
  return summary;
}

const INGEST_USAGE = `Usage: readout ingest PATH... [--db FILE] [--published DATE] [--jobs N] [--batch N] [--jsonl] [--format auto|text|html]
                      [--as-is] [--max-bytes N] [--timeout-ms N] [--dictionary FILE] [--no-site-boilerplate]

Reads articles into the store: files (.txt, .html, .htm), folders (recursively), .jsonl files (one
{"id", "text"|"html", ...} object per line), WARC archives (.warc, .warc.gz: HTML responses), or "-" for standard
input (one document, or JSONL lines with --jsonl). An input already stored (same content) is skipped, so a run can
be repeated or resumed; a document that cannot be read is stored as an error row and the batch goes on.

  --db FILE          The store (default ${DEFAULT_STORE_PATH}); created when missing.
  --published DATE   Publication date for documents that do not give one (ISO 8601).
  --jobs N           Worker threads extracting (default: the number of cores); one writer.
  --batch N          Most whole documents per transaction (default ${DEFAULT_BATCH}; 1 for one per document). A killed
                     run loses at most the uncommitted group, never part of an article.
  --jsonl            Standard input holds JSONL lines.
  --format KIND      auto (default: by file ending), text or html.
  --as-is            Take the input as the article body itself (nothing stripped or mended).
  --max-bytes N      Cap on one document's size (default ${DEFAULT_MAX_BYTES}).
  --timeout-ms N     Per-document time cap (default 30000); a document past it is stored as an E_TIMEOUT error.
  --worker-memory-mb N  Heap ceiling of each worker (default 256); a document needing more is stored as E_MEMORY.
  --dictionary FILE  Extra actors, organisations and office holders (repeatable).
  --no-site-boilerplate  Keep sentences repeated across many documents of one site. By default, when the paths
                     hold several documents (a folder, JSONL or WARC files), a first pass learns the sentences a
                     site repeats (a standing footer, an app prompt) and the second takes them out, listing each
                     in "removed". Standard input is read once and is never filtered this way.

Exit codes: 0 if each document was stored, or stored as an error; 1 if a path could not be read or the store
failed; 2 if the command line was wrong.
`;

/** Parses `readout ingest` arguments and runs it; returns the exit status. */
export async function ingestCommand(args: string[], io: { stdin: Readable; stdout: Writable; stderr: Writable & { isTTY?: boolean } } = process): Promise<number> {
  const { values, positionals } = parseOrExplain(args, {
    db: { type: 'string', default: DEFAULT_STORE_PATH },
    published: { type: 'string' },
    jobs: { type: 'string' },
    batch: { type: 'string' },
    jsonl: { type: 'boolean', default: false },
    format: { type: 'string', default: 'auto' },
    'as-is': { type: 'boolean', default: false },
    'max-bytes': { type: 'string' },
    'timeout-ms': { type: 'string' },
    'worker-memory-mb': { type: 'string' },
    dictionary: { type: 'string', multiple: true },
    'no-site-boilerplate': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(INGEST_USAGE);
    return 0;
  }
  if (!positionals.length) throw new ReadoutError('E_USAGE', 'ingest needs at least one PATH (a file, a folder, or "-" for standard input)');
  const format = String(values.format);
  if (format !== 'auto' && format !== 'text' && format !== 'html') throw new ReadoutError('E_USAGE', `--format must be auto, text or html, not "${format}"`);
  try {
    const summary = await runIngest({
      paths: positionals,
      db: String(values.db),
      published: values.published as string | undefined,
      jobs: positiveInteger(values, 'jobs'),
      batch: positiveInteger(values, 'batch'),
      jsonl: Boolean(values.jsonl),
      format,
      asIs: Boolean(values['as-is']),
      maxBytes: positiveInteger(values, 'max-bytes'),
      timeoutMs: positiveInteger(values, 'timeout-ms'),
      workerMemoryMb: positiveInteger(values, 'worker-memory-mb'),
      dictionaries: values.dictionary as string[] | undefined,
      siteBoilerplate: !values['no-site-boilerplate'],
      stdin: io.stdin,
      stderr: io.stderr,
    });
    return summary.unreadable ? 1 : 0;
  } catch (error) {
    if (error instanceof ReadoutError && error.code === 'E_STORE') {
      io.stderr.write(`\n${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
