// `readout serve`: the HTTP API and the web UI over a store, bound to loopback unless told otherwise.
import cluster, { type Worker } from 'node:cluster';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ReadoutError } from '../errors.js';
import { cachedResponder, createApp, LOOPBACK_HOSTS } from '../api/app.js';
import { ResponseCache } from '../api/cache.js';
import { workerExtractor } from '../api/extractor.js';
import { sqliteReads, type StoreReads } from '../api/reads.js';
import { listen, type RunningServer } from '../api/server.js';
import { DEFAULT_STORE_PATH, openStore, type Store } from '../store/db.js';

/** The web UI's folder: `web/` at the package root, two levels above both src/cli and dist/cli. */
export const WEB_ROOT = fileURLToPath(new URL('../../web/', import.meta.url));

/** The port when neither --port nor $PORT gives one. */
export const DEFAULT_PORT = 8080;

/** Which store to serve: an open SQLite store, the path of one (default data/readout.db), or a PostgreSQL URL. */
export interface StoreChoice {
  store?: Store;
  db?: string;
  /** The PostgreSQL store (src/scale) at this URL, instead of SQLite. */
  pg?: string;
}

/** Settings of `startServer`. */
export interface ServeOptions extends StoreChoice {
  host?: string;
  port?: number;
  maxBodyBytes?: number;
  /** Per-document time cap of POST /api/extract in milliseconds (default 30 s). */
  timeoutMs?: number;
}

/** A running server and the store it reads. */
export interface Serving extends RunningServer {
  /** The SQLite store it reads; null when it reads PostgreSQL. */
  readonly store: Store | null;
  /** What it reads, for messages: the SQLite store's path, or the PostgreSQL URL without its password. */
  readonly where: string;
}

/** A store opened for serving: what the API reads, its response cache, and how to close it. */
interface ServedStore {
  reads: StoreReads;
  store: Store | null;
  where: string;
  cache: ResponseCache;
  close(): Promise<void>;
}

/**
 * Opens the chosen store (closing it later closes only what was opened here), with a response cache that learns of
 * changes from SQLite's data_version or from PostgreSQL's notifications (src/scale/changes.ts).
 */
async function openServed(choice: StoreChoice): Promise<ServedStore> {
  if (choice.pg !== undefined) {
    const [{ openPgStore, closePgStore }, { pgReads }, { watchPgChanges }] = await Promise.all([
      import('../scale/pg.js'), import('../scale/queries.js'), import('../scale/changes.js')]);
    const pgStore = await openPgStore(choice.pg);
    const changes = await watchPgChanges(choice.pg);
    return {
      reads: pgReads(pgStore), store: null, where: pgStore.where, cache: new ResponseCache(changes.stamp),
      close: async () => {
        await changes.close();
        await closePgStore(pgStore);
      },
    };
  }
  const store = choice.store ?? openStore(choice.db ?? DEFAULT_STORE_PATH);
  return {
    reads: sqliteReads(store), store, where: store.path, cache: new ResponseCache(store.db),
    close: async () => {
      if (!choice.store) store.close();
    },
  };
}

function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** Opens the store (when given a path) and serves the API and UI; closing the server closes a store it opened. */
export async function startServer(options: ServeOptions = {}): Promise<Serving> {
  const host = options.host ?? '127.0.0.1';
  const served = await openServed(options);
  const { cache } = served;
  // Bound beyond loopback the user has chosen who may connect; the host check then only gets in the way.
  const allowedHosts = isLoopback(host) ? [...new Set([...LOOPBACK_HOSTS, host.includes(':') ? `[${host}]` : host])] : null;
  const extractor = workerExtractor({ timeoutMs: options.timeoutMs });
  const app = createApp({ reads: served.reads, webRoot: WEB_ROOT, maxBodyBytes: options.maxBodyBytes, allowedHosts, version: packageVersion(), cache, extractor });
  let server: RunningServer;
  try {
    server = await listen(app, { host, port: options.port ?? DEFAULT_PORT, before: cachedResponder(cache, allowedHosts) });
  } catch (error) {
    await extractor.close();
    await served.close();
    const code = (error as { code?: string }).code;
    throw new ReadoutError('E_USAGE', code === 'EADDRINUSE' ? `port ${options.port} is in use; choose another with --port`
      : `cannot listen on ${host}:${options.port} (${code ?? (error as Error).message})`);
  }
  return {
    ...server,
    store: served.store,
    where: served.where,
    close: async () => {
      await server.close();
      await extractor.close();
      await served.close();
    },
  };
}

/** A port number from a flag or $PORT (0 to 65535); undefined when not given; E_USAGE when malformed. */
export function parsePort(value: string | undefined, what: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) throw new ReadoutError('E_USAGE', `${what} must be a port number from 0 to 65535, not "${value}"`);
  return Number(value);
}

function positiveInteger(value: unknown, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) throw new ReadoutError('E_USAGE', `${flag} must be a positive whole number`);
  return number;
}

