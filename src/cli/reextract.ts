// `readout reextract`: brings a store up to the current rules. Ingest skips an input already stored, so after an
// upgrade every stored article keeps the facts of the rules that read it; this reads each such article's raw input
// again, as ingest read it, through ingest's worker pool, and replaces its facts under the same id (see replace.ts).
import type { Writable } from 'node:stream';
import { ReadoutError, toErrorInfo } from '../errors.js';
import { checkPublished } from '../clean/clean.js';
import { sentenceKey, siteOf, SITE_REASON, type SiteSentences } from '../clean/boilerplate/site-boilerplate.js';
import { DEFAULT_MAX_BYTES } from '../input/decode.js';
import { runPool, type PoolOptions } from '../batch/pool.js';
import { withDefaults, type WorkItem } from '../batch/work.js';
import { guard, openStore, DEFAULT_STORE_PATH, type Store } from '../store/db.js';
import type { BatchDocument } from '../store/save.js';
import { startCheckpoints } from '../store/checkpoints.js';
import { countReadByOtherRules } from '../store/articles.js';
import {
  articlesToReextract, countToReextract, replaceArticles, siteRemovals,
  type ReadingOptions, type ReextractScope, type Replacement, type StoredArticle,
} from '../store/replace.js';
import { commitInGroups, DEFAULT_BATCH, endRun, Progress, type IngestSummary } from './ingest.js';
import { parseJsonlLine } from './jsonl.js';
import { parseOrExplain, positiveInteger } from './main.js';

/** How the progress line counts: an article without its input kept (over the size cap) is skipped. */
const REEXTRACT_WORDS = { unit: 'articles', stored: 're-extracted', skipped: 'without a stored input', errors: 'failed (old facts kept)' };

/** Options of `readout reextract`. */
export interface ReextractOptions {
  /** Store file (default data/readout.db); ignored when `store` is given. */
  db?: string;
  /** An open store (the caller closes it). */
  store?: Store;
  /** Every article, not only those read by other rules (error rows too). */
  all?: boolean;
  /** For articles stored before their reading was recorded (migration 11): their input is the article body. */
  asIs?: boolean;
  /** For articles stored before their reading was recorded: the publication date ingest was given. */
  published?: string;
  jobs?: number;
  timeoutMs?: number;
  workerMemoryMb?: number;
  maxBytes?: number;
  dictionaries?: string[];
  batch?: number;
  stderr: Writable & { isTTY?: boolean };
  progress?: boolean;
}

/** What a re-extraction did; `stored` counts articles replaced, `errors` those that failed and kept their old facts. */
export type ReextractSummary = IngestSummary;

/** The rules of the standard pipeline; its module (and the stages' data, some 50 MB) is loaded only when asked. */
export async function currentRules(): Promise<Record<string, string>> {
  return (await import('../readout.js')).standardRules();
}

/**
 * The rules this readout extracts by, for a run that stored `lastStored` (an article its workers read, or null): that
 * article's rules, so this thread needs not load the pipeline, nor trust the newest article, which another process
 * may have written. With none stored, null when the store holds no read article (none can be on older rules), else
 * currentRules().
 */
export async function rulesOfRun(store: Store, lastStored: number | null): Promise<Record<string, string> | null> {
  const rules = lastStored === null ? null : guard(store, () => store.db.prepare('SELECT rules FROM articles WHERE id = ?').pluck().get(lastStored) as string | null | undefined);
  if (rules) return JSON.parse(rules) as Record<string, string>;
  const anyRead = guard(store, () => store.db.prepare("SELECT 1 FROM articles WHERE status = 'ok' LIMIT 1").pluck().get());
  return anyRead ? currentRules() : null;
}

/** The one line telling that some stored articles were read by other rules, or null when none was. */
export function olderRulesLine(store: Store, rules: Record<string, string>): string | null {
  const count = countReadByOtherRules(store, rules);
  if (!count) return null;
  return `readout: ${count} article${count === 1 ? ' was' : 's were'} extracted by older rules; run \`readout reextract${store.path === DEFAULT_STORE_PATH ? '' : ` --db ${store.path}`}\` to bring ${count === 1 ? 'it' : 'them'} up to date\n`;
}

// How ingest's origins end: "file.jsonl:12" for a JSONL line, "file.warc#3" for a WARC record.
const JSONL_ORIGIN = /^(?:stdin|.*\.jsonl):(\d+)$/iu;
const WARC_ORIGIN = /\.warc(?:\.gz)?#\d+$/iu;

/**
 * How an article's input is read again: as ingest recorded it, or, for an article stored before it did, the kind its
 * origin shows and the options given to this command (the publication date stored, when none is given: a document's
 * own date wins over it, as over ingest's).
 */
