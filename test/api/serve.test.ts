// `readout serve`: loopback by default, a free port on request, usage errors for bad flags.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { parsePort, startServer } from '../../src/cli/serve.js';

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

describe.skipIf(!existsSync(new URL('../../dist/cli/main.js', import.meta.url)))('readout serve --workers (from the build)', () => {
  it('serves from several processes on one port and stops them all on SIGTERM', async () => {
    const bin = fileURLToPath(new URL('../../bin/readout.js', import.meta.url));
    const child = spawn(process.execPath, [bin, 'serve', '--db', join(folder, 'cluster.db'), '--port', '0', '--workers', '2'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /at (http:\/\/127\.0\.0\.1:\d+\/) \(2 processes\)/.exec(out);
        if (match) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    const answers = await Promise.all(Array.from({ length: 6 }, () => fetch(`${url}api/health`).then((r) => r.status)));
    expect(answers).toEqual([200, 200, 200, 200, 200, 200]);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
