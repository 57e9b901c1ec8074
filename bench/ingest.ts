// `npm run bench:ingest`: how fast the store takes articles, and whether ingest memory stays flat.
//   store:       already-extracted results (the example corpus, varied so every hash differs) saved into a fresh
//                SQLite file, one transaction each and `--group` (default ingest's) a transaction, as ingest does it:
//                (a) the writer's own rate for results a worker prepared (`prepareResult`, received as the bytes
//                    `preparedBytes` gives, rebuilt by `saveBatch`), with the WAL checkpointed on a thread of its own:
//                    per CPU-second of the writing thread, of it and the checkpointing thread, and of the whole
//                    process (V8's helper threads too: the one figure before checkpoints moved), (b) the
//                    preparation's CPU an article (done by workers in parallel; CPU of the preparing thread, the
//                    process's before), and (c) the wall rate of the whole path with a worker thread preparing
//                    beside the writer (goal >= 2,000), timed once both threads are warm (WARM_UP_GROUPS), with the
//                    CPU of each thread: writer, preparing worker, checkpoints, and V8's helpers (garbage
//                    collection, compilation). Inputs are bytes, as ingest reads them.
//   end to end:  `readout ingest` (the built CLI, worker threads) over the example corpus repeated to N articles
//                (default 10,000) as JSONL; articles per second, and peak resident memory at N/10 and at N
//                articles (flat memory: the two peaks are close).
//   --frames:    after the store part, four more transactions with checkpoints off, and the WAL frames (pages written)
//                each table and index took: where the bytes of a commit go.
// Options: --count N (end-to-end size, default 10000), --store-count N (default 10000), --group N (default ingest's
// DEFAULT_BATCH), --only store|e2e|pipeline (the store's (c) alone), --frames.
// Appends a block to bench/results.md. The end-to-end part needs `npm run build` first.
import { spawnSync } from 'node:child_process';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { appendFileSync, createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { finished } from 'node:stream/promises';
import { createReader } from '../src/readout.js';
import type { ReadoutResult } from '../src/result/types.js';
import { setImmediate as turn } from 'node:timers/promises';
import { contentHash, openStore, preparedBytes, prepareResult, saveBatch, startCheckpoints, type BatchDocument } from '../src/store/index.js';
import { DEFAULT_BATCH } from '../src/cli/ingest.js';
import { everyThreadCpuSeconds, startWorker, systemThreadId, threadCpuSeconds } from '../src/threads.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const tmp = `${root}bench/tmp/ingest/`;
const bin = `${root}bin/readout.js`;

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' }, 'store-count': { type: 'string', default: '10000' }, group: { type: 'string', default: String(DEFAULT_BATCH) },
    only: { type: 'string' }, frames: { type: 'boolean', default: false },
  },
});
const count = Number(values.count);
const storeCount = Number(values['store-count']);
const groupSize = Number(values.group);

/** The example corpus as JSONL inputs: every article as text and as HTML, with its metadata. */
function examples(): { id: string; text?: string; html?: string; published: string; url: string }[] {
  const manifest = JSON.parse(readFileSync(`${root}examples/manifest.json`, 'utf8')) as { id: string; published: string; url: string; text: string; html: string }[];
  return manifest.flatMap((entry) => [
    { id: `${entry.id}.txt`, text: readFileSync(`${root}examples/${entry.text}`, 'utf8'), published: entry.published, url: entry.url },
    { id: `${entry.id}.html`, html: readFileSync(`${root}examples/${entry.html}`, 'utf8'), published: entry.published, url: entry.url },
  ]);
}

const rows: string[] = [];

/** The `i`-th copy of the results, varied so that its content hash is new. */
function variedResult(results: ReadoutResult[], i: number): ReadoutResult {
  const base = results[i % results.length];
  // A varied text gives a new content hash; appending keeps every span valid.
  return { ...base, id: `${base.id}#${i}`, text: `${base.text}\n(${i})` };
}

/**
 * The raw inputs of copies `from` to `to` (excluded) as ingest has them once read: bytes (a file, a JSONL line, a WARC
 * record), which its writer thread hashes and keeps. Made before any clock starts: reading is the input's side.
 */
function rawInputs(results: ReadoutResult[], from: number, to: number): Buffer[] {
  const inputs: Buffer[] = [];
  for (let i = from; i < to; i++) inputs.push(Buffer.from(variedResult(results, i).text, 'utf8'));
  return inputs;
}

/** A prepared copy with its source as ingest's writer thread builds it (ingest hashes each input on that thread too). */
function documentOf(raw: Uint8Array, prepared: Uint8Array, at: number): BatchDocument {
  return { source: { externalId: `copy ${at}`, hash: contentHash(raw), raw, format: 'text' }, output: prepared };
}

