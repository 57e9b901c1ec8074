// `npm run bench`: CPU seconds (user + system) of whole processes, readout against baselines on the same
// input, medians of interleaved runs; prints a table and appends it to bench/results.md.
//   text:   readout extract --jsonl --as-is over PolNeAR train  vs  wink-nlp light pipeline
//   html:   readout extract --jsonl over the Zyte pages         vs  Readability.js on linkedom (body only)
//   memory: peak resident size of readout over a 100,000-document JSONL stream
// Options: --only text|html|memory, --runs N (default 3).
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync, createWriteStream } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const bench = `${root}../shared/bench/`;
const tmp = `${root}bench/tmp/`;
const bin = `${root}bin/readout.js`;
mkdirSync(tmp, { recursive: true });

const { values } = parseArgs({ options: { only: { type: 'string' }, runs: { type: 'string', default: '3' } } });
const runs = Number(values.runs);

/** CPU seconds and peak resident kilobytes of one whole process, from GNU time. */
interface Measure {
  cpu: number;
  rssKb: number;
}

function measure(command: string[]): Measure {
  const report = `${tmp}time.txt`;
  const run = spawnSync('/usr/bin/time', ['-f', '%U %S %M', '-o', report, ...command], { stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 << 30 });
  if (run.status !== 0) throw new Error(`bench: ${command.join(' ')} exited ${run.status}`);
  const [user, system, rss] = readFileSync(report, 'utf8').trim().split(/\s+/u).slice(-3).map(Number);
  return { cpu: user + system, rssKb: rss };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Runs the commands interleaved `runs` times and returns the median CPU seconds of each. */
function compare(commands: Record<string, string[]>): Record<string, Measure> {
  const samples: Record<string, Measure[]> = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  for (let i = 0; i < runs; i++) for (const [name, command] of Object.entries(commands)) samples[name].push(measure(command));
  return Object.fromEntries(Object.entries(samples).map(([name, list]) => [name, { cpu: median(list.map((m) => m.cpu)), rssKb: median(list.map((m) => m.rssKb)) }]));
}

function polnearJsonl(): { file: string; words: number; docs: number } {
  const folder = `${bench}polnear/train/text/`;
  const file = `${tmp}polnear-train.jsonl`;
  let words = 0;
  const names = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort();
  const lines = names.map((name) => {
    const text = readFileSync(`${folder}${name}`, 'utf8');
    words += text.split(/\s+/u).filter(Boolean).length;
    return JSON.stringify({ id: name, text });
  });
  writeFileSync(file, `${lines.join('\n')}\n`);
  return { file, words, docs: names.length };
}

function zyteJsonl(): { file: string; pages: number } {
  const folder = `${bench}article-extraction/html/`;
  const file = `${tmp}zyte.jsonl`;
  const names = readdirSync(folder).filter((name) => name.endsWith('.html.gz')).sort();
  writeFileSync(file, `${names.map((name) => JSON.stringify({ id: name, html: gunzipSync(readFileSync(`${folder}${name}`)).toString('utf8') })).join('\n')}\n`);
  return { file, pages: names.length };
}

async function streamJsonl(count: number): Promise<string> {
  const file = `${tmp}stream-${count}.jsonl`;
  if (existsSync(file)) return file;
  const sources = readdirSync(`${root}examples/text/`).map((name) => readFileSync(`${root}examples/text/${name}`, 'utf8'));
  const out = createWriteStream(file);
  for (let i = 0; i < count; i++) {
    const line = `${JSON.stringify({ id: `doc-${i}`, text: `${sources[i % sources.length]}\nFiled as item ${i}.`, published: '2023-06-01' })}\n`;
    if (!out.write(line)) await new Promise((resolve) => out.once('drain', resolve));
  }
  await new Promise((resolve) => out.end(resolve));
  return file;
}

const rows: string[] = [];
const started = new Date().toISOString();

if (!values.only || values.only === 'text') {
  const { file, words, docs } = polnearJsonl();
  const result = compare({
    readout: [process.execPath, bin, 'extract', '--jsonl', '--as-is', file, '--jobs', '1'],
    wink: [process.execPath, `${root}bench/baselines/wink.mjs`, file],
  });
  const ratio = result.readout.cpu / result.wink.cpu;
  rows.push(`| text: PolNeAR train (${docs} docs, ${words} words) | ${result.readout.cpu.toFixed(2)} s | wink-nlp ${result.wink.cpu.toFixed(2)} s | ${ratio.toFixed(2)}× (goal ≤ 2.5×) | ${Math.round(words / result.readout.cpu).toLocaleString('en-US')} words/CPU-s (goal ≥ 150,000) |`);
}
if (!values.only || values.only === 'html') {
  const { file, pages } = zyteJsonl();
  const result = compare({
    readout: [process.execPath, bin, 'extract', '--jsonl', file, '--jobs', '1'],
    cleaning: [process.execPath, `${root}bench/clean-html.mjs`, file],
    readability: [process.execPath, `${root}bench/baselines/readability.mjs`, file],
  });
  const baseline = `Readability+linkedom ${result.readability.cpu.toFixed(2)} s`;
  const row = (what: string, cpu: number) =>
    `| ${what} | ${cpu.toFixed(2)} s | ${baseline} | ${(cpu / result.readability.cpu).toFixed(2)}× (goal ≤ 0.7×) | ${(pages / cpu).toFixed(0)} pages/CPU-s |`;
  rows.push(row(`html: Zyte pages (${pages}), full pipeline`, result.readout.cpu));
  rows.push(row(`html: Zyte pages (${pages}), HTML path alone (body, metadata, boilerplate, repair)`, result.cleaning.cpu));
}
if (!values.only || values.only === 'memory') {
  const file = await streamJsonl(100_000);
  const result = measure([process.execPath, bin, 'extract', '--jsonl', file]);
  rows.push(`| memory: 100,000-document JSONL stream, default jobs | ${result.cpu.toFixed(2)} s | – | – | peak RSS ${(result.rssKb / 1024).toFixed(0)} MB (goal < 300 MB) |`);
}

const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const table = [
  `### ${started} — \`npm run bench${values.only ? ` -- --only ${values.only}` : ''}\` (median of ${runs} interleaved runs)`,
  '',
  `Machine: ${machine}. CPU = user + system seconds of the whole process (GNU time).`,
  '',
  '| workload | readout CPU | baseline CPU | ratio | throughput |',
  '|---|---|---|---|---|',
  ...rows,
  '',
].join('\n');
console.log(table);
appendFileSync(`${root}bench/results.md`, `${table}\n`);