export function readingOf(article: StoredArticle, options: Pick<ReextractOptions, 'asIs' | 'published'>): ReadingOptions {
  if (article.reading) return article.reading;
  const origin = article.source.origin ?? '';
  const kind = JSONL_ORIGIN.test(origin) ? 'jsonl' : WARC_ORIGIN.test(origin) ? 'warc' : 'document';
  const format = article.source.format === 'text' || article.source.format === 'html' ? article.source.format : 'auto';
  return { kind, published: options.published ?? article.published, format: kind === 'document' ? format : 'auto', asIs: Boolean(options.asIs) };
}

/** The work item reading an article's raw input as ingest read it (see documents() in ingest.ts). */
export function workItemOf(article: StoredArticle, reading: ReadingOptions, maxBytes: number): WorkItem {
  const { externalId: id, raw, format } = article.source;
  const bytes = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw!;
  const defaults = { published: reading.published, format: reading.format };
  if (reading.kind === 'jsonl') {
    const number = Number(JSONL_ORIGIN.exec(article.source.origin ?? '')?.[1] ?? 0);
    const parsed = parseJsonlLine({ number, bytes, length: bytes.length }, maxBytes);
    if ('error' in parsed) return { kind: 'failed', id: parsed.id, error: toErrorInfo(parsed.error) };
    return { kind: 'input', input: withDefaults({ ...parsed.input, id: parsed.input.id ?? id }, defaults) };
  }
  const input = reading.kind === 'warc' ? { id, url: id, bytes, format: 'html' as const } : { id, bytes, format: format as ReadingOptions['format'] };
  return { kind: 'input', input: withDefaults(input, defaults) };
}

/** The sentences site boilerplate took out of the articles in scope, by site, for the workers to take out again. */
function siteSentencesOf(store: Store, scope: ReextractScope): SiteSentences {
  const sites = new Map<string, Set<string>>();
  for (const { url, text } of siteRemovals(store, scope, SITE_REASON)) {
    const site = siteOf(url);
    if (!site) continue;
    const keys = sites.get(site) ?? new Set<string>();
    keys.add(sentenceKey(text));
    sites.set(site, keys);
  }
  return sites;
}

/** Runs `readout reextract`; returns the summary (the store is opened and closed here unless one is given). */
export async function runReextract(options: ReextractOptions): Promise<ReextractSummary> {
  if (options.published !== undefined) checkPublished(options.published);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const rules = await currentRules();
  const store = options.store ?? openStore(options.db ?? DEFAULT_STORE_PATH, { mustExist: true });
  const checkpoints = store.path === ':memory:' ? null : startCheckpoints(store);
  const summary: ReextractSummary = { seen: 0, stored: 0, skipped: 0, errors: 0, unreadable: 0, seconds: 0 };
  const started = Date.now();
  const scope: ReextractScope = { rules, all: Boolean(options.all), unrecordedAsIs: Boolean(options.asIs) };
  const progress = new Progress(options.stderr, options.progress ?? Boolean(options.stderr.isTTY), null, 'readout reextract', REEXTRACT_WORDS);
  let ended = false;
  try {
    // Cleaning is set per worker pool: articles read with --as-is and those read without go in two passes. Each article
    // is in one of them, and a pass rewrites only its own, so both are counted once, before the first.
    const passes = [false, true].map((asIs) => ({ pass: { ...scope, asIs }, count: 0 }));
    for (const p of passes) p.count = countToReextract(store, p.pass);
    progress.setTotal(passes.reduce((total, p) => total + p.count, 0));
    for (const { pass, count } of passes) if (count) await reextractPass(store, pass, options, maxBytes, summary, progress, checkpoints);
    ended = true;
  } finally {
    await endRun({ store, given: Boolean(options.store), checkpoints, summary, started }, ended);
  }
  progress.done(summary, store.path);
  return summary;
}