/** Copies `from` to `to` (excluded) of the results, prepared as ingest's workers prepare them: the bytes they post. */
function preparedCopies(results: ReadoutResult[], from: number, to: number): Uint8Array[] {
  const copies: Uint8Array[] = [];
  for (let i = from; i < to; i++) copies.push(preparedBytes(prepareResult(variedResult(results, i))));
  return copies;
}

/** The store file `storeRate` fills with `group` documents per transaction (and `walFrames` adds to). */
function storePath(group: number): string {
  return `${tmp}store-${group}.db`;
}

/** CPU seconds used since `since` (a `process.cpuUsage()`), user and system. */
function cpuSecondsSince(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}

const transactionsOf = (group: number): string => (group === 1 ? 'one transaction per document' : `${group} documents per transaction${group === DEFAULT_BATCH ? " (ingest's default)" : ''}`);

/** The calling thread's CPU seconds; the bench needs them (Linux), unlike the store. */
function threadSeconds(): number {
  const seconds = threadCpuSeconds();
  if (seconds === null) throw new Error('bench: the CPU time of a thread is read from /proc/thread-self/schedstat (Linux)');
  return seconds;
}

/**
 * Saves `storeCount` varied copies of the results, `group` documents per transaction, timing apart (a) the writer:
 * receiving each prepared result (the bytes a worker posts, rebuilt by `saveBatch`), hashing its input and saving, with
 * the WAL checkpointed on another thread as ingest does, and (b) the preparation a worker does: `prepareResult` and
 * `preparedBytes`. Between transactions the event loop turns, as in ingest, so the checkpointing thread hears of them.
 */
async function storeRate(results: ReadoutResult[], group: number): Promise<void> {
  const store = openStore(storePath(group));
  const checkpoints = startCheckpoints(store);
  let writeCpu = 0;
  let writeThread = 0;
  let writeWall = 0;
  let prepareCpu = 0;
  for (let n = 0; n < storeCount; n += group) {
    const end = Math.min(storeCount, n + group);
    const inputs = rawInputs(results, n, end);
    // The thread's own CPU: the process's would count the checkpointing thread, busy meanwhile with the last commit.
    const preparing = threadSeconds();
    const copies = preparedCopies(results, n, end);
    prepareCpu += threadSeconds() - preparing;
    const writing = process.cpuUsage();
    const thread = threadSeconds();
    const started = process.hrtime.bigint();
    saveBatch(store, copies.map((copy, at) => documentOf(inputs[at], copy, n + at)));
    checkpoints.committed();
    writeWall += Number(process.hrtime.bigint() - started) / 1e9;
    writeThread += threadSeconds() - thread;
    writeCpu += cpuSecondsSince(writing);
    await turn();
  }
  const { cpuSeconds: checkpointCpu, passive, restarts, gaveUp, mostFrames } = await checkpoints.stop();
  store.close();
  const preparation = (prepareCpu / storeCount) * 1e6;
  const rate = (seconds: number): string => Math.round(storeCount / seconds).toLocaleString('en');
  const checkpointing = checkpointCpu ?? 0;
  // On a shared machine wall time also counts other processes' turns; per CPU-second is the writer's own cost.
  console.log(`store (a) writer: ${storeCount} prepared results, ${group} per transaction, in ${writeWall.toFixed(2)} s = ${rate(writeWall)} articles/s; writer thread ${writeThread.toFixed(2)} CPU s = ${rate(writeThread)} per CPU-second; with the checkpointing thread (${checkpointing.toFixed(2)} CPU s, ${passive} passive, ${restarts} restart (${gaveUp} gave up waiting), at most ${mostFrames} frames) ${rate(writeThread + checkpointing)}; process ${writeCpu.toFixed(2)} CPU s = ${rate(writeCpu)} per CPU-second; (b) preparation ${preparation.toFixed(0)} µs CPU an article`);
  rows.push(`| store (a): ${storeCount.toLocaleString('en')} extracted results (${results.length} example articles, varied), prepared by a worker, written into SQLite, ${transactionsOf(group)}, checkpoints on their own thread | ${writeWall.toFixed(2)} s wall; CPU: writer thread ${writeThread.toFixed(2)} s, checkpointing thread ${checkpointing.toFixed(2)} s, process ${writeCpu.toFixed(2)} s | ${rate(writeWall)} articles/s wall, **${rate(writeThread)} per CPU-second** of the writer's thread, ${rate(writeThread + checkpointing)} with the checkpointing thread, ${rate(writeCpu)} per CPU-second of the process; (b) preparation ${Math.round(preparation)} µs CPU an article, in the workers | – |`);
}

/** A request to the preparing worker: prepare copies `from` to `to` (excluded). */
interface PrepareRequest {
  from: number;
  to: number;
}

