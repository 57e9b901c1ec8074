// `readout serve`: the HTTP API and the web UI over a store, bound to loopback unless told otherwise.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ReadoutError } from '../errors.js';
import { cachedResponder, createApp, LOOPBACK_HOSTS } from '../api/app.js';
import { ResponseCache } from '../api/cache.js';
import { workerExtractor } from '../api/extractor.js';
import { listen, type RunningServer } from '../api/server.js';
import { DEFAULT_STORE_PATH, openStore, type Store } from '../store/db.js';

/** The web UI's folder: `web/` at the package root, two levels above both src/cli and dist/cli. */
export const WEB_ROOT = fileURLToPath(new URL('../../web/', import.meta.url));

/** The port when neither --port nor $PORT gives one. */
export const DEFAULT_PORT = 8080;

/** Settings of `startServer`. */
export interface ServeOptions {
  /** An open store, or the path of one to open (default data/readout.db). */
  store?: Store;
  db?: string;
  host?: string;
  port?: number;
  maxBodyBytes?: number;
  /** Per-document time cap of POST /api/extract in milliseconds (default 30 s). */
  timeoutMs?: number;
}

/** A running server and the store it reads. */
export interface Serving extends RunningServer {
  readonly store: Store;
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
  const store = options.store ?? openStore(options.db ?? DEFAULT_STORE_PATH);
  // Bound beyond loopback the user has chosen who may connect; the host check then only gets in the way.
  const allowedHosts = isLoopback(host) ? LOOPBACK_HOSTS : null;
  const cache = new ResponseCache(store.db);
  const extractor = workerExtractor({ timeoutMs: options.timeoutMs });
  const app = createApp({ store, webRoot: WEB_ROOT, maxBodyBytes: options.maxBodyBytes, allowedHosts, version: packageVersion(), cache, extractor });
  let server: RunningServer;
  try {
    server = await listen(app, { host, port: options.port ?? DEFAULT_PORT, before: cachedResponder(cache, allowedHosts) });
  } catch (error) {
    await extractor.close();
    if (!options.store) store.close();
    const code = (error as { code?: string }).code;
    throw new ReadoutError('E_USAGE', code === 'EADDRINUSE' ? `port ${options.port} is in use; choose another with --port`
      : `cannot listen on ${host}:${options.port} (${code ?? (error as Error).message})`);
  }
  return {
    ...server,
    store,
    close: async () => {
      await server.close();
      await extractor.close();
      if (!options.store) store.close();
    },
  };
}

/** A port number from a flag or $PORT (0 to 65535); undefined when not given; E_USAGE when malformed. */
export function parsePort(value: string | undefined, what: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) throw new ReadoutError('E_USAGE', `${what} must be a port number from 0 to 65535, not "${value}"`);
  return Number(value);
}

/** Runs `readout serve` until SIGINT or SIGTERM; resolves to the exit status. */
export async function runServe(values: Record<string, unknown>, stdout: NodeJS.WritableStream): Promise<number> {
  const host = (values.host as string | undefined) ?? '127.0.0.1';
  const port = parsePort(values.port as string | undefined, '--port') ?? parsePort(process.env.PORT, '$PORT') ?? DEFAULT_PORT;
  const maxBody = values['max-body-bytes'] as string | undefined;
  const maxBodyBytes = maxBody === undefined ? undefined : Number(maxBody);
  if (maxBodyBytes !== undefined && (!Number.isInteger(maxBodyBytes) || maxBodyBytes <= 0)) throw new ReadoutError('E_USAGE', '--max-body-bytes must be a positive whole number');
  const timeout = values['timeout-ms'] as string | undefined;
  const timeoutMs = timeout === undefined ? undefined : Number(timeout);
  if (timeoutMs !== undefined && (!Number.isInteger(timeoutMs) || timeoutMs <= 0)) throw new ReadoutError('E_USAGE', '--timeout-ms must be a positive whole number');
  const server = await startServer({ db: values.db as string | undefined, host, port, maxBodyBytes, timeoutMs });
  stdout.write(`readout: serving ${server.store.path} at ${server.url}\n`);
  if (!isLoopback(host)) stdout.write(`readout: warning: listening on ${host}, reachable beyond this machine\n`);
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void server.close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return 0;
}
