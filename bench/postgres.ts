// `npm run bench:postgres`: how fast the PostgreSQL store (src/scale) takes already-extracted articles, with one writer
// and with N writers at once (as N `readout queue work` processes would write). The example corpus is extracted once,
// prepared as ingest's workers prepare it (as bytes, see preparedBytes), and copied with a varied text so every copy
// has a new content hash; its entities and events repeat, so the writers upsert the same rows, the hardest case for
// concurrent writers.
// Options: --count N articles a run (default 4000), --batch N documents a transaction (default a job's, 32),
// --writers N (default 4), --pg URL (default: a throwaway cluster, fsync on, started and removed here).
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createReader } from '../src/readout.js';
import type { ReadoutResult } from '../src/result/types.js';
import { contentHash, preparedBytes, prepareResult, type BatchDocument } from '../src/store/index.js';
import { DEFAULT_JOB_SIZE } from '../src/scale/queue.js';
import { closePgStore, openPgStore } from '../src/scale/pg.js';
import { savePgBatch } from '../src/scale/save.js';
import { startCluster, type Cluster } from '../test/helpers/postgres.js';

const { values } = parseArgs({
  options: { count: { type: 'string', default: '4000' }, batch: { type: 'string', default: String(DEFAULT_JOB_SIZE) }, writers: { type: 'string', default: '4' }, pg: { type: 'string' } },
});
const count = Number(values.count);
const batchSize = Number(values.batch);
const writers = Number(values.writers);

/** The example articles (HTML pages) as extracted results. */
function exampleResults(): ReadoutResult[] {
  const folder = fileURLToPath(new URL('../examples/html/', import.meta.url));
  const reader = createReader();
  return readdirSync(folder).sort().map((name) => reader.read({ id: name, html: readFileSync(folder + name, 'utf8') }));
}

/** `count` documents as a queue worker hands them to the writer: prepared results as bytes with their sources, hashes all new. */
function documents(results: ReadoutResult[], run: string): BatchDocument[] {
  return Array.from({ length: count }, (_, i) => {
    const base = results[i % results.length];
    // Appending keeps every span valid and gives a new content hash.
    const text = `${base.text}\n(${run} ${i})`;
    return { source: { externalId: `${base.id}#${i}`, hash: contentHash(text), raw: text, format: 'text', origin: null }, output: preparedBytes(prepareResult({ ...base, text })) };
  });
}

/**
 * Saves the documents with `writers` concurrent writers taking batches in turn: articles per second (wall), and the CPU
 * an article took in this process and, with a throwaway cluster, in the server's processes (CPU time, which the other
 * jobs of a shared machine do not inflate as they do wall time).
 */
async function run(url: string, docs: BatchDocument[], writerCount: number): Promise<{ rate: number; clientMicros: number; serverMicros: number | null }> {
  const store = await openPgStore(url, writerCount);
  const batches: BatchDocument[][] = [];
  for (let at = 0; at < docs.length; at += batchSize) batches.push(docs.slice(at, at + batchSize));
  const started = performance.now();
  const cpu = process.cpuUsage();
  const server = cluster?.serverCpuSeconds();
  await Promise.all(Array.from({ length: writerCount }, async () => {
    for (let batch = batches.shift(); batch; batch = batches.shift()) await savePgBatch(store, batch);
  }));
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const serverMicros = server === undefined ? null : ((cluster!.serverCpuSeconds() - server) * 1e6) / docs.length;
  await closePgStore(store);
  return { rate: docs.length / seconds, clientMicros: (used.user + used.system) / docs.length, serverMicros };
}

const cluster: Cluster | null = values.pg ? null : startCluster({ durable: true });
try {
  const results = exampleResults();
  const databases = values.pg ? [values.pg, values.pg] : [await cluster!.createDatabase('one_writer'), await cluster!.createDatabase('many_writers')];
  console.log(`PostgreSQL store, ${count} already-extracted articles (the ${results.length} examples copied), ${batchSize} a transaction; ${cpus().length} cores, load ${loadavg()[0].toFixed(1)}`);
  for (const [index, writerCount] of [1, writers].entries()) {
    const docs = documents(results, `w${writerCount}`);
    const { rate, clientMicros, serverMicros } = await run(databases[index], docs, writerCount);
    const serverCpu = serverMicros === null ? '' : `, ${serverMicros.toFixed(0)} µs of the server's`;
    console.log(`${writerCount} writer${writerCount > 1 ? 's' : ''}: ${rate.toFixed(0)} articles/s (wall); CPU an article: ${clientMicros.toFixed(0)} µs of the writing process${serverCpu}`);
  }
} finally {
  cluster?.stop();
}