/** The preparing worker of `pipelineRate`: prepares the copies each request asks for and posts them back, in order. */
function prepareOnRequest(): void {
  const results = (workerData as { results: ReadoutResult[] }).results;
  parentPort!.on('message', ({ from, to }: PrepareRequest) => {
    const copies = preparedCopies(results, from, to);
    // As ingest's workers do: the bytes move to the writer's thread without a copy.
    parentPort!.postMessage(copies, copies.map((copy) => copy.buffer as ArrayBuffer));
  });
  parentPort!.postMessage({ ready: systemThreadId() });
}

/** Every thread's CPU seconds; the bench needs them (Linux), unlike the store. */
function everyThreadSeconds(): Map<number, number> {
  const seconds = everyThreadCpuSeconds();
  if (seconds === null) throw new Error('bench: the CPU time of threads is read from /proc/self/task (Linux)');
  return seconds;
}

/** CPU seconds each thread used between two readings of `everyThreadSeconds` (a thread started meanwhile from zero). */
function threadSecondsBetween(before: Map<number, number>, after: Map<number, number>): Map<number, number> {
  return new Map([...after].map(([thread, seconds]) => [thread, seconds - (before.get(thread) ?? 0)]));
}

/**
 * Groups (c) prepares and writes before its clock starts. V8 compiles the hot functions of a new thread on its helper
 * threads, and recompiles them as new shapes of values deoptimise them: from a cold worker, 0.5-0.8 CPU-seconds of
 * compilation fell inside the 3,000 articles' time (a fifth of it), after one warm-up group 0.8 and after four 0.4
 * (then mostly garbage collection). Ingest's worker and writer threads live for the whole run and pay it once.
 */
const WARM_UP_GROUPS = 4;

/**
 * (c) The whole path as ingest runs it: a worker thread prepares each group of copies while this thread writes the
 * previous one (two groups in flight, so memory stays bounded); the wall rate is what a user of ingest gets from the
 * store side on this machine, with preparation and writing sharing its cores. The worker posts only the prepared
 * bytes (transferred): each input is already here as the bytes ingest would have read, and is hashed and kept by the
 * writer as ingest's writer thread does (it was a string cloned from the worker, encoded twice on this thread).
 */
async function pipelineRate(results: ReadoutResult[], group: number): Promise<void> {
  const store = openStore(`${tmp}pipeline-${group}.db`);
  const checkpoints = startCheckpoints(store);
  // The worker loads this file (which sees it is not the main thread), through tsx's loader when run from the sources.
  const worker = startWorker(new URL(import.meta.url), { workerData: { results } });
  // The clock starts once the worker has started (loading the sources through tsx takes it about half a second), as
  // ingest's pool sends documents only to workers that are ready.
  const preparingThread = await new Promise<number>((resolve) => worker.once('message', ({ ready }: { ready: number }) => resolve(ready)));
  const arrived: Uint8Array[][] = [];
  let wake: (() => void) | null = null;
  worker.on('message', (copies: Uint8Array[]) => {
    arrived.push(copies);
    wake?.();
  });
  const prepare = (from: number, to: number): void => worker.postMessage({ from, to } satisfies PrepareRequest);
  const nextGroup = async (): Promise<Uint8Array[]> => {
    if (!arrived.length) await new Promise<void>((resolve) => { wake = resolve; });
    wake = null;
    return arrived.shift()!;
  };
  // Warm-up, untimed: WARM_UP_GROUPS groups (copies past the timed ones) prepared and written into a store in memory.
  const warmUpStarted = process.hrtime.bigint();
  const warmUpCpu = process.cpuUsage();
  const warmUpStore = openStore(':memory:');
  for (let from = storeCount; from < storeCount + WARM_UP_GROUPS * group; from += group) {
    const warmUpInputs = rawInputs(results, from, from + group);
    prepare(from, from + group);
    saveBatch(warmUpStore, (await nextGroup()).map((copy, at) => documentOf(warmUpInputs[at], copy, from + at)));
  }
  warmUpStore.close();
  const warmUp = `warm-up ${WARM_UP_GROUPS} groups ${(Number(process.hrtime.bigint() - warmUpStarted) / 1e9).toFixed(2)} s, ${cpuSecondsSince(warmUpCpu).toFixed(2)} CPU s, untimed`;
  const inputs = rawInputs(results, 0, storeCount);
  let requested = 0;
  const request = (): void => {
    if (requested >= storeCount) return;
    prepare(requested, Math.min(storeCount, requested + group));
    requested += group;
  };
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  const threadsStarted = everyThreadSeconds();
  request();
  request();
  for (let written = 0; written < storeCount;) {
    const copies = await nextGroup();
    request();
    saveBatch(store, copies.map((copy, at) => documentOf(inputs[written + at], copy, written + at)));
    checkpoints.committed();
    written += copies.length;
  }
  // Timed to the last commit, as before checkpoints moved (the store's close, then the last checkpoint, was not timed);
  // the final checkpoint, which ingest waits for before it ends, is timed apart.
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpuSeconds = cpuSecondsSince(cpuStarted);
  const threads = threadSecondsBetween(threadsStarted, everyThreadSeconds());
  const stopping = process.hrtime.bigint();
  const { cpuSeconds: checkpointCpu, threadId: checkpointThread } = await checkpoints.stop();
  const finalCheckpoint = Number(process.hrtime.bigint() - stopping) / 1e9;
  await worker.terminate();
  store.close();
  const rate = storeCount / seconds;
  const writerCpu = threads.get(systemThreadId()!) ?? 0;
  const preparingCpu = threads.get(preparingThread) ?? 0;
  const checkpointingCpu = threads.get(checkpointThread ?? -1) ?? 0;
  // What no thread of JavaScript ran: V8's helpers (garbage collection, compilers) and libuv's.
  const helpersCpu = [...threads.values()].reduce((sum, used) => sum + used, 0) - writerCpu - preparingCpu - checkpointingCpu;
  const cpu = `${cpuSeconds.toFixed(2)} s CPU (all threads: writer ${writerCpu.toFixed(2)} s, preparing worker ${preparingCpu.toFixed(2)} s, checkpoints ${checkpointingCpu.toFixed(2)} s, V8's and libuv's helpers ${helpersCpu.toFixed(2)} s; checkpoints ${(checkpointCpu ?? 0).toFixed(2)} s in all, start-up and final one included)`;
  console.log(`store (c) whole path: ${storeCount} results prepared by a worker thread beside the writer, ${group} per transaction, in ${seconds.toFixed(2)} s, ${cpu} = ${rate.toFixed(0)} articles/s; final checkpoint ${finalCheckpoint.toFixed(2)} s; ${warmUp}`);
  rows.push(`| store (c): the same, a worker thread preparing beside the writer, ${transactionsOf(group)}, checkpoints on their own thread | ${seconds.toFixed(2)} s wall to the last commit (final checkpoint ${finalCheckpoint.toFixed(2)} s more; ${warmUp}), ${cpu} | **${Math.round(rate).toLocaleString('en')} articles/s** wall (goal ≥ 2,000) | – |`);
}

