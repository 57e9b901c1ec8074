import { parseArgs } from 'node:util';
import { ReadoutError } from '../errors.js';
import { redacted } from '../scale/connection.js';

const USAGE = `readout: reads news and writes down, with evidence, who said what and who did what to whom.

Usage:
  readout extract [FILE ...] [--jsonl] [--as-is] [--published DATE] [--url URL] [--format auto|text|html]
                  [--max-bytes N] [--dictionary FILE] [--jobs N] [--timeout-ms N]
                  [--worker-memory-mb N] [--no-site-boilerplate]
  readout ingest PATH... [--db FILE] [--published DATE] [--jobs N] [--jsonl]     (readout ingest --help)
  readout reextract [--db FILE | --pg URL] [--all] [--jobs N] [--as-is]           (readout reextract --help)
  readout export --format jsonl|csv|gdelt [--events] [--db FILE | --pg URL] [--out FILE]   (readout export --help)
  readout queue add|work --pg URL ...                                            (readout queue --help)
  readout serve [--db FILE | --pg URL] [--port N] [--host H] [--max-body-bytes N] [--timeout-ms N] [--workers N]

Commands:
  extract   Read articles (files; folders, walked for .txt, .html and .htm, or .jsonl with --jsonl; or standard
            input with "-" or no FILE) and print one readout/1 JSON result per document, one per line.
  serve     Serve the HTTP API (/api/..., described at /api/openapi.json) and the web UI over a store.
  ingest    Read files, folders, JSONL, WARC archives or standard input into the store (SQLite), skipping what is
            already there.
  reextract Read the stored inputs of articles extracted by older rules again and replace their facts (same ids).
  export    Write the store out: full results or events as JSONL, events as CSV, or GDELT-style events.
  queue     Read a collection on many machines: a store and a job queue on PostgreSQL (add documents, work jobs).

Options of extract:
  --jsonl            Each input line is an object {"id", "text"|"html", "published"?, "url"?, "title"?}. Results keep
                     the input order, one per line; a line that fails yields {"id", "error": {"code", "message"}}
                     and the lines after it are still read.
  --as-is            Take the input as the article body itself: nothing is stripped or mended, and spans point
                     into the input as given.
  --published DATE   The day the article appeared (ISO 8601); "on Thursday" and other relative dates count from it.
  --url URL          The article's address.
  --format KIND      auto (default), text or html.
  --max-bytes N      Cap on one document's size (default 10485760); larger documents give E_INPUT_TOO_LARGE.
  --dictionary FILE  A JSON or YAML file of extra actors, organisations and office holders (repeatable).
  --jobs N           Worker threads (default: the number of cores). Output keeps the input order.
  --timeout-ms N     Per-document time cap (default 30000); a document past it gives E_TIMEOUT.
  --worker-memory-mb N  Heap ceiling of each worker thread (default 256); a document needing more gives E_MEMORY.
  --no-site-boilerplate  Keep sentences repeated across many documents of one site. By default, with several files
                     or JSONL files, a first pass learns the sentences a site repeats (a standing footer, an app
                     prompt) and the second takes them out, listing each in "removed". Standard input and single
                     documents are never filtered this way.
  -h, --help         This help.

Options of serve:
  --db FILE            The store (default data/readout.db).
  --pg URL             The PostgreSQL store (readout queue) instead of SQLite; default $READOUT_PG_URL when --db is
                       not given.
  --port N             Port (default $PORT, else 8080; 0 picks a free one).
  --host H             Interface to listen on (default 127.0.0.1: this machine only).
  --max-body-bytes N   Cap on a request body (default 1048576); larger bodies give 413 E_BODY_TOO_LARGE.
  --timeout-ms N       Per-document time cap of POST /api/extract (default 30000); past it, 503 E_TIMEOUT.
  --workers N          Server processes sharing the port (default 1); more use more cores.

Exit codes: 0 if each document gave either a result or an error line; 1 if an input file could not be read; 2 if
the command line was wrong.
`;

