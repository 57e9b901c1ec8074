// `npm run bench:ingest`: how fast the store takes articles, and whether ingest memory stays flat.
//   store:       already-extracted results (the example corpus, varied so every hash differs) saved one
//                transaction each into a fresh SQLite file; articles per second (goal >= 2,000).
//   end to end:  `readout ingest` (the built CLI, worker threads) over the example corpus repeated to N articles
//                (default 10,000) as JSONL; articles per second, and peak resident memory at N/10 and at N
//                articles (flat memory: the two peaks are close).
//   --frames:    after the store part, four more transactions with checkpoints off, and the WAL frames (pages written)
//                each table and index took: where the bytes of a commit go.
// Options: --count N (end-to-end size, default 10000), --store-count N (default 10000), --only store|e2e, --frames.
// Appends a block to bench/results.md. The end-to-end part needs `npm run build` first.
import { spawnSync } from 'node:child_process';
import { appendFileSync, createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { finished } from 'node:stream/promises';
import { createReader } from '../src/readout.js';
import type { ReadoutResult } from '../src/result/types.js';
import { contentHash, openStore, saveBatch, type BatchDocument } from '../src/store/index.js';
import { DEFAULT_BATCH } from '../src/cli/ingest.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const tmp = `${root}bench/tmp/ingest/`;
const bin = `${root}bin/readout.js`;
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });

const { values } = parseArgs({
  options: { count: { type: 'string', default: '10000' }, 'store-count': { type: 'string', default: '10000' }, only: { type: 'string' }, frames: { type: 'boolean', default: false } },
});
const count = Number(values.count);
const storeCount = Number(values['store-count']);

/** The example corpus as JSONL inputs: every article as text and as HTML, with its metadata. */
function examples(): { id: string; text?: string; html?: string; published: string; url: string }[] {
  const manifest = JSON.parse(readFileSync(`${root}examples/manifest.json`, 'utf8')) as { id: string; published: string; url: string; text: string; html: string }[];
  return manifest.flatMap((entry) => [
    { id: `${entry.id}.txt`, text: readFileSync(`${root}examples/${entry.text}`, 'utf8'), published: entry.published, url: entry.url },
    { id: `${entry.id}.html`, html: readFileSync(`${root}examples/${entry.html}`, 'utf8'), published: entry.published, url: entry.url },
  ]);
}

const rows: string[] = [];

/** Copies `from` to `to` (excluded) of the results, each varied so that its content hash is new. */
function varied(results: ReadoutResult[], from: number, to: number): BatchDocument[] {
  const documents: BatchDocument[] = [];
  for (let i = from; i < to; i++) {
    const base = results[i % results.length];
    // A varied text gives a new content hash; appending keeps every span valid.
    const result: ReadoutResult = { ...base, id: `${base.id}#${i}`, text: `${base.text}\n(${i})` };
    documents.push({ source: { externalId: result.id, hash: contentHash(result.text), raw: result.text, format: 'text' }, output: result });
  }
  return documents;
}

/** The store file `storeRate` fills with `group` documents per transaction (and `walFrames` adds to). */
function storePath(group: number): string {
  return `${tmp}store-${group}.db`;
}