/**
 * The WAL frames each table and index takes over four more transactions of `--group` documents into the store
 * `storeRate` filled: with checkpoints off, the WAL holds every page each commit wrote, and `dbstat` names its owner.
 */
function walFrames(results: ReadoutResult[]): void {
  const path = storePath(groupSize);
  const store = openStore(path);
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  store.db.pragma('wal_autocheckpoint = 0');
  const transactions = 4;
  for (let t = 0; t < transactions; t++) {
    const from = storeCount + t * groupSize;
    const inputs = rawInputs(results, from, from + groupSize);
    saveBatch(store, preparedCopies(results, from, from + groupSize).map((copy, at) => documentOf(inputs[at], copy, from + at)));
  }
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
  const articles = transactions * groupSize;
  const kb = (pages: number): string => `${((pages * pageSize) / articles / 1024).toFixed(1)} KB`;
  const total = [...frames.values()].reduce((sum, pages) => sum + pages, 0);
  console.log(`WAL frames after ${storeCount} articles, ${transactions} transactions of ${groupSize} (${pageSize}-byte pages): ${total}, ${kb(total)} an article`);
  for (const [owner, pages] of [...frames].sort((a, b) => b[1] - a[1])) console.log(`  ${owner.padEnd(30)} ${String(pages).padStart(6)} frames  ${kb(pages)} an article`);
}

async function storeBench(): Promise<void> {
  const reader = createReader();
  const results = examples().map((input) => reader.readSafe(input)).filter((output): output is ReadoutResult => !('error' in output));
  if (!results.length) throw new Error('bench: no example article could be read');
  if (values.only !== 'pipeline') {
    await storeRate(results, 1);
    await storeRate(results, groupSize);
  }
  await pipelineRate(results, groupSize);
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

/** Runs the parts asked for and appends their figures to bench/results.md. */
async function main(): Promise<void> {
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  if (values.only !== 'e2e') await storeBench();
  if (values.only === undefined || values.only === 'e2e') await endToEnd();
  const command = `npm run bench:ingest${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
  appendFileSync(`${root}bench/results.md`, `
### ${new Date().toISOString()} — \`${command}\`

Machine: ${cpus()[0]?.model.split(' ').slice(0, 2).join(' ') ?? 'unknown'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; load average at the end ${loadavg()[0].toFixed(1)}.

| workload | time | throughput | memory |
|---|---|---|---|
${rows.join('\n')}
`);
}

// This file is also the preparing worker of `pipelineRate`.
if (isMainThread) await main();
else prepareOnRequest();
