// `npx tsx bench/load.ts`: load test of the HTTP API's read routes with autocannon, bounded in time and connections,
// against `readout serve` on 127.0.0.1 (started here as its own process over a store, or given with --url). Records
// requests per second and latency percentiles per route, and appends them to bench/results.md.
//
//   npx tsx bench/load.ts [--db data/readout.db] [--url http://127.0.0.1:8080/] [--duration 10] [--connections 200]
//                         [--workers N] [--no-record]
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const root = fileURLToPath(new URL('../', import.meta.url));
const { values } = parseArgs({
  options: {
    db: { type: 'string', default: `${root}data/readout.db` },
    url: { type: 'string' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '200' },
    workers: { type: 'string', default: '1' },
    'no-record': { type: 'boolean', default: false },
  },
});
const duration = Math.min(30, Math.max(1, Number(values.duration)));
const connections = Math.min(1000, Math.max(1, Number(values.connections)));
const workers = Math.min(8, Math.max(1, Number(values.workers)));
/** The goal of issue 10: p99 under 50 ms at 200 connections, no errors. */
const GOAL_P99_MS = 50;

/** Starts `readout serve` from the build on a free loopback port; resolves to its address. */
function startServer(db: string): Promise<{ url: string; child: ChildProcess }> {
  if (!existsSync(db)) throw new Error(`bench/load: no store at ${db}; run "npm start" or "readout ingest PATH --db ${db}" first`);
  if (!existsSync(`${root}dist/cli/main.js`)) throw new Error('bench/load: dist/ is missing; run "npm run build" first');
  const child = spawn(process.execPath, [`${root}bin/readout.js`, 'serve', '--db', db, '--port', '0', '--host', '127.0.0.1', '--workers', String(workers)],
    { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (match) resolve({ url: match[1], child });
    });
    child.once('exit', (code) => reject(new Error(`bench/load: the server exited (${code}) before listening`)));
  });
}

/**
 * A bare node:http server answering a constant 1 KiB body: the ceiling this machine allows at the same moment, so
 * the routes' figures can be read against it on a shared or busy machine.
 */
function startBaseline(): Promise<{ url: string; child: ChildProcess }> {
  const code = "const b=Buffer.alloc(1024,97);const s=require('http').createServer((q,r)=>{r.writeHead(200,{'content-type':'text/plain'});r.end(b)});"
    + "s.listen(0,'127.0.0.1',()=>console.log('at http://127.0.0.1:'+s.address().port+'/'))";
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout!.once('data', (chunk: Buffer) => resolve({ url: /at (\S+)/.exec(chunk.toString())![1], child }));
    child.once('exit', (code) => reject(new Error(`bench/load: the baseline server exited (${code})`)));
  });
}

async function getJson(url: string): Promise<any> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`bench/load: ${url} answered ${response.status}`);
  return response.json();
}

/** Read routes with real ids and search words taken from the store, so every request finds something. */
async function routes(base: string): Promise<[string, string][]> {
  const articles = await getJson(`${base}api/articles?limit=50&status=ok`);
  const entities = await getJson(`${base}api/entities?type=PERSON&limit=1`);
  const article = articles.items[Math.floor(articles.items.length / 2)]?.id ?? 1;
  const entity = entities.items[0]?.id ?? 1;
  const word = (entities.items[0]?.name ?? 'minister').split(' ').pop();
  return [
    ['articles (page of 50)', 'api/articles'],
    ['article readout', `api/articles/${article}`],
    ['entity search', `api/entities?q=${encodeURIComponent(word.slice(0, 4).toLowerCase())}`],
    ['entity page', `api/entities/${entity}`],
    ['events by type', 'api/events?type=CONSULT,ACCUSE'],
    ['events by actor', `api/events?actor=${entity}`],
    ['quote search (FTS)', 'api/quotes?q=minister'],
    ['network', 'api/network'],
    ['timeline (week)', 'api/timeline?bucket=week'],
    ['UI page (static)', ''],
  ];
}

