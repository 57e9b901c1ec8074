// `readout reextract`: brings a store up to the current rules. Ingest skips an input already stored, so after an
// upgrade every stored article keeps the facts of the rules that read it; this reads each such article's raw input
// again, as ingest read it, through ingest's worker pool, and replaces its facts under the same id. One run over
// either store (SQLite, or PostgreSQL with --pg): which articles it takes and how each is read again are decided here
// and in src/store/replace.ts; each store only reads and writes its rows (a ReextractTarget, over src/store/replace.ts
// or src/scale/replace.ts).
import type { Writable } from 'node:stream';
import { ReadoutError, toErrorInfo } from '../errors.js';
import { withoutPassword } from '../scale/connection.js';
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
  articlesToReextract, countToReextract, lastArticleId, replaceArticles, siteRemovals,
  type ReadingOptions, type ReextractScope, type Replacement, type ReplaceOutcome, type StoredArticle,
} from '../store/replace.js';
import { closeRun, commitInGroups, DEFAULT_BATCH, Progress, type IngestSummary } from './ingest.js';
import { parseJsonlLine } from './jsonl.js';
import { parseOrExplain, positiveInteger } from './main.js';
import { storeChoice, type StoreChoice } from './serve.js';

/** How the progress line counts: an article without its input kept (over the size cap) is skipped. */
const REEXTRACT_WORDS = { unit: 'articles', stored: 're-extracted', skipped: 'without a stored input', errors: 'failed (old facts kept)' };

