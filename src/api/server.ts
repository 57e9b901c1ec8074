// Starts the application on a Node HTTP server and stops it cleanly.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
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
}

/** Serves `app` on `host:port`; rejects when the port is taken or the host cannot be bound. */
export function listen(app: Hono, options: ListenOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port: options.port }) as Server;
    server.once('error', reject);
    server.once('listening', () => {
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
