import { spawn, spawnSync } from 'node:child_process';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, readout } from '../../test/helpers/cli.js';
import { postgresSkipReason, startCluster, type Cluster } from '../../test/helpers/postgres.js';

let cluster: Cluster;

/** Runs the built CLI without waiting for it, so two workers can run at once. */
function readoutAsync(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** Marks every ok article of the store at `url` as read by older rules. */
async function markOld(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`UPDATE readout.articles SET rules = jsonb_set(rules::jsonb, '{quotes}', '"0.0.1"')::text WHERE status = 'ok'`);
  await client.end();
}

/** A store at a new database holding one document, read by queue add and queue work. */
async function storeOfOne(name: string): Promise<string> {
  const url = await cluster.createDatabase(name);
  readout(['queue', 'add', '--pg', url, '--jsonl', '-'], `${JSON.stringify({ id: 'r1', text: 'The Wrenfield ferry resumed on Sunday, its captain Ada Voss said.' })}\n`);
  readout(['queue', 'work', '--pg', url, '--until-empty', '--workers', '1']);
  return url;
}

/** What `readout serve` writes to standard error until it matches `until` (or 30 s pass); the server is then stopped. */
function serveErrors(args: string[], until: RegExp): Promise<string> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args]);
  let stderr = '';
  return new Promise((resolve) => {
    const stop = (): void => {
      clearTimeout(timer);
      child.kill('SIGTERM');
      resolve(stderr);
    };
    const timer = setTimeout(stop, 30_000);
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      if (until.test(stderr)) stop();
    });
  });
}

describe('readout queue on the command line', () => {
  it('asks for a database when neither --pg nor READOUT_PG_URL names one', () => {
    const run = readout(['queue', 'work']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--pg URL/);
  });

  it('says which database it cannot reach, with status 1', () => {
    const run = readout(['queue', 'work', '--pg', 'postgresql://nobody@/none?host=/nonexistent-readout-socket']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/PostgreSQL store postgresql:\/\/nobody@\/none/);
  });

  it('refuses an export from two stores at once', () => {
    const run = readout(['export', '--pg', 'postgresql://nowhere/db', '--format', 'jsonl', '--db', 'other.db']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--db FILE or --pg URL, not both/);
  });
});

describe.skipIf(postgresSkipReason !== null)('readout queue on the command line, against PostgreSQL', () => {
  beforeAll(() => {
    cluster = startCluster();
  });
  afterAll(() => cluster?.stop());

  it('adds JSONL documents, works them with two workers at once, and exports one line each', async () => {
    const url = await cluster.createDatabase('cli');
    const lines = Array.from({ length: 6 }, (_, n) => JSON.stringify({ id: `n${n}`, text: `Dock workers in Halvik voted on offer ${n} on Monday, their union said.` }));
    const added = readout(['queue', 'add', '--pg', url, '--jsonl', '--job-size', '2', '-'], `${lines.join('\n')}\n`);
    expect(added.stderr).toMatch(/6 documents, 6 queued in 3 jobs/);
    const workers = await Promise.all([1, 2].map(() => readoutAsync(['queue', 'work', '--pg', url, '--until-empty', '--workers', '1'])));
    expect(workers.map((run) => run.status)).toEqual([0, 0]);
    const exported = readout(['export', '--pg', url, '--format', 'jsonl']);
    expect(exported.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line).id).sort()).toEqual(['n0', 'n1', 'n2', 'n3', 'n4', 'n5']);
  });

  it('exports the PostgreSQL store as GDELT rows with a header from the command line', async () => {
    const url = await cluster.createDatabase('gdelt');
    readout(['queue', 'add', '--pg', url, '--jsonl', '-'], `${JSON.stringify({ id: 'g1', text: 'Marta Olsen met Pieter Vos in Rotterdam on Tuesday.', published: '2024-03-05' })}\n`);
    expect(readout(['queue', 'work', '--pg', url, '--until-empty', '--workers', '1']).status).toBe(0);
    const run = readout(['export', '--pg', url, '--format', 'gdelt', '--header']);
    expect(run.status).toBe(0);
    const [header, ...rows] = run.stdout.split('\n').filter(Boolean);
    expect(header.split('\t')[0]).toBe('GLOBALEVENTID');
    expect(rows.length).toBeGreaterThan(0);
  });

  it('exits with status 1 when a job could not be written', async () => {
    const url = await cluster.createDatabase('failing');
    readout(['queue', 'add', '--pg', url, '--jsonl', '-'], `${JSON.stringify({ id: 'f1', text: 'The Selby lock keepers went home early on Friday.' })}\n`);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    // A write that fails, as a full disk would.
    await client.query('ALTER TABLE readout.articles ADD CONSTRAINT no_rows CHECK (false) NOT VALID');
    await client.end();
    const run = readout(['queue', 'work', '--pg', url, '--until-empty', '--workers', '1']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/1 jobs failed/);
  });

  it('re-extracts the articles read by older rules, finding the database in READOUT_PG_URL', async () => {
    const url = await storeOfOne('reextract');
    await markOld(url);
    const run = spawnSync(process.execPath, [BIN, 'reextract', '--jobs', '1'], { env: { ...process.env, READOUT_PG_URL: url }, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/1\/1 articles \(1 re-extracted, 0 without a stored input, 0 failed/);
  });

  it('serve --pg says when the store holds articles read by older rules', async () => {
    const url = await storeOfOne('serve-hint');
    await markOld(url);
    expect(await serveErrors(['--pg', url], /older rules/)).toMatch(/readout: 1 article was extracted by older rules; run `readout reextract --pg 'postgresql:/);
  });
});