/** Saves `storeCount` varied copies of the results, `group` documents per transaction; articles per second. */
function storeRate(results: ReadoutResult[], group: number): number {
  const store = openStore(storePath(group));
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  for (let n = 0; n < storeCount; n += group) saveBatch(store, varied(results, n, Math.min(storeCount, n + group)));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  store.close();
  const rate = storeCount / seconds;
  // On a shared machine wall time also counts other processes' turns; per CPU-second is the store's own cost.
  console.log(`store: ${storeCount} results, ${group} per transaction, in ${seconds.toFixed(2)} s (${cpuSeconds.toFixed(2)} CPU s) = ${rate.toFixed(0)} articles/s, ${(storeCount / cpuSeconds).toFixed(0)} per CPU-second`);
  rows.push(`| store: ${storeCount.toLocaleString('en')} extracted results (${results.length} example articles, varied) into SQLite, ${group === 1 ? 'one transaction per document' : `${group} documents per transaction (ingest's default)`} | ${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU | **${Math.round(rate).toLocaleString('en')} articles/s** wall, ${Math.round(storeCount / cpuSeconds).toLocaleString('en')} per CPU-second (goal ≥ 2,000) | – |`);
  return rate;
}

/**
 * The WAL frames each table and index takes over four more transactions of `DEFAULT_BATCH` documents into the store
 * `storeRate` filled: with checkpoints off, the WAL holds every page each commit wrote, and `dbstat` names its owner.
 */
function walFrames(results: ReadoutResult[]): void {
  const path = storePath(DEFAULT_BATCH);
  const store = openStore(path);
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  store.db.pragma('wal_autocheckpoint = 0');
  const transactions = 4;
  for (let t = 0; t < transactions; t++) saveBatch(store, varied(results, storeCount + t * DEFAULT_BATCH, storeCount + (t + 1) * DEFAULT_BATCH));
  const pageSize = store.db.pragma('page_size', { simple: true }) as number;
  const owners = new Map((store.db.prepare('SELECT pageno, name FROM dbstat').all() as { pageno: number; name: string }[]).map((row) => [row.pageno, row.name]));
  const wal = readFileSync(`${path}-wal`);
  const frames = new Map<string, number>();
  // A WAL file is a 32-byte header, then frames of a 24-byte header (the page number first) and the page.
  for (let at = 32; at + 24 + pageSize <= wal.length; at += 24 + pageSize) {
    const owner = owners.get(wal.readUInt32BE(at)) ?? 'free pages';
    frames.set(owner, (frames.get(owner) ?? 0) + 1);
  }
  store.close();
  const articles = transactions * DEFAULT_BATCH;
  const kb = (pages: number): string => `${((pages * pageSize) / articles / 1024).toFixed(1)} KB`;
  const total = [...frames.values()].reduce((sum, pages) => sum + pages, 0);
  console.log(`WAL frames after ${storeCount} articles, ${transactions} transactions of ${DEFAULT_BATCH} (${pageSize}-byte pages): ${total}, ${kb(total)} an article`);
  for (const [owner, pages] of [...frames].sort((a, b) => b[1] - a[1])) console.log(`  ${owner.padEnd(30)} ${String(pages).padStart(6)} frames  ${kb(pages)} an article`);
}

function storeBench(): void {
  const reader = createReader();
  const results = examples().map((input) => reader.readSafe(input)).filter((output): output is ReadoutResult => !('error' in output));
  if (!results.length) throw new Error('bench: no example article could be read');
  storeRate(results, 1);
  storeRate(results, DEFAULT_BATCH);
  if (values.frames) walFrames(results);
}

async function corpusFile(n: number): Promise<string> {
  const inputs = examples();
  const path = `${tmp}corpus-${n}.jsonl`;
  const out = createWriteStream(path);
  for (let i = 0; i < n; i++) {
    const base = inputs[i % inputs.length];
    // A unique trailing line (text) or comment (HTML) makes every document's hash differ.
    const varied = base.text !== undefined ? { ...base, text: `${base.text}\nCopy ${i}.` } : { ...base, html: `${base.html}<!-- copy ${i} -->` };
    if (!out.write(`${JSON.stringify({ ...varied, id: `${base.id}#${i}` })}\n`)) await new Promise((resolve) => out.once('drain', resolve));
  }
  out.end();
  await finished(out);
  return path;
}

/** Seconds, CPU seconds and peak resident kilobytes of `readout ingest` over `n` documents. */
async function ingest(n: number): Promise<{ seconds: number; cpu: number; rssKb: number }> {
  const corpus = await corpusFile(n);
  const report = `${tmp}time.txt`;
  const db = `${tmp}e2e-${n}.db`;
  const started = Date.now();
  const run = spawnSync('/usr/bin/time', ['-f', '%U %S %M', '-o', report, process.execPath, bin, 'ingest', corpus, '--db', db], { stdio: ['ignore', 'ignore', 'inherit'] });
  const seconds = (Date.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`bench: readout ingest exited ${run.status}`);
  const [user, system, rss] = readFileSync(report, 'utf8').trim().split(/\s+/u).slice(-3).map(Number);
  return { seconds, cpu: user + system, rssKb: rss };
}

async function endToEnd(): Promise<void> {
  if (!existsSync(`${root}dist/cli/ingest.js`)) throw new Error('bench: run `npm run build` first (the end-to-end part runs the built CLI)');
  const small = await ingest(Math.max(1, Math.round(count / 10)));
  const large = await ingest(count);
  const rate = count / large.seconds;
  console.log(`end to end: ${count} articles in ${large.seconds.toFixed(1)} s = ${rate.toFixed(1)} articles/s; peak RSS ${(small.rssKb / 1024).toFixed(0)} MiB at ${Math.round(count / 10)}, ${(large.rssKb / 1024).toFixed(0)} MiB at ${count}`);
  rows.push(`| end to end: \`readout ingest\` over the example corpus repeated to ${count.toLocaleString('en')} articles (JSONL, default --jobs) | ${large.seconds.toFixed(1)} s wall, ${large.cpu.toFixed(1)} s CPU | **${rate.toFixed(1)} articles/s** | peak RSS ${(small.rssKb / 1024).toFixed(0)} MiB at ${Math.round(count / 10).toLocaleString('en')} articles, ${(large.rssKb / 1024).toFixed(0)} MiB at ${count.toLocaleString('en')} |`);
}

if (values.only !== 'e2e') storeBench();
if (values.only !== 'store') await endToEnd();

const command = `npm run bench:ingest${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
appendFileSync(`${root}bench/results.md`, `
### ${new Date().toISOString()} — \`${command}\`

Machine: ${cpus()[0]?.model.split(' ').slice(0, 2).join(' ') ?? 'unknown'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; load average at the end ${loadavg()[0].toFixed(1)}.

| workload | time | throughput | memory |
|---|---|---|---|
${rows.join('\n')}
`);
