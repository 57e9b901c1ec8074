// A standard job queue on the store's own PostgreSQL (pg-boss): `queue add` stages documents (raw input kept in the
// `staged` table) and sends one job per batch naming their content hashes; `queue work`, on any number of machines,
// takes jobs, extracts their documents with ingest's worker pool and writes each job's batch in one transaction.
// A job whose write fails is failed and retried by the queue; a worker that dies leaves its job to expire and be
// retried; storing is idempotent by content hash, so a job done twice changes nothing.
import type { Readable, Writable } from 'node:stream';
import PgBoss from 'pg-boss';
import type { ReaderOptions } from '../readout.js';
import { DEFAULT_MAX_BYTES } from '../input/decode.js';
import { ReadoutError, toErrorInfo } from '../errors.js';
import type { ArticleInput } from '../input/article-input.js';
import { runPool } from '../batch/pool.js';
import type { WorkItem } from '../batch/work.js';
import type { StoreOutput } from '../batch/worker.js';
import type { ArticleSource, BatchDocument } from '../store/save.js';
import type { ReadingOptions } from '../store/replace.js';
import { documents, Progress, type IngestSummary, type Pending } from '../cli/ingest.js';
import { redacted } from './connection.js';
import { closePgStore, openPgStore, pgError, type PgStore } from './pg.js';
import { savePgBatch } from './save.js';

/** The queue's name in pg-boss. */
export const QUEUE = 'readout-documents';

/** Documents a job carries by default: a transaction's worth, small enough that a retried job redoes little. */
export const DEFAULT_JOB_SIZE = 32;

/** How the queue retries a job: three more times, 30 s then longer apart; a job not finished in 15 minutes expires. */
const QUEUE_SETTINGS = { retryLimit: 3, retryDelay: 30, retryBackoff: true, expireInSeconds: 15 * 60 };

/** What a job holds: the content hashes of its staged documents, in input order. */
interface JobData {
  hashes: string[];
}

/** The queue client on the store's database; pg-boss keeps its tables in its own schema. */
async function startQueue(url: string, where: string): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: url, max: 2 });
  // pg-boss reports connection trouble as events; the calls that fail throw too.
  boss.on('error', () => {});
  try {
    await boss.start();
    await boss.createQueue(QUEUE, { name: QUEUE, ...QUEUE_SETTINGS });
  } catch (error) {
    await boss.stop({ graceful: false, wait: true }).catch(() => {});
    throw pgError(error, where);
  }
  return boss;
}

/** How `queue add` read a document, stored with its article (`--as-is` is `queue work`'s: see readingJson). */
type AddedReading = Omit<ReadingOptions, 'asIs'>;

/**
 * A work item as staged: its input without the bytes, which are the staged raw input (`fromRaw`), so a file is not
 * kept twice; a JSONL input keeps its text (its raw input is the whole line). `maxBytes` is `queue add`'s cap (absent
 * in items staged before it was recorded: the default cap); `reading` how it read the input (absent before it was
 * recorded: reextract infers it).
 */
type StagedItem = (WorkItem | { kind: 'input'; input: Omit<ArticleInput, 'bytes'>; fromRaw: true }) & { maxBytes?: number; reading?: AddedReading };

// The batch's publication date, size cap and reading are recorded here: the machine that works the job knows nothing
// of `queue add`'s options.
function stagedItem(item: WorkItem, published: string | null, maxBytes: number, reading: AddedReading): StagedItem {
  if (item.kind !== 'input') return { ...item, maxBytes, reading };
  const { bytes, ...input } = { ...item.input, published: item.input.published ?? published };
  return bytes ? { kind: 'input', input, fromRaw: true, maxBytes, reading } : { kind: 'input', input, maxBytes, reading };
}

/** The reading stored with a worked document's article (as ingest stores it), or null for an item staged without one. */
function readingJson(staged: StagedItem, asIs: boolean): string | null {
  return staged.reading ? JSON.stringify({ ...staged.reading, asIs } satisfies ReadingOptions) : null;
}

/**
 * The work item of a staged document. The pool's reader takes any size (WORK_MAX_BYTES), so the cap is the item's
 * own, checked here as the reader checks it: raw bytes, else characters of the text or HTML.
 */
function workItem(staged: StagedItem, raw: Buffer | null): WorkItem {
  const { maxBytes = DEFAULT_MAX_BYTES, reading: _reading, ...item } = staged;
  if (item.kind !== 'input') return item;
  const input = 'fromRaw' in item ? { ...item.input, bytes: raw ?? new Uint8Array() } : item.input;
  const size = input.bytes?.length ?? (input.html ?? input.text ?? '').length;
  if (size <= maxBytes) return { kind: 'input', input };
  const error = new ReadoutError('E_INPUT_TOO_LARGE', `${input.id ?? ''}: ${size} bytes, over the cap of ${maxBytes} (raise it with queue add --max-bytes)`);
  return { kind: 'failed', id: input.id ?? '', error: toErrorInfo(error) };
}

/** The reader's cap at work time: each staged item carries the cap it was added with (see workItem). */
const WORK_MAX_BYTES = Number.MAX_SAFE_INTEGER;