interface Row {
  name: string;
  path: string;
  rps: number;
  p50: number;
  p99: number;
  max: number;
  requests: number;
  errors: number;
  /** Bytes per response, and the load generator's own CPU microseconds per response. */
  bytes: number;
  clientUs: number;
}

/**
 * One route under load. The load generator runs on the same cores as the server, and it decodes every body into a
 * string (slowly when the body holds any non-ASCII character): its own CPU per response says when it, not the
 * route, is what limits the figures.
 */
async function measure(base: string, name: string, path: string): Promise<Row> {
  const cpu = process.cpuUsage();
  const result = await autocannon({ url: `${base}${path}`, connections, duration, pipelining: 1, timeout: 10 });
  const used = process.cpuUsage(cpu);
  const answered = Math.max(1, result.requests.total);
  return {
    name,
    path: `/${path}`,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
    // Bytes received, a field of autocannon's result that bench/autocannon.d.ts does not declare.
    bytes: Math.round((result as typeof result & { throughput: { total: number } }).throughput.total / answered),
    clientUs: Math.round((used.user + used.system) / answered),
  };
}

// The machine may be shared: its load when the run starts says how far the figures can be trusted.
const loadBefore = loadavg().map((n) => n.toFixed(1)).join(' / ');
const started = values.url ? null : await startServer(values.db!);
const base = values.url ?? started!.url;
const rows: Row[] = [];
try {
  const list = await routes(base);
  for (const [name, path] of list) {
    // A short warm-up fills caches and lets the JIT settle, so the figures describe the steady state.
    await autocannon({ url: `${base}${path}`, connections: 10, amount: 200 });
    const row = await measure(base, name, path);
    rows.push(row);
    console.log(`${name.padEnd(22)} ${row.rps.toFixed(0).padStart(7)} req/s  p50 ${String(row.p50).padStart(4)} ms  p99 ${String(row.p99).padStart(4)} ms  max ${row.max} ms  errors ${row.errors}  ${row.bytes} B  client ${row.clientUs} µs/req`);
  }
} finally {
  started?.child.kill('SIGTERM');
}
const baseline = await startBaseline();
try {
  const row = await measure(baseline.url, 'bare node:http, 1 KiB (ceiling)', '');
  rows.push({ ...row, path: '(not readout)' });
  console.log(`baseline               ${row.rps.toFixed(0).padStart(7)} req/s  p50 ${String(row.p50).padStart(4)} ms  p99 ${String(row.p99).padStart(4)} ms`);
} finally {
  baseline.child.kill('SIGTERM');
}

const articles = values.url ? 'the running server\'s store' : `${values.db} (${(await import('node:fs')).statSync(values.db!).size >> 10} KiB)`;
const table = [
  `### ${new Date().toISOString()} — \`npx tsx bench/load.ts --duration ${duration} --connections ${connections} --workers ${workers}\``,
  '',
  `HTTP API on 127.0.0.1, \`readout serve --workers ${workers}\` over ${articles}; autocannon ${connections} connections, ${duration} s per route`
    + ` after a 200-request warm-up. Machine: ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB,`
    + ` Node ${process.version}, load average before the run ${loadBefore}. Goal: p99 < ${GOAL_P99_MS} ms with no errors.`,
  '',
  '| route | path | requests/s | p50 ms | p99 ms | max ms | requests | errors | bytes/response | client µs/response | goal |',
  '|---|---|---|---|---|---|---|---|---|---|---|',
  ...rows.map((r) => `| ${r.name} | ${r.path.startsWith('/') ? `\`${r.path}\`` : r.path} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.max} | ${r.requests} | ${r.errors} | ${r.bytes} | ${r.clientUs} | ${r.path === '(not readout)' ? '—' : r.p99 < GOAL_P99_MS && r.errors === 0 ? 'met' : 'missed'} |`),
  '',
].join('\n');
if (!values['no-record']) appendFileSync(`${root}bench/results.md`, `\n${table}`);
console.log(`\n${table}`);
process.exitCode = rows.every((r) => r.errors === 0) ? 0 : 1;
