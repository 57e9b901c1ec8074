// Starts the application on a Node HTTP server and stops it cleanly.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import type { Hono } from 'hono';

/** A listening server. */
export interface RunningServer {
  /** The address to open, e.g. "http://127.0.0.1:8080/". */
  readonly url: string;
  readonly port: number;
  /** Stops accepting connections, ends idle ones, and resolves once closed. */
  close(): Promise<void>;
}

/** Settings of `listen`. */
export interface ListenOptions {
  /** Interface to bind (default 127.0.0.1, loopback only). */
  host?: string;
  /** Port; 0 picks a free one. */
  port: number;
  /** Answers some requests before the application sees them (kept answers); returns whether it did. */
  before?: (request: IncomingMessage, response: ServerResponse) => boolean;
}

/** Serves `app` on `host:port`; rejects when the port is taken or the host cannot be bound. */
export function listen(app: Hono, options: ListenOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const listener = getRequestListener(app.fetch);
  const before = options.before;
  const server = createServer((request, response) => {
    if (before?.(request, response)) return;
    void listener(request, response);
  });
  // Slow or idle clients must not hold sockets for ever.
  server.requestTimeout = 30_000;
  server.headersTimeout = 15_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      const shown = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shown}:${port}/`,
        port,
        close: () => new Promise<void>((done) => {
          server.close(() => done());
          server.closeIdleConnections();
        }),
      });
    });
  });
}
