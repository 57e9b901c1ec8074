import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresSkipReason, startCluster, type Cluster } from '../../test/helpers/postgres.js';
import { runIngest } from '../cli/ingest.js';
import type { ReadoutOutput } from '../result/types.js';
import { articleIds, getArticle, openStore } from '../store/index.js';
import { closePgStore, openPgStore } from './pg.js';
import { queueAdd, queueWork } from './queue.js';
import { runExport } from '../cli/export.js';
import { pgExportSource } from './export.js';
import { DEFAULT_MAX_BYTES } from '../input/decode.js';
import { writeCapture } from '../../test/helpers/streams.js';

const EXAMPLES = fileURLToPath(new URL('../../examples/html', import.meta.url));

let cluster: Cluster;
let databases = 0;

async function add(url: string, paths: string[], options: { maxBytes?: number; jsonl?: boolean; stdin?: string } = {}) {
  const stdin = new PassThrough();
  stdin.end(options.stdin ?? '');
  return queueAdd({ url, paths, stdin, stderr: writeCapture(), jobSize: 5, maxBytes: options.maxBytes, jsonl: options.jsonl });
}

/** A folder of files written from `files` (name → contents), removed after `use`. */
async function withFiles(files: Record<string, string | Buffer>, use: (folder: string) => Promise<void>): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'readout-queue-'));
  for (const [name, contents] of Object.entries(files)) writeFileSync(join(folder, name), contents);
  try {
    await use(folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function articleRows(url: string): Promise<{ external_id: string; status: string; error_code: string | null }[]> {
  const store = await openPgStore(url);
  try {
    return (await store.pool.query('SELECT external_id, status, error_code FROM articles ORDER BY id')).rows;
  } finally {
    await closePgStore(store);
  }
}

async function work(url: string) {
  return queueWork({ url, workers: 2, untilEmpty: true, stderr: writeCapture() });
}

async function exportedLines(url: string): Promise<ReadoutOutput[]> {
  const out = writeCapture();
  const store = await openPgStore(url, 1);
  try {
    await runExport({ format: 'jsonl', source: pgExportSource(store), out });
  } finally {
    await closePgStore(store);
  }
  return out.text().split('\n').filter(Boolean).map((line) => JSON.parse(line) as ReadoutOutput);
}

describe.skipIf(postgresSkipReason !== null)('the PostgreSQL queue', () => {
  beforeAll(() => {
    cluster = startCluster();
  });
  afterAll(() => cluster?.stop());

  it('stores the example documents through add then work, and exports the results ingest stores from them', async () => {
    const url = await cluster.createDatabase(`queue${++databases}`);
    const added = await add(url, [EXAMPLES]);
    const files = readdirSync(EXAMPLES).length;
    expect(added).toMatchObject({ seen: files, queued: files, jobs: Math.ceil(files / 5) });
    const worked = await work(url);
    expect(worked).toMatchObject({ stored: files, errors: 0 });
    const sqlite = openStore(':memory:');
    await runIngest({ paths: [EXAMPLES], store: sqlite, jobs: 2, siteBoilerplate: false, stdin: new PassThrough(), stderr: writeCapture() });
    const ingested = [...articleIds(sqlite, 'all')].map((id) => getArticle(sqlite, id)!.result);
    sqlite.close();
    expect(JSON.stringify(await exportedLines(url))).toBe(JSON.stringify(ingested));
  });

  it('changes nothing when the same files are added and worked again', async () => {
    const url = await cluster.createDatabase(`queue${++databases}`);
    const folder = mkdtempSync(join(tmpdir(), 'readout-queue-'));
    writeFileSync(join(folder, 'a.txt'), 'Harbour pilots in Velmor stopped work on Friday. "We will not sail," their union chief Ana Brix said.');
    writeFileSync(join(folder, 'b.txt'), 'The Velmor port authority said it would meet the pilots on Monday.');
    try {
      await add(url, [folder]);
      await work(url);
      const before = await exportedLines(url);
      expect(await add(url, [folder])).toMatchObject({ seen: 2, queued: 0, stored: 2, jobs: 0 });
      expect(await work(url)).toMatchObject({ stored: 0 });
      expect(await exportedLines(url)).toEqual(before);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('stores a binary and an empty document as error rows and the rest of their job as articles', async () => {
    const url = await cluster.createDatabase(`queue${++databases}`);
    const folder = mkdtempSync(join(tmpdir(), 'readout-queue-'));
    writeFileSync(join(folder, 'a-good.txt'), 'The mayor of Trenholt opened the new bridge on Saturday.');
    writeFileSync(join(folder, 'b-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d, 0x00, 0x01, 0xff, 0xfe]));
    writeFileSync(join(folder, 'c-empty.txt'), '');
    try {
      await add(url, [folder]);
      expect(await work(url)).toMatchObject({ stored: 1, errors: 2 });
      const store = await openPgStore(url);
      const { rows } = await store.pool.query('SELECT external_id, status, error_code FROM articles ORDER BY external_id');
      await closePgStore(store);
      expect(rows.map((row) => [row.status, row.error_code])).toEqual([['ok', null], ['error', 'E_INPUT_BINARY'], ['error', 'E_INPUT_EMPTY']]);
      expect(await exportedLines(url)).toHaveLength(3);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('gives a job back to the queue when its batch cannot be written, and stores it on a later try', async () => {
    const url = await cluster.createDatabase(`queue${++databases}`);
    const folder = mkdtempSync(join(tmpdir(), 'readout-queue-'));
    writeFileSync(join(folder, 'a.txt'), 'Ferry crews in Osterby voted to strike on Tuesday.');
    const store = await openPgStore(url);
    try {
      await add(url, [folder]);
      // A write that fails, as a lost connection or a full disk would: the job fails and the queue keeps it.
      await store.pool.query('ALTER TABLE readout.articles ADD CONSTRAINT no_rows CHECK (false) NOT VALID');
      expect(await work(url)).toMatchObject({ stored: 0, failedJobs: 1 });
      await store.pool.query('ALTER TABLE readout.articles DROP CONSTRAINT no_rows');
      await store.pool.query("UPDATE pgboss.job SET start_after = now() WHERE name = 'readout-documents' AND state = 'retry'");
      expect(await work(url)).toMatchObject({ stored: 1, failedJobs: 0 });
    } finally {
      await closePgStore(store);
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('queues the same content given twice in one batch once, and stores it once', async () => {
    const url = await cluster.createDatabase(`queue${++databases}`);
    const text = 'The harbour master of Quenby closed the outer basin after the storm on Sunday.';
    await withFiles({ 'a.txt': text, 'b.txt': text }, async (folder) => {
      expect(await add(url, [folder])).toMatchObject({ seen: 2, queued: 1, jobs: 1 });
      expect(await work(url)).toMatchObject({ stored: 1, failedJobs: 0 });
      expect(await articleRows(url)).toHaveLength(1);
    });
  });

  it('queues JSONL text holding a NUL or an unpaired surrogate, and works it without failing the job', async () => {
    const url = await cluster.createDatabase(`queue${++databases}`);
    const lines = [
      JSON.stringify({ id: 'nul', text: 'The council of Brackwater met on Monday.\u0000 It voted to repair the pier.' }),
      JSON.stringify({ id: 'surrogate', text: 'Fishers in Orlow sold their catch \ud800 at dawn, the co-operative said.' }),
      JSON.stringify({ id: 'plain', text: 'The ferry to Orlow runs again from Tuesday.' }),
    ];
    expect(await add(url, ['-'], { jsonl: true, stdin: `${lines.join('\n')}\n` })).toMatchObject({ seen: 3, queued: 3 });
    expect(await work(url)).toMatchObject({ seen: 3, failedJobs: 0 });
    expect((await articleRows(url)).map((row) => row.external_id).sort()).toEqual(['nul', 'plain', 'surrogate']);
  });

  it('reads a document over the default size cap when queue add raised the cap', async () => {
    const url = await cluster.createDatabase(`queue${++databases}`);
    // Mostly markup, so reading it is quick: what counts is its size in bytes.
    const page = `<html><body><p>The mill at Tarrow reopened on Friday.</p><!-- ${'x'.repeat(DEFAULT_MAX_BYTES)} --></body></html>`;
    await withFiles({ 'big.html': page }, async (folder) => {
      await add(url, [folder], { maxBytes: DEFAULT_MAX_BYTES * 2 });
      expect(await work(url)).toMatchObject({ stored: 1, errors: 0 });
      expect((await articleRows(url))[0]).toMatchObject({ status: 'ok' });
    });
  });
});