/** Re-extracts the articles of one pass (one cleaning setting), committing them in groups as ingest does. */
async function reextractPass(store: Store, scope: ReextractScope, options: ReextractOptions, maxBytes: number, summary: ReextractSummary,
  progress: Progress, checkpoints: { committed(): void } | null): Promise<void> {
  const siteSentences = scope.asIs ? undefined : siteSentencesOf(store, scope);
  const pool: PoolOptions = {
    jobs: options.jobs,
    timeoutMs: options.timeoutMs,
    workerMemoryMb: options.workerMemoryMb,
    reader: { asIs: scope.asIs, maxBytes, dictionaries: options.dictionaries, ...(siteSentences?.size ? { siteSentences } : {}) },
    defaults: {},
  };
  // Articles wait here in order; the pool yields outputs in the same order, so they pair up one to one.
  const waiting: { article: StoredArticle; reading: ReadingOptions }[] = [];
  async function* toExtract(): AsyncGenerator<WorkItem> {
    for (const article of articlesToReextract(store, scope)) {
      summary.seen++;
      // An input over the size cap was not kept (its row is an error): there is nothing to read again.
      if (article.source.raw === null) {
        summary.skipped++;
        progress.tick(summary);
        continue;
      }
      const reading = readingOf(article, options);
      waiting.push({ article, reading });
      yield workItemOf(article, reading, maxBytes);
    }
  }
  const commit = (group: (Replacement & BatchDocument)[]): void => {
    for (const outcome of replaceArticles(store, group)) {
      if (outcome.replaced) summary.stored++;
      else {
        summary.errors++;
        progress.error(`article ${outcome.articleId}`, outcome.error!);
      }
    }
    progress.tick(summary);
    checkpoints?.committed();
  };
  // Each output goes with its article and, as a document of ingest's groups, its source.
  async function* extracted(): AsyncGenerator<Replacement & BatchDocument> {
    for await (const output of runPool(toExtract(), { ...pool, task: 'store' })) {
      const { article, reading } = waiting.shift()!;
      yield { article, reading, source: article.source, output };
    }
  }
  await commitInGroups(extracted(), options.batch ?? DEFAULT_BATCH, commit);
}

const REEXTRACT_USAGE = `Usage: readout reextract [--db FILE] [--all] [--jobs N] [--batch N] [--as-is] [--published DATE]
                         [--max-bytes N] [--timeout-ms N] [--worker-memory-mb N] [--dictionary FILE]

Reads the stored raw input of every article extracted by rules other than this readout's again, with the options it
was ingested with, and replaces its facts (entities, quotes, times, events and their cross-article counts) under the
same article id. Interrupted, a rerun goes on with the articles still on other rules. An article whose document now
fails keeps its old facts; the failure is recorded on it (error_code, error_message) and the run goes on.

  --db FILE          The store (default ${DEFAULT_STORE_PATH}).
  --all              Every article, those already on the current rules and error rows too.
  --jobs N           Worker threads extracting (default: the number of cores); one writer. --workers N is the same.
  --batch N          Most articles per transaction (default ${DEFAULT_BATCH}).
  --as-is            Articles stored before readout recorded how it read them: their input is the article body (as
                     ingest --as-is). Articles stored since are read as recorded.
  --published DATE   Articles stored before readout recorded how it read them: the publication date ingest was given
                     (default: the date stored with each article; a document's own date wins either way).
  --max-bytes N      Cap on one document's size (default ${DEFAULT_MAX_BYTES}).
  --timeout-ms N     Per-document time cap (default 30000); a document past it keeps its old facts (E_TIMEOUT).
  --worker-memory-mb N  Heap ceiling of each worker (default 256).
  --dictionary FILE  Extra actors, organisations and office holders (repeatable): give those ingest was given.

Exit status: 0 when every article was replaced or recorded as failed; 1 when the store failed; 2 for a usage error.
`;

/** Parses `readout reextract` arguments and runs it; returns the exit status. */
export async function reextractCommand(args: string[], io: { stdout: Writable; stderr: Writable & { isTTY?: boolean } } = process): Promise<number> {
  const { values, positionals } = parseOrExplain(args, {
    db: { type: 'string', default: DEFAULT_STORE_PATH },
    all: { type: 'boolean', default: false },
    jobs: { type: 'string' },
    workers: { type: 'string' },
    batch: { type: 'string' },
    'as-is': { type: 'boolean', default: false },
    published: { type: 'string' },
    'max-bytes': { type: 'string' },
    'timeout-ms': { type: 'string' },
    'worker-memory-mb': { type: 'string' },
    dictionary: { type: 'string', multiple: true },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(REEXTRACT_USAGE);
    return 0;
  }
  if (positionals.length) throw new ReadoutError('E_USAGE', `reextract takes no file arguments (got "${positionals[0]}"); use --db FILE`);
  try {
    await runReextract({
      db: String(values.db),
      all: Boolean(values.all),
      asIs: Boolean(values['as-is']),
      published: values.published as string | undefined,
      jobs: positiveInteger(values, 'jobs') ?? positiveInteger(values, 'workers'),
      batch: positiveInteger(values, 'batch'),
      maxBytes: positiveInteger(values, 'max-bytes'),
      timeoutMs: positiveInteger(values, 'timeout-ms'),
      workerMemoryMb: positiveInteger(values, 'worker-memory-mb'),
      dictionaries: values.dictionary as string[] | undefined,
      stderr: io.stderr,
    });
    return 0;
  } catch (error) {
    if (error instanceof ReadoutError && error.code === 'E_STORE') {
      io.stderr.write(`\n${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
