import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ingestCommand } from '../../src/cli/ingest.js';
import { main } from '../../src/cli/main.js';
import { writeCapture } from '../helpers/streams.js';

const URL_GIVEN = 'postgresql://reader:Tr0ut-Lake@db.newsroom.test/archive?sslpassword=K3y-Lock';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a PostgreSQL URL given where no path is taken (--pg forgotten)', () => {
  it.each([['serve'], ['reextract'], ['export', '--format', 'jsonl'], ['queue', 'work']])('is echoed by %s with every password masked', async (...command) => {
    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => written.push(String(chunk)) > 0);
    expect(await main([...command, URL_GIVEN])).toBe(2);
    expect(written.join('')).toContain('postgresql://reader:***@db.newsroom.test/archive?sslpassword=***');
    expect(written.join('')).not.toMatch(/Tr0ut-Lake|K3y-Lock/u);
  });
});

describe('a PostgreSQL URL given where a command or an action is named', () => {
  it.each([['an unknown command', [URL_GIVEN]], ['an unknown queue action', ['queue', URL_GIVEN]]])('is echoed as %s with every password masked', async (_, command) => {
    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => written.push(String(chunk)) > 0);
    expect(await main(command)).toBe(2);
    expect(written.join('')).toContain('"postgresql://reader:***@db.newsroom.test/archive?sslpassword=***"');
    expect(written.join('')).not.toMatch(/Tr0ut-Lake|K3y-Lock/u);
  });
});

describe('readout ingest given a PostgreSQL URL as a path', () => {
  it('names it with every password masked in the unreadable line', async () => {
    const stderr = writeCapture();
    const db = join(mkdtempSync(join(tmpdir(), 'readout-passwords-')), 'store.db');
    expect(await ingestCommand([URL_GIVEN, '--db', db], { stdin: new PassThrough(), stdout: writeCapture(), stderr })).toBe(1);
    expect(stderr.text()).toContain('cannot read postgresql://reader:***@db.newsroom.test/archive?sslpassword=***');
    expect(stderr.text()).not.toMatch(/Tr0ut-Lake|K3y-Lock/u);
  });
});