/** Options of `readout queue add`. */
export interface QueueAddOptions {
  url: string;
  paths: string[];
  jsonl?: boolean;
  format?: 'auto' | 'text' | 'html';
  published?: string;
  maxBytes?: number;
  /** Documents a job (default DEFAULT_JOB_SIZE). */
  jobSize?: number;
  stdin: Readable;
  stderr: Writable;
}

/** What `queue add` did. */
export interface QueueAddSummary {
  seen: number;
  queued: number;
  /** Already stored: not queued again. */
  stored: number;
  jobs: number;
  unreadable: number;
}

/**
 * Stages a batch and sends its job in one transaction: documents already stored are left out; one staged before
 * and not stored yet is queued again (a job done twice changes nothing), so adding the same paths again after a
 * job failed for good queues what it had left.
 */
async function sendBatch(store: PgStore, boss: PgBoss, batch: Pending[], options: { published: string | null; format: ReadingOptions['format']; maxBytes: number }): Promise<number> {
  const { published, format, maxBytes } = options;
  // Each content hash once: an upsert cannot touch one row twice in a statement (the first of several is kept, as
  // the store keeps it).
  const unique = new Map<string, { source: ArticleSource; item: StagedItem }>();
  for (const pending of batch) {
    const source = pending.source();
    if (!unique.has(source.hash)) unique.set(source.hash, { source, item: stagedItem(pending.item, published, maxBytes, { kind: pending.kind, published, format }) });
  }
  const sources = [...unique.values()].map(({ source }) => source);
  const client = await store.pool.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query<{ content_hash: string }>(`INSERT INTO staged (content_hash, external_id, origin, format, raw, item)
      SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::bytea[], $6::text[]) AS t (h)
      WHERE NOT EXISTS (SELECT 1 FROM articles WHERE content_hash = t.h)
      ON CONFLICT (content_hash) DO UPDATE SET added_at = now() RETURNING content_hash`, [
      sources.map((source) => source.hash), sources.map((source) => source.externalId), sources.map((source) => source.origin ?? null),
      sources.map((source) => source.format), sources.map((source) => (source.raw === null ? null : Buffer.from(source.raw))),
      [...unique.values()].map(({ item }) => JSON.stringify(item)),
    ]);
    const staged = new Set(rows.map((row) => row.content_hash));
    // Input order, each hash once.
    const hashes = sources.map((source) => source.hash).filter((hash) => staged.has(hash));
    if (hashes.length) await boss.send(QUEUE, { hashes } satisfies JobData, { db: { executeSql: (text, values) => client.query(text, values) } });
    await client.query('COMMIT');
    return hashes.length;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw pgError(error, store.where);
  } finally {
    client.release();
  }
}

/** Runs `readout queue add`: stages every document under the paths and queues them, a job per batch. */
export async function queueAdd(options: QueueAddOptions): Promise<QueueAddSummary> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const jobSize = options.jobSize ?? DEFAULT_JOB_SIZE;
  const store = await openPgStore(options.url, 2);
  const summary: QueueAddSummary = { seen: 0, queued: 0, stored: 0, jobs: 0, unreadable: 0 };
  let boss: PgBoss | null = null;
  try {
    boss = await startQueue(options.url, store.where);
    let batch: Pending[] = [];
    const send = async (): Promise<void> => {
      const queued = await sendBatch(store, boss!, batch, { published: options.published ?? null, format: options.format ?? 'auto', maxBytes });
      summary.queued += queued;
      summary.stored += batch.length - queued;
      if (queued) summary.jobs++;
      batch = [];
    };
    for await (const pending of documents(options, maxBytes, (pathAndWhy) => {
      summary.unreadable++;
      options.stderr.write(`readout queue add: cannot read ${pathAndWhy}\n`);
    })) {
      summary.seen++;
      batch.push(pending);
      if (batch.length >= jobSize) await send();
    }
    if (batch.length) await send();
  } finally {
    await boss?.stop({ graceful: false, wait: true });
    await closePgStore(store);
  }
  options.stderr.write(`readout queue add: ${summary.seen} documents, ${summary.queued} queued in ${summary.jobs} jobs, ${summary.stored} already stored\n`);
  return summary;
}

/** Options of `readout queue work` (the size cap is each document's own, from `queue add`). */
export interface QueueWorkOptions extends Omit<ReaderOptions, 'maxBytes'> {
  url: string;
  /** Extracting worker threads (default: one per core). */
  workers?: number;
  timeoutMs?: number;
  workerMemoryMb?: number;
  /** Stop once no job is ready instead of waiting for more. */
  untilEmpty?: boolean;
  /** How long to wait before asking again when no job is ready (default 2 s). */
  pollMs?: number;
  /** Stops taking jobs; those taken are finished. */
  signal?: AbortSignal;
  stderr: Writable & { isTTY?: boolean };
  progress?: boolean;
}

/** What `queue work` did: ingest's counts, and the jobs whose write failed (given back to the queue to retry). */
export interface QueueWorkSummary extends IngestSummary {
  failedJobs: number;
}