/**
 * Writes ingest's one line about articles read by older rules, if the store holds any, once the server listens: in
 * the background, so serving starts at once; a store that cannot say is the server's to report, not this line's.
 */
function hintOlderRules(choice: StoreChoice, stderr: NodeJS.WritableStream): void {
  void import('./reextract.js').then(({ servedOlderRulesLine }) => servedOlderRulesLine(choice))
    .then((line) => {
      if (line) stderr.write(line);
    }, () => {});
}

/** Resolves on SIGINT or SIGTERM (and, in a cluster worker, when the primary goes away). */
function stopSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      if (cluster.isWorker) process.off('disconnect', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    if (cluster.isWorker) process.on('disconnect', stop);
  });
}

/** What a cluster worker tells the primary once it listens. */
interface Listening {
  readout: 'listening';
  url: string;
  where: string;
}

/**
 * The primary of `--workers N`: forks N processes that share the port (Node's cluster hands each connection to one),
 * each with its own store connection and cache; a worker that dies while serving is replaced.
 */
async function runPrimary(count: number, host: string, choice: StoreChoice, stdout: NodeJS.WritableStream): Promise<number> {
  // Created and migrated once, here, so the workers never race to create the file or apply migrations, and a store
  // that cannot be opened is reported once instead of by every worker.
  await (await openServed(choice)).close();
  let stopping = false;
  const fork = (): Worker => {
    const worker = cluster.fork();
    worker.once('exit', () => {
      if (!stopping && started) fork();
    });
    return worker;
  };
  let started = false;
  const workers = Array.from({ length: count }, fork);
  const ready = await new Promise<Listening | null>((resolve) => {
    let listening = 0;
    for (const worker of workers) {
      worker.on('message', (message: Listening) => {
        if (message?.readout === 'listening' && ++listening === count) resolve(message);
      });
      worker.once('exit', () => resolve(null));
    }
  });
  if (!ready) {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill();
    process.stderr.write('readout: a server process failed to start; see the message above\n');
    return 1;
  }
  started = true;
  stdout.write(`readout: serving ${ready.where} at ${ready.url} (${count} processes)\n`);
  if (!isLoopback(host)) stdout.write(`readout: warning: listening on ${host}, reachable beyond this machine\n`);
  hintOlderRules(choice, process.stderr);
  await stopSignal();
  stopping = true;
  const exits = Object.values(cluster.workers ?? {}).map((worker) => new Promise<void>((resolve) => {
    if (!worker || worker.isDead()) return resolve();
    worker.once('exit', () => resolve());
    worker.kill('SIGTERM');
  }));
  await Promise.all(exits);
  return 0;
}

/**
 * The store `readout serve` reads (and `command`: reextract's too): --pg URL, else --db FILE, else $READOUT_PG_URL (as
 * the queue commands take it), else data/readout.db. --db beats the variable, so a shell set up for the queue can still
 * serve a SQLite file.
 */
export function storeChoice(values: Record<string, unknown>, command = 'serve'): StoreChoice {
  const db = values.db as string | undefined;
  const pg = values.pg as string | undefined;
  if (db !== undefined && pg !== undefined) throw new ReadoutError('E_USAGE', `${command} reads one store: give --db FILE or --pg URL, not both`);
  if (pg !== undefined || db !== undefined) return pg !== undefined ? { pg } : { db };
  const fromEnvironment = process.env.READOUT_PG_URL;
  return fromEnvironment ? { pg: fromEnvironment } : { db: DEFAULT_STORE_PATH };
}

/** Runs `readout serve` until SIGINT or SIGTERM; resolves to the exit status. */
export async function runServe(values: Record<string, unknown>, stdout: NodeJS.WritableStream): Promise<number> {
  const host = (values.host as string | undefined) ?? '127.0.0.1';
  const port = parsePort(values.port as string | undefined, '--port') ?? parsePort(process.env.PORT, '$PORT') ?? DEFAULT_PORT;
  const maxBodyBytes = positiveInteger(values['max-body-bytes'], '--max-body-bytes');
  const timeoutMs = positiveInteger(values['timeout-ms'], '--timeout-ms');
  const workers = positiveInteger(values.workers, '--workers') ?? 1;
  if (workers > 64) throw new ReadoutError('E_USAGE', '--workers must be at most 64');
  const choice = storeChoice(values);
  if (workers > 1 && cluster.isPrimary) return runPrimary(workers, host, choice, stdout);
  const server = await startServer({ ...choice, host, port, maxBodyBytes, timeoutMs });
  if (cluster.isWorker) {
    process.send?.({ readout: 'listening', url: server.url, where: server.where } satisfies Listening);
  } else {
    stdout.write(`readout: serving ${server.where} at ${server.url}\n`);
    if (!isLoopback(host)) stdout.write(`readout: warning: listening on ${host}, reachable beyond this machine\n`);
    hintOlderRules(server.store ? { store: server.store } : choice, process.stderr);
  }
  await stopSignal();
  await server.close();
  // A worker's channel to the primary would keep it alive; closing it lets the process end.
  if (cluster.isWorker && process.connected) process.disconnect?.();
  return 0;
}
