// `readout serve`: loopback by default, a free port on request, usage errors for bad flags.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { main } from '../../src/cli/main.js';
import { parsePort, startServer, storeChoice } from '../../src/cli/serve.js';
import { closePgStore, openPgStore } from '../../src/scale/pg.js';
import { savePgBatch } from '../../src/scale/save.js';
import { postgresSkipReason, startCluster, type Cluster } from '../helpers/postgres.js';
import { fixtureDocuments } from './fixture.js';

const folder = mkdtempSync(join(tmpdir(), 'readout-serve-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('readout serve', () => {
  it('listens on 127.0.0.1 by default and serves an empty new store', async () => {
    const server = await startServer({ db: join(folder, 'new.db'), port: 0 });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const health = await (await fetch(`${server.url}api/health`)).json();
      expect(health).toEqual({ status: 'ok', counts: { articles: 0, entities: 0, quotes: 0, events: 0 } });
      expect((await fetch(server.url)).headers.get('content-security-policy')).toContain("script-src 'self'");
    } finally {
      await server.close();
    }
  });

  it('answers on another loopback address it is bound to', async () => {
    const server = await startServer({ db: join(folder, 'other.db'), host: '127.0.0.2', port: 0 });
    try {
      expect((await fetch(`${server.url}api/health`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('refuses a port that is already taken with a usage error', async () => {
    const first = await startServer({ db: join(folder, 'a.db'), port: 0 });
    try {
      await expect(startServer({ db: join(folder, 'b.db'), port: first.port })).rejects.toMatchObject({ code: 'E_USAGE' });
    } finally {
      await first.close();
    }
  });

  it.each(['-1', '65536', '80a', '1.5'])('refuses the port "%s"', (port) => {
    expect(() => parsePort(port, '--port')).toThrow(/--port must be a port number/);
  });

  it('opens the store before starting several processes, so a file that is not a store fails once, before any fork', async () => {
    const junk = join(folder, 'junk.db');
    writeFileSync(junk, 'these bytes are not an SQLite database, and are long enough to be read as a header of one');
    await expect(main(['serve', '--db', junk, '--port', '0', '--workers', '2'])).rejects.toMatchObject({ code: 'E_STORE', message: expect.stringContaining('not a readout store') });
  });

  it('exits with status 2 for a file argument or an unknown flag', async () => {
    const stderr = process.stderr.write;
    process.stderr.write = (() => true) as typeof process.stderr.write;
    try {
      expect(await main(['serve', 'store.db'])).toBe(2);
      expect(await main(['serve', '--colour'])).toBe(2);
      expect(await main(['serve', '--port', 'eighty'])).toBe(2);
    } finally {
      process.stderr.write = stderr;
    }
  });
});

describe('the store readout serve reads', () => {
  /** The choice for these flags, with READOUT_PG_URL set to `fromEnvironment` (or unset) meanwhile. */
  function choiceWith(values: Record<string, string>, fromEnvironment?: string) {
    const kept = process.env.READOUT_PG_URL;
    if (fromEnvironment === undefined) delete process.env.READOUT_PG_URL;
    else process.env.READOUT_PG_URL = fromEnvironment;
    try {
      return storeChoice(values);
    } finally {
      if (kept === undefined) delete process.env.READOUT_PG_URL;
      else process.env.READOUT_PG_URL = kept;
    }
  }

  it('is data/readout.db when no flag or variable names one', () => {
    expect(choiceWith({})).toEqual({ db: 'data/readout.db' });
  });

  it('is the PostgreSQL database of --pg, or of READOUT_PG_URL as the queue commands take it', () => {
    expect(choiceWith({ pg: 'postgresql://reader@db.internal/news' })).toEqual({ pg: 'postgresql://reader@db.internal/news' });
    expect(choiceWith({}, 'postgresql://reader@db.internal/news')).toEqual({ pg: 'postgresql://reader@db.internal/news' });
  });

  it('is the SQLite file of --db even when READOUT_PG_URL is set', () => {
    expect(choiceWith({ db: 'mine.db' }, 'postgresql://reader@db.internal/news')).toEqual({ db: 'mine.db' });
  });

  it('refuses --db and --pg together with a usage error', () => {
    expect(() => choiceWith({ db: 'mine.db', pg: 'postgresql://reader@db.internal/news' })).toThrow(/not both/);
  });
});

describe.skipIf(postgresSkipReason !== null)('readout serve --pg', () => {
  let cluster: Cluster;
  beforeAll(() => {
    cluster = startCluster();
  });
  afterAll(() => cluster?.stop());

  it('serves an empty PostgreSQL store, naming it without its password', async () => {
    const url = (await cluster.createDatabase('served')).replace('postgres@', 'postgres:hunter2@');
    const server = await startServer({ pg: url, port: 0 });
    try {
      expect(server.where).not.toContain('hunter2');
      const health = await (await fetch(`${server.url}api/health`)).json();
      expect(health).toEqual({ status: 'ok', counts: { articles: 0, entities: 0, quotes: 0, events: 0 } });
      expect((await fetch(`${server.url}api/articles`)).status).toBe(200);
      expect((await fetch(server.url)).headers.get('content-type')).toContain('text/html');
    } finally {
      await server.close();
    }
  });

  it('reads what another process stores after a first answer was kept (the store\'s notification empties the cache)', async () => {
    const url = await cluster.createDatabase('cached');
    const server = await startServer({ pg: url, port: 0 });
    const writer = await openPgStore(url, 1);
    try {
      const total = async (): Promise<number> => (await (await fetch(`${server.url}api/articles`)).json()).total;
      expect(await total()).toBe(0);
      const [document] = fixtureDocuments();
      await savePgBatch(writer, [document]);
      let seen = await total();
      // The notification comes just after the commit.
      for (let tries = 0; seen === 0 && tries < 50; tries++) seen = await new Promise<number>((resolve) => setTimeout(() => resolve(total()), 20));
      expect(seen).toBe(1);
    } finally {
      await closePgStore(writer);
      await server.close();
    }
  });
});

describe.skipIf(!existsSync(new URL('../../dist/cli/main.js', import.meta.url)))('readout serve --workers (from the build)', () => {
  it('serves from several processes on one port and stops them all on SIGTERM', async () => {
    const bin = fileURLToPath(new URL('../../bin/readout.js', import.meta.url));
    const child = spawn(process.execPath, [bin, 'serve', '--db', join(folder, 'cluster.db'), '--port', '0', '--workers', '2'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    /** Waits for one step, failing with the step's name and the server's output if it takes more than 20 s. */
    const step = <T>(name: string, promise: Promise<T>): Promise<T> => {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${name} took over 20 s; output: ${out}`)), 20_000)));
      return Promise.race([promise, late]).finally(() => clearTimeout(timer));
    };
    // A failed step must not leave the servers running.
    onTestFinished(() => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    });
    const url = await step('start', new Promise<string>((resolve, reject) => {
      child.stdout.on('data', () => {
        const match = /at (http:\/\/127\.0\.0\.1:\d+\/) \(2 processes\)/.exec(out);
        if (match) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
    }));
    const answers = await step('requests', Promise.all(Array.from({ length: 6 }, () => fetch(`${url}api/health`).then((r) => r.status))));
    expect(answers).toEqual([200, 200, 200, 200, 200, 200]);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await step('stop', exited)).toBe(0);
  });
});