/** Runs the command line; resolves to the exit status. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help' || command === 'help') {
    process.stdout.write(USAGE);
    return command ? 0 : 2;
  }
  try {
    if (command === 'extract') return await extractCommand(rest);
    if (command === 'serve') return await serveCommand(rest);
    // Each command loads its own modules only when it runs: `extract` never pays for SQLite or the HTTP server.
    if (command === 'ingest') return await (await import('./ingest.js')).ingestCommand(rest);
    if (command === 'reextract') return await (await import('./reextract.js')).reextractCommand(rest);
    if (command === 'export') return await (await import('./export.js')).exportCommand(rest);
    if (command === 'queue') return await (await import('./queue.js')).queueCommand(rest);
    throw new ReadoutError('E_USAGE', `unknown command "${command}"; try "readout --help"`);
  } catch (error) {
    if (error instanceof ReadoutError && (error.code === 'E_USAGE' || error.code === 'E_INPUT_DATE' || error.code === 'E_LEXICON_INVALID')) {
      // A usage error may echo what was typed, such as a PostgreSQL URL given without --pg: its passwords are masked here, once for every command.
      process.stderr.write(`${redacted(error.message)}\n`);
      return 2;
    }
    throw error;
  }
}

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean; default?: string | boolean }>;

/** Parses a command's arguments; unknown or malformed options become E_USAGE. */
export function parseOrExplain(args: string[], options: OptionSpec): { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] } {
  try {
    const parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: parsed.values as Record<string, string | boolean | string[] | undefined>, positionals: parsed.positionals };
  } catch (error) {
    throw new ReadoutError('E_USAGE', (error as Error).message);
  }
}

async function serveCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseOrExplain(args, {
    db: { type: 'string' },
    pg: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    'max-body-bytes': { type: 'string' },
    'timeout-ms': { type: 'string' },
    workers: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (positionals.length) throw new ReadoutError('E_USAGE', `serve takes no file arguments (got "${positionals[0]}"); use --db FILE`);
  return (await import('./serve.js')).runServe(values, process.stdout);
}

async function extractCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseOrExplain(args, {
    jsonl: { type: 'boolean', default: false },
    'as-is': { type: 'boolean', default: false },
    published: { type: 'string' },
    url: { type: 'string' },
    format: { type: 'string', default: 'auto' },
    'max-bytes': { type: 'string' },
    dictionary: { type: 'string', multiple: true },
    jobs: { type: 'string' },
    'timeout-ms': { type: 'string' },
    'worker-memory-mb': { type: 'string' },
    'no-site-boilerplate': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const format = String(values.format);
  if (format !== 'auto' && format !== 'text' && format !== 'html') throw new ReadoutError('E_USAGE', `--format must be auto, text or html, not "${format}"`);
  const maxBytes = positiveInteger(values, 'max-bytes');
  const jobs = positiveInteger(values, 'jobs');
  const timeoutMs = positiveInteger(values, 'timeout-ms');
  const workerMemoryMb = positiveInteger(values, 'worker-memory-mb');
  return (await import('./extract.js')).runExtract({
    files: positionals,
    jsonl: Boolean(values.jsonl),
    asIs: Boolean(values['as-is']),
    published: values.published as string | undefined,
    url: values.url as string | undefined,
    format,
    maxBytes,
    jobs,
    timeoutMs,
    workerMemoryMb,
    dictionaries: values.dictionary as string[] | undefined,
    siteBoilerplate: !values['no-site-boilerplate'],
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
  });
}

/** A numeric option as a positive whole number, or undefined when not given. */
export function positiveInteger(values: Record<string, unknown>, name: string): number | undefined {
  if (values[name] === undefined) return undefined;
  const value = Number(values[name]);
  if (!Number.isInteger(value) || value <= 0) throw new ReadoutError('E_USAGE', `--${name} must be a positive whole number`);
  return value;
}