/** A job being worked: its staged documents and, as they come out of the pool, their outputs. */
interface JobInHand {
  id: string;
  documents: BatchDocument[];
  expected: number;
}

interface StagedRow {
  content_hash: string;
  external_id: string;
  origin: string | null;
  format: string;
  raw: Buffer | null;
  /** The StagedItem as JSON text: jsonb cannot hold every string a JSONL line can (\u0000, unpaired surrogates). */
  item: string;
}

async function stagedDocuments(store: PgStore, hashes: readonly string[]): Promise<StagedRow[]> {
  const { rows } = await store.pool.query<StagedRow>(`SELECT content_hash, external_id, origin, format, raw, item FROM staged
    WHERE content_hash = ANY($1::text[]) ORDER BY array_position($1::text[], content_hash)`, [hashes]);
  return rows;
}

/** The next ready job with its staged documents (none when an earlier try stored them all), or null when none is ready. */
async function nextJob(queue: PgBoss, store: PgStore): Promise<{ id: string; hashes: number; rows: StagedRow[] } | null> {
  try {
    const job = (await queue.fetch<JobData>(QUEUE, { batchSize: 1 }))?.[0];
    return job ? { id: job.id, hashes: job.data.hashes.length, rows: await stagedDocuments(store, job.data.hashes) } : null;
  } catch (error) {
    throw pgError(error, store.where);
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}

/**
 * Runs `readout queue work`: takes jobs one at a time, extracts their documents across worker threads (the pool stays
 * warm from job to job), and stores each job's documents in one transaction before completing it. A bad document is
 * an error row like any other; a job whose batch cannot be written is failed, for the queue to retry.
 */
export async function queueWork(options: QueueWorkOptions): Promise<QueueWorkSummary> {
  const store = await openPgStore(options.url, 2);
  const summary: QueueWorkSummary = { seen: 0, stored: 0, skipped: 0, errors: 0, unreadable: 0, seconds: 0, failedJobs: 0 };
  const started = Date.now();
  const progress = new Progress(options.stderr, options.progress ?? Boolean(options.stderr.isTTY), null, 'readout queue work');
  let boss: PgBoss | null = null;
  // Items leave the generator in order and outputs come back in the same order: each names its job and source.
  const waiting: { job: JobInHand; source: ArticleSource }[] = [];
  async function* items(queue: PgBoss): AsyncGenerator<WorkItem> {
    while (!options.signal?.aborted) {
      const job = await nextJob(queue, store);
      if (!job) {
        if (options.untilEmpty) return;
        await sleep(options.pollMs ?? 2000, options.signal);
        continue;
      }
      const { rows } = job;
      summary.seen += rows.length;
      // Documents stored by an earlier try of this job (or another job) are no longer staged.
      summary.skipped += job.hashes - rows.length;
      if (!rows.length) {
        await queue.complete(QUEUE, job.id).catch((error: unknown) => {
          throw pgError(error, store.where);
        });
        continue;
      }
      const inHand: JobInHand = { id: job.id, documents: [], expected: rows.length };
      for (const row of rows) {
        const staged = JSON.parse(row.item) as StagedItem;
        const reading = readingJson(staged, Boolean(options.asIs));
        waiting.push({ job: inHand, source: { externalId: row.external_id, hash: row.content_hash, raw: row.raw, format: row.format, origin: row.origin, reading } });
        yield workItem(staged, row.raw);
      }
    }
  }
  const finish = async (queue: PgBoss, job: JobInHand): Promise<void> => {
    try {
      const outcomes = await savePgBatch(store, job.documents);
      outcomes.forEach((outcome, index) => {
        const { source, output } = job.documents[index];
        if (!outcome.stored) summary.skipped++;
        else if ('error' in output) {
          summary.errors++;
          progress.error(source.externalId, output.error);
        } else summary.stored++;
      });
      await queue.complete(QUEUE, job.id);
    } catch (error) {
      summary.failedJobs++;
      // Masked here too: not every failure comes through pgError.
      const message = redacted((error as Error).message);
      options.stderr.write(`readout queue work: job ${job.id} failed, the queue will retry it: ${message}\n`);
      await queue.fail(QUEUE, job.id, { message }).catch(() => {});
    }
    progress.tick(summary);
  };
  try {
    boss = await startQueue(options.url, store.where);
    const pool = {
      jobs: options.workers,
      timeoutMs: options.timeoutMs,
      workerMemoryMb: options.workerMemoryMb,
      reader: { asIs: options.asIs, maxBytes: WORK_MAX_BYTES, dictionaries: options.dictionaries },
      defaults: {},
      task: 'store' as const,
    };
    for await (const output of runPool(items(boss), pool)) {
      const { job, source } = waiting.shift()!;
      job.documents.push({ source, output: output satisfies StoreOutput });
      if (job.documents.length === job.expected) await finish(boss, job);
    }
  } finally {
    await boss?.stop({ graceful: false, wait: true });
    await closePgStore(store);
    summary.seconds = (Date.now() - started) / 1000;
  }
  progress.done(summary, `${store.where}${summary.failedJobs ? ` (${summary.failedJobs} jobs failed, to be retried)` : ''}`);
  return summary;
}