/** Options of `readout reextract`. */
export interface ReextractOptions {
  /** Store file (default data/readout.db); ignored when `store` or `pg` is given. */
  db?: string;
  /** An open store (the caller closes it). */
  store?: Store;
  /** The PostgreSQL store (src/scale) at this URL, instead of SQLite. */
  pg?: string;
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

/** The one line telling that `count` stored articles were read by other rules (null when none was), and the `command` to run. */
export function olderRulesMessage(count: number, command: string): string | null {
  if (!count) return null;
  return `readout: ${count} article${count === 1 ? ' was' : 's were'} extracted by older rules; run \`${command}\` to bring ${count === 1 ? 'it' : 'them'} up to date\n`;
}

/**
 * The one line telling that some articles of a SQLite store were read by other rules, or null when none was. The store
 * is named unless it is the default one and no READOUT_PG_URL would take reextract to PostgreSQL instead.
 */
export function olderRulesLine(store: Store, rules: Record<string, string>): string | null {
  const named = store.path !== DEFAULT_STORE_PATH || Boolean(process.env.READOUT_PG_URL);
  return olderRulesMessage(countReadByOtherRules(store, rules), `readout reextract${named ? ` --db ${store.path}` : ''}`);
}

/**
 * The line `readout serve` prints when the store it serves holds articles read by older rules (ingest's last line), or
 * null. It opens the store apart, briefly; the rules are learnt only when the store holds an article that was read
 * (the server has loaded the pipeline already, for POST /api/extract: src/api/app.ts).
 */
export async function servedOlderRulesLine(choice: StoreChoice): Promise<string | null> {
  if (choice.pg === undefined) {
    const store = choice.store ?? openStore(choice.db ?? DEFAULT_STORE_PATH, { readonly: true });
    try {
      const rules = await rulesOfRun(store, null);
      return rules ? olderRulesLine(store, rules) : null;
    } finally {
      if (!choice.store) store.close();
    }
  }
  const [{ openPgStore, closePgStore }, { anyPgArticleRead, countPgToReextract }] = await Promise.all([import('../scale/pg.js'), import('../scale/replace.js')]);
  const store = await openPgStore(choice.pg, 1);
  try {
    if (!(await anyPgArticleRead(store))) return null;
    const count = await countPgToReextract(store, { rules: await currentRules(), all: false });
    // The URL is named only when it is not the one the shell gives. Its password is left out rather than masked (a
    // command pasted would log in with the mask), and it is quoted: a query string's `&` would end the command.
    return olderRulesMessage(count, `readout reextract${choice.pg === process.env.READOUT_PG_URL ? '' : ` --pg ${shellQuoted(withoutPassword(choice.pg))}`}`);
  } finally {
    await closePgStore(store);
  }
}

/** `text` as one word of a POSIX shell: single-quoted, each quote of its own closed, escaped and reopened. */
export function shellQuoted(text: string): string {
  return `'${text.replaceAll("'", "'\\''")}'`;
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

/** The sentences site boilerplate took out, by site, for the workers to take out again (see siteRemovals). */
function siteSentencesOf(removals: readonly { url: string; text: string }[]): SiteSentences {
  const sites = new Map<string, Set<string>>();
  for (const { url, text } of removals) {
    const site = siteOf(url);
    if (!site) continue;
    const keys = sites.get(site) ?? new Set<string>();
    keys.add(sentenceKey(text));
    sites.set(site, keys);
  }
  return sites;
}

/**
 * A store as a re-extraction reads and writes it; the run (which articles, how each is read again, groups, progress)
 * is the same over both. `replace` writes one group in one transaction (see planReplacements).
 */
interface ReextractTarget {
  /** The store, for the last line: the SQLite file, or the PostgreSQL URL without its password. */
  where: string;
  lastId(): Promise<number>;
  count(scope: ReextractScope): Promise<number>;
  siteRemovals(scope: ReextractScope, reason: string): Promise<{ url: string; text: string }[]>;
  articles(scope: ReextractScope): Iterable<StoredArticle> | AsyncIterable<StoredArticle>;
  replace(group: readonly Replacement[]): Promise<ReplaceOutcome[]>;
  /** After each group is counted; throws what went wrong beside the writes (SQLite's checkpointing thread). */
  committed(): void;
  /** Closes what was opened for the run; a failure is thrown only when the run `ended` without one of its own. */
  close(ended: boolean): Promise<void>;
}

/** The SQLite store, its WAL checkpointed on a thread of its own as ingest's is (SQLite calls are synchronous). */
function sqliteTarget(options: ReextractOptions): ReextractTarget {
  const store = options.store ?? openStore(options.db ?? DEFAULT_STORE_PATH, { mustExist: true });
  const checkpoints = store.path === ':memory:' ? null : startCheckpoints(store);
  return {
    where: store.path,
    lastId: async () => lastArticleId(store),
    count: async (scope) => countToReextract(store, scope),
    siteRemovals: async (scope, reason) => siteRemovals(store, scope, reason),
    articles: (scope) => articlesToReextract(store, scope),
    replace: async (group) => replaceArticles(store, group),
    committed: () => checkpoints?.committed(),
    close: (ended) => closeRun({ store, given: Boolean(options.store), checkpoints }, ended),
  };
}

/** The PostgreSQL store at `url` (src/scale), on a pool of two connections: one reads articles while one writes. */
async function pgTarget(url: string): Promise<ReextractTarget> {
  const [{ openPgStore, closePgStore }, pgReplace] = await Promise.all([import('../scale/pg.js'), import('../scale/replace.js')]);
  const store = await openPgStore(url, 2);
  return {
    where: store.where,
    lastId: () => pgReplace.lastPgArticleId(store),
    count: (scope) => pgReplace.countPgToReextract(store, scope),
    // `queue work` reads without site boilerplate (it has no whole batch to learn a site's sentences from), so no
    // article of this store had a site sentence taken out: none to take out again.
    siteRemovals: async () => [],
    articles: (scope) => pgReplace.pgArticlesToReextract(store, scope),
    replace: (group) => pgReplace.replacePgArticles(store, group),
    committed: () => {},
    close: async (ended) => {
      try {
        await closePgStore(store);
      } catch (error) {
        if (ended) throw error;
      }
    },
  };
}

/** Runs `readout reextract`; returns the summary (the store is opened and closed here unless one is given). */
export async function runReextract(options: ReextractOptions): Promise<ReextractSummary> {
  if (options.published !== undefined) checkPublished(options.published);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const rules = await currentRules();
  const target = options.pg === undefined ? sqliteTarget(options) : await pgTarget(options.pg);
  const summary: ReextractSummary = { seen: 0, stored: 0, skipped: 0, errors: 0, unreadable: 0, seconds: 0 };
  const started = Date.now();
  const progress = new Progress(options.stderr, options.progress ?? Boolean(options.stderr.isTTY), null, 'readout reextract', REEXTRACT_WORDS);
  let ended = false;
  try {
    const scope: ReextractScope = { rules, all: Boolean(options.all), unrecordedAsIs: Boolean(options.asIs), lastId: await target.lastId() };
    // Cleaning is set per worker pool: articles read with --as-is and those read without go in two passes. Each article
    // is in one of them, and a pass rewrites only its own, so both are counted once, before the first.
    const passes = [false, true].map((asIs) => ({ pass: { ...scope, asIs }, count: 0 }));
    for (const p of passes) p.count = await target.count(p.pass);
    progress.setTotal(passes.reduce((total, p) => total + p.count, 0));
    for (const { pass, count } of passes) if (count) await reextractPass(target, pass, options, maxBytes, summary, progress);
    ended = true;
  } finally {
    summary.seconds = (Date.now() - started) / 1000;
    await target.close(ended);
  }
  progress.done(summary, target.where);
  return summary;
}

/** Re-extracts the articles of one pass (one cleaning setting), committing them in groups as ingest does. */
async function reextractPass(target: ReextractTarget, scope: ReextractScope, options: ReextractOptions, maxBytes: number, summary: ReextractSummary,
  progress: Progress): Promise<void> {
  const siteSentences = scope.asIs ? undefined : siteSentencesOf(await target.siteRemovals(scope, SITE_REASON));
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
    for await (const article of target.articles(scope)) {
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
  const commit = async (group: (Replacement & BatchDocument)[]): Promise<void> => {
    for (const outcome of await target.replace(group)) {
      if (outcome.replaced) summary.stored++;
      else {
        summary.errors++;
        progress.error(`article ${outcome.articleId}`, outcome.error!);
      }
    }
    progress.tick(summary);
    target.committed();
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

const REEXTRACT_USAGE = `Usage: readout reextract [--db FILE | --pg URL] [--all] [--jobs N] [--batch N] [--as-is] [--published DATE]
                         [--max-bytes N] [--timeout-ms N] [--worker-memory-mb N] [--dictionary FILE]

Reads the stored raw input of every article extracted by rules other than this readout's again, with the options it
was ingested with, and replaces its facts (entities, quotes, times, events and their cross-article counts) under the
same article id. Interrupted, a rerun goes on with the articles still on other rules. An article whose document now
fails keeps its old facts, the failure is noted on it (error_code, error_message), and the next article is read.

  --db FILE          The store (default ${DEFAULT_STORE_PATH}).
  --pg URL           The PostgreSQL store instead (see readout queue --help); default $READOUT_PG_URL when --db is
                     not given.
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

Exit codes: 0 if each article was replaced or noted as failed; 1 if the store failed; 2 if the command line was wrong.
`;

/** Parses `readout reextract` arguments and runs it; returns the exit status. */
export async function reextractCommand(args: string[], io: { stdout: Writable; stderr: Writable & { isTTY?: boolean } } = process): Promise<number> {
  const { values, positionals } = parseOrExplain(args, {
    db: { type: 'string' },
    pg: { type: 'string' },
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
  if (positionals.length) throw new ReadoutError('E_USAGE', `reextract takes no file arguments (got "${positionals[0]}"); use --db FILE or --pg URL`);
  const { db, pg } = storeChoice(values, 'reextract');
  try {
    await runReextract({
      db,
      pg,
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
