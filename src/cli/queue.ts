// `readout queue add|work`: the queue and store on PostgreSQL (src/scale), for reading a collection on many machines.
import type { Readable, Writable } from 'node:stream';
import { ReadoutError } from '../errors.js';
import { checkPublished } from '../clean/clean.js';
import { parseOrExplain, positiveInteger } from './main.js';

const QUEUE_USAGE = `Usage: readout queue add --pg URL PATH... [--job-size N] [--jsonl] [--format auto|text|html] [--published DATE]
                         [--max-bytes N]
       readout queue work --pg URL [--workers N] [--until-empty] [--timeout-ms N] [--worker-memory-mb N]
                         [--as-is] [--dictionary FILE]

Reads a collection with many machines through PostgreSQL: a store and a job queue (pg-boss) in one database.
  add    Stages the documents under PATHs (files, folders, .jsonl, .warc/.warc.gz, "-" for standard input) in the
         database and queues one job per N of them. Documents already stored are left out.
  work   Takes jobs, extracts their documents across worker threads and stores each job's documents in one
         transaction; run it on as many machines as you like. A document that cannot be read is stored as an error
         row; a job whose write fails is retried by the queue (three times), and the exit status is then 1. Waits
         for more jobs until stopped (Ctrl+C finishes the jobs in hand), or with --until-empty stops once no job is
         ready.

  --pg URL           The database (postgresql://user:password@host:port/database); default $READOUT_PG_URL.
  --job-size N       Documents a job (default 32).
  --workers N        Extracting worker threads (default: the number of cores).
  Other options as for readout ingest. Read it back with: readout export --pg URL --format jsonl
`;

/** The database URL from --pg or $READOUT_PG_URL. */
export function pgUrl(values: Record<string, unknown>): string {
  const url = (values.pg as string | undefined) ?? process.env.READOUT_PG_URL;
  if (!url) throw new ReadoutError('E_USAGE', 'name the PostgreSQL database with --pg URL (or set READOUT_PG_URL)');
  return url;
}

function formatOf(value: unknown): 'auto' | 'text' | 'html' {
  const format = String(value);
  if (format !== 'auto' && format !== 'text' && format !== 'html') throw new ReadoutError('E_USAGE', `--format must be auto, text or html, not "${format}"`);
  return format;
}

type Io = { stdin: Readable; stdout: Writable; stderr: Writable & { isTTY?: boolean } };

async function addCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseOrExplain(args, {
    pg: { type: 'string' },
    'job-size': { type: 'string' },
    jsonl: { type: 'boolean', default: false },
    format: { type: 'string', default: 'auto' },
    published: { type: 'string' },
    'max-bytes': { type: 'string' },
  });
  if (!positionals.length) throw new ReadoutError('E_USAGE', 'queue add needs at least one PATH (a file, a folder, or "-" for standard input)');
  const published = values.published as string | undefined;
  checkPublished(published);
  const { queueAdd } = await import('../scale/queue.js');
  const summary = await queueAdd({
    url: pgUrl(values),
    paths: positionals,
    jsonl: Boolean(values.jsonl),
    format: formatOf(values.format),
    published,
    maxBytes: positiveInteger(values, 'max-bytes'),
    jobSize: positiveInteger(values, 'job-size'),
    stdin: io.stdin,
    stderr: io.stderr,
  });
  return summary.unreadable ? 1 : 0;
}

async function workCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseOrExplain(args, {
    pg: { type: 'string' },
    workers: { type: 'string' },
    'until-empty': { type: 'boolean', default: false },
    'timeout-ms': { type: 'string' },
    'worker-memory-mb': { type: 'string' },
    'as-is': { type: 'boolean', default: false },
    dictionary: { type: 'string', multiple: true },
  });
  if (positionals.length) throw new ReadoutError('E_USAGE', `queue work takes no paths (got "${positionals[0]}"); add them with readout queue add`);
  const { queueWork } = await import('../scale/queue.js');
  const stop = new AbortController();
  const onSignal = (): void => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let summary;
  try {
    summary = await queueWork({
      url: pgUrl(values),
      workers: positiveInteger(values, 'workers'),
      untilEmpty: Boolean(values['until-empty']),
      timeoutMs: positiveInteger(values, 'timeout-ms'),
      workerMemoryMb: positiveInteger(values, 'worker-memory-mb'),
      asIs: Boolean(values['as-is']),
      dictionaries: values.dictionary as string[] | undefined,
      signal: stop.signal,
      stderr: io.stderr,
    });
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  return summary.failedJobs ? 1 : 0;
}

/** Parses `readout queue add|work` arguments and runs it; returns the exit status. */
export async function queueCommand(args: string[], io: Io = process): Promise<number> {
  const [action, ...rest] = args;
  if (!action || action === '-h' || action === '--help' || rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(QUEUE_USAGE);
    return action ? 0 : 2;
  }
  try {
    if (action === 'add') return await addCommand(rest, io);
    if (action === 'work') return await workCommand(rest, io);
  } catch (error) {
    if (error instanceof ReadoutError && error.code === 'E_STORE') {
      io.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
  throw new ReadoutError('E_USAGE', `queue takes add or work, not "${action}"; try "readout queue --help"`);
}
