import { spawn } from 'node:child_process';
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
});
